// "Discuss this" in real headless Chromium: a member follows a published item's "Discuss this"
// link and starts its discussion without JavaScript, landing on the discussion that links back to
// the item; the form that starts a discussion and a discussion about a subject pass axe (WCAG 2.1
// AA) in the five UI languages at desktop and phone widths; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean, recordingPage } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';
import { person } from '../support/assessment.mjs';
import { MEMBER, readableSubjects } from '../support/discussions.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let subjects;
let discussion;  // "/groups/WGn/threads/N", once the first test started it
before(async () => {
  ({ server, browser } = await startSite(shots));
  subjects = await readableSubjects(await person(server.base, MEMBER));
});
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

test('a member starts the discussion of a published item from its page, without JavaScript', async () => {
  const { context, page, problems } = await signedIn(MEMBER, { javaScriptEnabled: false });
  await page.goto(`${server.base}/en/knowledge/${subjects.item}`);
  await Promise.all([page.waitForNavigation(), page.click('main a.button:text("Discuss this")')]);
  assert.equal(new URL(page.url()).pathname, `/en/knowledge/${subjects.item}/discussion`);
  await page.fill('#d-body', 'Which regions have tried this with **fewer than ten** members?');
  await Promise.all([page.waitForNavigation(), page.click('#discuss button[type=submit]')]);
  discussion = new URL(page.url()).pathname.replace(/^\/en/, '');
  assert.match(discussion, /^\/groups\/WG[1-6]\/threads\/\d+$/);
  assert.equal(await page.locator('main strong:text("fewer than ten")').count(), 1);
  await Promise.all([page.waitForNavigation(), page.click(`main a[href="/en/knowledge/${subjects.item}"]`)]);
  assert.equal(new URL(page.url()).pathname, `/en/knowledge/${subjects.item}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the form that starts a discussion and a discussion about a subject pass axe in five languages', async () => {
  assert.ok(discussion, 'the first test started the discussion');
  const { context, page, problems } = await signedIn(MEMBER);
  const pages = [
    ['groups-discuss', `/pilots/${subjects.pilot}/discussion`],
    ['groups-thread-about', discussion],
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
