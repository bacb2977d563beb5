// The header every page shares, in real headless Chromium: the menu bar and the phone's Menu
// by keyboard alone and without JavaScript, the language switcher as one control, the
// person's menu, and zero axe violations (WCAG 2.1 AA) with every menu open, at 390 and
// 1280 CSS pixels, in every UI language, signed out and signed in. Screenshots of the
// header go to tests/browser/screenshots/navigation-<lang>-<who>-<width>-<menu>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite, openRecorded } from '../support/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const ADMIN = 'admin@clusterpolisee.example';
const PASSWORD = 'cluster-policy-2026';

let server;
let browser;
let adminState;  // cookies of an administrator who signed in through the form

before(async () => {
  ({ server, browser } = await startSite(shots));
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/login`);
  await page.fill('#login-email', ADMIN);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.equal(new URL(page.url()).pathname, '/en/account', 'the administrator signs in');
  adminState = await context.storageState();
  await context.close();
});
after(() => stopSite({ server, browser }));

const open = (url, options = {}) => openRecorded(browser, server, url, { viewport: DESKTOP, ...options }, 'load');

async function axeClean(page, where) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], where);
}

// What has the keyboard focus, as "tag: text".
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}: ${e.textContent.replace(/\s+/g, ' ').trim()}` : '';
  });
}

async function tabTo(page, wanted, limit = 30) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now);
    if (now === wanted) return;
  }
  assert.fail(`Tab never reached ${wanted}: ${seen.join(' → ')}`);
}

const isOpen = (page, selector) => page.$eval(selector, (d) => d.open);
const group = (label) => `.main-nav__group:has(> summary:text-is("${label}"))`;

// ---- Every language, both widths, signed out and signed in ----

for (const lang of languages) {
  test(`the header in ${lang} passes axe with every menu open, at phone and desktop widths, signed out and signed in`, async () => {
    for (const who of ['visitor', 'admin']) {
      const { context, page, problems } = await open(`/${lang}/regions/RO11`, {
        locale: lang,
        storageState: who === 'admin' ? adminState : undefined,
      });
      const where = (what) => `${lang}, ${who}: ${what}`;
      const shot = (width, menu) => page.screenshot({ path: path.join(shots, `navigation-${lang}-${who}-${width}-${menu}.png`) });
      const summaries = page.locator('.main-nav__group > summary');
      assert.ok(await summaries.count() >= 3, where('the groups of the main menu'));
      // A region's page is in "Assess", below "Regions".
      assert.equal(await page.locator('.main-nav__group.is-current').count(), 1, where('one current group'));
      assert.equal(await page.getAttribute(`.main-nav a[href="/${lang}/regions"]`, 'aria-current'), 'true', where('Regions is current'));

      // Desktop: the bar, then each menu open in turn.
      assert.ok(await summaries.first().isVisible(), where('the bar shows the groups'));
      assert.equal(await page.locator('.site-menu > summary').isVisible(), false, where('no Menu button on a wide screen'));
      await axeClean(page, where('desktop'));
      await shot(DESKTOP.width, 'closed');
      await summaries.first().click();
      assert.ok(await page.locator('.main-nav__group[open] .disclosure__panel a').first().isVisible(), where('the group opens'));
      await axeClean(page, where('desktop, a group open'));
      await shot(DESKTOP.width, 'group');
      await page.click('.language-switcher > summary');
      assert.equal(await page.locator('.main-nav__group[open]').count(), 0, where('opening the languages closes the group'));
      assert.equal(await page.locator('.language-switcher a[aria-current="true"]').getAttribute('hreflang'), lang);
      await axeClean(page, where('desktop, the languages open'));
      await shot(DESKTOP.width, 'languages');
      if (who === 'admin') {
        await page.click('.account-menu summary');
        const links = await page.locator('.account-menu a').allTextContents();
        assert.equal(links.length, 8, where(`the person's menu: ${links.join(', ')}`));
        assert.ok(await page.locator('.account-menu a[href$="/me"]').isVisible(), where('what waits for the person, first'));
        assert.ok(await page.locator('.account-menu a[href$="/admin/users"]').isVisible(), where('administration for an administrator'));
        assert.ok(await page.locator('.account-menu a[href$="/admin/search-gaps"]').isVisible(), where('the searches that found little'));
        assert.ok(await page.locator('.account-menu__logout button').isVisible(), where('sign out'));
        await axeClean(page, where("desktop, the person's menu open"));
        await shot(DESKTOP.width, 'account');
      }
      await page.keyboard.press('Escape');

      // Phone: one bar well under a quarter of the first screen, the Menu holding the rest.
      await page.setViewportSize(PHONE);
      await page.evaluate(() => window.scrollTo(0, 0));
      const header = await page.locator('.site-header').boundingBox();
      assert.ok(header.height <= PHONE.height / 8, where(`the header is ${header.height} px high`));
      assert.equal(await summaries.first().isVisible(), false, where('the groups wait in the Menu'));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, where(`the page is ${width} px wide`));
      await axeClean(page, where('phone'));
      await shot(PHONE.width, 'closed');
      await page.click('.site-menu > summary');
      assert.ok(await summaries.first().isVisible(), where('the Menu shows the groups'));
      await axeClean(page, where('phone, the Menu open'));
      await shot(PHONE.width, 'menu');
      await summaries.first().click();
      assert.ok(await page.locator('.main-nav__group[open] .disclosure__panel a').first().isVisible());
      assert.ok(await isOpen(page, '.site-menu'), where('the Menu stays open while a group opens in it'));
      await axeClean(page, where('phone, a group open'));
      await shot(PHONE.width, 'group');
      if (who === 'admin') {
        await page.click('.account-menu summary');
        assert.ok(await page.locator('.account-menu__logout button').isVisible(), where('sign out on a phone'));
        await axeClean(page, where("phone, the person's menu open"));
        await shot(PHONE.width, 'account');
      }
      await page.click('.site-menu > summary');
      await page.click('.language-switcher > summary');
      await axeClean(page, where('phone, the languages open'));
      await shot(PHONE.width, 'languages');
      assert.deepEqual(problems, [], where('console errors'));
      await context.close();
    }
  });
}

// ---- Keyboard ----

test('the menu bar works with the keyboard alone: a group opens, Escape closes it, its links are followed', async () => {
  const { context, page, problems } = await open('/en/');
  assert.equal(await page.getAttribute('.brand', 'aria-current'), 'page', 'the brand is the home page');
  await tabTo(page, 'summary: Assess');
  assert.equal(await isOpen(page, group('Assess')), false);
  await page.keyboard.press('Enter');
  assert.ok(await isOpen(page, group('Assess')), 'Enter opens the group');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'a: Regions');
  assert.ok(await page.locator(`${group('Assess')} a[href="/en/regions"]`).isVisible());
  await page.keyboard.press('Escape');
  assert.equal(await isOpen(page, group('Assess')), false, 'Escape closes the group');
  assert.equal(await focused(page), 'summary: Assess', 'and gives its button the focus back');

  // Leaving a group with Tab closes it.
  await page.keyboard.press('Space');
  assert.ok(await isOpen(page, group('Assess')), 'Space opens the group too');
  await tabTo(page, 'summary: Learn', 10);
  assert.equal(await isOpen(page, group('Assess')), false, 'the focus left the group, so it closed');

  await page.keyboard.press('Enter');
  await tabTo(page, 'a: Thematic areas', 5);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/en/areas');
  assert.equal(await page.getAttribute(`${group('Learn')} a[href="/en/areas"]`, 'aria-current'), 'page');
  assert.match(await page.getAttribute(group('Learn'), 'class'), /is-current/);

  // A click elsewhere closes an open group.
  await page.click(`${group('Learn')} > summary`);
  assert.ok(await isOpen(page, group('Learn')));
  await page.click('main h1');
  assert.equal(await isOpen(page, group('Learn')), false, 'a click outside closes the group');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the Menu works with the keyboard alone and Escape closes it', async () => {
  const { context, page, problems } = await open('/hu/', { viewport: PHONE });
  await tabTo(page, 'summary: Menü');
  await page.keyboard.press('Enter');
  assert.ok(await isOpen(page, '.site-menu'));
  await tabTo(page, 'a: Bejelentkezés', 3);
  await tabTo(page, 'summary: Tanulás', 5);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'a: Tudásbázis');
  // Escape closes the innermost open menu first, then the Menu itself.
  await page.keyboard.press('Escape');
  assert.equal(await focused(page), 'summary: Tanulás');
  assert.ok(await isOpen(page, '.site-menu'));
  await page.keyboard.press('Escape');
  assert.equal(await isOpen(page, '.site-menu'), false);
  assert.equal(await focused(page), 'summary: Menü');
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- Without JavaScript ----

test('on a phone without JavaScript the Menu, a group and the language switcher work as plain disclosures', async () => {
  const { context, page } = await open('/en/', { viewport: PHONE, javaScriptEnabled: false });
  const header = await page.locator('.site-header').boundingBox();
  assert.ok(header.height < PHONE.height / 4, `the header is ${header.height} px high`);
  assert.equal(await page.locator('.main-nav a[href="/en/knowledge"]').isVisible(), false);
  await page.click('.site-menu > summary');
  await page.click(`${group('Learn')} > summary`);
  await Promise.all([page.waitForNavigation(), page.click('.main-nav a[href="/en/knowledge"]')]);
  assert.equal(new URL(page.url()).pathname, '/en/knowledge');
  await page.click('.language-switcher > summary');
  await Promise.all([page.waitForNavigation(), page.click('.language-switcher a[hreflang="el"]')]);
  assert.equal(new URL(page.url()).pathname, '/el/knowledge');
  assert.equal(await page.getAttribute('html', 'lang'), 'el');
  await context.close();
});

test('on a wide screen without JavaScript the groups open from the bar; the person\'s own page is current in their menu', async () => {
  const { context, page } = await open('/en/knowledge/mine', { javaScriptEnabled: false, storageState: adminState });
  assert.equal(await page.locator('.site-menu > summary').isVisible(), false);
  // The person's own page is current in the person's menu, not in the knowledge base's group.
  assert.equal(await page.locator('.main-nav__group.is-current').count(), 0);
  assert.equal(await page.getAttribute('.account-menu a[href="/en/knowledge/mine"]', 'aria-current'), 'page');
  await page.click(`${group('Act together')} > summary`);
  await Promise.all([page.waitForNavigation(), page.click('.main-nav a[href="/en/organisations"]')]);
  assert.equal(new URL(page.url()).pathname, '/en/organisations');
  await context.close();
});
