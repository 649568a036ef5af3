// History routing: real URLs (/companies/infinigence-ai), which the server answers with
// the console page; links move without reloading.
import { html, useEffect, useState } from './html.js';

const listeners = new Set();

function changed() {
  listeners.forEach((listener) => listener(location.pathname + location.search));
}

window.addEventListener('popstate', changed);

export function navigate(to, { replace = false } = {}) {
  if (to === location.pathname + location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  changed();
}

/** Changes the query string (filters, paging) without a new history entry. */
export function setQuery(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  });
  const query = search.toString();
  navigate(location.pathname + (query ? `?${query}` : ''), { replace: true });
}

/** The current URL; redraws the caller when it changes. */
export function useLocation() {
  const [current, setCurrent] = useState(location.pathname + location.search);
  useEffect(() => {
    listeners.add(setCurrent);
    return () => listeners.delete(setCurrent);
  }, []);
  const url = new URL(current, location.origin);
  return { path: url.pathname, query: url.searchParams };
}

/** The parameters of a path against a pattern like /companies/:id, or null. */
export function match(pattern, path) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (all, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '/?$');
  const found = path.match(regex);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
}

/** A link that moves inside the console; modified clicks open a new tab as usual. */
export function Link({ href, children, ...rest }) {
  const onClick = (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return html`<a href=${href} onClick=${onClick} ...${rest}>${children}</a>`;
}
