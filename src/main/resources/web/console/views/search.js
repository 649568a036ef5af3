// Search across companies, capabilities and scenarios, in English and Chinese; the words
// are kept in the URL (/search?q=算力) so a search can be shared.
import { html, useEffect, useId, useState } from '../lib/html.js';
import { t, label, nameOf, floorLabel, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { Link, setQuery } from '../lib/router.js';
import { Button, CapabilityChip, CompanyLink, Empty, ErrorNote, Loading, Page } from '../lib/ui.js';

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    kind score
    company { id name nameZh kind description location { floor building { id name nameZh } } }
    capability { id name nameZh layer description }
    scenario { id name nameZh sector description }
  }
}`;

const GROUPS = [
  { kind: 'COMPANY', key: 'company' },
  { kind: 'CAPABILITY', key: 'capability' },
  { kind: 'SCENARIO', key: 'scenario' },
];

function other(thing) {
  const shown = nameOf(thing);
  const second = shown !== thing.name ? thing.name : thing.nameZh;
  return second && second !== shown ? second : null;
}

function CompanyHit({ company }) {
  const location = company.location;
  return html`<li class="search-hit company-hit" data-id=${company.id}>
    <div class="hit-title"><${CompanyLink} company=${company} />${other(company) && html` <span class="hint">${other(company)}</span>`}</div>
    <p class="hit-meta">${label('companyKind', company.kind)}${location && ` · ${nameOf(location.building)} · ${floorLabel(location.floor)}`}</p>
    ${company.description && html`<p class="hit-description">${company.description}</p>`}
  </li>`;
}

function CapabilityHit({ capability }) {
  return html`<li class="search-hit capability-hit" data-id=${capability.id}>
    <div class="hit-title"><${CapabilityChip} capability=${capability} />${other(capability) && html` <span class="hint">${other(capability)}</span>`}</div>
    ${capability.description && html`<p class="hit-description">${capability.description}</p>`}
    <p class="hit-link"><${Link} href=${`/directory?capability=${encodeURIComponent(capability.id)}`}>${t('search.whoOffers', { name: nameOf(capability) })}<//></p>
  </li>`;
}

function ScenarioHit({ scenario }) {
  return html`<li class="search-hit scenario-hit" data-id=${scenario.id}>
    <div class="hit-title"><strong>${nameOf(scenario)}</strong>${other(scenario) && html` <span class="hint">${other(scenario)}</span>`}
      <span class="badge sector">${label('sector', scenario.sector)}</span></div>
    ${scenario.description && html`<p class="hit-description">${scenario.description}</p>`}
    <p class="hit-link"><${Link} href=${`/directory?scenario=${encodeURIComponent(scenario.id)}`}>${t('search.whoTargets', { name: nameOf(scenario) })}<//></p>
  </li>`;
}

function Results({ text }) {
  useLanguage();
  const state = useQuery(SEARCH, { text, first: 60 }, []);
  if (state.error) return html`<${ErrorNote} error=${state.error} />`;
  if (!state.data) return html`<${Loading} />`;
  const hits = state.data.search;
  return html`<div class=${'search-results' + (state.loading ? ' stale' : '')}>
    <p class="result-count" role="status" aria-live="polite">${t('search.count', { n: hits.length, text })}</p>
    ${hits.length === 0 && html`<${Empty}>${t('search.nothing', { text })}<//>`}
    ${GROUPS.map(({ kind, key }) => {
      const found = hits.filter((hit) => hit.kind === kind && hit[key]);
      if (!found.length) return null;
      return html`<section class=${`search-group search-group-${key}`} aria-labelledby=${`group-${key}`}>
        <h2 id=${`group-${key}`}>${t(`search.group.${kind}`)} <span class="group-count">${found.length}</span></h2>
        <ul class="hit-list">
          ${found.map((hit) => (kind === 'COMPANY' ? html`<${CompanyHit} key=${hit.company.id} company=${hit.company} />`
            : kind === 'CAPABILITY' ? html`<${CapabilityHit} key=${hit.capability.id} capability=${hit.capability} />`
              : html`<${ScenarioHit} key=${hit.scenario.id} scenario=${hit.scenario} />`))}
        </ul>
      </section>`;
    })}
  </div>`;
}

export default function Search({ query }) {
  const q = query.get('q') || '';
  const [text, setText] = useState(q);
  const id = useId();
  useEffect(() => setText(q), [q]);
  const submit = (event) => {
    event.preventDefault();
    setQuery({ q: text.trim() });
  };
  return html`<${Page} title=${q ? t('search.titleFor', { text: q }) : t('search.title')} subtitle=${t('search.subtitle')}>
    <form class="search-form card" role="search" onSubmit=${submit}>
      <label for=${id}>${t('search.label')}</label>
      <div class="search-row">
        <input id=${id} type="search" name="q" value=${text} maxlength="200" onInput=${(e) => setText(e.target.value)}
          placeholder=${t('search.placeholder')} autocomplete="off" />
        <${Button} type="submit">${t('search.submit')}<//>
      </div>
      <p class="hint">${t('search.hint')}</p>
    </form>
    ${q ? html`<${Results} key=${q} text=${q} />` : html`<${Empty}>${t('search.start')}<//>`}
  <//>`;
}
