// Working-group workspaces in real headless Chromium: a member starts a discussion mentioning a
// colleague and the colleague replies from the notification centre — every form without
// JavaScript. Each page type (the workspaces, a workspace, a discussion, the notifications, the
// page that stops e-mails) passes axe (WCAG 2.1 AA) in the five UI languages at desktop and phone
// widths; screenshots land in screenshots/.
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
const BENCE = 'bence.varga@tisza-maros-innovation-centre.example';  // WG4 member
const RALUCA = 'raluca.toma@nord-est-cluster-agency.example';  // WG4 member
const TOMAS = 'tomas.kovacik@danube-innovation-agency.example';  // WG4 coordinator: every form shows

let server;
let browser;
let discussion;  // "/groups/WG4/threads/N", once the first test started it
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

test('a member starts a discussion mentioning a colleague, who replies from the notification centre without JavaScript', async () => {
  const noScript = { javaScriptEnabled: false };
  const bence = await signedIn(BENCE, noScript);
  await bence.page.goto(`${server.base}/en/groups/WG4`);
  await bence.page.fill('#t-subject', 'Cluster vouchers in the Great Plain');
  await bence.page.fill('#t-body', 'Hello @raluca.toma, our **voucher** rules are attached to the WG4 minutes.');
  await submit(bence.page, '#new-thread button[type=submit]');
  discussion = new URL(bence.page.url()).pathname.replace(/^\/en/, '');
  assert.match(discussion, /^\/groups\/WG4\/threads\/\d+$/);
  assert.equal(await bence.page.locator('main strong:text("voucher")').count(), 1);

  const raluca = await signedIn(RALUCA, noScript);
  await raluca.page.goto(`${server.base}/ro/notifications`);
  await submit(raluca.page, `main a[href^="/ro${discussion}"]`);
  await raluca.page.fill('#r-body', 'Mulțumesc! Le citim înainte de reuniune.');
  await submit(raluca.page, '#reply button[type=submit]');
  assert.match(await raluca.page.textContent('main'), /Le citim înainte de reuniune/);
  for (const who of [bence, raluca]) await who.context.close();
});

test('every workspace page type passes axe in five languages at desktop and phone widths', async () => {
  assert.ok(discussion, 'the first test started the discussion');
  const { context, page, problems } = await signedIn(TOMAS);
  const pages = [
    ['groups-list', '/groups'],
    ['groups-workspace', '/groups/WG4'],
    ['groups-thread', discussion],
    ['notifications', '/notifications'],
    ['notifications-unsubscribe', '/notifications/unsubscribe/not-a-real-link'],
  ];
  const scan = async (lang, width) => {
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'load' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertAxeClean(page, `${lang}${suffix} (${width})`);
      if (lang === 'en' || lang === 'el')
        await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
    }
  };
  for (const lang of languages) await scan(lang, 'desktop');
  await page.setViewportSize(PHONE);
  for (const lang of languages) await scan(lang, 'phone');
  assert.deepEqual(problems, []);
  await context.close();
});
