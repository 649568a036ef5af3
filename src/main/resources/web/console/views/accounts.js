// Accounts (administrators): who may sign in, with which role and for which company.
// Administrators create accounts, change a role or a founder's company, set a new password,
// and disable or enable an account (after confirming). Password hashes are never shown: the
// API does not give them out.
import { html, useState } from '../lib/html.js';
import { gql, useQuery } from '../lib/api.js';
import { t, label, formatDate, formatDateTime, useLanguage } from '../lib/i18n.js';
import { Answer, Button, CompanyLink, Empty, Field, Page, Pager, enumOptions } from '../lib/ui.js';
import { CompanyPicker, ConfirmDialog, FormErrors, useForm } from '../lib/admin-ui.js';

const PAGE_SIZE = 25;
const ROLES = ['FOUNDER', 'STAFF', 'ADMIN'];

const ACCOUNTS = `query AdminAccounts($first: Int!, $after: String) {
  accounts(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id username role disabled createdAt companyId company { id name nameZh } } }
  }
}`;

const CREATE = `mutation AdminCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) { account { username role } }
}`;

const UPDATE = `mutation AdminUpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) { account { username role disabled companyId } }
}`;

function RoleBadge({ role }) {
  return html`<span class=${`badge role role-${role}`}>${label('role', role)}</span>`;
}

function CreateForm({ onSaved, onCancel }) {
  const form = useForm({ username: '', password: '', role: 'FOUNDER', company: null },
    ['username', 'password', 'role', 'companyId']);
  const save = async (event) => {
    event.preventDefault();
    const ok = await form.submit((values) => gql(CREATE, {
      input: {
        username: values.username.trim(), password: values.password, role: values.role,
        companyId: values.role === 'FOUNDER' ? (values.company?.id ?? null) : null,
      },
    }));
    if (ok) onSaved(t('accounts.created', { username: form.values.username.trim() }));
  };
  return html`<form class="account-form create-account" onSubmit=${save} novalidate aria-labelledby="create-account-title">
    <h3 id="create-account-title">${t('accounts.newAccount')}</h3>
    <${FormErrors} messages=${form.general} />
    <div class="form-grid">
      <${Field} label=${t('accounts.username')} name="username" value=${form.values.username} onInput=${form.set('username')}
        error=${form.errors.username} hint=${t('accounts.usernameHint')} required autocomplete="off" autocapitalize="none" spellcheck="false" />
      <${Field} label=${t('accounts.password')} name="password" kind="password" value=${form.values.password} onInput=${form.set('password')}
        error=${form.errors.password} hint=${t('accounts.passwordHint')} required autocomplete="new-password" />
      <${Field} label=${t('accounts.role')} name="role" kind="select" options=${enumOptions('role', ROLES)} value=${form.values.role}
        onInput=${form.set('role')} error=${form.errors.role} hint=${t(`accounts.roleHint.${form.values.role}`)} />
    </div>
    ${form.values.role === 'FOUNDER' && html`<${CompanyPicker} label=${t('accounts.company')} name="companyId" required
      value=${form.values.company} onChange=${form.set('company')} error=${form.errors.companyId} hint=${t('accounts.companyHint')} />`}
    <div class="actions">
      <${Button} type="submit" busy=${form.busy}>${t('accounts.create')}<//>
      <${Button} kind="secondary" onClick=${onCancel}>${t('common.cancel')}<//>
    </div>
  </form>`;
}

/** Changes an account's role and, for a founder, its company. */
function EditForm({ account, onSaved, onCancel }) {
  const form = useForm({ role: account.role, company: account.company }, ['role', 'companyId', 'disabled']);
  const save = async (event) => {
    event.preventDefault();
    const ok = await form.submit((values) => gql(UPDATE, {
      input: {
        username: account.username, role: values.role,
        ...(values.role === 'FOUNDER' ? { companyId: values.company?.id ?? null } : {}),
      },
    }));
    if (ok) onSaved(t('accounts.saved', { username: account.username }));
  };
  return html`<form class="account-form edit-account" onSubmit=${save} novalidate aria-label=${t('accounts.editTitle', { username: account.username })}>
    <${FormErrors} messages=${form.general} />
    <div class="form-grid">
      <${Field} label=${t('accounts.role')} name="role" kind="select" options=${enumOptions('role', ROLES)} value=${form.values.role}
        onInput=${form.set('role')} error=${form.errors.role} hint=${t(`accounts.roleHint.${form.values.role}`)} />
      ${form.values.role === 'FOUNDER' && html`<${CompanyPicker} label=${t('accounts.company')} name="companyId" required
        value=${form.values.company} onChange=${form.set('company')} error=${form.errors.companyId} hint=${t('accounts.companyHint')} />`}
    </div>
    <div class="actions">
      <${Button} type="submit" busy=${form.busy}>${t('common.save')}<//>
      <${Button} kind="secondary" onClick=${onCancel}>${t('common.cancel')}<//>
    </div>
  </form>`;
}

function PasswordForm({ account, onSaved, onCancel }) {
  const form = useForm({ password: '' }, ['password']);
  const save = async (event) => {
    event.preventDefault();
    const ok = await form.submit((values) => gql(UPDATE, { input: { username: account.username, password: values.password } }));
    if (ok) onSaved(t('accounts.passwordSet', { username: account.username }));
  };
  return html`<form class="account-form reset-password" onSubmit=${save} novalidate aria-label=${t('accounts.resetTitle', { username: account.username })}>
    <${FormErrors} messages=${form.general} />
    <div class="form-grid">
      <${Field} label=${t('accounts.newPassword')} name="password" kind="password" value=${form.values.password}
        onInput=${form.set('password')} error=${form.errors.password} hint=${t('accounts.passwordHint')} required autocomplete="new-password" />
    </div>
    <div class="actions">
      <${Button} type="submit" busy=${form.busy}>${t('accounts.setPassword')}<//>
      <${Button} kind="secondary" onClick=${onCancel}>${t('common.cancel')}<//>
    </div>
  </form>`;
}

function AccountRow({ row, me, editing, setEditing, onSaved, onDisable, onEnable }) {
  const open = editing?.username === row.username ? editing.mode : null;
  const toggle = (mode) => setEditing(open === mode ? null : { username: row.username, mode });
  const editor = open === 'edit' ? html`<${EditForm} account=${row} onSaved=${onSaved} onCancel=${() => setEditing(null)} />`
    : open === 'password' ? html`<${PasswordForm} account=${row} onSaved=${onSaved} onCancel=${() => setEditing(null)} />` : null;
  return html`
    <tr class=${row.disabled ? 'is-disabled' : ''} data-username=${row.username}>
      <td class="username" data-label=${t('accounts.username')}>${row.username}${row.username === me && html`<span class="badge you">${t('accounts.you')}</span>`}</td>
      <td data-label=${t('accounts.role')}><${RoleBadge} role=${row.role} /></td>
      <td class="company" data-label=${t('accounts.company')}>${row.company ? html`<${CompanyLink} company=${row.company} />` : html`<span class="hint">—</span>`}</td>
      <td class="state" data-label=${t('accounts.state')}>${row.disabled
        ? html`<span class="badge disabled">${t('accounts.disabled')}</span>`
        : html`<span class="badge active">${t('accounts.active')}</span>`}</td>
      <td data-label=${t('accounts.createdAt')}>${row.createdAt
        ? html`<time datetime=${row.createdAt} title=${formatDateTime(row.createdAt)}>${formatDate(row.createdAt)}</time>`
        : html`<span class="hint">—</span>`}</td>
      <td data-label=${t('accounts.actions')}>
        <div class="row-actions">
          <${Button} kind="secondary" class="edit-account-button" aria-expanded=${open === 'edit' ? 'true' : 'false'}
            aria-label=${t('accounts.editTitle', { username: row.username })} onClick=${() => toggle('edit')}>${t('accounts.edit')}<//>
          <${Button} kind="secondary" class="reset-password-button" aria-expanded=${open === 'password' ? 'true' : 'false'}
            aria-label=${t('accounts.resetTitle', { username: row.username })} onClick=${() => toggle('password')}>${t('accounts.resetPassword')}<//>
          ${row.disabled
            ? html`<${Button} kind="secondary" class="enable-button" aria-label=${t('accounts.enableTitle', { username: row.username })}
                onClick=${() => onEnable(row)}>${t('accounts.enable')}<//>`
            : html`<${Button} kind="danger" class="disable-button" aria-label=${t('accounts.disableTitle', { username: row.username })}
                onClick=${() => onDisable(row)}>${t('accounts.disable')}<//>`}
        </div>
      </td>
    </tr>
    ${editor && html`<tr class="account-editor" data-editor=${row.username}><td colspan="6">${editor}</td></tr>`}`;
}

export default function Accounts({ account }) {
  useLanguage();
  const [after, setAfter] = useState(null);
  const state = useQuery(ACCOUNTS, { first: PAGE_SIZE, after });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(null);
  const [notice, setNotice] = useState(null);
  const [disabling, setDisabling] = useState(null);
  const [dialogError, setDialogError] = useState(null);
  const [rowError, setRowError] = useState(null);
  const [busy, setBusy] = useState(false);
  const saved = async (message) => {
    setCreating(false);
    setEditing(null);
    setNotice(message);
    await state.reload();
  };
  const change = async (row, disabled) => {
    setBusy(true);
    setDialogError(null);
    setRowError(null);
    try {
      await gql(UPDATE, { input: { username: row.username, disabled } });
      setDisabling(null);
      await saved(t(disabled ? 'accounts.disabledNotice' : 'accounts.enabledNotice', { username: row.username }));
    } catch (failure) {
      const message = failure.fieldError?.('input.disabled') || failure.message;
      if (disabled) setDialogError(message);
      else setRowError(message);
    } finally {
      setBusy(false);
    }
  };
  return html`<${Page} title=${t('accounts.title')} subtitle=${t('accounts.subtitle')} wide
    actions=${html`<${Button} class="new-account" disabled=${creating}
      onClick=${() => { setNotice(null); setEditing(null); setCreating(true); }}>${t('accounts.newAccount')}<//>`}>
    <p class="place-notice" role="status" aria-live="polite">${notice && html`<span class="note note-ok">${notice}</span>`}</p>
    ${rowError && html`<p class="note note-error" role="alert">${rowError}</p>`}
    ${creating && html`<div class="card account-form-card">
      <${CreateForm} onSaved=${saved} onCancel=${() => setCreating(false)} />
    </div>`}
    <${Answer} state=${state}>${(data) => {
      const rows = data.accounts.edges.map((edge) => edge.node);
      if (!rows.length) return html`<${Empty}>${t('accounts.none')}<//>`;
      return html`<p class="hint table-note" id="accounts-note">${t('accounts.caption')}</p>
      <div class="table-scroll">
        <table class="accounts-table" aria-describedby="accounts-note">
          <thead><tr>
            <th scope="col">${t('accounts.username')}</th>
            <th scope="col">${t('accounts.role')}</th>
            <th scope="col">${t('accounts.company')}</th>
            <th scope="col">${t('accounts.state')}</th>
            <th scope="col">${t('accounts.createdAt')}</th>
            <th scope="col">${t('accounts.actions')}</th>
          </tr></thead>
          <tbody>
            ${rows.map((row) => html`<${AccountRow} key=${row.username} row=${row} me=${account?.username}
              editing=${editing} setEditing=${(value) => { setNotice(null); setRowError(null); setEditing(value); }}
              onSaved=${saved} onDisable=${(r) => { setDialogError(null); setDisabling(r); }} onEnable=${(r) => change(r, false)} />`)}
          </tbody>
        </table>
      </div>
      <${Pager} pageInfo=${data.accounts.pageInfo} totalCount=${data.accounts.totalCount}
        cursors=${{ current: after, last: data.accounts.pageInfo.endCursor }} onPage=${setAfter} />`;
    }}<//>
    <${ConfirmDialog} open=${!!disabling} title=${disabling ? t('accounts.disableTitle', { username: disabling.username }) : ''}
      confirmLabel=${t('accounts.disable')} busy=${busy} onConfirm=${() => change(disabling, true)}
      onCancel=${() => { setDisabling(null); setDialogError(null); }}>
      <p>${disabling && t(disabling.username === account?.username ? 'accounts.disableSelf' : 'accounts.disableConfirm',
        { username: disabling.username })}</p>
      ${dialogError && html`<p class="note note-error disable-error" role="alert">${dialogError}</p>`}
    <//>
  <//>`;
}
