// Hubs & buildings (staff): every hub as a card with its buildings, each building drawn as
// a small elevation (floors stacked, basements below ground, how many companies sit on each
// floor). Staff create and edit hubs and buildings, move a building to another hub, and
// remove a building no company sits in.
import { html, useState } from '../lib/html.js';
import { gql, useQuery } from '../lib/api.js';
import { t, nameOf, lang, floorLabel, formatNumber, useLanguage } from '../lib/i18n.js';
import { Answer, Button, Empty, Field, Page } from '../lib/ui.js';
import { ConfirmDialog, FormErrors, slugify, useForm, wholeNumber } from '../lib/admin-ui.js';

const HUBS = `query PlacesHubs {
  hubs {
    id name nameZh district description
    companies(first: 1) { totalCount }
    buildings {
      id name nameZh floors basements
      companies(first: 100) { totalCount edges { node { id location { floor } } } }
    }
  }
}`;

const UPSERT_HUB = `mutation PlacesUpsertHub($input: UpsertHubInput!) {
  upsertHub(input: $input) { hub { id name nameZh } }
}`;

const UPSERT_BUILDING = `mutation PlacesUpsertBuilding($input: UpsertBuildingInput!) {
  upsertBuilding(input: $input) { building { id name nameZh } }
}`;

const REMOVE_BUILDING = `mutation PlacesRemoveBuilding($input: RemoveBuildingInput!) {
  removeBuilding(input: $input) { id removed }
}`;

const HUB_FIELDS = ['id', 'name', 'nameZh', 'district', 'description'];
const BUILDING_FIELDS = ['id', 'hubId', 'name', 'nameZh', 'floors', 'basements'];

/** Empty text means "none" for optional fields (null removes them). */
function optional(text) {
  const trimmed = String(text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** The name in the other language, shown under the main one when there is one. */
function otherName(thing) {
  if (!thing.nameZh) return null;
  return lang === 'zh-CN' ? thing.name : thing.nameZh;
}

/** An id field that suggests a slug from the name until staff type their own. */
function IdField({ form, creating, touched, setTouched }) {
  if (!creating) {
    return html`<div class="field"><span class="field-label">${t('places.id')}</span>
      <code class="place-id">${form.values.id}</code><p class="hint">${t('places.idFixed')}</p></div>`;
  }
  return html`<${Field} label=${t('places.id')} name="id" value=${form.values.id} required
    onInput=${(value) => { setTouched(true); form.set('id')(value); }}
    error=${form.errors.id} hint=${touched ? t('places.idHint') : t('places.idSuggested')}
    autocapitalize="none" spellcheck="false" />`;
}

/**
 * A new item's id: suggested from its English name until staff type one, and refused at
 * once when another item has it (an upsert would silently change that one instead).
 */
function useNewId(form, creating, taken) {
  const [touched, setTouched] = useState(false);
  const setName = (value) => {
    form.setValues((previous) => ({ ...previous, name: value, ...(creating && !touched ? { id: slugify(value) } : {}) }));
  };
  const refusedAsTaken = () => {
    if (creating && taken.has(form.values.id.trim())) {
      form.fail({ id: t('places.idTaken') });
      return true;
    }
    return false;
  };
  return { touched, setTouched, setName, refusedAsTaken };
}

function HubForm({ hub, taken, onSaved, onCancel }) {
  const creating = !hub;
  const form = useForm(creating ? { id: '', name: '', nameZh: '', district: '', description: '' }
    : { id: hub.id, name: hub.name, nameZh: hub.nameZh || '', district: hub.district, description: hub.description || '' },
  HUB_FIELDS);
  const { touched, setTouched, setName, refusedAsTaken } = useNewId(form, creating, taken);
  const save = async (event) => {
    event.preventDefault();
    if (refusedAsTaken()) return;
    const ok = await form.submit((values) => gql(UPSERT_HUB, {
      input: {
        id: values.id.trim(), name: values.name.trim(), nameZh: optional(values.nameZh),
        district: values.district.trim(), description: optional(values.description),
      },
    }));
    if (ok) onSaved(t(creating ? 'places.hubCreated' : 'places.hubSaved', { name: form.values.name.trim() }));
  };
  const heading = creating ? t('places.newHub') : t('places.editHub', { name: nameOf(hub) });
  return html`<form class="place-form hub-form" onSubmit=${save} novalidate aria-label=${heading}>
    <h3>${heading}</h3>
    <${FormErrors} messages=${form.general} />
    <div class="form-grid">
      <${Field} label=${t('places.name')} name="name" value=${form.values.name} onInput=${setName} error=${form.errors.name} required />
      <${Field} label=${t('places.nameZh')} name="nameZh" value=${form.values.nameZh} onInput=${form.set('nameZh')} error=${form.errors.nameZh} lang="zh-CN" />
      <${IdField} form=${form} creating=${creating} touched=${touched} setTouched=${setTouched} />
      <${Field} label=${t('places.district')} name="district" value=${form.values.district} onInput=${form.set('district')} error=${form.errors.district} required hint=${t('places.districtHint')} />
    </div>
    <${Field} label=${t('places.description')} name="description" kind="textarea" value=${form.values.description} onInput=${form.set('description')} error=${form.errors.description} />
    <div class="actions">
      <${Button} type="submit" busy=${form.busy}>${creating ? t('places.createHub') : t('common.save')}<//>
      <${Button} kind="secondary" onClick=${onCancel}>${t('common.cancel')}<//>
    </div>
  </form>`;
}

function BuildingForm({ building, hubId, hubs, onSaved, onCancel }) {
  const taken = new Set(hubs.flatMap((h) => h.buildings.map((b) => b.id)));
  const creating = !building;
  const form = useForm(creating ? { id: '', hubId, name: '', nameZh: '', floors: '', basements: '0' }
    : {
      id: building.id, hubId, name: building.name, nameZh: building.nameZh || '',
      floors: String(building.floors), basements: String(building.basements),
    }, BUILDING_FIELDS);
  const { touched, setTouched, setName, refusedAsTaken } = useNewId(form, creating, taken);
  const save = async (event) => {
    event.preventDefault();
    if (refusedAsTaken()) return;
    const ok = await form.submit((values) => gql(UPSERT_BUILDING, {
      input: {
        id: values.id.trim(), hubId: values.hubId, name: values.name.trim(), nameZh: optional(values.nameZh),
        floors: wholeNumber(values.floors), basements: wholeNumber(values.basements),
      },
    }));
    if (ok) onSaved(t(creating ? 'places.buildingCreated' : 'places.buildingSaved', { name: form.values.name.trim() }));
  };
  const heading = creating ? t('places.newBuilding') : t('places.editBuilding', { name: nameOf(building) });
  const hubOptions = hubs.map((h) => ({ value: h.id, label: nameOf(h) }));
  return html`<form class="place-form building-form" onSubmit=${save} novalidate aria-label=${heading}>
    <h4>${heading}</h4>
    <${FormErrors} messages=${form.general} />
    <div class="form-grid">
      <${Field} label=${t('places.name')} name="name" value=${form.values.name} onInput=${setName} error=${form.errors.name} required />
      <${Field} label=${t('places.nameZh')} name="nameZh" value=${form.values.nameZh} onInput=${form.set('nameZh')} error=${form.errors.nameZh} lang="zh-CN" />
      <${IdField} form=${form} creating=${creating} touched=${touched} setTouched=${setTouched} />
      <${Field} label=${t('places.hub')} name="hubId" kind="select" options=${hubOptions} value=${form.values.hubId}
        onInput=${form.set('hubId')} error=${form.errors.hubId} hint=${creating ? null : t('places.moveHint')} />
      <${Field} label=${t('places.floors')} name="floors" kind="number" min="1" max="200" inputmode="numeric"
        value=${form.values.floors} onInput=${form.set('floors')} error=${form.errors.floors} required hint=${t('places.floorsHint')} />
      <${Field} label=${t('places.basements')} name="basements" kind="number" min="0" max="20" inputmode="numeric"
        value=${form.values.basements} onInput=${form.set('basements')} error=${form.errors.basements} required hint=${t('places.basementsHint')} />
    </div>
    <div class="actions">
      <${Button} type="submit" busy=${form.busy}>${creating ? t('places.createBuilding') : t('common.save')}<//>
      <${Button} kind="secondary" onClick=${onCancel}>${t('common.cancel')}<//>
    </div>
  </form>`;
}

/** Companies per floor, from the building's first page of companies. */
function occupancy(building) {
  const counts = new Map();
  building.companies.edges.forEach(({ node }) => {
    const floor = node.location?.floor;
    if (floor != null) counts.set(floor, (counts.get(floor) || 0) + 1);
  });
  return counts;
}

/**
 * The building seen from the street: floors stacked from 1 up, the ground line, basements
 * below; a lit window for each company on a floor, its count at the right.
 */
function Elevation({ building }) {
  const counts = occupancy(building);
  const rows = building.floors + building.basements;
  const row = Math.max(6, Math.min(16, 260 / rows));
  const top = 14;
  const ground = top + building.floors * row;
  const height = ground + building.basements * row + 10;
  const bodyX = 52;
  const bodyW = 126;
  const windows = Math.floor((bodyW - 8) / 11);
  const everyFloor = row >= 11;
  const floors = [];
  for (let floor = building.floors; floor >= 1; floor -= 1) floors.push(floor);
  for (let floor = -1; floor >= -building.basements; floor -= 1) floors.push(floor);
  const yOf = (floor) => (floor > 0 ? top + (building.floors - floor) * row : ground + (-floor - 1) * row);
  const labelled = (floor) => everyFloor || counts.has(floor) || floor === 1 || floor === building.floors
    || floor === -building.basements || (floor > 0 && floor % 5 === 0);
  const occupied = [...counts.entries()].sort((a, b) => b[0] - a[0])
    .map(([floor, n]) => t('places.onFloor', { floor: floorLabel(floor), n: formatNumber(n) })).join(', ');
  const summary = t('places.elevationLabel', {
    name: nameOf(building), floors: building.floors, basements: building.basements,
    occupied: occupied || t('places.noCompanies'),
  });
  return html`<svg class="elevation" viewBox=${`0 0 220 ${height}`} role="img" aria-label=${summary}
    width="220" height=${height} preserveAspectRatio="xMidYMin meet">
    <path class="elevation-roof" d=${`M${bodyX - 4} ${top} L${bodyX + bodyW + 4} ${top} L${bodyX + bodyW} ${top - 6} L${bodyX} ${top - 6} Z`} />
    ${floors.map((floor) => {
      const y = yOf(floor);
      const n = counts.get(floor) || 0;
      const lit = Math.min(n, windows);
      return html`<g class=${'elevation-floor' + (floor < 0 ? ' basement' : '') + (n ? ' occupied' : '')} data-floor=${floor}>
        <title>${floorLabel(floor)}: ${n ? (n === 1 ? t('places.companiesOne') : t('places.companiesN', { n: formatNumber(n) })) : t('places.noCompanies')}</title>
        <rect class="elevation-storey" x=${bodyX} y=${y} width=${bodyW} height=${row} />
        ${Array.from({ length: lit }, (unused, i) => html`<rect class="elevation-window" x=${bodyX + 6 + i * 11}
          y=${y + row * 0.25} width="7" height=${Math.max(2, row * 0.5)} rx="1" />`)}
        ${labelled(floor) && html`<text class="elevation-label" x=${bodyX - 6} y=${y + row / 2} text-anchor="end" dominant-baseline="central"
          font-size=${Math.min(10, row - 1 > 6 ? 10 : 8)}>${floorLabel(floor)}</text>`}
        ${n > 0 && html`<text class="elevation-count" x=${bodyX + bodyW + 6} y=${y + row / 2} dominant-baseline="central"
          font-size=${Math.min(11, Math.max(8, row - 2))}>${formatNumber(n)}</text>`}
      </g>`;
    })}
    <line class="elevation-ground" x1="4" x2="216" y1=${ground} y2=${ground} />
  </svg>`;
}

function BuildingCard({ building, hub, hubs, editing, setEditing, onSaved, onRemove }) {
  const companies = building.companies.totalCount;
  if (editing?.type === 'building' && editing.id === building.id) {
    return html`<li class="building card-inner" data-building=${building.id}>
      <${BuildingForm} building=${building} hubId=${hub.id} hubs=${hubs} onSaved=${onSaved} onCancel=${() => setEditing(null)} />
    </li>`;
  }
  const other = otherName(building);
  return html`<li class="building card-inner" data-building=${building.id}>
    <div class="building-head">
      <h4 class="building-name">${nameOf(building)}</h4>
      ${other && html`<p class="other-name" lang=${lang === 'zh-CN' ? 'en' : 'zh-CN'}>${other}</p>`}
      <p class="building-facts">
        <span>${t('places.floorsN', { n: building.floors })}</span>
        ${building.basements > 0 && html`<span>${t('places.basementsN', { n: building.basements })}</span>`}
        <span class="building-companies">${companies === 1 ? t('places.companiesOne') : t('places.companiesN', { n: formatNumber(companies) })}</span>
      </p>
    </div>
    <${Elevation} building=${building} />
    <div class="actions building-actions">
      <${Button} kind="secondary" class="edit-building" onClick=${() => setEditing({ type: 'building', id: building.id })}
        aria-label=${t('places.editBuilding', { name: nameOf(building) })}>${t('places.edit')}<//>
      ${companies === 0
        ? html`<${Button} kind="danger" class="remove-building" onClick=${() => onRemove(building)}
            aria-label=${t('places.removeBuilding', { name: nameOf(building) })}>${t('common.remove')}<//>`
        : html`<span class="hint">${t('places.cannotRemove')}</span>`}
    </div>
  </li>`;
}

function HubCard({ hub, hubs, editing, setEditing, onSaved, onRemove }) {
  const other = otherName(hub);
  const editingHub = editing?.type === 'hub' && editing.id === hub.id;
  const adding = editing?.type === 'building' && editing.id === null && editing.hubId === hub.id;
  return html`<article class="card hub-card" data-hub=${hub.id} aria-labelledby=${`hub-${hub.id}`}>
    ${editingHub
      ? html`<${HubForm} hub=${hub} onSaved=${onSaved} onCancel=${() => setEditing(null)} />`
      : html`<header class="hub-head">
          <div class="hub-titles">
            <h2 id=${`hub-${hub.id}`} class="hub-name">${nameOf(hub)}</h2>
            ${other && html`<p class="other-name" lang=${lang === 'zh-CN' ? 'en' : 'zh-CN'}>${other}</p>`}
            <p class="hub-facts">
              <span class="badge district">${hub.district}</span>
              <span>${hub.buildings.length === 1 ? t('places.buildingsOne') : t('places.buildingsN', { n: hub.buildings.length })}</span>
              <span class="hub-companies">${hub.companies.totalCount === 1 ? t('places.companiesOne') : t('places.companiesN', { n: formatNumber(hub.companies.totalCount) })}</span>
              <code class="place-id">${hub.id}</code>
            </p>
          </div>
          <div class="actions">
            <${Button} kind="secondary" class="edit-hub" onClick=${() => setEditing({ type: 'hub', id: hub.id })}
              aria-label=${t('places.editHub', { name: nameOf(hub) })}>${t('places.edit')}<//>
            <${Button} kind="secondary" class="add-building" onClick=${() => setEditing({ type: 'building', id: null, hubId: hub.id })}
              aria-label=${t('places.addBuildingTo', { name: nameOf(hub) })}>${t('places.addBuilding')}<//>
          </div>
        </header>
        ${hub.description && html`<p class="hub-description">${hub.description}</p>`}`}
    ${adding && html`<div class="card-inner adding">
      <${BuildingForm} hubId=${hub.id} hubs=${hubs} onSaved=${onSaved} onCancel=${() => setEditing(null)} />
    </div>`}
    ${hub.buildings.length
      ? html`<ul class="buildings">${hub.buildings.map((building) => html`<${BuildingCard} key=${building.id}
          building=${building} hub=${hub} hubs=${hubs} editing=${editing} setEditing=${setEditing} onSaved=${onSaved} onRemove=${onRemove} />`)}</ul>`
      : html`<${Empty}>${t('places.noBuildings')}<//>`}
  </article>`;
}

export default function Places() {
  useLanguage(); // names and labels follow the language; the API's data does not depend on it
  const state = useQuery(HUBS, {});
  const [editing, setEditing] = useState(null);
  const [notice, setNotice] = useState(null);
  const [removing, setRemoving] = useState(null);
  const [removeError, setRemoveError] = useState(null);
  const [busy, setBusy] = useState(false);
  const saved = async (message) => {
    setEditing(null);
    setNotice(message);
    await state.reload();
  };
  const remove = async () => {
    setBusy(true);
    setRemoveError(null);
    try {
      await gql(REMOVE_BUILDING, { input: { id: removing.id } });
      const name = nameOf(removing);
      setRemoving(null);
      await saved(t('places.buildingRemoved', { name }));
    } catch (failure) {
      setRemoveError(failure.fieldError?.('input.id') || failure.message);
    } finally {
      setBusy(false);
    }
  };
  const creatingHub = editing?.type === 'hub' && editing.id === null;
  return html`<${Page} title=${t('places.title')} subtitle=${t('places.subtitle')} wide
    actions=${html`<${Button} class="new-hub" onClick=${() => { setNotice(null); setEditing({ type: 'hub', id: null }); }}
      disabled=${creatingHub}>${t('places.newHub')}<//>`}>
    <p class="place-notice" role="status" aria-live="polite">${notice && html`<span class="note note-ok">${notice}</span>`}</p>
    ${creatingHub && html`<div class="card new-hub-card">
      <${HubForm} taken=${new Set((state.data?.hubs || []).map((h) => h.id))} onSaved=${saved} onCancel=${() => setEditing(null)} />
    </div>`}
    <${Answer} state=${state}>${(data) => (data.hubs.length
      ? html`<div class="hubs">${data.hubs.map((hub) => html`<${HubCard} key=${hub.id} hub=${hub} hubs=${data.hubs}
          editing=${editing} setEditing=${(value) => { setNotice(null); setEditing(value); }} onSaved=${saved}
          onRemove=${(building) => { setRemoveError(null); setRemoving(building); }} />`)}</div>`
      : html`<${Empty}>${t('places.noHubs')}<//>`)}<//>
    <${ConfirmDialog} open=${!!removing} title=${removing ? t('places.removeBuilding', { name: nameOf(removing) }) : ''}
      confirmLabel=${t('common.remove')} busy=${busy} onConfirm=${remove} onCancel=${() => setRemoving(null)}>
      <p>${t('places.removeConfirm')}</p>
      ${removeError && html`<p class="note note-error" role="alert">${removeError}</p>`}
    <//>
  <//>`;
}
