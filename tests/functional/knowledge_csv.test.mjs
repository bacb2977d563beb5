// The knowledge base's CSV download and import end to end: one row per language version with
// every field in its own column; the download imported into a fresh server exports the same
// rows; files of another shape refused naming the line or column; a file with one bad item
// stores nothing; the same through the command line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, run } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { parseCsv, writeCsv } from '../support/csv.mjs';

const COLUMNS = [
  'id', 'slug', 'kind', 'status', 'original_language', 'areas', 'countries', 'regions', 'sectors', 'timeframe', 'start_year',
  'end_year', 'instrument', 'funding_source', 'budget_amount', 'budget_currency', 'budget_eur_rate',
  'budget_rate_date', 'budget_eur', 'target_groups', 'contact_organisation', 'contact_person', 'sources', 'language',
  'translation', 'title', 'summary', 'body', 'results', 'lessons', 'transferability',
];
const QUERY = 'area=WG3&sort=title';

let server;
let token;
let awkward;
before(async () => {
  server = await startServer();
  token = (await createToken(await signIn(server.base, 'admin@clusterpolisee.example'), 'csv tests', 'write')).secret;
  // An item whose texts need every escape: separators, quotes, line breaks, cells a
  // spreadsheet would run as formulas, a ";" and a "\" inside list values.
  const organisations = await (await fetch(`${server.base}/api/v1/organisations`)).json();
  const me = await (await fetch(`${server.base}/api/v1/users/me`, { headers: { Authorization: `Bearer ${token}` } })).json();
  const created = await fetch(`${server.base}/api/v1/knowledge`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      slug: 'csv-awkward-cells',
      kind: 'experience',
      original_language: 'hu',
      areas: ['WG3', 'WG4'],
      countries: ['HU'],
      regions: ['HU33'],
      sectors: ['31', '16'],
      timeframe: 'past',
      start_year: 2015,
      end_year: 2019,
      instrument: 'grants',
      funding_source: 'GINOP 2014-2020, "1.1"',
      budget: { amount: 1250000000.5, currency: 'HUF', eur_rate: 0.00321, rate_date: '2015-01-02' },
      target_groups: ['KKV-k; induló vállalkozások', 'back\\slash', '=not a formula'],
      contact_organisation: organisations.items[0].id,
      contact_person: me.id,
      sources: [
        { title: 'Értékelés, "végső"', url: 'https://example.org/report?a=1;b=2', publisher: 'NGM', year: 2020 },
        { title: 'Jegyzetek', url: '', publisher: '', year: null },
      ],
      texts: [
        { language: 'hu', title: "'Idézett' klaszterprogram", summary: '=1+1 nem képlet', body: '- első pont\r\n- második, "idézett"\n\n**vége**', results: '+ több', lessons: '@valaki', transferability: '\tbehúzva', translation: 'original' },
        { language: 'en', title: 'Quoted cluster programme', summary: 'Not a formula', body: 'Line one\nLine two, with a comma', results: '', lessons: '', transferability: '', translation: 'human' },
      ],
    }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  awkward = await created.json();
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

async function download(srv, secret, format, query = QUERY) {
  return fetch(`${srv.base}/api/v1/knowledge?format=${format}&${query}`, { headers: { Authorization: `Bearer ${secret}` } });
}

// A cell as the table held it: without the apostrophe the export puts before formulas.
const unguarded = (cell) => (cell.length > 1 && cell[0] === "'" && "=+-@\t\r'".includes(cell[1]) ? cell.slice(1) : cell);

// The rows without the columns an import does not keep (the id and the workflow state), in a
// stable order.
function comparable(rows) {
  const skip = new Set([COLUMNS.indexOf('id'), COLUMNS.indexOf('status')]);
  return rows.map((r) => JSON.stringify(r.filter((_, i) => !skip.has(i)))).sort();
}

function postCsv(srv, secret, body, type = 'text/csv; charset=utf-8') {
  return fetch(`${srv.base}/api/v1/knowledge/import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': type },
    body,
  });
}

test('the CSV download holds one row per language version, every field in its own column', async () => {
  const res = await download(server, token, 'csv');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/csv/);
  assert.match(res.headers.get('content-disposition'), /clusterpolisee-knowledge\.csv/);
  const [header, ...rows] = parseCsv(await res.text());
  assert.deepEqual(header, COLUMNS);
  const items = (await (await download(server, token, 'json')).json()).items;
  assert.ok(items.length >= 5);
  assert.ok(items.some((i) => i.texts.length > 1), 'items in several languages');
  assert.equal(rows.length, items.reduce((n, i) => n + i.texts.length, 0));
  const col = (row, name) => unguarded(row[COLUMNS.indexOf(name)]);
  for (const item of items) {
    const mine = rows.filter((r) => col(r, 'id') === String(item.id));
    assert.deepEqual(mine.map((r) => col(r, 'language')), item.texts.map((t) => t.language), item.slug);
    for (const [i, text] of item.texts.entries()) {
      for (const field of ['title', 'summary', 'body', 'results', 'lessons', 'transferability', 'translation'])
        assert.equal(col(mine[i], field), text[field], `${item.slug} ${text.language} ${field}`);
      assert.equal(col(mine[i], 'regions'), item.regions.join(';'));
      assert.equal(col(mine[i], 'sectors'), item.sectors.join(';'));
      assert.equal(col(mine[i], 'status'), item.status);
      assert.equal(col(mine[i], 'funding_source'), item.funding_source);
      assert.deepEqual(col(mine[i], 'sources') === '' ? [] : JSON.parse(col(mine[i], 'sources')), item.sources);
      assert.equal(col(mine[i], 'budget_amount'), item.budget ? String(item.budget.amount) : '');
      assert.equal(col(mine[i], 'start_year'), item.start_year === null ? '' : String(item.start_year));
    }
  }
  const odd = rows.filter((r) => col(r, 'id') === String(awkward.id));
  assert.equal(odd.length, 2);
  assert.equal(col(odd[0], 'sectors'), '16;31', 'sectors in division order');
  assert.ok(items.some((i) => i.sectors.length > 0 && i.slug !== awkward.slug), 'demo items name their sectors');
  assert.equal(col(odd[0], 'target_groups'), 'KKV-k\\; induló vállalkozások;back\\\\slash;=not a formula');
  assert.equal(odd[0][COLUMNS.indexOf('summary')], "'=1+1 nem képlet", 'formulas are defused');
  assert.equal(odd[0][COLUMNS.indexOf('title')], "''Idézett' klaszterprogram", 'a leading apostrophe is guarded too');
  assert.equal(Number(col(odd[0], 'budget_eur')), 1250000000.5 * 0.00321);
  assert.equal(col(odd[1], 'contact_person'), String(awkward.contact_person));
  assert.ok(awkward.contact_person > 0);

  const xlsx = await download(server, token, 'xlsx');
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  assert.equal(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString(), 'PK');
});

test('the CSV download imports into a fresh server, which then exports the same rows', async () => {
  const exported = await (await download(server, token, 'csv')).text();
  const [, ...rows] = parseCsv(exported);
  const ids = new Set(rows.map((r) => r[0]));
  const fresh = await startServer();
  const scratch = mkdtempSync(path.join(tmpdir(), 'cps-knowledge-csv-'));
  try {
    const secret = (await createToken(await signIn(fresh.base, 'admin@clusterpolisee.example'), 'csv', 'write')).secret;
    // The fresh demo holds items of this query already: without them, the file adds them all.
    for (const item of (await (await download(fresh, secret, 'json')).json()).items) {
      const gone = await fetch(`${fresh.base}/api/v1/knowledge/${item.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${secret}` } });
      assert.equal(gone.status, 204);
    }
    const imported = await postCsv(fresh, secret, exported);
    assert.equal(imported.status, 200, await imported.clone().text());
    assert.deepEqual(await imported.json(), { added: ids.size, already_present: [] });

    const again = await (await download(fresh, secret, 'csv')).text();
    const [header, ...back] = parseCsv(again);
    assert.deepEqual(header, COLUMNS);
    assert.deepEqual(comparable(back), comparable(rows));
    assert.ok(back.every((r) => r[COLUMNS.indexOf('status')] === 'draft'), 'imports are drafts');

    // The command line reads the same file, by its extension or told the format.
    const file = path.join(scratch, 'knowledge.csv');
    writeFileSync(file, exported);
    const cli = run(['import', 'knowledge', file, '--data-dir', fresh.dataDir, '--database', fresh.url]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, new RegExp(`0 items added; ${ids.size} already present`));
    const unnamed = path.join(scratch, 'knowledge.txt');
    writeFileSync(unnamed, exported);
    const told = run(['import', 'knowledge', unnamed, '--format', 'csv', '--data-dir', fresh.dataDir, '--database', fresh.url]);
    assert.equal(told.status, 0, told.stderr);
    const guessed = run(['import', 'knowledge', unnamed, '--data-dir', fresh.dataDir, '--database', fresh.url]);
    assert.equal(guessed.status, 0, guessed.stderr);
    assert.match(guessed.stdout, new RegExp(`0 items added; ${ids.size} already present`));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    const { code } = await fresh.stop();
    assert.equal(code, 0);
  }
});

test('CSV files of another shape are refused naming the line or column; a file with one bad item stores nothing', async () => {
  const exported = await (await download(server, token, 'csv')).text();
  const [header, ...rows] = parseCsv(exported);
  // The header and a row of one line each.
  const lines = writeCsv([header, header.map(() => 'x')]).text.split('\r\n');
  const refusals = [
    ['a header of other columns', 'name,title\r\nx,y\r\n', 400, 'name'],
    ['a header without a column', header.filter((c) => c !== 'kind').join(',') + '\r\n', 400, 'kind'],
    ['a quote not closed', `${lines[0]}\r\n${lines[1]}\r\n"${lines[1]}\r\n`, 400, 'line 3'],
    ['a row with a cell too many', `${lines[0]}\r\n${lines[1]},extra\r\n`, 400, 'line 2'],
    ['text that is not UTF-8', Buffer.concat([Buffer.from(`${lines[0]}\r\n`), Buffer.from([0xc3, 0x28]), Buffer.from('\r\n')]), 400, 'line 2'],
  ];
  for (const [what, file, status, parameter] of refusals) {
    const res = await postCsv(server, token, file);
    assert.equal(res.status, status, what);
    assert.match(res.headers.get('content-type'), /^application\/problem\+json/, what);
    const problem = await res.json();
    assert.equal(problem.parameter, parameter, what);
    assert.ok(problem.detail.length > 10, what);
  }
  assert.equal((await postCsv(server, token, exported, 'text/plain')).status, 415);
  assert.equal((await postCsv(server, token, Buffer.alloc(16 * 1024 * 1024 + 1, 'x'))).status, 413);

  // Two new items (copies under new addresses, grouped by slug as their id is left empty);
  // the second names a kind that does not exist.
  const col = (name) => COLUMNS.indexOf(name);
  const source = rows.filter((r) => r[col('id')] === String(awkward.id));
  const copy = (slug, kind) => source.map((r) => r.map((c, i) => (i === col('id') ? '' : i === col('slug') ? slug : i === col('kind') ? kind : c)));
  const { text, lines: starts } = writeCsv([header, ...copy('csv-copy-good', 'experience'), ...copy('csv-copy-bad', 'poem')]);
  const refused = await postCsv(server, token, text);
  assert.equal(refused.status, 422);
  const problem = await refused.json();
  assert.deepEqual(problem.problems.map((p) => [p.item, p.line, p.field]), [[2, starts[3], 'kind']]);
  assert.equal(problem.problems[0].message, 'Choose the kind of item.');
  const search = async (slug) =>
    (await (await fetch(`${server.base}/api/v1/knowledge?format=json&area=WG3`, { headers: { Authorization: `Bearer ${token}` } })).json())
      .items.some((i) => i.slug === slug);
  assert.equal(await search('csv-copy-good'), false, 'nothing was stored');

  // A problem the service finds (a region outside the item's countries) on the right row.
  const region = copy('csv-copy-region', 'experience').map((r) => r.map((c, i) => (i === col('regions') ? 'RO21' : c)));
  const wrongRegion = writeCsv([header, ...region]);
  const regionProblem = await (await postCsv(server, token, wrongRegion.text)).json();
  assert.deepEqual(regionProblem.problems.map((p) => [p.item, p.line, p.field]), [[1, wrongRegion.lines[1], 'regions']]);

  // A sector the division table does not hold (retail trade, a local service) on the right row.
  const sector = copy('csv-copy-sector', 'experience').map((r) => r.map((c, i) => (i === col('sectors') ? '16;47' : c)));
  const wrongSector = writeCsv([header, ...sector]);
  const sectorProblem = await (await postCsv(server, token, wrongSector.text)).json();
  assert.deepEqual(sectorProblem.problems.map((p) => [p.item, p.line, p.field]), [[1, wrongSector.lines[1], 'sectors']]);
  assert.equal(sectorProblem.problems[0].message, 'Choose sectors from the list of NACE divisions.');
  // A file made before the sectors column existed still imports.
  const withoutSectors = copy('csv-copy-old-file', 'experience').map((r) => r.filter((_, i) => i !== col('sectors')));
  const old = await postCsv(server, token, writeCsv([header.filter((c) => c !== 'sectors'), ...withoutSectors]).text);
  assert.equal(old.status, 200, await old.clone().text());
  assert.deepEqual(await old.json(), { added: 1, already_present: [] });

  // The same from the command line: problems by file, line, item and column; exit code 2.
  const scratch = mkdtempSync(path.join(tmpdir(), 'cps-knowledge-csv-'));
  try {
    const bad = path.join(scratch, 'bad.csv');
    writeFileSync(bad, text);
    const failed = run(['import', 'knowledge', bad, '--data-dir', server.dataDir, '--database', server.url]);
    assert.equal(failed.status, 2);
    assert.match(failed.stderr, new RegExp(`bad\\.csv:${starts[3]}: item 2 \\(kind\\): Choose the kind of item\\.`));
    const broken = path.join(scratch, 'broken.csv');
    writeFileSync(broken, `${lines[0]}\r\n"${lines[1]}\r\n`);
    const unreadable = run(['import', 'knowledge', broken, '--data-dir', server.dataDir, '--database', server.url]);
    assert.equal(unreadable.status, 2);
    assert.match(unreadable.stderr, /A quoted cell is not closed, or text follows its closing quote\. \(line 2\)/);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  assert.equal(await search('csv-copy-good'), false);
});

test('the CSV example of the API description imports', async () => {
  const description = await (await fetch(`${server.base}/api/v1/openapi.json`)).json();
  const example = description.paths['/api/v1/knowledge/import'].post.requestBody.content['text/csv'].example;
  const res = await postCsv(server, token, example);
  assert.equal(res.status, 200, await res.clone().text());
  assert.deepEqual(await res.json(), { added: 1, already_present: [] });
  const item = (await (await fetch(`${server.base}/api/v1/knowledge?format=json&region=RO21&status=draft`, {
    headers: { Authorization: `Bearer ${token}` },
  })).json()).items.find((i) => i.slug === 'ro-vouchere-inovare-clustere-nord-est-csv');
  assert.deepEqual(item.texts.map((t) => [t.language, t.translation]), [['ro', 'original'], ['en', 'human']]);
  assert.deepEqual(item.budget, { amount: 2500000, currency: 'RON', eur_rate: 0.2011, rate_date: '2022-01-03', eur: 2500000 * 0.2011 });
});
