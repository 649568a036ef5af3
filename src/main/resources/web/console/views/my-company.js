// "My company": the founder edits their own company with the shared editor.
import { html, useState } from '../lib/html.js';
import { t, nameOf } from '../lib/i18n.js';
import { Page } from '../lib/ui.js';
import { CompanyEditor } from '../lib/company-form.js';

export default function MyCompany({ account }) {
  const [company, setCompany] = useState(null);
  return html`<${Page} title=${t('companyForm.myTitle')} subtitle=${company ? nameOf(company) : t('companyForm.mySubtitle')} wide>
    <${CompanyEditor} companyId=${account.companyId} staff=${false} onCompany=${setCompany} />
  <//>`;
}
