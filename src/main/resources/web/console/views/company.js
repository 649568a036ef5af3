// A company's page: what anyone may see, plus needs and claimed offers for its founder and
// staff, and the actions that fit who is looking (introduction, chain path, editing).
import { html } from '../lib/html.js';
import { t, label, nameOf, lang, floorLabel, formatNumber, formatDate, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { Answer, CapabilityChip, CompanyLink, Empty, Page } from '../lib/ui.js';
import { RequestIntroduction } from '../lib/introduce.js';

const CAPABILITY = 'id name nameZh layer';

const COMPANY = `query CompanyPage($id: ID!) {
  company(id: $id) {
    id name nameZh description kind stage foundedYear headcount website archived
    location { floor unit building { id name nameZh hub { id name nameZh } } }
    offers { ${CAPABILITY} }
    claimedOffers { ${CAPABILITY} }
    needs { priority note capability { ${CAPABILITY} } }
    targets { id name nameZh sector }
    partners { since company { id name nameZh kind } }
  }
}`;

/** Only http(s) addresses become links; anything else shows as text. */
function Website({ url }) {
  if (!/^https?:\/\//i.test(url)) return html`<span>${url}</span>`;
  return html`<a href=${url} rel="noopener noreferrer" target="_blank" class="website">${url.replace(/^https?:\/\//i, '').replace(/\/$/, '')}</a>`;
}

function Facts({ company }) {
  const location = company.location;
  return html`<dl class="facts company-facts">
    <dt>${t('company.kind')}</dt><dd>${label('companyKind', company.kind)}</dd>
    ${company.stage && html`<dt>${t('company.stage')}</dt><dd>${label('stage', company.stage)}</dd>`}
    ${company.foundedYear != null && html`<dt>${t('company.founded')}</dt><dd>${company.foundedYear}</dd>`}
    ${company.headcount != null && html`<dt>${t('company.headcount')}</dt><dd>${formatNumber(company.headcount, 0)}</dd>`}
    ${company.website && html`<dt>${t('company.website')}</dt><dd><${Website} url=${company.website} /></dd>`}
    <dt>${t('company.location')}</dt>
    <dd class="company-location">${location
      ? html`<${Link} href=${`/directory?hub=${encodeURIComponent(location.building.hub.id)}`}>${nameOf(location.building.hub)}<//>
          <span aria-hidden="true"> · </span><${Link} href=${`/directory?hub=${encodeURIComponent(location.building.hub.id)}&building=${encodeURIComponent(location.building.id)}`}>${nameOf(location.building)}<//>
          <span aria-hidden="true"> · </span>${floorLabel(location.floor)}${location.unit && html`<span aria-hidden="true"> · </span>${t('company.unit', { unit: location.unit })}`}`
      : t('company.noLocation')}</dd>
  </dl>`;
}

function Actions({ company, account }) {
  const staff = account && account.role !== 'FOUNDER';
  const founder = account?.role === 'FOUNDER';
  const own = founder && account.companyId === company.id;
  return html`<div class="page-actions company-actions">
    ${founder && !own && !company.archived && html`<${RequestIntroduction} from=${account.companyId} to=${company.id} />`}
    ${founder && !own && html`<${Link} class="button button-secondary chain-path-link" href=${`/path/${encodeURIComponent(company.id)}`}>${t('company.chainPath')}<//>`}
    ${own && html`<${Link} class="button button-secondary edit-link" href="/my-company">${t('company.editOwn')}<//>`}
    ${staff && html`<${Link} class="button button-secondary edit-link" href=${`/staff/companies/${encodeURIComponent(company.id)}`}>${t('company.edit')}<//>`}
  </div>`;
}

function CompanyView({ company, account }) {
  const other = lang === 'zh-CN' ? company.name : company.nameZh;
  const subtitle = other && other !== nameOf(company) ? other : null;
  return html`<${Page} title=${nameOf(company)} subtitle=${subtitle} actions=${html`<${Actions} company=${company} account=${account} />`}>
    <div class="company-page">
      <p class="company-badges">
        <span class=${`badge company-kind kind-${company.kind}`}>${label('companyKind', company.kind)}</span>
        ${company.archived && html` <span class="badge archived-badge">${t('company.archived')}</span>`}
      </p>
      <div class="company-grid">
        <section class="card company-about" aria-labelledby="about-heading">
          <h2 id="about-heading">${t('company.about')}</h2>
          ${company.description ? html`<p class="company-description">${company.description}</p>` : html`<${Empty}>${t('company.noDescription')}<//>`}
          <${Facts} company=${company} />
        </section>
        <section class="card company-offers" aria-labelledby="offers-heading">
          <h2 id="offers-heading">${t('company.offers')}</h2>
          ${company.offers.length
            ? html`<p class="chips">${company.offers.map((c) => html`<${Link} class="chip-link" href=${`/directory?capability=${encodeURIComponent(c.id)}`}><${CapabilityChip} capability=${c} /><//>`)}</p>`
            : html`<${Empty}>${t('company.noOffers')}<//>`}
          ${company.claimedOffers?.length > 0 && html`<div class="claimed-offers">
            <h3>${t('company.claimed')}</h3>
            <ul class="plain-list">${company.claimedOffers.map((c) => html`<li class="claimed-offer"><${CapabilityChip} capability=${c} /> <span class="badge awaiting">${t('company.awaiting')}</span></li>`)}</ul>
          </div>`}
          <h2>${t('company.targets')}</h2>
          ${company.targets.length
            ? html`<ul class="plain-list target-list">${company.targets.map((s) => html`<li>
                <${Link} href=${`/directory?scenario=${encodeURIComponent(s.id)}`}>${nameOf(s)}<//> <span class="hint">${label('sector', s.sector)}</span></li>`)}</ul>`
            : html`<${Empty}>${t('company.noTargets')}<//>`}
        </section>
        ${company.needs && html`<section class="card company-needs" aria-labelledby="needs-heading">
          <h2 id="needs-heading">${t('company.needs')}</h2>
          <p class="hint">${t('company.needsPrivate')}</p>
          ${company.needs.length
            ? html`<ul class="plain-list need-list">${company.needs.map((n) => html`<li class="need">
                <span class=${`badge priority priority-${n.priority}`}>${t(`company.priority${n.priority}`)}</span>
                <${CapabilityChip} capability=${n.capability} />${n.note && html` <span class="need-note">${n.note}</span>`}</li>`)}</ul>`
            : html`<${Empty}>${t('company.noNeeds')}<//>`}
        </section>`}
        ${company.partners && html`<section class="card company-partners" aria-labelledby="partners-heading">
          <h2 id="partners-heading">${t('company.partners')}</h2>
          ${company.partners.length
            ? html`<ul class="plain-list partner-list">${company.partners.map((p) => html`<li>
                <${CompanyLink} company=${p.company} /> <span class="hint">${label('companyKind', p.company.kind)}${p.since ? ` · ${t('company.since', { date: formatDate(p.since) })}` : ''}</span></li>`)}</ul>`
            : html`<${Empty}>${t('company.noPartners')}<//>`}
        </section>`}
      </div>
    </div>
  <//>`;
}

export default function Company({ params, account }) {
  const language = useLanguage();
  const state = useQuery(COMPANY, { id: params.id }, [language, account?.username]);
  return html`<${Answer} state=${state}>${(data) => (data.company
    ? html`<${CompanyView} company=${data.company} account=${account} />`
    : html`<${Page} title=${t('company.notFoundTitle')}>
        <p class="note note-error not-found" role="alert">${t('company.notFound', { id: params.id })}</p>
        <p><${Link} href="/directory">${t('company.backToDirectory')}<//></p>
      <//>`)}<//>`;
}
