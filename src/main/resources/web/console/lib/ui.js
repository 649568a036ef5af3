// The console's shared pieces: page frame, form fields with the API's errors, badges for
// layers and statuses, reasons, paging. Views build on these, so they look and read alike.
import { html, useEffect, useId, useState } from './html.js';
import { Link } from './router.js';
import { t, label, nameOf, formatNumber } from './i18n.js';

/** A view's frame: its heading (also the document title) and optional actions. */
export function Page({ title, subtitle, actions, children, wide }) {
  useEffect(() => { document.title = `${title} · Upstairs`; }, [title]);
  return html`<section class=${'page' + (wide ? ' page-wide' : '')}>
    <header class="page-header">
      <div><h1>${title}</h1>${subtitle && html`<p class="subtitle">${subtitle}</p>`}</div>
      ${actions && html`<div class="page-actions">${actions}</div>`}
    </header>
    ${children}
  </section>`;
}

export function Loading() {
  return html`<p class="loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span>${t('common.loading')}</p>`;
}

/** An error the service answered (or a network failure), in words. */
export function ErrorNote({ error }) {
  if (!error) return null;
  const key = error.classification ? `error.${error.classification}` : null;
  return html`<div class="note note-error" role="alert">
    ${key && html`<strong>${t(key)}</strong> `}<span>${error.message}</span>
  </div>`;
}

export function Empty({ children }) {
  return html`<p class="empty">${children}</p>`;
}

/** Loading, error or the content drawn from data. */
export function Answer({ state, children }) {
  if (state.error) return html`<${ErrorNote} error=${state.error} />`;
  if (!state.data) return html`<${Loading} />`;
  return children(state.data);
}

/**
 * A labelled input with the API's message for its field under it. kind: text, number,
 * textarea, select (options: [{value, label}]).
 */
export function Field({ label: text, kind = 'text', value, onInput, error, hint, options, required, name, ...rest }) {
  const id = useId();
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const common = { id, name, required, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described, ...rest };
  let control;
  if (kind === 'select') {
    control = html`<select ...${common} value=${value ?? ''} onChange=${(e) => onInput(e.target.value)}>
      ${options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
    </select>`;
  } else if (kind === 'textarea') {
    control = html`<textarea ...${common} value=${value ?? ''} onInput=${(e) => onInput(e.target.value)}></textarea>`;
  } else {
    control = html`<input ...${common} type=${kind} value=${value ?? ''} onInput=${(e) => onInput(e.target.value)} />`;
  }
  return html`<div class=${'field' + (error ? ' field-invalid' : '')}>
    <label for=${id}>${text}${required && html`<span class="required" aria-hidden="true"> *</span>`}</label>
    ${control}
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    ${error && html`<p class="field-error" id=${`${id}-error`} role="alert">${error}</p>`}
  </div>`;
}

/** A button that shows it is working and cannot be pressed twice meanwhile. */
export function Button({ kind = 'primary', busy, children, type = 'button', class: extra, ...rest }) {
  return html`<button type=${type} class=${`button button-${kind}${extra ? ` ${extra}` : ''}`} disabled=${busy || rest.disabled} aria-busy=${busy ? 'true' : undefined} ...${rest}>
    ${busy && html`<span class="spinner" aria-hidden="true"></span>`}${children}
  </button>`;
}

/** Radio buttons drawn as a segmented control: one choice of a few. */
export function Segmented({ legend, options, value, onChange, name }) {
  const id = useId();
  return html`<fieldset class="segmented">
    <legend>${legend}</legend>
    <div class="segments">
      ${options.map((o) => html`<label class=${o.value === value ? 'segment segment-on' : 'segment'}>
        <input type="radio" name=${name || id} value=${o.value} checked=${o.value === value} onChange=${() => onChange(o.value)} />
        <span>${o.label}</span>
      </label>`)}
    </div>
  </fieldset>`;
}

export function LayerBadge({ layer }) {
  return html`<span class=${`badge layer layer-${layer}`}>${label('layer', layer)}</span>`;
}

export function StatusBadge({ status }) {
  return html`<span class=${`badge status status-${status}`}>${label('status', status)}</span>`;
}

export function CapabilityChip({ capability }) {
  return html`<span class=${`chip layer-${capability.layer}`} title=${label('layer', capability.layer)}>${nameOf(capability)}</span>`;
}

export function CompanyLink({ company }) {
  if (!company) return null;
  return html`<${Link} href=${`/companies/${encodeURIComponent(company.id)}`}>${nameOf(company)}<//>`;
}

/** A score as a number and a bar, for reading at a glance. */
export function Score({ value, max = 10 }) {
  const width = Math.max(4, Math.min(100, (value / max) * 100));
  return html`<span class="score" title=${t('common.score')}>
    <span class="score-bar" aria-hidden="true"><span style=${{ width: `${width}%` }}></span></span>
    <span class="score-value">${formatNumber(value)}</span>
  </span>`;
}

/** Reasons a person can check: each with its text and weight. */
export function Reasons({ reasons }) {
  if (!reasons?.length) return null;
  return html`<ul class="reasons">
    ${reasons.map((r) => html`<li><span class="reason-text">${r.text}</span> <span class="reason-weight">+${formatNumber(r.weight)}</span></li>`)}
  </ul>`;
}

/** Previous / next for cursor paging; onPage(after) with null for the first page. */
export function Pager({ pageInfo, cursors, onPage, totalCount }) {
  const [stack, setStack] = useState([]);
  if (!pageInfo) return null;
  const next = () => { setStack([...stack, cursors.current]); onPage(cursors.last); };
  const previous = () => { const s = stack.slice(0, -1); setStack(s); onPage(stack[stack.length - 1] ?? null); };
  return html`<nav class="pager" aria-label=${t('common.paging')}>
    <${Button} kind="secondary" disabled=${!stack.length} onClick=${previous}>${t('common.previous')}<//>
    ${totalCount != null && html`<span class="pager-count">${t('common.total', { n: totalCount })}</span>`}
    <${Button} kind="secondary" disabled=${!pageInfo.hasNextPage} onClick=${next}>${t('common.next')}<//>
  </nav>`;
}

/** Options for a select of an enum, with labels in the current language. */
export function enumOptions(kind, values, { any } = {}) {
  const options = values.map((v) => ({ value: v, label: label(kind, v) }));
  return any ? [{ value: '', label: any }, ...options] : options;
}

export const LAYERS = ['COMPUTE', 'DATA', 'MODEL', 'TOOLING', 'APPLICATION', 'SCENARIO_DESIGN', 'MARKETING', 'SERVICES'];
export const STATUSES = ['REQUESTED', 'PROPOSED', 'ACCEPTED', 'MET', 'PARTNERED', 'REJECTED', 'DECLINED', 'WITHDRAWN', 'CLOSED'];
export const COMPANY_KINDS = ['STARTUP', 'ENTERPRISE', 'PLATFORM', 'INVESTOR', 'INSTITUTION'];
export const STAGES = ['SEED', 'ANGEL', 'SERIES_A', 'SERIES_B', 'SERIES_C_PLUS', 'LISTED', 'NOT_APPLICABLE'];
export const SECTORS = ['HEALTHCARE', 'FINANCE', 'EDUCATION', 'CONSUMER', 'ENTERTAINMENT', 'BIOMEDICINE', 'MANUFACTURING', 'GOVERNMENT'];
export const SCOPES = ['SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS', 'SAME_BUILDING', 'SAME_HUB', 'ANYWHERE'];
