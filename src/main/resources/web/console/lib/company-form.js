// One editor for a company, with two doors: the founder's "My company" and the staff's
// company editing. Each section saves on its own; a refused change shows the API's message
// next to its field and keeps everything typed.
import { html, useEffect, useId, useState } from './html.js';
import { t, label, nameOf, floorLabel, useLanguage } from './i18n.js';
import { gql, useQuery } from './api.js';
import { Link } from './router.js';
import { Answer, Button, CapabilityChip, Empty, Field, enumOptions, LAYERS, COMPANY_KINDS, STAGES, SECTORS } from './ui.js';


const CAPABILITY = 'id name nameZh layer';
const COMPANY = `id name nameZh description kind stage foundedYear headcount website archived updatedAt
  location { floor unit building { id name nameZh floors basements hub { id name nameZh } } }
  offers { ${CAPABILITY} }
  claimedOffers { ${CAPABILITY} }
  needs { priority note capability { ${CAPABILITY} } }
  targets { id name nameZh sector }`;

const EDITOR = `query CompanyEditor($id: ID!) {
  company(id: $id) { ${COMPANY} }
  hubs { id name nameZh buildings { id name nameZh floors basements } }
  capabilities { ${CAPABILITY} }
  scenarios { id name nameZh sector }
}`;

const payload = (name, input) => `mutation ${name[0].toUpperCase()}${name.slice(1)}($input: ${input}!) {
  ${name}(input: $input) { company { ${COMPANY} } }
}`;

const UPSERT = payload('upsertCompany', 'UpsertCompanyInput');
const LOCATE = payload('setCompanyLocation', 'SetCompanyLocationInput');
const ADD_OFFER = payload('addOffer', 'CompanyCapabilityInput');
const VERIFY_OFFER = payload('verifyOffer', 'CompanyCapabilityInput');
const REMOVE_OFFER = payload('removeOffer', 'CompanyCapabilityInput');
const ADD_NEED = payload('addNeed', 'AddNeedInput');
const REMOVE_NEED = payload('removeNeed', 'CompanyCapabilityInput');
const ADD_TARGET = payload('addTarget', 'CompanyScenarioInput');
const REMOVE_TARGET = payload('removeTarget', 'CompanyScenarioInput');
const ARCHIVE = payload('archiveCompany', 'ArchiveCompanyInput');

const PROFILE_FIELDS = ['name', 'nameZh', 'description', 'kind', 'stage', 'foundedYear', 'headcount', 'website'];

/** The floors of a building, top first, basements last. */
export function floorsOf(building) {
  if (!building) return [];
  const floors = [];
  for (let f = building.floors; f >= 1; f -= 1) floors.push(f);
  for (let b = 1; b <= (building.basements || 0); b += 1) floors.push(-b);
  return floors;
}

/**
 * A searchable choice among many, grouped (capabilities by layer, scenarios by sector): a
 * filter box narrows a select with option groups.
 */
export function GroupedPicker({ label: text, items, groups, groupOf, groupLabel, value, onInput, exclude = [], error, name }) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = items.filter((item) => !exclude.includes(item.id)
    && (!needle || [item.name, item.nameZh, item.id].some((s) => s && s.toLowerCase().includes(needle))));
  useEffect(() => {
    // Keep the choice among what is shown, so that the button adds what the list shows.
    if (value && !shown.some((item) => item.id === value)) onInput(shown[0]?.id ?? '');
    if (!value && shown.length && needle) onInput(shown[0].id);
  }, [needle, shown.length]);
  return html`<div class=${'field picker' + (error ? ' field-invalid' : '')}>
    <label for=${id}>${text}</label>
    <input type="search" class="picker-filter" value=${filter} onInput=${(e) => setFilter(e.target.value)}
      aria-label=${t('companyForm.filter', { what: text })} placeholder=${t('companyForm.filterPlaceholder')} autocomplete="off" />
    <select id=${id} name=${name} value=${value} onChange=${(e) => onInput(e.target.value)} aria-invalid=${error ? 'true' : undefined}
      aria-describedby=${error ? `${id}-error` : undefined}>
      <option value="">${shown.length ? t('companyForm.choose') : t('companyForm.noMatch')}</option>
      ${groups.map((group) => {
        const inGroup = shown.filter((item) => groupOf(item) === group);
        return inGroup.length > 0 && html`<optgroup label=${groupLabel(group)}>
          ${inGroup.map((item) => html`<option value=${item.id}>${nameOf(item)}${nameOf(item) !== item.name ? ` · ${item.name}` : ''}</option>`)}
        </optgroup>`;
      })}
    </select>
    ${error && html`<p class="field-error" id=${`${id}-error`} role="alert">${error}</p>`}
  </div>`;
}

/** "Saved" (or what went wrong outside the fields), read out when it changes. */
function Outcome({ state }) {
  return html`<div class="form-outcome" role="status" aria-live="polite">
    ${state?.saved && html`<p class="note note-ok saved">${state.saved}</p>`}
    ${state?.others?.length > 0 && html`<div class="note note-error form-errors">${state.others.map((m) => html`<p>${m}</p>`)}</div>`}
  </div>`;
}

/** Runs a change; on success hands the company over, on failure keeps the error for the fields. */
async function change(mutation, input, setState, setCompany, saved, fields = []) {
  setState({ busy: true });
  try {
    const data = await gql(mutation, { input });
    const company = Object.values(data)[0].company;
    setCompany(company);
    setState({ saved });
    return true;
  } catch (error) {
    setState({ error, others: error.otherErrors ? error.otherErrors(fields.map((f) => `input.${f}`)) : [error.message] });
    return false;
  }
}

const fieldError = (state, field) => state?.error?.fieldError?.(`input.${field}`) || null;

function profileOf(company) {
  const form = {};
  PROFILE_FIELDS.forEach((field) => { form[field] = company[field] == null ? '' : String(company[field]); });
  return form;
}

function Profile({ company, setCompany, staff }) {
  const [form, setForm] = useState(() => profileOf(company));
  const [state, setState] = useState(null);
  const set = (field) => (value) => setForm({ ...form, [field]: value });
  const text = (value) => (value.trim() === '' ? null : value.trim());
  const number = (value) => (String(value).trim() === '' ? null : Number(value));
  const submit = async (event) => {
    event.preventDefault();
    const input = {
      id: company.id,
      name: form.name.trim(),
      nameZh: text(form.nameZh),
      description: text(form.description),
      kind: form.kind,
      stage: form.stage || null,
      foundedYear: number(form.foundedYear),
      headcount: number(form.headcount),
      website: text(form.website),
    };
    await change(UPSERT, input, setState, setCompany, t('companyForm.profileSaved'), PROFILE_FIELDS);
  };
  return html`<form class="card editor-section profile-form" onSubmit=${submit} novalidate>
    <h2>${t('companyForm.profile')}</h2>
    <div class="form-grid">
      <${Field} label=${t('companyForm.name')} name="name" value=${form.name} onInput=${set('name')} required maxlength="200"
        error=${fieldError(state, 'name')} />
      <${Field} label=${t('companyForm.nameZh')} name="nameZh" value=${form.nameZh} onInput=${set('nameZh')} lang="zh-CN" maxlength="200"
        error=${fieldError(state, 'nameZh')} />
    </div>
    <${Field} kind="textarea" label=${t('companyForm.description')} name="description" value=${form.description}
      onInput=${set('description')} hint=${t('companyForm.descriptionHint')} maxlength="2000" error=${fieldError(state, 'description')} />
    <div class="form-grid">
      <${Field} kind="select" label=${t('companyForm.kind')} name="kind" value=${form.kind} onInput=${set('kind')}
        options=${enumOptions('companyKind', COMPANY_KINDS)} error=${fieldError(state, 'kind')} />
      <${Field} kind="select" label=${t('companyForm.stage')} name="stage" value=${form.stage} onInput=${set('stage')}
        options=${enumOptions('stage', STAGES, { any: t('companyForm.noStage') })} error=${fieldError(state, 'stage')} />
      <${Field} kind="number" label=${t('companyForm.foundedYear')} name="foundedYear" value=${form.foundedYear}
        onInput=${set('foundedYear')} inputmode="numeric" error=${fieldError(state, 'foundedYear')} />
      <${Field} kind="number" label=${t('companyForm.headcount')} name="headcount" value=${form.headcount}
        onInput=${set('headcount')} inputmode="numeric" min="0" error=${fieldError(state, 'headcount')} />
    </div>
    <${Field} kind="url" label=${t('companyForm.website')} name="website" value=${form.website} onInput=${set('website')}
      hint=${t('companyForm.websiteHint')} error=${fieldError(state, 'website')} />
    <${Outcome} state=${state} />
    <div class="actions">
      <${Button} type="submit" busy=${state?.busy}>${t('companyForm.saveProfile')}<//>
      ${!staff && html`<span class="hint">${t('companyForm.publicHint')}</span>`}
    </div>
  </form>`;
}

function LocationForm({ company, setCompany, hubs }) {
  const current = company.location;
  const [hubId, setHubId] = useState(current?.building.hub.id || '');
  const [buildingId, setBuildingId] = useState(current?.building.id || '');
  const [floor, setFloor] = useState(current ? String(current.floor) : '');
  const [unit, setUnit] = useState(current?.unit || '');
  const [state, setState] = useState(null);
  const hub = hubs.find((h) => h.id === hubId);
  const building = hub?.buildings.find((b) => b.id === buildingId);
  const chooseHub = (id) => { setHubId(id); setBuildingId(''); setFloor(''); };
  const chooseBuilding = (id) => {
    setBuildingId(id);
    const next = hub?.buildings.find((b) => b.id === id);
    if (!floorsOf(next).includes(Number(floor))) setFloor('');
  };
  const submit = async (event) => {
    event.preventDefault();
    const input = buildingId
      ? { companyId: company.id, buildingId, floor: floor === '' ? null : Number(floor), unit: unit.trim() || null }
      : { companyId: company.id, buildingId: null };
    await change(LOCATE, input, setState, setCompany, t('companyForm.locationSaved'), ['buildingId', 'floor', 'unit']);
  };
  return html`<form class="card editor-section location-form" onSubmit=${submit} novalidate>
    <h2>${t('companyForm.location')}</h2>
    <p class="hint">${current
      ? t('companyForm.locatedAt', { place: `${nameOf(current.building.hub)} · ${nameOf(current.building)} · ${floorLabel(current.floor)}${current.unit ? ` · ${current.unit}` : ''}` })
      : t('companyForm.noLocation')}</p>
    <div class="form-grid">
      <${Field} kind="select" label=${t('companyForm.hub')} name="hub" value=${hubId} onInput=${chooseHub}
        options=${[{ value: '', label: t('companyForm.noHub') }, ...hubs.map((h) => ({ value: h.id, label: nameOf(h) }))]} />
      <${Field} kind="select" label=${t('companyForm.building')} name="buildingId" value=${buildingId} onInput=${chooseBuilding}
        disabled=${!hub} error=${fieldError(state, 'buildingId')}
        options=${[{ value: '', label: hub ? t('companyForm.chooseBuilding') : t('companyForm.hubFirst') },
          ...(hub?.buildings || []).map((b) => ({ value: b.id, label: nameOf(b) }))]} />
      <${Field} kind="select" label=${t('companyForm.floor')} name="floor" value=${floor} onInput=${setFloor}
        disabled=${!building} error=${fieldError(state, 'floor')}
        options=${[{ value: '', label: building ? t('companyForm.chooseFloor') : t('companyForm.buildingFirst') },
          ...floorsOf(building).map((f) => ({ value: String(f), label: floorLabel(f) }))]} />
      <${Field} label=${t('companyForm.unit')} name="unit" value=${unit} onInput=${setUnit} maxlength="50"
        hint=${t('companyForm.unitHint')} error=${fieldError(state, 'unit')} disabled=${!building} />
    </div>
    <${Outcome} state=${state} />
    <div class="actions">
      <${Button} type="submit" busy=${state?.busy}>${buildingId || !current ? t('companyForm.saveLocation') : t('companyForm.removeLocation')}<//>
    </div>
  </form>`;
}

function capabilityPicker(capabilities, exclude, value, setValue, error, text, name) {
  return html`<${GroupedPicker} label=${text} name=${name} items=${capabilities} groups=${LAYERS} groupOf=${(c) => c.layer}
    groupLabel=${(layer) => label('layer', layer)} value=${value} onInput=${setValue} exclude=${exclude} error=${error} />`;
}

function Offers({ company, setCompany, capabilities, staff }) {
  const [capabilityId, setCapabilityId] = useState('');
  const [state, setState] = useState(null);
  const claimed = company.claimedOffers || [];
  const taken = [...company.offers, ...claimed].map((c) => c.id);
  const act = (mutation, id, saved) => change(mutation, { companyId: company.id, capabilityId: id }, setState, setCompany, saved, ['capabilityId']);
  const add = async (event) => {
    event.preventDefault();
    if (!capabilityId) return;
    if (await act(ADD_OFFER, capabilityId, staff ? t('companyForm.offerAdded') : t('companyForm.claimAdded'))) setCapabilityId('');
  };
  return html`<section class="card editor-section offers-editor" aria-labelledby="offers-heading">
    <h2 id="offers-heading">${t('companyForm.offers')}</h2>
    <p class="hint">${staff ? t('companyForm.offersHintStaff') : t('companyForm.offersHint')}</p>
    ${company.offers.length === 0 && claimed.length === 0 && html`<${Empty}>${t('companyForm.noOffers')}<//>`}
    <ul class="editor-list offer-list">
      ${company.offers.map((c) => html`<li class="offer" data-id=${c.id}>
        <${CapabilityChip} capability=${c} />
        <span class="badge verified">${t('companyForm.verified')}</span>
        <${Button} kind="danger" class="button button-danger button-small remove-offer" aria-label=${t('companyForm.removeWhat', { what: nameOf(c) })}
          onClick=${() => act(REMOVE_OFFER, c.id, t('companyForm.offerRemoved'))}>${t('common.remove')}<//>
      </li>`)}
      ${claimed.map((c) => html`<li class="offer claimed" data-id=${c.id}>
        <${CapabilityChip} capability=${c} />
        <span class="badge awaiting">${t('companyForm.awaiting')}</span>
        ${staff && html`<${Button} class="button button-primary button-small verify-offer" aria-label=${t('companyForm.verifyWhat', { what: nameOf(c) })}
          onClick=${() => act(VERIFY_OFFER, c.id, t('companyForm.offerVerified'))}>${t('companyForm.verify')}<//>`}
        <${Button} kind="danger" class="button button-danger button-small remove-offer" aria-label=${t('companyForm.removeWhat', { what: nameOf(c) })}
          onClick=${() => act(REMOVE_OFFER, c.id, t('companyForm.offerRemoved'))}>${t('common.remove')}<//>
      </li>`)}
    </ul>
    <form class="add-row add-offer" onSubmit=${add}>
      ${capabilityPicker(capabilities, taken, capabilityId, setCapabilityId, fieldError(state, 'capabilityId'), t('companyForm.capability'), 'offer')}
      <${Button} type="submit" disabled=${!capabilityId} busy=${state?.busy}>${staff ? t('companyForm.addOffer') : t('companyForm.claimOffer')}<//>
    </form>
    <${Outcome} state=${state} />
  </section>`;
}

function Needs({ company, setCompany, capabilities }) {
  const [capabilityId, setCapabilityId] = useState('');
  const [priority, setPriority] = useState('2');
  const [note, setNote] = useState('');
  const [state, setState] = useState(null);
  const needs = company.needs || [];
  const fields = ['capabilityId', 'priority', 'note'];
  const add = async (event) => {
    event.preventDefault();
    if (!capabilityId) return;
    const ok = await change(ADD_NEED, { companyId: company.id, capabilityId, priority: Number(priority), note: note.trim() || null },
      setState, setCompany, t('companyForm.needAdded'), fields);
    if (ok) { setCapabilityId(''); setNote(''); setPriority('2'); }
  };
  const remove = (c) => change(REMOVE_NEED, { companyId: company.id, capabilityId: c.id }, setState, setCompany, t('companyForm.needRemoved'), fields);
  const priorities = [1, 2, 3].map((p) => ({ value: String(p), label: t(`companyForm.priority${p}`) }));
  return html`<section class="card editor-section needs-editor" aria-labelledby="needs-heading">
    <h2 id="needs-heading">${t('companyForm.needs')}</h2>
    <p class="hint">${t('companyForm.needsHint')}</p>
    ${needs.length === 0 && html`<${Empty}>${t('companyForm.noNeeds')}<//>`}
    <ul class="editor-list need-list">
      ${needs.map((n) => html`<li class="need" data-id=${n.capability.id}>
        <span class=${`badge priority priority-${n.priority}`}>${t(`companyForm.priority${n.priority}`)}</span>
        <${CapabilityChip} capability=${n.capability} />
        ${n.note && html`<span class="need-note">${n.note}</span>`}
        <${Button} kind="danger" class="button button-danger button-small remove-need" aria-label=${t('companyForm.removeWhat', { what: nameOf(n.capability) })}
          onClick=${() => remove(n.capability)}>${t('common.remove')}<//>
      </li>`)}
    </ul>
    <form class="add-need" onSubmit=${add}>
      <div class="form-grid">
        ${capabilityPicker(capabilities, needs.map((n) => n.capability.id), capabilityId, setCapabilityId, fieldError(state, 'capabilityId'), t('companyForm.capability'), 'need')}
        <${Field} kind="select" label=${t('companyForm.priority')} name="priority" value=${priority} onInput=${setPriority}
          options=${priorities} error=${fieldError(state, 'priority')} />
      </div>
      <${Field} label=${t('companyForm.note')} name="note" value=${note} onInput=${setNote} maxlength="500"
        hint=${t('companyForm.noteHint')} error=${fieldError(state, 'note')} />
      <${Button} type="submit" disabled=${!capabilityId} busy=${state?.busy}>${t('companyForm.addNeed')}<//>
    </form>
    <${Outcome} state=${state} />
  </section>`;
}

function Targets({ company, setCompany, scenarios }) {
  const [scenarioId, setScenarioId] = useState('');
  const [state, setState] = useState(null);
  const act = (mutation, id, saved) => change(mutation, { companyId: company.id, scenarioId: id }, setState, setCompany, saved, ['scenarioId']);
  const add = async (event) => {
    event.preventDefault();
    if (!scenarioId) return;
    if (await act(ADD_TARGET, scenarioId, t('companyForm.targetAdded'))) setScenarioId('');
  };
  return html`<section class="card editor-section targets-editor" aria-labelledby="targets-heading">
    <h2 id="targets-heading">${t('companyForm.targets')}</h2>
    <p class="hint">${t('companyForm.targetsHint')}</p>
    ${company.targets.length === 0 && html`<${Empty}>${t('companyForm.noTargets')}<//>`}
    <ul class="editor-list target-list">
      ${company.targets.map((s) => html`<li class="target" data-id=${s.id}>
        <span class="chip scenario-chip">${nameOf(s)}</span><span class="hint">${label('sector', s.sector)}</span>
        <${Button} kind="danger" class="button button-danger button-small remove-target" aria-label=${t('companyForm.removeWhat', { what: nameOf(s) })}
          onClick=${() => act(REMOVE_TARGET, s.id, t('companyForm.targetRemoved'))}>${t('common.remove')}<//>
      </li>`)}
    </ul>
    <form class="add-row add-target" onSubmit=${add}>
      <${GroupedPicker} label=${t('companyForm.scenario')} name="target" items=${scenarios} groups=${SECTORS} groupOf=${(s) => s.sector}
        groupLabel=${(sector) => label('sector', sector)} value=${scenarioId} onInput=${setScenarioId}
        exclude=${company.targets.map((s) => s.id)} error=${fieldError(state, 'scenarioId')} />
      <${Button} type="submit" disabled=${!scenarioId} busy=${state?.busy}>${t('companyForm.addTarget')}<//>
    </form>
    <${Outcome} state=${state} />
  </section>`;
}

function Archive({ company, setCompany }) {
  const [state, setState] = useState(null);
  const toggle = () => change(ARCHIVE, { companyId: company.id, archived: !company.archived }, setState, setCompany,
    company.archived ? t('companyForm.restored') : t('companyForm.archivedNow'));
  return html`<section class="card editor-section archive-editor" aria-labelledby="archive-heading">
    <h2 id="archive-heading">${t('companyForm.archive')}</h2>
    <p>${company.archived ? t('companyForm.isArchived') : t('companyForm.archiveHint')}</p>
    <${Button} kind=${company.archived ? 'secondary' : 'danger'} class=${`button button-${company.archived ? 'secondary' : 'danger'} archive-toggle`}
      busy=${state?.busy} onClick=${toggle}>${company.archived ? t('companyForm.unarchive') : t('companyForm.archiveAction')}<//>
    <${Outcome} state=${state} />
  </section>`;
}

/** The editor of one company; `staff` adds verification and archiving. */
export function CompanyEditor({ companyId, staff, onCompany }) {
  const language = useLanguage();
  const state = useQuery(EDITOR, { id: companyId }, [language]);
  const [company, setCompany] = useState(null);
  useEffect(() => { if (state.data?.company) setCompany(state.data.company); }, [state.data]);
  useEffect(() => { if (company) onCompany?.(company); }, [company]);
  return html`<${Answer} state=${state}>${(data) => {
    if (!data.company) return html`<div class="note note-error not-found" role="alert">${t('companyForm.notFound', { id: companyId })}</div>`;
    const shown = company && company.id === data.company.id ? company : data.company;
    return html`<div class="company-editor">
      <p class="editor-links">
        <${Link} href=${`/companies/${encodeURIComponent(shown.id)}`}>${t('companyForm.viewPublic')}<//>
        ${shown.archived && html` <span class="badge archived-badge">${t('companyForm.archivedBadge')}</span>`}
      </p>
      <div class="editor-columns">
        <div class="editor-column">
          <${Profile} key=${shown.id} company=${shown} setCompany=${setCompany} staff=${staff} />
          <${LocationForm} key=${`${shown.id}-location`} company=${shown} setCompany=${setCompany} hubs=${data.hubs} />
          ${staff && html`<${Archive} company=${shown} setCompany=${setCompany} />`}
        </div>
        <div class="editor-column">
          <${Offers} company=${shown} setCompany=${setCompany} capabilities=${data.capabilities} staff=${staff} />
          <${Needs} company=${shown} setCompany=${setCompany} capabilities=${data.capabilities} />
          <${Targets} company=${shown} setCompany=${setCompany} scenarios=${data.scenarios} />
        </div>
      </div>
    </div>`;
  }}<//>`;
}
