// Surveys in real headless Chromium, without JavaScript for the flow: a stakeholder answers the
// demo's conditional survey one section per page — the section for cluster organisations
// appears only once she says she runs one — reviews and sends; the organiser sees the results
// with their bars, filters them by country and exports them. Every survey page type passes axe
// (WCAG 2.1 AA) in the five UI languages at desktop and phone widths; screenshots land in
// screenshots/.
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
const STAKEHOLDER = 'cristian.lupu@valea-sucevei-wood-cluster.example';
const VISITOR = 'milica.djordjevic@avala-software-cluster.example';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let survey;  // "/foresight/surveys/N", the demo survey
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

test('a stakeholder answers the conditional survey; the organiser sees the results and exports them', async () => {
  const stakeholder = await signedIn(STAKEHOLDER);
  let page = stakeholder.page;
  await page.goto(`${server.base}/en/foresight/surveys`);
  await submit(page, '#survey-list a:has-text("Needs of cluster organisations 2027")');
  survey = new URL(page.url()).pathname.replace(/^\/en/, '');
  assert.match(survey, /^\/foresight\/surveys\/\d+$/);
  // An agency: the next page is the policy's, the cluster's section is skipped.
  await page.locator('#question-kind input[value="agency"]').check();
  await submit(page, '#survey-next');
  assert.equal((await page.locator('#survey-section').textContent()).trim(), 'Regional policy');
  assert.equal(await page.locator('#question-members').count(), 0);
  await submit(page, 'button[value="back"]');
  // A cluster organisation: its section appears.
  await page.locator('#question-kind input[value="cluster"]').check();
  await page.fill('#q-staff', '12');
  await submit(page, '#survey-next');
  assert.equal((await page.locator('#survey-section').textContent()).trim(), 'Your cluster');
  await submit(page, '#survey-next');  // the required members are missing: refused beside the field
  assert.match(await page.locator('#form-error').textContent(), /Please answer this question/);
  assert.equal(await page.getAttribute('#q-members', 'aria-invalid'), 'true');
  await page.fill('#q-members', '48');
  await page.locator('#question-needs input[value="export"]').check();
  await page.fill('#q-export_help', 'Joint stands at trade fairs.');
  await page.locator('#question-services input[name="q_services.funding"][value="fairly"]').check();
  await page.locator('#question-services input[name="q_services.advice"][value="well"]').check();
  await submit(page, '#survey-next');
  assert.equal((await page.locator('#survey-section').textContent()).trim(), 'Regional policy');
  await page.locator('#question-fit input[value="4"]').check();
  await page.selectOption('#priorities-cooperation', '1');
  await page.selectOption('#priorities-funding', '2');
  await page.selectOption('#priorities-data', '3');
  await page.fill('#q-next_call', '2027-05-01');
  // Saved for later, then on to the review.
  await submit(page, 'button[value="save"]');
  assert.match(await page.locator('main .notice').textContent(), /continue later/);
  assert.equal(await page.inputValue('#q-next_call'), '2027-05-01');
  await submit(page, '#survey-next');
  const review = await page.locator('#survey-review').locator('..').textContent();
  assert.match(review, /Joint stands at trade fairs/);
  assert.match(review, /Cross-border cooperation; Stable funding; Better data/);
  await submit(page, '#survey-send');
  assert.match(await page.locator('#survey-sent').textContent(), /Thank you/);
  await stakeholder.context.close();

  const organiser = await signedIn(ORGANISER);
  page = organiser.page;
  await page.goto(`${server.base}/en${survey}/results`);
  assert.match(await page.locator('#survey-summary').textContent(), /^31 of 31 responses match/);
  assert.ok(await page.locator('table.survey-counts svg').count() > 0);
  // The first country with five respondents or more (smaller groups are not offered).
  const country = await page.locator('#filter-country option').nth(1).getAttribute('value');
  await page.selectOption('#filter-country', country);
  await submit(page, '#survey-filters button[type=submit]');
  assert.match(await page.locator('#survey-summary').textContent(), /^\d+ of 31 responses match/);
  assert.equal(new URL(page.url()).searchParams.get('country'), country);
  const csv = await page.request.get(server.base + await page.getAttribute('#export-csv', 'href'));
  assert.equal(csv.status(), 200);
  const lines = (await csv.text()).trim().split('\r\n');
  assert.equal(lines.length, 32);
  assert.match(lines[0], /^response,version,country,organisation_type,area,kind,kind_label,staff/);
  const xlsx = await page.request.get(server.base + await page.getAttribute('#export-xlsx', 'href'));
  assert.equal(xlsx.status(), 200);
  assert.match(xlsx.headers()['content-type'], /spreadsheetml/);
  await organiser.context.close();
});

test('every survey page type passes axe in five languages at desktop and phone widths', async () => {
  assert.ok(survey, 'the first test found the demo survey');
  const pages = [
    ['survey-list', '/foresight/surveys', VISITOR],
    ['survey-section', survey, VISITOR],
    ['survey-review', `${survey}?section=review`, VISITOR],
    ['survey-results', `${survey}/results`, ORGANISER],
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
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= viewport.width, `${lang}${suffix} (${width}) is ${wide} px wide`);
        if (lang === 'en' || lang === 'el') await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
      }
    await context.close();
  }
});
