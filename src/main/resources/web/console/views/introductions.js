// My introductions (founder): the company's introductions, open first, each with the other
// company, where it stands, why, its history and the steps the founder may take; kept up to
// date live. A founder can also ask for a new one here.
import { html, useEffect, useMemo, useState } from '../lib/html.js';
import { t, label, nameOf, useLanguage, formatDateTime } from '../lib/i18n.js';
import { gql, useQuery } from '../lib/api.js';
import { CompanyLink, Empty, ErrorNote, Field, Loading, Page, Reasons, Score, StatusBadge } from '../lib/ui.js';
import { RequestIntroduction } from '../lib/introduce.js';
import {
  INTRODUCTION_FIELDS, historyLabel, LiveAnnouncer, LiveBadge, MoveActions, Timeline, isOpen, useLiveIntroductions,
} from '../lib/introduction-parts.js';

const MINE = `query MyIntroductions($companyId: ID!) {
  introductions(companyId: $companyId, first: 100) { totalCount edges { node { ${INTRODUCTION_FIELDS} } } }
}`;

const COMPANIES = `query IntroductionCompanies($after: String) {
  companies(first: 100, after: $after) { edges { node { id name nameZh } } pageInfo { hasNextPage endCursor } }
}`;

/** Every company (a few pages), for the picker. */
function useAllCompanies() {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  useEffect(() => {
    let current = true;
    (async () => {
      const all = [];
      let after = null;
      for (let page = 0; page < 20; page++) {
        const data = await gql(COMPANIES, { after });
        all.push(...data.companies.edges.map((e) => e.node));
        if (!data.companies.pageInfo.hasNextPage) break;
        after = data.companies.pageInfo.endCursor;
      }
      return all;
    })().then((data) => current && setState({ data, error: null, loading: false }),
      (error) => current && setState({ data: null, error, loading: false }));
    return () => { current = false; };
  }, []);
  return state;
}

function IntroductionCard({ introduction, account, flash, onMoved }) {
  const mine = account.companyId;
  const asked = introduction.from.id === mine;
  const other = asked ? introduction.to : introduction.from;
  const requested = introduction.history[0]?.to === 'REQUESTED';
  return html`<article class=${'card intro-card' + (flash ? ' intro-flash' : '')} data-id=${introduction.id}
    data-status=${introduction.status} aria-labelledby=${`intro-${introduction.id}`}>
    <header class="intro-card-head">
      <h3 id=${`intro-${introduction.id}`}><${CompanyLink} company=${other} /></h3>
      <${StatusBadge} status=${introduction.status} />
    </header>
    <p class="intro-direction">${t(`introductions.origin.${asked ? 'from' : 'to'}.${requested ? 'requested' : 'proposed'}`, { name: nameOf(other) })}
      <span aria-hidden="true">${' · '}</span><time datetime=${introduction.createdAt}>${formatDateTime(introduction.createdAt)}</time></p>
    ${introduction.note && html`<blockquote class="intro-note">${introduction.note}</blockquote>`}
    ${(introduction.score != null || introduction.kind) && html`<div class="intro-match">
      ${introduction.kind && html`<span class="badge intro-kind">${label('kind', introduction.kind)}</span>`}
      ${introduction.score != null && html`<${Score} value=${introduction.score} />`}
    </div>`}
    <${Reasons} reasons=${introduction.reasons} />
    <details class="intro-history">
      <summary>${historyLabel(introduction)}</summary>
      <${Timeline} history=${introduction.history} />
    </details>
    <${MoveActions} introduction=${introduction} account=${account} onMoved=${onMoved} />
  </article>`;
}

function NewRequest({ account, existing, onRequested }) {
  const language = useLanguage();
  const companies = useAllCompanies();
  const [to, setTo] = useState('');
  const options = useMemo(() => {
    const open = new Set(existing.filter((i) => isOpen(i.status)).flatMap((i) => [i.from.id, i.to.id]));
    return (companies.data || [])
      .filter((c) => c.id !== account.companyId)
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b), language))
      .map((c) => ({ value: c.id, label: open.has(c.id) ? t('introductions.alreadyOpen', { name: nameOf(c) }) : nameOf(c) }));
  }, [companies.data, existing, language]);
  return html`<section class="card intro-new" aria-labelledby="intro-new-title">
    <h2 id="intro-new-title">${t('introductions.newTitle')}</h2>
    <p class="hint">${t('introductions.newHint')}</p>
    ${companies.error && html`<${ErrorNote} error=${companies.error} />`}
    ${companies.loading && html`<${Loading} />`}
    ${companies.data && html`<${Field} kind="select" name="to" label=${t('introductions.newCompany')} value=${to} onInput=${setTo}
      options=${[{ value: '', label: t('introductions.pickCompany') }, ...options]} />`}
    ${to && html`<${RequestIntroduction} key=${to} from=${account.companyId} to=${to}
      onRequested=${(created) => onRequested(created)} />`}
  </section>`;
}

export default function Introductions({ account }) {
  const language = useLanguage();
  const companyId = account?.companyId;
  const state = useQuery(MINE, { companyId }, [language], { skip: !companyId });
  const live = useLiveIntroductions((i) => i.from.id === companyId || i.to.id === companyId);
  useEffect(() => {
    if (state.data) live.set(state.data.introductions.edges.map((e) => e.node));
  }, [state.data]);
  if (!companyId) {
    return html`<${Page} title=${t('introductions.title')}><${Empty}>${t('introductions.noCompany')}<//><//>`;
  }
  const items = live.items || [];
  const open = items.filter((i) => isOpen(i.status));
  const closed = items.filter((i) => !isOpen(i.status));
  const card = (introduction) => html`<${IntroductionCard} key=${introduction.id} introduction=${introduction} account=${account}
    flash=${live.changed?.id === introduction.id} onMoved=${(moved) => live.put(moved)} />`;
  return html`<${Page} title=${t('introductions.title')} subtitle=${t('introductions.subtitle')}
      actions=${html`<${LiveBadge} state=${live.live} />`}>
    <${LiveAnnouncer} text=${live.announcement} />
    ${state.error && html`<${ErrorNote} error=${state.error} />`}
    ${!live.items && !state.error && html`<${Loading} />`}
    ${live.items && html`<div class="intro-layout">
      <div class="intro-lists">
        <section aria-labelledby="intro-open-title" class="intro-group intro-open">
          <h2 id="intro-open-title">${t('introductions.open')} <span class="intro-count">${open.length}</span></h2>
          ${open.length ? html`<div class="intro-list">${open.map(card)}</div>` : html`<${Empty}>${t('introductions.noneOpen')}<//>`}
        </section>
        <section aria-labelledby="intro-closed-title" class="intro-group intro-closed">
          <h2 id="intro-closed-title">${t('introductions.closed')} <span class="intro-count">${closed.length}</span></h2>
          ${closed.length ? html`<div class="intro-list">${closed.map(card)}</div>` : html`<${Empty}>${t('introductions.noneClosed')}<//>`}
        </section>
      </div>
      <aside class="intro-side">
        <${NewRequest} account=${account} existing=${items} onRequested=${() => state.reload()} />
      </aside>
    </div>`}
  <//>`;
}
