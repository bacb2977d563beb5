// Partner search in real headless Chromium, as issue 18's "done when" tells it for partners: a
// cluster manager finds a foreign partner by her cluster's need, without JavaScript, sends an
// expression of interest through the form and saves the search with daily alerts. Every
// partner-search page type passes axe (WCAG 2.1 AA) in the five UI languages at desktop width
// and in English at phone width; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite, recordingPage } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const CRISTIAN = 'cristian.lupu@valea-sucevei-wood-cluster.example';  // Suceava Valley Wood Cluster (RO)
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let interestForm;  // the address of the expression of interest's form, once the flow found it
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const { page, problems } = await recordingPage(context);
  await page.goto(`${server.base}/en/login`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  return { context, page, problems };
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

test('a cluster manager finds a foreign partner by his cluster’s need and sends an expression of interest', async () => {
  const { context, page, problems } = await signedIn(CRISTIAN, { javaScriptEnabled: false });
  await page.goto(`${server.base}/en/partner-search`);
  assert.ok(await page.isChecked('#ps-mine'), 'his cluster’s profile takes part by default');
  await submit(page, 'main form[method=get] button[type=submit]');
  const card = page.locator('li.item-card', { hasText: 'Pohorje Wood Innovation Cluster' });
  assert.equal(await card.count(), 1, await page.textContent('main'));
  const text = await card.textContent();
  assert.match(text, /Abroad/);
  assert.match(text, /Your need: Testing facilities for wood-processing SMEs — their offer: Accredited testing lab for wood products/);
  assert.match(text, /LQ \d+\.\d in .* for NACE .*the section that holds|No employment figures/);
  await page.screenshot({ path: path.join(shots, 'partner-search-results-en-desktop.png'), fullPage: true });

  await submit(page, 'li.item-card:has-text("Pohorje Wood Innovation Cluster") a:has-text("Express interest")');
  interestForm = new URL(page.url()).pathname.slice(3) + new URL(page.url()).search;
  assert.match(interestForm, /^\/partner-search\/interest\?profile=\d+&about=\d+$/);
  assert.match(await page.inputValue('#ei-about'), /^\d+$/);
  // An empty message is refused beside its field, and nothing is sent.
  await page.fill('#ei-message', ' ');
  await page.evaluate(() => document.querySelector('#ei-message').removeAttribute('required'));
  const refused = await submit(page, 'main form button[type=submit]');
  assert.equal(refused.status(), 400);
  assert.match(await page.textContent('#form-error'), /Write a message to the cluster\./);
  assert.equal(await page.getAttribute('#ei-message', 'aria-invalid'), 'true');
  problems.length = 0;  // the refusal's 400 is the page's answer, not a fault
  await page.fill('#ei-message', 'Dear Maja,\ncould your lab test moisture and strength of our members\' panels to EN standards?');
  await submit(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/en\/partner-search\/interests\?done=sent$/);
  assert.match(await page.textContent('[role=status]'), /expression of interest is sent/);
  assert.match(await page.textContent('main'), /could your lab test moisture and strength/);

  // The search saved with daily alerts.
  await page.goto(`${server.base}/en/partner-search?mine=yes`);
  await page.fill('#save-name', 'Testing labs abroad');
  await submit(page, 'main form[method=post]:has(#save-name) button[type=submit]');
  assert.match(page.url(), /\/en\/partner-search\/saved\?done=saved$/);
  assert.match(await page.textContent('main table'), /Testing labs abroad/);
  assert.match(await page.textContent('main table'), /Daily e-mail with new matches/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every partner-search page type passes axe in five languages (desktop) and in English on a phone', async () => {
  assert.ok(interestForm, 'the first test found the form');
  const { context, page, problems } = await signedIn(CRISTIAN);
  const pages = [
    ['partner-search', '/partner-search?q=testing+lab&mine=yes'],
    ['partner-search-interest', interestForm],
    ['partner-search-interests', '/partner-search/interests'],
    ['partner-search-saved', '/partner-search/saved'],
  ];
  const runs = [...languages.map((lang) => [lang, 'desktop', DESKTOP]), ['en', 'phone', PHONE]];
  for (const [lang, width, viewport] of runs) {
    await page.setViewportSize(viewport);
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await axe(page, `${lang}${suffix} (${width})`);
      if (lang === 'en' || (lang === 'ro' && width === 'desktop'))
        await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
