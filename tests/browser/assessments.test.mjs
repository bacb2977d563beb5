// The assessment in real headless Chromium, as issue 12's "done when" tells it: a region's team
// opens and fills a self-assessment through the scoring form (without JavaScript) and submits
// it; a coordinator invites a reviewer from another country; the reviewer accepts, scores and
// submits the review; the coordinator records an agreed score, consolidates and publishes; the
// report and the region's scorecard then show the agreed levels. Every page type of the
// assessment passes axe (WCAG 2.1 AA) in the five UI languages at phone and desktop widths.
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
const AREAS = ['WG1', 'WG2', 'WG3', 'WG4', 'WG5', 'WG6'];
const REGION = 'RO32';
const TEAM = 'mihai.constantinescu@ilfov-innovation-agency.example';  // partner_staff, RO32
const COORDINATOR = 'tomas.kovacik@danube-innovation-agency.example';  // wg_coordinator:WG4, SK
const REVIEWER = 'bence.varga@tisza-maros-innovation-centre.example';  // partner_staff, HU (experienced)
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let browser;
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

// A signed-in page of its own context; `javaScriptEnabled: false` for the forms without scripts.
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
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], label);
}

// Each page type once per language (of `langs`) and width: axe, and a screenshot in English
// and Romanian. Other states of a page type already swept in every language (the overview in
// review, the scoring form of a reviewer) are swept in English only, to keep the test short.
async function sweep(page, pages, langs = languages) {
  for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(viewport);
    for (const lang of langs)
      for (const [name, suffix] of pages) {
        const response = await page.goto(`${server.base}/${lang}${suffix}`);
        assert.equal(response.status(), 200, `${lang}${suffix}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await axe(page, `${lang}${suffix} (${width})`);
        if (lang === 'en' || lang === 'ro')
          await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
      }
  }
  await page.setViewportSize(DESKTOP);
}

// Answers every time frame of every criterion on the open scoring form with `level` and a
// justification (or comment), then saves: by keyboard and mouse as a person does, or — where
// `quickly` and the page runs scripts — all fields at once, to keep the test short.
async function scoreArea(page, level, words, { quickly = false } = {}) {
  if (quickly) {
    await page.evaluate(([level, words]) => {
      for (const radio of document.querySelectorAll(`.answers input[type=radio][value="${level}"]`)) radio.checked = true;
      for (const text of document.querySelectorAll('textarea[id$="-justification"]')) text.value = words;
    }, [level, words]);
  } else {
    for (const radio of await page.locator(`.answers input[type=radio][value="${level}"]`).all()) await radio.check();
    for (const text of await page.locator('textarea[id$="-justification"]').all()) await text.fill(words);
  }
  await submit(page, '.scores-form button[type=submit]');
  assert.match(await page.textContent('main'), /The scores are saved\./);
}

test('a self-assessment is filled, reviewed from another country, consolidated and published', async () => {
  // The team opens an assessment of its region for a free reporting period.
  const team = await signedIn(TEAM, { javaScriptEnabled: false });
  let id;
  for (const period of ['6', '5', '4', '3', '2', '1']) {
    await team.page.goto(`${server.base}/en/assessments`);
    await team.page.fill('#new-region', REGION);
    await team.page.selectOption('#new-period', period);
    await submit(team.page, 'section[aria-labelledby=new-heading] button[type=submit]');
    const m = /\/en\/assessments\/(\d+)/.exec(team.page.url());
    if (m) { id = m[1]; break; }
  }
  assert.ok(id, 'an assessment was opened');
  const base = `/en/assessments/${id}`;
  assert.match(await team.page.textContent('h1'), /RO32/);

  // A refused save keeps what was typed and says what is wrong beside the answer.
  await team.page.goto(`${server.base}${base}/scores?area=WG1`);
  await team.page.locator('.answers input[value="3"]').first().check();
  await team.page.locator('textarea[id$="-evidence"]').first().fill('item:999999999');
  await submit(team.page, '.scores-form button[type=submit]');
  assert.notEqual(await team.page.locator('.alert').count(), 0);
  assert.equal(await team.page.locator('textarea[id$="-evidence"]').first().inputValue(), 'item:999999999');

  // The first area through the form without JavaScript, the others at once.
  const saying = 'Our regional strategy and its monitoring report say so.';
  const teamJs = await signedIn(TEAM);
  await teamJs.page.goto(`${server.base}${base}/scores?area=WG1`);
  await team.page.goto(`${server.base}${base}/scores?area=WG1`);
  await scoreArea(team.page, '3', saying);
  // A save from a page opened before that change is refused as stale, keeping what was typed.
  await teamJs.page.locator('textarea[id$="-justification"]').first().fill('Typed on a page opened earlier');
  await submit(teamJs.page, '.scores-form button[type=submit]');
  assert.match(await teamJs.page.textContent('.alert'), /Somebody changed this assessment/);
  assert.equal(await teamJs.page.locator('textarea[id$="-justification"]').first().inputValue(), 'Typed on a page opened earlier');
  for (const area of AREAS.slice(1)) {
    await teamJs.page.goto(`${server.base}${base}/scores?area=${area}`);
    await scoreArea(teamJs.page, '3', saying, { quickly: true });
  }
  // The self-assessment form goes out as XLSX and comes back through the overview's upload.
  const workbook = await teamJs.page.request.get(`${server.base}/api/v1/assessments/${id}/form.xlsx`);
  assert.equal(workbook.status(), 200);
  await teamJs.page.goto(`${server.base}${base}`);
  await teamJs.page.setInputFiles('#form-file', {
    name: 'self-assessment.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook.body(),
  });
  await submit(teamJs.page, 'form[enctype="multipart/form-data"] button[type=submit]');
  assert.match(await teamJs.page.textContent('main'), /The scores of the filled form are saved\./);
  await team.page.goto(`${server.base}${base}/swot?area=WG1`);
  await team.page.fill('#swot-strengths', '- An active cluster agency');
  await team.page.fill('#swot-weaknesses', '- Few private co-financiers');
  await submit(team.page, 'main form button[type=submit]');
  await team.context.close();

  // The pages of a draft, seen by its team, in every language at both widths.
  await sweep(teamJs.page, [
    ['assessment-list', '/assessments'],
    ['assessment-draft', `/assessments/${id}`],
    ['assessment-scores-self', `/assessments/${id}/scores?area=WG1`],
    ['assessment-swot', `/assessments/${id}/swot?area=WG1`],
    ['assessment-details', `/assessments/${id}/details`],
  ]);
  await teamJs.page.goto(`${server.base}${base}`);
  await submit(teamJs.page, 'form input[name=step][value=submit] ~ .form__actions button');
  assert.match(await teamJs.page.textContent('.flow-step--current'), /Submitted/);

  // A coordinator invites a reviewer from another country.
  const coordinator = await signedIn(COORDINATOR);
  await coordinator.page.goto(`${server.base}${base}`);
  const option = await coordinator.page.locator('#reviewer-choice option', { hasText: 'Bence Varga' }).getAttribute('value');
  await coordinator.page.selectOption('#reviewer-choice', option);
  await submit(coordinator.page, '#reviewers button[type=submit]');
  assert.match(await coordinator.page.textContent('#reviewers'), /Bence Varga/);

  // The reviewer accepts, scores every area (the self score beside each answer) and submits.
  const reviewer = await signedIn(REVIEWER);
  await reviewer.page.goto(`${server.base}${base}`);
  await submit(reviewer.page, 'form input[name=answer][value=accept] ~ .form__actions button');
  for (const area of AREAS) {
    await reviewer.page.goto(`${server.base}${base}/scores?area=${area}`);
    assert.match(await reviewer.page.textContent('.beside'), /Self-assessment/);
    await scoreArea(reviewer.page, area === 'WG1' ? '5' : '3', 'Seen in the programme documents.', { quickly: true });
  }
  await sweep(reviewer.page, [['assessment-scores-peer', `/assessments/${id}/scores?area=WG2`]], ['en']);
  await reviewer.page.goto(`${server.base}${base}`);
  await submit(reviewer.page, `form[action="${base}/review"] button`);
  assert.match(await reviewer.page.textContent('main'), /Your review is submitted\./);
  await reviewer.context.close();

  // The coordinator sees the divergence, agrees a level on the first criterion, consolidates
  // and publishes.
  await coordinator.page.goto(`${server.base}${base}/scores?area=WG1`);
  assert.match(await coordinator.page.textContent('main'), /Self and peer scores diverge here\./);
  await sweep(coordinator.page, [
    ['assessment-consolidation', `/assessments/${id}/scores?area=WG1`],
    ['assessment-in-review', `/assessments/${id}`],
  ], ['en']);
  await coordinator.page.goto(`${server.base}${base}/scores?area=WG1`);
  const current = coordinator.page.locator('fieldset[id$="-current"]').first();
  await current.locator('.answers input[value="4"]').check();
  await current.locator('textarea[id$="-justification"]').fill('Agreed in the consolidation meeting.');
  await submit(coordinator.page, '.scores-form button[type=submit]');
  await coordinator.page.goto(`${server.base}${base}`);
  await submit(coordinator.page, 'form input[name=step][value=consolidate] ~ .form__actions button');
  await submit(coordinator.page, 'form input[name=step][value=publish] ~ .form__actions button');
  assert.match(await coordinator.page.textContent('.flow-step--current'), /Published/);
  await coordinator.context.close();

  // The report shows the agreed level, the scorecard too when its page is there.
  await teamJs.page.goto(`${server.base}${base}/report`);
  const cells = await teamJs.page.locator('.report-area tbody tr').first().locator('td').allTextContents();
  assert.equal(cells[1], '4', 'the agreed current level of the first criterion');
  await sweep(teamJs.page, [['assessment-report', `/assessments/${id}/report`]]);
  await sweep(teamJs.page, [['assessment-published', `/assessments/${id}`]], ['en']);
  // The region's scorecard shows the agreed level of the first criterion today.
  const scorecard = await teamJs.page.goto(`${server.base}/en/regions/${REGION}/scorecard?assessment=${id}`);
  assert.equal(scorecard.status(), 200);
  const row = teamJs.page.locator('tr', { has: teamJs.page.locator('th', { hasText: 'WG1.1' }) }).first();
  assert.equal((await row.locator('td').allTextContents())[1], '4', 'the agreed current level on the scorecard');
  await teamJs.context.close();
});
