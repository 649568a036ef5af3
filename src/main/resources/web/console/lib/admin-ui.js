// Pieces of the staff and administrator views (places, accounts): forms that keep what was
// typed and show the API's message next to each refused field, a confirmation dialog, a
// company picker, slugs suggested from names.
import { html, useEffect, useRef, useState } from './html.js';
import { ApiError, gql } from './api.js';
import { t, nameOf } from './i18n.js';
import { Button } from './ui.js';

/** A slug (lowercase letters, digits, hyphens) suggested from an English name. */
export function slugify(name) {
  return String(name || '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/**
 * A form's values and the API's answer to it. fields: the input's field names, whose
 * refusals (`input.<name>`) show next to them; anything else shows above the form.
 */
export function useForm(initial, fields) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState({});
  const [general, setGeneral] = useState([]);
  const [busy, setBusy] = useState(false);
  const set = (name) => (value) => setValues((previous) => ({ ...previous, [name]: value }));
  /** Runs the change; true when it went through. Typed values stay either way. */
  const submit = async (change) => {
    setBusy(true);
    setErrors({});
    setGeneral([]);
    try {
      await change(values);
      return true;
    } catch (failure) {
      if (failure instanceof ApiError) {
        const found = {};
        fields.forEach((name) => {
          const message = failure.fieldError(`input.${name}`);
          if (message) found[name] = message;
        });
        setErrors(found);
        setGeneral(failure.otherErrors(fields.map((name) => `input.${name}`)));
      } else {
        setGeneral([failure.message]);
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** Refuses before asking the API (what only the console can know, such as a taken id). */
  const fail = (found) => {
    setErrors(found);
    setGeneral([]);
  };
  return { values, set, setValues, errors, general, busy, submit, fail };
}

/** The messages of a refused change that belong to no field of the form. */
export function FormErrors({ messages }) {
  if (!messages?.length) return null;
  return html`<div class="note note-error" role="alert">
    <strong>${t('error.BAD_REQUEST')}</strong> ${messages.length === 1 ? messages[0]
      : html`<ul>${messages.map((m) => html`<li>${m}</li>`)}</ul>`}
  </div>`;
}

/** A number typed into a field, or null when it is empty (so the API names the field). */
export function wholeNumber(text) {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/**
 * Asks before something hard to undo: a modal dialog (focus stays in it, Escape cancels).
 * open: whether it shows; onConfirm / onCancel.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy, kind = 'danger' }) {
  const dialog = useRef(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const cancel = (event) => {
    event.preventDefault();
    onCancel();
  };
  return html`<dialog class="confirm-dialog" ref=${dialog} onCancel=${cancel} aria-labelledby="confirm-dialog-title">
    ${open && html`<h2 id="confirm-dialog-title">${title}</h2>
      <div class="confirm-body">${children}</div>
      <div class="actions confirm-actions">
        <${Button} kind=${kind} class="confirm-yes" busy=${busy} onClick=${onConfirm}>${confirmLabel}<//>
        <${Button} kind="secondary" class="confirm-no" onClick=${onCancel}>${t('common.cancel')}<//>
      </div>`}
  </dialog>`;
}

const SEARCH_COMPANIES = `query AdminCompanyPicker($text: String!) {
  search(text: $text, first: 8) { kind company { id name nameZh } }
}`;

/**
 * Picks a company by searching its name (English or Chinese): the chosen one shows with a
 * way to change it. value: the chosen company ({id, name, nameZh}) or null.
 */
export function CompanyPicker({ label: text, value, onChange, error, hint, required, name = 'company' }) {
  const [search, setSearch] = useState('');
  const [hits, setHits] = useState(null);
  const [failure, setFailure] = useState(null);
  const id = `${name}-picker`;
  useEffect(() => {
    const words = search.trim();
    if (!words) {
      setHits(null);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      gql(SEARCH_COMPANIES, { text: words }).then(
        (data) => {
          if (!current) return;
          setFailure(null);
          setHits(data.search.filter((hit) => hit.kind === 'COMPANY' && hit.company).map((hit) => hit.company));
        },
        (problem) => current && setFailure(problem),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search]);
  const choose = (company) => {
    onChange(company);
    setSearch('');
    setHits(null);
  };
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return html`<div class=${'field company-picker' + (error ? ' field-invalid' : '')}>
    <label for=${id}>${text}${required && html`<span class="required" aria-hidden="true"> *</span>`}</label>
    ${value && html`<p class="picked">
      <span class="picked-name" data-company=${value.id}>${nameOf(value)}</span>
      <span class="picked-id">${value.id}</span>
      <button type="button" class="link-button picked-clear" onClick=${() => onChange(null)}>${t('accounts.pickAnother')}</button>
    </p>`}
    <input id=${id} name=${name} type="search" value=${search} autocomplete="off"
      placeholder=${t('accounts.searchCompany')} aria-invalid=${error ? 'true' : undefined} aria-describedby=${described}
      onInput=${(e) => setSearch(e.target.value)} />
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    <div class="picker-results" aria-live="polite">
      ${failure && html`<p class="field-error">${failure.message}</p>`}
      ${hits && (hits.length
        ? html`<ul class="picker-hits">${hits.map((company) => html`<li>
            <button type="button" class="picker-hit" data-company=${company.id} onClick=${() => choose(company)}>
              <span>${nameOf(company)}</span> <span class="picked-id">${company.id}</span>
            </button></li>`)}</ul>`
        : html`<p class="hint">${t('accounts.noCompanyFound')}</p>`)}
    </div>
    ${error && html`<p class="field-error" id=${`${id}-error`} role="alert">${error}</p>`}
  </div>`;
}
