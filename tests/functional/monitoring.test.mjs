// The partnership's monitoring end to end through the API on the real server and database:
// reporting periods, the work plan and its matrix, activities and their progress, a partner's
// progress report (write, attach, submit, returned, approved), budgets (planned amounts, rates
// in JSON and CSV, spending added, changed, deleted and verified by a controller, the euro
// amount fixed at submission), baselines and change requests, project indicators' targets,
// the dashboard and the period's workbook; the refusals of the issue (each a problem, nothing
// stored); who may see and do what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows } from '../support/browser.mjs';
import { XLSX, person, anonymous, step } from '../support/assessment.mjs';
import { MEMBERS, makeController, periods, currentPeriod, refused } from '../support/monitoring.mjs';
import { newInstallation } from '../support/openapi_examples.mjs';
import { pdfSaying } from '../support/files.mjs';
import { sheetNames, readSheet } from '../support/xlsx.mjs';

let server;
let lead, partner, albania, stakeholder, controller, visitor;
let dates, current, today;
before(async () => {
  server = await startServer();
  makeController(server);
  // The Danube agency reports in the tests: the demo has no report of it for the current period.
  [lead, partner, albania, stakeholder, controller] = await Promise.all(
    [MEMBERS.lead, MEMBERS.danube, MEMBERS.albania, MEMBERS.stakeholder, MEMBERS.controller].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
  dates = await periods(lead);
  ({ period: current, today } = currentPeriod(dates));
  assert.ok(current, `today ${today} lies in a reporting period`);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const month = () => today.slice(0, 7);
// A payment inside the current period, on or before today.
const paid = () => (current.starts > today ? current.starts : today);
function spendingInput(more = {}) {
  return { category: 'travel', period: current.number, date: paid(), description: 'Train tickets to the Sofia workshop',
    amount: 450.5, currency: 'UAH', vat: 0, invoice_number: 'F-1021', invoice_date: paid(), payment_date: paid(),
    procurement_reference: '', cofinancing: 'ERDF', document: '', ...more };
}

test('reporting periods: members read them, the lead partner sets them, overlapping ones are refused', async () => {
  assert.equal((await step(partner, 'GET', '/api/v1/periods')).periods.length, 6);
  refused(await stakeholder.call('GET', '/api/v1/periods'), 404);
  assert.ok([401, 404].includes((await visitor.call('GET', '/api/v1/periods')).status));
  // Periods 2 and 3 overlapping: refused, nothing changed.
  const overlapping = dates.map((p) => (p.number === 3 ? { ...p, starts: dates[1].ends } : p));
  refused(await lead.call('PUT', '/api/v1/periods', { periods: overlapping }), [400, 422], { detail: /overlap/ });
  refused(await partner.call('PUT', '/api/v1/periods', { periods: dates }), 403);
  assert.deepEqual((await step(lead, 'GET', '/api/v1/periods')).periods, dates);
  // Saving them as they are is allowed.
  assert.deepEqual((await step(lead, 'PUT', '/api/v1/periods', { periods: dates })).periods, dates);
});

test('the work plan: activities, their progress, the matrix and the baseline with its change requests', async () => {
  const plan = await step(partner, 'GET', '/api/v1/workplan?lang=ro');
  assert.ok(Array.isArray(plan.activities));
  assert.equal(plan.activities.length, plan.activities.filter((a) => ['grey', 'green', 'amber', 'red'].includes(a.light)).length);
  assert.ok(plan.baseline.work_plan_version >= 1, "the demo's work plan is approved");
  // The responsible partner updates an activity's status and progress; another partner may not.
  const activity = plan.activities.find((a) => a.responsible.some((r) => r.id === partner.organisation) && a.status !== 'done');
  assert.ok(activity, 'the partner is responsible for an activity');
  const updated = await step(partner, 'POST', `/api/v1/workplan/activities/${activity.id}/progress`, { status: 'at_risk', progress: 35, status_note: 'A partner left the consortium.' });
  assert.equal(updated.status, 'at_risk');
  refused(await albania.call('POST', `/api/v1/workplan/activities/${activity.id}/progress`, { status: 'done', progress: 100, status_note: '' }), 403);
  const matrix = await step(partner, 'GET', '/api/v1/workplan/matrix?columns=periods');
  const entries = matrix.rows.flatMap((r) => r.cells.flat()).filter((e) => e.id === activity.id);
  assert.ok(entries.length > 0 && entries.every((e) => e.progress === 35 && e.light === 'amber'), JSON.stringify(entries));
  // Due dates change through a change request on the approved plan, decided by the lead partner.
  const later = dates[Math.min(5, Math.max(...activity.periods))];
  const change = await step(partner, 'POST', '/api/v1/plan-changes', { part: 'work_plan', reason: 'The launch moves on.',
    activities: [{ activity: activity.code, due: later.ends, periods: [...new Set([...activity.periods, later.number])].sort() }], amounts: [] }, 201);
  assert.equal(change.status, 'requested');
  refused(await lead.call('POST', '/api/v1/plan-changes', { part: 'work_plan', reason: '', activities: [], amounts: [] }), [400, 422]);
  refused(await partner.call('POST', `${change.href}/decision`, { decision: 'approve', note: '' }), 403);
  refused(await lead.call('POST', `${change.href}/decision`, { decision: 'reject', note: '' }), 422);
  const decided = await step(lead, 'POST', `${change.href}/decision`, { decision: 'approve', note: 'Agreed.' });
  assert.equal(decided.status, 'approved');
  refused(await lead.call('POST', `${change.href}/decision`, { decision: 'approve', note: '' }), 409);
  const moved = await step(partner, 'GET', `/api/v1/workplan/activities/${activity.id}`);
  assert.equal(moved.due, later.ends);
  assert.equal(moved.original_due, activity.original_due || activity.due, 'the approved date stays visible');
  assert.ok((await step(partner, 'GET', '/api/v1/plan-changes')).items.some((c) => c.id === change.id && c.status === 'approved'));
});

test('a partner writes, submits and corrects its report; the lead partner returns and approves it; spending is fixed and verified', async () => {
  // Rates: entered as JSON and as a CSV file; a bad row names its line.
  await step(lead, 'PUT', '/api/v1/budgets/rates', { rates: [{ currency: 'HUF', month: month(), per_euro: 395.2 }] });
  refused(await lead.call('PUT', '/api/v1/budgets/rates', { rates: [{ currency: 'XYZ', month: month(), per_euro: 1 }] }), [400, 422], { parameter: /rates\.0/ });
  refused(await partner.call('PUT', '/api/v1/budgets/rates', { rates: [] }), 403);

  // Spending: added, changed, deleted; a negative amount is refused.
  const entry = await step(partner, 'POST', '/api/v1/budgets/spending', spendingInput(), 201);
  assert.equal(entry.partner, partner.organisation);
  assert.equal(entry.currency, 'UAH');
  assert.equal(entry.euro, null, 'not fixed before the report is submitted');
  refused(await partner.call('POST', '/api/v1/budgets/spending', spendingInput({ amount: -20 })), [400, 422], { detail: /negative/ });
  refused(await partner.call('POST', '/api/v1/budgets/spending', spendingInput({ currency: 'GBP' })), [400, 422]);
  refused(await albania.call('PUT', entry.href, spendingInput()), 403);
  const changed = await step(partner, 'PUT', entry.href, spendingInput({ amount: 497, vat: 79.35 }));
  assert.equal(changed.amount, 497);
  const spare = await step(partner, 'POST', '/api/v1/budgets/spending', spendingInput({ description: 'Entered twice', category: 'office' }), 201);
  assert.equal((await partner.call('DELETE', spare.href)).status, 204);
  let budget = await step(partner, `GET`, `/api/v1/budgets?partner=${partner.organisation}&period=${current.number}`);
  assert.ok(budget.spending.some((s) => s.id === entry.id && s.amount === 497));
  assert.ok(!budget.spending.some((s) => s.id === spare.id));
  // A file attached to the entry.
  const attached = await partner.call('POST', `${entry.href}/attachment?file_name=invoice.pdf`, undefined, { type: 'application/pdf', bytes: pdfSaying('Invoice F-1021') });
  assert.equal(attached.status, 200, JSON.stringify(attached.body));
  assert.equal(attached.body.attachment.name, 'invoice.pdf');

  // The report: written, a file attached, submitted.
  const existing = await step(partner, 'GET', `/api/v1/reports?period=${current.number}&partner=${partner.organisation}`);
  assert.deepEqual(existing.items, []);
  let report = await step(partner, 'POST', '/api/v1/reports', { period: current.number, activities_done: 'Two WG meetings.', outputs: 'Minutes',
    problems: '', next_steps: 'The regional workshop.', activities: [] }, 201);
  assert.equal(report.status, 'draft');
  assert.equal(report.partner, partner.organisation);
  refused(await albania.call('PUT', report.href, { revision: report.revision, period: current.number, activities_done: 'Not mine.' }), 403);
  report = await step(partner, 'PUT', report.href, { revision: report.revision, period: current.number, activities_done: 'Two WG meetings and a workshop.',
    outputs: 'Minutes', problems: 'None', next_steps: 'The regional workshop.', activities: [] });
  refused(await partner.call('PUT', report.href, { revision: report.revision - 1, period: current.number, activities_done: 'Stale.' }), 409);
  const withFile = await partner.call('POST', `${report.href}/attachments?revision=${report.revision}&file_name=minutes.pdf`, undefined,
    { type: 'application/pdf', bytes: pdfSaying('Minutes of the meeting') });
  assert.equal(withFile.status, 201, JSON.stringify(withFile.body));
  report = withFile.body;
  assert.equal(report.attachments[0].name, 'minutes.pdf');
  const file = await partner.call('GET', `/api/v1/monitoring/files/${report.attachments[0].sha256}`, undefined, { raw: true });
  assert.equal(file.status, 200);
  assert.equal(file.bytes.subarray(0, 5).toString(), '%PDF-');

  // Submitting fixes the euro amounts at the rate of the submission month: without a UAH rate
  // for it, the submission is refused and nothing changes.
  refused(await partner.call('POST', `${report.href}/submit`, { revision: report.revision }), 422, { detail: new RegExp(`UAH in ${month()}`) });
  assert.equal((await step(partner, 'GET', report.href)).status, 'draft');
  const rates = await lead.call('PUT', '/api/v1/budgets/rates.csv', undefined, { type: 'text/csv', bytes: Buffer.from(`currency,month,per_euro\r\nUAH,${month()},48.5\r\n`) });
  assert.equal(rates.status, 200, JSON.stringify(rates.body));
  assert.ok(rates.body.rates.some((r) => r.currency === 'UAH' && r.month === month() && r.per_euro === 48.5));
  refused(await lead.call('PUT', '/api/v1/budgets/rates.csv', undefined, { type: 'text/csv', bytes: Buffer.from(`currency,month,per_euro\r\nUAH,${month()},-1\r\n`) }), [400, 422]);
  assert.equal((await step(lead, 'GET', '/api/v1/budgets/rates')).rates.find((r) => r.currency === 'UAH' && r.month === month()).per_euro, 48.5);
  report = await step(partner, 'POST', `${report.href}/submit`, { revision: report.revision });
  assert.equal(report.status, 'submitted');
  budget = await step(partner, 'GET', `/api/v1/budgets?partner=${partner.organisation}&period=${current.number}`);
  const fixed = budget.spending.find((s) => s.id === entry.id);
  assert.equal(fixed.rate, 48.5);
  assert.equal(fixed.euro, Math.round(49700 / 48.5) / 100);
  // Spending of a submitted period is not changed any more.
  assert.ok([409, 422].includes((await partner.call('PUT', entry.href, spendingInput({ amount: 1 }))).status));
  assert.ok([409, 422].includes((await partner.call('POST', '/api/v1/budgets/spending', spendingInput())).status));

  // The lead partner returns it with a note; the partner corrects and submits it again.
  refused(await partner.call('POST', `${report.href}/return`, { revision: report.revision, note: 'Mine' }), 403);
  refused(await lead.call('POST', `${report.href}/return`, { revision: report.revision, note: '' }), 422);
  report = await step(lead, 'POST', `${report.href}/return`, { revision: report.revision, note: 'Please add the workshop minutes.' });
  assert.equal(report.status, 'returned');
  assert.equal(report.review_note, 'Please add the workshop minutes.');
  report = await step(partner, 'PUT', report.href, { revision: report.revision, period: current.number, activities_done: 'Two WG meetings and a workshop (minutes attached).',
    outputs: 'Minutes', problems: 'None', next_steps: 'The regional workshop.', activities: [] });
  report = await step(partner, 'POST', `${report.href}/submit`, { revision: report.revision });
  const overview = await step(lead, 'GET', '/api/v1/reports/overview');
  const row = overview.rows.find((r) => r.partner.id === partner.organisation);
  assert.equal(row.by_period[current.number - 1].status, 'submitted');
  const waiting = (await step(lead, 'GET', '/api/v1/monitoring/dashboard')).reports_waiting;
  assert.ok(waiting >= 1);
  report = await step(lead, 'POST', `${report.href}/approve`, { revision: report.revision, note: '' });
  assert.equal(report.status, 'approved');
  assert.equal((await step(lead, 'GET', '/api/v1/monitoring/dashboard')).reports_waiting, waiting - 1);

  // An approved report is never changed.
  const approved = report;
  refused(await partner.call('PUT', report.href, { revision: report.revision, period: current.number, activities_done: 'Rewritten.' }), 409, { detail: /approved report/ });
  refused(await partner.call('POST', `${report.href}/attachments?revision=${report.revision}&file_name=late.pdf`, undefined, { type: 'application/pdf', bytes: pdfSaying('Late') }), 409);
  assert.deepEqual(await step(partner, 'GET', report.href), approved);

  // The controller verifies the fixed entry; a partner may not.
  refused(await partner.call('POST', `${entry.href}/verification`, { verification: 'verified' }), 403);
  refused(await controller.call('POST', `${entry.href}/verification`, { verification: 'ineligible', controller_note: '' }), [400, 422]);
  const verified = await step(controller, 'POST', `${entry.href}/verification`, { verification: 'verified', controller_note: 'Invoice and payment checked.' });
  assert.equal(verified.verification, 'verified');
  assert.equal(verified.verified_euro, verified.euro);
  // Every step is in the audit log, against the report and the entry.
  const browser = new Browser(server.base);
  await browser.signIn(MEMBERS.admin);
  const audit = auditRows((await browser.get('/en/admin/audit')).html);
  for (const [target, actions] of [[`report:${report.id}`, ['monitoring.report_saved', 'monitoring.attachment_added', 'monitoring.report_submitted', 'monitoring.report_returned', 'monitoring.report_approved']],
    [`spending:${entry.id}`, ['monitoring.spending_added', 'monitoring.spending_changed', 'monitoring.spending_verified']]])
    for (const action of actions)
      assert.ok(audit.some((e) => e.target === target && e.action === action), `${action} on ${target}: ${audit.filter((e) => e.target === target).map((e) => e.action)}`);
  const checked = await step(controller, 'GET', `/api/v1/budgets?verification=verified&partner=${partner.organisation}`);
  assert.ok(checked.spending.some((s) => s.id === entry.id));
  assert.ok(checked.total.verified >= verified.euro);
});

test('planned budgets, the budget baseline and its change requests, targets, the dashboard and the workbook', async () => {
  let budget = await step(lead, 'GET', '/api/v1/budgets');
  assert.ok(budget.baseline.budget_version >= 1, "the demo's budget is approved");
  const cell = budget.planned.find((a) => a.partner === partner.organisation) ?? budget.planned[0];
  // Once approved, planned amounts change through a change request only.
  assert.ok([409, 422].includes((await lead.call('PUT', '/api/v1/budgets/planned', { amounts: [{ ...cell, euro: cell.euro + 1 }] })).status));
  const change = await step(partner, 'POST', '/api/v1/plan-changes', { part: 'budget', reason: 'More travel to the workshops.',
    activities: [], amounts: [{ partner: cell.partner, category: cell.category, period: cell.period, euro: cell.euro + 300 }] }, 201);
  const decided = await step(lead, 'POST', `${change.href}/decision`, { decision: 'approve', note: '' });
  assert.equal(decided.status, 'approved');
  budget = await step(lead, 'GET', '/api/v1/budgets');
  const now = budget.planned.find((a) => a.partner === cell.partner && a.category === cell.category && a.period === cell.period);
  assert.equal(now.euro, cell.euro + 300);
  assert.equal(now.original_euro, cell.original_euro ?? cell.euro, 'the approved amount stays visible');
  assert.ok(budget.by_partner.length > 0);
  assert.ok(['on_plan', 'ahead', 'behind', 'no_plan'].includes(budget.by_partner[0].pace));

  // Project indicators' targets with their programme codes; the dashboard shows them.
  const targets = await step(lead, 'PUT', '/api/v1/monitoring/indicators', { targets: [{ measured: 'practices_published', target: 60, programme_code: 'RCO 87' }] });
  assert.ok(targets.targets.some((t) => t.measured === 'practices_published' && t.target === 60 && t.programme_code === 'RCO 87'));
  refused(await partner.call('PUT', '/api/v1/monitoring/indicators', { targets: [] }), 403);
  refused(await lead.call('PUT', '/api/v1/monitoring/indicators', { targets: [{ measured: 'sunshine', target: 1, programme_code: '' }] }), 400);
  const dashboard = await step(partner, 'GET', '/api/v1/monitoring/dashboard');
  const practices = dashboard.indicators.find((i) => i.measured === 'practices_published');
  assert.equal(practices.target, 60);
  assert.ok(practices.value > 0, 'computed from the platform');
  assert.ok(dashboard.activity_lights.length > 0);
  assert.equal(dashboard.current_period, current.number);

  // The period's workbook: one sheet per part.
  const workbook = await lead.call('GET', `/api/v1/monitoring/periods/${current.number}/workbook.xlsx?lang=ro`, undefined, { raw: true });
  assert.equal(workbook.status, 200);
  assert.equal(workbook.res.headers.get('content-type'), XLSX);
  assert.deepEqual(sheetNames(workbook.bytes), ['activities', 'indicators', 'budget', 'spending', 'reports']);
  assert.ok(readSheet(workbook.bytes).length > 1, 'the activities of the period');
  assert.equal((await lead.call('GET', '/api/v1/monitoring/periods/7/workbook.xlsx')).status, 404);
});

test('stakeholders and visitors do not see the monitoring; writes need the right role', async () => {
  for (const path of ['/api/v1/workplan', '/api/v1/workplan/matrix', '/api/v1/reports', '/api/v1/reports/overview', '/api/v1/budgets',
    '/api/v1/budgets/rates', '/api/v1/plan-changes', '/api/v1/monitoring/indicators', '/api/v1/monitoring/dashboard']) {
    refused(await stakeholder.call('GET', path), 404);
    assert.ok([401, 404].includes((await visitor.call('GET', path)).status), path);
    assert.equal((await controller.call('GET', path)).status, 200, path);
  }
  assert.equal((await stakeholder.call('GET', `/api/v1/monitoring/periods/${current.number}/workbook.xlsx`)).status, 404);
  // Writes: sign in first; a stakeholder and a controller write no reports or spending.
  refused(await visitor.call('POST', '/api/v1/reports', { period: current.number }), 401);
  assert.ok([403, 404].includes((await stakeholder.call('POST', '/api/v1/budgets/spending', spendingInput())).status));
  refused(await controller.call('POST', '/api/v1/reports', { period: current.number, activities_done: '' }), 403);
  refused(await albania.call('POST', '/api/v1/reports', { partner: partner.organisation, period: current.number }), 403);
  refused(await albania.call('POST', '/api/v1/workplan/approve'), 403);
  refused(await albania.call('POST', '/api/v1/budgets/approve'), 403);
  // A browser call that changes data needs the session's form token.
  refused(await lead.call('PUT', '/api/v1/periods', { periods: dates }, { csrf: '' }), 403);
});

test('a new installation starts with the shipped work plan as a draft: activities are added, changed and deleted until it is approved', async () => {
  const fresh = await startServer({ demo: false });
  try {
    const { admin: lead, partners: [{ id: organisation, member: partner }, { member: albania }] } = await newInstallation(fresh, ['first-partner', 'second-partner']);
    const dates = await periods(lead);
    const { period: current } = currentPeriod(dates);
    const plan = await step(partner, 'GET', '/api/v1/workplan');
    assert.equal(plan.baseline.work_plan_version, 0);
    assert.ok(plan.activities.length > 10, 'the shipped activities');
    partner.organisation = organisation;
    // Before approval the lead partner adds and deletes activities.
    const input = { code: 'T-API-1', kind: 'deliverable', texts: [{ language: 'en', title: 'Guide to cluster vouchers', description: '' }],
      areas: ['WG4'], phase: 'learning', responsible: [partner.organisation], periods: [current.number], due: current.ends,
      status: 'not_started', progress: 0, status_note: '' };
    refused(await partner.call('POST', '/api/v1/workplan/activities', input), 403);
    const made = await step(lead, 'POST', '/api/v1/workplan/activities', input, 201);
    assert.equal(made.code, 'T-API-1');
    refused(await lead.call('POST', '/api/v1/workplan/activities', input), 409);
    const changed = await step(lead, 'PUT', made.href, { ...input, texts: [{ language: 'en', title: 'A guide to cluster vouchers', description: '' }] });
    assert.equal(changed.title, 'A guide to cluster vouchers');
    const spare = await step(lead, 'POST', '/api/v1/workplan/activities', { ...input, code: 'T-API-2' }, 201);
    assert.equal((await lead.call('DELETE', spare.href)).status, 204);
    assert.equal((await lead.call('GET', spare.href)).status, 404);
    // The responsible partner updates its status and progress.
    const updated = await step(partner, 'POST', `${made.href}/progress`, { status: 'on_track', progress: 40, status_note: 'Draft sent.' });
    assert.equal(updated.progress, 40);
    refused(await albania.call('POST', `${made.href}/progress`, { status: 'done', progress: 100, status_note: '' }), 403);
    refused(await partner.call('POST', `${made.href}/progress`, { status: 'on_track', progress: 140, status_note: '' }), [400, 422]);
    // The matrix shows it in its area and phase, with its light.
    const matrix = await step(partner, 'GET', '/api/v1/workplan/matrix?columns=phases&area=WG4');
    const column = matrix.columns.indexOf('learning');
    assert.ok(matrix.rows.find((r) => r.area === 'WG4').cells[column].some((e) => e.code === 'T-API-1'), JSON.stringify(matrix));
    const byPeriod = await step(partner, 'GET', '/api/v1/workplan/matrix?columns=periods');
    assert.equal(byPeriod.columns_kind, 'periods');
    refused(await partner.call('GET', '/api/v1/workplan/matrix?columns=rows'), 400, { parameter: 'columns' });
    // The lead partner approves the work plan; then activities are neither added nor deleted.
    refused(await partner.call('POST', '/api/v1/workplan/approve'), 403);
    const baseline = await step(lead, 'POST', '/api/v1/workplan/approve');
    assert.equal(baseline.work_plan_version, 1);
    refused(await lead.call('POST', '/api/v1/workplan/activities', { ...input, code: 'T-API-3' }), 409);
    assert.equal((await step(partner, 'GET', '/api/v1/workplan')).baseline.work_plan_version, 1);

    // The budget: planned amounts until the lead partner approves it.
    const planned = await step(lead, 'PUT', '/api/v1/budgets/planned', { amounts: [
      { partner: partner.organisation, category: 'travel', period: current.number, euro: 1200 },
      { partner: partner.organisation, category: 'staff', period: current.number, euro: 8000.5 }] });
    assert.ok(planned.amounts.some((a) => a.partner === partner.organisation && a.category === 'staff' && a.euro === 8000.5));
    refused(await partner.call('PUT', '/api/v1/budgets/planned', { amounts: [] }), 403);
    refused(await lead.call('PUT', '/api/v1/budgets/planned', { amounts: [{ partner: partner.organisation, category: 'travel', period: current.number, euro: -5 }] }), [400, 422]);
    assert.equal((await step(lead, 'POST', '/api/v1/budgets/approve')).budget_version, 1);
    assert.equal((await step(lead, 'GET', '/api/v1/budgets')).baseline.budget_version, 1);
  } finally {
    await fresh.stop();
  }
});
