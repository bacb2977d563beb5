// What assessments add up to, in real headless Chromium, on the demo assessments: a region's
// scorecard with its radar, the benchmark with its heat map, the information gaps dashboard
// and the framework versions pass axe (WCAG 2.1 AA) in the five UI languages at phone and
// desktop widths; the charts are drawn and hold the numbers of the tables beside them; the
// public sees only the regions that opted in; the gaps are refused to a plain member; a new
// framework version is uploaded through the form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
// From data/demo/assessments.json: published with public scores (RO21, ITH5, SI04), published
// for members only (HU33, EL52 …).
const PUBLIC_REGION = 'RO21';
const MEMBERS_REGION = 'HU33';
const COORDINATOR = 'tomas.kovacik@danube-innovation-agency.example';  // wg_coordinator:WG4
const MEMBER = 'mihai.constantinescu@ilfov-innovation-agency.example';  // partner_staff
const ADMIN = 'admin@clusterpolisee.example';

let server;
let browser;
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/login`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  return { context, page };
}

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], label);
}

// Each page once per language and width: status 200, axe, and screenshots in English and
// Romanian; no script errors.
async function sweep(page, pages) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(viewport);
    for (const lang of languages)
      for (const [name, suffix] of pages) {
        const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
        assert.equal(response.status(), 200, `${lang}${suffix}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await axe(page, `${lang}${suffix} (${width})`);
        if (lang === 'en' || lang === 'ro')
          await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
      }
  }
  await page.setViewportSize(DESKTOP);
  assert.deepEqual(problems, []);
}

// The numbers of a table's body, row by row, as the page shows them (English: 3.4).
async function tableNumbers(page, selector) {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim())));
}

const oneDecimal = (v) => (v == null ? '–' : new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v));

test('the results pages pass axe in every language at both widths, for a coordinator', async () => {
  const { context, page } = await signedIn(COORDINATOR);
  await sweep(page, [
    ['scorecard', `/regions/${PUBLIC_REGION}/scorecard`],
    ['benchmarking', '/benchmarking'],
    ['benchmarking-peers', `/benchmarking?region=${PUBLIC_REGION}`],
    ['gaps', '/gaps'],
    ['frameworks', '/frameworks'],
    ['framework', '/frameworks/1'],
    ['region-assessment', `/regions/${PUBLIC_REGION}`],
    ['area-scores', '/areas/WG4'],
  ]);
  await context.close();
});

test('the scorecard draws its radar with the numbers of the areas table', async () => {
  const { context, page } = await signedIn(COORDINATOR);
  await page.goto(`${server.base}/en/regions/${PUBLIC_REGION}/scorecard`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#radar-chart canvas');
  const radar = JSON.parse(await page.getAttribute('#radar-chart', 'data-radar'));
  assert.equal(radar.axes.length, 6);
  assert.deepEqual(radar.series.map((s) => s.name), ['Past period', 'Today', 'Target']);
  const rows = await tableNumbers(page, '#areas-table');
  assert.equal(rows.length, 6);
  rows.forEach((cells, i) => {
    assert.deepEqual(cells.slice(0, 3), radar.series.map((s) => oneDecimal(s.values[i])), radar.axes[i].code);
  });
  // Every area has its criteria table, and the learning needs link to practices or regions.
  assert.equal(await page.locator('section[id^="area-WG"] table').count(), 6);
  assert.ok(await page.locator('#needs-heading').count());
  await context.close();
});

test('the benchmark draws its heat map with the numbers of its table; the public sees only regions that opted in', async () => {
  const { context, page } = await signedIn(COORDINATOR);
  await page.goto(`${server.base}/en/benchmarking`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#heatmap-chart canvas');
  const heat = JSON.parse(await page.getAttribute('#heatmap-chart', 'data-heatmap'));
  const rows = await tableNumbers(page, '#heat-table');
  assert.equal(rows.length, heat.regions.length);
  for (const [x, y, v] of heat.cells) assert.equal(rows[y][x], oneDecimal(v), `${heat.regions[y]} ${heat.areas[x]}`);
  const memberRegions = await page.$$eval('#heat-table tbody tr', (trs) => trs.map((t) => t.dataset.region));
  assert.ok(memberRegions.includes(MEMBERS_REGION), 'members see every published assessment');
  assert.ok(await page.locator('#agreement-table').count(), 'coordinators see the agreement');
  // The spread names no region.
  const spread = await page.textContent('#spread-table');
  for (const code of memberRegions) assert.ok(!spread.includes(code), `the spread names ${code}`);
  await context.close();

  const visitor = await browser.newContext({ viewport: DESKTOP });
  const anonymous = await visitor.newPage();
  await anonymous.goto(`${server.base}/en/benchmarking`, { waitUntil: 'networkidle' });
  const publicRegions = await anonymous.$$eval('#heat-table tbody tr', (trs) => trs.map((t) => t.dataset.region));
  assert.ok(publicRegions.includes(PUBLIC_REGION));
  assert.ok(!publicRegions.includes(MEMBERS_REGION), 'the public sees only regions that opted in');
  assert.equal(await anonymous.locator('#agreement-table').count(), 0);
  await axe(anonymous, 'benchmarking, public');
  await anonymous.screenshot({ path: path.join(shots, 'benchmarking-public-en-desktop.png'), fullPage: true });
  await visitor.close();
});

test('the gaps dashboard is refused to a plain member and not in their menu', async () => {
  const { context, page } = await signedIn(MEMBER);
  const response = await page.goto(`${server.base}/en/gaps`);
  assert.equal(response.status(), 403);
  await axe(page, 'gaps refused');
  await page.goto(`${server.base}/en/benchmarking`);
  assert.equal(await page.locator('nav a[href="/en/gaps"]').count(), 0);
  assert.ok(await page.locator('nav a[href="/en/benchmarking"]').count());
  await context.close();
});

test('a knowledge item cited as evidence says in how many assessments', async () => {
  const { context, page } = await signedIn(COORDINATOR);
  let found = false;
  for (let id = 1; id <= 40 && !found; ++id) {
    const response = await page.goto(`${server.base}/en/knowledge/${id}`);
    if (response.status() !== 200) continue;
    found = (await page.locator('dt:text("Cited as evidence in assessments")').count()) > 0;
  }
  assert.ok(found, 'an item of the demo cited as evidence');
  assert.match(await page.textContent('dt:text("Cited as evidence in assessments") + dd'), /^[1-9]\d*$/);
  await axe(page, 'knowledge item with citations');
  await context.close();
});

test('a new framework version is uploaded through the form; a broken file gets the form message', async () => {
  const { context, page } = await signedIn(ADMIN);
  await page.goto(`${server.base}/en/frameworks`);
  await page.setInputFiles('#framework-file', { name: 'framework.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "something else"}') });
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.ok(await page.locator('#upload-error').count(), 'the refusal is shown on the form');
  await axe(page, 'frameworks, refused upload');
  await page.screenshot({ path: path.join(shots, 'frameworks-refused-en-desktop.png'), fullPage: true });

  const file = JSON.parse(readFileSync(path.resolve(here, '../../data/assessment/framework.json'), 'utf8'));
  const changed = file.criteria[0];
  changed.texts.en.title += ' (revised)';
  await page.setInputFiles('#framework-file', { name: 'framework.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.fill('#framework-note', 'A clearer title');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.match(page.url(), /\/en\/frameworks\/2\?done=saved$/);
  assert.match(await page.textContent(`#criterion-${changed.code.replaceAll('.', '\\.')}`), /changed/);
  assert.match(await page.textContent(`#criterion-${changed.code.replaceAll('.', '\\.')} h3`), /\(revised\)/);
  await axe(page, 'framework version 2');
  await page.screenshot({ path: path.join(shots, 'framework-changed-en-desktop.png'), fullPage: true });
  // Store nothing else for other tests: this file's server is its own.
  await context.close();
});
