// The knowledge base's review workflow through the API, as the item page offers it: an item
// written by a partner goes draft → submit → return (with a reason; refused without) → submit
// → publish → archive → publish again, with the refusals of who may not, of a wrong state or
// revision and of an unknown item, each as a problem; the audit log holds the same entries the
// pages' buttons write. And the one paging of every list of the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { parseCsv } from '../support/browser.mjs';

let server;
let admin;
let author;   // a partner's staff: writes items, reviews none
let reviewer; // the WG1 coordinator
let reader;   // the author's token that may only read
let outsider; // a stakeholder outside the partnership
before(async () => {
  server = await startServer();
  admin = await signIn(server.base, 'admin@clusterpolisee.example');
  const partner = await signIn(server.base, 'petra.novak@si-smart-specialisation-agency.example');
  author = (await createToken(partner, 'workflow', 'write')).secret;
  reader = (await createToken(partner, 'workflow, reading', 'read')).secret;
  const coordinator = await signIn(server.base, 'chiara.benedetti@via-emilia-innovation-agency.example');
  reviewer = (await createToken(coordinator, 'workflow', 'write')).secret;
  const stakeholder = await signIn(server.base, 'cristian.lupu@valea-sucevei-wood-cluster.example');
  outsider = (await createToken(stakeholder, 'workflow', 'write')).secret;
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

// A call with a token (none: anonymous); the body is sent as JSON when given.
async function call(token, method, path, body) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(server.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : null };
}

// A refusal: its status, as application/problem+json, naming `parameter` when given.
function refused(answer, status, parameter) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.match(answer.type, /^application\/problem\+json/);
  assert.equal(answer.body.status, status);
  if (parameter !== undefined) assert.equal(answer.body.parameter, parameter, JSON.stringify(answer.body));
}

const newItem = (title) => ({
  kind: 'good_practice', original_language: 'en', areas: ['WG1'], countries: ['SI'], regions: ['SI04'], timeframe: 'current',
  instrument: 'vouchers',
  texts: [{ language: 'en', title, summary: 'Small firms of a wood cluster buy prototyping services.', body: 'The voucher pays half of a prototype.' }],
});

test('an item goes draft → submit → return → submit → publish → archive through the API, refusals as problems', async () => {
  const created = await call(author, 'POST', '/api/v1/knowledge', newItem('Prototyping vouchers in the wood industry'));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const at = (step) => `/api/v1/knowledge/${id}/${step}`;
  assert.equal(created.body.status, 'draft');
  assert.equal(created.body.revision, 1);

  // Who may not: a token that may only read, a reviewer publishing a
  // draft (the state is wrong, not the person), and somebody who cannot see the draft at all.
  refused(await call(reader, 'POST', at('submit'), { revision: 1 }), 403);
  refused(await call(outsider, 'POST', at('submit'), { revision: 1 }), 404);
  refused(await call(reviewer, 'POST', at('publish'), { revision: 1 }), 409, 'status');
  // Bad bodies: no revision, an unknown member, not JSON.
  refused(await call(author, 'POST', at('submit'), {}), 400, 'revision');
  refused(await call(author, 'POST', at('submit'), { revision: '1' }), 400, 'revision');
  refused(await call(author, 'POST', at('submit'), { revision: 1, reason: 'no' }), 400, 'reason');
  const notJson = await fetch(server.base + at('submit'), {
    method: 'POST', headers: { Authorization: `Bearer ${author}`, 'Content-Type': 'application/json' }, body: '{revision',
  });
  assert.equal(notJson.status, 400);
  assert.equal((await call(author, 'GET', `/api/v1/knowledge/${id}`)).body.revision, 1, 'nothing refused changed the item');

  // The author submits; the answer is the item as GET returns it.
  const submitted = await call(author, 'POST', at('submit'), { revision: 1 });
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  assert.equal(submitted.body.status, 'in_review');
  assert.equal(submitted.body.revision, 2);
  assert.deepEqual(submitted.body, (await call(author, 'GET', `/api/v1/knowledge/${id}`)).body);
  // Sent again (a program behind, a double click): the state has moved on.
  refused(await call(author, 'POST', at('submit'), { revision: 2 }), 409, 'status');
  // Its author does not review it.
  refused(await call(author, 'POST', at('publish'), { revision: 2 }), 403);
  refused(await call(author, 'POST', at('return'), { revision: 2, reason: 'Mine.' }), 403);

  // The reviewer returns it: a reason is required, the revision must be the current one.
  refused(await call(reviewer, 'POST', at('return'), { revision: 2 }), 400, 'reason');
  refused(await call(reviewer, 'POST', at('return'), { revision: 2, reason: '   ' }), 400, 'reason');
  refused(await call(reviewer, 'POST', at('return'), { revision: 2, reason: 'x'.repeat(2001) }), 400, 'reason');
  refused(await call(reviewer, 'POST', at('return'), { revision: 2, reason: 42 }), 400, 'reason');
  refused(await call(reviewer, 'POST', at('return'), { revision: 1, reason: 'Name the region.' }), 409, 'revision');
  const returned = await call(reviewer, 'POST', at('return'), { revision: 2, reason: 'Name the region where it was tested.' });
  assert.equal(returned.status, 200, JSON.stringify(returned.body));
  assert.equal(returned.body.status, 'draft');
  assert.equal(returned.body.revision, 3);
  // Only an item in review is returned or published.
  refused(await call(reviewer, 'POST', at('return'), { revision: 3, reason: 'Again.' }), 409, 'status');

  const again = await call(author, 'POST', at('submit'), { revision: 3 });
  assert.equal(again.body.status, 'in_review');
  const published = await call(reviewer, 'POST', at('publish'), { revision: 4 });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  assert.equal(published.body.status, 'published');
  assert.equal(published.body.revision, 5);
  assert.ok(published.body.published_at);
  assert.equal((await call(null, 'GET', `/api/v1/knowledge/${id}`)).status, 200, 'everybody sees it now');
  refused(await call(reviewer, 'POST', at('publish'), { revision: 5 }), 409, 'status');

  // Archiving: not without signing in, nor by its author or a stakeholder who sees it; by the
  // reviewer.
  refused(await call(null, 'POST', at('archive'), { revision: 5 }), 401);
  refused(await call(author, 'POST', at('archive'), { revision: 5 }), 403);
  refused(await call(outsider, 'POST', at('archive'), { revision: 5 }), 403);
  refused(await call(reviewer, 'POST', at('archive'), { revision: 4 }), 409, 'revision');
  const archived = await call(reviewer, 'POST', at('archive'), { revision: 5 });
  assert.equal(archived.status, 200, JSON.stringify(archived.body));
  assert.equal(archived.body.status, 'archived');
  assert.equal(archived.body.revision, 6);
  refused(await call(reviewer, 'POST', at('archive'), { revision: 6 }), 409, 'status');
  // The page's Publish button takes an archived item back, and so does the API; the first
  // publication date stays.
  const back = await call(reviewer, 'POST', at('publish'), { revision: 6 });
  assert.equal(back.status, 200, JSON.stringify(back.body));
  assert.equal(back.body.status, 'published');
  assert.equal(back.body.published_at, published.body.published_at);

  // The history's restore: revision 1's content as a new revision.
  refused(await call(author, 'POST', at('restore'), { revision: 7 }), 400, 'number');
  refused(await call(author, 'POST', at('restore'), { revision: 7, number: 99 }), 404);
  const restored = await call(author, 'POST', at('restore'), { revision: 7, number: 1 });
  assert.equal(restored.status, 200, JSON.stringify(restored.body));
  assert.equal(restored.body.revision, 8);
  assert.equal(restored.body.status, 'published');

  // The audit log holds each step, as the pages write it, the reason with the return.
  const csv = await admin.fetch('/en/admin/audit.csv?action=knowledge.');
  assert.equal(csv.status, 200);
  const [header, ...rows] = parseCsv(await csv.text());
  const col = Object.fromEntries(header.map((name, i) => [name, i]));
  const entries = rows.filter((r) => r[col.target] === `knowledge:${id}`).map((r) => [r[col.action], r[col.detail]]).reverse();
  assert.deepEqual(entries[0], ['knowledge.created', 'slug prototyping-vouchers-in-the-wood-industry']);
  assert.deepEqual(entries.slice(1), [
    ['knowledge.submitted', ''],
    ['knowledge.sent_back', 'Name the region where it was tested.'],
    ['knowledge.submitted', ''],
    ['knowledge.published', ''],
    ['knowledge.archived', ''],
    ['knowledge.published', ''],
    ['knowledge.restored', 'revision 1'],
  ]);
});

test('an unknown item is not found, whatever the step', async () => {
  for (const step of ['submit', 'publish', 'return', 'archive', 'restore']) {
    refused(await call(reviewer, 'POST', `/api/v1/knowledge/99999999/${step}`, { revision: 1, ...(step === 'return' ? { reason: 'x' } : {}), ...(step === 'restore' ? { number: 1 } : {}) }), 404);
    refused(await call(reviewer, 'POST', `/api/v1/knowledge/abc/${step}`, { revision: 1 }), 404);
  }
  // A step is only posted.
  assert.equal((await fetch(`${server.base}/api/v1/knowledge/1/submit`)).status, 405);
});

// Every list of the API pages the same way: `limit` and `cursor` in, items, total and
// next_cursor out (with a Link to the next page), and a bad limit or cursor is a problem that
// names it. Lists answered whole before they took paging still are without a limit.
const LISTS = [
  { path: '/api/v1/knowledge', whole: false },
  { path: '/api/v1/search-gaps', whole: true },
  { path: '/api/v1/regions?country=RO', whole: false },
  { path: '/api/v1/areas?lang=ro', whole: true },
  { path: '/api/v1/countries', whole: true },
  { path: '/api/v1/organisations', whole: true },
  { path: '/api/v1/reporting-periods', whole: true },
  { path: '/api/v1/tokens', whole: true },
  { path: '/api/v1/datasets', whole: true },
  { path: '/api/v1/cluster-categories', whole: true },
  { path: '/api/v1/frameworks', whole: true },
  { path: '/api/v1/assessments', whole: true },
  { path: '/api/v1/pilots', whole: true },
  { path: '/api/v1/reports', whole: true },
  { path: '/api/v1/transfers', whole: true },
  { path: '/api/v1/transfers/flows', whole: true },
  { path: '/api/v1/mentoring/mentors', whole: true },
  { path: '/api/v1/cluster-profiles', whole: true },
  { path: '/api/v1/partner-search/saved', whole: true },
  { path: '/api/v1/curations', whole: true },
  { path: '/api/v1/helpdesk?view=all', whole: true },
  { path: '/api/v1/feedback', whole: true },
];

test('every list endpoint takes limit and cursor and answers one page shape', async () => {
  const token = (await createToken(admin, 'paging')).secret;
  await createToken(admin, 'paging, a second');
  // Two saved searches, so that the administrator's list has a second page.
  for (const [name, q] of [['Paging one', 'timber'], ['Paging two', 'furniture']]) {
    const res = await admin.fetch('/api/v1/partner-search/saved', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': admin.csrf }, body: JSON.stringify({ name, q }),
    });
    assert.equal(res.status, 201, await res.text());
  }
  let paged = 0;
  const get = async (path) => {
    const res = await fetch(server.base + path, { headers: { Authorization: `Bearer ${token}` } });
    return { status: res.status, type: res.headers.get('content-type'), link: res.headers.get('link'), body: await res.json() };
  };
  const join = (path, query) => path + (path.includes('?') ? '&' : '?') + query;
  // The lists of one assessment and of one practice: the first the administrator sees.
  const assessment = (await get('/api/v1/assessments')).body.items[0].id;
  const practice = (await get('/api/v1/transfers')).body.items[0].item;
  const lists = [...LISTS,
    { path: `/api/v1/assessments/${assessment}/comments`, whole: true },
    { path: `/api/v1/assessments/${assessment}/recommendations`, whole: true },
    { path: '/api/v1/assessments/agreement', whole: true },
    { path: `/api/v1/knowledge/${practice}/transfers`, whole: true },
    { path: `/api/v1/knowledge/${practice}/pilots`, whole: true }];
  for (const { path, whole } of lists) {
    const all = await get(path);
    assert.equal(all.status, 200, `${path}: ${JSON.stringify(all.body)}`);
    assert.ok(Array.isArray(all.body.items) && Number.isInteger(all.body.total) && 'next_cursor' in all.body, path);
    if (whole) {
      assert.equal(all.body.items.length, all.body.total, `${path}: the default page holds the whole list`);
      assert.equal(all.body.next_cursor, null, path);
      assert.equal(all.link, null, path);
    }
    // One item a page: the cursor leads to the second item, the Link header to the same page.
    const first = await get(join(path, 'limit=1'));
    assert.equal(first.status, 200, path);
    assert.equal(first.body.items.length, Math.min(1, all.body.total), path);
    assert.equal(first.body.total, all.body.total, path);
    if (all.body.total < 2) {
      assert.equal(first.body.next_cursor, null, path);
      assert.equal(first.link, null, path);
    } else {
      assert.equal(typeof first.body.next_cursor, 'string', path);
      assert.match(first.link, /^<\/api\/v1\/[^>]*cursor=[^>]*>; rel="next"$/, path);
      const second = await get(join(path, `limit=1&cursor=${encodeURIComponent(first.body.next_cursor)}`));
      assert.equal(second.status, 200, path);
      assert.deepEqual(second.body.items, all.body.items.slice(1, 2), path);
      const linked = await get(first.link.slice(1, first.link.indexOf('>')));
      assert.deepEqual(linked.body.items, second.body.items, `${path}: the Link is the next page`);
    }
    if (all.body.total >= 2) paged++;
    // The last page says so.
    const last = await get(join(path, `limit=${Math.max(1, Math.min(all.body.total, 100))}`));
    if (all.body.total <= 100) assert.equal(last.body.next_cursor, null, path);
    // Bad limits and cursors: 400 problems naming the parameter.
    for (const [query, parameter] of [['limit=0', 'limit'], ['limit=abc', 'limit'], ['limit=501', 'limit'], ['limit=-3', 'limit'],
      ['cursor=%25%25%25', 'cursor'], ['cursor=bm90LWEtbnVtYmVy', 'cursor'], ['limit=1&limit=2', 'limit']]) {
      const bad = await get(join(path, query));
      assert.equal(bad.status, 400, `${path} ${query}: ${bad.status}`);
      assert.match(bad.type, /^application\/problem\+json/, `${path} ${query}`);
      assert.equal(bad.body.parameter, parameter, `${path} ${query}`);
    }
  }
  assert.ok(paged >= 10, `${paged} lists had a second page`);
});
