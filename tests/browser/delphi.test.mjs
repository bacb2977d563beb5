// Delphi studies in real headless Chromium, without JavaScript for the flow: an organiser
// starts a study, writes statements, invites a panel and opens round 1; panellists answer;
// the organiser closes it and opens round 2, where a panellist sees the group's median and
// distribution with her previous answer, is asked for a reason outside the middle half, and
// revises. Every Delphi page type passes axe (WCAG 2.1 AA) in the five UI languages at
// desktop and phone widths; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const ORGANISER = 'admin@clusterpolisee.example';
const PANEL = ['maja.kovacic@pohorje-wood-cluster.example', 'georgi.stoyanov@maritsa-rda.example',
  'eleni.papadimitriou@axios-innovation-agency.example'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let study;  // "/foresight/delphi/N", once the first test made it
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false, ...options });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/login`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  return { context, page };
}

async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  return response;
}

async function answerAs(email, rating, { argument = '', reason = '' } = {}) {
  const { context, page } = await signedIn(email);
  await page.goto(`${server.base}/en${study}/answer`);
  const question = page.locator('fieldset').first();
  await question.locator(`input[type=radio][value="${rating}"]`).check();
  if (argument) await question.locator('textarea[name^=argument_]').fill(argument);
  if (reason) await question.locator('textarea[name^=reason_]').fill(reason);
  await submit(page, 'main form button[type=submit]');
  return { context, page };
}

test('an organiser runs two rounds; a panellist sees the group and revises with a reason', async () => {
  const organiser = await signedIn(ORGANISER);
  let page = organiser.page;
  await page.goto(`${server.base}/en/foresight/delphi`);
  await page.fill('#delphi-title', 'Browser study 2035');
  await page.fill('#delphi-agreement', '40');  // refused: kept, marked
  await submit(page, 'form[action$="/foresight/delphi"] button[type=submit]');
  assert.match(await page.locator('#form-error').textContent(), /above 50/);
  assert.equal(await page.getAttribute('#delphi-agreement', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#delphi-title'), 'Browser study 2035');
  await page.fill('#delphi-agreement', '70');
  await submit(page, 'form[action$="/foresight/delphi"] button[type=submit]');
  study = new URL(page.url()).pathname.replace(/^\/en/, '');
  assert.match(study, /^\/foresight\/delphi\/\d+$/);
  await page.selectOption('#statement-kind', 'importance');
  await page.fill('#statement-text', 'Clusters share testing labs across borders.');
  await submit(page, 'form[action$="/statements"] button[type=submit]');
  assert.match(await page.locator('main .notice').textContent(), /statement is added/);
  for (const email of PANEL) {
    const option = page.locator('#panel-user option', { hasText: nameOf(email) });
    await page.selectOption('#panel-user', await option.first().getAttribute('value'));
    await page.fill('#panel-area', 'WG2');
    await submit(page, 'form[action$="/panel"] button[type=submit]');
    assert.match(await page.locator('main .notice').textContent(), /invited/);
  }
  await submit(page, 'form[action$="/rounds"] button[type=submit]');
  assert.match(await page.locator('main .notice').textContent(), /round is open/);

  for (const [i, email] of PANEL.entries()) (await answerAs(email, [2, 4, 4][i], { argument: `Because ${i}` })).context.close();

  await page.goto(`${server.base}/en${study}`);
  await submit(page, 'form[action$="/rounds/close"] button[type=submit]');
  assert.match(await page.locator('main').textContent(), /median 4/);
  await submit(page, 'form[action$="/rounds"] button[type=submit]');
  await organiser.context.close();

  // Round 2: the first panellist sees the group and her own answer, and stays at 2 with a reason.
  const panellist = await signedIn(PANEL[0]);
  page = panellist.page;
  await page.goto(`${server.base}/en${study}/answer`);
  const question = page.locator('fieldset').first();
  assert.match(await question.textContent(), /median 4, middle half from 3 to 4/);
  assert.equal((await question.locator('.previous-answer').textContent()).trim(), '2');
  assert.match(await question.locator('details').textContent(), /Because 1/);
  assert.doesNotMatch(await question.locator('details').textContent(), /Because 0/);
  await submit(page, 'main form button[type=submit]');
  assert.match(await page.locator('#form-error').textContent(), /outside the group's middle half/);
  assert.equal(await page.getAttribute('fieldset textarea[name^=reason_]', 'aria-invalid'), 'true');
  await page.locator('fieldset textarea[name^=reason_]').fill('Our labs failed twice.');
  await submit(page, 'main form button[type=submit]');
  assert.match(await page.locator('main .notice').textContent(), /answers are saved/);
  // She revises to 4: the page keeps one answer, revised.
  await page.locator('fieldset input[type=radio][value="4"]').check();
  await submit(page, 'main form button[type=submit]');
  assert.equal(await page.locator('fieldset input[type=radio][value="4"]').isChecked(), true);
  await panellist.context.close();
});

// The first name a demo person is listed under in the panel form.
function nameOf(email) {
  return { 'maja.kovacic@pohorje-wood-cluster.example': 'Maja', 'georgi.stoyanov@maritsa-rda.example': 'Georgi',
    'eleni.papadimitriou@axios-innovation-agency.example': 'Eleni' }[email];
}

test('every Delphi page type passes axe in five languages at desktop and phone widths', async () => {
  assert.ok(study, 'the first test made a study');
  const pages = [
    ['foresight', '/foresight', ORGANISER],
    ['delphi-list', '/foresight/delphi', ORGANISER],
    ['delphi-study', study, ORGANISER],
    ['delphi-answer', `${study}/answer`, PANEL[1]],
  ];
  for (const [name, suffix, who] of pages) {
    const { context, page } = await signedIn(who, { javaScriptEnabled: true });
    for (const lang of languages)
      for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
        await page.setViewportSize(viewport);
        const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'load' });
        assert.equal(response.status(), 200, `${lang}${suffix}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await assertAxeClean(page, `${lang}${suffix} (${width})`);
        // Nothing wider than the screen: tables scroll in their own box.
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= viewport.width, `${lang}${suffix} (${width}) is ${wide} px wide`);
        if (lang === 'en' || lang === 'el') await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
      }
    await context.close();
  }
  // The demo's finished study: statements in consensus, stable dissent and open.
  const { context, page } = await signedIn(ORGANISER, { javaScriptEnabled: true });
  await page.goto(`${server.base}/en/foresight/delphi`);
  await submit(page, 'main a:has-text("SEE clusters 2035")');
  const text = await page.locator('main').textContent();
  for (const standing of ['Consensus', 'Stable dissent', 'Open']) assert.ok(text.includes(standing), standing);
  await assertAxeClean(page, 'demo study');
  await page.screenshot({ path: path.join(shots, 'delphi-demo-en-desktop.png'), fullPage: true });
  await context.close();
});
