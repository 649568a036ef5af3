// The directory: the hubs with their buildings, and the companies along the chain with
// filters kept in the URL, so that a filtered list can be shared as a link.
import { html, useId, useState } from '../lib/html.js';
import { t, label, nameOf, floorLabel, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { Link, navigate, setQuery } from '../lib/router.js';
import { Answer, Button, CapabilityChip, CompanyLink, Empty, ErrorNote, Field, Loading, Page, Pager, enumOptions, LAYERS, COMPANY_KINDS, SECTORS } from '../lib/ui.js';

const PAGE_SIZE = 12;
const KINDS = COMPANY_KINDS;
const FILTERS = ['hub', 'building', 'minFloor', 'maxFloor', 'layer', 'kind', 'capability', 'scenario'];
const SHOWN_OFFERS = 5;

const PLACES = `query DirectoryPlaces {
  hubs { id name nameZh district description buildings { id name nameZh floors basements } }
  capabilities { id name nameZh layer }
  scenarios { id name nameZh sector }
}`;

const COMPANIES = `query DirectoryCompanies($filter: CompanyFilter, $first: Int, $after: String) {
  companies(filter: $filter, first: $first, after: $after, orderBy: {field: NAME, direction: ASC}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name nameZh kind
      location { floor building { id name nameZh hub { id name nameZh } } }
      offers { id name nameZh layer }
    } }
  }
}`;

function filtersOf(query) {
  const filters = {};
  FILTERS.forEach((key) => { filters[key] = query.get(key) || ''; });
  return filters;
}

function apiFilter(f) {
  const int = (value) => (/^-?\d+$/.test(value) ? Number(value) : undefined);
  const filter = {
    hubId: f.hub || undefined,
    buildingId: f.building || undefined,
    minFloor: int(f.minFloor),
    maxFloor: int(f.maxFloor),
    offersLayer: f.layer || undefined,
    kind: f.kind || undefined,
    offersCapabilityId: f.capability || undefined,
    targetsScenarioId: f.scenario || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
}

/** A select with option groups (capabilities by layer, scenarios by sector). */
function GroupedSelect({ label: text, name, value, onInput, items, groups, groupOf, groupLabel, any }) {
  const id = useId();
  return html`<div class="field">
    <label for=${id}>${text}</label>
    <select id=${id} name=${name} value=${value} onChange=${(e) => onInput(e.target.value)}>
      <option value="">${any}</option>
      ${groups.map((group) => {
        const inGroup = items.filter((item) => groupOf(item) === group);
        return inGroup.length > 0 && html`<optgroup label=${groupLabel(group)}>
          ${inGroup.map((item) => html`<option value=${item.id}>${nameOf(item)}</option>`)}
        </optgroup>`;
      })}
    </select>
  </div>`;
}

function SearchBox() {
  const [text, setText] = useState('');
  const id = useId();
  const submit = (event) => {
    event.preventDefault();
    if (text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return html`<form class="directory-search" role="search" onSubmit=${submit}>
    <label for=${id} class="visually-hidden">${t('directory.searchLabel')}</label>
    <input id=${id} type="search" name="q" value=${text} onInput=${(e) => setText(e.target.value)} placeholder=${t('directory.searchPlaceholder')} />
    <${Button} type="submit" kind="secondary">${t('directory.searchButton')}<//>
  </form>`;
}

function Hubs({ hubs, filters, update }) {
  return html`<section class="hubs" aria-labelledby="hubs-heading">
    <h2 id="hubs-heading">${t('directory.hubs')}</h2>
    <div class="cards hub-cards">
      ${hubs.map((hub) => html`<article class=${'card hub-card' + (filters.hub === hub.id ? ' hub-card-on' : '')} data-id=${hub.id}>
        <h3 class="hub-name">${nameOf(hub)}</h3>
        <p class="hub-district">${t('directory.district', { district: hub.district })}${nameOf(hub) !== hub.name ? html` · <span lang="en">${hub.name}</span>` : ''}</p>
        ${hub.description && html`<p class="hub-description">${hub.description}</p>`}
        <h4 class="visually-hidden">${t('directory.buildings')}</h4>
        <ul class="building-list">
          ${hub.buildings.map((b) => html`<li>
            <button type="button" class="link-button building-filter" onClick=${() => update({ hub: hub.id, building: b.id })}
              aria-pressed=${filters.building === b.id ? 'true' : 'false'}>${nameOf(b)}</button>
            <span class="building-floors">${b.basements
              ? t('directory.floorsAndBasements', { floors: b.floors, basements: b.basements })
              : t('directory.floors', { floors: b.floors })}</span>
          </li>`)}
        </ul>
        <${Button} kind="secondary" class="button button-secondary hub-filter" aria-pressed=${filters.hub === hub.id ? 'true' : 'false'}
          onClick=${() => update({ hub: hub.id, building: '' })}>${t('directory.companiesHere')}<//>
      </article>`)}
    </div>
  </section>`;
}

function Filters({ places, filters, update }) {
  const hub = places.hubs.find((h) => h.id === filters.hub);
  const capabilities = filters.layer ? places.capabilities.filter((c) => c.layer === filters.layer) : places.capabilities;
  const any = t('directory.any');
  const active = FILTERS.some((key) => filters[key]);
  return html`<form class="filters directory-filters" aria-label=${t('directory.filters')} onSubmit=${(e) => e.preventDefault()}>
    <${Field} kind="select" label=${t('directory.hub')} name="hub" value=${filters.hub} onInput=${(v) => update({ hub: v, building: '' })}
      options=${[{ value: '', label: any }, ...places.hubs.map((h) => ({ value: h.id, label: nameOf(h) }))]} />
    <${Field} kind="select" label=${t('directory.building')} name="building" value=${filters.building} disabled=${!hub}
      onInput=${(v) => update({ building: v })}
      options=${[{ value: '', label: hub ? any : t('directory.hubFirst') }, ...(hub?.buildings || []).map((b) => ({ value: b.id, label: nameOf(b) }))]} />
    <div class="floor-range">
      <${Field} kind="number" label=${t('directory.minFloor')} name="minFloor" value=${filters.minFloor} inputmode="numeric"
        onInput=${(v) => update({ minFloor: v })} />
      <${Field} kind="number" label=${t('directory.maxFloor')} name="maxFloor" value=${filters.maxFloor} inputmode="numeric"
        onInput=${(v) => update({ maxFloor: v })} />
    </div>
    <${Field} kind="select" label=${t('directory.layer')} name="layer" value=${filters.layer}
      onInput=${(v) => update({ layer: v, capability: '' })} options=${enumOptions('layer', LAYERS, { any })} />
    <${Field} kind="select" label=${t('directory.kind')} name="kind" value=${filters.kind}
      onInput=${(v) => update({ kind: v })} options=${enumOptions('companyKind', KINDS, { any })} />
    <${GroupedSelect} label=${t('directory.capability')} name="capability" value=${filters.capability} onInput=${(v) => update({ capability: v })}
      items=${capabilities} groups=${LAYERS} groupOf=${(c) => c.layer} groupLabel=${(l) => label('layer', l)} any=${any} />
    <${GroupedSelect} label=${t('directory.scenario')} name="scenario" value=${filters.scenario} onInput=${(v) => update({ scenario: v })}
      items=${places.scenarios} groups=${SECTORS} groupOf=${(s) => s.sector} groupLabel=${(s) => label('sector', s)} any=${any} />
    ${active && html`<${Button} kind="secondary" class="button button-secondary clear-filters" onClick=${() => setQuery({})}>${t('directory.clear')}<//>`}
  </form>`;
}

function CompanyCard({ company, staff }) {
  const location = company.location;
  const extra = company.offers.length - SHOWN_OFFERS;
  const secondary = nameOf(company) !== company.name ? company.name : company.nameZh;
  return html`<li class="card company-card" data-id=${company.id}>
    <div class="company-card-head">
      <h3 class="company-name"><${CompanyLink} company=${company} /></h3>
      <span class=${`badge company-kind kind-${company.kind}`}>${label('companyKind', company.kind)}</span>
    </div>
    ${secondary && html`<p class="company-secondary">${secondary}</p>`}
    <p class="company-place">${location
      ? html`<span class="place-icon" aria-hidden="true">⌂</span> ${nameOf(location.building)} · ${floorLabel(location.floor)}`
      : t('directory.noLocation')}</p>
    ${company.offers.length > 0 && html`<p class="chips company-offers" aria-label=${t('directory.offers')}>
      ${company.offers.slice(0, SHOWN_OFFERS).map((c) => html`<${CapabilityChip} capability=${c} />`)}
      ${extra > 0 && html`<span class="chip more">${t('directory.more', { n: extra })}</span>`}
    </p>`}
    ${staff && html`<p class="company-edit"><${Link} href=${`/staff/companies/${encodeURIComponent(company.id)}`}>${t('directory.edit')}<//></p>`}
  </li>`;
}

function Companies({ filters, after, update, staff, places }) {
  const filter = apiFilter(filters);
  const state = useQuery(COMPANIES, { filter, first: PAGE_SIZE, after: after || null }, []);
  const key = JSON.stringify(filter);
  const connection = state.data?.companies;
  const scenario = places.scenarios.find((s) => s.id === filters.scenario);
  const capability = places.capabilities.find((c) => c.id === filters.capability);
  return html`<section class="companies" aria-labelledby="companies-heading">
    <h2 id="companies-heading">${t('directory.companies')}</h2>
    <${Filters} places=${places} filters=${filters} update=${update} />
    ${(scenario || capability) && html`<p class="filter-summary">
      ${capability && html`<span>${t('directory.offering')} <${CapabilityChip} capability=${capability} /></span> `}
      ${scenario && html`<span>${t('directory.targeting', { scenario: nameOf(scenario) })}</span>`}
    </p>`}
    <p class="result-count" role="status" aria-live="polite">${connection ? t('directory.count', { n: connection.totalCount }) : ''}</p>
    ${state.error && html`<${ErrorNote} error=${state.error} />`}
    ${!connection && !state.error && html`<${Loading} />`}
    ${connection && (connection.edges.length
      ? html`<ul class=${'company-cards' + (state.loading ? ' stale' : '')}>${connection.edges.map((e) => html`<${CompanyCard} key=${e.node.id} company=${e.node} staff=${staff} />`)}</ul>`
      : html`<${Empty}>${t('directory.noCompanies')}<//>`)}
    ${connection && html`<${Pager} key=${key} pageInfo=${connection.pageInfo} totalCount=${connection.totalCount}
      cursors=${{ current: after || null, last: connection.pageInfo.endCursor }} onPage=${(cursor) => update({ after: cursor || '' }, true)} />`}
  </section>`;
}

export default function Directory({ query, account }) {
  useLanguage();
  const filters = filtersOf(query);
  const after = query.get('after') || '';
  const places = useQuery(PLACES, {}, []);
  const staff = account && account.role !== 'FOUNDER';
  // Any change of filter starts again from the first page; paging keeps the filters.
  const update = (changes, paging = false) => setQuery({ ...filters, ...(paging ? { after } : {}), ...changes, ...(paging ? {} : { after: '' }) });
  return html`<${Page} title=${t('directory.title')} subtitle=${t('directory.subtitle')} actions=${html`<${SearchBox} />`} wide>
    <${Answer} state=${places}>${(data) => html`
      <${Hubs} hubs=${data.hubs} filters=${filters} update=${update} />
      <${Companies} filters=${filters} after=${after} update=${update} staff=${staff} places=${data} />
    `}<//>
  <//>`;
}
