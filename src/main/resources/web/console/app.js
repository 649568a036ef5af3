// The console: a frame (navigation by role, language switch, account) around one view per
// route. Views load on first use, so a founder's first page fetches only what it draws.
import { html, render, useEffect, useRef, useState } from './lib/html.js';
import { loadMessages, setLanguage, t, useLanguage, lang } from './lib/i18n.js';
import { loadSession, signOut, useAccount } from './lib/api.js';
import { Link, match, navigate, useLocation } from './lib/router.js';
import { ErrorNote, Loading } from './lib/ui.js';
import { homeOf } from './lib/landing.js';

const FOUNDER = ['FOUNDER'];
const STAFF = ['STAFF', 'ADMIN'];
const ADMIN = ['ADMIN'];

// path, who may open it (nobody listed: anyone), the module that draws it.
const ROUTES = [
  { path: '/sign-in', load: () => import('./views/sign-in.js') },
  { path: '/directory', load: () => import('./views/directory.js') },
  { path: '/companies/:id', load: () => import('./views/company.js') },
  { path: '/search', load: () => import('./views/search.js') },
  { path: '/building', roles: FOUNDER, load: () => import('./views/building.js') },
  { path: '/recommendations', roles: FOUNDER, load: () => import('./views/recommendations.js') },
  { path: '/path', roles: FOUNDER, load: () => import('./views/chain-path.js') },
  { path: '/path/:toId', roles: FOUNDER, load: () => import('./views/chain-path.js') },
  { path: '/introductions', roles: FOUNDER, load: () => import('./views/introductions.js') },
  { path: '/my-company', roles: FOUNDER, load: () => import('./views/my-company.js') },
  { path: '/staff', roles: STAFF, load: () => import('./views/hub-dashboard.js') },
  { path: '/staff/hubs/:hubId', roles: STAFF, load: () => import('./views/hub-dashboard.js') },
  { path: '/staff/queue', roles: STAFF, load: () => import('./views/introduction-queue.js') },
  { path: '/staff/board', roles: STAFF, load: () => import('./views/introduction-board.js') },
  { path: '/staff/companies/:id', roles: STAFF, load: () => import('./views/company-editing.js') },
  { path: '/staff/import', roles: STAFF, load: () => import('./views/import.js') },
  { path: '/staff/places', roles: STAFF, load: () => import('./views/places.js') },
  { path: '/admin/accounts', roles: ADMIN, load: () => import('./views/accounts.js') },
];

const NAVIGATION = {
  anyone: [['/directory', 'nav.directory'], ['/search', 'nav.search']],
  FOUNDER: [['/building', 'nav.building'], ['/recommendations', 'nav.recommendations'], ['/path', 'nav.path'],
    ['/introductions', 'nav.introductions'], ['/my-company', 'nav.myCompany']],
  STAFF: [['/staff', 'nav.dashboard'], ['/staff/queue', 'nav.queue'], ['/staff/board', 'nav.board'],
    ['/staff/import', 'nav.import'], ['/staff/places', 'nav.places']],
  ADMIN: [['/admin/accounts', 'nav.accounts']],
};


function navigationOf(account) {
  const items = [];
  if (account?.role === 'FOUNDER') items.push(...NAVIGATION.FOUNDER);
  if (account && STAFF.includes(account.role)) items.push(...NAVIGATION.STAFF);
  if (account?.role === 'ADMIN') items.push(...NAVIGATION.ADMIN);
  items.push(...NAVIGATION.anyone);
  return items;
}

function Header({ account, path }) {
  const language = useLanguage();
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  const leave = async () => {
    await signOut();
    navigate('/sign-in');
  };
  return html`<header class="top">
    <a class="skip" href="#main">${t('nav.skip')}</a>
    <${Link} class="brand" href=${homeOf(account)}>
      <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 21h5v-5h5v-5h5V6h3" /></svg>
      <span>${t('app.name')}</span>
    <//>
    <nav class="main-nav" aria-label=${t('nav.label')}>
      <ul>
        ${navigationOf(account).map(([href, key]) => {
          const current = path === href || (href === '/staff' ? path.startsWith('/staff/hubs/') : path.startsWith(`${href}/`));
          return html`<li><${Link} href=${href} aria-current=${current ? 'page' : undefined}>${t(key)}<//></li>`;
        })}
      </ul>
    </nav>
    <div class="top-tools">
      <button type="button" class="link-button lang-switch" lang=${other} onClick=${() => setLanguage(other)}
        aria-label=${t('nav.switchLanguage')}>${other === 'zh-CN' ? '中文' : 'English'}</button>
      ${account
        ? html`<span class="who" title=${t(`enum.role.${account.role}`)}>${account.username}</span>
            <button type="button" class="link-button sign-out" onClick=${leave}>${t('nav.signOut')}</button>`
        : path !== '/sign-in' && html`<${Link} class="sign-in-link" href=${`/sign-in?next=${encodeURIComponent(path)}`}>${t('nav.signIn')}<//>`}
    </div>
  </header>`;
}

function Redirect({ to }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Forbidden({ account, path }) {
  if (!account) return html`<${Redirect} to=${`/sign-in?next=${encodeURIComponent(path)}`} />`;
  return html`<section class="page"><h1>${t('error.FORBIDDEN')}</h1><p>${t('app.notForYourRole')}</p></section>`;
}

function View({ route, params, account, query }) {
  const [loaded, setLoaded] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let current = true;
    setError(null);
    route.load().then((module) => current && setLoaded({ route, Component: module.default }), (failure) => {
      // A release replaced the files this page was loaded with: start again from the new page.
      if (!sessionStorage.getItem('upstairs.reloaded')) {
        sessionStorage.setItem('upstairs.reloaded', '1');
        location.reload();
      } else if (current) {
        setError(failure);
      }
    });
    return () => { current = false; };
  }, [route]);
  if (error) return html`<${ErrorNote} error=${error} />`;
  if (!loaded || loaded.route !== route) return html`<${Loading} />`;
  sessionStorage.removeItem('upstairs.reloaded');
  const { Component } = loaded;
  return html`<${Component} params=${params} account=${account} query=${query} />`;
}

function App() {
  const account = useAccount();
  const { path, query } = useLocation();
  useLanguage();
  const main = useRef(null);
  const first = useRef(true);
  useEffect(() => {
    // Screen readers: after a move, reading starts at the new view.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path]);
  if (path === '/' || path === '') return html`<${Redirect} to=${homeOf(account)} />`;
  let found = null;
  for (const route of ROUTES) {
    const params = match(route.path, path);
    if (params) {
      found = { route, params };
      break;
    }
  }
  let content;
  if (!found) content = html`<section class="page"><h1>${t('app.notFound')}</h1><p><${Link} href=${homeOf(account)}>${t('app.home')}<//></p></section>`;
  else if (found.route.roles && !(account && found.route.roles.includes(account.role))) content = html`<${Forbidden} account=${account} path=${path} />`;
  else content = html`<${View} key=${found.route.path} route=${found.route} params=${found.params} account=${account} query=${query} />`;
  return html`<${Header} account=${account} path=${path} />
    <main id="main" tabindex="-1" ref=${main}>${content}</main>
    <footer class="bottom"><span>${t('app.footer')}</span></footer>`;
}

async function start() {
  const root = document.getElementById('app');
  try {
    await Promise.all([loadMessages(lang), loadSession()]);
    render(html`<${App} />`, root);
  } catch (error) {
    root.textContent = `Upstairs could not start: ${error.message}`;
  }
}

start();
