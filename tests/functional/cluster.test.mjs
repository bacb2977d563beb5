// Two server processes on one PostgreSQL database behave as one site: sessions, sign-outs,
// the throttling of sign-ins, API tokens, edits, knowledge search and the mail outbox are
// shared through the database, not kept in either process. PostgreSQL only (SQLite serves one process).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, createDatabase, dropDatabase, backend } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { PASSWORD, Browser, bearer, formFields, replaced, auditRows, escapeRe, sleep } from '../support/browser.mjs';

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
    url = createDatabase(dir, { demo: true });
    const mail = ['--smtp-url', smtp.url, '--mail-interval', '1', '--mail-retry', '1'];
    a = await startServer({ database: url, demo: false, extraArgs: mail });
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

  test('a knowledge item saved on one server is found by the search of the other, edited and deleted alike', async () => {
    const admin = new Browser(a.base);
    await admin.signIn('admin@clusterpolisee.example');
    const token = (await admin.api('POST', '/api/v1/tokens', { json: { name: 'Search check', scope: 'write' } })).body.secret;
    const model = (await bearer(a.base, token, 'GET', '/api/v1/knowledge?limit=1')).body.items[0];
    const { id, status, revision, author, created_at, updated_at, published_at, ...input } = model;
    input.slug = 'shared-search-check';
    input.texts = input.texts.map((t) => ({ ...t, title: `Wombatvoucher ${t.title}` }));
    const created = await bearer(a.base, token, 'POST', '/api/v1/knowledge', input);
    assert.equal(created.status, 201);
    const onB = await bearer(b.base, token, 'GET', '/api/v1/knowledge?q=wombatvoucher');
    assert.deepEqual(onB.body.items.map((i) => i.slug), ['shared-search-check']);

    const renamed = { ...input, revision: created.body.revision, texts: input.texts.map((t) => ({ ...t, title: t.title.replace('Wombatvoucher', 'Koalavoucher') })) };
    assert.equal((await bearer(b.base, token, 'PUT', `/api/v1/knowledge/${created.body.id}`, renamed)).status, 200);
    assert.equal((await bearer(a.base, token, 'GET', '/api/v1/knowledge?q=wombatvoucher')).body.total, 0);
    assert.equal((await bearer(a.base, token, 'GET', '/api/v1/knowledge?q=koalavoucher')).body.total, 1);
    assert.equal((await bearer(a.base, token, 'DELETE', `/api/v1/knowledge/${created.body.id}`)).status, 204);
    assert.equal((await bearer(b.base, token, 'GET', '/api/v1/knowledge?q=koalavoucher')).body.total, 0);
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
