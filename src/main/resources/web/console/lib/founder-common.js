// Pieces the founder's matching views share: how a partner is asked for, where a company
// sits in words, a capability path, and the width a drawing may take.
import { html, useEffect, useState } from './html.js';
import { t, label, nameOf, floorLabel, formatNumber } from './i18n.js';
import { CapabilityChip } from './ui.js';

/** A company as the founder's views show it: names, kind, what it offers, where it sits. */
export const COMPANY_FIELDS = `id name nameZh kind offers { id name nameZh layer }
  location { floor unit building { id name nameZh hub { id name nameZh } } }`;

export const REASON_FIELDS = 'code weight text capabilities { id name nameZh layer } scenarios { id name nameZh }';

/** "Model Speed Space Phase 1 · 3F", or "no location". */
export function placeOf(company) {
  const location = company?.location;
  if (!location) return t('building.noPlace');
  return `${nameOf(location.building)} · ${floorLabel(location.floor)}`;
}

/** A path of capabilities, upstream first: chips joined by arrows. */
export function CapabilityPath({ path }) {
  return html`<span class="capability-path">
    ${path.map((capability, i) => html`${i > 0 && html`<span class="path-arrow" aria-hidden="true">→</span>`}<${CapabilityChip} capability=${capability} />`)}
  </span>`;
}

/** The layer a company is coloured by: what it offers that matters here, else its first offer. */
export function layerOf(company, path) {
  return path?.[0]?.layer || company?.offers?.[0]?.layer || 'SERVICES';
}

/** The width of an element in CSS pixels, followed as it changes. */
export function useWidth(ref, initial = 760) {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    if (!ref.current) return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0].contentRect.width);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [ref.current]);
  return width;
}

/** Roughly how wide a text is drawn at a font size: CJK characters are square, Latin narrower. */
export function textWidth(text, size) {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.56;
  return width;
}

/** A text cut with an ellipsis to fit a width. */
export function fit(text, width, size) {
  if (textWidth(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The reasons of a match, each with its capabilities and scenarios as chips. */
export function ReasonList({ reasons }) {
  if (!reasons?.length) return null;
  return html`<ul class="founder-reasons">
    ${reasons.map((r) => html`<li>
      <span class="reason-code">${label('reason', r.code)}</span>
      <span class="reason-text">${r.text}</span>
      <span class="reason-weight">+${formatNumber(r.weight)}</span>
      ${r.capabilities?.length > 0 && html`<span class="reason-chips">${r.capabilities.map((c) => html`<${CapabilityChip} capability=${c} />`)}</span>`}
    </li>`)}
  </ul>`;
}
