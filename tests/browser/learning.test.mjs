// What a region can learn, in real headless Chromium on the demo: the learning page passes axe
// (WCAG 2.1 AA) in the five UI languages at desktop width and in one language at phone width;
// a policy maker goes from the region page to its needs, opens a practice recommended from a
// structurally similar region written in another language, and reads why in her language;
// the scope switch works without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite } from '../support/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
// From data/demo/assessments.json: published with public scores.
const REGION = 'RO21';

let server;
let browser;
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], label);
}

test('the learning page passes axe in every language, on a desktop and a phone', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  for (const lang of languages) {
    const response = await page.goto(`${server.base}/${lang}/regions/${REGION}/learning`, { waitUntil: 'load' });
    assert.equal(response.status(), 200, lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await axe(page, `${lang} desktop`);
    if (lang === 'en' || lang === 'ro')
      await page.screenshot({ path: path.join(shots, `learning-${lang}-desktop.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
  for (const lang of ['en', 'ro']) {
    await page.goto(`${server.base}/${lang}/regions/${REGION}/learning`, { waitUntil: 'load' });
    if (lang === 'ro') await axe(page, 'ro phone');
    await page.screenshot({ path: path.join(shots, `learning-${lang}-phone.png`), fullPage: true });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('from the region page to a practice of a similar region in another language, with the reason in Romanian', async () => {
  const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.base}/ro/regions/${REGION}`);
  await Promise.all([page.waitForURL(`**/ro/regions/${REGION}/learning`), page.click(`a[href="/ro/regions/${REGION}/learning"]`)]);
  const needs = page.locator('section.need');
  assert.ok((await needs.count()) > 0, 'the region has needs');
  // A recommendation written in another language than Romanian, from a named region.
  const foreign = page.locator('li.recommendation', { has: page.locator('.item-card__title .tag') })
    .filter({ hasText: /structural/i }).first();
  const card = (await foreign.count()) ? foreign : page.locator('li.recommendation', { has: page.locator('.item-card__title .tag') }).first();
  assert.ok(await card.count(), 'a practice in another language is recommended');
  const reasons = await card.locator('ul.reasons li').allTextContents();
  assert.ok(reasons.length > 0);
  for (const r of reasons) assert.doesNotMatch(r, /\{[a-z_]+\}/, 'every placeholder is filled');
  const title = card.locator('.item-card__title a');
  const lang = await title.getAttribute('lang');
  assert.notEqual(lang, 'ro');
  const href = await title.getAttribute('href');
  await Promise.all([page.waitForURL(`**${href}`), title.click()]);
  assert.equal((await page.goto(page.url())).status(), 200);

  // The scope switch is a plain form; across Europe the peers include regions outside the
  // programme area, each named, not shown as a bare code.
  await page.goto(`${server.base}/en/regions/${REGION}/learning`);
  const peers = async () => page.locator('section[aria-labelledby=peers-heading] .place-list li').allTextContents();
  const inProgramme = await peers();
  assert.ok(inProgramme.length > 0, 'the region has structural peers');
  await page.selectOption('#learning-scope', 'europe');
  await Promise.all([page.waitForURL(/scope=europe/), page.click('form.filter button[type=submit]')]);
  assert.equal(await page.locator('#learning-scope').inputValue(), 'europe');
  const acrossEurope = await peers();
  assert.notDeepEqual(acrossEurope, inProgramme);
  for (const peer of acrossEurope) {
    const [, name, code] = peer.match(/^(.*) \(([A-Z]{2}[0-9A-Z]{2}),/);
    assert.notEqual(name.trim(), code, `${code} is named`);
  }
  await context.close();
});
