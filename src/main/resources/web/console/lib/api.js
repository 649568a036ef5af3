// The console's only way to the service: /session, /sign-in, /sign-out, /graphql (HTTP and
// WebSocket) and /bulk/*. Changes carry the session's CSRF token in X-CSRF-TOKEN.
import { createClient } from 'graphql-ws';
import { useCallback, useEffect, useRef, useState } from './html.js';
import { lang } from './i18n.js';

const CSRF_HEADER = 'X-CSRF-TOKEN';
let csrfToken = null;
let account = null;
let socket = null;
const sessionListeners = new Set();

/** An error the service answered: GraphQL errors, or an HTTP status with a message. */
export class ApiError extends Error {
  constructor(errors, status) {
    super(errors.map((error) => error.message).join('; '));
    this.errors = errors;
    this.status = status;
  }

  /** The classification of the first error: BAD_REQUEST, NOT_FOUND, UNAUTHORIZED, FORBIDDEN... */
  get classification() {
    return this.errors[0]?.extensions?.classification;
  }

  /** The message the service gave for an input field ("input.website"), without the field prefix. */
  fieldError(field) {
    const error = this.errors.find((e) => e.extensions?.field === field);
    if (!error) return null;
    const prefix = `${field}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  }

  /** Messages not tied to one of the given fields, to show above a form. */
  otherErrors(fields) {
    return this.errors.filter((e) => !fields.includes(e.extensions?.field)).map((e) => e.message);
  }
}

async function errorOf(response) {
  try {
    const body = await response.json();
    if (body?.errors?.length) return new ApiError(body.errors, response.status);
    if (body?.problems) return new ApiError(body.problems.map((p) => ({ message: p.message })), response.status);
  } catch { /* not JSON */ }
  return new ApiError([{ message: `HTTP ${response.status}` }], response.status);
}

function setSession(session) {
  csrfToken = session.csrfToken;
  account = session.account;
  if (socket) {
    socket.dispose();
    socket = null;
  }
  sessionListeners.forEach((listener) => listener(account));
}

/** Who is signed in (null for nobody), as the service sees this browser. */
export async function loadSession() {
  const response = await fetch('/session', { credentials: 'same-origin' });
  if (!response.ok) throw await errorOf(response);
  setSession(await response.json());
  return account;
}

export function currentAccount() {
  return account;
}

/** The signed-in account; redraws the caller when someone signs in or out. */
export function useAccount() {
  const [current, setCurrent] = useState(account);
  useEffect(() => {
    sessionListeners.add(setCurrent);
    return () => sessionListeners.delete(setCurrent);
  }, []);
  return current;
}

export async function signIn(username, password) {
  const headers = csrfToken ? { [CSRF_HEADER]: csrfToken } : {};
  const response = await fetch('/sign-in', {
    method: 'POST', credentials: 'same-origin', headers, body: new URLSearchParams({ username, password }),
  });
  if (!response.ok) throw await errorOf(response);
  setSession(await response.json());
  return account;
}

/**
 * Signs out, for sure: a token gone stale (a sign-in in another tab) is renewed and the
 * sign-out tried again; the page says signed out only when the service agrees.
 */
export async function signOut(retried = false) {
  const response = await fetch('/sign-out', { method: 'POST', credentials: 'same-origin', headers: { [CSRF_HEADER]: csrfToken } });
  if (response.status === 403 && !retried) {
    await loadSession();
    return signOut(true);
  }
  if (!response.ok) throw await errorOf(response);
  setSession({ account: null, csrfToken: null });
}

function headers(extra = {}) {
  return { 'Accept-Language': lang, ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}), ...extra };
}

/**
 * Runs a GraphQL operation; resolves to its data, rejects with an ApiError. A refused CSRF
 * token (signed in or out in another tab) reloads the session and tries once more.
 */
export async function gql(query, variables = {}, retried = false) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' }),
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 403 && !retried) {
    const before = account?.username;
    await loadSession();
    if (account?.username === before) return gql(query, variables, true);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError([{ message: `HTTP ${response.status}` }], response.status);
  }
  if (body.errors?.length) throw new ApiError(body.errors, response.status);
  return body.data;
}

/** POSTs to /bulk/* (staff): a JSON text or FormData; resolves to the JSON report, whatever the status. */
export async function bulk(path, body, contentType) {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: headers(contentType ? { 'Content-Type': contentType } : {}),
    body,
  });
  if (response.status === 401 || response.status === 403 || response.status === 413) throw await errorOf(response);
  return { status: response.status, report: await response.json() };
}

function client() {
  if (!socket) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    // The handshake carries the session cookie; the service checks it, and the origin.
    socket = createClient({
      url: `${scheme}://${location.host}/graphql`,
      lazy: true,
      retryAttempts: 5,
      on: {
        connected: () => setSocketState('connected'),
        closed: () => setSocketState('closed'),
        connecting: () => setSocketState('connecting'),
      },
    });
  }
  return socket;
}

let socketState = 'closed';
const socketListeners = new Set();

function setSocketState(state) {
  socketState = state;
  socketListeners.forEach((listener) => listener(state));
}

/**
 * Follows the WebSocket of live updates: calls listener with 'connecting', 'connected' or
 * 'closed', now and on each change. Returns the function that stops following.
 */
export function onSocketState(listener) {
  socketListeners.add(listener);
  listener(socketState);
  return () => socketListeners.delete(listener);
}

/** Subscribes; calls onData with each event's data. Returns the function that unsubscribes. */
export function subscribe(query, variables, onData, onError) {
  return client().subscribe({ query, variables }, {
    next: (result) => (result.errors ? onError?.(new ApiError(result.errors)) : onData(result.data)),
    error: (error) => onError?.(error instanceof Error ? error : new Error(String(error?.reason || error))),
    complete: () => {},
  });
}

/**
 * Runs a query when the component shows and whenever a dependency changes; the answer of
 * an older run never overwrites a newer one.
 */
export function useQuery(query, variables, deps = [], { skip = false } = {}) {
  const [state, setState] = useState({ data: null, error: null, loading: !skip });
  const run = useRef(0);
  const reload = useCallback(() => {
    if (skip) return Promise.resolve();
    const mine = ++run.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    return gql(query, variables).then(
      (data) => { if (mine === run.current) setState({ data, error: null, loading: false }); },
      (error) => { if (mine === run.current) setState({ data: null, error, loading: false }); },
    );
  }, [skip, query, JSON.stringify(variables)]);
  useEffect(() => { reload(); }, [reload, ...deps]);
  return { ...state, reload };
}

/** Subscribes while the component shows. */
export function useSubscription(query, variables, onData, deps = []) {
  useEffect(() => subscribe(query, variables, onData), deps);
}
