// Joint plans in real headless Chromium, every form without JavaScript: the lead partner brings
// a plan in from Markdown, a member suggests a change to a paragraph, the editor (the working
// group's coordinator) accepts it, the steering committee votes and the adopted version is
// published for visitors. Each page type (the plans, a plan, a version, a comparison) passes axe
// (WCAG 2.1 AA) in the five UI languages at desktop and phone widths; screenshots land in
// screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean, recordingPage } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';
import { PLAN_PEOPLE, dayFromNow } from '../support/plans.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const noScript = { javaScriptEnabled: false };

let server;
let browser;
let planPath;  // "/plans/N", once the first test made it
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

test('a member suggests, the editor accepts, the committee votes and the plan is published, without JavaScript', async () => {
  const lead = await signedIn(PLAN_PEOPLE.lead, noScript);
  await lead.page.goto(`${server.base}/en/plans`);
  await lead.page.fill('#p-title', 'Action plan for the Danube clusters');
  await lead.page.selectOption('#p-kind', 'regional_action_plan');
  await lead.page.selectOption('#p-group', 'WG4');
  await lead.page.fill('#p-text', '# Aims\n\nClusters along the Danube share one logistics platform.\n\n# Measures\n\nA joint call for pilots in 2028.');
  await submit(lead.page, 'main form[action="/en/plans"] button[type=submit]');
  planPath = new URL(lead.page.url()).pathname.replace(/^\/en/, '');
  assert.match(planPath, /^\/plans\/\d+$/);

  const bence = await signedIn(PLAN_PEOPLE.bence, noScript);
  await bence.page.goto(`${server.base}/en${planPath}`);
  const paragraph = bence.page.locator('.plan-paragraph').first();
  await paragraph.locator('summary').click();
  await paragraph.locator('textarea[name=text]').fill('Clusters along the Danube share one logistics platform and one training offer.');
  await paragraph.locator('textarea[name=reason]').fill('The training offer is what WG4 agreed in Szeged.');
  await Promise.all([bence.page.waitForNavigation(), paragraph.locator('details button[type=submit]').click()]);
  assert.match(await bence.page.textContent('main'), /The training offer is what WG4 agreed in Szeged/);

  const tomas = await signedIn(PLAN_PEOPLE.tomas, noScript);
  await tomas.page.goto(`${server.base}/en${planPath}`);
  await submit(tomas.page, 'form[action$="/accept"] button[type=submit]');
  assert.match(await tomas.page.textContent('main'), /a new version is made/);

  await lead.page.goto(`${server.base}/en${planPath}`);
  await lead.page.fill('#v-deadline', dayFromNow(7));
  await lead.page.fill('#v-quorum', '2');
  await submit(lead.page, `form[action="/en${planPath}/vote"] button[type=submit]`);
  for (const email of [PLAN_PEOPLE.georgi, PLAN_PEOPLE.katalin]) {
    const member = await signedIn(email, noScript);
    await member.page.goto(`${server.base}/en${planPath}`);
    await member.page.check('#b-for');
    await submit(member.page, `form[action="/en${planPath}/vote/ballot"] button[type=submit]`);
    assert.match(await member.page.textContent('main'), /Your organisation's vote is recorded/);
    await member.context.close();
  }
  await lead.page.goto(`${server.base}/en${planPath}`);
  await lead.page.fill('#v-statement', 'Adopted at the steering committee meeting in Novi Sad.');
  await submit(lead.page, `form[action="/en${planPath}/vote/close"] button[type=submit]`);
  assert.match(await lead.page.textContent('#vote'), /Adopted at the steering committee meeting in Novi Sad/);

  const visitor = await browser.newContext({ viewport: DESKTOP, ...noScript });
  const page = await visitor.newPage();
  await page.goto(`${server.base}/en/plans`);
  await submit(page, 'main a:text("Action plan for the Danube clusters")');
  assert.match(await page.textContent('main'), /one logistics platform and one training offer/);
  assert.match(await page.textContent('main'), /Approved by the steering committee/);
  for (const who of [lead, bence, tomas]) await who.context.close();
  await visitor.close();
});

test('every plan page type passes axe in five languages at desktop and phone widths', async () => {
  assert.ok(planPath, 'the first test made the plan');
  const { context, page, problems } = await signedIn(PLAN_PEOPLE.lead);
  await page.goto(`${server.base}/en/plans`);
  const drafting = await page.getAttribute('main a:text("Sustainability Plan")', 'href');
  const pages = [
    ['plans-list', '/plans'],
    ['plans-plan', drafting.replace(/^\/en/, '')],
    ['plans-plan-voted', planPath],
    ['plans-version', `${planPath}/versions/2`],
    ['plans-compare', `${planPath}/compare?from=1&to=2`],
  ];
  const scan = async (lang, width) => {
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'load' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      // The suggestion forms open, so that axe sees them too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
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
