// "Request an introduction": one action, used wherever a founder sees another company
// (building, recommendations, chain path, a company's page).
import { html, useState } from './html.js';
import { t } from './i18n.js';
import { gql } from './api.js';
import { Button, ErrorNote, Field } from './ui.js';
import { Link } from './router.js';

const REQUEST = `mutation RequestIntroduction($input: IntroductionInput!) {
  requestIntroduction(input: $input) { introduction { id status } }
}`;

/** A button that opens a note and asks staff to introduce `from` (the founder's company) to `to`. */
export function RequestIntroduction({ from, to, onRequested }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [done, setDone] = useState(null);
  if (done) {
    return html`<p class="note note-ok request-done" role="status">${t('introduce.requested')} <${Link} href="/introductions">${t('introduce.follow')}<//></p>`;
  }
  if (!open) {
    return html`<${Button} kind="secondary" class="request-introduction" onClick=${() => setOpen(true)}>${t('introduce.request')}<//>`;
  }
  const send = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await gql(REQUEST, { input: { fromCompanyId: from, toCompanyId: to, note: note.trim() || null } });
      setDone(data.requestIntroduction.introduction);
      onRequested?.(data.requestIntroduction.introduction);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return html`<form class="request-form" onSubmit=${send}>
    <${Field} kind="textarea" label=${t('introduce.note')} hint=${t('introduce.noteHint')} value=${note} onInput=${setNote}
      error=${error?.fieldError?.('input.note')} maxlength="2000" />
    ${error && !error.fieldError?.('input.note') && html`<${ErrorNote} error=${error} />`}
    <div class="actions">
      <${Button} type="submit" busy=${busy}>${t('introduce.send')}<//>
      <${Button} kind="secondary" onClick=${() => setOpen(false)}>${t('common.cancel')}<//>
    </div>
  </form>`;
}
