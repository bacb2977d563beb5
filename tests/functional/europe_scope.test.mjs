// The analytics in two scopes, the programme area (the default) and Europe: complexity, the
// regions most alike, the map and the sector pages answer for either, in the API and the
// pages; a region's page shows its structural peers elsewhere in Europe; the European regions
// are reference data only — no list of the partnership's regions shows them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, run } from '../support/server.mjs';

let server;
// The programme area's countries, as the reference data holds them.
let programme;
const inProgramme = (code) => programme.has(code.slice(0, 2));
before(async () => {
  server = await startServer();
  programme = new Set((await api('/api/v1/countries')).items.map((c) => c.code));
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const get = (url) => fetch(server.base + url);
const api = async (url) => {
  const res = await get(url);
  assert.equal(res.status, 200, url);
  return res.json();
};
const page = async (url) => {
  const res = await get(url);
  assert.equal(res.status, 200, url);
  return res.text();
};

test('complexity is computed among the programme area by default and among all Europe on request', async () => {
  const own = await api('/api/v1/complexity');
  const europe = await api('/api/v1/complexity?scope=europe');
  assert.equal(own.scope, 'programme');
  assert.equal(europe.scope, 'europe');
  assert.ok(own.regions.every((r) => inProgramme(r.region)), 'the default compares the programme area only');
  assert.ok(europe.regions.length > 2 * own.regions.length, `${europe.regions.length} European regions`);
  for (const code of ['DE11', 'FR10', 'RO11']) assert.ok(europe.regions.some((r) => r.region === code), code);
  assert.equal(europe.dataset_version, own.dataset_version);
  // Kept per scope: asked again, each scope answers with its own kept result.
  assert.equal((await api('/api/v1/complexity?scope=europe')).computed_at, europe.computed_at);
  const ro11 = (c) => c.regions.find((r) => r.region === 'RO11').eci;
  assert.notEqual(ro11(own), ro11(europe), 'ECI depends on the regions compared');
  const proximity = await api('/api/v1/proximity?scope=europe');
  assert.equal(proximity.scope, 'europe');
  const sector = await api('/api/v1/sectors/J?scope=europe');
  assert.equal(sector.scope, 'europe');
  assert.equal(sector.regions_compared, europe.regions.length);
  assert.ok(sector.regions_compared > (await api('/api/v1/sectors/J')).regions_compared);
});

test('the regions most alike come from the programme area, or from all Europe flagged as reference', async () => {
  const own = await api('/api/v1/regions/RO11/similar?k=10');
  assert.equal(own.scope, 'programme');
  assert.ok(own.nearest.every((n) => n.in_programme_area && inProgramme(n.region)));
  const europe = await api('/api/v1/regions/RO11/similar?k=20&scope=europe');
  assert.equal(europe.scope, 'europe');
  assert.ok(europe.regions_compared > own.regions_compared);
  assert.ok(europe.nearest.some((n) => !n.in_programme_area), 'peers from elsewhere in Europe');
  for (const n of europe.nearest) assert.equal(n.in_programme_area, inProgramme(n.region), n.region);
  // A European region has peers in the European scope only.
  assert.equal((await api('/api/v1/regions/DE11/similar?scope=europe')).region, 'DE11');
  assert.equal((await get('/api/v1/regions/DE11/similar')).status, 404);
});

test('the map answers for either scope, in the API and on the page', async () => {
  const own = await api('/api/v1/map?indicator=eci');
  const europe = await api('/api/v1/map?indicator=eci&scope=europe');
  assert.ok(own.values.every((v) => v.in_programme_area && inProgramme(v.region)));
  const de11 = europe.values.find((v) => v.region === 'DE11');
  assert.equal(de11?.in_programme_area, false);
  assert.ok(europe.values.length > 2 * own.values.length);
  assert.equal((await api('/api/v1/map?indicator=gdp&scope=europe')).scope, 'europe');
  const html = await page('/en/map?indicator=eci&scope=europe');
  assert.match(html, /<option value="europe" selected>/);
  assert.match(html, /data-scope="europe"/);
  assert.match(html, /not partners/);
  // European regions are listed without a link: they have no page here.
  assert.match(html, /<th scope="row">[^<]+ <span class="muted">\(DE11\)<\/span><\/th>/);
  assert.match(html, /<a href="\/en\/regions\/RO11">/);
  const csv = await (await get('/en/map?indicator=eci&scope=europe&table=regions&format=csv')).text();
  assert.match(csv, /\nDE11|,DE11,/);
  const plain = await page('/en/map?indicator=eci');
  assert.doesNotMatch(plain, /\(DE11\)/);
  assert.match(plain, /<option value="programme" selected>/);
});

test('the sector pages switch scope, and their links keep it', async () => {
  const html = await page('/ro/sectors/J?scope=europe');
  assert.match(html, /<option value="europe" selected>/);
  assert.match(html, /\(DE11\)/);
  assert.match(html, /href="\/ro\/sectors\?scope=europe"/);
  const list = await page('/en/sectors?scope=europe');
  assert.match(list, /href="\/en\/sectors\/J\?scope=europe"/);
  assert.doesNotMatch(await page('/en/sectors/J'), /\(DE11\)/);
});

test('a region page shows its structural peers elsewhere in Europe beside those of the programme area', async () => {
  const html = await page('/en/regions/RO11');
  assert.match(html, /Regions most alike elsewhere in Europe/);
  const section = html.slice(html.indexOf('Regions most alike elsewhere in Europe'));
  const codes = [...section.matchAll(/\(([A-Z]{2}[0-9A-Z]{1,3}), [^)]*\) · distance/g)].map((m) => m[1]);
  assert.ok(codes.length > 0 && codes.length <= 5, codes.join(' '));
  assert.ok(codes.every((c) => !inProgramme(c)), codes.join(' '));
  const europe = await api('/api/v1/regions/RO11/similar?k=10&scope=europe');
  assert.deepEqual(codes, europe.nearest.filter((n) => !n.in_programme_area).map((n) => n.region).slice(0, 5));
  assert.match(await page('/el/regions/RO11'), /scope=europe/);
});

test('European regions are reference data: no list of the partnership\'s regions shows them', async () => {
  const regions = await api('/api/v1/regions?level=2&limit=500');
  assert.ok(regions.items.every((r) => inProgramme(r.code) || r.code.includes('-')));
  assert.ok(!regions.items.some((r) => r.code === 'DE11'));
  assert.equal((await get('/api/v1/regions/DE11')).status, 404);
  assert.equal((await get('/en/regions/DE11')).status, 404);
  assert.doesNotMatch(await page('/en/regions'), /DE11/);
  const lookup = await fetch(`${server.base}/api/v1/regions/lookup`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ codes: ['DE11', 'RO11'] }),
  });
  assert.equal(lookup.status, 200);
  assert.deepEqual((await lookup.json()).unknown, ['DE11']);
});

test('bad scopes are refused clearly, in the API, the pages and the command line', async () => {
  for (const url of ['/api/v1/complexity?scope=world', '/api/v1/regions/RO11/similar?scope=EU',
    '/api/v1/map?scope=', '/api/v1/sectors/J?scope=all', '/api/v1/proximity?scope=1']) {
    const res = await get(url);
    assert.equal(res.status, 400, url);
    assert.match(res.headers.get('content-type'), /^application\/problem\+json/);
    assert.match((await res.json()).detail, /programme or europe/, url);
  }
  for (const url of ['/en/map?scope=world', '/en/sectors?scope=world', '/en/sectors/J?scope=x']) {
    const res = await get(url);
    assert.equal(res.status, 400, url);
    assert.match(res.headers.get('content-type'), /^text\/html/);
  }
  const refused = run(['analytics', 'recompute', '--scope', 'world', '--data-dir', server.dataDir, '--database', server.url]);
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /programme or europe/);
});

test('`analytics recompute --scope europe` computes the European scope again and leaves the other', async () => {
  const own = await api('/api/v1/complexity?year=2013');
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const result = run(['analytics', 'recompute', '--scope', 'europe', '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /\d+ results computed and kept/);
  // A year not asked for before: both scopes read the store afresh (pages and the API are
  // cached until the data change).
  const europe = await api('/api/v1/complexity?year=2011&scope=europe');
  const programmeLater = await api('/api/v1/complexity?year=2011');
  assert.ok(europe.computed_at > own.computed_at, 'the European scope was computed again');
  assert.ok(programmeLater.computed_at <= own.computed_at + 1, 'the programme scope was left as it was');
});
