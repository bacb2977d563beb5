// Delphi studies end to end on the real server and database, through the API: an organiser
// writes statements, invites the panel and runs rounds; panellists answer, see the group's
// feedback from round 2 and revise, giving a reason outside the interquartile range; the
// stop rule settles a statement by consensus; results and the CSV export carry aggregates
// only. Bad input (outside the scale, after closing, a round before the previous closed, a
// statement changed after answers) gets a problem and stores nothing; the audit log names
// rounds, never answers; the study's results show no person.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows, parseCsv } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';

const PANEL = [
  'alessandro.ferri@piave-cluster-network.example', 'georgi.stoyanov@maritsa-rda.example',
  'ivana.babic@velebit-rda.example', 'raluca.toma@nord-est-cluster-agency.example',
  'maja.kovacic@pohorje-wood-cluster.example', 'eleni.papadimitriou@axios-innovation-agency.example',
];
const OUTSIDER = 'luka.peric@sava-cluster-alliance.example';

let server, organiser, panel, outsider, visitor, study, labs, policy;
before(async () => {
  server = await startServer();
  organiser = await person(server.base, 'admin@clusterpolisee.example');
  panel = await Promise.all(PANEL.map((e) => person(server.base, e)));
  outsider = await person(server.base, OUTSIDER);
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const answers = (list) => ({ answers: list });

test('an organiser sets up a study; others may not, and bad rules store nothing', async () => {
  refused(await panel[0].call('POST', '/api/v1/delphi', { title: 'Mine' }), 403);
  refused(await organiser.call('POST', '/api/v1/delphi', { title: 'Bad', agreement_percent: 40 }), 400, { parameter: 'agreement_percent' });
  refused(await organiser.call('POST', '/api/v1/delphi', { description: 'no title' }), 400, { parameter: 'title' });
  study = await step(organiser, 'POST', '/api/v1/delphi', { title: 'Test clusters 2035', iqr_max: 1, agreement_percent: 70, max_rounds: 3 }, 201);
  assert.equal(study.rules.quartile_method, 'Hyndman-Fan type 7');
  labs = await step(organiser, 'POST', `/api/v1/delphi/${study.id}/statements`, { kind: 'desirability', text: 'Clusters share testing labs.' }, 201);
  policy = await step(organiser, 'POST', `/api/v1/delphi/${study.id}/statements`, { kind: 'time_horizon', text: 'Every region has a cluster policy.' }, 201);
  refused(await organiser.call('POST', `/api/v1/delphi/${study.id}/statements`, { kind: 'mood', text: 'x' }), 400, { parameter: 'kind' });
  refused(await organiser.call('POST', `/api/v1/delphi/${study.id}/rounds`, {}), 409);  // no panel yet
  for (const [i, p] of panel.entries())
    await step(organiser, 'POST', `/api/v1/delphi/${study.id}/panel`, { user: p.id, area: i < 3 ? 'WG1' : 'WG2' }, 201);
  refused(await organiser.call('POST', `/api/v1/delphi/${study.id}/panel`, { user: panel[0].id }), 409, { parameter: 'user' });
  // In preparation the study is the organisers' draft: listed to them only.
  assert.ok((await step(organiser, 'GET', '/api/v1/delphi')).items.some((s) => s.id === study.id));
  assert.ok(!(await step(visitor, 'GET', '/api/v1/delphi')).items.some((s) => s.id === study.id));
  refused(await panel[0].call('GET', `/api/v1/delphi/${study.id}`), 404);
});

test('round 1: answers inside the scale, once per round as a revision, and none after closing', async () => {
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds`, { closes_at: '2099-12-31' }, 201);
  assert.ok((await step(visitor, 'GET', '/api/v1/delphi')).items.some((s) => s.id === study.id), 'public from round 1');
  refused(await organiser.call('POST', `/api/v1/delphi/${study.id}/rounds`, {}), 409, { detail: /still open/ });
  refused(await organiser.call('PUT', `/api/v1/delphi/${study.id}`, { title: 'Renamed', revision: 1 }), 409);
  refused(await panel[0].call('POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: labs.id, rating: 7 }])), 400,
    { parameter: `statement_${labs.id}` });
  refused(await panel[0].call('POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: policy.id, year: 1700 }])), 400);
  refused(await outsider.call('POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: labs.id, rating: 4 }])), 403);
  let turnout = await step(visitor, 'GET', `/api/v1/delphi/${study.id}/rounds`);
  assert.equal(turnout.items[0].answered, 0, 'a refused sheet stores nothing');

  // Labs: 2 3 4 4 5 5 (panellist 0 first says 1, then revises to 2). Policy: years far apart and a "never".
  const ratings = [2, 3, 4, 4, 5, 5];
  const years = [2030, 2045, 2035, 2060, null, 2032];
  await step(panel[0], 'POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: labs.id, rating: 1 }]));
  for (const [i, p] of panel.entries()) {
    const sheet = await step(p, 'POST', `/api/v1/delphi/${study.id}/answers`, answers([
      { statement: labs.id, rating: ratings[i], argument: `Argument ${i}` },
      years[i] ? { statement: policy.id, year: years[i] } : { statement: policy.id, never: true }]));
    assert.equal(sheet.answered, true);
  }
  turnout = await step(visitor, 'GET', `/api/v1/delphi/${study.id}/rounds`);
  assert.equal(turnout.items[0].answered, 6, 'a revision is not a second participant');
  assert.equal((await step(organiser, 'POST', `/api/v1/delphi/${study.id}/reminders`, {})).reminded, 0);
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds/close`, {});
  refused(await panel[1].call('POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: labs.id, rating: 3 }])), 409);
  refused(await organiser.call('PUT', `/api/v1/delphi/${study.id}/statements/${labs.id}`, { kind: 'importance', text: 'Other words' }), 409,
    { parameter: 'text' });
  const view = await step(visitor, 'GET', `/api/v1/delphi/${study.id}`);
  assert.equal(view.statements[0].text, 'Clusters share testing labs.');
});

test('round 2: the group, others\' arguments and one\'s own answer; a reason outside the IQR', async () => {
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds`, {}, 201);
  const sheet = await step(panel[0], 'GET', `/api/v1/delphi/${study.id}/questionnaire`);
  const q = sheet.questions.find((x) => x.statement.id === labs.id);
  // 2 3 4 4 5 5: Q1 at h = 1.25 → 3.25, median at 2.5 → 4, Q3 at 3.75 → 4.75 (type 7): no consensus.
  assert.deepEqual(q.group.quartiles, { q1: 3.25, median: 4, q3: 4.75, iqr: 1.5 });
  assert.deepEqual(q.group.distribution, [0, 1, 1, 2, 2]);
  assert.equal(q.group.consensus, false);
  assert.equal(q.previous.rating, 2);
  assert.ok(!q.arguments.some((a) => a.text === 'Argument 0'), 'one\'s own argument is not among the others\'');
  assert.equal(q.arguments.length, 5);
  const h = sheet.questions.find((x) => x.statement.id === policy.id);
  assert.equal(h.group.never, 1);
  refused(await panel[0].call('POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: labs.id, rating: 2 }])), 400,
    { parameter: `reason_${labs.id}` });
  await step(panel[0], 'POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: labs.id, rating: 2, reason: 'Labs failed here.' }]));
  for (const p of panel.slice(1)) await step(p, 'POST', `/api/v1/delphi/${study.id}/answers`, answers([{ statement: labs.id, rating: 4 }]));
  refused(await outsider.call('GET', `/api/v1/delphi/${study.id}/questionnaire`), 403);
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds/close`, {});
  const results = await step(visitor, 'GET', `/api/v1/delphi/${study.id}/results`);
  const labsResult = results.items.find((r) => r.statement.id === labs.id);
  // Round 2: 2 4 4 4 4 4 → IQR 0, 5 of 6 in 4–5 (83 %): consensus; three of six changed (3 → 4, 5 → 4 twice).
  assert.equal(labsResult.standing, 'consensus');
  assert.equal(labsResult.rounds.length, 2);
  assert.equal(labsResult.rounds[1].changed_percent, 50);
  // Breakdowns: groups under five respondents are left out (three per area, countries apart).
  for (const b of labsResult.breakdowns) assert.ok(b.respondents >= 5, JSON.stringify(b));
  assert.ok(!labsResult.breakdowns.some((b) => b.dimension === 'area' || b.dimension === 'country'));
  assert.ok(labsResult.hidden_groups >= 8);
  // Round 3 asks only what is still open.
  const third = await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds`, {}, 201);
  assert.deepEqual(third.statements, [policy.id]);
});

test('no page, export or log ties an answer to a person', async () => {
  const view = await step(organiser, 'GET', `/api/v1/delphi/${study.id}`);
  assert.equal(view.panel.length, 6, 'the organiser sees who is on the panel');
  const text = JSON.stringify(await step(organiser, 'GET', `/api/v1/delphi/${study.id}/results`));
  const csv = (await organiser.call('GET', `/api/v1/delphi/${study.id}/results.csv`, undefined, { raw: true })).bytes.toString('utf8');
  const rows = parseCsv(csv);
  assert.equal(rows[0][0], 'statement');
  for (const body of [text, csv]) {
    assert.doesNotMatch(body, /[0-9a-f]{64}/, 'no respondent key');
    for (const p of panel) {
      assert.ok(!body.includes(p.email));
      assert.ok(!body.includes(`"user":${p.id}`));
    }
  }
  assert.equal((await step(visitor, 'GET', `/api/v1/delphi/${study.id}`)).panel.length, 0, 'others see the balance only');
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const audit = auditRows((await admin.get('/en/admin/audit')).html).filter((e) => e.target === `delphi:${study.id}`);
  const answered = audit.filter((e) => e.action === 'delphi.answered' || e.action === 'delphi.revised');
  assert.ok(answered.length >= 6);
  for (const e of answered) assert.match(e.detail, /^round \d$/);
  for (const action of ['delphi.created', 'delphi.statement_added', 'delphi.panellist_invited', 'delphi.round_opened', 'delphi.round_closed'])
    assert.ok(audit.some((e) => e.action === action), action);
});

test('the pages\' forms: a refusal beside its field with what was typed, nothing half-stored', async () => {
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const list = await admin.get('/en/foresight/delphi');
  assert.equal(list.status, 200);
  const before = (await step(visitor, 'GET', '/api/v1/delphi')).items.length;
  const bad = await admin.post('/en/foresight/delphi', { title: 'Pages study', agreement_percent: '30', max_rounds: '3' });
  assert.equal(bad.status, 400);
  assert.match(bad.html, /above 50/);
  assert.match(bad.html, /id="delphi-agreement"[^>]*aria-invalid="true"/);
  assert.match(bad.html, /value="Pages study"/);
  assert.equal((await step(visitor, 'GET', '/api/v1/delphi')).items.length, before, 'nothing stored');
  const made = await admin.post('/en/foresight/delphi', { title: 'Pages study', agreement_percent: '70', max_rounds: '3' });
  assert.equal(made.status, 303);
  const href = made.location.replace(/\?.*$/, '');
  const id = href.match(/(\d+)$/)[1];
  const empty = await admin.post(`${href}/statements`, { kind: 'importance', text: ' ' });
  assert.equal(empty.status, 400);
  assert.match(empty.html, /Write the statement/);
  assert.equal((await step(organiser, 'GET', `/api/v1/delphi/${id}`)).statements.length, 0);
  assert.equal((await admin.post(`${href}/statements`, { kind: 'importance', text: 'Shared labs.' })).status, 303);
  const noPanel = await admin.post(`${href}/rounds`, { closes_at: '' });
  assert.equal(noPanel.status, 409);
  assert.match(noPanel.html, /Invite the panel before opening a round/);
  assert.equal((await admin.post(`${href}/panel`, { user: String(panel[2].id), area: 'WG3' })).status, 303);
  assert.equal((await admin.post(`${href}/rounds`, { closes_at: '' })).status, 303);
  const statement = (await step(organiser, 'GET', `/api/v1/delphi/${id}`)).statements[0].id;
  // The panellist's page: a rating outside the scale comes back marked, nothing stored.
  const b = new Browser(server.base);
  await b.signIn(PANEL[2]);
  const sheet = await b.get(`${href}/answer`);
  assert.equal(sheet.status, 200);
  const outside = await b.post(`${href}/answer`, { statement: String(statement), [`rating_${statement}`]: '9' });
  assert.equal(outside.status, 400);
  assert.match(outside.html, /Give a rating from 1 to 5/);
  assert.equal((await step(visitor, 'GET', `/api/v1/delphi/${id}/rounds`)).items[0].answered, 0);
  const sent = await b.post(`${href}/answer`, { statement: String(statement), [`rating_${statement}`]: '4' });
  assert.equal(sent.status, 303);
  assert.equal((await step(visitor, 'GET', `/api/v1/delphi/${id}/rounds`)).items[0].answered, 1);
});
