// News in real headless Chromium: the list, a post with its language versions and image, the
// writing and translating form and the home page with the latest news pass axe (WCAG 2.1 AA)
// in every UI language at desktop and phone widths; without JavaScript the partnership's
// communication writes a post, publishes it and gives it an image with its description.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean } from '../support/chromium.mjs';
import { WRITERS, PNG } from '../support/news.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const PASSWORD = 'cluster-policy-2026';

let server;
let browser;
let meeting;  // the demo's post in five languages
before(async () => {
  ({ server, browser } = await startSite(shots));
  const all = await (await fetch(`${server.base}/api/v1/news?lang=en`)).json();
  meeting = all.items.find((p) => p.title.startsWith('Partners meet in Piatra Neamț'));
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
  test(`the news pages and the home page in ${lang} pass axe with zero violations`, async () => {
    const { context, page } = await signedIn(WRITERS.communication);
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    const version = meeting.versions.find((v) => v.language === lang);
    const pages = [
      ['home-news', '/'],
      ['news-list', '/news'],
      ['news-post', `/news/${version.id}`],
      ['news-form', '/news/new'],
      ['news-translate', `/news/new?translation_of=${meeting.id}&language=${lang === 'en' ? 'ro' : 'en'}`],
      ['news-edit', `/news/${version.id}/edit`],
    ];
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertAxeClean(page, `${lang}${suffix}`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-desktop.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await assertAxeClean(page, `${lang}${suffix} (phone)`);
      // Nothing widens the page past the phone's screen (long tags wrap).
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${lang}${suffix} is wider than a phone`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-phone.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the home page\'s country badges stay inside their boxes at desktop and phone widths', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.base}/en/`, { waitUntil: 'load' });
    const outside = await page.$$eval('.country-list a', (links) => links.filter((a) => {
      const box = a.getBoundingClientRect();
      return [...a.children].some((c) => c.getBoundingClientRect().right > box.right + 0.5);
    }).map((a) => a.textContent.trim()));
    assert.deepEqual(outside, [], `at ${width} px`);
    await page.locator('.country-list').screenshot({ path: path.join(shots, `home-countries-${width}.png`) });
  }
  await context.close();
});

test('without JavaScript: the communication writes a post, publishes it and gives it an image', async () => {
  const { context, page } = await signedIn(WRITERS.communication, { javaScriptEnabled: false });
  await page.goto(`${server.base}/en/news/new`);
  await page.fill('#n-title', 'Study visit to Kecskemét on dual training');
  await page.fill('#n-summary', 'Partners saw how firms and a college train apprentices together.');
  await page.fill('#n-body', 'The **Kecskemét** model in three steps.');
  await page.check('#n-area-WG6');
  await page.check('#n-country-HU');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.match(page.url(), /\/en\/news\/\d+\?done=created/);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Publish', exact: true }).click()]);
  assert.match(page.url(), /done=published/);
  await page.setInputFiles('#image-file', { name: 'visit.png', mimeType: 'image/png', buffer: PNG });
  await page.fill('#image-alt', 'Apprentices at a milling machine');
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the image', exact: true }).click()]);
  assert.match(page.url(), /done=image/);
  assert.equal(await page.getAttribute('.news-post__figure img', 'alt'), 'Apprentices at a milling machine');
  await page.goto(`${server.base}/en/news`);
  assert.ok(await page.isVisible('text=Study visit to Kecskemét on dual training'));
  await context.close();
});
