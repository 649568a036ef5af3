// The staff's hub dashboard: pick a hub, see its numbers, its chain layer by layer (who
// offers, who needs each capability) and its gaps with recruitment leads elsewhere.
import { html, useMemo } from '../lib/html.js';
import { t, label, nameOf, formatNumber, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { Link, setQuery } from '../lib/router.js';
import { Answer, CapabilityChip, CompanyLink, Empty, ErrorNote, Field, LayerBadge, Loading, Page } from '../lib/ui.js';

const HUBS = `query DashboardHubs {
  hubs { id name nameZh district buildings { id } companies(first: 1) { totalCount } }
  introductions(status: REQUESTED, first: 1) { totalCount }
}`;

const CHAIN = `query DashboardChain($hubId: ID!) {
  hubChain(hubId: $hubId) {
    layer providers seekers
    capabilities { capability { id name nameZh layer } providers seekers }
  }
}`;

const GAPS = `query DashboardGaps($hubId: ID!, $scenarioId: ID) {
  chainGaps(hubId: $hubId, scenarioId: $scenarioId) {
    capability { id name nameZh layer }
    demand
    seekers { id name nameZh }
    scenarios { id name nameZh }
    providersElsewhere { id name nameZh location { building { id hub { id name nameZh } } } }
  }
  scenarios { id name nameZh sector }
}`;

export default function HubDashboard({ params, query }) {
  useLanguage();
  const hubs = useQuery(HUBS, {});
  if (!hubs.data) return html`<${Page} title=${t('dashboard.title')} wide><${Answer} state=${hubs}>${() => null}<//><//>`;
  const list = hubs.data.hubs;
  if (!list.length) return html`<${Page} title=${t('dashboard.title')} wide><${Empty}>${t('dashboard.noHubs')}<//><//>`;
  const hub = params.hubId ? list.find((h) => h.id === params.hubId) : list[0];
  if (!hub) {
    return html`<${Page} title=${t('dashboard.title')} wide>
      <${HubPicker} hubs=${list} current=${null} />
      <p class="note note-error" role="alert">${t('dashboard.unknownHub', { id: params.hubId })}</p>
    <//>`;
  }
  return html`<${Page} title=${nameOf(hub)} subtitle=${t('dashboard.subtitle', { district: hub.district })} wide>
    <${HubPicker} hubs=${list} current=${hub.id} />
    <${HubView} key=${hub.id} hub=${hub} requested=${hubs.data.introductions.totalCount} scenarioId=${query.get('scenario') || null} />
  <//>`;
}

function HubPicker({ hubs, current }) {
  return html`<nav class="hub-picker" aria-label=${t('dashboard.pickHub')}>
    <ul>
      ${hubs.map((h) => html`<li>
        <${Link} href=${`/staff/hubs/${encodeURIComponent(h.id)}`} class="hub-tab" aria-current=${h.id === current ? 'page' : undefined}>
          <span class="hub-tab-name">${nameOf(h)}</span>
          <span class="hub-tab-meta">${t('dashboard.companiesShort', { n: h.companies.totalCount })}</span>
        <//>
      </li>`)}
    </ul>
  </nav>`;
}

function HubView({ hub, requested, scenarioId }) {
  const chain = useQuery(CHAIN, { hubId: hub.id });
  const gaps = useQuery(GAPS, { hubId: hub.id, scenarioId });
  const layers = chain.data?.hubChain;
  const covered = layers ? layers.filter((l) => l.providers > 0).length : null;
  const offered = layers ? layers.reduce((n, l) => n + l.capabilities.filter((c) => c.providers > 0).length, 0) : null;
  return html`
    <section class="headline" aria-label=${t('dashboard.numbers')}>
      <${Figure} value=${hub.companies.totalCount} label=${t('dashboard.companies')} />
      <${Figure} value=${hub.buildings.length} label=${t('dashboard.buildings')} />
      <${Figure} value=${offered} label=${t('dashboard.capabilitiesOffered')} />
      <${Figure} value=${covered == null ? null : `${covered}/${layers.length}`} label=${t('dashboard.layersCovered')} />
      <${Figure} value=${gaps.data?.chainGaps.length} label=${t('dashboard.gapCount')} warn=${gaps.data?.chainGaps.length > 0} />
      <${Figure} value=${requested} label=${t('dashboard.requested')} href="/staff/queue" />
    </section>
    <section class="chain-section" aria-labelledby="chain-heading">
      <div class="section-head">
        <h2 id="chain-heading">${t('dashboard.chainTitle')}</h2>
        <p class="hint">${t('dashboard.chainHint')}</p>
      </div>
      <${Legend} />
      <${Answer} state=${chain}>${(data) => html`<${Chain} layers=${data.hubChain} />`}<//>
    </section>
    <section class="gaps-section" aria-labelledby="gaps-heading">
      <div class="section-head">
        <h2 id="gaps-heading">${t('dashboard.gapsTitle')}</h2>
        <p class="hint">${t('dashboard.gapsHint')}</p>
      </div>
      <${Gaps} state=${gaps} hub=${hub} scenarioId=${scenarioId} />
    </section>`;
}

function Figure({ value, label: text, warn, href }) {
  const shown = value == null ? '…' : (typeof value === 'number' ? formatNumber(value, 0) : value);
  const body = html`<span class="figure-value">${shown}</span><span class="figure-label">${text}</span>`;
  return html`<div class=${'figure' + (warn ? ' figure-warn' : '')}>
    ${href ? html`<${Link} href=${href} class="figure-link">${body}<//>` : body}
  </div>`;
}

function Legend() {
  return html`<p class="chain-legend" aria-hidden="true">
    <span class="legend-item"><span class="legend-swatch legend-need"></span>${t('dashboard.legendNeed')}</span>
    <span class="legend-item"><span class="legend-swatch legend-offer"></span>${t('dashboard.legendOffer')}</span>
    <span class="legend-item"><span class="supply-flag supply-gap">${t('dashboard.flagGap')}</span>${t('dashboard.legendGap')}</span>
    <span class="legend-item"><span class="supply-flag supply-thin">${t('dashboard.flagThin')}</span>${t('dashboard.legendThin')}</span>
  </p>`;
}

/** The chain in order, one band per layer, each capability with a diverging bar: needs left, offers right. */
function Chain({ layers }) {
  const max = Math.max(1, ...layers.flatMap((l) => l.capabilities.flatMap((c) => [c.providers, c.seekers ?? 0])));
  return html`<ol class="chain">
    ${layers.map((layer, index) => html`<li class=${`chain-layer chain-layer-${layer.layer}`} data-layer=${layer.layer}>
      <div class="chain-layer-head">
        <span class="chain-step" aria-hidden="true">${index + 1}</span>
        <h3><${LayerBadge} layer=${layer.layer} /></h3>
        <p class="chain-layer-counts">
          <span class="count-offer">${t('dashboard.layerProviders', { n: layer.providers })}</span>
          ${layer.seekers != null && html`<span class="count-need">${t('dashboard.layerSeekers', { n: layer.seekers })}</span>`}
        </p>
      </div>
      ${layer.capabilities.length
        ? html`<ul class="supply-list">
            ${layer.capabilities.map((c) => html`<${Supply} supply=${c} max=${max} />`)}
          </ul>`
        : html`<p class="chain-empty">${t('dashboard.emptyLayer')}</p>`}
    </li>`)}
  </ol>`;
}

function Supply({ supply, max }) {
  const { capability, providers } = supply;
  const seekers = supply.seekers ?? 0;
  const flag = providers === 0 && seekers > 0 ? 'gap' : (seekers > providers ? 'thin' : null);
  const pct = (n) => `${(n / max) * 100}%`;
  const summary = t('dashboard.supplyAria', { name: nameOf(capability), offer: providers, need: seekers });
  return html`<li class=${'supply' + (flag ? ` supply-${flag}-row` : '')} data-capability=${capability.id}>
    <span class="supply-name">
      ${nameOf(capability)}
      ${flag && html`<span class=${`supply-flag supply-${flag}`}>${t(flag === 'gap' ? 'dashboard.flagGap' : 'dashboard.flagThin')}</span>`}
    </span>
    <span class="supply-bars" role="img" aria-label=${summary}>
      <span class="bar-half bar-need-half">
        <span class=${'bar-value need-value' + (seekers ? '' : ' bar-zero')}>${seekers}</span>
        <span class="bar bar-need" style=${{ width: pct(seekers) }}></span>
      </span>
      <span class="bar-axis"></span>
      <span class="bar-half bar-offer-half">
        <span class=${`bar bar-offer layer-fill-${capability.layer}`} style=${{ width: pct(providers) }}></span>
        <span class=${'bar-value offer-value' + (providers ? '' : ' bar-zero')}>${providers}</span>
      </span>
    </span>
  </li>`;
}

function Gaps({ state, hub, scenarioId }) {
  const scenarioOptions = useMemo(() => {
    const list = state.data?.scenarios ?? [];
    return [{ value: '', label: t('dashboard.scenarioAny') },
      ...[...list].sort((a, b) => nameOf(a).localeCompare(nameOf(b))).map((s) => ({ value: s.id, label: nameOf(s) }))];
  }, [state.data]);
  const filter = html`<div class="filters gap-filters">
    <${Field} kind="select" name="scenario" label=${t('dashboard.scenarioFilter')} hint=${t('dashboard.scenarioHint')}
      value=${scenarioId ?? ''} options=${scenarioOptions} onInput=${(v) => setQuery({ scenario: v })} />
  </div>`;
  if (state.error) return html`${filter}<${ErrorNote} error=${state.error} />`;
  if (!state.data) return html`${filter}<${Loading} />`;
  const gaps = [...state.data.chainGaps].sort((a, b) => b.demand - a.demand);
  const most = Math.max(1, ...gaps.map((g) => g.demand));
  return html`${filter}
    <p class="gap-count" role="status" aria-live="polite">${t('dashboard.gapsFound', { n: gaps.length })}</p>
    ${gaps.length === 0
      ? html`<p class="note note-ok">${t('dashboard.noGaps')}</p>`
      : html`<ol class="gap-list">
          ${gaps.map((gap) => html`<li class="gap card" data-capability=${gap.capability.id}>
            <div class="gap-head">
              <${CapabilityChip} capability=${gap.capability} />
              <${LayerBadge} layer=${gap.capability.layer} />
              <span class="gap-demand">
                <span class="demand-bar" aria-hidden="true"><span style=${{ width: `${(gap.demand / most) * 100}%` }}></span></span>
                <strong class="demand-value">${t('dashboard.demand', { n: gap.demand })}</strong>
              </span>
            </div>
            <dl class="facts gap-facts">
              <dt>${t('dashboard.seekers')}</dt>
              <dd class="gap-seekers">${gap.seekers.length ? joinLinks(gap.seekers) : t('dashboard.noneHere')}</dd>
              <dt>${t('dashboard.scenarios')}</dt>
              <dd class="gap-scenarios">${gap.scenarios.length ? gap.scenarios.map((s) => nameOf(s)).join(t('dashboard.listSeparator')) : t('dashboard.noScenario')}</dd>
              <dt>${t('dashboard.leads')}</dt>
              <dd class="gap-leads">${gap.providersElsewhere.length
                ? html`<ul class="leads">${gap.providersElsewhere.map((c) => html`<li>
                    <${CompanyLink} company=${c} />
                    ${c.location && c.location.building.hub.id !== hub.id && html` <span class="lead-hub">${nameOf(c.location.building.hub)}</span>`}
                  </li>`)}</ul>`
                : html`<span class="empty">${t('dashboard.noLeads')}</span>`}</dd>
            </dl>
          </li>`)}
        </ol>`}`;
}

function joinLinks(companies) {
  return companies.map((c, i) => html`${i > 0 && t('dashboard.listSeparator')}<${CompanyLink} company=${c} />`);
}
