// Cluster profiles in real headless Chromium: a cluster manager opens the profile of her
// organisation through the forms (without JavaScript), adds a need and sends it for review;
// the WG3 coordinator publishes it; a visitor then finds it by sector among the clusters of
// other countries. Every cluster profile page type passes axe (WCAG 2.1 AA) in the five UI
// languages at desktop width and in English at phone width; screenshots land in screenshots/.
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
const MANAGER = 'mihai.constantinescu@ilfov-innovation-agency.example';  // partner_staff, RO32
const REVIEWER = 'marco.zanon@piave-cluster-network.example';  // wg_coordinator of WG3
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let profile;  // "/cluster-profiles/N", once the first test opened it
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

test('a cluster manager publishes her cluster profile with a need, and a visitor finds it by sector', async () => {
  const manager = await signedIn(MANAGER, { javaScriptEnabled: false });
  const page = manager.page;
  await page.goto(`${server.base}/en/cluster-profiles`);
  await submit(page, 'main a:text("New cluster profile")');
  await page.fill('#cp-tagline-en', 'Digital innovation for the firms around Bucharest');
  await page.fill('#cp-description-en', 'Thirty **software** firms and two research institutes.');
  await page.selectOption('#cp-other-language', 'ro');
  await page.fill('#cp-other-tagline', 'Inovare digitală pentru firmele din jurul Bucureștiului');
  await page.selectOption('#cp-sectors', ['62', '72']);
  await page.selectOption('#cp-chain', 'services');
  await page.fill('#cp-technologies', 'machine learning, digital twins');
  await page.fill('#cp-members_smes', '30');
  await page.check('#cp-language-ro');
  await page.fill('#cp-contact-email', 'cluster@ilfov-digital.example');
  let response = await submit(page, 'main form button[type=submit]');
  assert.equal(response.status(), 200);
  assert.match(await page.textContent('main'), /saved as a draft/);
  profile = new URL(page.url()).pathname.replace(/^\/en/, '');

  await submit(page, 'main a:text("Add an offer or a need")');
  await page.selectOption('#o-side', 'need');
  await page.selectOption('#o-kind', 'partner_sought');
  await page.fill('#o-title-en', 'Machine builders to pilot digital twins');
  await page.selectOption('#o-sectors', ['28']);
  await page.fill('#o-countries', 'HU, SK');
  response = await submit(page, 'main form button[type=submit]');
  assert.equal(response.status(), 200);
  assert.match(await page.textContent('main'), /Machine builders to pilot digital twins/);
  await submit(page, 'main button:text("Send for review")');
  assert.match(await page.textContent('main'), /sent for review/);
  await manager.context.close();

  const reviewer = await signedIn(REVIEWER, { javaScriptEnabled: false });
  await reviewer.page.goto(`${server.base}/en/cluster-profiles?scope=awaiting_review`);
  await submit(reviewer.page, `main a[href="/en${profile}"]`);
  await submit(reviewer.page, 'main button:text("Publish the profile")');
  assert.match(await reviewer.page.textContent('main'), /The profile is published/);
  await reviewer.context.close();

  const visitor = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  const v = await visitor.newPage();
  await v.goto(`${server.base}/en/cluster-profiles`);
  await v.selectOption('#cp-sector', '62');
  await submit(v, 'main form[role=search] button[type=submit]');
  const names = await v.locator('main .org-card__title').allTextContents();
  assert.ok(names.includes('Ilfov Agency for Innovation and Technology Transfer'), names.join(' | '));
  assert.ok(names.some((n) => n !== 'Ilfov Agency for Innovation and Technology Transfer'), 'clusters of other countries too');
  await visitor.close();
});

for (const lang of languages) {
  test(`every cluster profile page type in ${lang} passes axe with zero violations`, async () => {
    assert.ok(profile, 'the first test opened the profile');
    const { context, page } = await signedIn(MANAGER);
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    const pages = [
      ['cluster-profile-list', '/cluster-profiles'],
      ['cluster-profile', profile],
      ['cluster-profile-new', '/cluster-profiles/new'],
      ['cluster-profile-edit', `${profile}/edit`],
      ['cluster-profile-offer', `${profile}/offers/new`],
      ['cluster-profile-editors', `${profile}/editors`],
    ];
    const widths = lang === 'en' ? [['desktop', DESKTOP], ['phone', PHONE]] : [['desktop', DESKTOP]];
    for (const [width, viewport] of widths) {
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
}
