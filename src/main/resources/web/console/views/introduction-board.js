// Introductions board (staff): every introduction as a card in the column of its status,
// open statuses first, closed ones folded away; each card offers the steps it may take
// next. New and moved introductions arrive live.
import { html, useEffect, useState } from '../lib/html.js';
import { t, label, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { CompanyLink, ErrorNote, Loading, Page, Score } from '../lib/ui.js';
import {
  CLOSED, INTRODUCTION_FIELDS, historyLabel, LiveAnnouncer, LiveBadge, MoveActions, OPEN, Timeline, age, lastNote,
  useLiveIntroductions,
} from '../lib/introduction-parts.js';

const ALL = `query IntroductionBoard {
  introductions(first: 100) { totalCount edges { node { ${INTRODUCTION_FIELDS} } } }
}`;

function BoardCard({ introduction, account, flash, onMoved }) {
  const note = lastNote(introduction);
  return html`<li class=${'intro-board-card' + (flash ? ' intro-flash' : '')} data-id=${introduction.id}
    data-status=${introduction.status}>
    <p class="intro-pair">
      <${CompanyLink} company=${introduction.from} />
      <span class="intro-arrow" aria-hidden="true">→</span><span class="intro-sr"> ${t('board.to')} </span>
      <${CompanyLink} company=${introduction.to} />
    </p>
    <p class="intro-meta">
      ${introduction.kind && html`<span class="badge intro-kind">${label('kind', introduction.kind)}</span>`}
      ${introduction.score != null && html`<${Score} value=${introduction.score} />`}
      <time class="intro-age" datetime=${introduction.updatedAt} title=${t('board.updated')}>${age(introduction.updatedAt)}</time>
    </p>
    ${note && html`<p class="intro-last-note">${note}</p>`}
    <details class="intro-history">
      <summary>${historyLabel(introduction)}</summary>
      <${Timeline} history=${introduction.history} />
    </details>
    <${MoveActions} introduction=${introduction} account=${account} onMoved=${onMoved} />
  </li>`;
}

function Column({ status, items, account, changed, onMoved }) {
  return html`<section class=${`intro-column intro-column-${status}`} aria-labelledby=${`column-${status}`} data-status=${status}>
    <h2 id=${`column-${status}`} class="intro-column-title">
      <span class=${`badge status status-${status}`}>${label('status', status)}</span>
      <span class="intro-count" aria-label=${t('board.count', { n: items.length })}>${items.length}</span>
    </h2>
    ${items.length
      ? html`<ul class="intro-column-cards">${items.map((introduction) => html`<${BoardCard} key=${introduction.id}
          introduction=${introduction} account=${account} flash=${changed?.id === introduction.id} onMoved=${onMoved} />`)}</ul>`
      : html`<p class="empty intro-column-empty">${t('board.emptyColumn')}</p>`}
  </section>`;
}

export default function IntroductionBoard({ account }) {
  const language = useLanguage();
  const state = useQuery(ALL, {}, [language]);
  const live = useLiveIntroductions();
  const [showClosed, setShowClosed] = useState(false);
  useEffect(() => {
    if (state.data) live.set(state.data.introductions.edges.map((e) => e.node));
  }, [state.data]);
  const items = live.items || [];
  const byStatus = (status) => items.filter((i) => i.status === status);
  const closedCount = items.filter((i) => CLOSED.includes(i.status)).length;
  const onMoved = (moved) => live.put(moved);
  const total = state.data?.introductions.totalCount ?? 0;
  return html`<${Page} wide title=${t('board.title')} subtitle=${t('board.subtitle')}
      actions=${html`<${LiveBadge} state=${live.live} />`}>
    <${LiveAnnouncer} text=${live.announcement} />
    ${state.error && html`<${ErrorNote} error=${state.error} />`}
    ${!live.items && !state.error && html`<${Loading} />`}
    ${live.items && html`
      ${total > items.length && html`<p class="hint">${t('board.newest', { n: items.length, total })}</p>`}
      <div class="intro-board" aria-label=${t('board.openColumns')} role="region" tabindex="0">
        ${OPEN.map((status) => html`<${Column} key=${status} status=${status} items=${byStatus(status)} account=${account}
          changed=${live.changed} onMoved=${onMoved} />`)}
      </div>
      <details class="intro-closed-columns" open=${showClosed} onToggle=${(e) => setShowClosed(e.target.open)}>
        <summary>${t('board.closed', { n: closedCount })}</summary>
        <div class="intro-board intro-board-closed" aria-label=${t('board.closedColumns')} role="region" tabindex="0">
          ${CLOSED.map((status) => html`<${Column} key=${status} status=${status} items=${byStatus(status)} account=${account}
            changed=${live.changed} onMoved=${onMoved} />`)}
        </div>
      </details>
    `}
  <//>`;
}
