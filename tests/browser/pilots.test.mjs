// Pilot initiatives in real headless Chromium, as issue 13's "done when" tells it for pilots: a
// region's team opens a pilot through the forms (without JavaScript), writes its logframe and
// indicators; the lead partner approves the baseline; the pilot lead records the indicator
// values of a reporting period; the comparative evaluation then reflects them. Milestones,
// risks, an evaluation and a modification request go through their forms too, and the knowledge
// item the pilot transfers says it was tested. Every pilot page type passes axe (WCAG 2.1 AA) in
// the five UI languages at phone and desktop widths; screenshots land in screenshots/.
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
const PILOT_LEAD = 'mihai.constantinescu@ilfov-innovation-agency.example';  // partner_staff, RO32
const LEAD_PARTNER = 'ioana.margineanu@nord-est-cluster-agency.example';  // lead_coordinator of the lead partner
const TITLE = 'Innovation vouchers for Ilfov software start-ups';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let pilot;  // "/pilots/N", once the first test opened it
let item;   // the knowledge item it transfers
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

async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  return response;
}

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], label);
}

// The compare page's row of the test's pilot, as text.
async function rankingRow(page) {
  await page.goto(`${server.base}/en/pilots/compare`);
  return page.locator(`table tr:has(a:text-is("${TITLE}"))`).first().textContent();
}

test('a pilot lead records indicator values for a period and the comparative evaluation reflects them', async () => {
  const published = await (await fetch(`${server.base}/api/v1/knowledge?limit=1`)).json();
  item = published.items[0].id;

  // The region's team opens the pilot, without JavaScript: every form posts.
  const lead = await signedIn(PILOT_LEAD, { javaScriptEnabled: false });
  const page = lead.page;
  await page.goto(`${server.base}/en/pilots`);
  await submit(page, 'main a:text("New pilot")');
  await page.selectOption('#p-language', 'en');
  await page.fill('#p-title', TITLE);
  await page.fill('#p-summary', 'Vouchers buy start-ups their first innovation services, as the Styrian scheme does.');
  await page.fill('#p-description', 'Two calls a year; **vouchers of 5 000 €** for services of accredited providers.');
  await page.fill('#p-regions', 'ro32');
  await page.check('#area-WG1');
  await page.fill('#p-transfers', String(item));
  await page.selectOption('#p-status', 'running');
  await page.fill('#p-starts', '2025-01-01');
  await page.fill('#p-ends', '2028-12-31');
  await page.fill('#p-budget', '120000');
  await submit(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/en\/pilots\/\d+\?done=created$/);
  pilot = new URL(page.url()).pathname.slice(3);

  // Its logframe: objective → specific objective → result.
  await page.goto(`${server.base}/en${pilot}/logframe`);
  const entries = [['overall_objective', 'OO', '', 'More innovative start-ups in Ilfov'],
    ['specific_objective', 'SO1', 'OO', 'Start-ups buy innovation services'],
    ['result', 'R1', 'SO1', 'Forty start-ups use a voucher']];
  for (const [n, [level, code, parent, text]] of entries.entries()) {
    await page.selectOption(`#lf-level-${n + 1}`, level);
    await page.fill(`#lf-code-${n + 1}`, code);
    await page.fill(`#lf-parent-${n + 1}`, parent);
    await page.fill(`#lf-text-${n + 1}`, text);
  }
  await submit(page, 'main form button[type=submit]');
  assert.match(await page.textContent('#logframe'), /Forty start-ups use a voucher/);

  // Two indicators: one counted upwards from zero, one where lower is better.
  const indicators = [['I1', 'Start-ups that used a voucher', 'companies', 'higher_is_better', '0', '40'],
    ['I2', 'Days from application to voucher', 'days', 'lower_is_better', '30', '10']];
  for (const [code, name, unit, direction, baseline, target] of indicators) {
    await page.goto(`${server.base}/en${pilot}/indicators`);
    await page.fill('#i-code', code);
    await page.fill('#i-name', name);
    await page.selectOption('#i-unit', unit);
    await page.selectOption('#i-direction', direction);
    await page.fill('#i-baseline-value', baseline);
    await page.fill('#i-baseline-date', '2025-01-01');
    await page.fill('#i-target-value', target);
    await page.fill('#i-target-date', '2026-12-31');
    await page.selectOption('#i-logframe', 'R1');
    await submit(page, '#indicator-form button[type=submit]');
    assert.match(page.url(), /\/indicators\?done=saved$/);
  }
  // A "lower is better" indicator without a baseline is refused with the service's words, and
  // what was typed stays in the form.
  await page.fill('#i-code', 'I3');
  await page.fill('#i-name', 'Cost per voucher');
  await page.selectOption('#i-unit', 'euro');
  await page.selectOption('#i-direction', 'lower_is_better');
  await page.fill('#i-target-value', '100');
  await page.fill('#i-target-date', '2026-12-31');
  const refused = await submit(page, '#indicator-form button[type=submit]');
  assert.equal(refused.status(), 422);
  assert.match(await page.textContent('#form-error'), /lower is better/i);
  assert.equal(await page.inputValue('#i-name'), 'Cost per voucher');
  await lead.context.close();

  // The lead partner approves the baseline.
  const partner = await signedIn(LEAD_PARTNER);
  await partner.page.goto(`${server.base}/en${pilot}`);
  await submit(partner.page, 'form[action$="/approve"] button[type=submit]');
  assert.match(partner.page.url(), /\?done=approved$/);
  assert.match(await partner.page.textContent('.facts'), /approved, version 1/);
  await partner.context.close();

  // Before any value: no target met and nothing to rank by.
  const visitorContext = await browser.newContext({ viewport: DESKTOP });
  const visitor = await visitorContext.newPage();
  assert.match(await rankingRow(visitor), /0 of 2 targets met/);

  // The pilot lead records the values of reporting period 1 (JavaScript off again).
  const again = await signedIn(PILOT_LEAD, { javaScriptEnabled: false });
  await again.page.goto(`${server.base}/en${pilot}/values?period=1`);
  const values = again.page.locator('input[name=value]');
  await values.nth(0).fill('40');
  await again.page.locator('input[name=evidence]').nth(0).fill('https://example.org/voucher-register.xlsx');
  await values.nth(1).fill('20');
  await again.page.locator('input[name=comment]').nth(1).fill('Online applications since March');
  await submit(again.page, 'main form[method=post][action$="/values"] button[type=submit]');
  assert.match(again.page.url(), /\?done=values#indicators$/);
  const table = await again.page.textContent('#indicators');
  assert.match(table, /1 of 2 targets met/);
  assert.match(table, /Lower is better/);
  assert.match(table, /target met/);
  await again.context.close();

  // The comparative evaluation reflects them: one target met, 75 % of the way on average
  // (the first indicator at its target, the second half-way down from 30 to 10 days).
  const row = await rankingRow(visitor);
  assert.match(row, /1 of 2 targets met/);
  assert.match(row, /75 %/);
  assert.match(await visitor.textContent('main'), /Period 1/);
  await visitorContext.close();
});

test('milestones, risks, an evaluation and a modification go through their forms', async () => {
  assert.ok(pilot, 'the first test opened the pilot');
  const lead = await signedIn(PILOT_LEAD, { javaScriptEnabled: false });
  const page = lead.page;
  await page.goto(`${server.base}/en${pilot}/milestones`);
  await page.fill('#m-title', 'First call for vouchers opened');
  await page.fill('#m-due', '2025-06-30');
  await page.selectOption('#m-status', 'reached');
  await page.fill('#m-reached', '2025-06-15');
  await submit(page, '#milestone-form button[type=submit]');
  assert.match(await page.textContent('main table'), /First call for vouchers opened/);
  await page.goto(`${server.base}/en${pilot}/risks`);
  await page.fill('#r-description', 'Too few accredited service providers');
  await page.selectOption('#r-likelihood', 'high');
  await page.fill('#r-mitigation', 'Accept providers from neighbouring regions');
  await submit(page, '#risk-form button[type=submit]');
  assert.match(await page.textContent('main table'), /Too few accredited service providers/);

  // A change to an approved target goes through a modification request.
  await page.goto(`${server.base}/en${pilot}/modification`);
  await page.fill('#mod-reason', 'Demand is higher than planned.');
  await page.locator('input[name=target_value]').nth(0).fill('50');
  await page.locator('input[name=target_date]').nth(0).fill('2026-12-31');
  await submit(page, 'main form[action$="/modification"] button[type=submit]');
  assert.match(page.url(), /done=requested$/);
  await lead.context.close();

  const partner = await signedIn(LEAD_PARTNER, { javaScriptEnabled: false });
  await partner.page.goto(`${server.base}/en${pilot}/modification`);
  await partner.page.check('#decision-approve');
  await submit(partner.page, 'form[action*="/decision"] button[type=submit]');
  await partner.page.goto(`${server.base}/en${pilot}`);
  // The original target stays visible beside the new one.
  const indicators = await partner.page.textContent('#indicators');
  assert.match(indicators, /originally: 40/);
  assert.match(indicators, /\b50\b/);

  // A mid-term evaluation: its result line flows back to the transferred item's page.
  await partner.page.goto(`${server.base}/en${pilot}/evaluation`);
  for (const criterion of ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'])
    await partner.page.check(`#score-${criterion}-4`);
  await partner.page.fill('#e-lessons', 'A short application form matters more than the size of the voucher.');
  await partner.page.fill('#e-result', 'Forty start-ups used a voucher in the first year.');
  await submit(partner.page, 'main form button[type=submit]');
  assert.match(partner.page.url(), /done=evaluated/);
  await partner.page.goto(`${server.base}/en/knowledge/${item}`);
  const tested = await partner.page.textContent('#tested-in');
  assert.match(tested, new RegExp(TITLE));
  assert.match(tested, /of 2 targets met/);
  assert.match(tested, /Forty start-ups used a voucher in the first year\./);
  // The region's profile lists its pilot.
  await partner.page.goto(`${server.base}/en/regions/RO32`);
  assert.match(await partner.page.textContent('main'), new RegExp(TITLE));
  await partner.context.close();
});

for (const lang of languages) {
  test(`every pilot page type in ${lang} passes axe with zero violations, at phone and desktop widths`, async () => {
    assert.ok(pilot, 'the first test opened the pilot');
    const { context, page } = await signedIn(LEAD_PARTNER);
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    const pages = [
      ['pilot-list', '/pilots'],
      ['pilot-new', '/pilots/new'],
      ['pilot-compare', '/pilots/compare'],
      ['pilot-overview', pilot],
      ['pilot-edit', `${pilot}/edit`],
      ['pilot-logframe', `${pilot}/logframe`],
      ['pilot-indicators', `${pilot}/indicators`],
      ['pilot-values', `${pilot}/values?period=1`],
      ['pilot-milestones', `${pilot}/milestones`],
      ['pilot-risks', `${pilot}/risks`],
      ['pilot-evaluation', `${pilot}/evaluation`],
      ['pilot-modification', `${pilot}/modification`],
      ['pilot-tested-in', `/knowledge/${item}`],
    ];
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      await page.setViewportSize(viewport);
      for (const [name, suffix] of pages) {
        const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
        assert.equal(response.status(), 200, `${lang}${suffix}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await axe(page, `${lang}${suffix} (${width})`);
        await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
