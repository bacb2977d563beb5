// The personal start page in real headless Chromium: a working group's coordinator opens it from
// the personal menu and follows an item waiting for review, without JavaScript; the page with
// things waiting and the page with nothing waiting (what to do next) pass axe (WCAG 2.1 AA) in
// the five UI languages at desktop and phone widths; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean, recordingPage } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const TOMAS = 'tomas.kovacik@danube-innovation-agency.example';  // WG4 coordinator: items to review
const STAKEHOLDER = 'cristian.lupu@valea-sucevei-wood-cluster.example';  // nothing waits

let server;
let browser;
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

test('a coordinator opens the start page from the personal menu and follows an item to review, without JavaScript', async () => {
  const { context, page, problems } = await signedIn(TOMAS, { javaScriptEnabled: false });
  await page.goto(`${server.base}/en/account`);
  const link = page.locator('a[href="/en/me"]').first();
  assert.equal(await link.count(), 1);
  await page.click('summary:has(.account-menu__name)');
  await Promise.all([page.waitForNavigation(), link.click()]);
  assert.equal(new URL(page.url()).pathname, '/en/me');
  const review = page.locator('#waiting-item_review a[href^="/en/knowledge/"]').first();
  const href = await review.getAttribute('href');
  await Promise.all([page.waitForNavigation(), review.click()]);
  assert.equal(new URL(page.url()).pathname, href);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the start page passes axe in five languages at desktop and phone widths, with and without things waiting', async () => {
  for (const [name, email] of [['me', TOMAS], ['me-empty', STAKEHOLDER]]) {
    const { context, page, problems } = await signedIn(email);
    const scan = async (lang, width) => {
      const response = await page.goto(`${server.base}/${lang}/me`, { waitUntil: 'load' });
      assert.equal(response.status(), 200, `${lang}/me`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertAxeClean(page, `${name} ${lang} (${width})`);
      if (lang === 'en' || lang === 'el')
        await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
    };
    for (const lang of languages) await scan(lang, 'desktop');
    await page.setViewportSize(PHONE);
    for (const lang of languages) await scan(lang, 'phone');
    assert.deepEqual(problems, []);
    await context.close();
  }
});
