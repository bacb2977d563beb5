// Policy transfers end to end on the real server and database: a practice recorded as adopted
// in another region through the API and through the page's form, changed as it goes to a pilot
// and an evaluation, the flows between regions and a practice's history with its results; the
// demo transfers linked to the demo pilots; the refusals of the issue (destination outside the
// programme area, the origin itself, twice, an unpublished or unknown item), bad input (each a
// problem or a form message, nothing stored) and the audit lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { MEMBERS, refused } from '../support/monitoring.mjs';

let server;
let ilfov, albania, admin, visitor;
const items = {};  // by slug
before(async () => {
  server = await startServer();
  [ilfov, albania, admin] = await Promise.all([MEMBERS.ilfov, MEMBERS.albania, MEMBERS.admin].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
  for (const status of ['published', 'draft']) {
    const found = await step(admin, 'GET', `/api/v1/knowledge?status=${status}&limit=100`);
    for (const item of found.items) items[item.slug] = item;
  }
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const cluj = () => items['ro-transilvania-it-cluster-cluj'];  // published, from RO11

test('demo transfers follow practices to their pilots and bring the results back', async () => {
  const all = await step(visitor, 'GET', '/api/v1/transfers');
  assert.ok(all.items.length >= 24, `${all.items.length} transfers`);
  const academy = all.items.find((t) => t.item === items['hu-dualis-kepzes-kecskemet'].id && t.destination === 'EL52');
  assert.ok(academy, 'the Kecskemét dual training transferred to Central Macedonia');
  assert.equal(academy.origin, 'HU33');
  assert.equal(academy.status, 'evaluated');
  assert.ok(academy.evidence, 'its pilot is linked');
  assert.ok(academy.evidence.targets > 0 && academy.evidence.result.length > 0, JSON.stringify(academy.evidence));
  // The years run from 2021 on: the map has a time dimension.
  assert.ok(all.items.some((t) => t.year === 2021) && all.items.some((t) => t.year >= 2025));
  const flows = await step(visitor, 'GET', '/api/v1/transfers/flows');
  const toNordEst = flows.items.find((f) => f.origin === 'SI03' && f.destination === 'RO21');
  assert.ok(toNordEst && toNordEst.transfers === 2, JSON.stringify(toNordEst));
  assert.deepEqual((await step(visitor, 'GET', '/api/v1/transfers/flows?year=2021')).items.map((f) => f.first_year), [2021, 2021]);
  const history = await step(visitor, 'GET', `/api/v1/knowledge/${items['hu-dualis-kepzes-kecskemet'].id}/transfers?lang=hu`);
  assert.equal(history.items.length, 1);
  assert.equal(history.piloted, 1);
  assert.ok(history.targets_met > 0);
  // The practice's page says where it went and with what result; the map's page holds the same flows as a table.
  const page = await (await fetch(`${server.base}/en/knowledge/${items['hu-dualis-kepzes-kecskemet'].id}`)).text();
  assert.match(page, /Transferred to other regions/);
  assert.match(page, /targets met/);
  const map = await (await fetch(`${server.base}/ro/transfers?country=RO`)).text();
  assert.match(map, /id="transfer-map"/);
  assert.match(map, /<caption id="flows-caption">/);
  assert.match(map, /RO21/);
});

test('a partner records a transfer, takes it to a pilot and an evaluation, every change audited', async () => {
  const input = { item: cluj().id, destination: 'RO32', adopted_on: '2026-02', mode: 'adapted', status: 'considered', notes: 'The board of the Cluj cluster, for Ilfov.' };
  let t = await step(ilfov, 'POST', '/api/v1/transfers', input, 201);
  assert.equal(t.origin, 'RO11');
  assert.equal(t.adopter, ilfov.organisation);
  assert.equal(t.revision, 1);
  assert.equal(t.may_edit, true);
  assert.equal((await step(visitor, 'GET', t.href)).may_edit, false);

  // Another partner may not change it; a stale revision changes nothing.
  refused(await albania.call('PUT', t.href, { ...input, status: 'adopted', revision: 1 }), 403);
  refused(await ilfov.call('PUT', t.href, { ...input, status: 'adopted', revision: 7 }), 409, { parameter: 'revision' });
  t = await step(ilfov, 'PUT', t.href, { ...input, status: 'evaluated', result: 'Seven software firms joined the board in a year.', revision: 1 });
  assert.equal(t.status, 'evaluated');
  assert.equal(t.revision, 2);
  assert.equal((await step(visitor, 'GET', `/api/v1/transfers?item=${cluj().id}&region=RO32`)).items.length, 1);
  assert.equal((await step(visitor, 'GET', `/api/v1/knowledge/${cluj().id}/transfers`)).adopted, 2);

  const browser = new Browser(server.base);
  await browser.signIn(MEMBERS.admin);
  const audit = auditRows((await browser.get('/en/admin/audit')).html).filter((e) => e.target === `transfer:${t.id}`);
  for (const action of ['transfer.recorded', 'transfer.updated'])
    assert.ok(audit.some((e) => e.action === action), `${action} in ${audit.map((e) => e.action)}`);
});

test('the refusals of the issue are problems that store nothing', async () => {
  const base = { item: items['it-cluster-tecnologici-nazionali'].id, origin: 'ITH5', destination: 'AL02', adopted_on: '2025-05', status: 'adopted' };
  const before = (await step(visitor, 'GET', '/api/v1/transfers')).items.length;
  const outside = await albania.call('POST', '/api/v1/transfers', { ...base, destination: 'FR10' });
  refused(outside, 422, { parameter: 'destination', detail: /FR10 is not a region of the programme area/ });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, destination: 'AL0' }), 422, { parameter: 'destination' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, destination: 'ITH5' }), 422, { parameter: 'destination' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, origin: 'HU33' }), 422, { parameter: 'origin' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, origin: null }), 422, { parameter: 'origin' });
  const draft = Object.values(items).find((i) => i.status === 'draft');
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, item: draft.id }), 422, { parameter: 'item' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, item: 99999999 }), 422, { parameter: 'item' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, status: 'piloted' }), 422, { parameter: 'pilot' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, status: 'piloted', pilot: 1 }), 422, { parameter: 'pilot' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, status: 'evaluated' }), 422, { parameter: 'result' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, adopted_on: '2025-13' }), 422, { parameter: 'adopted_on' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, colour: 'red' }), 400, { parameter: 'colour' });
  refused(await albania.call('POST', '/api/v1/transfers', { ...base, adopter: ilfov.organisation }), 403);
  refused(await visitor.call('POST', '/api/v1/transfers', base), 401);
  assert.equal((await step(visitor, 'GET', '/api/v1/transfers')).items.length, before);

  await step(albania, 'POST', '/api/v1/transfers', base, 201);
  refused(await albania.call('POST', '/api/v1/transfers', base), 409, { parameter: 'destination', detail: /already recorded as transferred to AL02/ });
  assert.equal((await step(visitor, 'GET', '/api/v1/transfers')).items.length, before + 1);
  // A several-region practice names its origin.
  const polus = { item: items['hu-polus-program-klaszterfejlesztes'].id, destination: 'AL02', adopted_on: '2025-06' };
  refused(await albania.call('POST', '/api/v1/transfers', polus), 422, { parameter: 'origin' });
  assert.equal((await step(albania, 'POST', '/api/v1/transfers', { ...polus, origin: 'HU33' }, 201)).origin, 'HU33');

  refused(await visitor.call('GET', '/api/v1/transfers?status=done'), 400, { parameter: 'status' });
  refused(await visitor.call('GET', '/api/v1/transfers/flows?year=abc'), 400, { parameter: 'year' });
  refused(await visitor.call('GET', '/api/v1/transfers?colour=red'), 400, { parameter: 'colour' });
  refused(await visitor.call('GET', '/api/v1/transfers/99999999'), 404);
  refused(await visitor.call('GET', '/api/v1/knowledge/99999999/transfers'), 404);
});

test('the form records a transfer without JavaScript and keeps what was typed when refused', async () => {
  const browser = new Browser(server.base);
  await browser.signIn(MEMBERS.ilfov);
  const item = items['sk-kosice-it-valley'];
  const form = await browser.get(`/en/transfers/new?item=${item.id}`);
  assert.equal(form.status, 200);
  assert.ok(form.html.includes(`value="${item.id}"`));
  const fields = { revision: '0', item: String(item.id), origin: '', destination: 'FR10', adopter: '', adopted_on: '2026-03', mode: 'as_is', status: 'adopted', pilot: '', notes: 'Typed notes', result: '' };
  const wrong = await browser.post('/en/transfers', fields);
  assert.equal(wrong.status, 422);
  assert.match(wrong.html, /FR10 is not a region of the programme area\./);
  assert.match(wrong.html, /Typed notes/);
  assert.equal((await browser.post('/en/transfers', { ...fields, destination: 'RO32' }, { csrf: null })).status, 403);
  const made = await browser.post('/en/transfers', { ...fields, destination: 'RO32' });
  assert.equal(made.status, 303, made.html.slice(0, 300));
  assert.match(made.location, /^\/en\/transfers\/\d+\?done=recorded$/);
  const page = await browser.get(made.location);
  assert.match(page.html, /The transfer is recorded\./);
  assert.match(page.html, /From the practice to the evidence/);
  const edit = await browser.get(made.location.replace('?done=recorded', '/edit'));
  assert.equal(edit.status, 200);
  const saved = await browser.post(made.location.replace('?done=recorded', '/edit'), { ...fields, destination: 'RO32', revision: '1', status: 'abandoned' });
  assert.equal(saved.status, 303);
  const history = await browser.get(`/en/knowledge/${item.id}/transfers`);
  assert.match(history.html, /Abandoned/);
  // Visitors see the transfers but not the way to record one.
  const anonymousForm = await fetch(`${server.base}/en/transfers/new`);
  assert.equal(anonymousForm.status, 401);
});
