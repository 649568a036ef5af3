// Recommendations: companies worth working with, each with its kind, score, reasons, place,
// and the introduction request. Where to look and which kinds are kept in the URL.
import { html } from '../lib/html.js';
import { t, label, nameOf, useLanguage } from '../lib/i18n.js';
import { useQuery } from '../lib/api.js';
import { Link, setQuery } from '../lib/router.js';
import { Answer, CompanyLink, Empty, Page, Score, Segmented, SCOPES } from '../lib/ui.js';
import { RequestIntroduction } from '../lib/introduce.js';
import { COMPANY_FIELDS, REASON_FIELDS, ReasonList, placeOf } from '../lib/founder-common.js';

const RECOMMEND = `query Recommendations($id: ID!, $scope: Scope) {
  recommendCollaborations(companyId: $id, scope: $scope, first: 30) {
    company { ${COMPANY_FIELDS} } score kind hops reasons { ${REASON_FIELDS} }
  }
}`;

const KINDS = ['SUPPLIER', 'CUSTOMER', 'MUTUAL', 'COMPLEMENT', 'NETWORK'];

export default function Recommendations({ account, query }) {
  const language = useLanguage();
  const companyId = account?.companyId;
  const scope = SCOPES.includes(query.get('scope')) ? query.get('scope') : 'ANYWHERE';
  const kind = KINDS.includes(query.get('kind')) ? query.get('kind') : '';
  const change = (next) => setQuery({ scope: scope === 'ANYWHERE' ? null : scope, kind, lang: query.get('lang'), ...next });
  const state = useQuery(RECOMMEND, { id: companyId, scope }, [language], { skip: !companyId });
  if (!companyId) {
    return html`<${Page} title=${t('recommendations.title')}><p class="note">${t('building.noCompany')}</p><//>`;
  }
  return html`<${Page} wide title=${t('recommendations.title')} subtitle=${t('recommendations.subtitle')}>
    <div class="filters founder-controls">
      <${Segmented} legend=${t('building.scope')} name="scope" value=${scope}
        options=${SCOPES.map((s) => ({ value: s, label: label('scope', s) }))}
        onChange=${(value) => change({ scope: value === 'ANYWHERE' ? null : value })} />
      <${Segmented} legend=${t('recommendations.kind')} name="kind" value=${kind}
        options=${[{ value: '', label: t('recommendations.allKinds') }, ...KINDS.map((k) => ({ value: k, label: label('kind', k) }))]}
        onChange=${(value) => change({ kind: value || null })} />
    </div>
    <${Answer} state=${state}>${(data) => {
      const all = data.recommendCollaborations;
      const shown = kind ? all.filter((r) => r.kind === kind) : all;
      return html`<p class="founder-count" role="status" aria-live="polite">${t('recommendations.count', { n: shown.length })}</p>
        ${shown.length === 0
          ? html`<${Empty}>${t('recommendations.none')}<//>`
          : html`<ol class="cards recommendation-list">${shown.map((r) => html`<li class=${`card recommendation-card kind-${r.kind}`} key=${r.company.id}>
              <div class="recommendation-top">
                <span class=${`badge kind-badge kind-${r.kind}`}>${label('kind', r.kind)}</span>
                <${Score} value=${r.score} />
              </div>
              <h2><${CompanyLink} company=${r.company} /></h2>
              <p class="recommendation-place">${placeOf(r.company)}</p>
              <${ReasonList} reasons=${r.reasons} />
              <div class="actions">
                <${Link} class="button button-secondary" href=${`/path/${encodeURIComponent(r.company.id)}`}>${t('building.chainPath')}<//>
              </div>
              <${RequestIntroduction} from=${companyId} to=${r.company.id} />
            </li>`)}</ol>`}`;
    }}<//>
  <//>`;
}
