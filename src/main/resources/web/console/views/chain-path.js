// Chain path: how the founder's company connects to another, drawn left to right in the
// chain's layer columns (capabilities in their layer, companies next to the capabilities
// they connect), with each step in words beside it.
import { html, useEffect, useState } from '../lib/html.js';
import { t, label, nameOf, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { Answer, Empty, Field, Loading, Page, LAYERS } from '../lib/ui.js';
import { RequestIntroduction } from '../lib/introduce.js';
import { fit, placeOf } from '../lib/founder-common.js';

const NODE = `__typename ... on Company { id name nameZh offers { id layer } } ... on Capability { id name nameZh layer }`;

const PATH = `query FounderChainPath($from: ID!, $to: ID!) {
  target: company(id: $to) { id name nameZh }
  chainPath(fromCompanyId: $from, toCompanyId: $to, maxLength: 8) {
    length steps { relation text from { ${NODE} } to { ${NODE} } }
  }
}`;

const SEARCH = `query FindCompany($text: String!) {
  search(text: $text, first: 12) { kind company { id name nameZh location { floor building { id name nameZh } } } }
}`;

const COL_W = 176;
const NODE_W = 152;
const NODE_H = 46;
const HEAD_H = 40;
const BAND_GAP = 34;
const MARGIN = 16;
const STACK_GAP = 30;

export default function ChainPathView({ account, params }) {
  const companyId = account?.companyId;
  const toId = params.toId;
  if (!companyId) {
    return html`<${Page} title=${t('path.title')}><p class="note">${t('building.noCompany')}</p><//>`;
  }
  return html`<${Page} wide title=${t('path.title')} subtitle=${t('path.subtitle')}>
    <${Picker} own=${companyId} compact=${!!toId} />
    ${toId && html`<${PathAnswer} from=${companyId} to=${toId} />`}
  <//>`;
}

function Picker({ own, compact }) {
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const state = useQuery(SEARCH, { text: term }, [], { skip: term.length < 1 });
  const hits = (state.data?.search || []).filter((hit) => hit.kind === 'COMPANY' && hit.company && hit.company.id !== own);
  return html`<div class="path-picker">
    <${Field} label=${compact ? t('path.another') : t('path.find')} value=${text} onInput=${setText} name="company-search"
      hint=${compact ? null : t('path.findHint')} autocomplete="off" />
    ${term && state.loading && html`<${Loading} />`}
    ${term && state.data && (hits.length
      ? html`<ul class="path-hits" aria-label=${t('path.hits')}>${hits.map((hit) => html`<li>
          <${Link} href=${`/path/${encodeURIComponent(hit.company.id)}`} onClick=${() => setText('')}>${nameOf(hit.company)}<span class="path-hit-place">${placeOf(hit.company)}</span><//>
        </li>`)}</ul>`
      : html`<${Empty}>${t('path.noHits')}<//>`)}
  </div>`;
}

function PathAnswer({ from, to }) {
  const language = useLanguage();
  const state = useQuery(PATH, { from, to }, [language]);
  return html`<${Answer} state=${state}>${(data) => {
    if (!data.target) return html`<p class="note">${t('path.noCompany')}</p>`;
    const path = data.chainPath;
    return html`<section class="path-result" aria-labelledby="path-heading">
      <div class="path-target">
        <h2 id="path-heading">${t('path.to', { name: nameOf(data.target) })}</h2>
        <${Link} href=${`/companies/${encodeURIComponent(data.target.id)}`}>${t('building.openCompany')}<//>
      </div>
      ${!path
        ? html`<div class="note path-none"><p>${t('path.none', { name: nameOf(data.target) })}</p><p>${t('path.noneHint')}</p></div>`
        : html`<div class="path-layout">
            <p class="founder-count">${t('path.length', { n: path.length })}</p>
            <div class="path-scroll" tabindex="0" role="region" aria-label=${t('path.drawing')}>
              <${PathDrawing} steps=${path.steps} from=${from} to=${to} />
            </div>
            <h3>${t('path.stepsTitle')}</h3>
            <ol class="path-steps">
              ${path.steps.map((step) => html`<li>
                <span><span class="path-step-relation">${label('relation', step.relation)}</span>
                <span class="path-step-text">${step.text}</span></span>
              </li>`)}
            </ol>
          </div>`}
      <div class="actions">
        <${RequestIntroduction} from=${from} to=${to} />
      </div>
    </section>`;
  }}<//>`;
}

function columnOf(node, neighbours) {
  if (node.__typename === 'Capability') return LAYERS.indexOf(node.layer);
  const capability = neighbours.find((n) => n && n.__typename === 'Capability');
  if (capability) return LAYERS.indexOf(capability.layer);
  const offered = node.offers?.[0]?.layer;
  return offered ? LAYERS.indexOf(offered) : 0;
}

/** The path in layer columns: capabilities in the middle band, companies above and below. */
function PathDrawing({ steps, from, to }) {
  const nodes = [steps[0].from, ...steps.map((s) => s.to)];
  let companyTurn = 0;
  const placed = nodes.map((node, i) => {
    const column = columnOf(node, [nodes[i + 1], nodes[i - 1]]);
    const band = node.__typename === 'Capability' ? 1 : (companyTurn++ % 2 === 0 ? 0 : 2);
    return { node, column, band };
  });
  const columns = placed.map((p) => p.column);
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  // Nodes sharing a cell stack inside their band.
  const stacks = new Map();
  placed.forEach((p) => {
    const key = `${p.column}:${p.band}`;
    p.slot = stacks.get(key) || 0;
    stacks.set(key, p.slot + 1);
  });
  const bandSlots = [0, 1, 2].map((band) => Math.max(1, ...placed.filter((p) => p.band === band).map((p) => p.slot + 1)));
  const bandTop = [HEAD_H + MARGIN];
  bandTop[1] = bandTop[0] + bandSlots[0] * (NODE_H + STACK_GAP) + BAND_GAP;
  bandTop[2] = bandTop[1] + bandSlots[1] * (NODE_H + STACK_GAP) + BAND_GAP;
  const height = bandTop[2] + bandSlots[2] * (NODE_H + STACK_GAP) + MARGIN;
  const width = (last - first + 1) * COL_W + 2 * MARGIN;
  placed.forEach((p) => {
    p.x = MARGIN + (p.column - first) * COL_W + (COL_W - NODE_W) / 2;
    p.y = bandTop[p.band] + p.slot * (NODE_H + STACK_GAP);
    p.cx = p.x + NODE_W / 2;
    p.cy = p.y + NODE_H / 2;
  });
  const layers = LAYERS.slice(first, last + 1);
  return html`<svg class="path-svg" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`}
      role="img" aria-labelledby="path-svg-title">
    <title id="path-svg-title">${t('path.drawingTitle', { n: steps.length })}</title>
    ${layers.map((layer, i) => html`<g>
      <rect class=${'column-band' + (i % 2 ? ' column-band-odd' : '')} x=${MARGIN + i * COL_W} y="0" width=${COL_W} height=${height} />
      <text class=${`column-title title-${layer}`} x=${MARGIN + i * COL_W + COL_W / 2} y="26" text-anchor="middle">${label('layer', layer)}</text>
    </g>`)}
    ${steps.map((step, i) => {
      const a = placed[i];
      const b = placed[i + 1];
      const mx = (a.cx + b.cx) / 2;
      const my = (a.cy + b.cy) / 2;
      return html`<g>
        <line class=${`edge edge-${step.relation}`} x1=${a.cx} y1=${a.cy} x2=${b.cx} y2=${b.cy} />
        <circle class="edge-number" cx=${mx} cy=${my} r="10" />
        <text class="edge-number-text" x=${mx} y=${my + 4} text-anchor="middle">${i + 1}</text>
        <text class="edge-label" x=${mx + 14} y=${my + 4}>${label('relation', step.relation)}</text>
      </g>`;
    })}
    ${placed.map((p) => {
      const company = p.node.__typename === 'Company';
      const end = company && (p.node.id === from || p.node.id === to);
      const cls = company ? `node-company${end ? ' node-end' : ''}` : `node-capability layer-${p.node.layer}`;
      const kind = company ? (p.node.id === from ? t('path.you') : t('path.company')) : label('layer', p.node.layer);
      return html`<g class=${cls}>
        <title>${nameOf(p.node)}</title>
        <rect x=${p.x} y=${p.y} width=${NODE_W} height=${NODE_H} rx=${company ? 8 : 22} />
        <text class="node-text" x=${p.cx} y=${p.y + 19} text-anchor="middle">${fit(nameOf(p.node), NODE_W - 16, 12.5)}</text>
        <text class="node-kind" x=${p.cx} y=${p.y + 35} text-anchor="middle">${kind}</text>
      </g>`;
    })}
  </svg>`;
}
