// The training programme in real headless Chromium: a stakeholder enrols in a module, takes the
// pre-assessment, the quiz and the post-assessment, sees their gain and opens their certificate
// — every form without JavaScript. Each training page type passes axe (WCAG 2.1 AA) in the five
// UI languages at desktop and phone widths; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';
import { person, step } from '../support/assessment.mjs';
import { TRAINING, moduleMade } from '../support/training.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const noScript = { javaScriptEnabled: false };

let server;
let browser;
let certificateUrl;  // the learner's, from the first test
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
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

test('a stakeholder enrols, rates themselves, passes the quiz, sees their gain and opens their certificate, without JavaScript', async () => {
  const keeper = await person(server.base, TRAINING.keeper);
  const m = await moduleMade(keeper, { title: 'Cluster strategy in a day' });
  const learner = await signedIn(TRAINING.learner, noScript);
  const { page } = learner;
  await page.goto(`${server.base}/en/training`);
  await submit(page, 'main a:text("Cluster strategy in a day")');
  await submit(page, '#progress button:text("Enrol in this module")');
  assert.match(await page.textContent('main'), /You are enrolled/);

  // A rating left out: the message beside the form, nothing saved.
  await page.check('#rating-0-2');
  await submit(page, '#self-assessment button[type=submit]');
  assert.match(await page.textContent('#form-error'), /Rate every learning objective/);
  await page.check('#rating-0-2');
  await page.check('#rating-1-1');
  await submit(page, '#self-assessment button[type=submit]');
  assert.match(await page.textContent('main'), /Your pre-assessment is saved/);

  await page.check('#answer-0-1');
  await submit(page, '#quiz button[type=submit]');
  assert.match(await page.textContent('main'), /not enough to pass/);
  await page.check('#answer-0-0');
  await submit(page, '#quiz button[type=submit]');
  assert.match(await page.textContent('main'), /You passed the quiz with 100%/);

  await page.check('#rating-0-5');
  await page.check('#rating-1-4');
  await submit(page, '#self-assessment button[type=submit]');
  assert.match(await page.textContent('#progress'), /Your mean rating went from 1\.5 to 4\.5/);
  assert.equal(await page.getAttribute('#progress svg', 'role'), 'img');
  await page.screenshot({ path: path.join(shots, 'training-gain-en-1280.png'), fullPage: true });

  await submit(page, '#progress button:text("Open my certificate")');
  certificateUrl = new URL(page.url()).pathname.replace(/^\/en/, '');
  assert.match(certificateUrl, /^\/training\/certificates\/[A-Za-z0-9_-]{20,}$/);
  assert.match(await page.textContent('main'), /Cluster strategy in a day/);
  // Anybody with the address can check it.
  const anybody = await browser.newContext({ viewport: PHONE, ...noScript });
  const check = await anybody.newPage();
  const res = await check.goto(`${server.base}/en${certificateUrl}`);
  assert.equal(res.status(), 200);
  assert.match(await check.textContent('main'), /completed the training module/);
  await anybody.close();
  await learner.context.close();
});

test('every training page type passes axe in five languages, at desktop and phone widths', async () => {
  const keeperApi = await person(server.base, TRAINING.keeper);
  const secondApi = await person(server.base, TRAINING.second);
  const list = await step(secondApi, 'GET', '/api/v1/training/modules?area=WG1');
  const demo = list.items.find((m) => m.title === 'Cluster management excellence');
  assert.ok(demo, 'the demo module with its gain');
  // A module the person has just enrolled in: the self-assessment and quiz forms show.
  const fresh = await moduleMade(keeperApi, { title: 'A module to rate yourself in' });
  await step(secondApi, 'POST', `/api/v1/training/modules/${fresh.id}/enrolments`, {}, 201);
  assert.ok(certificateUrl, 'the first test opened a certificate');

  const learner = await signedIn(TRAINING.second);
  const keeper = await signedIn(TRAINING.keeper);
  const pages = [
    [learner, 'list', '/training'],
    [learner, 'module-gain', `/training/${demo.id}`],
    [learner, 'module-forms', `/training/${fresh.id}`],
    [keeper, 'form', '/training/new'],
    [keeper, 'edit', `/training/${demo.id}/edit`],
    [learner, 'certificate', certificateUrl],
  ];
  for (const viewport of [DESKTOP, PHONE]) {
    for (const who of [learner, keeper]) await who.page.setViewportSize(viewport);
    for (const lang of languages)
      for (const [who, name, url] of pages) {
        const res = await who.page.goto(`${server.base}/${lang}${url}`);
        assert.equal(res.status(), 200, `${lang}${url}`);
        await who.page.waitForLoadState('load');
        await assertAxeClean(who.page, `${name} ${lang} ${viewport.width}`);
        if (lang === 'en' || viewport === PHONE)
          await who.page.screenshot({ path: path.join(shots, `training-${name}-${lang}-${viewport.width}.png`), fullPage: true });
      }
  }
  await learner.context.close();
  await keeper.context.close();
});
