// The report of searches that found little, end to end on the real server and database: people's
// searches on the page and through the API that find nothing or few items are counted by their
// normalised words and language — filtered ones, later pages and words that may identify
// someone are not; the thesaurus' keepers read it on the page, as CSV and through the API (with
// the shared paging), and take a row off with a form (its token checked, the change audited);
// everybody else is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { decodeHtml } from '../support/browser.mjs';

let server;
let keeper;   // a member of the scientific-technical committee
let member;   // partner staff without a role that reads the report
let keeperToken;
before(async () => {
  server = await startServer();
  keeper = await signIn(server.base, 'adriana.stoica@banat-regional-economics-institute.example');
  member = await signIn(server.base, 'petra.novak@si-smart-specialisation-agency.example');
  keeperToken = (await createToken(keeper, 'search gaps', 'read')).secret;
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const searchPage = (lang, q, more = '') => fetch(`${server.base}/${lang}/knowledge?q=${encodeURIComponent(q)}${more}`);
const searchApi = (q, more = '') => fetch(`${server.base}/api/v1/knowledge?q=${encodeURIComponent(q)}${more}`);
const report = async (query = '', secret = keeperToken) => {
  const res = await fetch(`${server.base}/api/v1/search-gaps${query}`, { headers: { Authorization: `Bearer ${secret}` } });
  return { status: res.status, body: await res.json() };
};
const rowOf = (body, query, language = 'en') => body.items.find((g) => g.query === query && g.language === language);

test('searches that find nothing are counted by normalised words and language, without who or where', async () => {
  assert.equal((await searchPage('en', 'Zzyqx  Frobnication')).status, 200);
  assert.equal((await searchApi('zzyqx frobnication', '&ui=en')).status, 200);
  assert.equal((await searchPage('ro', 'zzyqx frobnication')).status, 200);
  // Not counted: a filtered search, a later page, an e-mail address, a long number.
  await searchPage('en', 'zzyqx filtered', '&area=WG1');
  await searchPage('en', 'zzyqx paged', '&page=2');
  await searchApi('ana.popescu@rda.example', '&ui=en');
  await searchPage('en', 'zzyqx 0721555123');

  const { status, body } = await report();
  assert.equal(status, 200);
  const en = rowOf(body, 'zzyqx frobnication');
  assert.ok(en, JSON.stringify(body.items));
  assert.deepEqual(Object.keys(en).sort(), ['first_week', 'language', 'last_week', 'query', 'results', 'searches']);
  assert.equal(en.searches, 2);
  assert.equal(en.results, 'none');
  assert.match(en.last_week, /^\d{4}-W\d{2}$/);
  assert.equal(rowOf(body, 'zzyqx frobnication', 'ro').searches, 1);
  for (const q of ['zzyqx filtered', 'zzyqx paged', 'ana.popescu@rda.example', 'zzyqx 0721555123'])
    assert.ok(!body.items.some((g) => g.query === q), q);
  assert.equal(body.retention_weeks, 26);
  assert.equal(body.few_results, 3);
  assert.equal(typeof body.total, 'number');

  // Filters and the shared paging.
  const romanian = await report('?language=ro&results=none');
  assert.ok(romanian.body.items.every((g) => g.language === 'ro' && g.results === 'none'));
  const first = await report('?limit=1');
  assert.equal(first.body.items.length, 1);
  if (first.body.total > 1) assert.ok(first.body.next_cursor);
  assert.equal((await report('?limit=0')).status, 400);
  assert.equal((await report('?results=many')).body.parameter, 'results');
});

test('only the thesaurus keepers read the report', async () => {
  const anonymous = await fetch(`${server.base}/api/v1/search-gaps`);
  assert.equal(anonymous.status, 401);
  const memberToken = (await createToken(member, 'not a keeper', 'read')).secret;
  assert.equal((await report('', memberToken)).status, 403);
  assert.equal((await member.fetch('/en/admin/search-gaps')).status, 403);
  assert.equal((await member.fetch('/en/admin/search-gaps.csv')).status, 403);
  const signInFirst = await fetch(`${server.base}/en/admin/search-gaps`, { redirect: 'manual' });
  assert.ok([401, 303].includes(signInFirst.status), String(signInFirst.status));
});

test('the page and the CSV show the report; a row is taken off with the form, audited', async () => {
  await searchPage('en', 'qwxz vvkqj');
  const shown = await keeper.fetch('/en/admin/search-gaps?language=en');
  assert.equal(shown.status, 200);
  const html = decodeHtml(await shown.text());
  assert.match(html, /Searches that found little/);
  assert.match(html, /is deleted/);
  assert.match(html, /<a href="\/en\/knowledge\?q=qwxz%20vvkqj" lang="en">qwxz vvkqj<\/a>/);

  const csv = await keeper.fetch('/en/admin/search-gaps.csv?language=en');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  const lines = (await csv.text()).trim().split(/\r?\n/);
  assert.equal(lines[0], 'query,language,results,searches,first_week,last_week');
  assert.ok(lines.some((l) => l.startsWith('qwxz vvkqj,en,none,1,')), lines.join('\n'));

  const fields = { query: 'qwxz vvkqj', language: 'en', results: 'none' };
  const post = (body) => keeper.fetch('/en/admin/search-gaps/dismiss', {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body),
  });
  assert.equal((await post(fields)).status, 403, 'without the form token');
  assert.ok(rowOf((await report()).body, 'qwxz vvkqj'));
  const done = await post({ ...fields, csrf: keeper.csrf });
  assert.equal(done.status, 303);
  assert.match(done.headers.get('location'), /\/en\/admin\/search-gaps\?done=dismissed$/);
  assert.ok(!rowOf((await report()).body, 'qwxz vvkqj'));
  assert.equal((await post({ ...fields, csrf: keeper.csrf })).status, 404);

  const admin = await signIn(server.base, 'admin@clusterpolisee.example');
  const audit = await (await admin.fetch('/en/admin/audit.csv?action=search.gap.')).text();
  assert.match(audit, /search\.gap\.dismissed,search_gap:en,none qwxz vvkqj/);
  assert.match(audit, /adriana\.stoica@banat-regional-economics-institute\.example/);
});

test('the API takes a row off with a write token, and a read token may not', async () => {
  await searchApi('qwxz apigapq', '&ui=hu');
  const body = JSON.stringify({ query: 'qwxz apigapq', language: 'hu', results: 'none' });
  const dismiss = (secret) => fetch(`${server.base}/api/v1/search-gaps/dismiss`, {
    method: 'POST', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body,
  });
  assert.equal((await dismiss(keeperToken)).status, 403);
  const writer = (await createToken(keeper, 'search gaps writer', 'write')).secret;
  assert.equal((await dismiss(writer)).status, 204);
  assert.ok(!rowOf((await report('?language=hu')).body, 'qwxz apigapq', 'hu'));
  const bad = await fetch(`${server.base}/api/v1/search-gaps/dismiss`, {
    method: 'POST', headers: { Authorization: `Bearer ${writer}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'x', language: 'en', results: 'lots' }),
  });
  assert.equal(bad.status, 400);
});
