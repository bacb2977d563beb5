// The analytics pages beyond one region — sectors, the network of related sectors, methods —
// and the downloads of every table of figures: a download holds the same figures as the API,
// in CSV, XLSX and JSON, and bad requests get a clear error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, run } from '../support/server.mjs';
import { signIn } from '../support/session.mjs';
import { formToken } from '../support/browser.mjs';

let server;
before(async () => {
  server = await startServer();
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
const download = async (url) => {
  const res = await get(url);
  assert.equal(res.status, 200, url);
  return res;
};

// RFC 4180 CSV as the platform writes it (CRLF, quotes doubled).
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r') {
      // the \n that follows ends the row
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)), `${what}: ${a} != ${b}`);

test('the sectors page lists every sector with its complexity, and its proximity download is the API\'s', async () => {
  const page = await (await get('/en/sectors')).text();
  const network = await api('/api/v1/proximity');
  assert.ok(network.sectors.length >= 8);
  for (const s of network.sectors) assert.match(page, new RegExp(`href="/en/sectors/${s.sector}"`));
  const rows = parseCsv(await (await download('/en/sectors?table=proximity&format=csv')).text());
  assert.equal(rows.length, network.sectors.length);
  for (const pair of network.pairs) {
    const a = rows.find((r) => r.sector === pair.a);
    const b = rows.find((r) => r.sector === pair.b);
    close(Number(a[pair.b]), pair.proximity, `${pair.a}-${pair.b}`);
    close(Number(b[pair.a]), pair.proximity, `${pair.b}-${pair.a}`);
    assert.ok(pair.proximity >= 0 && pair.proximity <= 1);
  }
  const json = await (await download('/en/sectors?table=sectors&format=json')).json();
  assert.equal(json.name, 'sectors');
  const complexity = await api('/api/v1/complexity');
  for (const s of complexity.sectors) close(json.items.find((i) => i.sector === s.sector).pci, s.pci, `pci ${s.sector}`);
});

test('a sector page shows where the sector is strongest and most specialised, as the API has it', async () => {
  const sector = await api('/api/v1/sectors/J');
  assert.equal(sector.sector, 'J');
  assert.ok(sector.regions.length > 50);
  // Most jobs first; every region's figures are those of its own cluster table.
  for (let i = 1; i < sector.regions.length; i++) assert.ok(sector.regions[i - 1].employment >= sector.regions[i].employment);
  const ro32 = sector.regions.find((r) => r.region === 'RO32');
  const clusters = await api('/api/v1/regions/RO32/clusters');
  const own = clusters.sectors.find((s) => s.sector === 'J');
  close(ro32.location_quotient, own.location_quotient, 'LQ of J in RO32');
  assert.equal(ro32.stars, own.stars);
  const related = sector.related.map((r) => r.proximity);
  assert.deepEqual(related, [...related].sort((a, b) => b - a));

  const page = await (await get('/ro/sectors/J')).text();
  assert.match(page, /<h1>Informații și comunicații/);
  assert.match(page, /href="\/ro\/regions\/RO32"/);
  const rows = parseCsv(await (await download('/ro/sectors/J?table=regions&format=csv')).text());
  assert.equal(rows.length, sector.regions.length);
  close(Number(rows.find((r) => r.region === 'RO32').location_quotient), ro32.location_quotient, 'download LQ');
  const xlsx = await download('/en/sectors/J?table=related&format=xlsx');
  assert.match(xlsx.headers.get('content-disposition'), /clusterpolisee-sector-J-related\.xlsx/);
  assert.equal(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
});

test('a region page downloads its clusters, trend and "grow next" tables with the API\'s figures', async () => {
  const clusters = await api('/api/v1/regions/RO11/clusters');
  const rows = (await (await download('/en/regions/RO11?table=clusters&format=json')).json()).items;
  assert.equal(rows.length, clusters.sectors.length);
  for (const s of clusters.sectors) {
    const row = rows.find((r) => r.sector === s.sector);
    close(row.location_quotient, s.location_quotient, `LQ ${s.sector}`);
    close(row.jobs_thousands, s.employment, `jobs ${s.sector}`);
    assert.equal(row.stars, s.stars);
  }
  const trend = parseCsv(await (await download('/en/regions/RO11?table=trend&format=csv')).text());
  const years = trend.map((r) => Number(r.year));
  assert.deepEqual(years, [...years].sort((a, b) => a - b));
  const employment = (await api('/api/v1/datasets')).items.find((d) => d.code === 'employment-nace');
  const total2015 = await api(`/api/v1/datasets/${employment.id}/observations?region=RO11&sector=TOTAL&year=2015`);
  close(Number(trend.find((r) => r.year === '2015').jobs_thousands), total2015.items[0].value, 'jobs 2015');
  const next = (await (await download('/en/regions/RO11?table=grow-next&format=json')).json()).items;
  const complexity = await api('/api/v1/complexity');
  const region = complexity.regions.find((r) => r.region === 'RO11');
  for (const n of next) {
    const cell = region.sectors.find((c) => c.sector === n.sector);
    assert.equal(cell.mcp, 0, `${n.sector} is already a specialisation`);
    close(n.density, cell.density, `density ${n.sector}`);
  }
  const page = await (await get('/en/regions/RO11')).text();
  assert.match(page, /rank \d+ of 8 regions in Romania/);
  assert.match(page, /id="bubble-chart"/);
  assert.match(page, /id="trend-chart"/);
});

test('the map and comparison tables download with the figures they show', async () => {
  const map = parseCsv(await (await download('/en/map?indicator=gdp&table=regions&format=csv')).text());
  assert.ok(map.length > 50);
  assert.equal(map[0].rank, '1');
  assert.ok(Number(map[0].value) >= Number(map[map.length - 1].value));
  const compare = parseCsv(await (await download('/en/compare?regions=RO11,HU11&table=regions&format=csv')).text());
  const gdp = compare.find((r) => r.indicator === 'gdp_per_inhabitant_eur');
  close(Number(gdp.RO11), Number(map.find((r) => r.region === 'RO11').value), 'GDP of RO11');
  assert.ok(compare.some((r) => r.indicator === 'share:J'));
});

test('the methods page explains the indicators and lists the datasets with their licences, in every language', async () => {
  for (const lang of ['en', 'ro', 'sq', 'hu', 'el']) {
    const res = await get(`/${lang}/methods`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /LQ\(r,s\) = \(e\(r,s\) \/ e\(r\)\) \/ \(E\(s\) \/ E\)/);
    assert.match(html, /lfst_r_lfe2en2/);
    assert.match(html, /2011\/833/);
  }
});

test('bad requests for pages and downloads get clear errors', async () => {
  const cases = [
    ['/en/sectors/NOPE', 404],
    ['/en/sectors/J?year=abc', 400],
    ['/en/sectors/J?year=1990', 400],
    ['/en/sectors/J?table=nope&format=csv', 400],
    ['/en/sectors/J?table=regions&format=pdf', 400],
    ['/en/regions/RO11?table=clusters', 400],
    ['/en/map?indicator=gdp&table=regions&format=', 400],
  ];
  for (const [url, status] of cases) {
    const res = await get(url);
    assert.equal(res.status, status, url);
    assert.match(res.headers.get('content-type'), /^text\/html/);
  }
  for (const [url, status] of [['/api/v1/sectors/NOPE', 404], ['/api/v1/proximity?level=7', 400], ['/api/v1/proximity?year=1800', 400], ['/api/v1/proximity?dataset=x', 400], ['/api/v1/sectors/J?extra=1', 400]]) {
    const res = await get(url);
    assert.equal(res.status, status, url);
    assert.match(res.headers.get('content-type'), /^application\/problem\+json/);
  }
});

test('complexity results are kept with their dataset version, and `analytics recompute` computes them again', async () => {
  const before = await api('/api/v1/complexity');
  const employment = (await api('/api/v1/datasets')).items.find((d) => d.code === 'employment-nace');
  assert.equal(before.dataset_version, employment.current_version);
  const again = await api('/api/v1/complexity');
  assert.equal(again.computed_at, before.computed_at, 'served from the kept result');
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const result = run(['analytics', 'recompute', '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /\d+ results computed and kept/);
  assert.match(result.stderr, /Computing economic complexity: 100%/);
  // Pages and the API are cached until the data change; a new year asks the store afresh.
  const recomputed = await api('/api/v1/complexity?year=2012');
  assert.ok(recomputed.computed_at > before.computed_at, `${recomputed.computed_at} > ${before.computed_at}`);
  for (let i = 0; i < before.regions.length; i += 7) {
    const r = before.regions[i];
    const same = again.regions.find((x) => x.region === r.region);
    assert.equal(same.eci, r.eci);
  }
  const refused = run(['analytics', 'recompute', '--data-dir', server.dataDir, '--database', 'postgresql://nobody@127.0.0.1:1/none']);
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /analytics recompute/);
});

test('people in employment per 100 inhabitants come from the employment and both GDP datasets', async () => {
  const datasets = (await api('/api/v1/datasets')).items;
  const id = (code) => datasets.find((d) => d.code === code).id;
  const value = async (code, sector) => {
    const q = sector ? `&sector=${sector}` : '';
    return (await api(`/api/v1/datasets/${id(code)}/observations?region=HU33&year=2014${q}`)).items[0].value;
  };
  const jobs = await value('employment-nace', 'TOTAL');
  const perHead = await value('gdp-per-inhabitant');
  const total = await value('gdp-million-eur');
  const expected = ((jobs * 1000) / ((total * 1e6) / perHead)) * 100;
  const map = parseCsv(await (await download('/en/map?indicator=employment-rate&table=regions&format=csv')).text());
  const hu33 = map.find((r) => r.region === 'HU33');
  assert.equal(hu33.year, '2014');
  close(Number(hu33.value), expected, 'HU33 employment rate');
  assert.ok(map.every((r) => Number(r.value) > 20 && Number(r.value) < 70), 'plausible rates');
  const similar = await api('/api/v1/regions/HU33/similar?indicators=employment');
  assert.deepEqual(similar.indicators, ['people in employment per 100 inhabitants 2014']);
  const page = await (await get('/hu/regions/HU33')).text();
  assert.match(page, /\(2014\)<\/dt><dd>[0-9]+,[0-9]<\/dd>/);
});

test('the NACE division → cluster category table ships with the demo, shows on sector pages and loads from the command line', async () => {
  const all = await api('/api/v1/cluster-categories');
  assert.ok(all.items.length >= 60);
  assert.deepEqual(all.items.find((c) => c.nace_division === '29'), { nace_division: '29', section: 'C', category: 'Automotive' });
  const ict = await api('/api/v1/cluster-categories?sector=J');
  assert.ok(ict.items.every((c) => c.section === 'J'));
  assert.ok(ict.items.some((c) => c.category === 'Video Production and Distribution'));
  const page = await (await get('/en/sectors/B-E')).text();
  assert.match(page, /Automotive <span class="muted">\(NACE divisions 29\)/);
  assert.match(page, /Environmental Services <span class="muted">\(NACE divisions 36, 37, 38, 39\)/);

  const scratch = mkdtempSync(path.join(tmpdir(), 'cps-categories-'));
  try {
    const common = ['--data-dir', server.dataDir, '--database', server.url];
    const bad = path.join(scratch, 'bad.csv');
    writeFileSync(bad, 'nace_division,section,category\n29,C,Automotive\n2x,C,Oops\n');
    const refused = run(['sectors', 'categories', 'load', bad, ...common]);
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /bad\.csv:3:1: A NACE division is two digits/);
    assert.equal((await api('/api/v1/cluster-categories')).items.length, all.items.length, 'nothing changed');
    const good = path.join(scratch, 'good.csv');
    writeFileSync(good, 'nace_division,section,category\n29,C,Automotive and e-mobility\n30,C,Aerospace Vehicles and Defense\n');
    const loaded = run(['sectors', 'categories', 'load', good, ...common]);
    assert.equal(loaded.status, 0, loaded.stderr);
    const listed = run(['sectors', 'categories', 'list', ...common]);
    assert.equal(listed.stdout, 'nace_division,section,category\n29,C,Automotive and e-mobility\n30,C,Aerospace Vehicles and Defense\n');
    assert.equal((await api('/api/v1/cluster-categories')).items.length, 2);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('administrators edit the cluster category of a division on the datasets page; nobody else can', async () => {
  const page = `${server.base}/en/admin/datasets`;
  const send = async (session, action, fields) => {
    const html = await (await fetch(page, { headers: { Cookie: session.cookie } })).text();
    return fetch(`${server.base}/en/admin/datasets/${action}`, {
      method: 'POST', redirect: 'manual',
      headers: { Cookie: session.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: formToken(html), ...fields }),
    });
  };
  const admin = await signIn(server.base, 'admin@clusterpolisee.example');
  const saved = await send(admin, 'categories', { division: '32', section: 'c', category: 'Jewelry and Precious Metals' });
  assert.equal(saved.status, 303);
  const c = await api('/api/v1/cluster-categories?sector=C');
  assert.ok(c.items.some((x) => x.nace_division === '32' && x.category === 'Jewelry and Precious Metals'));
  const bad = await send(admin, 'categories', { division: '3x', section: 'C', category: 'x' });
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /id="category-error"/);
  assert.match(html, /id="category-division"[^>]*aria-invalid="true"/);
  assert.equal((await send(admin, 'categories/remove', { division: '32' })).status, 303);
  assert.ok(!(await api('/api/v1/cluster-categories')).items.some((x) => x.nace_division === '32'));
  const staff = await signIn(server.base, 'petra.novak@si-smart-specialisation-agency.example');
  const refused = await send(staff, 'categories', { division: '29', section: 'C', category: 'Taken over' });
  assert.equal(refused.status, 403);
  assert.ok((await api('/api/v1/cluster-categories')).items.some((x) => x.nace_division === '29' && x.category !== 'Taken over'));
});
