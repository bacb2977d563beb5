// Acting on the site over HTTP as a person with a browser (cookies, form tokens, forms) or as a
// program with an API token, and reading what comes back (HTML, CSV, the audit log page).
import './fetch.mjs';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

// The password of every account in the demo data.
export const PASSWORD = 'cluster-policy-2026';

export { sleep } from './wait.mjs';
// A random token shaped like the server's (43 base64url characters), so not one it issued.
export const madeUpToken = () => randomBytes(32).toString('base64url');

// `s` as the server's templates escape text (& < > " ').
export function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
// The text of HTML-escaped `s` (only the entities the templates write).
export function decodeHtml(s) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
  return s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e) => named[e]);
}
// `s` with every regular-expression metacharacter escaped, to match it literally.
export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The form token in a page, or undefined.
export function formToken(html) {
  const m = /name="csrf" value="([^"]*)"/.exec(html);
  return m ? m[1] : undefined;
}

// The attributes of a tag's inside text, by name, values decoded ('' for bare ones).
function attributes(text) {
  const out = {};
  for (const m of text.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) out[m[1]] = m[2] === undefined ? '' : decodeHtml(m[2]);
  return out;
}

// The [name, value] pairs a browser would submit with the form posting to `action` (no csrf).
export function formFields(html, action) {
  const start = html.indexOf(`action="${action}"`);
  assert.ok(start >= 0, `no form posting to ${action}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields = [];
  for (const m of form.matchAll(/<input\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (!a.name || a.name === 'csrf') continue;
    if ((a.type === 'checkbox' || a.type === 'radio') && !('checked' in a)) continue;
    fields.push([a.name, a.value ?? '']);
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const options = [...m[2].matchAll(/<option\b([^>]*)>/g)].map((o) => attributes(o[1]));
    const chosen = options.find((o) => 'selected' in o) ?? options[0];
    if (chosen) fields.push([attributes(m[1]).name, chosen.value ?? '']);
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g))
    fields.push([attributes(m[1]).name, decodeHtml(m[2])]);
  return fields;
}

// `fields` with the values of `changes` instead (all earlier values of those names dropped).
export function replaced(fields, changes) {
  const out = fields.filter(([k]) => !(k in changes));
  for (const [k, v] of Object.entries(changes)) for (const x of [].concat(v)) out.push([k, x]);
  return out;
}

// { status, res, body }: the body parsed when the response is JSON, else its text.
async function answer(res) {
  const text = await res.text();
  return { status: res.status, res, body: text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
}

// A browser: keeps its cookies and the form token of the last page it read; follows no redirects.
export class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
    this.csrf = undefined;
  }

  get session() {
    return this.cookies.get('cps_session');
  }

  // fetch with this browser's cookies (unless init sets a Cookie header), keeping those set.
  async fetch(path, init = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size && !headers.has('cookie'))
      headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(this.base + path, { redirect: 'manual', ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /;\s*Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  // Reads a page, keeping its form token if it has one; { status, res, html, location }.
  async get(path) {
    const res = await this.fetch(path);
    const html = await res.text();
    const token = formToken(html);
    if (token !== undefined) this.csrf = token;
    return { status: res.status, res, html, location: res.headers.get('location') };
  }

  // Posts a form; `fields` is an object or a list of [name, value]. csrf: null leaves it out;
  // `headers` are added to the request. Returns { status, res, html, location } as get.
  async post(path, fields = {}, { csrf = this.csrf, headers = {} } = {}) {
    const body = new URLSearchParams();
    if (csrf !== null) body.append('csrf', csrf ?? '');
    const pairs = Array.isArray(fields) ? fields : Object.entries(fields).flatMap(([k, v]) => [].concat(v).map((x) => [k, x]));
    for (const [k, v] of pairs) body.append(k, v);
    const res = await this.fetch(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    });
    return { status: res.status, res, html: await res.text(), location: res.headers.get('location') };
  }

  // A JSON API call with this browser's cookies (and its form token as X-CSRF-Token);
  // { status, res, body } with the body parsed when it is JSON.
  async api(method, path, { json, csrf = this.csrf } = {}) {
    const headers = {};
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf !== null && csrf !== undefined) headers['X-CSRF-Token'] = csrf;
    return answer(await this.fetch(path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) }));
  }

  // Signs in with the login form (failing the test unless it redirects), then reads the
  // account page for its form token; returns the login form's answer.
  async signIn(email, password = PASSWORD) {
    await this.get('/en/login');
    const r = await this.post('/en/login', { email, password, next: '' });
    assert.equal(r.status, 303, `signing in ${email}: ${r.status}`);
    await this.get('/en/account');
    return r;
  }
}

// A program using an API token: { status, res, body } as Browser.api.
export async function bearer(base, token, method, path, json) {
  const headers = { Authorization: `Bearer ${token}` };
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  return answer(await fetch(base + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) }));
}

// The rows of a CSV text (RFC 4180: CRLF line ends, "" inside quotes) as lists of cells.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// The entries of an audit log page as { at, actor, action, target, detail, client }, texts decoded.
export function auditRows(html) {
  const cell = '<td[^>]*>([^<]*)</td>';
  const row = new RegExp(`<tr>${cell}${cell}<td[^>]*><code>([^<]*)</code></td>${cell}${cell}${cell}</tr>`, 'g');
  return [...html.matchAll(row)]
    .map((m) => ({ at: m[1], actor: decodeHtml(m[2]), action: m[3], target: decodeHtml(m[4]), detail: decodeHtml(m[5]), client: m[6] }));
}
