// Introduction queue (staff): in one hub, the pairs of companies worth introducing that
// never were, to propose with a note; and the founders' requests waiting for a decision.
import { html, useEffect, useState } from '../lib/html.js';
import { t, label, nameOf, useLanguage } from '../lib/i18n.js';
import { gql, useQuery } from '../lib/api.js';
import { setQuery, Link } from '../lib/router.js';
import {
  Button, CompanyLink, Empty, ErrorNote, Field, Loading, Page, Reasons, Score,
} from '../lib/ui.js';
import {
  INTRODUCTION_FIELDS, historyLabel, LiveAnnouncer, MoveActions, Timeline, age, useLiveIntroductions,
} from '../lib/introduction-parts.js';

const HUBS = `query QueueHubs { hubs { id name nameZh } }`;

const QUEUE = `query IntroductionQueue($hubId: ID!, $first: Int) {
  introductionQueue(hubId: $hubId, first: $first) {
    kind score from { id name nameZh } to { id name nameZh } reasons { code weight text }
  }
}`;

const REQUESTED = `query RequestedIntroductions {
  introductions(status: REQUESTED, first: 100) { totalCount edges { node { ${INTRODUCTION_FIELDS} } } }
}`;

const PROPOSE = `mutation ProposeIntroduction($input: IntroductionInput!) {
  proposeIntroduction(input: $input) { introduction { id status } }
}`;

function Candidate({ candidate, proposed, onProposed }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const send = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await gql(PROPOSE, { input: { fromCompanyId: candidate.from.id, toCompanyId: candidate.to.id, note: note.trim() || null } });
      onProposed(data.proposeIntroduction.introduction);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const noteError = error?.fieldError?.('input.note');
  return html`<li class=${'card intro-candidate' + (proposed ? ' intro-candidate-done' : '')}
      data-pair=${`${candidate.from.id}>${candidate.to.id}`}>
    <div class="intro-candidate-head">
      <p class="intro-pair">
        <${CompanyLink} company=${candidate.from} />
        <span class="intro-arrow" aria-hidden="true">→</span><span class="intro-sr"> ${t('board.to')} </span>
        <${CompanyLink} company=${candidate.to} />
      </p>
      <span class="badge intro-kind">${label('kind', candidate.kind)}</span>
      <${Score} value=${candidate.score} />
    </div>
    <${Reasons} reasons=${candidate.reasons} />
    ${proposed
      ? html`<p class="note note-ok intro-proposed" role="status">${t('queue.proposed')} <${Link} href="/staff/board">${t('queue.toBoard')}<//></p>`
      : open
        ? html`<form class="intro-move-form" onSubmit=${send}>
            <${Field} kind="textarea" name="note" label=${t('queue.note', { from: nameOf(candidate.from), to: nameOf(candidate.to) })}
              hint=${t('queue.noteHint')} value=${note} onInput=${setNote} error=${noteError} />
            ${error && !noteError && html`<${ErrorNote} error=${error} />`}
            <div class="actions">
              <${Button} type="submit" busy=${busy} class="button button-primary propose-confirm">${t('queue.propose')}<//>
              <${Button} kind="secondary" onClick=${() => setOpen(false)}>${t('common.cancel')}<//>
            </div>
          </form>`
        : html`<div class="actions"><${Button} kind="secondary" class="button button-secondary propose" onClick=${() => setOpen(true)}>${t('queue.propose')}<//></div>`}
  </li>`;
}

function Candidates({ hubId, language }) {
  const state = useQuery(QUEUE, { hubId, first: 20 }, [language], { skip: !hubId });
  const [proposed, setProposed] = useState({});
  useEffect(() => setProposed({}), [hubId]);
  if (state.error) return html`<${ErrorNote} error=${state.error} />`;
  if (!state.data) return html`<${Loading} />`;
  const candidates = state.data.introductionQueue;
  if (!candidates.length) return html`<${Empty}>${t('queue.noCandidates')}<//>`;
  return html`<ol class="intro-candidates">
    ${candidates.map((candidate) => {
      const key = `${candidate.from.id}>${candidate.to.id}`;
      return html`<${Candidate} key=${key} candidate=${candidate} proposed=${proposed[key]}
        onProposed=${() => setProposed((p) => ({ ...p, [key]: true }))} />`;
    })}
  </ol>`;
}

function Requests({ account, language }) {
  const state = useQuery(REQUESTED, {}, [language]);
  const live = useLiveIntroductions((i) => i.status === 'REQUESTED');
  useEffect(() => {
    if (state.data) live.set(state.data.introductions.edges.map((e) => e.node));
  }, [state.data]);
  if (state.error) return html`<${ErrorNote} error=${state.error} />`;
  if (!live.items) return html`<${Loading} />`;
  return html`<${LiveAnnouncer} text=${live.announcement} />
    ${live.items.length
      ? html`<ul class="intro-requests">${live.items.map((introduction) => html`<li key=${introduction.id}
          class=${'card intro-request' + (live.changed?.id === introduction.id ? ' intro-flash' : '')} data-id=${introduction.id}>
          <p class="intro-pair">
            <${CompanyLink} company=${introduction.from} />
            <span class="intro-arrow" aria-hidden="true">→</span><span class="intro-sr"> ${t('board.to')} </span>
            <${CompanyLink} company=${introduction.to} />
            <time class="intro-age" datetime=${introduction.createdAt}>${age(introduction.createdAt)}</time>
          </p>
          ${introduction.note && html`<blockquote class="intro-note">${introduction.note}</blockquote>`}
          <${Reasons} reasons=${introduction.reasons} />
          <details class="intro-history">
            <summary>${historyLabel(introduction)}</summary>
            <${Timeline} history=${introduction.history} />
          </details>
          <${MoveActions} introduction=${introduction} account=${account} only=${['PROPOSED', 'REJECTED']}
            onMoved=${(moved) => live.put(moved)} />
        </li>`)}</ul>`
      : html`<${Empty}>${t('queue.noRequests')}<//>`}`;
}

export default function IntroductionQueue({ account, query }) {
  const language = useLanguage();
  const hubs = useQuery(HUBS, {}, [language]);
  const hubList = hubs.data?.hubs || [];
  const hubId = query.get('hub') || hubList[0]?.id || '';
  return html`<${Page} wide title=${t('queue.title')} subtitle=${t('queue.subtitle')}>
    <div class="intro-queue-layout">
      <section aria-labelledby="queue-requests-title" class="intro-queue-requests">
        <h2 id="queue-requests-title">${t('queue.requests')}</h2>
        <p class="hint">${t('queue.requestsHint')}</p>
        <${Requests} account=${account} language=${language} />
      </section>
      <section aria-labelledby="queue-candidates-title" class="intro-queue-candidates">
        <h2 id="queue-candidates-title">${t('queue.candidates')}</h2>
        ${hubs.error && html`<${ErrorNote} error=${hubs.error} />`}
        ${hubs.data && html`<div class="filters">
          <${Field} kind="select" name="hub" label=${t('queue.hub')} value=${hubId}
            onInput=${(value) => setQuery({ hub: value })}
            options=${hubList.map((hub) => ({ value: hub.id, label: nameOf(hub) }))} />
        </div>
        <p class="hint">${t('queue.candidatesHint')}</p>
        <${Candidates} key=${hubId} hubId=${hubId} language=${language} />`}
      </section>
    </div>
  <//>`;
}
