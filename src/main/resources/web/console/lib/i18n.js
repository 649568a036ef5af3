// Languages: ?lang= forces one (not remembered), else the one chosen with the switch
// (localStorage), else the page's <html lang>, which the server took from Accept-Language.
// Messages are keyed "area.key" (one file per area under i18n/<language>/).
import { useEffect, useState } from './html.js';

export const LANGUAGES = ['en', 'zh-CN'];
const STORAGE_KEY = 'upstairs.lang';
const version = document.getElementById('app').dataset.version;
const listeners = new Set();
let messages = {};

export let lang = initialLanguage();

function normalise(value) {
  return String(value || '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function initialLanguage() {
  const forced = new URLSearchParams(location.search).get('lang');
  if (forced) return normalise(forced);
  let stored = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch { /* private mode */ }
  return stored ? normalise(stored) : normalise(document.documentElement.lang);
}

export async function loadMessages(language = lang) {
  const response = await fetch(`/assets/${version}/messages/${language}.json`);
  if (!response.ok) throw new Error(`messages ${language}: HTTP ${response.status}`);
  messages = await response.json();
  lang = language;
  document.documentElement.lang = language;
}

/** Switches the language, remembers the choice and redraws every view that uses it. */
export async function setLanguage(language) {
  try { localStorage.setItem(STORAGE_KEY, language); } catch { /* private mode */ }
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.delete('lang');
    history.replaceState(history.state, '', url);
  }
  await loadMessages(language);
  listeners.forEach((listener) => listener(language));
}

/** Redraws the calling component when the language changes. */
export function useLanguage() {
  const [current, setCurrent] = useState(lang);
  useEffect(() => {
    listeners.add(setCurrent);
    return () => listeners.delete(setCurrent);
  }, []);
  return current;
}

/** The message of a key in the current language, with {name} placeholders filled. */
export function t(key, params) {
  let text = messages[key];
  if (text === undefined) {
    console.warn('missing message', key);
    return key;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (all, name) => (params[name] ?? all));
  }
  return text;
}

/** An enum value's label, e.g. label('layer', 'COMPUTE'). */
export function label(kind, value) {
  return value == null ? '' : t(`enum.${kind}.${value}`);
}

/** The name to show for something with name and nameZh: Chinese in Chinese mode where stored. */
export function nameOf(thing) {
  if (!thing) return '';
  return (lang === 'zh-CN' && thing.nameZh) ? thing.nameZh : thing.name;
}

export function formatNumber(value, digits = 1) {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

export function formatDateTime(iso) {
  return iso ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';
}

export function formatDate(iso) {
  return iso ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso)) : '';
}

/** A floor as people say it: "3F" / "3楼", basements "B1" / "地下1层". */
export function floorLabel(floor) {
  return floor < 0 ? t('common.basement', { n: -floor }) : t('common.floor', { n: floor });
}
