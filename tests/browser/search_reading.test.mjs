// What the searcher sees and the report of searches that found little, in real headless
// Chromium: the results page with "what this is about" and the expansions, a search with one
// dropped, an item page linking its translation, and the report page pass axe (WCAG 2.1 AA) in
// every UI language; without JavaScript an expansion is dropped and taken back with links, and
// a keeper takes a query off the report with its form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean } from '../support/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const PASSWORD = 'cluster-policy-2026';
const KEEPER = 'nikolaos.karagiannis@athens-cluster-studies-institute.example';  // stc_member

let server;
let browser;
let corallia;  // an item written in Greek with an English translation
before(async () => {
  ({ server, browser } = await startSite(shots));
  const found = await (await fetch(`${server.base}/api/v1/knowledge?q=Corallia&ui=en`)).json();
  corallia = found.items.find((i) => i.slug === 'el-corallia-mi-cluster').id;
  // Searches nothing answers, for the report to show.
  for (const lang of languages) await fetch(`${server.base}/${lang}/knowledge?q=${encodeURIComponent(`qqzx wvvk${lang}`)}`);
});
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

for (const lang of languages) {
  test(`the results, item and report pages in ${lang} pass axe with zero violations`, async () => {
    const { context, page } = await signedIn(KEEPER);
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    const pages = [
      ['knowledge-expansions', '/knowledge?q=epitages+kainotomias'],
      ['knowledge-expansion-dropped', '/knowledge?q=epitages+kainotomias&drop=innovation-voucher'],
      ['knowledge-item-about', `/knowledge/${corallia}?text=el`],
      ['admin-search-gaps', '/admin/search-gaps'],
    ];
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertAxeClean(page, `${lang}${suffix}`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-desktop.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await assertAxeClean(page, `${lang}${suffix} (phone)`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-phone.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    assert.ok(await page.isVisible(`text=qqzx wvvk${lang}`));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('without JavaScript: drop an expansion, take it back, and take a query off the report', async () => {
  const { context, page } = await signedIn(KEEPER, { javaScriptEnabled: false });
  await page.goto(`${server.base}/en/knowledge`);
  await page.fill('#knowledge-q', 'epitages kainotomias');
  await Promise.all([page.waitForNavigation(), page.click('.search-form button[type=submit]')]);
  assert.match(await page.textContent('.expansions'), /innovation voucher/);
  assert.ok(await page.isVisible('.about-line'));
  await Promise.all([page.waitForNavigation(), page.click('text=Search without “innovation voucher”')]);
  assert.match(page.url(), /drop=innovation-voucher/);
  assert.match(await page.textContent('main'), /Left out of this search:/);
  await Promise.all([page.waitForNavigation(), page.click('text=Search with “innovation voucher” again')]);
  assert.doesNotMatch(page.url(), /drop=/);
  assert.match(await page.textContent('.expansions'), /innovation voucher/);

  await page.goto(`${server.base}/en/admin/search-gaps?language=en`);
  const row = page.locator('tr', { hasText: 'qqzx wvvken' });
  await Promise.all([page.waitForNavigation(), row.locator('button[type=submit]').click()]);
  assert.match(page.url(), /done=dismissed/);
  assert.match(await page.textContent('[role=status]'), /taken off the report/);
  assert.equal(await page.locator('tr', { hasText: 'qqzx wvvken' }).count(), 0);
  await context.close();
});
