// A Delphi study run to its third round in real headless Chromium, without JavaScript: the
// organiser changes the rules and rewords a statement on the study page before round 1, opens
// and closes three rounds; panellists see the group's feedback and revise; the consensus rule
// closes one statement in round 2 and only the other is asked in round 3; the results export,
// the methods report and its Markdown download, and the scenario frame built on the page. The
// new page types (a draft's study page with its forms, the methods report, the scenarios with
// and without the organiser's form) pass axe in five languages at desktop and phone widths.
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
const PANEL = [
  ['maja.kovacic@pohorje-wood-cluster.example', 'Maja'],
  ['georgi.stoyanov@maritsa-rda.example', 'Georgi'],
  ['eleni.papadimitriou@axios-innovation-agency.example', 'Eleni'],
];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let draft;  // "/foresight/delphi/N": a study still in preparation
let study;  // the study run to its third round
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

// A panellist's sheet for the open round: ratings by statement text (a number, or [rating,
// self-rated expertise]), a reason on every question that shows the group (so staying outside
// its middle half is explained).
async function answer(email, ratings, check = async () => {}) {
  const { context, page } = await signedIn(email);
  await page.goto(`${server.base}/en${study}/answer`);
  await check(page);
  for (const [text, given] of Object.entries(ratings)) {
    const [rating, expertise] = [].concat(given);
    const question = page.locator('fieldset.card', { hasText: text });
    await question.locator(`input[type=radio][value="${rating}"]`).check();
    if (expertise) await question.locator('select[name^=expertise_]').selectOption(String(expertise));
    const reason = question.locator('textarea[name^=reason_]');
    if (await reason.count()) await reason.fill('Our region\'s experience.');
  }
  await submit(page, 'main form button[type=submit]');
  assert.match(await page.locator('main .notice').textContent(), /answers are saved/);
  await context.close();
}

test('an organiser runs a study to its third round; consensus closes a statement; results export', async () => {
  const organiser = await signedIn(ORGANISER);
  const page = organiser.page;
  await page.goto(`${server.base}/en/foresight/delphi`);
  await page.fill('#delphi-title', 'Rounds 2035');
  await submit(page, 'form[action$="/foresight/delphi"] button[type=submit]');
  study = new URL(page.url()).pathname.replace(/^\/en/, '');

  // Before round 1: the rules form (a refusal comes back marked) and rewording.
  await page.fill('#rules-agreement', '40');
  await submit(page, '#rules button[type=submit]');
  assert.equal(await page.getAttribute('#rules-agreement', 'aria-invalid'), 'true');
  await page.fill('#rules-agreement', '70');
  await page.fill('#rules-stability', '10');
  await page.fill('#rules-title', 'Rounds 2035 (SEE)');
  await submit(page, '#rules button[type=submit]');
  assert.match(await page.locator('main .notice').textContent(), /rules are changed/);
  assert.match(await page.locator('h1').textContent(), /Rounds 2035 \(SEE\)/);
  for (const text of ['Clusters share testing labs.', 'Regions co-fund partners abraod.']) {
    await page.fill('#statement-text', text);
    await submit(page, 'form#statement button[type=submit]');
  }
  const reword = page.locator('details.reword', { hasText: 'Reword' }).nth(1);
  await reword.locator('summary').click();
  await reword.locator('textarea').fill('Regions co-fund partners abroad.');
  await submit(page, 'details.reword >> nth=1 >> button[type=submit]');
  assert.match(await page.locator('main .notice').textContent(), /reworded/);
  assert.match(await page.locator('main').textContent(), /Regions co-fund partners abroad\./);
  for (const [, name] of PANEL) {
    const option = page.locator('#panel-user option', { hasText: name });
    await page.selectOption('#panel-user', await option.first().getAttribute('value'));
    await submit(page, 'form[action$="/panel"] button[type=submit]');
  }
  await page.fill('#round-closes', '2099-12-31');
  await submit(page, 'form[action$="/rounds"] button[type=submit]');
  assert.equal(await page.locator('#rules').count(), 0, 'the rules are fixed');

  // Round 1: labs 2 4 4 (two thirds agree: no consensus); funding 1 3 5.
  for (const [i, [email]] of PANEL.entries())
    await answer(email, { 'testing labs': [[2, 4, 4][i], 5], 'co-fund': [1, 3, 5][i] });
  await page.goto(`${server.base}/en${study}`);
  await submit(page, 'form[action$="/rounds/close"] button[type=submit]');
  await submit(page, 'form[action$="/rounds"] button[type=submit]');

  // Round 2: Maja sees the group and her own answer, and revises to 4: consensus on labs.
  await answer(PANEL[0][0], { 'testing labs': 4, 'co-fund': 2 }, async (sheet) => {
    const labs = sheet.locator('fieldset.card', { hasText: 'testing labs' });
    assert.match(await labs.textContent(), /median 4/);
    assert.equal((await labs.locator('.previous-answer').textContent()).trim(), '2');
    assert.equal(await labs.locator('select[name^=expertise_]').inputValue(), '5', 'her expertise is kept from round 1');
  });
  await answer(PANEL[1][0], { 'testing labs': 4, 'co-fund': 3 });
  await answer(PANEL[2][0], { 'testing labs': 4, 'co-fund': 5 });
  await page.goto(`${server.base}/en${study}`);
  await submit(page, 'form[action$="/rounds/close"] button[type=submit]');
  const labsCard = page.locator('article.card', { hasText: 'testing labs' });
  assert.match(await labsCard.textContent(), /Consensus/);

  // Round 3 asks only the statement still open.
  await submit(page, 'form[action$="/rounds"] button[type=submit]');
  const { context, page: sheet } = await signedIn(PANEL[1][0]);
  await sheet.goto(`${server.base}/en${study}/answer`);
  assert.equal(await sheet.locator('fieldset.card').count(), 1);
  assert.match(await sheet.locator('fieldset.card').textContent(), /co-fund/);
  await context.close();
  for (const [i, [email]] of PANEL.entries()) await answer(email, { 'co-fund': [2, 3, 4][i] });
  await page.goto(`${server.base}/en${study}`);
  await submit(page, 'form[action$="/rounds/close"] button[type=submit]');
  assert.match(await page.locator('main').textContent(), /Finished|Consensus/);

  // The results export and the methods report with its downloads.
  const csv = await page.request.get(`${server.base}${await page.getAttribute('main a[href$="results.csv"]', 'href')}`);
  assert.equal(csv.status(), 200);
  assert.match(await csv.text(), /testing labs/);
  await submit(page, '#methods-link');
  assert.match(await page.locator('main').textContent(), /consensus in round 2/);
  const md = await page.request.get(`${server.base}${await page.getAttribute('#methods-markdown', 'href')}`);
  assert.equal(md.status(), 200);
  assert.match(await md.text(), /# Methods report: Rounds 2035 \(SEE\)/);

  // Scenarios on the page: drivers, uncertainties, the two axes and four stories.
  await page.goto(`${server.base}/en${study}/scenarios`);
  const ids = await page.locator('#scenario-form input[name=drivers]').evaluateAll((xs) => xs.map((x) => x.value));
  assert.equal(ids.length, 2);
  await page.check(`#driver-${ids[0]}`);
  await page.check(`#uncertainty-${ids[1]}`);
  // One uncertainty for both axes: refused beside the vertical axis, the rest kept as typed.
  await page.selectOption('#x-statement', ids[1]);
  await page.selectOption('#y-statement', ids[1]);
  for (const field of ['x-low', 'x-high', 'y-low', 'y-high']) await page.fill(`#${field}`, `Pole ${field}`);
  for (const q of ['high_high', 'low_high', 'low_low', 'high_low']) {
    await page.fill(`#${q}-title`, `Story ${q}`);
    await page.fill(`#${q}-narrative`, `What happens in ${q}.`);
  }
  await submit(page, '#scenario-form button[type=submit]');
  assert.match(await page.locator('#form-error').textContent(), /two different uncertainties/);
  assert.equal(await page.getAttribute('#y-statement', 'aria-invalid'), 'true');
  assert.equal(await page.isChecked(`#driver-${ids[0]}`), true, 'what was ticked stays ticked');
  assert.equal(await page.inputValue('#low_low-title'), 'Story low_low');
  await organiser.context.close();
});

test('a study in preparation is not listed publicly', async () => {
  const organiser = await signedIn(ORGANISER);
  await organiser.page.goto(`${server.base}/en/foresight/delphi`);
  await organiser.page.fill('#delphi-title', 'Quiet draft');
  await submit(organiser.page, 'form[action$="/foresight/delphi"] button[type=submit]');
  draft = new URL(organiser.page.url()).pathname.replace(/^\/en/, '');
  await organiser.page.fill('#statement-text', 'A statement to reword.');
  await submit(organiser.page, 'form#statement button[type=submit]');
  await organiser.context.close();
  const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/foresight/delphi`);
  assert.doesNotMatch(await page.locator('main').textContent(), /Quiet draft/);
  assert.equal((await page.goto(`${server.base}/en${draft}`)).status(), 404);
  await context.close();
});

test('the new Delphi page types pass axe in five languages at desktop and phone widths', async () => {
  assert.ok(study && draft, 'the tests before made the studies');
  // The demo's finished study has a scenario frame.
  const demo = await signedIn(ORGANISER);
  await demo.page.goto(`${server.base}/en/foresight/delphi`);
  await submit(demo.page, 'main a:has-text("SEE clusters 2035")');
  const demoStudy = new URL(demo.page.url()).pathname.replace(/^\/en/, '');
  await demo.context.close();
  const pages = [
    ['delphi-draft', draft, ORGANISER],
    ['delphi-methods', `${demoStudy}/methods`, null],
    ['delphi-scenarios', `${demoStudy}/scenarios`, null],
    ['delphi-scenarios-form', `${demoStudy}/scenarios`, ORGANISER],
  ];
  for (const [name, suffix, who] of pages) {
    const { context, page } = who
      ? await signedIn(who, { javaScriptEnabled: true })
      : await (async () => { const c = await browser.newContext({ viewport: DESKTOP }); return { context: c, page: await c.newPage() }; })();
    for (const lang of languages)
      for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
        await page.setViewportSize(viewport);
        const response = await page.goto(`${server.base}/${lang}${suffix}`, { waitUntil: 'load' });
        assert.equal(response.status(), 200, `${lang}${suffix}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        if (name === 'delphi-scenarios') assert.equal(await page.locator('#scenario-grid').count(), 1);
        await assertAxeClean(page, `${lang}${suffix} (${width})`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= viewport.width, `${lang}${suffix} (${width}) is ${wide} px wide`);
        if (lang === 'en' || lang === 'el') await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
      }
    await context.close();
  }
});
