// The partnership's monitoring in real headless Chromium, as issue 13's "done when" tells it: a
// partner enters an expense and writes, attaches to and submits its progress report through the
// pages (without JavaScript); the lead partner approves it; the work plan's matrix then shows
// the activity's progress from the report, and the budgets show the expense with its euro
// amount fixed (and, once a first-level controller verified it, as verified). Every page type
// of the monitoring passes axe (WCAG 2.1 AA) in the five UI languages at phone and desktop
// widths; visitors and stakeholders are asked to sign in or refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { startSite, stopSite } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';
import { pdfSaying } from '../support/files.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const LEAD = 'ioana.margineanu@nord-est-cluster-agency.example';  // lead_coordinator of the lead partner
const PARTNER = 'mihai.constantinescu@ilfov-innovation-agency.example';  // partner_staff
const CONTROLLER = 'simona.neagu@flc-control.example';  // first-level controller (demo)
const STAKEHOLDER = 'cristian.lupu@valea-sucevei-wood-cluster.example';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const PERIOD = '4';  // the demo's current reporting period (December 2026)

let server;
let browser;
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

// A signed-in page of its own context; `javaScriptEnabled: false` for the forms without scripts.
async function signedIn(email, options = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
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
// and Romanian.
async function sweep(page, pages, langs = languages) {
  for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(viewport);
    for (const lang of langs)
      for (const [name, suffix] of pages) {
        const response = await page.goto(`${server.base}/${lang}${suffix}`);
        assert.equal(response.status(), 200, `${lang}${suffix}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        // The note on what this view is shows on every monitoring page.
        if (suffix.startsWith('/monitoring')) assert.equal(await page.locator('.official-note').count(), 1, `${lang}${suffix}`);
        await axe(page, `${lang}${suffix} (${width})`);
        if (lang === 'en' || lang === 'ro')
          await page.screenshot({ path: path.join(shots, `${name}-${lang}-${width}.png`), fullPage: true });
      }
  }
  await page.setViewportSize(DESKTOP);
}

// The text of the main content, white space folded.
async function mainText(page) {
  return (await page.textContent('main')).replace(/\s+/g, ' ');
}

test('visitors are asked to sign in and stakeholders see no monitoring', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const response = await page.goto(`${server.base}/en/monitoring`);
  assert.notEqual(response.status(), 200);
  assert.match(await mainText(page), /sign in/i);
  await context.close();
  const stakeholder = await signedIn(STAKEHOLDER);
  for (const suffix of ['/monitoring', '/monitoring/workplan', '/monitoring/budgets']) {
    const r = await stakeholder.page.goto(`${server.base}/en${suffix}`);
    assert.ok(r.status() === 403 || r.status() === 404, `${suffix}: ${r.status()}`);
  }
  // No menu entry leads there either.
  assert.equal(await stakeholder.page.locator('a[href="/en/monitoring"]').count(), 0);
  await stakeholder.context.close();
});

test('a partner submits its progress report, the lead partner approves it, and the matrix and budgets reflect it', async () => {
  const partner = await signedIn(PARTNER, { javaScriptEnabled: false });
  const p = partner.page;

  // The partner's report for the current period: opened from the overview (or made there).
  await p.goto(`${server.base}/en/monitoring/reports`);
  const own = p.locator('tr.reports-table__own');
  assert.equal(await own.count(), 1, 'the partner sees its own row');
  const existing = own.locator(`td:nth-of-type(${PERIOD}) a`);
  if (await existing.count()) {
    await submit(p, `tr.reports-table__own td:nth-of-type(${PERIOD}) a`);
  } else {
    await p.selectOption('#new-report-period', PERIOD);
    await submit(p, 'section[aria-labelledby=new-report-heading] button[type=submit]');
  }
  assert.match(p.url(), /\/en\/monitoring\/reports\/\d+$|\/en\/monitoring\/reports\/\d+\?done=created$/);
  const reportPath = new URL(p.url()).pathname;
  const reportId = reportPath.split('/').pop();

  // An expense of the period, in euro, while the report is still a draft.
  const expense = `Workshop room hire, Buftea, report ${reportId}`;
  await p.goto(`${server.base}/en/monitoring/budgets`);
  await p.fill('#spending-description', expense);
  await p.selectOption('#spending-category', 'travel');
  await p.selectOption('#spending-period', PERIOD);
  await p.fill('#spending-amount', '1234.50');
  await p.selectOption('#spending-currency', 'EUR');
  await p.fill('#spending-vat', '197.10');
  await p.fill('#spending-invoice', `INV-${reportId}`);
  await p.fill('#spending-invoice-date', '2026-11-10');
  await p.fill('#spending-payment-date', '2026-11-16');
  await submit(p, '#new-spending button[type=submit]');
  assert.match(await mainText(p), /The expense is entered\./);
  const draftRow = p.locator('tr', { hasText: expense });
  assert.match(await draftRow.textContent(), /provisional/);

  // A negative expense is refused with the reason, and what was typed stays.
  await p.fill('#spending-description', 'Refund typed by mistake');
  await p.fill('#spending-amount', '-20');
  await p.fill('#spending-payment-date', '2026-11-17');
  await submit(p, '#new-spending button[type=submit]');
  assert.match(await p.textContent('.alert[role=alert]'), /negative|zero|amount/i);
  assert.equal(await p.inputValue('#spending-description'), 'Refund typed by mistake');

  // The report: texts, the activity's progress, a file, then submission.
  await p.goto(`${server.base}${reportPath}`);
  const line = p.locator('.report-line').first();
  assert.ok(await line.count(), 'the report lists the partner\'s activities of the period');
  const code = (await line.locator('.light-entry__code').textContent()).trim();
  const now = Number(await line.locator('input[name=progress]').inputValue() || '0');
  const progress = now === 73 ? 74 : 73;
  await p.fill('#report-done', '- Ran the platform\'s helpdesk and two webinars for the regional teams.');
  await p.fill('#report-outputs', '- Helpdesk log\n- Webinar recordings');
  await p.fill('#report-problems', 'None worth reporting.');
  await p.fill('#report-next', 'Prepare the platform for the pilots\' data.');
  await line.locator('input[name=progress]').fill(String(progress));
  await line.locator('input[name=note]').fill('Helpdesk running; two webinars held.');
  await submit(p, '.report-form button[type=submit]');
  assert.match(await mainText(p), /The report is saved\./);
  await p.setInputFiles('#report-file', { name: 'webinar-attendance.pdf', mimeType: 'application/pdf', buffer: pdfSaying('Attendance list') });
  await submit(p, '#attachments button[type=submit]');
  assert.match(await mainText(p), /The file is attached\./);
  assert.match(await p.textContent('#attachments'), /webinar-attendance\.pdf/);

  // The pages a partner writes on, in every language and width (the report still a draft);
  // axe runs in the page, so this page runs scripts.
  const partnerJs = await signedIn(PARTNER);
  await sweep(partnerJs.page, [['monitoring-report-draft', reportPath.replace(/^\/en/, '')]]);
  await partnerJs.context.close();

  await p.goto(`${server.base}${reportPath}`);
  await submit(p, '.submit-form button[type=submit]');
  let said = await mainText(p);
  if (/No exchange rate for/.test(said)) {
    // A currency of the partner's spending has no rate for this month yet: the lead enters it.
    const [, currency, month] = /No exchange rate for (\w+) in (\d{4}-\d{2})/.exec(said);
    const lead = await signedIn(LEAD, { javaScriptEnabled: false });
    await lead.page.goto(`${server.base}/en/monitoring/budgets`);
    await lead.page.selectOption('#rate-currency', currency);
    await lead.page.fill('#rate-month', month);
    await lead.page.fill('#rate-value', '4.9750');
    await submit(lead.page, '#rates button[type=submit]');
    assert.match(await mainText(lead.page), /The exchange rate is saved\./);
    await lead.context.close();
    await p.goto(`${server.base}${reportPath}`);
    await submit(p, '.submit-form button[type=submit]');
    said = await mainText(p);
  }
  assert.match(said, /The report is submitted to the lead partner\./);
  assert.equal(await p.locator('.report-form').count(), 0, 'a submitted report is no longer a form');

  // The lead partner sees it waiting and approves it.
  const lead = await signedIn(LEAD);
  const l = lead.page;
  await l.goto(`${server.base}/en/monitoring`);
  assert.match(await mainText(l), /submitted reports? waits? for the lead partner/);
  await sweep(l, [['monitoring-report-review', reportPath.replace(/^\/en/, '')]], ['en']);
  await l.goto(`${server.base}${reportPath}`);
  await l.fill('#review-note', 'Thank you: clear and complete.');
  await submit(l, 'button[name=decision][value=approve]');
  assert.match(await mainText(l), /The report is approved; the activities' progress is applied\./);
  assert.match(await mainText(l), /An approved report is kept as it is/);

  // The matrix shows the activity's progress from the report, with its light in words.
  for (const suffix of ['/monitoring/workplan', '/monitoring/workplan?columns=periods']) {
    await l.goto(`${server.base}/en${suffix}`);
    const entry = l.locator('.matrix a.light-entry', { hasText: code }).first();
    assert.match((await entry.textContent()).replace(/\s+/g, ' '), new RegExp(`${progress} %`), suffix);
    assert.match(await entry.textContent(), /On track|Needs attention|Late|Not active/);
  }
  await l.locator('.matrix a.light-entry', { hasText: code }).first().click();
  await l.waitForLoadState();
  assert.match(await mainText(l), new RegExp(`Progress ${progress} %`));

  // The budgets show the expense with its euro amount fixed at submission.
  await l.goto(`${server.base}/en/monitoring/budgets?period=${PERIOD}`);
  const fixedRow = l.locator('tr', { hasText: expense });
  const fixedText = (await fixedRow.textContent()).replace(/\s+/g, ' ');
  assert.match(fixedText, /1,234\.50 €/);
  assert.match(fixedText, /fixed/);
  assert.match(fixedText, /Not verified yet/);
  // Warnings, when there are any, are words, not colours only.
  assert.match(await l.textContent('section[aria-labelledby=warnings-heading]'), /plan/);

  // A first-level controller verifies it; the budgets count it as verified.
  const controller = await signedIn(CONTROLLER, { javaScriptEnabled: false });
  await controller.page.goto(`${server.base}/en/monitoring/budgets?period=${PERIOD}`);
  const row = controller.page.locator('tr', { hasText: expense });
  await row.locator('select[name=verification]').selectOption('verified');
  await row.locator('input[name=verified_euro]').fill('1234.50');
  await Promise.all([controller.page.waitForNavigation(), row.locator('button[type=submit]').click()]);
  assert.match(await mainText(controller.page), /The verification is recorded\./);
  assert.match(await controller.page.locator('tr', { hasText: expense }).textContent(), /Verified/);
  await controller.context.close();

  // Every page type of the monitoring as the lead partner sees it, in every language and width.
  await l.goto(`${server.base}/en/monitoring/workplan`);
  const activityPath = new URL(await l.locator('.matrix a.light-entry').first().getAttribute('href'), server.base).pathname;
  await sweep(l, [
    ['monitoring-dashboard', '/monitoring'],
    ['monitoring-workplan', '/monitoring/workplan'],
    ['monitoring-activity', activityPath.replace(/^\/en/, '')],
    ['monitoring-timeline', '/monitoring/timeline'],
    ['monitoring-reports', '/monitoring/reports'],
    ['monitoring-report-approved', reportPath.replace(/^\/en/, '')],
    ['monitoring-budgets', '/monitoring/budgets'],
    ['monitoring-changes', '/monitoring/changes'],
    ['monitoring-periods', '/monitoring/periods'],
    ['area-work-plan', '/areas/WG1'],
  ]);
  await sweep(l, [['monitoring-workplan-periods', '/monitoring/workplan?columns=periods']], ['en']);
  await lead.context.close();
  await partner.context.close();
});
