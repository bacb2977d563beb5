// Two server processes on one PostgreSQL database behave as one site: sessions, sign-outs,
// the throttling of sign-ins, API tokens, edits and the mail outbox are shared through the
// database, not kept in either process. PostgreSQL only (SQLite serves one process).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, createDatabase, dropDatabase, backend } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';

const PASSWORD = 'cluster-policy-2026';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const madeUpToken = () => randomBytes(32).toString('base64url');  // 43 characters, like real ones

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
function decodeHtml(s) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
  return s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e) => named[e]);
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function attributes(text) {
  const out = {};
  for (const m of text.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) out[m[1]] = m[2] === undefined ? '' : decodeHtml(m[2]);
  return out;
}

// The fields a browser would submit with the form posting to `action` (without csrf).
function formFields(html, action) {
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
function replaced(fields, changes) {
  const out = fields.filter(([k]) => !(k in changes));
  for (const [k, v] of Object.entries(changes)) for (const x of [].concat(v)) out.push([k, x]);
  return out;
}

// A browser: keeps its cookies and the form token of the last page it read.
class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
    this.csrf = undefined;
  }

  get session() {
    return this.cookies.get('cps_session');
  }

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

  async get(path) {
    const res = await this.fetch(path);
    const html = await res.text();
    const m = /name="csrf" value="([^"]*)"/.exec(html);
    if (m) this.csrf = m[1];
    return { status: res.status, res, html, location: res.headers.get('location') };
  }

  // Posts a form; `fields` is an object or a list of [name, value]. csrf: null leaves it out.
  async post(path, fields = {}, { csrf = this.csrf } = {}) {
    const body = new URLSearchParams();
    if (csrf !== null) body.append('csrf', csrf ?? '');
    const pairs = Array.isArray(fields) ? fields : Object.entries(fields).flatMap(([k, v]) => [].concat(v).map((x) => [k, x]));
    for (const [k, v] of pairs) body.append(k, v);
    const res = await this.fetch(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    return { status: res.status, res, html: await res.text(), location: res.headers.get('location') };
  }

  // A JSON API call with this browser's cookies (and its form token as X-CSRF-Token).
  async api(method, path, { json, csrf = this.csrf } = {}) {
    const headers = {};
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf !== null && csrf !== undefined) headers['X-CSRF-Token'] = csrf;
    const res = await this.fetch(path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
    const text = await res.text();
    return { status: res.status, res, body: text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
  }

  async signIn(email, password = PASSWORD) {
    await this.get('/en/login');
    const r = await this.post('/en/login', { email, password, next: '' });
    assert.equal(r.status, 303, `signing in ${email}: ${r.status}`);
    await this.get('/en/account');
    return r;
  }
}

// A program using an API token.
async function bearer(base, token, method, path, json) {
  const headers = { Authorization: `Bearer ${token}` };
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
  const text = await res.text();
  return { status: res.status, res, body: text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
}

function parseCsv(text) {
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

function auditRows(html) {
  const cell = '<td[^>]*>([^<]*)</td>';
  const row = new RegExp(`<tr>${cell}${cell}<td[^>]*><code>([^<]*)</code></td>${cell}${cell}${cell}</tr>`, 'g');
  return [...html.matchAll(row)]
    .map((m) => ({ at: m[1], actor: decodeHtml(m[2]), action: m[3], target: decodeHtml(m[4]), detail: decodeHtml(m[5]), client: m[6] }));
}


// The same browser (the same cookies) talking to another server.
function sameBrowserOn(base, browser) {
  const other = new Browser(base);
  other.cookies = browser.cookies;
  other.csrf = browser.csrf;
  return other;
}

const skip = backend === 'postgresql'
  ? false
  : `needs PostgreSQL: two servers share one database (CPS_TEST_BACKEND is ${backend}; run under tools/with-postgres with CPS_TEST_BACKEND=postgresql)`;

describe('two servers on one PostgreSQL database', { skip, concurrency: false }, () => {
  let smtp;
  let dir;
  let url;
  let a;
  let b;
  const organisations = {};

  before(async () => {
    smtp = await startSmtp();
    dir = mkdtempSync(path.join(tmpdir(), 'cps-cluster-'));
    url = createDatabase(dir);
    const mail = ['--smtp-url', smtp.url, '--mail-interval', '1', '--mail-retry', '1'];
    a = await startServer({ database: url, demo: true, extraArgs: mail });
    b = await startServer({ database: url, demo: false, extraArgs: mail });
    for (const o of (await (await fetch(`${a.base}/api/v1/organisations`)).json()).items) organisations[o.slug] = o.id;
  });
  after(async () => {
    const codes = [];
    for (const s of [b, a]) if (s) codes.push((await s.stop()).code);
    if (url) dropDatabase(url);
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (smtp) await smtp.close();
    assert.deepEqual(codes, [0, 0], 'both servers exit cleanly on SIGTERM');
  });

  test('a session started on one server is valid on the other', async () => {
    const email = 'raluca.toma@nord-est-cluster-agency.example';
    const onA = new Browser(a.base);
    await onA.signIn(email);
    const onB = sameBrowserOn(b.base, onA);
    const page = await onB.get('/en/account');
    assert.equal(page.status, 200);
    assert.match(page.html, new RegExp(escapeRe(email)));
    assert.equal(onB.csrf, onA.csrf, 'the same form token on both');
    const saved = await onB.post('/en/account/profile', { display_name: 'Raluca Toma', ui_language: 'en', languages: 'ro, en, fr', bio: 'Saved on B.' });
    assert.equal(saved.status, 303);
    const me = await onA.api('GET', '/api/v1/users/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.bio, 'Saved on B.', 'server A sees what B saved');
  });

  test('signing out on one server ends the session on the other', async () => {
    const onA = new Browser(a.base);
    await onA.signIn('mihai.constantinescu@ilfov-innovation-agency.example');
    const session = onA.session;
    const onB = sameBrowserOn(b.base, onA);
    await onB.get('/en/account');
    const out = await onB.post('/en/logout');
    assert.equal(out.status, 303);
    for (const s of [a, b]) {
      const page = await fetch(`${s.base}/en/account`, { headers: { Cookie: `cps_session=${session}` }, redirect: 'manual' });
      assert.equal(page.status, 303, s.base);
      assert.match(page.headers.get('location'), /\/en\/login/);
      assert.equal((await fetch(`${s.base}/api/v1/users/me`, { headers: { Cookie: `cps_session=${session}` } })).status, 401, s.base);
    }
  });

  test('an organisation edited on one server shows on the other at once', async () => {
    const admin = new Browser(a.base);
    await admin.signIn('admin@clusterpolisee.example');
    const id = organisations['vjosa-rda'];
    const path = `/en/organisations/${id}/edit`;
    const fields = formFields((await admin.get(path)).html, path);
    const saved = await admin.post(path, replaced(fields, { name_en: 'Vjosa Valley Development Agency', description_en: 'Edited on server **A**.' }));
    assert.equal(saved.status, 303);
    const page = await (await fetch(`${b.base}/en/organisations/${id}`)).text();
    assert.match(page, /<h1>Vjosa Valley Development Agency<\/h1>/);
    assert.match(page, /Edited on server <strong>A<\/strong>\./);
    assert.match(await (await fetch(`${b.base}/en/organisations?country=AL`)).text(), /Vjosa Valley Development Agency/);
    assert.equal((await (await fetch(`${b.base}/api/v1/organisations/${id}`)).json()).texts.en.name, 'Vjosa Valley Development Agency');
    assert.match(await (await fetch(`${b.base}/en/organisations.csv?country=AL`)).text(), /Vjosa Valley Development Agency/);
  });

  test('an API token made on one server works on the other, and revoking it there ends it everywhere', async () => {
    const onA = new Browser(a.base);
    await onA.signIn('sofia.vlachou@athens-cluster-studies-institute.example');
    const token = (await onA.api('POST', '/api/v1/tokens', { json: { name: 'Cluster check', scope: 'write' } })).body;
    const me = await bearer(b.base, token.secret, 'PATCH', '/api/v1/users/me', { bio: 'Written through B.' });
    assert.equal(me.status, 200);
    assert.equal((await bearer(a.base, token.secret, 'GET', '/api/v1/users/me')).body.bio, 'Written through B.');
    const onB = sameBrowserOn(b.base, onA);
    assert.equal((await onB.api('DELETE', `/api/v1/tokens/${token.id}`)).status, 204);
    for (const s of [a, b]) assert.equal((await bearer(s.base, token.secret, 'GET', '/api/v1/users/me')).status, 401, s.base);
  });

  test('a mail is delivered once although both servers deliver the outbox', async () => {
    const email = 'georgi.stoyanov@maritsa-rda.example';
    const onA = new Browser(a.base);
    await onA.get('/en/password-reset');
    assert.equal((await onA.post('/en/password-reset', { email })).status, 200);
    const mail = await smtp.waitFor(email);
    assert.match(mail.body, /\/password-reset\?token=/);
    await sleep(3000);  // several rounds of both servers' delivery
    assert.equal(smtp.messages.filter((m) => m.to.includes(email)).length, 1, 'sent once');
  });

  test('failed sign-ins on both servers count towards one lock', async () => {
    const victim = 'zuzana.hudakova@hornad-digital-cluster.example';
    const browsers = [new Browser(a.base), new Browser(b.base)];
    for (const x of browsers) await x.get('/en/login');
    let failures = 0;
    let lock;
    let crossChecks = 0;
    const failuresOn = [0, 0];
    for (;;) {
      // Failures alternate between the servers: the odd ones on A, the even ones on B.
      const here = browsers[failures % 2];
      const there = browsers[(failures + 1) % 2];
      const r = await here.post('/en/login', { email: victim, password: `wrong guess ${failures + 1}`, next: '' });
      if (r.status === 401) {
        failuresOn[failures % 2] += 1;
        failures += 1;
        assert.ok(failures < 8, 'locked by the eighth failure');
        continue;
      }
      assert.equal(r.status, 429);
      assert.ok(failures >= 3, `no wait before the third failure (after ${failures})`);
      const retry = Number(r.res.headers.get('retry-after'));
      if (retry > 60) {
        lock = retry;
        break;
      }
      if (retry >= 3) {
        // The wait one server imposes, the other imposes too (asked well before it is over).
        const elsewhere = await there.post('/en/login', { email: victim, password: PASSWORD, next: '' });
        assert.equal(elsewhere.status, 429, 'the other server makes the same account wait');
        crossChecks += 1;
      }
      await sleep(retry * 1000 + 50);
    }
    assert.equal(failures, 7, 'the eighth failure, on whichever server, locks the account');
    assert.deepEqual(failuresOn, [4, 3], 'seven failures spread over both servers, and the eighth on B');
    assert.ok(crossChecks >= 2, 'the waits were seen on both servers');
    assert.ok(lock > 890);
    for (const x of browsers) {
      const right = await x.post('/en/login', { email: victim, password: PASSWORD, next: '' });
      assert.equal(right.status, 429, `${x.base} refuses the right password`);
      assert.ok(Number(right.res.headers.get('retry-after')) > 800);
    }
    const admin = new Browser(b.base);
    await admin.signIn('admin@clusterpolisee.example');
    const audit = auditRows((await admin.get('/en/admin/audit?action=login.')).html);
    const mine = audit.filter((e) => e.actor === victim);
    assert.equal(audit.filter((e) => e.action === 'login.locked').length, 1, `one lock, audited once: ${JSON.stringify(mine)}`);
    assert.equal(audit.filter((e) => e.action === 'login.failed' && e.actor === victim).length, 8);
  });
});
