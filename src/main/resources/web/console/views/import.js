// Import & export for staff: choose a JSON document or CSV files, check them first (a dry
// run: what would be created and updated, every problem by file, line and field), then
// import; download the whole directory as JSON.
import { html, useEffect, useMemo, useRef, useState } from '../lib/html.js';
import { t, formatNumber, useLanguage } from '../lib/i18n.js';
import { bulk } from '../lib/api.js';
import { Button, ErrorNote, Page } from '../lib/ui.js';

const CSV_FILES = ['hubs', 'buildings', 'capabilities', 'feeds', 'scenarios', 'scenario-requires', 'companies',
  'offers', 'needs', 'targets', 'partnerships'];
// Report sections in the order of the format, items before their links.
const SECTIONS = ['hubs', 'buildings', 'capabilities', 'feeds', 'scenarios', 'scenarios.requires', 'companies',
  'companies.offers', 'companies.needs', 'companies.targets', 'partnerships'];
const ITEMS = ['hubs', 'buildings', 'capabilities', 'scenarios', 'companies'];
const PAGE_SIZE = 50;

export default function Import() {
  useLanguage();
  const [files, setFiles] = useState([]);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [check, setCheck] = useState(null); // {status, report} of the dry run
  const [result, setResult] = useState(null); // {status, report} of the import
  const [busy, setBusy] = useState(null); // 'check' | 'import'
  const [error, setError] = useState(null);

  const choose = (chosen) => {
    const list = Array.from(chosen || []);
    if (!list.length) return;
    setFiles((previous) => {
      const byName = new Map(previous.map((f) => [f.name, f]));
      list.forEach((f) => byName.set(f.name, f));
      return [...byName.values()];
    });
    setCheck(null);
    setResult(null);
    setError(null);
  };
  const remove = (name) => {
    setFiles(files.filter((f) => f.name !== name));
    setCheck(null);
    setResult(null);
  };
  const send = async (dryRun) => {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    if (dryRun) setResult(null);
    try {
      const form = new FormData();
      files.forEach((f) => form.append('files', f, f.name));
      const params = new URLSearchParams();
      if (skipInvalid) params.set('skipInvalid', 'true');
      if (dryRun) params.set('dryRun', 'true');
      const answer = await bulk(`/bulk/import?${params}`, form);
      if (answer.status !== 200 && answer.status !== 422) {
        throw Object.assign(new Error(answer.report?.message || `HTTP ${answer.status}`), { status: answer.status });
      }
      if (dryRun) setCheck(answer);
      else {
        setResult(answer);
        setCheck(null);
        if (answer.report.imported) setFiles([]);
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const canImport = check && (check.report.problemCount === 0 || skipInvalid) && hasRows(check.report);
  return html`<${Page} title=${t('import.title')} subtitle=${t('import.subtitle')}>
    <div class="import-grid">
      <section class="card import-card" aria-labelledby="import-heading">
        <h2 id="import-heading">${t('import.importTitle')}</h2>
        <${DropZone} onFiles=${choose} />
        ${files.length > 0 && html`<ul class="file-list" aria-label=${t('import.chosen')}>
          ${files.map((f) => html`<li>
            <span class="file-name">${f.name}</span>
            <span class="file-size">${sizeOf(f.size)}</span>
            <button type="button" class="link-button" onClick=${() => remove(f.name)}
              aria-label=${t('import.removeFile', { name: f.name })}>${t('common.remove')}</button>
          </li>`)}
        </ul>`}
        <label class="check">
          <input type="checkbox" name="skipInvalid" checked=${skipInvalid} onChange=${(e) => setSkipInvalid(e.target.checked)} />
          <span>${t('import.skipInvalid')}<span class="hint">${t('import.skipInvalidHint')}</span></span>
        </label>
        <div class="actions">
          <${Button} kind=${check ? 'secondary' : 'primary'} class=${`button button-${check ? 'secondary' : 'primary'} dry-run`}
            disabled=${!files.length || busy} busy=${busy === 'check'} onClick=${() => send(true)}>${t('import.check')}<//>
          <${Button} kind="primary" class="button button-primary run-import" disabled=${!canImport || busy}
            busy=${busy === 'import'} onClick=${() => send(false)}>${t('import.run')}<//>
        </div>
        <p class="hint import-step" aria-live="polite">${stepHint(files, check, skipInvalid, result)}</p>
        ${error && html`<${ImportError} error=${error} />`}
      </section>
      <aside class="card export-card" aria-labelledby="export-heading">
        <h2 id="export-heading">${t('import.exportTitle')}</h2>
        <p>${t('import.exportText')}</p>
        <a class="button button-secondary export-link" href="/bulk/export" download="upstairs-export.json">${t('import.export')}</a>
        <h3>${t('import.formatTitle')}</h3>
        <p class="hint">${t('import.formatText')}</p>
        <p class="hint csv-names">${CSV_FILES.map((n) => `${n}.csv`).join(' · ')}</p>
      </aside>
    </div>
    ${result && html`<${Report} answer=${result} skipInvalid=${skipInvalid} />`}
    ${check && html`<${Report} answer=${check} skipInvalid=${skipInvalid} />`}
  <//>`;
}

function hasRows(report) {
  return Object.values(report.rowsValid || {}).some((n) => n > 0);
}

function stepHint(files, check, skipInvalid, result) {
  if (!files.length) return result ? t('import.stepAgain') : t('import.stepChoose');
  if (!check) return t('import.stepCheck');
  if (!hasRows(check.report)) return t('import.stepNothing');
  if (check.report.problemCount > 0 && !skipInvalid) return t('import.stepFix');
  return t('import.stepImport');
}

function sizeOf(bytes) {
  if (bytes < 1024) return t('import.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('import.kilobytes', { n: formatNumber(bytes / 1024) });
  return t('import.megabytes', { n: formatNumber(bytes / 1024 / 1024) });
}

function DropZone({ onFiles }) {
  const [over, setOver] = useState(false);
  const input = useRef(null);
  const drop = (event) => {
    event.preventDefault();
    setOver(false);
    onFiles(event.dataTransfer?.files);
  };
  const dragOver = (event) => {
    event.preventDefault();
    setOver(true);
  };
  return html`<label class=${'drop-zone' + (over ? ' drop-zone-over' : '')}
    onDragOver=${dragOver} onDragEnter=${dragOver} onDragLeave=${() => setOver(false)} onDrop=${drop}>
    <svg class="drop-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 16V4M7 9l5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" /></svg>
    <span class="drop-title">${t('import.dropTitle')}</span>
    <span class="hint">${t('import.dropHint')}</span>
    <input ref=${input} type="file" name="files" multiple accept=".json,.csv,application/json,text/csv"
      onChange=${(e) => { onFiles(e.target.files); e.target.value = ''; }} />
  </label>`;
}

function ImportError({ error }) {
  if (error.status === 413) {
    return html`<div class="note note-error import-error" role="alert"><strong>${t('import.tooLarge')}</strong> <span>${error.message}</span></div>`;
  }
  if (error.status === 403 || error.status === 401) {
    return html`<div class="note note-error import-error" role="alert"><strong>${t('import.forbidden')}</strong> <span>${error.message}</span></div>`;
  }
  return html`<div class="import-error"><${ErrorNote} error=${error} /></div>`;
}

function Report({ answer, skipInvalid }) {
  const { report, status } = answer;
  const dry = report.dryRun;
  const problems = report.problemCount;
  let note;
  if (dry) {
    if (!hasRows(report) && problems === 0) note = html`<p class="note">${t('import.dryEmpty')}</p>`;
    else if (problems === 0) note = html`<p class="note note-ok">${t('import.dryOk')}</p>`;
    else if (skipInvalid) note = html`<p class="note note-error">${t('import.drySkip', { n: problems, refused: report.rowsRefused })}</p>`;
    else note = html`<p class="note note-error">${t('import.dryProblems', { n: problems })}</p>`;
  } else if (report.imported) {
    note = html`<p class="note note-ok">${t('import.done', { nodes: report.nodesCreated, links: report.relationshipsCreated })}${problems > 0 ? ` ${t('import.doneSkipped', { n: report.rowsRefused })}` : ''}</p>`;
  } else {
    note = html`<p class="note note-error">${t('import.refused', { n: problems })}</p>`;
  }
  const counts = dry || !report.imported ? report.rowsValid || {} : report.rowsWritten || {};
  const sections = [...SECTIONS.filter((s) => s in counts || s in (report.newItems || {})), ...Object.keys(counts).filter((s) => !SECTIONS.includes(s))];
  const newItems = report.newItems || {};
  const heading = useRef(null);
  useEffect(() => {
    // A new report: take the reader (and the keyboard) to it.
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [report]);
  return html`<section class=${`card report ${dry ? 'report-dry' : 'report-done'}`} aria-labelledby=${dry ? 'dry-heading' : 'done-heading'} data-status=${status}>
    <h2 id=${dry ? 'dry-heading' : 'done-heading'} tabindex="-1" ref=${heading}>${t(dry ? 'import.dryTitle' : 'import.doneTitle')}</h2>
    <div role="status" aria-live="polite">${note}</div>
    ${sections.length > 0 && html`<div class="table-scroll"><table class="report-sections">
      <caption class="hint">${t(dry ? 'import.sectionsCaptionDry' : 'import.sectionsCaption')}</caption>
      <thead><tr>
        <th scope="col">${t('import.section')}</th>
        <th scope="col">${t(dry ? 'import.rowsValid' : 'import.rowsWritten')}</th>
        <th scope="col">${t('import.newItems')}</th>
        <th scope="col">${t('import.updates')}</th>
      </tr></thead>
      <tbody>${sections.map((s) => {
        const isItem = ITEMS.includes(s);
        const created = newItems[s] ?? 0;
        return html`<tr data-section=${s}>
          <th scope="row">${sectionName(s)}</th>
          <td class="rows">${formatNumber(counts[s] ?? 0, 0)}</td>
          <td class="new">${isItem ? formatNumber(created, 0) : '—'}</td>
          <td class="updated">${isItem ? formatNumber(Math.max(0, (counts[s] ?? 0) - created), 0) : '—'}</td>
        </tr>`;
      })}</tbody>
    </table></div>`}
    ${problems > 0 && html`<${Problems} report=${report} />`}
    <p class="hint report-time">${t('import.millis', { n: formatNumber(report.millis, 0) })}</p>
  </section>`;
}

function sectionName(section) {
  return t(`import.section_${section.replace('.', '_')}`);
}

function Problems({ report }) {
  const [page, setPage] = useState(0);
  const rows = report.problems || [];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = useMemo(() => rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), [rows, page]);
  return html`<h3>${t('import.problemsTitle', { n: formatNumber(report.problemCount, 0) })}</h3>
    ${report.problemCount > rows.length && html`<p class="hint problems-capped">${t('import.capped', { shown: rows.length, n: report.problemCount })}</p>`}
    <div class="table-scroll"><table class="problems">
      <thead><tr>
        <th scope="col">${t('import.file')}</th>
        <th scope="col">${t('import.line')}</th>
        <th scope="col">${t('import.item')}</th>
        <th scope="col">${t('import.field')}</th>
        <th scope="col">${t('import.message')}</th>
      </tr></thead>
      <tbody>${shown.map((p) => html`<tr class="problem">
        <td class="problem-file">${p.file}</td>
        <td class="problem-line">${p.line}</td>
        <td class="problem-id">${p.id ?? '—'}</td>
        <td class="problem-field">${p.field ? html`<code>${p.field}</code>` : '—'}</td>
        <td class="problem-message">${p.message}</td>
      </tr>`)}</tbody>
    </table></div>
    ${pages > 1 && html`<nav class="pager" aria-label=${t('common.paging')}>
      <${Button} kind="secondary" disabled=${page === 0} onClick=${() => setPage(page - 1)}>${t('common.previous')}<//>
      <span class="pager-count">${t('import.page', { page: page + 1, pages })}</span>
      <${Button} kind="secondary" disabled=${page >= pages - 1} onClick=${() => setPage(page + 1)}>${t('common.next')}<//>
    </nav>`}`;
}
