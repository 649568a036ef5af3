import { html, useState } from '../lib/html.js';
import { t } from '../lib/i18n.js';
import { signIn } from '../lib/api.js';
import { navigate } from '../lib/router.js';
import { Button, Field, Page } from '../lib/ui.js';
import { homeOf } from '../lib/landing.js';

export default function SignIn({ query }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const account = await signIn(username.trim(), password);
      const next = query.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(account), { replace: true });
    } catch (failure) {
      setError(failure.status === 429 ? failure.message : t('signIn.wrong'));
      setBusy(false);
    }
  };
  return html`<${Page} title=${t('signIn.title')}>
    <form class="card sign-in" method="post" action="/sign-in" onSubmit=${submit} novalidate>
      <p>${t('signIn.intro')}</p>
      <${Field} label=${t('signIn.username')} name="username" value=${username} onInput=${setUsername}
        autocomplete="username" autocapitalize="none" spellcheck="false" required />
      <${Field} label=${t('signIn.password')} name="password" kind="password" value=${password} onInput=${setPassword}
        autocomplete="current-password" required />
      ${error && html`<p class="note note-error" role="alert" id="sign-in-error">${error}</p>`}
      <${Button} type="submit" busy=${busy}>${t('signIn.submit')}<//>
      <p class="hint">${t('signIn.demo')}</p>
    </form>
  <//>`;
}
