// Two app servers on one PostgreSQL behind nginx, as docs/deploy.md deploys them: a person
// signed in on one server is signed in on the other; a change made through one is seen
// through the other — pages, the knowledge search and the page cache — within the page
// cache's refresh interval (cache_refresh_ms, 1000 by default); throttling counts failures on
// both; and nginx spreads requests over both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser } from '../support/browser.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { until } from '../support/wait.mjs';

const REFRESH_MS = 1000;
let server;
let a;
let b;
before(async () => {
  server = await startServer({ proxy: 'nginx' });
  [a, b] = server.servers;
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

async function call(base, token, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

test('a session made on one server is good on the other, and signing out on one ends it on both', async () => {
  const onA = await signIn(a, 'admin@clusterpolisee.example');
  const { cookie } = onA;
  const account = async (base) => (await fetch(`${base}/en/account`, { redirect: 'manual', headers: { Cookie: cookie } })).status;
  assert.ok(cookie, 'signed in');
  assert.equal(await account(a), 200);
  assert.equal(await account(b), 200, 'the session is in the database, not in the server');
  const out = new Browser(b);
  out.cookies = new Map(cookie.split('; ').map((c) => c.split('=')));
  const page = await out.get('/en/account');
  assert.equal(page.status, 200);
  const bye = await out.post('/en/logout', {});
  assert.equal(bye.status, 303);
  assert.notEqual(await account(a), 200, 'signed out everywhere');
});

test('a practice published through one server is found and shown through the other within the refresh interval', async () => {
  const admin = await signIn(a, 'admin@clusterpolisee.example');
  const token = (await createToken(admin, 'two servers')).secret;
  const word = `zeolith${Date.now() % 100000}`;
  // Server B has the search page, the list and the search index warm before the change.
  const searchPage = `/en/knowledge?q=${word}`;
  assert.doesNotMatch(await (await fetch(b + searchPage)).text(), /Filter mills/);
  assert.equal((await call(b, token, 'GET', `/api/v1/knowledge?q=${word}`)).body.total, 0);
  const home = await (await fetch(`${b}/en/knowledge`)).text();

  const created = await call(a, token, 'POST', '/api/v1/knowledge', {
    kind: 'good_practice', original_language: 'en', areas: ['WG1'], countries: ['RO'], regions: ['RO21'], timeframe: 'current',
    instrument: 'vouchers',
    texts: [{ language: 'en', title: `Filter mills share a ${word} laboratory`, summary: 'Small mills test their filters together.', body: 'One laboratory, shared.' }],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const submitted = await call(a, token, 'POST', `/api/v1/knowledge/${id}/submit`, { revision: created.body.revision });
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  const published = await call(a, token, 'POST', `/api/v1/knowledge/${id}/publish`, { revision: submitted.body.revision });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  const changed = Date.now();

  // The search index takes in changes before each search, whichever server made them.
  const found = await call(b, token, 'GET', `/api/v1/knowledge?q=${word}`);
  assert.deepEqual(found.body.items.map((i) => i.id), [id]);
  // Cached pages follow once the other server reads the data epoch again.
  await until('the search page on the other server', async () => /Filter mills/.test(await (await fetch(b + searchPage)).text()) || undefined, { every: 100 });
  await until('the list on the other server', async () => (await (await fetch(`${b}/en/knowledge`)).text()) !== home || undefined, { every: 100 });
  const item = await fetch(`${b}/en/knowledge/${id}`);
  assert.equal(item.status, 200);
  assert.match(await item.text(), /Filter mills share/);
  const took = Date.now() - changed;
  assert.ok(took < REFRESH_MS + 1500, `seen after ${took} ms`);
});

test('nginx spreads requests over both servers', async () => {
  const before = await Promise.all(server.servers.map(async (s) => (await (await fetch(`${s}/metrics`)).text())));
  const count = (text) => Number(/cps_http_requests_total\{route="\/healthz",method="GET",status="200"\} (\d+)/.exec(text)?.[1] ?? 0);
  for (let i = 0; i < 20; i++) assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
  const afterward = await Promise.all(server.servers.map(async (s) => (await (await fetch(`${s}/metrics`)).text())));
  const served = afterward.map((text, i) => count(text) - count(before[i]));
  assert.equal(served[0] + served[1], 20);
  assert.ok(served[0] >= 5 && served[1] >= 5, `round robin: ${served}`);
});

test('failed sign-ins count on both servers: switching server does not escape the throttle', async () => {
  const tries = [new Browser(a), new Browser(b)];
  for (const t of tries) await t.get('/en/login');
  let blocked = false;
  for (let i = 0; i < 40 && !blocked; i++) {
    const r = await tries[i % 2].post('/en/login', { email: `guess${i}@example.org`, password: 'a guess 2026' });
    blocked = r.status === 429;
  }
  assert.ok(blocked, 'the failures of both servers add up');
});
