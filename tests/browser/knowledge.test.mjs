// The knowledge base in real headless Chromium: its page types (search with facets, an item
// with its language versions, the revision history, the forms, my items, the review queue)
// pass axe (WCAG 2.1 AA) in every UI language; an item is written, sent for review and
// published through the real forms by keyboard; and the core flow works without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite } from '../support/chromium.mjs';
import { pdfSaying } from '../support/files.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const PASSWORD = 'cluster-policy-2026';
const AUTHOR = 'gregor.zupan@si-smart-specialisation-agency.example';  // wg_member:WG5
const REVIEWER = 'eleni.papadimitriou@axios-innovation-agency.example';  // wg_coordinator:WG5

let server;
let browser;
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/login`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  return { context, page };
}

async function axe(page, label) {
  // Legacy mode runs axe.run() in the page itself, as the accounts sweep does: the pages have
  // no frames that would need the other way, and it takes half the time.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], label);
}

for (const lang of languages) {
  test(`the knowledge base pages in ${lang} pass axe with zero violations`, async () => {
    const { context, page } = await signedIn(AUTHOR);
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    const pages = [
      ['knowledge', '/knowledge'],
      ['knowledge-search', '/knowledge?q=innovation+voucher&area=WG1'],
      ['knowledge-item', '/knowledge/1'],
      ['knowledge-item-translation', '/knowledge/25?text=ro'],
      ['knowledge-history', '/knowledge/1/history'],
      ['knowledge-new', '/knowledge/new'],
      ['knowledge-mine', '/knowledge/mine'],
      ['knowledge-review', '/knowledge/review'],
      ['knowledge-bad-query', `/knowledge?q=${'x'.repeat(600)}`],
    ];
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
      assert.equal(response.status(), name === 'knowledge-bad-query' ? 400 : 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await axe(page, `${lang}${suffix}`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-desktop.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-phone.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('an item page with attachments and a refused upload passes axe', async () => {
  const { context, page } = await signedIn('admin@clusterpolisee.example');
  await page.goto(`${server.base}/en/knowledge/1`, { waitUntil: 'networkidle' });
  await page.setInputFiles('#attachment-file', { name: 'Case study.pdf', mimeType: 'application/pdf', buffer: pdfSaying('Case study') });
  await Promise.all([page.waitForNavigation(), page.click('#attachments button[type=submit]:text("Attach")')]);
  assert.match(await page.textContent('#attachments'), /Case study\.pdf/);
  await axe(page, 'item with an attachment');
  await page.screenshot({ path: path.join(shots, 'knowledge-item-attachments-en-desktop.png'), fullPage: true });
  await page.setInputFiles('#attachment-file', { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text') });
  await Promise.all([page.waitForNavigation(), page.click('#attachments button[type=submit]:text("Attach")')]);
  assert.match(await page.textContent('#attach-error'), /PDF, DOCX or XLSX/);
  await axe(page, 'item with a refused upload');
  await context.close();
});

test('an item is written, sent for review and published through the forms, by keyboard', async () => {
  const { context, page } = await signedIn(AUTHOR);
  await page.goto(`${server.base}/en/knowledge/new`);
  await page.selectOption('#k-language', 'sl');
  await page.focus('#k-title');
  await page.keyboard.type('Pametna specializacija v praksi: partnerstva SRIP');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kako strateška razvojno-inovacijska partnerstva povezujejo podjetja in raziskovalce.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Partnerstva SRIP izvajajo **strategijo pametne specializacije**.');
  await page.check('#area-WG5');
  await page.check('#country-SI');
  await page.fill('#k-regions', 'si03, SI04');
  await page.check('#timeframe-current');
  // The sectors sit in one disclosure per NACE section: opened from the keyboard, then ticked.
  await page.focus('.sector-section:has(#sector-28) > summary');
  await page.keyboard.press('Enter');
  await page.check('#sector-28');
  // Submitting from the keyboard: focus the button and press Enter.
  await page.focus('main form button[type=submit]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /\/en\/knowledge\/\d+\?done=saved$/);
  const item = new URL(page.url()).pathname;
  await axe(page, 'a new draft');
  assert.match(await page.locator('.sector-list').textContent(), /^28 · /);
  await page.screenshot({ path: path.join(shots, 'knowledge-item-sectors-en-desktop.png'), fullPage: true });
  assert.equal(await page.locator('h1').textContent(), 'Pametna specializacija v praksi: partnerstva SRIP');
  assert.equal(await page.locator('h1').getAttribute('lang'), 'sl');
  await Promise.all([page.waitForNavigation(), page.click('text=Send for review')]);
  await context.close();

  const reviewer = await signedIn(REVIEWER);
  await reviewer.page.goto(`${server.base}/en/knowledge/review`);
  await Promise.all([reviewer.page.waitForNavigation(), reviewer.page.click(`a[href="${item}"]`)]);
  await axe(reviewer.page, 'an item in review, as its reviewer');
  await Promise.all([reviewer.page.waitForNavigation(), reviewer.page.click('.review-box button:has-text("Publish")')]);
  await reviewer.context.close();

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  const res = await visitor.goto(`${server.base}/en${item.slice(3)}`);
  assert.equal(res.status(), 200);
  // Found from English through the concept of smart specialisation.
  await visitor.goto(`${server.base}/en/knowledge?q=smart+specialisation+partnerships`);
  assert.ok(await visitor.locator(`a[href^="${item}"]`).count() >= 1);
  await anonymous.close();
});

test('without JavaScript: search with facets, open an item, add a translation', async () => {
  const { context, page } = await signedIn(AUTHOR, { javaScriptEnabled: false });
  await page.goto(`${server.base}/ro/knowledge`);
  await page.fill('#knowledge-q', 'vouchere de inovare');
  await Promise.all([page.waitForNavigation(), page.click('.search-form button[type=submit]')]);
  assert.ok(await page.locator('.item-card').count() > 0);
  // A facet is a link that narrows the results, kept in the address.
  await Promise.all([page.waitForNavigation(), page.locator('#facet-area + ul a').first().click()]);
  assert.match(page.url(), /area=WG\d/);
  assert.match(page.url(), /q=vouchere/);
  // The first result, then a translation into German.
  const mine = await (await fetch(`${server.base}/api/v1/knowledge?limit=1`)).json();
  assert.ok(mine.items.length > 0);
  await page.goto(`${server.base}/en/knowledge/mine`);
  await Promise.all([page.waitForNavigation(), page.locator('.item-card a').first().click()]);
  await page.selectOption('#translate-into', 'de');
  await Promise.all([page.waitForNavigation(), page.click('form.form--inline button[type=submit]')]);
  await page.fill('#k-title', 'Intelligente Spezialisierung in der Praxis');
  await page.fill('#k-summary', 'Wie strategische Partnerschaften Unternehmen und Forschung verbinden.');
  await page.fill('#k-body', 'Die Partnerschaften setzen die Strategie der intelligenten Spezialisierung um.');
  await Promise.all([page.waitForNavigation(), page.click('main form.form button[type=submit]')]);
  assert.match(page.url(), /text=de/);
  assert.equal(await page.locator('h1').textContent(), 'Intelligente Spezialisierung in der Praxis');
  assert.ok(await page.locator('.language-tabs a[hreflang=de]').count() === 1);
  await context.close();
});
