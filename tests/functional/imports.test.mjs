// Importing regional statistics in every format, end to end on the real server and database
// (CPS_TEST_BACKEND): the same slice of Eurostat's employment file as bulk TSV, SDMX-CSV,
// long CSV and XLSX gives the same observations through the API; files with problems store
// nothing unless only their valid rows are asked for; the command line names problems by
// file:line:column; uploads through the administration page (a background job with its
// progress page) and through the API; who may upload; the upload limit; and the NUTS code
// changes, kept from the command line and the page, as the next import applies them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, run } from '../support/server.mjs';
import { Browser, bearer, formToken, decodeHtml } from '../support/browser.mjs';
import { until } from '../support/wait.mjs';
import { signIn, createToken } from '../support/session.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'data');
const ADMIN = 'admin@clusterpolisee.example';
const MEMBER = 'ioana.margineanu@nord-est-cluster-agency.example';  // partner staff, no administrator
const UPLOAD_LIMIT = 64 * 1024;

let server;
let scratch;
before(async () => {
  server = await startServer({ extraArgs: ['--max-upload-bytes', String(UPLOAD_LIMIT)] });
  scratch = mkdtempSync(path.join(tmpdir(), 'cps-imports-'));
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
  rmSync(scratch, { recursive: true, force: true });
});

const common = () => ['--data-dir', server.dataDir, '--database', server.url];
const api = async (url) => (await fetch(server.base + url)).json();
const datasetByCode = async (code) => (await api('/api/v1/datasets')).items.find((d) => d.code === code);
const versionCount = async (code) => (await datasetByCode(code))?.versions ?? 0;
// Every observation of a dataset's current version, as comparable text.
async function observations(code) {
  const d = await datasetByCode(code);
  const page = await api(`/api/v1/datasets/${d.id}/observations?limit=10000`);
  return page.items.map((o) => `${o.region}|${o.sector}|${o.breakdown}|${o.year}|${o.value}|${o.flags}`).sort();
}
const eurostatOptions = ['--sector-dimension', 'nace_r2', '--select', 'age=Y_GE15', '--select', 'unit=THS'];
const importCli = (file, code, extra = []) =>
  run(['import', 'dataset', file, ...common(), '--code', code, '--title', `Slice ${code}`, ...extra]);
const scratchFile = (name, content) => {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
};

test('the same slice as Eurostat TSV, SDMX-CSV, CSV and XLSX gives identical observations', async () => {
  const cases = [
    ['employment-slice.tsv', 'slice-tsv', eurostatOptions],
    ['employment-slice.sdmx.csv', 'slice-sdmx', eurostatOptions],  // guessed from its header
    ['employment-slice.csv', 'slice-csv', ['--format', 'csv']],
    ['employment-slice.xlsx', 'slice-xlsx', []],
  ];
  for (const [file, code, extra] of cases) {
    const r = importCli(path.join(fixtures, file), code, extra);
    assert.equal(r.status, 0, `${file}: ${r.stderr}`);
    assert.match(r.stdout, /version 1 with 120 observations, 2008–2015/, file);
  }
  const tsv = await observations('slice-tsv');
  assert.equal(tsv.length, 120);
  assert.ok(tsv.includes('RO21|A||2015|798.2|'), 'a value as published');
  assert.ok(tsv.includes('BG31|A||2011|19.3|b'), 'flags kept');
  assert.ok(tsv.includes('EL52|A||2015|null|'), 'EL12 of NUTS 2013 stored as EL52, not available kept');
  for (const code of ['slice-sdmx', 'slice-csv', 'slice-xlsx']) assert.deepEqual(await observations(code), tsv, code);
  const formats = [];
  for (const code of ['slice-tsv', 'slice-sdmx', 'slice-csv', 'slice-xlsx']) {
    const d = await datasetByCode(code);
    formats.push((await api(`/api/v1/datasets/${d.id}`)).version_list[0].format);
  }
  assert.deepEqual(formats, ['eurostat-tsv', 'sdmx-csv', 'csv', 'xlsx']);
});

test('a file with problems stores nothing, names each problem by file:line:column, and its valid rows can be imported', async () => {
  const good = importCli(scratchFile('first.csv', 'region,sector,year,value\nRO21,A,2015,10\n'), 'checked-data');
  assert.equal(good.status, 0, good.stderr);
  const bad = scratchFile('bad.csv', [
    'region,sector,year,value,flag',
    'RO21,A,2015,11,',
    'RO21,B,2015,many,',
    'RO21,C,2015,-4,',
    'RO21,A,2015,12,',
    'RO21,D,15,1,',
    '"RO21,E,2015,1,',
  ].join('\r\n'));
  const refused = importCli(bad, 'checked-data');
  assert.equal(refused.status, 2, refused.stderr);
  for (const where of [/bad\.csv:3:4: The value is not a number\. \[many\]/, /bad\.csv:4:4: The value is negative/,
    /bad\.csv:5:4: The same region, sector and year come twice/, /bad\.csv:6:3: The year is not a whole number/,
    /bad\.csv:7:\d+: A quotation mark is not closed/])
    assert.match(refused.stderr, where);
  assert.equal(await versionCount('checked-data'), 1, 'no version stored');

  const partial = importCli(bad, 'checked-data', ['--valid-rows-only']);
  assert.equal(partial.status, 0, partial.stderr);
  assert.match(partial.stdout, /version 2 with 1 observations/);
  assert.equal(await versionCount('checked-data'), 2);
  assert.deepEqual(await observations('checked-data'), ['RO21|A||2015|11|']);

  const negative = importCli(scratchFile('growth.csv', 'region,sector,year,value\nRO21,,2015,-1.5\n'), 'growth-rate',
    ['--negative-values']);
  assert.equal(negative.status, 0, negative.stderr);
});

test('files that are not what they claim, and wrong options, are refused with a message and exit code 2', async () => {
  const before = (await api('/api/v1/datasets')).items.length;
  const cases = [
    [scratchFile('header.csv', 'geo,sector,year,value\nRO21,A,2015,1\n'), [], /header\.csv:1:1: The header must be region,sector,year,value/],
    [scratchFile('fake.xlsx', 'region,sector,year,value\nRO21,A,2015,1\n'), [], /not an XLSX workbook/],
    [scratchFile('cut.xlsx', readFileSync(path.join(fixtures, 'employment-slice.xlsx')).subarray(0, 3000)), [], /not an XLSX workbook/],
    [scratchFile('sdmx.csv', 'DATAFLOW,freq,geo,TIME_PERIOD,OBS_VALUE\nX,Q,RO21,2015-Q1,3\n'), ['--valid-rows-only'], /sdmx\.csv:2:2: Only annual data/],
    [scratchFile('notes.txt', 'hello\n'), [], /format cannot be told/],
    [scratchFile('plain.csv', 'region,sector,year,value\nRO21,A,2015,1\n'), ['--format', 'sdmx'], /format/],
    [scratchFile('plain2.csv', 'region,sector,year,value\nRO21,A,2015,1\n'), ['--select', 'age'], /dimension=value/],
    [scratchFile('plain3.csv', 'region,sector,year,value\nRO21,A,2015,1\n'), ['--select', 'age=Y_GE15'], /no such dimension/],
  ];
  for (const [file, extra, message] of cases) {
    const r = importCli(file, 'refused-data', extra);
    assert.equal(r.status, 2, `${file}: ${r.status} ${r.stderr}`);
    assert.match(r.stderr, message, file);
  }
  assert.equal((await api('/api/v1/datasets')).items.length, before, 'nothing stored');
});

// Uploads the slice through the administration page's real form; returns the job page's path.
async function uploadThroughPage(browser, fields, file = 'employment-slice.csv', lang = 'en') {
  const page = await browser.get(`/${lang}/admin/datasets`);
  assert.equal(page.status, 200);
  assert.match(page.html, /enctype="multipart\/form-data"/);
  const form = new FormData();
  form.append('csrf', formToken(page.html));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([readFileSync(path.join(fixtures, file))]), file);
  return browser.fetch(`/${lang}/admin/datasets`, { method: 'POST', body: form });
}

// The job page once the import is over (read again, as the page's own refresh does, until
// it shows no progress); while running it must refresh itself without JavaScript.
async function finishedJobPage(browser, location) {
  return until(`the import of ${location}`, async () => {
    const page = await browser.get(location);
    assert.equal(page.status, 200, location);
    if (!page.html.includes('<progress')) return page.html;
    assert.match(page.html, /<noscript><meta http-equiv="refresh" content="1"><\/noscript>/);
    return undefined;
  }, { every: 100 });
}

test('an administrator uploads through the page: a job with its progress page, then the report', async () => {
  const admin = new Browser(server.base);
  await admin.signIn(ADMIN);
  const res = await uploadThroughPage(admin, { format: 'auto', code: 'page-upload', title: 'From the page', unit: 'thousand persons' });
  assert.equal(res.status, 303);
  const location = res.headers.get('location');
  assert.match(location, /^\/en\/admin\/datasets\/jobs\/[0-9a-f]{32}$/);
  const status = await admin.fetch(`${location}/status`);
  assert.equal(status.status, 200);
  assert.match((await status.json()).state, /^(running|finished)$/);
  const html = await finishedJobPage(admin, location);
  assert.match(html, /Version stored/);
  assert.match(decodeHtml(html), /<dd>120<\/dd>/);
  assert.deepEqual(await observations('page-upload'), await observations('slice-tsv'));
  const list = await admin.get('/en/admin/datasets');
  assert.match(list.html, /page-upload/);
  assert.match(list.html, /employment-slice\.csv/);

  // A file with problems: the job fails, its page lists them by line and column, nothing is stored.
  const bad = new FormData();
  bad.append('csrf', formToken(list.html));
  bad.append('code', 'page-upload');
  bad.append('format', 'csv');
  bad.append('file', new Blob(['region,sector,year,value\nRO21,A,2015,ten\nRO21,A,2014,1\n']), 'bad.csv');
  const refused = await admin.fetch('/en/admin/datasets', { method: 'POST', body: bad });
  assert.equal(refused.status, 303);
  const failed = await finishedJobPage(admin, refused.headers.get('location'));
  assert.match(failed, /nothing was imported/);
  assert.match(failed, /<tr><td class="num">2<\/td><td class="num">4<\/td><td>The value is not a number\.<\/td><td><code>ten<\/code>/);
  assert.equal(await versionCount('page-upload'), 1);

  // Without a file, or with the wrong form token, the form is not taken.
  const noFile = new FormData();
  noFile.append('csrf', formToken(list.html));
  noFile.append('code', 'page-upload');
  const missing = await admin.fetch('/en/admin/datasets', { method: 'POST', body: noFile });
  assert.equal(missing.status, 422);
  assert.match(await missing.text(), /Choose a file to upload/);
  const wrongToken = new FormData();
  wrongToken.append('csrf', 'not-the-token');
  wrongToken.append('code', 'forged');
  wrongToken.append('file', new Blob(['region,sector,year,value\n']), 'x.csv');
  assert.equal((await admin.fetch('/en/admin/datasets', { method: 'POST', body: wrongToken })).status, 403);
});

test('only administrators see the page, upload and follow jobs; a job is only its starter\'s', async () => {
  const anonymous = new Browser(server.base);
  assert.equal((await anonymous.get('/en/admin/datasets')).status, 401);
  const member = new Browser(server.base);
  await member.signIn(MEMBER);
  assert.equal((await member.get('/en/admin/datasets')).status, 403);
  const form = new FormData();
  form.append('csrf', member.csrf);
  form.append('code', 'member-upload');
  form.append('title', 'Not allowed');
  form.append('file', new Blob([readFileSync(path.join(fixtures, 'employment-slice.csv'))]), 'slice.csv');
  assert.equal((await member.fetch('/en/admin/datasets', { method: 'POST', body: form })).status, 403);

  const admin = new Browser(server.base);
  await admin.signIn(ADMIN);
  const res = await uploadThroughPage(admin, { code: 'private-job', title: 'Mine' });
  const location = res.headers.get('location');
  await finishedJobPage(admin, location);
  assert.equal((await member.get(location)).status, 404);
  assert.equal((await member.fetch(`${location}/status`)).status, 404);
  assert.equal((await anonymous.get(location)).status, 401);
  assert.equal((await admin.get('/en/admin/datasets/jobs/0123456789abcdef0123456789abcdef')).status, 404);
  assert.equal(await datasetByCode('member-upload'), undefined);
});

test('the API imports a raw or multipart body for administrators with a write token, and reports problems', async () => {
  const session = await signIn(server.base, ADMIN);
  const write = await createToken(session, 'imports', 'write');
  const read = await createToken(session, 'imports read', 'read');
  const csv = readFileSync(path.join(fixtures, 'employment-slice.csv'));
  const post = (token, query, body, headers = {}) =>
    fetch(`${server.base}/api/v1/datasets?${query}`, { method: 'POST', body, headers: { Authorization: `Bearer ${token}`, ...headers } });

  const raw = await post(write.secret, 'code=api-upload&title=From+the+API&format=csv', csv, { 'Content-Type': 'text/csv' });
  assert.equal(raw.status, 201, await raw.clone().text());
  const report = await raw.json();
  assert.equal(report.version.number, 1);
  assert.equal(report.version.rows, 120);
  assert.equal(report.version.format, 'csv');
  assert.equal(report.dataset.code, 'api-upload');
  assert.deepEqual(await observations('api-upload'), await observations('slice-tsv'));

  const form = new FormData();
  form.append('file', new Blob([readFileSync(path.join(fixtures, 'employment-slice.sdmx.csv'))]), 'slice.sdmx.csv');
  const multipart = await post(write.secret,
    'code=api-upload&sector_dimension=nace_r2&select=age%3DY_GE15&select=unit%3DTHS', form);
  assert.equal(multipart.status, 201, await multipart.clone().text());
  assert.equal((await multipart.json()).version.format, 'sdmx-csv');

  const bad = await post(write.secret, 'code=api-upload&format=csv', 'region,sector,year,value\nRO21,A,2015,ten\n', { 'Content-Type': 'text/csv' });
  assert.equal(bad.status, 422);
  assert.match(bad.headers.get('content-type'), /^application\/problem\+json/);
  const problem = await bad.json();
  assert.deepEqual(problem.issues.map((i) => [i.line, i.column]), [[2, 4]]);
  assert.equal(await versionCount('api-upload'), 2);

  assert.equal((await post(read.secret, 'code=api-upload&format=csv', csv)).status, 403);
  const member = await createToken(await signIn(server.base, MEMBER), 'member', 'write');
  assert.equal((await post(member.secret, 'code=api-upload&format=csv', csv)).status, 403);
  const anonymous = await fetch(`${server.base}/api/v1/datasets?code=api-upload&format=csv`, { method: 'POST', body: csv });
  assert.equal(anonymous.status, 401);
  assert.equal((await post(write.secret, 'code=api-upload&colour=red', csv)).status, 400);
  assert.equal(await versionCount('api-upload'), 2);
});

test('uploads over max_upload_bytes are refused with 413, on the page with a clear message', async () => {
  const admin = new Browser(server.base);
  await admin.signIn(ADMIN);
  const page = await admin.get('/en/admin/datasets');
  const form = new FormData();
  form.append('csrf', formToken(page.html));
  form.append('code', 'too-large');
  form.append('file', new Blob(['x'.repeat(UPLOAD_LIMIT + 1)]), 'large.csv');
  const res = await admin.fetch('/en/admin/datasets', { method: 'POST', body: form });
  assert.equal(res.status, 413);
  assert.match(await res.text(), /The file is larger than this server accepts/);
  const session = await signIn(server.base, ADMIN);
  const token = await createToken(session, 'large', 'write');
  const viaApi = await bearer(server.base, token.secret, 'GET', '/api/v1/datasets');
  assert.equal(viaApi.status, 200);
  const large = await fetch(`${server.base}/api/v1/datasets?code=too-large&title=X&format=csv`, {
    method: 'POST', body: 'x'.repeat(UPLOAD_LIMIT + 1), headers: { Authorization: `Bearer ${token.secret}` },
  });
  assert.equal(large.status, 413);
  assert.equal(await datasetByCode('too-large'), undefined);
});

test('NUTS code changes: added and removed from the command line and the page, applied by the next import', async () => {
  const file = scratchFile('old-codes.csv', 'region,sector,year,value\nRO98,A,2015,5\nRO21,A,2015,6\n');
  const refused = importCli(file, 'old-codes');
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /old-codes\.csv:2:1: This is not a NUTS 2021 region code/);

  const cli = (...args) => run(['regions', 'code-changes', ...args, ...common()]);
  for (const [args, message] of [
    [['add', 'RO21', 'RO22'], /current NUTS 2021 code/],
    [['add', 'RO98', 'RO2'], /NUTS 2 region of the programme area/],
    [['add', 'RO98', 'FR10'], /NUTS 2 region of the programme area/],
    [['add', 'RO98'], /--split/],
    [['add', 'EL11', 'EL51'], /has a change already/],
    [['remove', 'RO97'], /no change for this code/],
  ]) {
    const r = cli(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
  }
  const added = cli('add', 'ro98', 'RO21', '--vintage', 'test', '--note', 'made up');
  assert.equal(added.status, 0, added.stderr);
  assert.match(cli('list').stdout, /^RO98\s+RO21\s+test\s+made up$/m);
  // The file has RO21 as well: its figure wins, the older code's is left out.
  const superseded = importCli(file, 'old-codes');
  assert.equal(superseded.status, 0, superseded.stderr);
  assert.deepEqual(await observations('old-codes'), ['RO21|A||2015|6|']);
  const renamed = importCli(scratchFile('old-only.csv', 'region,sector,year,value\nRO98,A,2015,5\n'), 'old-codes');
  assert.equal(renamed.status, 0, renamed.stderr);
  assert.deepEqual(await observations('old-codes'), ['RO21|A||2015|5|']);
  assert.equal(cli('remove', 'RO98').status, 0);
  assert.doesNotMatch(cli('list').stdout, /RO98/);

  // The same on the page.
  const admin = new Browser(server.base);
  await admin.signIn(ADMIN);
  await admin.get('/en/admin/datasets');
  const add = await admin.post('/en/admin/datasets/code-changes', { old_code: 'RO97', successor: 'split', note: 'split on paper' });
  assert.equal(add.status, 303, add.html);
  let page = await admin.get(add.location);
  assert.match(page.html, /The code change is saved/);
  assert.match(page.html, /<code>RO97<\/code><\/td><td>split or merged/);
  const again = await admin.post('/en/admin/datasets/code-changes', { old_code: 'RO97', new_code: 'RO21' });
  assert.equal(again.status, 409);
  assert.match(again.html, /aria-invalid="true" aria-describedby="change-error"/);
  const splitFile = importCli(scratchFile('split.csv', 'region,sector,year,value\nRO97,A,2015,5\n'), 'old-codes');
  assert.equal(splitFile.status, 2);
  assert.match(splitFile.stderr, /split\.csv:2:1: This region of an older NUTS version was split or merged/);
  await admin.get('/en/admin/datasets');
  const remove = await admin.post('/en/admin/datasets/code-changes/remove', { old_code: 'RO97' });
  assert.equal(remove.status, 303);
  page = await admin.get(remove.location);
  assert.doesNotMatch(page.html, /RO97/);

  const member = new Browser(server.base);
  await member.signIn(MEMBER);
  await member.get('/en/account');
  assert.equal((await member.post('/en/admin/datasets/code-changes', { old_code: 'RO96', new_code: 'RO21' })).status, 403);
  assert.doesNotMatch(cli('list').stdout, /RO96/);
});
