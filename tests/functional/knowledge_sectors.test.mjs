// The sectors of knowledge items (NACE divisions) end to end on the real server and database:
// written and read through the API and the form, kept in division order, refused when they
// break the rule (with nothing stored), shown on the item page with their cluster categories,
// filtered and counted by the search (API, page, feed), kept by every revision; the demo
// items name theirs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { formToken } from '../support/browser.mjs';

let server;
let author;
let token;
before(async () => {
  server = await startServer();
  author = await signIn(server.base, 'petra.novak@si-smart-specialisation-agency.example');
  token = (await createToken(author, 'sectors', 'write')).secret;
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const get = async (url, secret) => {
  const res = await fetch(server.base + url, secret ? { headers: { Authorization: `Bearer ${secret}` } } : {});
  return { status: res.status, body: await res.json() };
};
const send = (method, url, body) => fetch(server.base + url, {
  method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
});

const item = {
  slug: 'wood-prototyping-vouchers',
  kind: 'instrument',
  original_language: 'en',
  areas: ['WG1'],
  countries: ['SI'],
  regions: ['SI04'],
  instrument: 'vouchers',
  sectors: ['31', '16'],
  texts: [{ language: 'en', title: 'Prototyping vouchers for wood and furniture firms', summary: 'Small firms of the wood cluster buy prototyping services.', body: 'A voucher pays half of a furniture prototype.' }],
};

test('sectors round trip through the API in division order, follow every save and filter and count the search', async () => {
  const created = await send('POST', '/api/v1/knowledge', item);
  assert.equal(created.status, 201, await created.clone().text());
  const draft = await created.json();
  assert.deepEqual(draft.sectors, ['16', '31']);
  assert.deepEqual((await get(`/api/v1/knowledge/${draft.id}`, token)).body.sectors, ['16', '31']);

  const saved = await send('PUT', `/api/v1/knowledge/${draft.id}`, { ...item, revision: 1, sectors: ['29', '16', '31'] });
  assert.equal(saved.status, 200, await saved.clone().text());
  assert.deepEqual((await saved.json()).sectors, ['16', '29', '31']);

  // The search filters by a division and counts them, with and without a query.
  const bySector = await get('/api/v1/knowledge?sector=29&status=draft', token);
  assert.equal(bySector.status, 200);
  assert.ok(bySector.body.items.some((i) => i.id === draft.id));
  assert.ok(bySector.body.items.every((i) => i.sectors.includes('29')));
  const searched = await get('/api/v1/knowledge?q=prototyping&sector=31', token);
  assert.deepEqual(searched.body.items.map((i) => i.id), [draft.id]);
  assert.equal(searched.body.facets.sector['31'], 1);
  const ict = await get('/api/v1/knowledge?q=prototyping&sector=62', token);
  assert.ok(!ict.body.items.some((i) => i.id === draft.id), 'a sector the item lacks leaves it out');
  assert.ok(ict.body.items.every((i) => i.sectors.includes('62')));

  // Each revision keeps its sectors: the history shows the change, a restore brings them back.
  const html = await (await fetch(`${server.base}/en/knowledge/${draft.id}/history`, { headers: { Cookie: author.cookie } })).text();
  assert.match(html, /Sectors[^]*16, 29, 31|Sectors[^]*29/);
  const restored = await fetch(`${server.base}/en/knowledge/${draft.id}/restore`, {
    method: 'POST', redirect: 'manual',
    headers: { Cookie: author.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf: formToken(html), revision: '2', number: '1' }),
  });
  assert.equal(restored.status, 303, await restored.clone().text());
  assert.deepEqual((await get(`/api/v1/knowledge/${draft.id}`, token)).body.sectors, ['16', '31']);
});

test('sectors that break the rule are refused naming the field, and nothing is stored', async () => {
  const before = (await get('/api/v1/knowledge?status=draft&limit=100', token)).body.total;
  for (const [sectors, detail] of [
    ['16', 'This must be a list of texts.'],
    [[16], 'This must be a list of texts.'],
    [['C'], 'Choose sectors from the list of NACE divisions.'],
    [['161'], 'Choose sectors from the list of NACE divisions.'],
    [['47'], 'Choose sectors from the list of NACE divisions.'],  // retail trade: no traded cluster
    [['16', '16'], 'A value is given twice.'],
    [['01', '02', '03', '10', '11', '13', '14', '16', '20', '21', '22'], 'Choose at most 10 sectors.'],
  ]) {
    const res = await send('POST', '/api/v1/knowledge', { ...item, slug: 'refused-sectors', sectors });
    assert.ok(res.status === 400 || res.status === 422, `${JSON.stringify(sectors)}: ${res.status}`);
    assert.match(res.headers.get('content-type'), /problem\+json/);
    const problem = await res.json();
    assert.equal(problem.parameter, 'sectors', JSON.stringify(sectors));
    assert.equal(problem.detail, detail, JSON.stringify(sectors));
  }
  assert.equal((await get('/api/v1/knowledge?status=draft&limit=100', token)).body.total, before);
  for (const value of ['C', '1', '161', 'x1']) {
    const res = await get(`/api/v1/knowledge?sector=${value}`);
    assert.equal(res.status, 400, value);
    assert.equal(res.body.parameter, 'sector');
  }
  assert.equal((await fetch(`${server.base}/en/knowledge?sector=47`)).status, 400);
  assert.equal((await fetch(`${server.base}/feeds/knowledge.atom?sector=99`)).status, 400);
});

test('the form offers the division table grouped by section; the item page names the sectors with their cluster categories', async () => {
  const form = await (await fetch(`${server.base}/ro/knowledge/new`, { headers: { Cookie: author.cookie } })).text();
  assert.match(form, /<fieldset class="field-group sector-choices"/);
  assert.match(form, /<summary>C · [^<]+<\/summary>/, 'sections in the interface language');
  assert.match(form, /<input type="checkbox" id="sector-16" name="sectors" value="16">/);
  assert.doesNotMatch(form, /id="sector-47"/, 'only divisions of the table');
  const fields = new URLSearchParams({
    csrf: formToken(form), original_language: 'en', kind: 'good_practice', timeframe: 'current',
    title: 'A furniture design centre run by the wood cluster', summary: 'Shared design services for small furniture makers.',
    body: 'The cluster hires two designers that members book by the day.', regions: '',
  });
  fields.append('areas', 'WG1');
  fields.append('countries', 'SI');
  fields.append('sectors', '31');
  fields.append('sectors', '16');
  const created = await fetch(`${server.base}/en/knowledge/new`, {
    method: 'POST', redirect: 'manual', headers: { Cookie: author.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: fields,
  });
  assert.equal(created.status, 303, await created.clone().text());
  const itemPath = created.headers.get('location').split('?')[0];
  const page = await (await fetch(`${server.base}${itemPath}`, { headers: { Cookie: author.cookie } })).text();
  assert.match(page, /<dt>Sectors<\/dt>/);
  assert.match(page, /href="\/en\/knowledge\?sector=16">16 · Manufacture of wood and of products of wood and cork, except furniture<\/a>/);
  assert.match(page, /Wood Products · C Manufacturing/);
  assert.match(page, /31 · Manufacture of furniture/);
  const edit = await (await fetch(`${server.base}${itemPath}/edit`, { headers: { Cookie: author.cookie } })).text();
  assert.match(edit, /<details class="sector-section" open>\s*<summary>C · Manufacturing · <strong>chosen: 2<\/strong><\/summary>/);
  assert.match(edit, /value="16" checked>/);

  // Too many sectors through the form: the form comes back with the message, nothing stored.
  const again = await (await fetch(`${server.base}/en/knowledge/new`, { headers: { Cookie: author.cookie } })).text();
  const many = new URLSearchParams(fields);
  many.set('csrf', formToken(again));
  many.set('title', 'Too many sectors');
  for (const d of ['10', '11', '13', '14', '20', '21', '22', '29', '62']) many.append('sectors', d);
  const refused = await fetch(`${server.base}/en/knowledge/new`, {
    method: 'POST', redirect: 'manual', headers: { Cookie: author.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: many,
  });
  assert.ok([400, 422].includes(refused.status), String(refused.status));
  assert.match(await refused.text(), /role="alert"[^]*Choose at most 10 sectors\./);
  assert.equal((await get('/api/v1/knowledge?q=%22too%20many%20sectors%22&status=draft', token)).body.total, 0);
});

test('the demo items name their sectors: the search page and feed filter by them', async () => {
  const automotive = await get('/api/v1/knowledge?sector=29&limit=100');
  const slugs = automotive.body.items.map((i) => i.slug);
  for (const slug of ['hu-pannon-autoipari-klaszter', 'sk-automobilovy-klaster-slovakia', 'si-grozd-avtomobilske-industrije-acs'])
    assert.ok(slugs.includes(slug), slug);
  const page = await (await fetch(`${server.base}/hu/knowledge?sector=29`)).text();
  assert.match(page, /Pannon/);
  assert.match(page, /29 · [^<]+/, 'the chosen sector among the facets, by its name');
  const id = (slug, items) => items.find((i) => i.slug === slug)?.id;
  const ict = (await get('/api/v1/knowledge?sector=62&limit=100')).body.items;
  const feed = await (await fetch(`${server.base}/feeds/knowledge.atom?sector=62`)).text();
  assert.match(feed, new RegExp(`/knowledge/${id('rs-vojvodjanski-ikt-klaster', ict)}</id>`));
  assert.doesNotMatch(feed, new RegExp(`/knowledge/${id('hu-pannon-autoipari-klaszter', automotive.body.items)}</id>`));
});
