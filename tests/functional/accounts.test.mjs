// Accounts over HTTP as people and programs use them: signing in and out, sessions, the
// account page, API tokens, personal data, deletion, invitations, password reset, one-time
// links, registration, the organisation directory and its exports, the people page, the
// administration of roles with its audit log, mail delivery with retries, and the `user`
// commands. E-mails are read from a real SMTP listener.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { startServer, binary } from '../support/server.mjs';
import { startSmtp, linkIn } from '../support/smtp.mjs';
import {
  PASSWORD, Browser, bearer, formFields, replaced, auditRows, parseCsv,
  escapeHtml, decodeHtml, escapeRe, madeUpToken, sleep,
} from '../support/browser.mjs';
import { until } from '../support/wait.mjs';

const PUBLIC_URL = 'https://clusterpolisee.test';
const demo = JSON.parse(readFileSync(new URL('../../data/demo/partnership.json', import.meta.url), 'utf8'));
const person = (email) => demo.users.find((u) => u.email === email);

// The files of a ZIP archive (an XLSX workbook), by name.
function unzip(buf) {
  const files = {};
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'a ZIP end record');
  let p = buf.readUInt32LE(end + 16);
  for (let i = buf.readUInt16LE(end + 10); i > 0; i--) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const skip = nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    files[name] = (method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
    p += 46 + skip;
  }
  return files;
}

function cli(args, input) {
  return spawnSync(binary, [...args, '--data-dir', server.dataDir, '--database', server.url], { encoding: 'utf8', input: input ?? '' });
}

let smtp;
let server;
let admin;  // the platform administrator's browser, signed in once
const organisations = {};  // slug → id

before(async () => {
  smtp = await startSmtp();
  server = await startServer({
    extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--mail-retry', '1', '--public-url', PUBLIC_URL],
  });
  const list = await (await fetch(`${server.base}/api/v1/organisations`)).json();
  for (const o of list.items) organisations[o.slug] = o.id;
  admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0, 'the server exits cleanly on SIGTERM');
});

// A link from an e-mail, opened on the server under test.
function local(link) {
  assert.ok(link.startsWith(`${PUBLIC_URL}/`), `the link uses the public address: ${link}`);
  const u = new URL(link);
  return u.pathname + u.search;
}

async function userId(email) {
  const { html } = await admin.get('/en/admin/users');
  const m = new RegExp(`href="/en/admin/users/(\\d+)"[^>]*>[^<]*</a></td>\\s*<td[^>]*>${escapeRe(email)}</td>`).exec(html);
  assert.ok(m, `${email} is listed for the administrator`);
  return Number(m[1]);
}

// ---- Signing in and out ----

test('signing in sets an HttpOnly SameSite=Lax session cookie and signing out ends the session on the server', async () => {
  const email = 'raluca.toma@nord-est-cluster-agency.example';
  const b = new Browser(server.base);
  const form = await b.get('/en/login');
  assert.equal(form.status, 200);
  const formCookie = form.res.headers.getSetCookie().find((c) => c.startsWith('cps_form='));
  assert.ok(formCookie, 'the sign-in page sets the form cookie');
  assert.match(formCookie, /; HttpOnly/);
  assert.equal(b.csrf, b.cookies.get('cps_form'), 'the form repeats the form cookie');

  const res = await b.post('/en/login', { email, password: PASSWORD, next: '/en/people' });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/en/people');
  assert.equal(res.res.headers.get('cache-control'), 'no-store');
  const cookie = res.res.headers.getSetCookie().find((c) => c.startsWith('cps_session='));
  assert.match(cookie, /^cps_session=[A-Za-z0-9_-]{43}; /);
  assert.match(cookie, /; Path=\/(;|$)/);
  assert.match(cookie, /; HttpOnly(;|$)/);
  assert.match(cookie, /; SameSite=Lax(;|$)/);
  assert.doesNotMatch(cookie, /Max-Age|Expires/i, 'a browser-session cookie');
  const session = b.session;

  const account = await b.get('/en/account');
  assert.equal(account.status, 200);
  assert.match(account.html, new RegExp(escapeRe(email)));
  assert.equal(account.res.headers.get('cache-control'), 'no-store');

  const out = await b.post('/en/logout');
  assert.equal(out.status, 303);
  assert.equal(out.location, '/en/');
  assert.ok(out.res.headers.getSetCookie().some((c) => /^cps_session=;.*Max-Age=0/.test(c)), 'the cookie is cleared');

  // The old value, replayed, opens nothing: the session is gone from the server.
  const replay = await fetch(`${server.base}/en/account`, { headers: { Cookie: `cps_session=${session}` }, redirect: 'manual' });
  assert.equal(replay.status, 303);
  assert.match(replay.headers.get('location'), /^\/en\/login\?next=/);
  const api = await fetch(`${server.base}/api/v1/users/me`, { headers: { Cookie: `cps_session=${session}` } });
  assert.equal(api.status, 401);
});

test('a session cookie planted before sign-in is replaced at sign-in and never becomes valid (session fixation)', async () => {
  const email = 'mihai.constantinescu@ilfov-innovation-agency.example';
  const planted = madeUpToken();
  const b = new Browser(server.base);
  await b.get('/en/login');
  b.cookies.set('cps_session', planted);  // the attacker's value, sent with the sign-in
  const res = await b.post('/en/login', { email, password: PASSWORD, next: '' });
  assert.equal(res.status, 303);
  assert.ok(b.session, 'a session cookie is set');
  assert.notEqual(b.session, planted);
  const withPlanted = await fetch(`${server.base}/api/v1/users/me`, { headers: { Cookie: `cps_session=${planted}` } });
  assert.equal(withPlanted.status, 401, 'the planted value is not a session');
  const page = await fetch(`${server.base}/en/account`, { headers: { Cookie: `cps_session=${planted}` }, redirect: 'manual' });
  assert.equal(page.status, 303, 'the planted value does not open the account page');
  const me = await b.api('GET', '/api/v1/users/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.email, email);
});

// ---- The account page ----

test('the profile form saves name, languages, biography and expertise, and refuses bad values', async () => {
  const email = 'adriana.stoica@banat-regional-economics-institute.example';
  const b = new Browser(server.base);
  await b.signIn(email);
  const res = await b.post('/en/account/profile', {
    display_name: 'Adriana Stoica-Ionescu',
    ui_language: 'hu',
    languages: 'ro, en; FR',
    bio: 'Regional economist.\nWorks on cluster mapping.',
    expertise: ['WG1', 'WG3'],
  });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/hu/account?done=profile', 'the interface follows the chosen language');
  const me = await b.api('GET', '/api/v1/users/me');
  assert.equal(me.body.display_name, 'Adriana Stoica-Ionescu');
  assert.equal(me.body.ui_language, 'hu');
  assert.deepEqual(me.body.languages, ['ro', 'en', 'fr']);
  assert.equal(me.body.bio, 'Regional economist.\nWorks on cluster mapping.');
  assert.deepEqual([...me.body.expertise].sort(), ['WG1', 'WG3']);
  const page = await b.get('/en/account');
  assert.match(page.html, /value="Adriana Stoica-Ionescu"/);
  assert.match(page.html, /value="ro, en, fr"/);
  assert.match(page.html, /id="expertise-WG3" name="expertise" value="WG3" checked/);
  assert.match(page.html, /class="account-menu__name"[^>]*>Adriana Stoica-Ionescu</, 'the header shows the new name');

  for (const [fields, field] of [
    [{ display_name: '', ui_language: 'en' }, 'display_name'],
    [{ display_name: 'A', ui_language: 'en', languages: 'english!' }, 'languages'],
    [{ display_name: 'A', ui_language: 'en', bio: 'x'.repeat(2001) }, 'bio'],
    [{ display_name: 'A', ui_language: 'fr' }, 'ui_language'],
    [{ display_name: 'A', ui_language: 'en', expertise: 'WG9' }, 'expertise'],
  ]) {
    const bad = await b.post('/en/account/profile', fields);
    assert.equal(bad.status, 422, field);
    assert.match(bad.html, /id="profile-error"/, field);
  }
  const after = await b.api('GET', '/api/v1/users/me');
  assert.deepEqual(after.body, me.body, 'refused forms change nothing');
});

test('changing the password ends every other session, keeps this browser signed in and sends a notice', async () => {
  const email = 'georgi.stoyanov@maritsa-rda.example';
  const here = new Browser(server.base);
  const elsewhere = new Browser(server.base);
  await here.signIn(email);
  await elsewhere.signIn(email);
  const before = here.session;
  const wrong = await here.post('/en/account/password', { current_password: 'not my password', new_password: 'new river stones 2026', new_password_again: 'new river stones 2026' });
  assert.equal(wrong.status, 422);
  assert.equal((await elsewhere.api('GET', '/api/v1/users/me')).status, 200, 'a refused change ends nothing');
  const differ = await here.post('/en/account/password', { current_password: PASSWORD, new_password: 'new river stones 2026', new_password_again: 'new river stones 2027' });
  assert.equal(differ.status, 422);

  const res = await here.post('/en/account/password', { current_password: PASSWORD, new_password: 'new river stones 2026', new_password_again: 'new river stones 2026' });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/en/account?done=password');
  assert.ok(here.session && here.session !== before, 'this browser gets a new session id');
  assert.equal((await here.get('/en/account')).status, 200);
  assert.equal((await elsewhere.get('/en/account')).status, 303, 'the other browser is signed out');
  const old = await fetch(`${server.base}/api/v1/users/me`, { headers: { Cookie: `cps_session=${before}` } });
  assert.equal(old.status, 401, 'the previous id of this browser is ended too');

  const fresh = new Browser(server.base);
  await fresh.signIn(email, 'new river stones 2026');
  const stale = new Browser(server.base);
  await stale.get('/en/login');
  assert.equal((await stale.post('/en/login', { email, password: PASSWORD })).status, 401, 'the old password is refused');
  const mail = await smtp.waitFor(email, { test: (m) => /password was changed/i.test(m.subject) });
  assert.match(mail.body, /every other session was signed out/);
});

test('an API token made on the account page opens the API with Bearer until it is revoked', async () => {
  const email = 'desislava.petkova@vitosha-cluster-network.example';
  const b = new Browser(server.base);
  await b.signIn(email);
  const made = await b.post('/en/account/tokens', { name: 'Reporting script', scope: 'write' });
  assert.equal(made.status, 200);
  const secret = /id="new-token"[^>]*value="(cps_[A-Za-z0-9_-]+)"/.exec(made.html)?.[1];
  assert.ok(secret, 'the new token is shown once');
  assert.equal((await b.get('/en/account')).html.includes(secret), false, 'and never again');

  const me = await bearer(server.base, secret, 'GET', '/api/v1/users/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.email, email);
  const patched = await bearer(server.base, secret, 'PATCH', '/api/v1/users/me', { bio: 'Set by a script.' });
  assert.equal(patched.status, 200, 'a write token changes data without a form token');
  assert.equal(patched.body.bio, 'Set by a script.');

  const page = await b.get('/en/account');
  const id = new RegExp(`<td[^>]*>Reporting script</td>\\s*<td[^>]*><code>${escapeRe(secret.slice(0, 10))}…</code>[\\s\\S]*?action="/en/account/tokens/(\\d+)/revoke"`).exec(page.html)?.[1];
  assert.ok(id, 'the token is listed with its prefix and a revoke form');
  const revoked = await b.post(`/en/account/tokens/${id}/revoke`);
  assert.equal(revoked.status, 303);
  assert.equal(revoked.location, '/en/account?done=revoked');
  const refused = await bearer(server.base, secret, 'GET', '/api/v1/users/me');
  assert.equal(refused.status, 401);
  assert.match(refused.res.headers.get('content-type'), /^application\/problem\+json/);
  assert.match(refused.res.headers.get('www-authenticate'), /^Bearer/);
  assert.doesNotMatch((await b.get('/en/account')).html, /Reporting script/, 'revoked tokens leave the list');
});

test('an API token made through the API is shown once; a read-only token reads but may not change anything', async () => {
  const email = 'nikolaos.karagiannis@athens-cluster-studies-institute.example';
  const b = new Browser(server.base);
  await b.signIn(email);
  const created = await b.api('POST', '/api/v1/tokens', { json: { name: 'Read-only dashboard', scope: 'read' } });
  assert.equal(created.status, 201);
  assert.equal(created.res.headers.get('cache-control'), 'no-store');
  assert.match(created.body.secret, /^cps_[A-Za-z0-9_-]{43}$/);
  assert.equal(created.body.scope, 'read');
  assert.equal(created.body.prefix, created.body.secret.slice(0, 10));
  const { secret, id } = created.body;

  const list = await b.api('GET', '/api/v1/tokens');
  assert.equal(list.status, 200);
  const listed = list.body.items.find((t) => t.id === id);
  assert.equal(listed.name, 'Read-only dashboard');
  assert.equal(listed.revoked_at, null);
  assert.ok(!JSON.stringify(list.body).includes(secret), 'the secret is never listed');

  const me = await bearer(server.base, secret, 'GET', '/api/v1/users/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.email, email);
  const patch = await bearer(server.base, secret, 'PATCH', '/api/v1/users/me', { display_name: 'Changed by a reader' });
  assert.equal(patch.status, 403);
  assert.match(patch.res.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal((await bearer(server.base, secret, 'DELETE', `/api/v1/tokens/${id}`)).status, 403, 'a reader cannot revoke either');
  assert.equal((await bearer(server.base, secret, 'POST', '/api/v1/tokens', { name: 'x', scope: 'write' })).status, 403, 'tokens do not make tokens');
  const own = organisations[person(email).organisation];
  const org = await (await fetch(`${server.base}/api/v1/organisations/${own}`)).json();
  const put = await bearer(server.base, secret, 'PUT', `/api/v1/organisations/${own}`, { ...org, website: 'https://changed.example' });
  assert.equal(put.status, 403, 'a reader cannot edit even the organisation its owner may edit');
  assert.equal((await b.api('PUT', `/api/v1/organisations/${own}`, { json: org })).status, 200, 'its owner can');
  assert.equal((await (await fetch(`${server.base}/api/v1/organisations/${own}`)).json()).website, org.website);
  assert.equal((await b.api('GET', '/api/v1/users/me')).body.display_name, person(email).display_name, 'the name is unchanged');

  const removed = await b.api('DELETE', `/api/v1/tokens/${id}`);
  assert.equal(removed.status, 204);
  assert.equal((await bearer(server.base, secret, 'GET', '/api/v1/users/me')).status, 401, 'a revoked token is refused');
  assert.notEqual((await b.api('GET', '/api/v1/tokens')).body.items.find((t) => t.id === id).revoked_at, null);
  assert.equal((await bearer(server.base, `cps_${madeUpToken()}`, 'GET', '/api/v1/users/me')).status, 401, 'a made-up token is refused');
  const badScope = await b.api('POST', '/api/v1/tokens', { json: { name: 'x', scope: 'admin' } });
  assert.equal(badScope.status, 422);
  assert.equal(badScope.body.parameter, 'scope');
});

test('the personal data export is a JSON attachment with the e-mail address and no secrets', async () => {
  const email = 'sofia.vlachou@athens-cluster-studies-institute.example';
  const b = new Browser(server.base);
  await b.signIn(email);
  await b.api('POST', '/api/v1/tokens', { json: { name: 'Export check', scope: 'read' } });
  const res = await b.fetch('/api/v1/users/me/export');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  assert.match(res.headers.get('content-disposition'), /^attachment; filename="[^"]+\.json"$/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const text = await res.text();
  const data = JSON.parse(text);
  assert.equal(data.user.email, email);
  assert.equal(data.user.display_name, person(email).display_name);
  assert.equal(data.organisation.slug, person(email).organisation);
  assert.ok(data.sessions.length >= 1);
  assert.equal(data.sessions[0].client, '127.0.0.1');
  assert.deepEqual(data.api_tokens.map((t) => t.name), ['Export check']);
  assert.ok(data.activity.some((a) => a.action === 'login.succeeded'));
  assert.ok(data.activity.some((a) => a.action === 'token.created'));
  for (const secret of [b.session, b.csrf, '$argon2id$'])
    assert.ok(!text.includes(secret), 'no session id, form token or password hash in the export');
  const anonymous = await fetch(`${server.base}/api/v1/users/me/export`);
  assert.equal(anonymous.status, 401);
});

test('a deleted account stays as a former member: it cannot sign in and the directory no longer lists the person', async () => {
  const email = 'petra.novak@si-smart-specialisation-agency.example';
  const { display_name: name, organisation } = person(email);
  const orgPage = `/en/organisations/${organisations[organisation]}`;
  assert.match(await (await fetch(server.base + orgPage)).text(), new RegExp(escapeRe(escapeHtml(name))), 'listed before');
  const b = new Browser(server.base);
  await b.signIn(email);
  const id = (await b.api('GET', '/api/v1/users/me')).body.id;
  const session = b.session;
  const unticked = await b.post('/en/account/delete', { current_password: PASSWORD });
  assert.equal(unticked.status, 422);
  const wrong = await b.post('/en/account/delete', { current_password: 'wrong password here', confirm: 'yes' });
  assert.equal(wrong.status, 422);
  assert.equal((await b.api('GET', '/api/v1/users/me')).status, 200, 'still there after refused attempts');

  const res = await b.post('/en/account/delete', { current_password: PASSWORD, confirm: 'yes' });
  assert.equal(res.status, 200);
  assert.match(res.html, /Your account is deleted/);
  assert.ok(res.res.headers.getSetCookie().some((c) => /^cps_session=;.*Max-Age=0/.test(c)));
  assert.equal((await fetch(`${server.base}/api/v1/users/me`, { headers: { Cookie: `cps_session=${session}` } })).status, 401);

  const again = new Browser(server.base);
  await again.get('/en/login');
  const login = await again.post('/en/login', { email, password: PASSWORD });
  assert.equal(login.status, 401, 'signing in is impossible');
  assert.equal(again.session, undefined);
  const orgHtml = await (await fetch(server.base + orgPage)).text();
  assert.ok(!orgHtml.includes(escapeHtml(name)), 'the organisation page no longer lists the person');
  assert.ok(!(await (await fetch(`${server.base}/en/people`)).text()).includes(escapeHtml(name)), 'nor does the people page');
  const users = await admin.get('/en/admin/users');
  assert.ok(!users.html.includes(email), 'the address is erased');
  // The row is kept: what the person did stays, attributed to a former member.
  const audit = auditRows((await admin.get('/en/admin/audit')).html);
  const deleted = audit.find((e) => e.action === 'account.deleted' && e.target === `user:${id}`);
  assert.ok(deleted, 'the deletion is audited');
  assert.equal(deleted.actor, 'former member');
  assert.equal((await admin.get(`/en/admin/users/${id}`)).status, 404);
});

test('a new e-mail address takes effect only once the link sent to it is confirmed', async () => {
  const email = 'marco.zanon@piave-cluster-network.example';
  const next = 'marco.zanon@piave-cluster.example';
  const b = new Browser(server.base);
  await b.signIn(email);
  for (const [fields, status] of [
    [{ email: next, password: 'not my password' }, 422],
    [{ email: 'admin@clusterpolisee.example', password: PASSWORD }, 409],
    [{ email: 'not an address', password: PASSWORD }, 422],
  ]) {
    const r = await b.post('/en/account/email', fields);
    assert.equal(r.status, status, JSON.stringify(fields));
    assert.match(r.html, /id="email-error"/);
  }
  const res = await b.post('/en/account/email', { email: next, password: PASSWORD });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/en/account?done=email');
  assert.equal((await b.api('GET', '/api/v1/users/me')).body.email, email, 'unchanged until confirmed');

  const mail = await smtp.waitFor(next);
  assert.equal(mail.subject, 'Confirm your new e-mail address for ClusterPoliSEE');
  const link = local(linkIn(mail));
  assert.match(link, /^\/en\/confirm-email\?token=/);
  const anonymous = new Browser(server.base);
  assert.equal((await anonymous.get(link)).status, 200);
  const token = new URL(link, server.base).searchParams.get('token');
  const confirmed = await anonymous.post('/en/confirm-email', { token });
  assert.equal(confirmed.status, 200);
  assert.match(confirmed.html, /Your e-mail address is changed/);
  assert.equal((await b.api('GET', '/api/v1/users/me')).body.email, next);
  await new Browser(server.base).signIn(next);
  const old = new Browser(server.base);
  await old.get('/en/login');
  assert.equal((await old.post('/en/login', { email, password: PASSWORD })).status, 401, 'the old address no longer signs in');
  assert.equal((await anonymous.post('/en/confirm-email', { token })).status, 404, 'the link works once');
});

test('a disabled account is signed out at once and its tokens stop working; enabled again, it signs in', async () => {
  const email = 'alessandro.ferri@piave-cluster-network.example';
  const id = await userId(email);
  const b = new Browser(server.base);
  await b.signIn(email);
  const secret = (await b.api('POST', '/api/v1/tokens', { json: { name: 'Before disabling', scope: 'write' } })).body.secret;
  const page = await admin.get(`/en/admin/users/${id}`);
  assert.deepEqual(formFields(page.html, `/en/admin/users/${id}/status`), [['status', 'disabled']]);
  const res = await admin.post(`/en/admin/users/${id}/status`, { status: 'disabled' });
  assert.equal(res.status, 303);
  assert.equal(res.location, `/en/admin/users/${id}?done=status`);
  assert.equal((await b.api('GET', '/api/v1/users/me')).status, 401, 'the session is ended');
  assert.equal((await bearer(server.base, secret, 'GET', '/api/v1/users/me')).status, 401, 'the token is refused');
  const again = new Browser(server.base);
  await again.get('/en/login');
  const refused = await again.post('/en/login', { email, password: PASSWORD });
  assert.equal(refused.status, 403);
  assert.match(refused.html, /This account is disabled/);
  assert.ok(!(await (await fetch(`${server.base}/en/people`)).text()).includes(escapeHtml(person(email).display_name)));
  const self = await admin.post(`/en/admin/users/${await userId('admin@clusterpolisee.example')}/status`, { status: 'disabled' });
  assert.equal(self.status, 409, 'administrators cannot disable themselves');

  assert.equal((await admin.post(`/en/admin/users/${id}/status`, { status: 'active' })).status, 303);
  await new Browser(server.base).signIn(email);
  const audit = auditRows((await admin.get('/en/admin/audit?action=user.')).html);
  assert.ok(audit.some((e) => e.action === 'user.disabled' && e.target === `user:${id}`));
  assert.ok(audit.some((e) => e.action === 'user.enabled' && e.target === `user:${id}`));
});

test('a lead-partner coordinator can open the administration page the header links to', async () => {
  const b = new Browser(server.base);
  await b.signIn('andrei.parvulescu@nord-est-cluster-agency.example');  // lead-partner coordinator
  const account = await b.get('/en/account');
  assert.match(account.html, /<a class="account-menu__link" href="\/en\/admin\/users">Administration<\/a>/, 'the header offers the administration');
  const page = await b.get('/en/admin/users');
  // Coordinators may invite people and give every role but administrator (the access policy).
  assert.equal(page.status, 200, 'the page the header links to opens');
  assert.match(page.html, /<form class="form form--wide" method="post" action="\/en\/admin\/users">/, 'with the invitation form');
  assert.match(page.html, /value="wg_member:WG2"/);
  assert.doesNotMatch(page.html, /value="platform_admin"/);
});

// ---- Invitations, recovery, registration ----

test('an invitation sent by an administrator arrives by e-mail; accepting it signs the person in with the invited roles', async () => {
  const email = 'new.colleague@ida-agrifood-cluster.example';
  const page = await admin.get('/en/admin/users');
  assert.match(page.html, /name="roles" value="wg_member:WG2"/);
  const res = await admin.post('/en/admin/users', {
    display_name: 'Nefeli Kostopoulou',
    email,
    organisation: String(organisations['ida-agrifood-cluster']),
    ui_language: 'en',
    roles: ['wg_member:WG2', 'partner_staff'],
  });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/en/admin/users?done=invited');
  const listed = await admin.get('/en/admin/users');
  assert.match(listed.html, new RegExp(`${escapeRe(email)}</td>[\\s\\S]*?Invited`), 'listed as invited');
  assert.doesNotMatch(await (await fetch(`${server.base}/en/people`)).text(), /Nefeli Kostopoulou/, 'not in the directory before accepting');

  const mail = await smtp.waitFor(email);
  assert.equal(mail.subject, 'You are invited to ClusterPoliSEE');
  assert.match(mail.body, /Hello Nefeli Kostopoulou/);
  const link = local(linkIn(mail));
  assert.match(link, /^\/en\/invitation\?token=/);

  const b = new Browser(server.base);
  const form = await b.get(link);
  assert.equal(form.status, 200);
  assert.match(form.html, new RegExp(escapeRe(email)));
  const token = new URL(link, server.base).searchParams.get('token');
  const short = await b.post('/en/invitation', { token, password: 'short', password_again: 'short' });
  assert.equal(short.status, 422, 'the password rules apply');
  const accepted = await b.post('/en/invitation', { token, password: 'olive groves of crete', password_again: 'olive groves of crete' });
  assert.equal(accepted.status, 303);
  assert.equal(accepted.location, '/en/account');
  assert.ok(b.session, 'signed in at once');
  const me = await b.api('GET', '/api/v1/users/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.email, email);
  assert.equal(me.body.status, 'active');
  assert.equal(me.body.organisation, organisations['ida-agrifood-cluster']);
  assert.deepEqual(me.body.roles.map((r) => `${r.role}${r.working_group ? ':' + r.working_group : ''}`).sort(), ['partner_staff', 'wg_member:WG2']);
  assert.match((await b.get('/en/account')).html, /Working group member · WG2/);

  const reused = await new Browser(server.base).get(link);
  assert.equal(reused.status, 404, 'the link works once');
  const again = await b.post('/en/invitation', { token, password: 'another password 2026', password_again: 'another password 2026' });
  assert.equal(again.status, 404);
  await new Browser(server.base).signIn(email, 'olive groves of crete');
});

test('a password reset link from the e-mail works once and a reused link is refused', async () => {
  const email = 'katalin.szabo@tisza-maros-innovation-centre.example';
  const unknown = 'nobody.here@tisza-maros-innovation-centre.example';
  const b = new Browser(server.base);
  assert.equal((await b.get('/en/password-reset')).status, 200);
  const forUnknown = await b.post('/en/password-reset', { email: unknown });
  const res = await b.post('/en/password-reset', { email });
  assert.equal(res.status, 200);
  assert.match(res.html, /Check your e-mail/);
  assert.equal(forUnknown.status, res.status, 'the same answer for an unknown address');
  assert.equal(/<main[\s\S]*<\/main>/.exec(forUnknown.html)?.[0], /<main[\s\S]*<\/main>/.exec(res.html)?.[0]);
  assert.equal((await b.post('/en/password-reset', { email: 'not an address' })).status, 422);

  // The mail is in the account's language (Hungarian): found by its link.
  const mail = await smtp.waitFor(email, { test: (m) => /\/password-reset\?token=/.test(m.body) });
  assert.ok(!smtp.messages.some((m) => m.to.includes(unknown)), 'nothing is sent to an unknown address');
  const link = local(linkIn(mail));
  assert.match(link, /^\/hu\/password-reset\?token=/, 'in the language of the account');
  const token = new URL(link, server.base).searchParams.get('token');
  const form = await b.get(link);
  assert.equal(form.status, 200);
  assert.match(form.html, /name="token" value="[A-Za-z0-9_-]{43}"/);
  const differ = await b.post('/hu/password-reset/new', { token, password: 'paprika fields 2026', password_again: 'paprika fields 2025' });
  assert.equal(differ.status, 422);
  const done = await b.post('/hu/password-reset/new', { token, password: 'paprika fields 2026', password_again: 'paprika fields 2026' });
  assert.equal(done.status, 303);
  assert.equal(done.location, '/hu/account?done=password');
  assert.equal((await b.api('GET', '/api/v1/users/me')).body.email, email, 'signed in by the reset');

  assert.equal((await new Browser(server.base).get(link)).status, 404, 'the used link is refused');
  const stranger = new Browser(server.base);
  await stranger.get('/hu/password-reset');
  const reuse = await stranger.post('/hu/password-reset/new', { token, password: 'someone else 2026', password_again: 'someone else 2026' });
  assert.equal(reuse.status, 404);
  await new Browser(server.base).signIn(email, 'paprika fields 2026');
});

test('one-time links are refused for another purpose, and made-up links are refused', async () => {
  const reset = cli(['user', 'reset-password', '--email', 'bence.varga@tisza-maros-innovation-centre.example']);
  assert.equal(reset.status, 0, reset.stderr);
  const resetToken = /[?&]token=([A-Za-z0-9_-]{43})\s*$/.exec(reset.stdout)?.[1];
  assert.ok(resetToken, reset.stdout);
  assert.equal(cli(['user', 'add', '--email', 'purpose.check@example.org', '--name', 'Purpose Check']).status, 0);
  const invite = cli(['user', 'reset-password', '--email', 'purpose.check@example.org']);
  assert.match(invite.stdout, /\/invitation\?token=/, 'an invited account gets a new invitation link');
  const inviteToken = /token=([A-Za-z0-9_-]{43})/.exec(invite.stdout)[1];

  const b = new Browser(server.base);
  await b.get('/en/login');
  const password = { password: 'a fine new password', password_again: 'a fine new password' };
  for (const t of [resetToken, madeUpToken(), 'short', '']) {
    for (const page of ['/en/invitation', '/en/verify-email', '/en/confirm-email'])
      assert.equal((await b.get(`${page}?token=${encodeURIComponent(t)}`)).status, 404, `${page} with ${t}`);
    assert.equal((await b.post('/en/invitation', { token: t, ...password })).status, 404);
    assert.equal((await b.post('/en/verify-email', { token: t })).status, 404);
    assert.equal((await b.post('/en/confirm-email', { token: t })).status, 404);
  }
  for (const t of [inviteToken, madeUpToken(), 'short']) {
    assert.equal((await b.get(`/en/password-reset?token=${t}`)).status, 404, `reset with ${t}`);
    assert.equal((await b.post('/en/password-reset/new', { token: t, ...password })).status, 404);
  }
  // Refused attempts do not use the links up.
  assert.equal((await b.get(`/en/password-reset?token=${resetToken}`)).status, 200);
  assert.equal((await b.get(`/en/invitation?token=${inviteToken}`)).status, 200);
});

test('self-registration is closed by default: the pages answer 404 and the sign-in page does not offer it', async () => {
  const b = new Browser(server.base);
  const login = await b.get('/en/login');
  assert.doesNotMatch(login.html, /href="\/en\/register"/);
  assert.equal((await b.get('/en/register')).status, 404);
  const post = await b.post('/en/register', { display_name: 'Eager Person', email: 'eager@example.org', password: 'let me in please 2026' });
  assert.equal(post.status, 404);
  assert.ok(!(await admin.get('/en/admin/users')).html.includes('eager@example.org'), 'no account is made');
});

test('with self-registration on, a stakeholder registers, confirms the address by e-mail and is signed in', async () => {
  const open = await startServer({ extraArgs: ['--self-registration', 'on', '--smtp-url', smtp.url, '--mail-interval', '1', '--mail-retry', '1', '--public-url', PUBLIC_URL] });
  try {
    const email = 'joining.stakeholder@example.org';
    const b = new Browser(open.base);
    assert.match((await b.get('/en/login')).html, /href="\/en\/register"/);
    assert.equal((await b.get('/en/register')).status, 200);
    const weak = await b.post('/en/register', { display_name: 'Dana Joiner', email, password: 'short' });
    assert.equal(weak.status, 422);
    const res = await b.post('/en/register', { display_name: 'Dana Joiner', email, password: 'blue danube evenings' });
    assert.equal(res.status, 200);
    assert.match(res.html, /Check your e-mail/);
    const early = await b.post('/en/login', { email, password: 'blue danube evenings' });
    assert.equal(early.status, 403, 'no sign-in before the address is confirmed');
    assert.match(early.html, /Confirm your e-mail address first/);

    const mail = await smtp.waitFor(email);
    assert.equal(mail.subject, 'Confirm your e-mail address for ClusterPoliSEE');
    const link = local(linkIn(mail));
    assert.match(link, /^\/en\/verify-email\?token=/);
    const form = await b.get(link);
    assert.equal(form.status, 200, 'opening the link only shows a button (mail scanners confirm nothing)');
    assert.equal(b.session, undefined);
    const token = new URL(link, open.base).searchParams.get('token');
    const confirmed = await b.post('/en/verify-email', { token });
    assert.equal(confirmed.status, 303);
    assert.equal(confirmed.location, '/en/account');
    const me = await b.api('GET', '/api/v1/users/me');
    assert.equal(me.body.email, email);
    assert.equal(me.body.status, 'active');
    assert.deepEqual(me.body.roles, [{ role: 'stakeholder', working_group: null }]);
    assert.equal((await new Browser(open.base).post('/en/verify-email', { token }, { csrf: null })).status, 403);
    const reuse = new Browser(open.base);
    await reuse.get('/en/login');
    assert.equal((await reuse.post('/en/verify-email', { token })).status, 404, 'the link works once');

    // Registering a taken address gives the same answer and warns its owner.
    const taken = 'milica.djordjevic@avala-software-cluster.example';
    const other = new Browser(open.base);
    await other.get('/en/register');
    const dup = await other.post('/en/register', { display_name: 'Somebody', email: taken, password: 'blue danube evenings' });
    assert.equal(dup.status, 200);
    assert.match(dup.html, /Check your e-mail/);
    const warning = await smtp.waitFor(taken);
    assert.equal(warning.subject, 'Your ClusterPoliSEE account');
  } finally {
    const { code } = await open.stop();
    assert.equal(code, 0);
  }
});

// ---- The directory ----

test('the organisation directory filters by country, type, role and experience', async () => {
  const names = (html) => [...html.matchAll(/<h2 class="org-card__title"><a href="\/en\/organisations\/\d+">([^<]*)<\/a>/g)].map((m) => decodeHtml(m[1])).sort();
  const all = await (await fetch(`${server.base}/en/organisations`)).text();
  assert.equal(names(all).length, demo.organisations.length);
  assert.match(all, new RegExp(`${demo.organisations.length} organisations`));
  for (const [query, keep] of [
    ['country=RO', (o) => o.country === 'RO'],
    ['type=cluster_organisation', (o) => o.type === 'cluster_organisation'],
    ['role=lead_partner', (o) => o.role === 'lead_partner'],
    ['experience=experienced', (o) => o.experience === 'experienced'],
    ['country=IT&experience=experienced', (o) => o.country === 'IT' && o.experience === 'experienced'],
    ['country=BG&role=associated_partner&type=national_authority', (o) => o.country === 'BG' && o.role === 'associated_partner' && o.type === 'national_authority'],
    ['country=SI&role=lead_partner', () => false],
  ]) {
    const res = await fetch(`${server.base}/en/organisations?${query}`);
    assert.equal(res.status, 200, query);
    const html = await res.text();
    assert.deepEqual(names(html), demo.organisations.filter(keep).map((o) => o.texts.en.name).sort(), query);
    if (!demo.organisations.some(keep)) assert.match(html, /No organisation matches/);
    const kept = new URLSearchParams(query);
    const expected = ['country', 'type', 'role', 'experience'].filter((k) => kept.has(k)).map((k) => `${k}=${kept.get(k)}`).join('&amp;');
    assert.match(html, new RegExp(`href="/en/organisations\\.csv\\?${escapeRe(expected)}"`), 'the export links keep the filter');
  }
  for (const query of ['country=ro', 'country=ROU', 'type=bakery', 'role=boss', 'experience=some'])
    assert.equal((await fetch(`${server.base}/en/organisations?${query}`)).status, 400, query);
});

test('the CSV export has a header row, one row per organisation and defuses formulas', async () => {
  const created = await admin.api('POST', '/api/v1/organisations', {
    json: {
      slug: 'formula-test-cluster', type: 'cluster_organisation', country: 'BG', region: '', website: 'https://formula.example',
      role: 'external', experience: 'learning',
      texts: { en: { name: '=HYPERLINK("http://evil.example","Click, here")', description: '' }, bg: { name: '-2+3*cmd|/C calc', description: '' } },
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const res = await fetch(`${server.base}/en/organisations.csv`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(res.headers.get('content-disposition'), /^attachment; filename="clusterpolisee-organisations-en\.csv"$/);
  const rows = parseCsv(await res.text());
  assert.deepEqual(rows[0], ['id', 'slug', 'name', 'name_native', 'type', 'country', 'region', 'website', 'role', 'experience']);
  const body = rows.slice(1);
  assert.equal(body.length, demo.organisations.length + 1);
  assert.deepEqual(body.map((r) => r[1]).sort(), [...demo.organisations.map((o) => o.slug), 'formula-test-cluster'].sort());
  for (const r of body) assert.equal(r.length, 10);
  // The native name is given when it is in a language other than those of the interface.
  const interfaceLanguages = ['en', 'ro', 'sq', 'hu', 'el'];
  for (const o of demo.organisations) {
    const row = body.find((r) => r[1] === o.slug);
    const native = interfaceLanguages.includes(o.names.native.lang) ? '' : o.names.native.text;
    assert.deepEqual(row.slice(2), [o.texts.en.name, native, o.type, o.country, o.region ?? '', o.website, o.role, o.experience], o.slug);
  }
  assert.equal(body.find((r) => r[1] === 'maritsa-rda')[3], 'Агенция за регионално развитие „Марица“');
  const formula = body.find((r) => r[1] === 'formula-test-cluster');
  assert.equal(formula[2], `'=HYPERLINK("http://evil.example","Click, here")`);
  assert.equal(formula[3], `'-2+3*cmd|/C calc`);
  for (const r of body) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `no cell starts a formula: ${cell}`);

  const ro = parseCsv(await (await fetch(`${server.base}/ro/organisations.csv?country=RO`)).text());
  assert.deepEqual(ro.slice(1).map((r) => r[5]), demo.organisations.filter((o) => o.country === 'RO').map(() => 'RO'));
  assert.ok(ro.slice(1).some((r) => r[2] === 'Agenția Regională pentru Clustere Nord-Est'), 'names in the language of the page');
});

test('the XLSX export is a workbook with the organisations as text cells', async () => {
  const res = await fetch(`${server.base}/en/organisations.xlsx?country=HU`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(res.headers.get('content-disposition'), /^attachment; filename="clusterpolisee-organisations-en\.xlsx"$/);
  const buf = Buffer.from(await res.arrayBuffer());
  assert.equal(buf.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  const files = unzip(buf);
  assert.ok(files['xl/workbook.xml'], Object.keys(files).join());
  const sheet = files['xl/worksheets/sheet1.xml'];
  const strings = files['xl/sharedStrings.xml'] ?? sheet;
  for (const o of demo.organisations.filter((x) => x.country === 'HU')) assert.ok(strings.includes(o.slug), o.slug);
  assert.ok(!strings.includes('nord-est-cluster-agency'), 'the filter applies');
  assert.doesNotMatch(sheet, /<f>/, 'no formulas');
  assert.equal((sheet.match(/<row /g) ?? []).length, 1 + demo.organisations.filter((x) => x.country === 'HU').length);
});

test("a partner's staff may edit their own organisation but not another partner's", async () => {
  const b = new Browser(server.base);
  await b.signIn('eva.tothova@danube-innovation-agency.example');
  const own = organisations['danube-innovation-agency'];
  const other = organisations['piave-cluster-network'];
  assert.match((await b.get(`/en/organisations/${own}`)).html, new RegExp(`href="/en/organisations/${own}/edit"`));
  assert.doesNotMatch((await b.get(`/en/organisations/${other}`)).html, /\/edit"/);

  const form = await b.get(`/en/organisations/${own}/edit`);
  assert.equal(form.status, 200);
  const fields = formFields(form.html, `/en/organisations/${own}/edit`);
  const saved = await b.post(`/en/organisations/${own}/edit`, replaced(fields, {
    description_en: 'Runs the **cluster monitoring** toolkit for Slovakia.',
    role: 'lead_partner',
    experience: 'learning',
  }));
  assert.equal(saved.status, 303);
  assert.equal(saved.location, `/en/organisations/${own}`);
  assert.match(await (await fetch(`${server.base}/en/organisations/${own}`)).text(), /Runs the <strong>cluster monitoring<\/strong> toolkit/);
  const api = await (await fetch(`${server.base}/api/v1/organisations/${own}`)).json();
  assert.equal(api.role, 'project_partner', 'partner staff do not decide the role in the partnership');
  assert.equal(api.experience, 'experienced');
  assert.equal(api.slug, 'danube-innovation-agency');

  const before = await (await fetch(`${server.base}/api/v1/organisations/${other}`)).json();
  assert.equal((await b.get(`/en/organisations/${other}/edit`)).status, 403);
  const refused = await b.post(`/en/organisations/${other}/edit`, replaced(fields, { slug: 'piave-cluster-network', description_en: 'Taken over.' }));
  assert.equal(refused.status, 403);
  const viaApi = await b.api('PUT', `/api/v1/organisations/${other}`, { json: { ...before, texts: { en: { name: 'Taken over', description: '' } } } });
  assert.equal(viaApi.status, 403);
  assert.deepEqual(await (await fetch(`${server.base}/api/v1/organisations/${other}`)).json(), before, 'unchanged');
  assert.equal((await new Browser(server.base).get(`/en/organisations/${own}/edit`)).status, 401, 'visitors must sign in');
});

test('the people page groups people by role and shows e-mail addresses to members only', async () => {
  const sections = (html) => Object.fromEntries([...html.matchAll(/<section class="role-group" aria-labelledby="role-([^"]+)">([\s\S]*?)<\/section>/g)].map((m) => [m[1], m[2]]));
  const anonymous = await (await fetch(`${server.base}/en/people`)).text();
  const groups = sections(anonymous);
  assert.ok(groups.platform_admin.includes('Bogdan Ciobanu'));
  // Everybody of the demo but the two people earlier tests renamed and deleted.
  for (const u of demo.users.filter((x) => !x.email.startsWith('petra.') && !x.email.startsWith('adriana.'))) {
    for (const role of u.roles) {
      const id = role.replace(':', '-');
      assert.ok(groups[id]?.includes(escapeHtml(u.display_name)), `${u.display_name} under ${id}`);
    }
  }
  assert.ok(groups.sc_member.includes(escapeHtml(person('ioana.margineanu@nord-est-cluster-agency.example').display_name)));
  assert.ok(!groups.stc_member.includes(escapeHtml(person('georgi.stoyanov@maritsa-rda.example').display_name)), 'only under their own roles');
  assert.match(groups['wg_member-WG2'], new RegExp(`<a href="/en/organisations/${organisations['ida-agrifood-cluster']}">`), 'with a link to the organisation');
  assert.doesNotMatch(anonymous, /mailto:|@[a-z-]+\.example/, 'no addresses for visitors');
  assert.match(anonymous, /E-mail addresses are shown to signed-in members only/);

  const member = new Browser(server.base);
  await member.signIn('reka.fekete@hajdusag-university.example');
  const signedIn = (await member.get('/en/people')).html;
  assert.match(signedIn, /<a href="mailto:admin@clusterpolisee\.example">admin@clusterpolisee\.example<\/a>/);
  assert.doesNotMatch(signedIn, /shown to signed-in members only/);
  assert.deepEqual(Object.keys(sections(signedIn)), Object.keys(groups), 'the same groups');
  const lead = organisations['nord-est-cluster-agency'];
  const publicMembers = (await (await fetch(`${server.base}/api/v1/organisations/${lead}`)).json()).members;
  assert.ok(publicMembers.length >= 3 && publicMembers.every((m) => !('email' in m)), 'the API hides addresses from visitors too');
  const memberView = (await member.api('GET', `/api/v1/organisations/${lead}`)).body.members;
  assert.ok(memberView.some((m) => m.email === 'admin@clusterpolisee.example'), 'and shows them to members');
});

// ---- Administration ----

test('an administrator grants a role; the audit log records it with sign-ins and tokens and exports it as CSV', async () => {
  const email = 'gabor.horvath@vertes-mechatronics-cluster.example';
  const id = await userId(email);
  const target = new Browser(server.base);
  await target.signIn(email);
  const oldSession = target.session;
  await target.api('POST', '/api/v1/tokens', { json: { name: 'Audit probe token', scope: 'read' } });
  const probe = new Browser(server.base);
  await probe.get('/en/login');
  assert.equal((await probe.post('/en/login', { email: 'audit.probe@nowhere.example', password: 'guessing 2026' })).status, 401);
  assert.equal((await probe.post('/en/login', { email: '=HYPERLINK("http://evil.example")', password: 'guessing 2026' })).status, 401);
  await sleep(1100 - (Date.now() % 1000));  // the grant happens in a later second than the sign-in

  const page = await admin.get(`/en/admin/users/${id}`);
  assert.equal(page.status, 200);
  const fields = formFields(page.html, `/en/admin/users/${id}/roles`);
  assert.deepEqual(fields.filter(([k]) => k === 'roles').map(([, v]) => v).sort(), ['partner_staff', 'wg_coordinator:WG6']);
  const res = await admin.post(`/en/admin/users/${id}/roles`, [...fields, ['roles', 'sc_member']]);
  assert.equal(res.status, 303);
  assert.equal(res.location, `/en/admin/users/${id}?done=roles`);
  assert.match((await admin.get(`/en/admin/users/${id}`)).html, /id="role-sc_member" name="roles" value="sc_member" checked/);

  // New rights, new session id: the old id stops working.
  assert.match((await target.get('/en/account')).html, /Steering committee member/);
  assert.notEqual(target.session, oldSession, 'the session id changes with the roles');
  const me = await target.api('GET', '/api/v1/users/me');
  assert.ok(me.body.roles.some((r) => r.role === 'sc_member'));
  assert.equal((await fetch(`${server.base}/api/v1/users/me`, { headers: { Cookie: `cps_session=${oldSession}` } })).status, 401);

  const audit = await admin.get('/en/admin/audit');
  assert.equal(audit.status, 200);
  const rows = auditRows(audit.html);
  const grant = rows.find((e) => e.action === 'role.granted' && e.target === `user:${id}`);
  assert.ok(grant, 'role.granted is recorded');
  assert.equal(grant.actor, 'admin@clusterpolisee.example');
  assert.equal(grant.detail, 'sc_member');
  assert.equal(grant.client, '127.0.0.1');
  assert.match(grant.at, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  assert.ok(rows.some((e) => e.action === 'login.failed' && e.actor === 'audit.probe@nowhere.example'), 'login.failed');
  assert.ok(rows.some((e) => e.action === 'login.succeeded' && e.actor === email && e.target === `user:${id}`), 'login.succeeded');
  assert.ok(rows.some((e) => e.action === 'token.created' && e.actor === email && e.detail === 'read'), 'token.created');

  const filtered = auditRows((await admin.get('/en/admin/audit?action=role.')).html);
  assert.ok(filtered.length > 0 && filtered.every((e) => e.action.startsWith('role.')));
  assert.equal((await admin.get('/en/admin/audit?action=DROP%20TABLE')).status, 400);
  assert.equal((await admin.get('/en/admin/audit?since=yesterday')).status, 400);
  assert.equal(auditRows((await admin.get('/en/admin/audit?until=2000-01-01')).html).length, 0);

  const csv = await admin.fetch('/en/admin/audit.csv?action=role.');
  assert.equal(csv.status, 200);
  assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(csv.headers.get('content-disposition'), /^attachment; filename="clusterpolisee-audit\.csv"$/);
  const table = parseCsv(await csv.text());
  assert.deepEqual(table[0], ['id', 'at', 'actor', 'action', 'target', 'detail', 'client']);
  assert.ok(table.slice(1).some((r) => r[2] === 'admin@clusterpolisee.example' && r[3] === 'role.granted' && r[4] === `user:${id}` && r[5] === 'sc_member'));
  assert.ok(table.slice(1).every((r) => r[3].startsWith('role.')), 'the filter applies to the export');
  const logins = parseCsv(await (await admin.fetch('/en/admin/audit.csv?action=login.')).text());
  assert.ok(logins.slice(1).some((r) => r[2] === `'=HYPERLINK("http://evil.example")` && r[3] === 'login.failed'), 'a typed formula is defused in the export');
  for (const r of logins.slice(1)) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@]/);
});

test('after a role change, a cookie-authenticated API call gives the browser its new session id', async () => {
  const email = 'luka.peric@sava-cluster-alliance.example';
  const id = await userId(email);
  const b = new Browser(server.base);
  await b.signIn(email);
  const oldSession = b.session;
  await sleep(1100 - (Date.now() % 1000));
  const fields = formFields((await admin.get(`/en/admin/users/${id}`)).html, `/en/admin/users/${id}/roles`);
  assert.equal((await admin.post(`/en/admin/users/${id}/roles`, [...fields, ['roles', 'stc_member']])).status, 303);

  // The first request after the change rotates the session id on the server; the answer must
  // carry the new id, or the browser is left holding an id that no longer exists.
  const first = await b.api('GET', '/api/v1/users/me');
  assert.equal(first.status, 200);
  assert.ok(first.body.roles.some((r) => r.role === 'stc_member'));
  assert.ok(first.res.headers.getSetCookie().some((c) => c.startsWith('cps_session=') && !c.startsWith(`cps_session=${oldSession}`)),
    'the API answer sets the new session cookie');
  const second = await b.api('GET', '/api/v1/users/me');
  assert.equal(second.status, 200, 'the browser is still signed in on its next call');
});

// ---- Mail delivery and the command line ----

test('a mail the SMTP server refuses at first is delivered on a later try', async () => {
  const refusing = await startSmtp({ refuse: 1 });
  const s = await startServer({ extraArgs: ['--smtp-url', refusing.url, '--mail-interval', '1', '--mail-retry', '1'] });
  try {
    const email = 'maja.kovacic@pohorje-wood-cluster.example';
    const b = new Browser(s.base);
    await b.get('/en/password-reset');
    assert.equal((await b.post('/en/password-reset', { email })).status, 200);
    const mail = await refusing.waitFor(email);
    assert.equal(mail.subject, 'Choose a new ClusterPoliSEE password');
    assert.equal(refusing.messages.length, 1, 'delivered once');
    assert.match(s.stderr(), /outbox: 0 sent, 1 to retry/, 'the first try was refused');
    // The server logs the round after it has told the SMTP server, so it may come a moment later.
    await until('the log of the delivery', () => /outbox: 1 sent/.test(s.stderr()));
    assert.equal((await b.get(new URL(linkIn(mail)).pathname + new URL(linkIn(mail)).search)).status, 200, 'the retried link works');
  } finally {
    const { code } = await s.stop();
    await refusing.close();
    assert.equal(code, 0);
  }
});

test('the user commands add people, set roles, print reset links and list accounts', async () => {
  const email = 'cli.person@maritsa-rda.example';
  const add = cli(['user', 'add', '--email', email, '--name', 'Ivan Clijev', '--organisation', 'maritsa-rda', '--role', 'partner_staff', '--password-stdin'], 'thracian plain sunsets\n');
  assert.equal(add.status, 0, add.stderr);
  assert.match(add.stdout, /can sign in now/);
  const b = new Browser(server.base);
  await b.signIn(email, 'thracian plain sunsets');
  const me = await b.api('GET', '/api/v1/users/me');
  assert.equal(me.body.display_name, 'Ivan Clijev');
  assert.equal(me.body.organisation, organisations['maritsa-rda']);
  assert.deepEqual(me.body.roles, [{ role: 'partner_staff', working_group: null }]);

  const set = cli(['user', 'set-role', '--email', email.toUpperCase(), '--role', 'sc_member', '--role', 'wg_member:WG3']);
  assert.equal(set.status, 0, set.stderr);
  assert.match(set.stdout, /now has 2 role\(s\)/);
  const list = cli(['user', 'list']);
  assert.equal(list.status, 0, list.stderr);
  const line = list.stdout.split('\n').find((l) => l.startsWith(`${email}\t`));
  assert.equal(line, `${email}\tIvan Clijev\tactive\tsc_member,wg_member:WG3`);
  assert.ok(list.stdout.includes('admin@clusterpolisee.example\tBogdan Ciobanu\tactive\t'));
  assert.deepEqual((await b.api('GET', '/api/v1/users/me')).body.roles.map((r) => r.role).sort(), ['sc_member', 'wg_member'], 'the browser sees the new roles');

  const reset = cli(['user', 'reset-password', '--email', email]);
  assert.equal(reset.status, 0, reset.stderr);
  const link = /(https?:\/\/\S+\/password-reset\?token=[A-Za-z0-9_-]{43})\s*$/.exec(reset.stdout)?.[1];
  assert.ok(link, reset.stdout);
  const url = new URL(link);
  assert.equal((await fetch(`${server.base}${url.pathname}${url.search}`)).status, 200, 'the printed link opens the new-password form');

  const invited = 'cli.invitee@example.org';
  const inv = cli(['user', 'add', '--email', invited, '--name', 'Invited From Shell', '--role', 'stakeholder']);
  assert.equal(inv.status, 0, inv.stderr);
  assert.match(inv.stdout, /is invited/);
  const mail = await smtp.waitFor(invited);
  assert.equal(mail.subject, 'You are invited to ClusterPoliSEE');
  assert.match(cli(['user', 'list']).stdout, new RegExp(`${escapeRe(invited)}\\tInvited From Shell\\tinvited\\tstakeholder`));
});

test('the user commands refuse bad input with exit code 2 and a message, changing nothing', () => {
  const before = cli(['user', 'list']).stdout;
  const cases = [
    [['user', 'add', '--email', 'no.name@example.org'], null, /name/i],
    [['user', 'add', '--email', 'not-an-address', '--name', 'X'], null, /valid e-mail/],
    [['user', 'add', '--email', 'admin@clusterpolisee.example', '--name', 'Twin'], null, /exists already/],
    [['user', 'add', '--email', 'role.typo@example.org', '--name', 'X', '--role', 'emperor'], null, /role does not exist/],
    [['user', 'add', '--email', 'role.wg@example.org', '--name', 'X', '--role', 'wg_member'], null, /working group/],
    [['user', 'add', '--email', 'role.wg9@example.org', '--name', 'X', '--role', 'wg_member:WG9'], null, /working group/],
    [['user', 'add', '--email', 'org.typo@example.org', '--name', 'X', '--organisation', 'no-such-org'], null, /organisation/],
    [['user', 'add', '--email', 'empty.pw@example.org', '--name', 'X', '--password-stdin'], '', /No password/],
    [['user', 'add', '--email', 'weak.pw@example.org', '--name', 'X', '--password-stdin'], 'short\n', /password/],
    [['user', 'set-role', '--email', 'nobody@example.org', '--role', 'sc_member'], null, /No account/],
    [['user', 'set-role', '--email', 'admin@clusterpolisee.example', '--role', 'dictator'], null, /role does not exist/],
    [['user', 'reset-password', '--email', 'nobody@example.org'], null, /No account/],
    [['user', 'reset-password', '--email', 'bad address'], null, /valid e-mail/],
  ];
  for (const [args, input, message] of cases) {
    const r = cli(args, input);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.status} ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
  }
  assert.equal(cli(['user', 'list']).stdout, before, 'nothing changed');
  // The last administrator cannot be demoted.
  const demote = cli(['user', 'set-role', '--email', 'admin@clusterpolisee.example', '--role', 'partner_staff']);
  assert.equal(demote.status, 2, demote.stderr);
  assert.match(demote.stderr, /at least one administrator/);
});
