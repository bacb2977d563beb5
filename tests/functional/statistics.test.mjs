// Regional statistics end to end: the demo loads real Eurostat data, `import dataset` reports
// bad files by line and column and stores nothing from them, and the API serves datasets,
// observations and the cluster mapping.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, run } from '../support/server.mjs';

let server;
let scratch;
before(async () => {
  server = await startServer();
  scratch = mkdtempSync(path.join(tmpdir(), 'cps-import-'));
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
  rmSync(scratch, { recursive: true, force: true });
});

const common = () => ['--data-dir', server.dataDir, '--database', server.url];
const json = async (url) => {
  const res = await fetch(server.base + url);
  return { status: res.status, body: await res.json(), type: res.headers.get('content-type') };
};

test('the demo holds real Eurostat employment and GDP figures for the programme area', async () => {
  const { status, body } = await json('/api/v1/datasets');
  assert.equal(status, 200);
  const codes = body.items.map((d) => d.code).sort();
  assert.deepEqual(codes, ['employment-nace', 'gdp-million-eur', 'gdp-per-inhabitant']);
  const employment = body.items.find((d) => d.code === 'employment-nace');
  const page = await json(`/api/v1/datasets/${employment.id}/observations?region=RO21&sector=A&year=2015`);
  assert.equal(page.status, 200);
  assert.equal(page.body.items.length, 1);
  assert.equal(page.body.items[0].value, 798.2);  // thousand persons, as published
  const detail = await json(`/api/v1/datasets/${employment.id}`);
  assert.equal(detail.body.version_list[0].first_year, 2008);
  assert.equal(detail.body.version_list[0].last_year, 2015);
});

test('observations page as every list does: limit, cursor, total, next_cursor and a Link to the next page', async () => {
  const employment = (await json('/api/v1/datasets')).body.items.find((d) => d.code === 'employment-nace');
  const base = `/api/v1/datasets/${employment.id}/observations?region=RO21&year=2015`;
  const whole = await json(base);
  assert.equal(whole.status, 200);
  assert.equal(whole.body.items.length, whole.body.total, 'one page of 1000 holds a region-year');
  assert.equal(whole.body.next_cursor, null);
  const seen = [];
  let url = `${base}&limit=7`;
  let pages = 0;
  while (url) {
    const res = await fetch(server.base + url);
    assert.equal(res.status, 200, url);
    const body = await res.json();
    assert.equal(body.total, whole.body.total);
    assert.ok(body.items.length <= 7);
    seen.push(...body.items);
    const link = res.headers.get('link');
    if (body.next_cursor === null) {
      assert.equal(link, null);
      url = null;
    } else {
      // The next page's address keeps the filters and the limit.
      assert.match(link, /^<\/api\/v1\/datasets\/\d+\/observations\?.*region=RO21.*limit=7.*cursor=[^>]+>; rel="next"$/);
      url = link.slice(1, link.indexOf('>'));
    }
    pages += 1;
  }
  assert.equal(pages, Math.ceil(whole.body.total / 7));
  assert.deepEqual(seen, whole.body.items, 'the pages together are the whole list, in order');
  for (const [query, parameter] of [['offset=10', 'offset'], ['cursor=%25%25%25', 'cursor'], ['limit=10001', 'limit']]) {
    const r = await json(`${base}&${query}`);
    assert.equal(r.status, 400, query);
    assert.equal(r.body.parameter, parameter, query);
  }
});

test('a region\'s clusters come with stars, location quotients and growth', async () => {
  const { status, body } = await json('/api/v1/regions/RO21/clusters');
  assert.equal(status, 200);
  assert.equal(body.year, 2015);
  assert.ok(body.regions_compared > 50);
  const agriculture = body.sectors.find((s) => s.sector === 'A');
  assert.equal(agriculture.stars, 3);
  assert.ok(agriculture.location_quotient > 2);
  assert.deepEqual(body.sectors.map((s) => s.stars), [...body.sectors.map((s) => s.stars)].sort((a, b) => b - a));
  for (const [url, status2, parameter] of [
    ['/api/v1/regions/RO21/clusters?year=1990', 400, 'year'],
    ['/api/v1/regions/RO21/clusters?year=abc', 400, 'year'],
    ['/api/v1/regions/RO21/clusters?dataset=-1', 400, 'dataset'],
    ['/api/v1/regions/XX99/clusters', 404, undefined],
    ['/api/v1/datasets/999/observations', 404, undefined],
    ['/api/v1/datasets/1/observations?limit=0', 400, 'limit'],
    ['/api/v1/datasets/1/observations?colour=red', 400, 'colour'],
  ]) {
    const r = await json(url);
    assert.equal(r.status, status2, url);
    assert.match(r.type, /^application\/problem\+json/, url);
    if (parameter) assert.equal(r.body.parameter, parameter, url);
  }
});

test('importing a file with problems lists them by line and column and stores nothing', async () => {
  const file = path.join(scratch, 'bad.tsv');
  writeFileSync(file, [
    'unit,nace_r2,geo\\time\t2015 \t2014 ',
    'THS,A,RO21\t10 \t11 ',
    'THS,A,RO22\tmany \t12 ',
    'THS,A,RO99\t1 \t2 ',
  ].join('\n') + '\n');
  const args = ['import', 'dataset', file, ...common(), '--code', 'test-data', '--title', 'Test', '--sector-dimension', 'nace_r2'];
  const refused = run(args);
  assert.equal(refused.status, 2, refused.stderr);
  assert.match(refused.stderr, /bad\.tsv:3:2: The value is not a number/);
  assert.match(refused.stderr, /bad\.tsv:4:1: This is not a NUTS 2021 region code/);
  let list = await json('/api/v1/datasets');
  assert.ok(!list.body.items.some((d) => d.code === 'test-data'), 'nothing stored');

  const partial = run([...args, '--valid-rows-only']);
  assert.equal(partial.status, 0, partial.stderr);
  assert.match(partial.stdout, /version 1 with 3 observations/);
  list = await json('/api/v1/datasets');
  const d = list.body.items.find((x) => x.code === 'test-data');
  const rows = await json(`/api/v1/datasets/${d.id}/observations`);
  assert.deepEqual(rows.body.items.map((o) => `${o.region} ${o.year} ${o.value}`).sort(),
    ['RO21 2014 11', 'RO21 2015 10', 'RO22 2014 12']);
});

test('files that are not Eurostat tables, and bad options, are refused with a message', () => {
  const csv = path.join(scratch, 'plain.csv');
  writeFileSync(csv, 'region,sector,year,value\nRO21,A,2015,3\n');
  const cases = [
    [[csv, '--code', 'x-data', '--title', 'X', '--format', 'eurostat-tsv'], /not a Eurostat TSV file/],
    [[path.join(scratch, 'missing.tsv'), '--code', 'x-data', '--title', 'X'], /cannot be read/],
    [[csv, '--code', 'Not A Code', '--title', 'X'], /dataset code/],
    [[csv, '--code', 'x-data', '--title', 'X', '--select', 'age'], /dimension=value/],
    [[csv, '--code', 'x-data', '--title', 'X', '--format', 'sdmx'], /format/],
  ];
  for (const [args, message] of cases) {
    const r = run(['import', 'dataset', ...args, ...common()]);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
  }
});

test('complexity figures for the regions of a level follow the documented shape and conventions', async () => {
  const { status, body } = await json('/api/v1/complexity');
  assert.equal(status, 200);
  assert.equal(body.level, 2);
  assert.ok(body.regions.length > 50);
  // ECI is standardised over the regions: mean 0, population standard deviation 1.
  const eci = body.regions.map((r) => r.eci);
  const mean = eci.reduce((a, b) => a + b, 0) / eci.length;
  const sd = Math.sqrt(eci.reduce((a, b) => a + (b - mean) ** 2, 0) / eci.length);
  assert.ok(Math.abs(mean) < 1e-9 && Math.abs(sd - 1) < 1e-9, `${mean} ${sd}`);
  for (const r of body.regions) {
    assert.equal(r.diversity, r.sectors.filter((c) => c.mcp === 1).length, r.region);
    for (const c of r.sectors) assert.equal(c.mcp, c.rca >= 1 ? 1 : 0, `${r.region} ${c.sector}`);
  }
  const page = await fetch(`${server.base}/en/regions/RO21`);
  const html = await page.text();
  assert.match(html, /What this region could grow next/);
  assert.match(html, /Clusters in 2015/);
  for (const [url, parameter] of [['/api/v1/complexity?level=3', 'level'], ['/api/v1/complexity?year=2020', 'year']]) {
    const r = await json(url);
    assert.equal(r.status, 400, url);
    assert.equal(r.body.parameter, parameter, url);
  }
});

test('the regions most alike are of the same level, nearest first, and the indicators can be chosen', async () => {
  const { status, body } = await json('/api/v1/regions/RO21/similar?k=4');
  assert.equal(status, 200);
  assert.equal(body.nearest.length, 4);
  assert.ok(body.nearest.every((n) => /^[A-Z]{2}\w\w$/.test(n.region) && n.region !== 'RO21'), JSON.stringify(body.nearest));
  const distances = body.nearest.map((n) => n.distance);
  assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
  const onlySize = await json('/api/v1/regions/RO21/similar?indicators=size&k=3');
  assert.deepEqual(onlySize.body.indicators, ['jobs (log)']);
  assert.notDeepEqual(onlySize.body.nearest.map((n) => n.region), body.nearest.slice(0, 3).map((n) => n.region));
  for (const [url, parameter] of [['/api/v1/regions/RO21/similar?k=0', 'k'], ['/api/v1/regions/RO21/similar?indicators=colour', 'indicators']]) {
    const r = await json(url);
    assert.equal(r.status, 400, url);
    assert.equal(r.body.parameter, parameter, url);
  }
  const html = await (await fetch(`${server.base}/en/regions/RO21`)).text();
  assert.match(html, /Regions most alike/);
  assert.ok(html.includes(`href="/en/regions/${body.nearest[0].region}"`));
});

test('the map page lists every region with a figure for the indicator, and refuses unknown ones', async () => {
  const res = await fetch(`${server.base}/en/map?indicator=lq:A`);
  assert.equal(res.status, 200);
  const html = await res.text();
  const values = JSON.parse(/data-values="([^"]*)"/.exec(html)[1].replace(/&quot;/g, '"'));
  const clusters = (await json('/api/v1/regions/RO21/clusters')).body;
  const agriculture = clusters.sectors.find((s) => s.sector === 'A');
  assert.ok(Math.abs(values.RO21 - agriculture.location_quotient) < 1e-4);
  assert.equal((html.match(/<tr><td class="num">/g) ?? []).length, Object.keys(values).length);
  for (const url of ['/en/map?indicator=bogus', '/en/map?indicator=lq:ZZ', '/en/map?year=1800', '/en/map?indicator=gdp&year=1999']) {
    const r = await fetch(server.base + url);
    assert.equal(r.status, 400, url);
    assert.match(r.headers.get('content-type'), /text\/html/);
  }
});

test('regions compare side by side, at most six, and unknown codes are refused', async () => {
  const res = await fetch(`${server.base}/en/compare?regions=ro21, HU33,RO21`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.equal((html.match(/<th scope="col"><a href="\/en\/regions\//g) ?? []).length, 2, 'duplicates and case folded');
  assert.match(html, /Agriculture, forestry and fishing \(A\)/);
  assert.match(html, /49\.6 %/);  // RO21's share of agriculture in 2015
  for (const url of ['/en/compare?regions=RO21,XX99', '/en/compare?regions=RO11,RO12,RO21,RO22,RO31,RO32,RO41']) {
    const r = await fetch(server.base + url);
    assert.equal(r.status, 400, url);
  }
  const region = await (await fetch(`${server.base}/en/regions/RO21`)).text();
  assert.match(region, /href="\/en\/compare\?regions=RO21,[A-Z0-9,]+"/);
});
