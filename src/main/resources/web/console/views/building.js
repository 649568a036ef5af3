// Upstairs and downstairs: a cross-section of the founder's building, floor by floor, with
// the upstream (or downstream) partners on their floors. Partners elsewhere in the hub or in
// other hubs stand in a column beside it, grouped by building. Choosing a partner opens its
// detail: score, reasons, the capability paths, and the introduction request.
import { html, useMemo, useRef } from '../lib/html.js';
import { t, label, nameOf, floorLabel, formatNumber, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { Link, setQuery } from '../lib/router.js';
import { CompanyLink, Empty, ErrorNote, Loading, Page, Score, Segmented, SCOPES, LAYERS } from '../lib/ui.js';
import { RequestIntroduction } from '../lib/introduce.js';
import { COMPANY_FIELDS, REASON_FIELDS, CapabilityPath, ReasonList, fit, layerOf, placeOf, useWidth } from '../lib/founder-common.js';

const PARTNER_FIELDS = `company { ${COMPANY_FIELDS} } score hops proximity floorDelta
  paths { id name nameZh layer } reasons { ${REASON_FIELDS} }`;

const HOME = `query FounderHome($id: ID!) {
  company(id: $id) { id name nameZh offers { id layer }
    location { floor unit building { id name nameZh floors basements hub { id name nameZh } } } }
}`;

const UPSTREAM = `query UpstreamPartners($id: ID!, $scope: Scope, $hops: Int) {
  partners: upstreamPartners(companyId: $id, scope: $scope, maxHops: $hops, first: 30) { ${PARTNER_FIELDS} }
}`;

const DOWNSTREAM = `query DownstreamPartners($id: ID!, $scope: Scope, $hops: Int) {
  partners: downstreamPartners(companyId: $id, scope: $scope, maxHops: $hops, first: 30) { ${PARTNER_FIELDS} }
}`;

const DIRECTIONS = ['up', 'down'];
const HOPS = ['0', '1', '2', '3'];
const IN_BUILDING = ['SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS'];

// The drawing's measures, in CSS pixels (drawn 1:1 to the width it is given).
const LABEL_W = 58;
const CHIP_H = 44;
const CHIP_GAP = 8;
const ROW_PAD = 8;
const EMPTY_FLOOR_H = 30;
const ROOF_H = 46;
const GROUND_H = 18;

/** The founder's home: where the company sits, and its partners drawn there. */
export default function BuildingView({ account, query }) {
  const language = useLanguage();
  const companyId = account?.companyId;
  const direction = DIRECTIONS.includes(query.get('dir')) ? query.get('dir') : 'up';
  const scope = SCOPES.includes(query.get('scope')) ? query.get('scope') : 'ANYWHERE';
  const hops = HOPS.includes(query.get('hops')) ? query.get('hops') : '2';
  const selectedId = query.get('partner');
  const change = (next) => setQuery({ dir: direction === 'up' ? null : direction, scope: scope === 'ANYWHERE' ? null : scope,
    hops: hops === '2' ? null : hops, partner: selectedId, lang: query.get('lang'), ...next });

  const home = useQuery(HOME, { id: companyId }, [language], { skip: !companyId });
  const partners = useQuery(direction === 'up' ? UPSTREAM : DOWNSTREAM, { id: companyId, scope, hops: Number(hops) },
    [language], { skip: !companyId });

  const title = t('building.title');
  if (!companyId) {
    return html`<${Page} title=${title}><p class="note">${t('building.noCompany')}</p><//>`;
  }
  const company = home.data?.company;
  const matches = partners.data?.partners || [];
  const selected = matches.find((m) => m.company.id === selectedId) || null;
  const select = (id) => change({ partner: id === selectedId ? null : id });

  return html`<${Page} wide title=${title}
      subtitle=${company ? html`${nameOf(company)}${company.location ? html` · ${nameOf(company.location.building)} · ${floorLabel(company.location.floor)}` : ''}` : t('building.subtitle')}>
    <p class="founder-lead">${t(direction === 'up' ? 'building.leadUp' : 'building.leadDown')}</p>
    <div class="filters founder-controls">
      <${Segmented} legend=${t('building.direction')} name="direction" value=${direction}
        options=${[{ value: 'up', label: t('building.upstream') }, { value: 'down', label: t('building.downstream') }]}
        onChange=${(value) => change({ dir: value === 'up' ? null : value, partner: null })} />
      <${Segmented} legend=${t('building.scope')} name="scope" value=${scope}
        options=${SCOPES.map((s) => ({ value: s, label: label('scope', s) }))}
        onChange=${(value) => change({ scope: value === 'ANYWHERE' ? null : value, partner: null })} />
      <${Segmented} legend=${t('building.hops')} name="hops" value=${hops}
        options=${HOPS.map((h) => ({ value: h, label: h === '0' ? t('building.direct') : h }))}
        onChange=${(value) => change({ hops: value === '2' ? null : value, partner: null })} />
    </div>
    <p class="hint founder-hops-hint">${t('building.hopsHint')}</p>
    ${home.error && html`<${ErrorNote} error=${home.error} />`}
    ${partners.error && html`<${ErrorNote} error=${partners.error} />`}
    ${(!home.data || (!partners.data && !partners.error)) && !home.error && html`<${Loading} />`}
    ${home.data && !company && html`<p class="note">${t('building.noCompany')}</p>`}
    ${company && partners.data && html`<${Stage} company=${company} matches=${matches} direction=${direction}
      selected=${selected} onSelect=${select} loading=${partners.loading} scope=${scope} />`}
  <//>`;
}

function Stage({ company, matches, direction, selected, onSelect, loading, scope }) {
  const location = company.location;
  const inBuilding = location ? matches.filter((m) => IN_BUILDING.includes(m.proximity)) : [];
  const elsewhere = matches.filter((m) => !inBuilding.includes(m));
  const emptyKey = direction === 'up' ? 'building.noneUp' : 'building.noneDown';
  const solo = !location || elsewhere.length === 0;
  return html`<div class="founder-stage" aria-busy=${loading ? 'true' : 'false'}>
    <div class=${'founder-map' + (solo ? ' founder-map-solo' : '')}>
      ${location
        ? html`<${BuildingDrawing} company=${company} matches=${inBuilding} direction=${direction}
            selected=${selected} onSelect=${onSelect} />`
        : html`<div class="note founder-no-location">
            <p>${t('building.noLocation')}</p>
            <p><${Link} href="/my-company">${t('building.setLocation')}<//></p>
          </div>`}
      ${(elsewhere.length > 0 || !location) && html`<${Elsewhere} company=${company} matches=${elsewhere}
        selected=${selected} onSelect=${onSelect} direction=${direction} />`}
      ${matches.length === 0 && html`<${Empty}>${t(emptyKey)} ${scope !== 'ANYWHERE' ? t('building.widen') : ''}<//>`}
      <${LayerLegend} matches=${matches} direction=${direction} />
      <${PartnerList} matches=${matches} selected=${selected} onSelect=${onSelect} direction=${direction} />
    </div>
    <aside class="founder-detail" aria-live="polite">
      ${selected
        ? html`<${PartnerDetail} key=${selected.company.id} match=${selected} from=${company.id} direction=${direction}
            onClose=${() => onSelect(selected.company.id)} />`
        : html`<div class="card founder-detail-empty"><p>${t(matches.length ? 'building.pick' : 'building.pickNone')}</p></div>`}
    </aside>
  </div>`;
}

/** The cross-section: floors from the top down to the basements, partners on theirs. */
function BuildingDrawing({ company, matches, direction, selected, onSelect }) {
  const box = useRef(null);
  const width = Math.max(300, Math.min(760, useWidth(box)));
  const { building, floor: myFloor } = company.location;
  // Two chips a floor on a phone, as many 160 px chips as fit on a wider screen.
  const chipW = width < 480 ? Math.floor((width - 4 - LABEL_W - 3 * CHIP_GAP) / 2) : 160;
  const perRow = Math.max(1, Math.floor((width - 4 - LABEL_W - CHIP_GAP) / (chipW + CHIP_GAP)));

  const floors = [];
  for (let f = building.floors; f >= 1; f--) floors.push(f);
  for (let f = -1; f >= -building.basements; f--) floors.push(f);

  const byFloor = new Map(floors.map((f) => [f, []]));
  matches.forEach((m) => {
    const f = m.company.location?.floor ?? (myFloor + (m.floorDelta || 0));
    if (byFloor.has(f)) byFloor.get(f).push(m);
  });

  let y = ROOF_H;
  const rows = floors.map((f) => {
    const count = byFloor.get(f).length + (f === myFloor ? 1 : 0);
    const lines = Math.ceil(count / perRow);
    const height = count ? ROW_PAD * 2 + lines * CHIP_H + (lines - 1) * CHIP_GAP : EMPTY_FLOOR_H;
    const row = { floor: f, y, height };
    y += height + (f === 1 && building.basements > 0 ? GROUND_H : 0);
    return row;
  });
  const groundY = rows.find((r) => r.floor === 1);
  const total = y + (building.basements > 0 ? 12 : GROUND_H + 8);
  const left = LABEL_W;
  const right = width - 4;
  const place = (index) => {
    const line = Math.floor(index / perRow);
    const column = index % perRow;
    return { x: left + CHIP_GAP + column * (chipW + CHIP_GAP), dy: ROW_PAD + line * (CHIP_H + CHIP_GAP) };
  };
  const arrow = direction === 'up' ? t('building.arrowUp') : t('building.arrowDown');
  const descId = 'building-desc';

  return html`<div class="building-box" ref=${box}>
    <svg class="building-svg" viewBox=${`0 0 ${width} ${total}`} width=${width} height=${total}
      role="group" aria-labelledby="building-title" aria-describedby=${descId}>
      <title id="building-title">${t('building.drawingTitle', { building: nameOf(building) })}</title>
      <desc id=${descId}>${t('building.drawingDesc', { floor: floorLabel(myFloor), n: matches.length })}</desc>
      <g aria-hidden="true">
        <path class="roof" d=${`M ${left - 6} ${ROOF_H - 4} L ${left + 18} ${14} L ${right - 18} ${14} L ${right + 2} ${ROOF_H - 4} Z`} />
        <text class="roof-name" x=${(left + right) / 2} y=${ROOF_H - 14} text-anchor="middle">${fit(nameOf(building), right - left - (width < 520 ? 50 : 220), 14)}</text>
        ${width >= 520 && html`<text class="roof-arrow" x=${right - 26} y=${ROOF_H - 14} text-anchor="end">${arrow}</text>`}
      </g>
      ${rows.map((row) => html`<g class=${'floor' + (row.floor === myFloor ? ' floor-mine' : '') + (row.floor < 0 ? ' floor-basement' : '')} aria-hidden="true">
        <rect class="floor-band" x=${left} y=${row.y} width=${right - left} height=${row.height} />
        <text class="floor-label" x=${left - 10} y=${row.y + Math.min(row.height / 2, 26) + 4} text-anchor="end">${floorLabel(row.floor)}</text>
        ${row.floor === myFloor && html`<path class="here-mark" d=${`M ${left - 6} ${row.y + 6} L ${left} ${row.y + 12} L ${left - 6} ${row.y + 18} Z`} />`}
      </g>`)}
      ${groundY && html`<g aria-hidden="true">
        <line class="ground" x1="0" x2=${width} y1=${groundY.y + groundY.height + (building.basements > 0 ? GROUND_H / 2 : 4)} y2=${groundY.y + groundY.height + (building.basements > 0 ? GROUND_H / 2 : 4)} />
      </g>`}
      ${rows.map((row) => {
        const here = row.floor === myFloor;
        const chips = [];
        let index = 0;
        if (here) {
          const p = place(index++);
          chips.push(html`<g class="chip-me" aria-hidden="true">
            <rect x=${p.x} y=${row.y + p.dy} width=${chipW} height=${CHIP_H} rx="8" />
            <text class="chip-name" x=${p.x + 10} y=${row.y + p.dy + 18}>${fit(nameOf(company), chipW - 20, 13)}</text>
            <text class="chip-sub" x=${p.x + 10} y=${row.y + p.dy + 35}>${t('building.youAreHere')}</text>
          </g>`);
        }
        byFloor.get(row.floor).forEach((m) => {
          const p = place(index++);
          chips.push(html`<${PartnerChip} match=${m} x=${p.x} y=${row.y + p.dy} w=${chipW}
            selected=${selected?.company.id === m.company.id} onSelect=${onSelect} direction=${direction} />`);
        });
        return chips;
      })}
    </svg>
  </div>`;
}

function reasonsLine(match) {
  return match.reasons.map((r) => r.text).join('\n');
}

function ariaOf(match) {
  const where = match.company.location ? floorLabel(match.company.location.floor) : label('proximity', match.proximity);
  return t('building.chipLabel', { name: nameOf(match.company), score: formatNumber(match.score), where });
}

function PartnerChip({ match, x, y, w, selected, onSelect, direction }) {
  const layer = layerOf(match.company, direction === 'up' ? match.paths[0] : null);
  const key = (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(match.company.id);
    }
  };
  return html`<g class=${`partner-chip layer-${layer}` + (selected ? ' partner-chip-on' : '')} role="button" tabindex="0"
      aria-pressed=${selected ? 'true' : 'false'} aria-label=${ariaOf(match)} data-company=${match.company.id}
      onClick=${() => onSelect(match.company.id)} onKeyDown=${key}>
    <title>${`${nameOf(match.company)} · ${t('building.score')} ${formatNumber(match.score)}\n${reasonsLine(match)}`}</title>
    <rect class="chip-box" x=${x} y=${y} width=${w} height=${CHIP_H} rx="8" />
    <rect class="chip-stripe" x=${x} y=${y} width="5" height=${CHIP_H} rx="2" />
    <text class="chip-name" x=${x + 12} y=${y + 18}>${fit(nameOf(match.company), w - 22, 13)}</text>
    <text class="chip-sub" x=${x + 12} y=${y + 35}>${fit(label('layer', layer), w - 60, 11.5)}</text>
    <text class="chip-score" x=${x + w - 10} y=${y + 35} text-anchor="end">${formatNumber(match.score)}</text>
  </g>`;
}

/** Partners outside the building: elsewhere in the hub, in other hubs, or nowhere known. */
function Elsewhere({ company, matches, selected, onSelect, direction }) {
  const myHub = company.location?.building.hub.id;
  const groups = new Map();
  matches.forEach((m) => {
    const building = m.company.location?.building;
    const key = building ? building.id : '';
    if (!groups.has(key)) groups.set(key, { building, matches: [] });
    groups.get(key).matches.push(m);
  });
  const sorted = [...groups.values()].sort((a, b) => {
    const rank = (g) => (!g.building ? 2 : g.building.hub.id === myHub ? 0 : 1);
    return rank(a) - rank(b);
  });
  if (!matches.length) return null;
  return html`<section class="founder-elsewhere" aria-labelledby="elsewhere-title">
    <h2 id="elsewhere-title">${t('building.elsewhere')}</h2>
    ${sorted.map((group) => html`<div class="elsewhere-group">
      <h3>${group.building
        ? html`${nameOf(group.building)} <span class="elsewhere-hub">${group.building.hub.id === myHub ? t('building.inYourHub') : nameOf(group.building.hub)}</span>`
        : t('building.noPlace')}</h3>
      <ul class="elsewhere-chips">
        ${group.matches.map((m) => {
          const layer = layerOf(m.company, direction === 'up' ? m.paths[0] : null);
          return html`<li><button type="button" class=${`partner-button layer-${layer}` + (selected?.company.id === m.company.id ? ' partner-button-on' : '')}
            aria-pressed=${selected?.company.id === m.company.id ? 'true' : 'false'} data-company=${m.company.id}
            title=${reasonsLine(m)} onClick=${() => onSelect(m.company.id)}>
            <span class="partner-button-name">${nameOf(m.company)}</span>
            <span class="partner-button-meta">${m.company.location ? floorLabel(m.company.location.floor) : ''} <strong>${formatNumber(m.score)}</strong></span>
          </button></li>`;
        })}
      </ul>
    </div>`)}
  </section>`;
}

function LayerLegend({ matches, direction }) {
  const present = new Set(matches.map((m) => layerOf(m.company, direction === 'up' ? m.paths[0] : null)));
  const layers = LAYERS.filter((l) => present.has(l));
  if (!layers.length) return null;
  return html`<p class="layer-legend"><span class="legend-title">${t('building.legend')}</span>
    ${layers.map((l) => html`<span class=${`chip layer-${l}`}>${label('layer', l)}</span>`)}</p>`;
}

/** The same partners as a list: for screen readers, and for a quick scan. */
function PartnerList({ matches, selected, onSelect }) {
  if (!matches.length) return null;
  return html`<details class="founder-list">
    <summary>${t('building.listView', { n: matches.length })}</summary>
    <ol>
      ${matches.map((m) => html`<li>
        <button type="button" class="link-button" aria-pressed=${selected?.company.id === m.company.id ? 'true' : 'false'}
          onClick=${() => onSelect(m.company.id)}>${nameOf(m.company)}</button>
        <span class="founder-list-meta"> · ${formatNumber(m.score)} · ${placeOf(m.company)} · ${label('proximity', m.proximity)}</span>
        <span class="founder-list-reasons">${m.reasons.map((r) => r.text).join('; ')}</span>
      </li>`)}
    </ol>
  </details>`;
}

function PartnerDetail({ match, from, direction, onClose }) {
  const { company } = match;
  return html`<article class="card partner-detail" aria-labelledby="partner-detail-name">
    <header class="partner-detail-head">
      <div>
        <p class="partner-detail-kind">${t(direction === 'up' ? 'building.upstreamPartner' : 'building.downstreamPartner')}</p>
        <h2 id="partner-detail-name"><${CompanyLink} company=${company} /></h2>
      </div>
      <button type="button" class="link-button partner-detail-close" onClick=${onClose} aria-label=${t('common.close')}>×</button>
    </header>
    <dl class="facts">
      <dt>${t('building.score')}</dt><dd><${Score} value=${match.score} /></dd>
      <dt>${t('building.where')}</dt><dd>${placeOf(company)} <span class="badge proximity">${label('proximity', match.proximity)}</span></dd>
      <dt>${t('building.steps')}</dt><dd>${match.hops === 0 ? t('building.directMatch') : t('building.viaSteps', { n: match.hops })}</dd>
    </dl>
    <h3>${t('building.why')}</h3>
    <${ReasonList} reasons=${match.reasons} />
    ${match.paths.length > 0 && html`<h3>${t('building.paths')}</h3>
      <ul class="capability-paths">${match.paths.map((path) => html`<li><${CapabilityPath} path=${path} /></li>`)}</ul>`}
    <div class="actions partner-detail-actions">
      <${Link} class="button button-secondary" href=${`/companies/${encodeURIComponent(company.id)}`}>${t('building.openCompany')}<//>
      <${Link} class="button button-secondary" href=${`/path/${encodeURIComponent(company.id)}`}>${t('building.chainPath')}<//>
    </div>
    <${RequestIntroduction} from=${from} to=${company.id} />
  </article>`;
}
