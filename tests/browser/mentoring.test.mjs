// Mentoring in real headless Chromium, as issue 18's "done when" tells it for mentors: a policy
// maker of a demo region sees her region's needs on the matchmaking hub, asks a mentor of the
// experienced group through the forms (without JavaScript), and the mentor accepts. Every
// matchmaking and mentoring page type passes axe (WCAG 2.1 AA) in the five UI languages at
// desktop width and in two at phone width; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const POLICY_MAKER = 'ioana.margineanu@nord-est-cluster-agency.example';  // lead_coordinator, RO21
const MENTOR = 'maja.kovacic@pohorje-wood-cluster.example';  // experienced (SI03), mentors on WG2
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let pair;  // "/mentoring/N", once the first test made it
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

test('a policy maker sees her region\'s needs, asks a mentor of the experienced group, and the mentor accepts', async () => {
  const learner = await signedIn(POLICY_MAKER, { javaScriptEnabled: false });
  let page = learner.page;
  // The hub starts from her organisation's region: its largest gap comes with peers and mentors.
  await page.goto(`${server.base}/en/matchmaking`);
  const need = page.locator('section:has(h3:has-text("WG2.1"))');
  assert.match(await need.textContent(), /gap of 3/);
  assert.match(await need.textContent(), /Maja Kovačič/);
  // The suggestion takes feedback like a recommendation: useful, with a reason, and back here.
  const suggestion = 'section:has(h3:has-text("WG2.1")) li.card:has-text("Maja Kovačič")';
  await page.fill(`${suggestion} .feedback input[name=reason]`, 'Her lab is what we lack.');
  await submit(page, `${suggestion} .feedback button[value=useful]`);
  assert.match(page.url(), /\/en\/matchmaking\?region=RO21/);
  assert.equal(await page.getAttribute(`${suggestion} .feedback button[value=useful]`, 'aria-pressed'), 'true');
  await submit(page, 'section:has(h3:has-text("WG2.1")) li:has-text("Maja Kovačič") a:has-text("Ask for mentoring")');
  assert.equal(await page.inputValue('#request-region'), 'RO21');
  assert.equal(await page.inputValue('#request-need'), 'criterion:WG2.1');
  // Sent with a blank message, the form comes back with the choices kept and the field marked.
  await page.fill('#request-message', '   ');
  await submit(page, 'main form button[type=submit]');
  assert.match(await page.locator('#form-error').textContent(), /what you would like to learn/);
  assert.equal(await page.getAttribute('#request-message', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#request-need'), 'criterion:WG2.1');
  await page.fill('#request-message', 'Nord-Est wants a shared testing lab for its wood-processing SMEs, as Pohorje has. Could you help us plan it?');
  await submit(page, 'main form button[type=submit]');
  pair = new URL(page.url()).pathname.replace(/^\/en/, '');
  assert.match(pair, /^\/mentoring\/\d+$/);
  assert.match(await page.locator('main .notice').textContent(), /request is sent/);
  assert.match(await page.locator('#pair-status').textContent(), /Waiting for the mentor's answer/);
  await learner.context.close();

  // The mentor finds it among her pairs, accepts, and they write down their goals.
  const mentor = await signedIn(MENTOR, { javaScriptEnabled: false });
  page = mentor.page;
  await page.goto(`${server.base}/en/mentoring`);
  await submit(page, `#as-mentor ~ div a[href="/en${pair}"]`);
  await page.fill('#answer-reason', 'Gladly: our lab started from the same situation.');
  await submit(page, 'button[name=answer][value=accept]');
  assert.match(await page.locator('#pair-status').textContent(), /Mentoring under way/);
  await page.fill('#goals-text', '1. Survey the SMEs\' testing needs.\n2. Draft the lab\'s terms with the county.');
  await submit(page, 'form[action$="/goals"] button[type=submit]');
  assert.match(await page.locator('main').textContent(), /Survey the SMEs/);
  await mentor.context.close();

  const again = await signedIn(POLICY_MAKER, { javaScriptEnabled: false });
  await again.page.goto(`${server.base}/en${pair}`);
  assert.match(await again.page.locator('#pair-status').textContent(), /Mentoring under way/);
  await again.context.close();
});

test('every matchmaking and mentoring page type passes axe in five languages at desktop width and two at phone width', async () => {
  assert.ok(pair, 'the first test made a mentoring pair');
  const { context, page } = await signedIn(MENTOR);
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const pages = [
    ['matchmaking', '/matchmaking?region=RO21'],
    ['matchmaking-mentors', '/matchmaking/mentors?topic=area%3AWG2'],
    ['matchmaking-offer', '/matchmaking/offer'],
    ['mentoring-list', '/mentoring'],
    ['mentoring-new', '/mentoring/new?region=SI03&need=area%3AWG4'],
    ['mentoring-pair', pair],
  ];
  const runs = [...languages.map((lang) => [lang, 'desktop', DESKTOP]), ['en', 'phone', PHONE], ['ro', 'phone', PHONE]];
  for (const [lang, width, viewport] of runs) {
    await page.setViewportSize(viewport);
    for (const [name, suffix] of pages) {
      const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'load' });
      assert.equal(response.status(), 200, `${lang}${suffix}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await axe(page, `${lang}${suffix} (${width})`);
      if (lang === 'en' || lang === 'ro') await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
