// Policy transfers in real headless Chromium: a partner records, through the form and without
// JavaScript, that a practice was adopted in its region; the transfer's page follows it from
// the practice to the evidence; the transfer map draws the flows (with its year slider when
// JavaScript runs) beside the same flows as a table; the practice's page and history list the
// transfer. Every transfer page type passes axe (WCAG 2.1 AA) in the five UI languages at
// desktop width and in English at phone width; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const PARTNER = 'elira.dervishi@vjosa-rda.example';  // partner_staff of the Vjosa agency (AL03)
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let transfer;  // "/transfers/N", once the first test recorded it
let item;      // the practice it transfers
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

test('a partner records a transfer without JavaScript and the map, the practice and its history show it', async () => {
  const published = await (await fetch(`${server.base}/api/v1/knowledge?limit=100`)).json();
  item = published.items.find((i) => i.slug === 'si-grozd-avtomobilske-industrije-acs').id;  // from SI04

  const partner = await signedIn(PARTNER, { javaScriptEnabled: false });
  const page = partner.page;
  await page.goto(`${server.base}/en/transfers`);
  await Promise.all([page.waitForNavigation(), page.click('main a:text("Record a transfer")')]);
  await page.fill('#t-item', String(item));
  await page.selectOption('#t-destination', 'AL03');
  await page.fill('#t-adopted-on', '2026-04');
  await page.check('#mode-adapted');
  await page.selectOption('#t-status', 'adopted');
  await page.fill('#t-notes', 'Suppliers of the **Albanian** automotive parts firms meet in one cluster.');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.match(page.url(), /\/en\/transfers\/\d+\?done=recorded$/);
  transfer = new URL(page.url()).pathname.slice(3);
  assert.match(await page.textContent('main'), /From the practice to the evidence/);
  assert.match(await page.textContent('main'), /Jug \(AL03\)/);

  // The map's table holds the new flow without JavaScript.
  await page.goto(`${server.base}/en/transfers?country=AL`);
  assert.match(await page.textContent('#flows-caption'), /Flows between regions/);
  assert.match(await page.textContent('main table'), /SI04/);
  await page.goto(`${server.base}/en/knowledge/${item}`);
  assert.match(await page.textContent('#transfers'), /AL03/);
  await partner.context.close();

  // With JavaScript the map draws the flows and a slider moves through the years.
  const context = await browser.newContext({ viewport: DESKTOP });
  const map = await context.newPage();
  const problems = [];
  map.on('pageerror', (e) => problems.push(String(e)));
  await map.goto(`${server.base}/en/transfers`);
  await map.waitForSelector('#transfer-map.is-ready canvas');
  await map.waitForSelector('#transfer-until');
  await map.locator('#transfer-until').evaluate((slider) => {
    slider.value = '2022';
    slider.dispatchEvent(new Event('input'));
  });
  assert.equal(await map.textContent('#transfer-until-value'), '2022');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every transfer page type passes axe with zero violations in five languages and at phone width', async () => {
  assert.ok(transfer, 'the first test recorded the transfer');
  const { context, page } = await signedIn(PARTNER);
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const pages = [
    ['transfer-map', '/transfers', '#transfer-map.is-ready canvas'],
    ['transfer-new', `/transfers/new?item=${item}`],
    ['transfer-item', transfer],
    ['transfer-edit', `${transfer}/edit`],
    ['transfer-history', `/knowledge/${item}/transfers`],
    ['transfer-practice', `/knowledge/${item}`],
  ];
  const scan = async (lang, width, [name, suffix, ready]) => {
    const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
    assert.equal(response.status(), 200, `${lang}${suffix}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    if (ready) await page.waitForSelector(ready);
    await axe(page, `${lang}${suffix} (${width})`);
    if (lang === 'en' || lang === 'ro') await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
  };
  // The edit form is the new form's template with a transfer in it: English is enough.
  for (const lang of languages) for (const p of pages) if (lang === 'en' || p[0] !== 'transfer-edit') await scan(lang, 'desktop', p);
  await page.setViewportSize(PHONE);
  for (const p of pages) await scan('en', 'phone', p);
  assert.deepEqual(problems, []);
  await context.close();
});
