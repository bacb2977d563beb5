// The accounts feature in real headless Chromium: every new page type (directory, sign-in,
// recovery, account, administration with its datasets and import pages, organisation forms)
// in every UI language passes axe (WCAG 2.1 AA) with the right language, a title and no
// console errors; screenshots at 1280 and 390 CSS pixels go to
// tests/browser/screenshots/<page>-<lang>-<width>.png.
// Then the flows through the real forms: signing in and out, the wait after repeated wrong
// passwords, password reset by the e-mail a real SMTP listener receives, API tokens made
// and revoked on the account page, a dataset uploaded through the real form with its
// progress and report, the sign-in form by keyboard alone, and everything
// again without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer } from '../support/server.mjs';
import { startSite, stopSite, recordingPage } from '../support/chromium.mjs';
import { startSmtp, linkIn } from '../support/smtp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const PASSWORD = 'cluster-policy-2026';
const ADMIN = 'admin@clusterpolisee.example';
const ADMIN_NAME = 'Bogdan Ciobanu';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

// Each flow uses an account of its own, so that sessions ended by a password change, the
// failure counters and profile edits of one test never reach another.
const people = {
  failed: {  // one wrong password each for the "failed sign-in" page, one account per language
    en: 'milica.djordjevic@avala-software-cluster.example',
    ro: 'cristian.lupu@valea-sucevei-wood-cluster.example',
    sq: 'besnik.kola@buna-agrifood-cluster.example',
    hu: 'peter.molnar@balaton-health-tourism-cluster.example',
    el: 'dimitra.chatzidaki@patras-digital-health-cluster.example',
  },
  signOut: { email: 'georgi.stoyanov@maritsa-rda.example', name: 'Georgi Stoyanov' },
  reset: { email: 'petra.novak@si-smart-specialisation-agency.example', name: 'Petra Novak' },
  token: { email: 'eva.tothova@danube-innovation-agency.example', name: 'Eva Tóthová' },
  keyboard: { email: 'hristo.angelov@gabrovo-precision-cluster.example', name: 'Hristo Angelov' },
  noScript: { email: 'alessandro.ferri@piave-cluster-network.example', name: 'Alessandro Ferri' },
  locked: { email: 'nemanja.ilic@morava-enterprise-centre.example' },  // wg_member:WG6
};

let smtp;
let server;
let browser;
let adminState;  // cookies of an administrator who signed in through the form

before(async () => {
  smtp = await startSmtp();
  ({ server, browser } = await startSite(shots, { extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1'] }));
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const res = await signIn(page, server, 'en', ADMIN, PASSWORD);
  assert.equal(res.status(), 200, 'the administrator signs in');
  assert.equal(new URL(page.url()).pathname, '/en/account');
  adminState = await context.storageState();
  await context.close();
});
after(async () => {
  await stopSite({ server, browser });
  await smtp?.close();
});

// Clicks a submit button and waits for the page the form leads to; its response.
async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  return response;
}

async function signIn(page, srv, lang, email, password) {
  await page.goto(`${srv.base}/${lang}/login`, { waitUntil: 'load' });
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  return submit(page, 'main form button[type=submit]');
}

async function signOut(page) {
  // The button is in the person's menu in the header, which opens first.
  await page.click('.account-menu summary');
  return submit(page, '.account-menu__logout button[type=submit]');
}

// ---- 1. Every page type in every language ----

const anonymousPages = [
  { name: 'organisations', go: (page, lang) => page.goto(`${server.base}/${lang}/organisations`) },
  { name: 'organisations-filtered', go: (page, lang) => page.goto(`${server.base}/${lang}/organisations?country=RO`) },
  { name: 'organisation', go: (page, lang) => page.goto(`${server.base}/${lang}/organisations/1`) },
  { name: 'people', go: (page, lang) => page.goto(`${server.base}/${lang}/people`) },
  { name: 'login', go: (page, lang) => page.goto(`${server.base}/${lang}/login`) },
  {
    name: 'login-failed',
    status: 401,
    go: (page, lang) => signIn(page, server, lang, people.failed[lang], 'not-the-right-password'),
    check: async (page) => {
      assert.equal(await page.locator('main .alert[role=alert]').count(), 1, 'the error is shown');
      assert.equal(await page.getAttribute('#login-password', 'aria-invalid'), 'true');
    },
  },
  { name: 'password-reset', go: (page, lang) => page.goto(`${server.base}/${lang}/password-reset`) },
  {
    name: 'password-reset-sent',
    go: async (page, lang) => {
      await page.goto(`${server.base}/${lang}/password-reset`);
      await page.fill('#reset-email', `nobody-${lang}@example.org`);
      return submit(page, 'main form button[type=submit]');
    },
    check: async (page, lang) => {
      assert.equal(new URL(page.url()).pathname, `/${lang}/password-reset`);
      assert.equal(await page.locator('main .lead').count(), 1, 'the notice is shown');
      assert.equal(await page.locator('main form').count(), 0);
    },
  },
];

const signedInPages = [
  { name: 'account', go: (page, lang) => page.goto(`${server.base}/${lang}/account`) },
  {
    name: 'account-token',
    go: async (page, lang) => {
      await page.goto(`${server.base}/${lang}/account`);
      await page.fill('#token-name', `Screenshot ${lang}`);
      return submit(page, 'form[action$="/account/tokens"] button[type=submit]');
    },
    check: async (page) => {
      assert.match(await page.inputValue('#new-token'), /^[A-Za-z0-9_-]{20,}$/, 'the secret is shown');
    },
  },
  {
    name: 'account-error',
    status: 422,
    go: async (page, lang) => {
      await page.goto(`${server.base}/${lang}/account`);
      await page.fill('#password-current', 'not-the-current-password');
      await page.fill('#password-new', 'a-brand-new-long-password');
      await page.fill('#password-again', 'a-brand-new-long-password');
      return submit(page, 'form[action$="/account/password"] button[type=submit]');
    },
    check: async (page) => {
      assert.equal(await page.locator('#password-error[role=alert]').count(), 1, 'the error is shown');
      assert.equal(await page.getAttribute('#password-current', 'aria-invalid'), 'true');
    },
  },
  { name: 'admin-users', go: (page, lang) => page.goto(`${server.base}/${lang}/admin/users`) },
  { name: 'admin-user', go: (page, lang) => page.goto(`${server.base}/${lang}/admin/users/2`) },
  { name: 'admin-audit', go: (page, lang) => page.goto(`${server.base}/${lang}/admin/audit`) },
  { name: 'admin-datasets', go: (page, lang) => page.goto(`${server.base}/${lang}/admin/datasets`) },
  {
    name: 'admin-import-job',
    go: async (page, lang) => {
      const response = await uploadDataset(page, lang, slice, `browser-${lang}`);
      // The page asks for the progress and reloads itself once the import is over; the
      // report page refreshes no more, so it is scanned only once it is there.
      await reportShown(page);
      return response;
    },
    check: async (page) => {
      assert.match(await page.textContent('main .facts'), /120/);
      assert.equal(await page.locator('main progress').count(), 0);
    },
  },
  { name: 'organisation-edit', go: (page, lang) => page.goto(`${server.base}/${lang}/organisations/1/edit`) },
  { name: 'organisation-new', go: (page, lang) => page.goto(`${server.base}/${lang}/organisations/new`) },
];

const slice = path.join(here, '..', 'data', 'employment-slice.csv');
const wholeEmploymentFile = path.join(here, '..', '..', 'data', 'eurostat', 'lfst_r_lfe2en2.tsv');

// The longest an import of the whole Eurostat file may take here: a bound for a state that
// comes, not a time to wait (a slow or busy machine only takes longer to reach it).
const IMPORT_BOUND_MS = 180000;

// Waits until the job page shows its report (JavaScript's reload or the page's own refresh
// has brought it) and that page has loaded; the report page does not refresh itself.
async function reportShown(page) {
  await page.waitForSelector('#report-heading', { timeout: IMPORT_BOUND_MS });
  await page.waitForLoadState('load');
}

// Holds every request for an import's status from the pages of `context` until release():
// the job page asks for it every second and reloads itself when it says finished, so while it
// is held a page stays the one the server sent and can be scanned. Installed before the
// upload, so that not even the first question can get an answer.
async function holdJobStatus(context) {
  const pattern = '**/admin/datasets/jobs/*/status';
  const held = [];
  let holding = true;
  const handler = (route) => (holding ? held.push(route) : route.continue());
  await context.route(pattern, handler);
  return {
    async release() {
      holding = false;
      await context.unroute(pattern, handler);
      // A request of a page left since is gone with it.
      for (const route of held.splice(0)) await route.continue().catch(() => {});
    },
  };
}

// Fills the upload form of the datasets page with a file and sends it; the response of the
// import's page.
async function uploadDataset(page, lang, file, code, fields = {}, checks = []) {
  await page.goto(`${server.base}/${lang}/admin/datasets`, { waitUntil: 'load' });
  await page.setInputFiles('#upload-file', file);
  await page.fill('#upload-code', code);
  await page.fill('#upload-title', `Uploaded in ${lang}`);
  for (const [selector, value] of Object.entries(fields)) await page.fill(selector, value);
  for (const selector of checks) await page.check(selector);
  return submit(page, 'form[action$="/admin/datasets"] button[type=submit]');
}

// Loads one page in the tab, takes both screenshots and checks language, title, axe, the
// console and that nothing is wider than the phone.
async function checkPage({ page, problems }, lang, { name, go, status = 200, check }) {
  problems.length = 0;
  await page.setViewportSize(DESKTOP);
  const response = await go(page, lang);
  await page.screenshot({ path: path.join(shots, `${name}-${lang}-${DESKTOP.width}.png`), fullPage: true });
  // Legacy mode runs axe.run() in the page itself: half the time of finishing the run in a
  // blank page, and these pages have no frames that would need the other way.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(shots, `${name}-${lang}-${PHONE.width}.png`), fullPage: true });
  // How wide the page is on the phone and, when too wide, what reaches beyond its edge
  // without a scrolling box of its own (an absolutely positioned box escapes one that is not
  // its containing block).
  const phone = await page.evaluate((width) => {
    const clipped = (e) => {
      for (let a = e.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const describe = (e) => `${e.parentElement?.tagName.toLowerCase()} > ${e.tagName.toLowerCase()}${[...e.classList].map((c) => '.' + c).join('')}` +
      ` "${e.textContent.trim().slice(0, 30)}" (position: ${getComputedStyle(e).position}, right edge ${Math.round(e.getBoundingClientRect().right)} px)`;
    const out = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > width + 1 &&
      (getComputedStyle(e).position === 'absolute' || !clipped(e)));
    return { width: document.documentElement.scrollWidth, beyond: out.slice(0, 4).map(describe) };
  }, PHONE.width);

  const where = `${name} in ${lang} (${page.url()})`;
  assert.equal(response.status(), status, `${where}: status`);
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${where}: <html lang>`);
  const title = await page.title();
  assert.ok(title.includes('ClusterPoliSEE'), `${where}: title ${title}`);
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, [], `${where}: axe violations`);
  // A form that answers 401 or 422 makes Chromium log the status of the document itself.
  const errors = problems.filter((p) => !(status !== 200 && p.includes(`status of ${status}`)));
  assert.deepEqual(errors, [], `${where}: console errors`);
  if (check) await check(page, lang);
  // WCAG 1.4.10 (reflow): a phone shows the page without scrolling sideways.
  assert.ok(phone.width <= PHONE.width,
    `${where}: the page is ${phone.width} px wide on a ${PHONE.width} px phone; beyond the edge: ${phone.beyond.join('; ')}`);
}

for (const lang of languages) {
  // Two lanes side by side, each a browser context with one tab: anonymous pages, and the
  // pages of an administrator who signed in through the form.
  test(`${lang}: every new page type passes axe, has its language and a title, and logs no error`, { concurrency: 2 }, async (t) => {
    const lanes = [
      ['anonymous', { locale: lang }, anonymousPages],
      ['signed in as administrator', { locale: lang, storageState: adminState }, signedInPages],
    ];
    await Promise.all(lanes.map(([label, options, pages]) => t.test(label, async (t) => {
      const context = await browser.newContext(options);
      try {
        const tab = await recordingPage(context);
        for (const p of pages) await t.test(p.name, () => checkPage(tab, lang, p));
      } finally {
        await context.close();
      }
    })));
  });
}

// ---- 2. Flows ----

test('signing in through the form lands on the account page; the header names the person and signs out', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, problems } = await recordingPage(context);
  // Coming from a page that needs an account, the form sends the person back there.
  await page.goto(`${server.base}/en/account`);
  assert.equal(new URL(page.url()).pathname, '/en/login');
  await page.fill('#login-email', people.signOut.email);
  await page.fill('#login-password', PASSWORD);
  const res = await submit(page, 'main form button[type=submit]');
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/account');
  assert.equal(await page.inputValue('#profile-name'), people.signOut.name);
  assert.equal((await page.textContent('.account-menu__name')).trim(), people.signOut.name);
  const button = page.locator('.account-menu__logout button[type=submit]');
  assert.equal((await button.textContent()).trim(), 'Sign out');
  assert.equal(await page.locator('.account-menu a', { hasText: 'Administration' }).count(), 0, 'no administration link for a partner');

  await signOut(page);
  assert.equal(new URL(page.url()).pathname, '/en/');
  assert.equal(await page.locator('.account-menu__name').count(), 0);
  assert.equal(await page.locator('.account-menu a[href^="/en/login"]').count(), 1, 'the header offers to sign in');
  await page.goto(`${server.base}/en/account`);
  assert.equal(new URL(page.url()).pathname, '/en/login', 'the session is gone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('password reset through the e-mail: new password, signed in, then signing in with it', async () => {
  const { email, name } = people.reset;
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, problems } = await recordingPage(context);
  await page.goto(`${server.base}/en/login`);
  await submit(page, 'a[href="/en/password-reset"]');
  await page.fill('#reset-email', email);
  await submit(page, 'main form button[type=submit]');
  assert.match(await page.textContent('main h1'), /Check your e-mail/);

  const mail = await smtp.waitFor(email, { test: (m) => /token=/.test(m.body) });
  const link = new URL(linkIn(mail));
  assert.equal(link.pathname, '/en/password-reset');
  // The mail's links carry the configured public address; the test server listens elsewhere.
  await page.goto(server.base + link.pathname + link.search);
  assert.match(await page.textContent('main'), new RegExp(email.replace(/\./g, '\\.')));
  const fresh = 'quiet harbour lantern 42';
  await page.fill('#new-password', fresh);
  await page.fill('#new-password-again', fresh);
  await submit(page, 'main form button[type=submit]');
  assert.equal(new URL(page.url()).pathname, '/en/account', 'signed in after choosing the password');
  assert.equal((await page.textContent('.account-menu__name')).trim(), name);
  assert.equal(await page.locator('main .notice[role=status]').count(), 1);

  await signOut(page);
  let res = await signIn(page, server, 'en', email, PASSWORD);
  assert.equal(res.status(), 401, 'the old password no longer works');
  res = await signIn(page, server, 'en', email, fresh);
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/account');
  assert.equal((await page.textContent('.account-menu__name')).trim(), name);
  // The link worked once.
  await page.goto(server.base + link.pathname + link.search);
  assert.equal(await page.locator('#new-password').count(), 0, 'a used link shows no form');
  assert.deepEqual(problems.filter((p) => !/status of 40[14]/.test(p)), []);
  await context.close();
});

test('an API token made on the account page opens the API until it is revoked there', async () => {
  const { email } = people.token;
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, problems } = await recordingPage(context);
  await signIn(page, server, 'en', email, PASSWORD);
  await page.fill('#token-name', 'Monitoring script');
  await page.selectOption('#token-scope', 'read');
  await submit(page, 'form[action$="/account/tokens"] button[type=submit]');
  const secret = await page.inputValue('#new-token');
  assert.match(secret, /^[A-Za-z0-9_-]{20,}$/);
  const prefix = (await page.textContent('main table code')).replace('…', '');
  assert.ok(secret.startsWith(prefix), 'the table shows how the token begins');

  const me = () => fetch(`${server.base}/api/v1/users/me`, { headers: { Authorization: `Bearer ${secret}` } });
  let api = await me();
  assert.equal(api.status, 200);
  assert.equal((await api.json()).email, email);

  await submit(page, 'main table button:has-text("Monitoring script")');
  assert.equal(new URL(page.url()).search, '?done=revoked');
  assert.equal(await page.locator('main table').count(), 0, 'no active token is left');
  assert.equal(await page.locator('main .notice[role=status]').count(), 1);
  api = await me();
  assert.equal(api.status, 401);
  // The secret is never shown again.
  await page.reload();
  assert.equal(await page.locator('#new-token').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- 3. Keyboard ----

test('the sign-in form works with the keyboard alone, in the order e-mail, password, button', async () => {
  const { email, name } = people.keyboard;
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, problems } = await recordingPage(context);
  await page.goto(`${server.base}/en/login`);
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.type ? '[' + e.type + ']' : ''}` : '';
  });
  const visited = [];
  for (let i = 0; i < 40 && (await focused()) !== 'input#login-email[email]'; i++) {
    await page.keyboard.press('Tab');
    visited.push(await focused());
  }
  assert.equal(await focused(), 'input#login-email[email]', `Tab reaches the e-mail field: ${visited.join(' → ')}`);
  assert.ok(!visited.includes('input#login-password[password]'), 'the password does not come before the e-mail');
  // What has the focus can be seen.
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow };
  });
  assert.ok((ring.outline !== 'none' && ring.width !== '0px') || ring.shadow !== 'none', `focus indicator: ${JSON.stringify(ring)}`);
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'input#login-password[password]');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'button[submit]');
  assert.equal((await page.evaluate(() => document.activeElement.textContent)).trim(), 'Sign in');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/en/account');
  assert.equal((await page.textContent('.account-menu__name')).trim(), name);
  assert.deepEqual(problems, []);
  await context.close();
});

// ---- 4. Without JavaScript ----

test('without JavaScript: signing in, editing the profile and signing out work', async () => {
  const { email, name } = people.noScript;
  const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  let res = await signIn(page, server, 'en', email, PASSWORD);
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/account');
  assert.equal((await page.textContent('.account-menu__name')).trim(), name);

  const renamed = `${name} (Piave)`;
  await page.fill('#profile-name', renamed);
  await page.fill('#profile-bio', 'Follows cluster internationalisation in the Veneto.');
  await page.fill('#profile-languages', 'it, en, de');
  await page.check('#expertise-WG3');
  res = await submit(page, 'form[action$="/account/profile"] button[type=submit]');
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/account');
  assert.equal(await page.locator('main .notice[role=status]').count(), 1, 'the page says the profile is saved');
  assert.equal(await page.inputValue('#profile-name'), renamed);
  assert.equal(await page.inputValue('#profile-bio'), 'Follows cluster internationalisation in the Veneto.');
  assert.equal(await page.inputValue('#profile-languages'), 'it, en, de');
  assert.ok(await page.isChecked('#expertise-WG3'));
  assert.equal((await page.textContent('.account-menu__name')).trim(), renamed);

  res = await signOut(page);
  assert.equal(res.status(), 200);
  assert.equal(new URL(page.url()).pathname, '/en/');
  assert.equal(await page.locator('.account-menu__name').count(), 0);
  await page.goto(`${server.base}/en/account`);
  assert.equal(new URL(page.url()).pathname, '/en/login');
  await context.close();
});

test('an upload through the real form shows the import\'s progress, then its report, with and without JavaScript', async () => {
  // The flow in one language; its progress page and its report pass axe in every language.
  const context = await browser.newContext({ viewport: DESKTOP, storageState: adminState });
  const { page, problems } = await recordingPage(context);
  const status = await holdJobStatus(context);
  const scan = async (what) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], what);
  };
  // The whole Eurostat file takes long enough that the first look finds it running (else it is
  // sent again, at most once per language). It has regions that were split since (HR04,
  // HU10): only its valid rows are imported.
  let job;
  for (const lang of languages) {
    const response = await uploadDataset(page, lang, wholeEmploymentFile, `whole-${lang}`, {
      '#upload-sector': 'nace_r2', '#upload-select': 'age=Y_GE15\nunit=THS',
    }, ['#upload-valid-only']);
    assert.equal(response.status(), 200);
    const { pathname } = new URL(page.url());
    assert.match(pathname, new RegExp(`^/${lang}/admin/datasets/jobs/[0-9a-f]{32}$`));
    job = pathname.slice(lang.length + 1);
    if (await page.locator('main progress').count()) break;
  }
  const caught = [];
  for (const lang of languages) {
    problems.length = 0;
    await page.goto(`${server.base}/${lang}${job}`, { waitUntil: 'load' });
    if (!(await page.locator('main progress').count())) continue;  // over by now
    caught.push(lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await scan(`${lang}: the progress page`);
    await page.screenshot({ path: path.join(shots, `admin-import-progress-${lang}-${DESKTOP.width}.png`), fullPage: true });
    assert.deepEqual(problems, [], `${lang}: console errors on the progress page`);
  }
  assert.ok(caught.length > 0, 'the import was seen running');

  // Scanned: now the page may learn that the import is over and move itself to its report.
  await page.goto(`${server.base}/en${job}`, { waitUntil: 'load' });
  await status.release();
  await reportShown(page);
  for (const lang of languages) {
    problems.length = 0;
    await page.goto(`${server.base}/${lang}${job}`, { waitUntil: 'load' });
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.locator('#report-heading').count(), 1, `${lang}: the report`);
    assert.match(await page.textContent('main .facts'), /\d/);
    assert.ok(await page.locator('#issues-heading').count(), `${lang}: the rows left out are listed`);
    await scan(`${lang}: the report with its problems`);
    assert.deepEqual(problems, [], `${lang}: console errors`);
  }
  await context.close();

  // Without JavaScript the page reloads itself until the report is there.
  const noScript = await browser.newContext({ viewport: DESKTOP, storageState: adminState, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const response = await uploadDataset(plain, 'en', slice, 'browser-no-script');
  assert.equal(response.status(), 200);
  await reportShown(plain);
  assert.match(await plain.textContent('main .facts'), /120/);
  await noScript.close();
});

// ---- Last, on a server of its own: the failure counter per client address is not reset ----

test('repeated wrong passwords for one account get the wait message, even for the right password', async () => {
  const own = await startServer();
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page } = await recordingPage(context);
  const { email } = people.locked;
  try {
    // The first failures answer "wrong"; from the third each failure makes the account wait
    // 1, 2, 4 … seconds. Keep failing until the page asks for a wait of at least 2 seconds,
    // so that the right password right after still falls inside it.
    let res;
    let wait = 0;
    const seen = [];
    for (let i = 0; i < 25 && wait < 2; i++) {
      res = await signIn(page, own, 'en', email, `wrong-password-${i}`);
      seen.push(res.status());
      if (res.status() === 429) wait = Number(res.headers()['retry-after']);
    }
    assert.ok(wait >= 2, `statuses: ${seen.join(' ')}`);
    assert.deepEqual(seen.slice(0, 3), [401, 401, 401], 'the first three failures only say the password is wrong');
    const alert = await page.textContent('main .alert[role=alert]');
    assert.match(alert, /Too many failed attempts/);
    assert.match(alert, /Try again in \d+ seconds?\./);
    assert.equal(await page.inputValue('#login-email'), email, 'the address is kept in the form');

    res = await signIn(page, own, 'en', email, PASSWORD);
    assert.equal(res.status(), 429, 'the right password waits as well');
    assert.match(await page.textContent('main .alert[role=alert]'), /Too many failed attempts/);
    assert.equal(new URL(page.url()).pathname, '/en/login');
    await page.screenshot({ path: path.join(shots, `login-wait-en-${DESKTOP.width}.png`), fullPage: true });
  } finally {
    await context.close();
    await own.stop();
  }
});
