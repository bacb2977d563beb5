// The newsletter in real headless Chromium: the subscription form, the pages a confirmation or
// an unsubscribe link opens, the archive and an issue, and the senders' form, preview and
// subscribers pass axe (WCAG 2.1 AA) in every UI language at desktop and phone widths; without
// JavaScript a visitor subscribes, confirms from the captured e-mail, and leaves with one click
// on the link of an issue's mail, whose List-Unsubscribe headers are checked too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean, assertAxeCleanWithoutScripts } from '../support/chromium.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { person, step } from '../support/assessment.mjs';
import { madeUpToken } from '../support/browser.mjs';
import { SENDERS } from '../support/newsletter.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const PASSWORD = 'cluster-policy-2026';

let server;
let browser;
let smtp;
let sender;
let sent;   // the demo's sent issue
let draft;  // a draft, for its preview
before(async () => {
  smtp = await startSmtp();
  ({ server, browser } = await startSite(shots, { extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1'] }));
  sender = await person(server.base, SENDERS.communication);
  sent = (await step(sender, 'GET', '/api/v1/newsletter/issues')).items.find((i) => i.status === 'sent');
  draft = await step(sender, 'POST', '/api/v1/newsletter/issues', { language: 'hu', subject: 'Hírlevél – december', body: '## Hírek\n\n- Zárókonferencia Athénban' }, 201);
});
after(async () => {
  await stopSite({ server, browser });
  await smtp?.close();
});

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
  test(`the newsletter pages in ${lang} pass axe with zero violations`, async () => {
    const { context, page } = await signedIn(SENDERS.communication);
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    const pages = [
      ['newsletter-subscribe', '/newsletter'],
      ['newsletter-confirm', `/newsletter/confirm/${madeUpToken()}`],
      ['newsletter-unsubscribe', `/newsletter/unsubscribe/${madeUpToken()}`],
      ['newsletter-archive', '/newsletter/issues'],
      ['newsletter-issue', `/newsletter/issues/${sent.id}`],
      ['newsletter-preview', `/newsletter/issues/${draft.id}`],
      ['newsletter-form', '/newsletter/issues/new'],
      ['newsletter-draft-form', `/newsletter/issues/${draft.id}/edit`],
      ['newsletter-subscribers', '/newsletter/subscribers'],
    ];
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertAxeClean(page, `${lang}${suffix}`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-desktop.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await assertAxeClean(page, `${lang}${suffix} (phone)`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${lang}${suffix} is wider than a phone`);
      await page.screenshot({ path: path.join(shots, `${name}-${lang}-phone.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    // A refused form and the answers of the links' buttons (a forged link here) pass too.
    await page.goto(`${server.base}/${lang}/newsletter`);
    await page.fill('#nl-email', 'not-an-address');
    await page.check('#nl-consent');
    await page.evaluate(() => { document.querySelector('#nl-email').type = 'text'; });
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
    assert.equal(await page.getAttribute('#nl-email', 'aria-invalid'), 'true');
    await assertAxeClean(page, `${lang}/newsletter (refused)`);
    await page.goto(`${server.base}/${lang}/newsletter/unsubscribe/${madeUpToken()}`);
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
    assert.ok(await page.isVisible('[role=alert]'));
    await assertAxeClean(page, `${lang}/newsletter/unsubscribe (refused)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('without JavaScript: a visitor subscribes, confirms from the e-mail and leaves with one click', async () => {
  const email = 'zsofia.kiss@example.org';
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.base}/hu/newsletter`);
  await page.fill('#nl-email', email);
  await page.selectOption('#nl-language', 'hu');
  await page.check('#nl-area-WG3');
  await page.check('#nl-country-HU');
  await page.check('#nl-consent');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.ok(await page.isVisible('[role=status]'));

  const confirmation = await smtp.waitFor(email);
  const link = /https?:\/\/\S+\/hu\/newsletter\/confirm\/[A-Za-z0-9_-]{43}/.exec(confirmation.body);
  assert.ok(link, confirmation.body);
  await page.goto(link[0]);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.ok(await page.isVisible('[role=status]'));
  await assertAxeCleanWithoutScripts(browser, page, 'hu/newsletter/confirm (done)');

  const issue = await step(sender, 'POST', '/api/v1/newsletter/issues', { language: 'hu', subject: 'Klaszterhírek', body: 'A **WG3** hírei.', areas: ['WG3'], countries: ['HU'] }, 201);
  await step(sender, 'POST', `/api/v1/newsletter/issues/${issue.id}/send`, {});
  const mail = await smtp.waitFor(email, { test: (m) => m.subject === 'Klaszterhírek' });
  const header = /^<(https?:\/\/\S+\/hu\/newsletter\/unsubscribe\/[A-Za-z0-9_-]{43})>$/.exec(mail.headers['list-unsubscribe']);
  assert.ok(header, mail.headers['list-unsubscribe']);
  assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
  assert.ok(mail.body.includes(header[1]));

  await page.goto(header[1]);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.ok(await page.isVisible('[role=status]'));
  await assertAxeCleanWithoutScripts(browser, page, 'hu/newsletter/unsubscribe (done)');
  const subscriber = (await step(sender, 'GET', '/api/v1/newsletter/subscriptions')).items.find((s) => s.email === email);
  assert.equal(subscriber.status, 'unsubscribed');
  await page.goto(`${server.base}/hu/newsletter/issues`);
  assert.ok(await page.isVisible('text=Klaszterhírek'));
  await context.close();
});
