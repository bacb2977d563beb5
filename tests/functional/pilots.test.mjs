// Pilots end to end through the API on the real server and database: a pilot opened by a
// partner's staff, its logframe and indicators, values recorded per reporting period (JSON,
// CSV and XLSX in the same format, round trip), milestones and risks, the lead partner's
// approval of the baseline and a modification, an evaluation, the comparative evaluation and
// the knowledge item it tested; the refusals of the issue (each a problem, nothing stored);
// who may see and do what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows } from '../support/browser.mjs';
import { XLSX, person, anonymous, step } from '../support/assessment.mjs';
import { MEMBERS, periods, refused } from '../support/monitoring.mjs';
import { parseCsv, writeCsv } from '../support/csv.mjs';
import { readSheet, writeWorkbook } from '../support/xlsx.mjs';

let server;
let ilfov, albania, danube, lead, evaluator, stakeholder, visitor;
let dates;  // the reporting periods
let item;   // a published knowledge item the pilot transfers
before(async () => {
  server = await startServer();
  [ilfov, albania, danube, lead, evaluator, stakeholder] = await Promise.all(
    [MEMBERS.ilfov, MEMBERS.albania, MEMBERS.danube, MEMBERS.lead, MEMBERS.evaluator, MEMBERS.stakeholder].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
  dates = await periods(lead);
  const found = await visitor.call('GET', '/api/v1/knowledge?limit=5');
  item = found.body.items[0];
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

// A pilot of Ilfov with Albania taking part, running over periods 1–3.
function pilotInput(more = {}) {
  return {
    texts: [{ language: 'en', title: 'Cluster vouchers for rural SMEs', summary: 'Vouchers for cluster services.', description: 'Tested in Ilfov.', objectives: 'Bring SMEs into clusters.' },
      { language: 'ro', title: 'Vouchere de cluster pentru IMM-uri rurale', summary: '', description: '', objectives: '' }],
    original_language: 'en', participants: [albania.organisation], regions: ['RO32'], areas: ['WG4'],
    transfers: [], need: null, status: 'running', starts: dates[0].starts, ends: dates[2].ends, budget: 150000.5, ...more,
  };
}
const LOGFRAME = [
  { level: 'overall_objective', code: 'OO', parent: null, text: 'Rural SMEs take part in clusters.', assumptions: '' },
  { level: 'specific_objective', code: 'SO1', parent: 'OO', text: 'SMEs use cluster services.', assumptions: 'Vouchers are paid on time.' },
  { level: 'result', code: 'R1.1', parent: 'SO1', text: 'Vouchers granted.', assumptions: '' },
];
const COMPANIES = { code: 'I1', name: 'SMEs using a cluster service', kind: 'output', unit: 'companies', direction: 'higher_is_better',
  baseline: { value: 5, date: '2026-01-01' }, target: { value: 40, date: '2027-06-30' }, source: 'Voucher register', logframe: 'SO1' };
const DAYS = { code: 'I2', name: 'Days to join a cluster', kind: 'result', unit: 'days', direction: 'lower_is_better',
  baseline: { value: 30, date: '2026-01-01' }, target: { value: 10, date: '2027-06-30' }, source: 'Cluster survey', logframe: 'SO1' };

// A pilot with a logframe and the two indicators, as the Ilfov team makes it.
async function pilotWithIndicators(more = {}) {
  let p = await step(ilfov, 'POST', '/api/v1/pilots', pilotInput(more), 201);
  p = await step(ilfov, 'PUT', `${p.href}/logframe`, { revision: p.revision, logframe: LOGFRAME });
  p = await step(ilfov, 'POST', `${p.href}/indicators`, { revision: p.revision, ...COMPANIES }, 201);
  p = await step(ilfov, 'POST', `${p.href}/indicators`, { revision: p.revision, ...DAYS }, 201);
  return p;
}
const values = (p) => Object.fromEntries(p.indicators.flatMap((i) => i.values.map((v) => [`${i.code}/${v.period}`, v.value])));

test('a partner opens a pilot, writes its logframe and indicators, and the participants record values', async () => {
  let p = await step(ilfov, 'POST', '/api/v1/pilots', pilotInput({ transfers: item ? [{ item: item.id }] : [] }), 201);
  assert.equal(p.revision, 1);
  assert.equal(p.lead, ilfov.organisation);
  assert.deepEqual(p.participants, [albania.organisation]);
  assert.equal(p.budget, 150000.5);
  assert.equal(p.baseline_version, 0);
  assert.equal(p.may.edit, true);
  assert.equal((await ilfov.call('GET', `${p.href}?lang=ro`)).body.title, 'Vouchere de cluster pentru IMM-uri rurale');

  p = await step(ilfov, 'PUT', `${p.href}/logframe`, { revision: p.revision, logframe: LOGFRAME });
  assert.deepEqual(p.logframe.map((e) => e.code), ['OO', 'SO1', 'R1.1']);
  p = await step(ilfov, 'POST', `${p.href}/indicators`, { revision: p.revision, ...COMPANIES }, 201);
  p = await step(ilfov, 'POST', `${p.href}/indicators`, { revision: p.revision, ...DAYS }, 201);
  const list = await step(ilfov, 'GET', `${p.href}/indicators`);
  assert.deepEqual(list.items.map((i) => [i.code, i.unit, i.direction]), [['I1', 'companies', 'higher_is_better'], ['I2', 'days', 'lower_is_better']]);

  // A participant's staff records the values of period 1; the lead's staff those of period 2.
  p = await step(albania, 'POST', `${p.href}/values`, { revision: p.revision, values: [
    { indicator: 'I1', period: 1, value: 12, evidence: 'https://example.org/register.pdf', comment: 'First call' },
    { indicator: 'I2', period: 1, value: 25, evidence: '', comment: '' }] });
  p = await step(ilfov, 'POST', `${p.href}/values`, { revision: p.revision, values: [{ indicator: 'I1', period: 2, value: 22.0, evidence: '', comment: '' }] });
  assert.deepEqual(values(p), { 'I1/1': 12, 'I1/2': 22, 'I2/1': 25 });
  const i1 = p.indicators.find((i) => i.code === 'I1');
  assert.equal(i1.progress.period, 2);
  assert.ok(Math.abs(i1.progress.ratio - (22 - 5) / (40 - 5)) < 1e-9, JSON.stringify(i1.progress));
  const i2 = p.indicators.find((i) => i.code === 'I2');
  assert.ok(Math.abs(i2.progress.ratio - (30 - 25) / (30 - 10)) < 1e-9, 'lower is better counts the way down');
  assert.equal(p.achievement.judged, 2);

  // Milestones and risks: added, changed, deleted.
  p = await step(albania, 'POST', `${p.href}/milestones`, { revision: p.revision, title: 'First call closed', due: dates[0].ends, status: 'open', reached_on: '', note: '' }, 201);
  const milestone = p.milestones[0];
  p = await step(ilfov, 'PUT', `${p.href}/milestones/${milestone.id}`, { revision: p.revision, title: 'First call closed', due: dates[0].ends, status: 'reached', reached_on: dates[0].ends, note: '14 applications' });
  assert.equal(p.milestones[0].status, 'reached');
  p = await step(ilfov, 'POST', `${p.href}/risks`, { revision: p.revision, description: 'Few SMEs apply', likelihood: 'medium', impact: 'high', mitigation: 'Information days', status: 'open' }, 201);
  p = await step(ilfov, 'POST', `${p.href}/risks`, { revision: p.revision, description: 'Late payments', likelihood: 'low', impact: 'medium', mitigation: '', status: 'open' }, 201);
  const [first, second] = p.risks;
  p = await step(ilfov, 'PUT', `${p.href}/risks/${first.id}`, { revision: p.revision, description: 'Few SMEs apply', likelihood: 'low', impact: 'high', mitigation: 'Information days', status: 'closed' });
  p = await step(ilfov, 'DELETE', `${p.href}/risks/${second.id}?revision=${p.revision}`);
  assert.deepEqual(p.risks.map((r) => [r.description, r.status]), [['Few SMEs apply', 'closed']]);
  p = await step(ilfov, 'POST', `${p.href}/milestones`, { revision: p.revision, title: 'To drop', due: dates[1].ends, status: 'open', reached_on: '', note: '' }, 201);
  p = await step(ilfov, 'DELETE', `${p.href}/milestones/${p.milestones.find((m) => m.title === 'To drop').id}?revision=${p.revision}`);
  assert.deepEqual(p.milestones.map((m) => m.title), ['First call closed']);

  // Risks are the members' business.
  const seen = await step(visitor, 'GET', p.href);
  assert.deepEqual(seen.risks, []);
  assert.equal(seen.may.edit, false);

  // The lead partner approves the baseline; the lead's staff may not.
  refused(await ilfov.call('POST', `${p.href}/approve`, { revision: p.revision }), 403);
  p = await step(lead, 'POST', `${p.href}/approve`, { revision: p.revision });
  assert.equal(p.baseline_version, 1);
  assert.ok(p.baseline_approved_at);

  // After approval the budget changes only through a modification request.
  const changed = await ilfov.call('PUT', p.href, { revision: p.revision, ...pilotInput({ budget: 200000 }) });
  assert.ok(changed.status === 409 || changed.status === 422, JSON.stringify(changed.body));
  assert.equal((await step(ilfov, 'GET', p.href)).budget, 150000.5);
  p = await step(ilfov, 'POST', `${p.href}/modifications`, { revision: p.revision, reason: 'The second call drew more SMEs.',
    targets: [{ indicator: 'I1', target: { value: 60, date: '2027-06-30' } }], budget: null, ends: null, logframe: null }, 201);
  const modification = p.modifications.at(-1);
  assert.equal(modification.status, 'requested');
  refused(await lead.call('POST', `${p.href}/modifications/${modification.id}/decision`, { revision: p.revision, decision: 'reject', note: '' }), 422);
  refused(await lead.call('POST', `${p.href}/modifications/${modification.id}/decision`, { revision: p.revision, decision: 'maybe' }), 400, { parameter: 'decision' });
  p = await step(lead, 'POST', `${p.href}/modifications/${modification.id}/decision`, { revision: p.revision, decision: 'approve', note: 'Agreed in the SC.' });
  const target = p.indicators.find((i) => i.code === 'I1');
  assert.equal(target.target.value, 60);
  assert.equal(target.original_target.value, 40, 'the original target stays visible beside the new one');
  assert.equal(p.baseline_version, 2);

  // The scientific-technical committee evaluates it at mid-term; a partner may not.
  const evaluation = { scores: ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'].map((criterion) => ({ criterion, score: 4, narrative: '' })),
    lessons: 'Vouchers work where a cluster manager visits the SMEs.', result: '22 SMEs use a cluster service.' };
  refused(await danube.call('PUT', `${p.href}/evaluations/mid_term`, { revision: p.revision, ...evaluation }), 403);
  p = await step(evaluator, 'PUT', `${p.href}/evaluations/mid_term`, { revision: p.revision, ...evaluation });
  assert.equal(p.evaluations[0].stage, 'mid_term');
  assert.equal((await evaluator.call('PUT', `${p.href}/evaluations/later`, { revision: p.revision, ...evaluation })).status, 404);

  // The comparative evaluation and the list show it with its achievement.
  const compared = await step(visitor, 'GET', '/api/v1/pilots/compare?area=WG4&status=running');
  const ranked = compared.ranked.find((c) => c.id === p.id);
  assert.ok(ranked, 'the pilot is ranked');
  assert.equal(ranked.achievement.judged, 2);
  assert.ok(compared.by_area.some((g) => g.key === 'WG4' && g.pilots.includes(p.id)));
  assert.ok(compared.periods.includes(1) && compared.periods.includes(2));
  assert.ok((await step(visitor, 'GET', '/api/v1/pilots?region=RO32')).items.some((c) => c.id === p.id));
  assert.ok(!(await step(visitor, 'GET', '/api/v1/pilots?status=completed')).items.some((c) => c.id === p.id));
  refused(await visitor.call('GET', '/api/v1/pilots?status=finished'), 400, { parameter: 'status' });
  refused(await visitor.call('GET', '/api/v1/pilots?colour=red'), 400, { parameter: 'colour' });

  // Every change is in the audit log, against the pilot.
  const browser = new Browser(server.base);
  await browser.signIn(MEMBERS.admin);
  const audit = auditRows((await browser.get('/en/admin/audit')).html).filter((e) => e.target === `pilot:${p.id}`);
  for (const action of ['pilot.created', 'pilot.logframe_saved', 'pilot.indicator_saved', 'pilot.values_recorded', 'pilot.milestone_saved',
    'pilot.risk_deleted', 'pilot.baseline_approved', 'pilot.modification_requested', 'pilot.modification_approved', 'pilot.evaluated'])
    assert.ok(audit.some((e) => e.action === action), `${action} in ${audit.map((e) => e.action)}`);

  // The knowledge item it transfers shows where it was tested.
  if (item) {
    const tested = await step(visitor, 'GET', `/api/v1/knowledge/${item.id}/pilots`);
    const line = tested.items.find((t) => t.pilot === p.id);
    assert.ok(line, JSON.stringify(tested));
    assert.deepEqual(line.regions, ['RO32']);
    assert.equal(line.result, '22 SMEs use a cluster service.');
    assert.equal(line.targets, 2);
  }
});

test('indicator values download as CSV and XLSX and come back in the same format', async () => {
  let p = await pilotWithIndicators();
  p = await step(ilfov, 'POST', `${p.href}/values`, { revision: p.revision, values: [
    { indicator: 'I1', period: 1, value: 12, evidence: 'https://example.org/register.pdf', comment: '-3 late, "urgent", see notes' },
    { indicator: 'I2', period: 1, value: 25, evidence: '', comment: '=SUM(A1)' }] });
  const before = values(p);

  // CSV: the download uploaded as it is changes nothing; an edited one records its values.
  const csv = await ilfov.call('GET', `${p.href}/values.csv`, undefined, { raw: true });
  assert.equal(csv.status, 200);
  assert.match(csv.res.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.res.headers.get('content-disposition'), /attachment; filename=".*\.csv"/);
  const rows = parseCsv(csv.bytes.toString('utf8'));
  assert.deepEqual(rows[0], ['indicator', 'name', 'unit', 'period', 'value', 'evidence', 'comment']);
  assert.equal(rows.length, 3, JSON.stringify(rows));
  let r = await ilfov.call('PUT', `${p.href}/values.csv?revision=${p.revision}`, undefined, { type: 'text/csv', bytes: csv.bytes });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  p = r.body;
  assert.deepEqual(values(p), before);
  const again = await ilfov.call('GET', `${p.href}/values.csv`, undefined, { raw: true });
  assert.equal(again.bytes.toString('utf8'), csv.bytes.toString('utf8'), 'the round trip keeps every cell');

  const edited = [...rows, ['I1', '', '', '2', '30', '', 'Second call'], ['I2', '', '', '2', '18', '', '']];
  r = await ilfov.call('PUT', `${p.href}/values.csv?revision=${p.revision}`, undefined, { type: 'text/csv', bytes: Buffer.from(writeCsv(edited).text) });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  p = r.body;
  assert.deepEqual(values(p), { ...before, 'I1/2': 30, 'I2/2': 18 });

  // XLSX: the same rows.
  const xlsx = await ilfov.call('GET', `${p.href}/values.xlsx`, undefined, { raw: true });
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.res.headers.get('content-type'), XLSX);
  const sheet = readSheet(xlsx.bytes);
  assert.deepEqual(sheet[0], ['indicator', 'name', 'unit', 'period', 'value', 'evidence', 'comment']);
  assert.deepEqual(sheet.slice(1).map((row) => [row[0], row[3], row[4]]), [['I1', '1', '12'], ['I1', '2', '30'], ['I2', '1', '25'], ['I2', '2', '18']]);
  r = await ilfov.call('PUT', `${p.href}/values.xlsx?revision=${p.revision}`, undefined, { type: XLSX, bytes: xlsx.bytes });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  p = r.body;
  assert.deepEqual(values(p), { ...before, 'I1/2': 30, 'I2/2': 18 });
  // A workbook written elsewhere, columns in another order, without a revision.
  r = await albania.call('PUT', `${p.href}/values.xlsx`, undefined, { type: XLSX,
    bytes: writeWorkbook([['period', 'indicator', 'value', 'comment'], ['3', 'I1', '35', 'Third call']]) });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  p = r.body;
  assert.equal(values(p)['I1/3'], 35);

  // A cell that is not a number: refused naming the row, nothing recorded.
  const kept = values(p);
  r = await ilfov.call('PUT', `${p.href}/values.csv?revision=${p.revision}`, undefined, { type: 'text/csv',
    bytes: Buffer.from(writeCsv([rows[0], ['I1', '', '', '1', '13', '', ''], ['I2', '', '', '1', 'many', '', '']]).text) });
  refused(r, 422, { parameter: /row 3/ });
  refused(await ilfov.call('PUT', `${p.href}/values.csv?revision=${p.revision}`, undefined, { type: 'application/json', bytes: Buffer.from('{}') }), 415);
  refused(await ilfov.call('PUT', `${p.href}/values.xlsx?revision=${p.revision}`, undefined, { type: XLSX, bytes: Buffer.from('not a workbook') }), 422);
  refused(await ilfov.call('PUT', `${p.href}/values.csv?revision=${p.revision - 1}`, undefined, { type: 'text/csv', bytes: again.bytes }), 409);
  const after = await step(ilfov, 'GET', p.href);
  assert.deepEqual(values(after), kept);
  assert.equal(after.revision, p.revision);
});

test('bad input is refused with a clear problem and nothing stored changes', async () => {
  let p = await pilotWithIndicators();
  p = await step(ilfov, 'POST', `${p.href}/values`, { revision: p.revision, values: [{ indicator: 'I1', period: 1, value: 12, evidence: '', comment: '' }] });
  const unchanged = async () => {
    const now = await step(ilfov, 'GET', p.href);
    assert.equal(now.revision, p.revision, 'nothing was written');
    assert.deepEqual(values(now), values(p));
    assert.deepEqual(now.indicators.map((i) => i.code), p.indicators.map((i) => i.code));
  };
  const rev = p.revision;

  // A "lower is better" target without a baseline.
  refused(await ilfov.call('POST', `${p.href}/indicators`, { revision: rev, ...DAYS, code: 'I3', baseline: null }), 422, { detail: /lower is better/ });
  // Wrong units: a percentage over 100, a fraction of companies, a negative count of days.
  refused(await ilfov.call('POST', `${p.href}/indicators`, { revision: rev, ...COMPANIES, code: 'I3', unit: 'percent', baseline: { value: 10, date: '2026-01-01' }, target: { value: 150, date: '2027-06-30' } }), 422);
  refused(await ilfov.call('POST', `${p.href}/values`, { revision: rev, values: [{ indicator: 'I1', period: 2, value: 2.5, evidence: '', comment: '' }] }), 422);
  refused(await ilfov.call('POST', `${p.href}/values`, { revision: rev, values: [{ indicator: 'I2', period: 2, value: -3, evidence: '', comment: '' }] }), 422);
  refused(await ilfov.call('POST', `${p.href}/indicators`, { revision: rev, ...COMPANIES, code: 'I3', unit: 'furlongs' }), [400, 422]);
  // A period outside the pilot's dates (it ends with period 3), and one that does not exist.
  refused(await ilfov.call('POST', `${p.href}/values`, { revision: rev, values: [{ indicator: 'I1', period: 4, value: 20, evidence: '', comment: '' }] }), 422, { detail: /outside the pilot's dates/ });
  refused(await ilfov.call('POST', `${p.href}/values`, { revision: rev, values: [{ indicator: 'I1', period: 9, value: 20, evidence: '', comment: '' }] }), [400, 422]);
  // All or nothing: a good value beside a bad one is not recorded either.
  refused(await ilfov.call('POST', `${p.href}/values`, { revision: rev, values: [
    { indicator: 'I1', period: 2, value: 20, evidence: '', comment: '' }, { indicator: 'I9', period: 2, value: 20, evidence: '', comment: '' }] }), 422);
  // A stale revision: somebody changed it since.
  refused(await ilfov.call('POST', `${p.href}/values`, { revision: rev - 1, values: [{ indicator: 'I1', period: 2, value: 20, evidence: '', comment: '' }] }), 409, { detail: /changed this pilot/ });
  refused(await ilfov.call('PUT', `${p.href}/logframe`, { revision: rev - 1, logframe: LOGFRAME }), 409);
  refused(await ilfov.call('POST', `${p.href}/values`, { values: [] }), 400, { parameter: 'revision' });
  // Dates the wrong way round, an unknown area, a body that is not JSON.
  refused(await ilfov.call('PUT', p.href, { revision: rev, ...pilotInput({ starts: '2027-01-01', ends: '2026-01-01' }) }), [400, 422]);
  refused(await ilfov.call('POST', '/api/v1/pilots', pilotInput({ areas: ['WG9'] })), [400, 422]);
  await unchanged();

  // An indicator is deleted while the baseline is a draft.
  const i2 = p.indicators.find((i) => i.code === 'I2');
  refused(await ilfov.call('DELETE', `${p.href}/indicators/${i2.id}`), 400, { parameter: 'revision' });
  p = await step(ilfov, 'DELETE', `${p.href}/indicators/${i2.id}?revision=${rev}`);
  assert.deepEqual(p.indicators.map((i) => i.code), ['I1']);
  // An indicator's definition is changed.
  const i1 = p.indicators[0];
  p = await step(ilfov, 'PUT', `${p.href}/indicators/${i1.id}`, { revision: p.revision, ...COMPANIES, name: 'SMEs served' });
  assert.equal(p.indicators[0].name, 'SMEs served');
  assert.deepEqual(p.indicators[0].values.map((v) => v.period), [1], 'values are kept');
});

test('who may see and do what', async () => {
  const planned = await step(ilfov, 'POST', '/api/v1/pilots', pilotInput({ status: 'planned' }), 201);
  // A planned pilot without an approved baseline is the partnership's own business.
  assert.equal((await visitor.call('GET', planned.href)).status, 404);
  assert.equal((await stakeholder.call('GET', planned.href)).status, 404);
  assert.equal((await danube.call('GET', planned.href)).status, 200);
  assert.ok(!(await step(visitor, 'GET', '/api/v1/pilots')).items.some((c) => c.id === planned.id));
  assert.ok((await step(danube, 'GET', '/api/v1/pilots')).items.some((c) => c.id === planned.id));

  const p = await pilotWithIndicators();
  const value = { revision: p.revision, values: [{ indicator: 'I1', period: 1, value: 12, evidence: '', comment: '' }] };
  // Visitors must sign in; a stakeholder and a partner of another organisation may not record values.
  refused(await visitor.call('POST', `${p.href}/values`, value), 401);
  refused(await stakeholder.call('POST', `${p.href}/values`, value), 403);
  refused(await danube.call('POST', `${p.href}/values`, value), 403);
  // A participant records values but does not edit the logframe or open pilots for the lead.
  refused(await albania.call('PUT', `${p.href}/logframe`, { revision: p.revision, logframe: LOGFRAME }), 403);
  refused(await danube.call('POST', '/api/v1/pilots', pilotInput({ lead: ilfov.organisation })), 403);
  refused(await stakeholder.call('POST', '/api/v1/pilots', pilotInput()), 403);
  assert.equal((await step(ilfov, 'GET', p.href)).revision, p.revision);
  // A browser call that changes data needs the session's form token.
  refused(await albania.call('POST', `${p.href}/values`, value, { csrf: '' }), 403);
  await step(albania, 'POST', `${p.href}/values`, value);
  // What each may do, as the answer says.
  assert.equal((await step(albania, 'GET', p.href)).may.record_values, true);
  assert.equal((await step(albania, 'GET', p.href)).may.edit, false);
  assert.equal((await step(danube, 'GET', p.href)).may.record_values, false);
  assert.equal((await step(lead, 'GET', p.href)).may.approve_baseline, true);
});
