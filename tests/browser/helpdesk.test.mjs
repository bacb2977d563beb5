// The policy helpdesk in real headless Chromium: a partner's staff member asks about a region's
// need, the area's coordinator assigns the question to an expert with a due date, the expert
// answers it with a draft knowledge item and the asker reads the answer — every form without
// JavaScript. Each helpdesk page type passes axe (WCAG 2.1 AA) in the five UI languages at
// desktop width and in one at phone width; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';
import { HELPDESK } from '../support/feedback.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let question;  // "/helpdesk/N", once the first test asked it
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

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], label);
}

test('a need goes to the helpdesk, an expert answers it with a knowledge item and the asker reads it', async () => {
  const noScript = { javaScriptEnabled: false };
  const asker = await signedIn(HELPDESK.asker, noScript);
  await asker.page.goto(`${server.base}/en/helpdesk/new?region=AL02&need=criterion:WG4.2`);
  await asker.page.fill('#q-text', 'Which financial instruments worked for young clusters in regions where public money is scarce?');
  await submit(asker.page, 'main form button[type=submit]');
  question = new URL(asker.page.url()).pathname.replace(/^\/en/, '');
  assert.match(question, /^\/helpdesk\/\d+$/);
  assert.match(await asker.page.textContent('main'), /Your question is with the helpdesk/);

  const coordinator = await signedIn(HELPDESK.coordinator, noScript);
  await coordinator.page.goto(`${server.base}/en${question}`);
  await coordinator.page.selectOption('#a-expert', { label: 'Réka Fekete' });
  await submit(coordinator.page, '#assign button[type=submit]');
  assert.match(await coordinator.page.textContent('main'), /The question is assigned/);

  const expert = await signedIn(HELPDESK.expert, noScript);
  await expert.page.goto(`${server.base}/en/helpdesk?view=assigned`);
  await submit(expert.page, `main a[href="/en${question}"]`);
  await expert.page.fill('#n-title', 'Funding young clusters with little public money');
  await expert.page.fill('#n-summary', 'Tapered grants, members’ fees and revolving funds.');
  await expert.page.fill('#n-body', 'Regions that **tapered** grants over three years kept most clusters alive.');
  await submit(expert.page, '#answer button[type=submit]');
  assert.match(await expert.page.textContent('main'), /saved as a draft knowledge item/);

  await asker.page.goto(`${server.base}/en${question}`);
  const answer = asker.page.locator('main a:text("Funding young clusters with little public money")');
  assert.equal(await answer.count(), 1);
  assert.match(await asker.page.textContent('main'), /Answered/);
  for (const who of [asker, coordinator, expert]) await who.context.close();
});

test('every helpdesk page type passes axe in five languages at desktop width and in one at phone width', async () => {
  assert.ok(question, 'the first test asked the question');
  // A fresh question, so that its page has the assignment, answer and closing forms.
  const asker = await signedIn(HELPDESK.asker);
  await asker.page.goto(`${server.base}/en/helpdesk/new?region=AL02&need=criterion:WG4.2`);
  await asker.page.fill('#q-text', 'Which cluster programmes kept clusters running once support ended?');
  await submit(asker.page, 'main form button[type=submit]');
  const open = new URL(asker.page.url()).pathname.replace(/^\/en/, '');
  await asker.context.close();

  const { context, page } = await signedIn(HELPDESK.coordinator);
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const pages = [
    ['helpdesk-list', '/helpdesk?view=all'],
    ['helpdesk-new', '/helpdesk/new?region=RO21&need=sector:C'],
    ['helpdesk-question', open],
    ['helpdesk-answered', question],
  ];
  const scan = async (lang, width) => {
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await axe(page, `${lang}${suffix} (${width})`);
      if (lang === 'en' || lang === 'el')
        await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
    }
  };
  for (const lang of languages) await scan(lang, 'desktop');
  await page.setViewportSize(PHONE);
  await scan('en', 'phone');
  await scan('el', 'phone');
  assert.deepEqual(problems, []);
  await context.close();
});
