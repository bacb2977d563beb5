// Every page type in every UI language, in real headless Chromium: zero axe violations
// (WCAG 2.1 AA), the right language, keyboard access, no Content-Security-Policy breakage,
// and the core flows with JavaScript switched off. Screenshots at desktop and phone widths
// go to tests/browser/screenshots/ for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite, openRecorded } from '../support/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const pageTypes = [
  ['home', '/'],
  ['areas', '/areas'],
  ['area', '/areas/WG5'],
  ['regions', '/regions'],
  ['regions-filtered', '/regions?country=EL&level=2'],
  ['region', '/regions/RO11'],
  ['country', '/regions/HU'],
  ['map', '/map'],
  ['map-location-quotient', '/map?indicator=lq:A'],
  ['map-europe', '/map?indicator=eci&scope=europe'],
  ['compare', '/compare?regions=RO21,HU33,EL52'],
  ['sectors', '/sectors'],
  ['sector', '/sectors/J'],
  ['methods', '/methods'],
  ['not-found', '/regions/XX99'],
  ['problem', '/problems/not-found'],  // outside /{lang}/: the language comes from the browser
];

let server;
let browser;
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

const open = (url, options = {}) => openRecorded(browser, server, url, options, 'networkidle');

for (const lang of languages) {
  test(`every page type in ${lang} passes axe with zero violations`, async () => {
    for (const [name, suffix] of pageTypes) {
      const url = suffix.startsWith('/problems/') ? suffix : `/${lang}${suffix}`;
      const { context, page, response, problems } = await open(url, { viewport: { width: 1280, height: 900 }, locale: lang });
      assert.equal(response.status(), name === 'not-found' ? 404 : 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      const title = await page.title();
      assert.ok(title.length > 0 && title.includes('ClusterPoliSEE'), `${lang}${suffix}: title ${title}`);
      // Legacy mode runs axe.run() in the page itself, as the accounts sweep does: the pages
      // have no frames that would need the other way, and it takes half the time.
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .setLegacyMode(true).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `${lang}${suffix}`);
      assert.deepEqual(problems.filter((p) => !p.includes('404')), [], `${lang}${suffix}: console errors`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-desktop.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-phone.png`), fullPage: true });
      await context.close();
    }
  });
}

test('the charts of a region and of the sectors are drawn, each with its table beside it', async () => {
  for (const [url, ids] of [['/hu/regions/HU22', ['trend-chart', 'bubble-chart']], ['/en/sectors', ['sector-network']], ['/el/sectors/J', ['indicator-map']], ['/ro/compare?regions=RO21,HU33,EL52', ['compare-chart']]]) {
    const { context, page, problems } = await open(url, { viewport: { width: 1280, height: 900 } });
    for (const id of ids) {
      // Drawn when the chart says it is ready, however long a busy machine takes (up to 60 s).
      await page.waitForSelector(`#${id}.is-ready canvas`, { timeout: 60000 });
      const size = await page.locator(`#${id} canvas`).first().boundingBox();
      assert.ok(size.width > 300 && size.height > 200, `${url} #${id}: ${JSON.stringify(size)}`);
    }
    assert.ok(await page.locator('table.data-table').count() >= 1, `${url}: a table beside the chart`);
    assert.deepEqual(problems, [], `${url}: console errors`);
    await context.close();
  }
});

test('the skip link is the first stop of the keyboard and moves to the main content', async () => {
  const { context, page } = await open('/ro/regions');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ href: document.activeElement.getAttribute('href'), text: document.activeElement.textContent }));
  assert.equal(first.href, '#main');
  await page.keyboard.press('Enter');
  // Following the link moves focus to <main> (tabindex=-1) and the address to #main.
  await page.waitForFunction(() => location.hash === '#main' && document.activeElement?.id === 'main', null, {
    timeout: 30000,
  });
  assert.equal(new URL(page.url()).hash, '#main');
  await context.close();
});

test('without JavaScript the region filter works as a plain form', async () => {
  const { context, page } = await open('/en/regions', { javaScriptEnabled: false });
  await page.selectOption('select[name=country]', 'HU');
  await page.selectOption('select[name=level]', '2');
  await Promise.all([page.waitForNavigation(), page.locator('form button[type=submit], form input[type=submit]').first().click()]);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('country'), 'HU');
  const links = await page.locator('a[href^="/en/regions/HU"]').allTextContents();
  assert.ok(links.length >= 8, `Hungarian NUTS-2 regions listed: ${links.length}`);
  assert.equal(await page.locator('a[href="/en/regions/RO11"]').count(), 0);
  await context.close();
});

test('with JavaScript the filter updates the results in place and finds names in any script', async () => {
  const { context, page } = await open('/el/regions');
  const before = page.url();
  await page.fill('input[name=q]', 'kentriki makedonia');
  // The results are swapped in and the address is pushed in steps of their own: wait for both,
  // so that neither is read halfway.
  await page.waitForFunction(() => document.querySelectorAll('a[href="/el/regions/EL52"]').length > 0 &&
    document.querySelectorAll('a[href="/el/regions/RO11"]').length === 0 &&
    new URLSearchParams(location.search).has('q'), null, { timeout: 30000 });
  assert.notEqual(page.url(), before, 'the address holds the filter so it can be shared');
  assert.match(page.url(), /q=kentriki/);
  await context.close();
});

test('the language switcher keeps the page and changes the language', async () => {
  const { context, page } = await open('/en/regions/RO11');
  await page.click('.language-switcher > summary');
  await Promise.all([page.waitForNavigation(), page.click('a[hreflang="hu"]')]);
  assert.equal(new URL(page.url()).pathname, '/hu/regions/RO11');
  assert.equal(await page.getAttribute('html', 'lang'), 'hu');
  await context.close();
});
