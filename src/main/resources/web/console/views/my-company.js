// Placeholder until this view is built.
import { html } from '../lib/html.js';
import { Page } from '../lib/ui.js';

export default function View() {
  return html`<${Page} title="my-company"><p>…</p><//>`;
}
