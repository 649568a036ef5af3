// Staff edit any company with the shared editor, verify claimed offers and archive.
import { html, useState } from '../lib/html.js';
import { t, nameOf } from '../lib/i18n.js';
import { Page } from '../lib/ui.js';
import { CompanyEditor } from '../lib/company-form.js';

export default function CompanyEditing({ params }) {
  const [company, setCompany] = useState(null);
  return html`<${Page} title=${company ? t('companyForm.staffTitle', { name: nameOf(company) }) : t('companyForm.staffTitleAny')}
    subtitle=${t('companyForm.staffSubtitle')} wide>
    <${CompanyEditor} companyId=${params.id} staff=${true} onCompany=${setCompany} />
  <//>`;
}
