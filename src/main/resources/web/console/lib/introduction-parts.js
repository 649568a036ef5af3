// Pieces shared by the introductions views (founder's list, staff queue and board): the
// fields every view reads, the lifecycle (who may take which step), the move buttons with
// their note, the history as a timeline, and the live feed with its announcements.
import { html, useEffect, useRef, useState } from './html.js';
import { t, label, nameOf, formatDateTime, lang } from './i18n.js';
import { gql, onSocketState, subscribe } from './api.js';
import { Button, ErrorNote, Field } from './ui.js';

export const OPEN = ['REQUESTED', 'PROPOSED', 'ACCEPTED', 'MET'];
export const CLOSED = ['PARTNERED', 'CLOSED', 'REJECTED', 'DECLINED', 'WITHDRAWN'];

export const INTRODUCTION_FIELDS = `id status note score kind createdAt updatedAt
  reasons { code weight text }
  from { id name nameZh }
  to { id name nameZh }
  history { sequence at from to note actor actorRole }`;

export const MOVE = `mutation MoveIntroduction($input: MoveIntroductionInput!) {
  moveIntroduction(input: $input) { introduction { ${INTRODUCTION_FIELDS} } }
}`;

const UPDATED = `subscription IntroductionUpdated { introductionUpdated { ${INTRODUCTION_FIELDS} } }`;

// The lifecycle as the service has it (org.upstairs.introduction.Transition): from, to,
// and who besides staff may take the step.
const STEPS = [
  ['REQUESTED', 'PROPOSED', 'STAFF'],
  ['REQUESTED', 'REJECTED', 'STAFF'],
  ['PROPOSED', 'ACCEPTED', 'TARGET'],
  ['PROPOSED', 'DECLINED', 'TARGET'],
  ['ACCEPTED', 'MET', 'EITHER'],
  ['MET', 'PARTNERED', 'EITHER'],
  ['MET', 'CLOSED', 'EITHER'],
  ['REQUESTED', 'WITHDRAWN', 'REQUESTER'],
  ['PROPOSED', 'WITHDRAWN', 'REQUESTER'],
];

/** The statuses this account may move an introduction to from where it stands. */
export function nextSteps(introduction, account) {
  if (!account) return [];
  const staff = account.role === 'STAFF' || account.role === 'ADMIN';
  const mine = account.companyId;
  return STEPS.filter(([from, , party]) => {
    if (from !== introduction.status) return false;
    if (staff) return true;
    if (party === 'TARGET') return introduction.to.id === mine;
    if (party === 'REQUESTER') return introduction.from.id === mine;
    if (party === 'EITHER') return introduction.from.id === mine || introduction.to.id === mine;
    return false;
  }).map(([, to]) => to);
}

export function isOpen(status) {
  return OPEN.includes(status);
}

/** The newest note in an introduction's history, or its own note. */
export function lastNote(introduction) {
  const events = introduction.history || [];
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].note) return events[i].note;
  }
  return introduction.note;
}

/** "History (3 steps)", singular for one. */
export function historyLabel(introduction) {
  const n = introduction.history.length;
  return n === 1 ? t('introductions.historyOne') : t('introductions.history', { n });
}

/** "3 days ago", in the current language. */
export function age(iso) {
  if (!iso) return '';
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/**
 * The steps this account may take, as buttons; choosing one opens a note (optional) and a
 * confirmation. A step the service refuses shows its message and leaves the card as it was.
 */
export function MoveActions({ introduction, account, only, onMoved }) {
  const [chosen, setChosen] = useState(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const noteField = useRef(null);
  let steps = nextSteps(introduction, account);
  if (only) steps = steps.filter((s) => only.includes(s));
  useEffect(() => { setChosen(null); setError(null); }, [introduction.status]);
  useEffect(() => { if (chosen) noteField.current?.querySelector('textarea')?.focus(); }, [chosen]);
  if (!steps.length) return null;
  if (!chosen) {
    return html`<div class="actions intro-moves" role="group" aria-label=${t('introductions.movesLabel')}>
      ${steps.map((status) => html`<${Button} kind=${status === 'REJECTED' || status === 'DECLINED' || status === 'WITHDRAWN' ? 'danger' : 'secondary'}
        class=${`button ${status === 'REJECTED' || status === 'DECLINED' || status === 'WITHDRAWN' ? 'button-danger' : 'button-secondary'} move-${status}`}
        onClick=${() => { setChosen(status); setNote(''); setError(null); }}>${t(`introductions.action.${status}`)}<//>`)}
    </div>`;
  }
  const send = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await gql(MOVE, { input: { introductionId: introduction.id, status: chosen, note: note.trim() || null } });
      setBusy(false);
      setChosen(null);
      onMoved?.(data.moveIntroduction.introduction);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  const noteError = error?.fieldError?.('input.note');
  return html`<form class="intro-move-form" onSubmit=${send} ref=${noteField}>
    <${Field} kind="textarea" label=${t('introductions.moveNote', { action: t(`introductions.action.${chosen}`) })}
      hint=${t('introductions.moveNoteHint')} value=${note} onInput=${setNote} error=${noteError} name="note" />
    ${error && !noteError && html`<${ErrorNote} error=${error} />`}
    <div class="actions">
      <${Button} type="submit" busy=${busy} class="button button-primary move-confirm">${t(`introductions.action.${chosen}`)}<//>
      <${Button} kind="secondary" onClick=${() => { setChosen(null); setError(null); }}>${t('common.cancel')}<//>
    </div>
  </form>`;
}

/** An introduction's history, oldest first: when, from → to, who, and their note. */
export function Timeline({ history }) {
  if (!history?.length) return null;
  return html`<ol class="intro-timeline">
    ${history.map((event) => html`<li class=${`intro-event status-line-${event.to}`}>
      <div class="intro-event-head">
        <time datetime=${event.at}>${formatDateTime(event.at)}</time>
        <span class="intro-event-step">
          ${event.from ? html`${label('status', event.from)} → ${label('status', event.to)}` : t('introductions.created', { status: label('status', event.to) })}
        </span>
        <span class="intro-event-actor">${t('introductions.by', { actor: event.actor })}${event.actorRole ? ` · ${label('role', event.actorRole)}` : ''}</span>
      </div>
      ${event.note && html`<p class="intro-event-note">${event.note}</p>`}
    </li>`)}
  </ol>`;
}

/**
 * Introductions kept up to date by the live feed: `set` replaces the list, `put` adds or
 * replaces one (a view's own change, or an update heard live). `changed` names the
 * introduction that changed last (for a brief highlight) and `announcement` says what
 * happened, for an aria-live region. `accept` decides which introductions belong.
 */
export function useLiveIntroductions(accept = () => true) {
  const [items, setItems] = useState(null);
  const [changed, setChanged] = useState(null);
  const [announcement, setAnnouncement] = useState('');
  const [live, setLive] = useState('connecting');
  const accepting = useRef(accept);
  accepting.current = accept;
  const put = (introduction, { heard = false } = {}) => {
    setItems((current) => {
      const list = current || [];
      const before = list.find((i) => i.id === introduction.id);
      if (before && before.updatedAt > introduction.updatedAt) return current;
      if (!accepting.current(introduction)) return list.filter((i) => i.id !== introduction.id);
      if (!before || before.status !== introduction.status) {
        const status = label('status', introduction.status);
        setAnnouncement(before ? t('introductions.announceMoved', { status, from: nameOf(introduction.from), to: nameOf(introduction.to) })
          : t('introductions.announceNew', { status, from: nameOf(introduction.from), to: nameOf(introduction.to) }));
        setChanged({ id: introduction.id, at: Date.now(), heard });
      }
      const rest = list.filter((i) => i.id !== introduction.id);
      return [introduction, ...rest].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    });
  };
  useEffect(() => {
    const stop = subscribe(UPDATED, {}, (data) => {
      setLive('on');
      put(data.introductionUpdated, { heard: true });
    }, () => setLive('off'));
    // Live once the socket is acknowledged (the subscription goes out right after).
    const unfollow = onSocketState((state) => setLive(state === 'connected' ? 'on' : 'connecting'));
    return () => { unfollow(); stop(); };
  }, []);
  useEffect(() => {
    if (!changed) return undefined;
    const timer = setTimeout(() => setChanged(null), 2500);
    return () => clearTimeout(timer);
  }, [changed]);
  return { items, set: setItems, put, changed, announcement, live };
}

/** The polite announcement of live changes, read by screen readers, hidden on screen. */
export function LiveAnnouncer({ text }) {
  return html`<p class="intro-live-region" role="status" aria-live="polite" aria-atomic="true">${text}</p>`;
}

/** A small "live" indicator: whether updates arrive without reloading. */
export function LiveBadge({ state }) {
  return html`<span class=${`intro-live-badge intro-live-${state}`}>
    <span class="intro-live-dot" aria-hidden="true"></span>${t(`introductions.live.${state}`)}
  </span>`;
}
