// Delphi studies beyond the rounds, on the real server and database: a study in preparation is
// its organisers' draft; the organiser changes the rules and rewords statements on the pages
// before round 1 (refusals beside their field, nothing half-stored); the methods report as page,
// JSON, CSV and Markdown; and the scenario frame of a finished study through the API and the
// page's form, with its checks, revisions and audit lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows, parseCsv } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';

const ORGANISER = 'admin@clusterpolisee.example';
const PANEL = [
  'alessandro.ferri@piave-cluster-network.example', 'georgi.stoyanov@maritsa-rda.example',
  'ivana.babic@velebit-rda.example', 'raluca.toma@nord-est-cluster-agency.example',
  'maja.kovacic@pohorje-wood-cluster.example',
];

let server, organiser, panel, visitor, admin;
before(async () => {
  server = await startServer();
  organiser = await person(server.base, ORGANISER);
  panel = await Promise.all(PANEL.map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
  admin = new Browser(server.base);
  await admin.signIn(ORGANISER);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const sheet = (list) => ({ answers: list });

test('before round 1 the organiser changes the rules and rewords statements on the pages', async () => {
  const made = await admin.post('/en/foresight/delphi', { title: 'Draft study', agreement_percent: '70', max_rounds: '3' });
  assert.equal(made.status, 303);
  const href = made.location.replace(/\?.*$/, '');
  const id = Number(href.match(/(\d+)$/)[1]);
  // Only the organisers see a draft, on pages as in the API.
  assert.equal((await new Browser(server.base).get(href)).status, 404);
  assert.ok(!(await new Browser(server.base).get('/en/foresight/delphi')).html.includes('Draft study'));
  assert.ok((await admin.get('/en/foresight/delphi')).html.includes('Draft study'));

  let page = await admin.get(href);
  assert.match(page.html, /id="rules"/);
  const rules = { revision: '1', title: 'Draft study 2040', description: 'Renamed.', scale_min: '1', scale_max: '7',
    iqr_max: '1.5', agreement_from: '5', agreement_percent: '75', horizon_iqr_max: '4', stability_percent: '20',
    max_rounds: '4', horizon_from: '2026', horizon_to: '2080' };
  const bad = await admin.post(`${href}/rules`, { ...rules, agreement_percent: '40' });
  assert.equal(bad.status, 400);
  assert.match(bad.html, /id="rules-agreement"[^>]*aria-invalid="true"/);
  assert.match(bad.html, /value="Draft study 2040"/, 'what was typed comes back');
  assert.equal((await step(organiser, 'GET', `/api/v1/delphi/${id}`)).title, 'Draft study');
  assert.equal((await admin.post(`${href}/rules`, rules)).status, 303);
  let view = await step(organiser, 'GET', `/api/v1/delphi/${id}`);
  assert.equal(view.title, 'Draft study 2040');
  assert.equal(view.rules.scale_max, 7);
  assert.equal(view.rules.max_rounds, 4);
  assert.equal(view.revision, 2);
  const stale = await admin.post(`${href}/rules`, rules);  // revision 1 again
  assert.equal(stale.status, 409);
  assert.match(stale.html, /changed this study meanwhile/);

  assert.equal((await admin.post(`${href}/statements`, { kind: 'importance', text: 'Clusters shares labs.' })).status, 303);
  const statement = (await step(organiser, 'GET', `/api/v1/delphi/${id}`)).statements[0].id;
  page = await admin.get(href);
  assert.match(page.html, new RegExp(`id="reword-${statement}"`));
  const empty = await admin.post(`${href}/statements/${statement}`, { statement: String(statement), kind: 'importance', text: '' });
  assert.equal(empty.status, 400);
  assert.match(empty.html, new RegExp(`id="reword-${statement}-text"[^>]*aria-invalid="true"`));
  assert.equal((await admin.post(`${href}/statements/${statement}`, { statement: String(statement), kind: 'probability', text: 'Clusters share labs.' })).status, 303);
  view = await step(organiser, 'GET', `/api/v1/delphi/${id}`);
  assert.equal(view.statements[0].text, 'Clusters share labs.');
  assert.equal(view.statements[0].kind, 'probability');
  // A panellist may not.
  const outsider = new Browser(server.base);
  await outsider.signIn(PANEL[0]);
  assert.equal((await outsider.post(`${href}/rules`, rules)).status, 404);

  // Once round 1 opens: no rules form, no rewording, and the study is public.
  await step(organiser, 'POST', `/api/v1/delphi/${id}/panel`, { user: panel[0].id }, 201);
  await step(organiser, 'POST', `/api/v1/delphi/${id}/rounds`, {}, 201);
  page = await admin.get(href);
  assert.doesNotMatch(page.html, /id="rules"/);
  assert.doesNotMatch(page.html, /id="reword-/);
  assert.equal((await admin.post(`${href}/rules`, { ...rules, revision: '2' })).status, 409);
  assert.equal((await new Browser(server.base).get(href)).status, 200);
});

let study, statements;

test('a finished study: the methods report as page, JSON, CSV and Markdown', async () => {
  study = await step(organiser, 'POST', '/api/v1/delphi', { title: 'Methods 2035', max_rounds: 2 }, 201);
  statements = [];
  for (const text of ['Clusters share labs.', 'Regions co-fund partners abroad.', 'Clusters pay their own way.'])
    statements.push((await step(organiser, 'POST', `/api/v1/delphi/${study.id}/statements`, { kind: 'probability', text }, 201)).id);
  for (const p of panel) await step(organiser, 'POST', `/api/v1/delphi/${study.id}/panel`, { user: p.id, area: 'WG1' }, 201);
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds`, {}, 201);
  // Round 1: labs 5 5 5 5 5 (consensus); the others 1 2 3 4 5 (open). Five of five answer.
  for (const [i, p] of panel.entries())
    await step(p, 'POST', `/api/v1/delphi/${study.id}/answers`, sheet([
      { statement: statements[0], rating: 5, expertise: 4 }, { statement: statements[1], rating: i + 1, expertise: i < 4 ? 2 : 5 },
      { statement: statements[2], rating: i + 1 }]));
  refused(await panel[0].call('POST', `/api/v1/delphi/${study.id}/answers`, sheet([{ statement: statements[0], rating: 5, expertise: 9 }])), 400,
    { parameter: `expertise_${statements[0]}` });
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds/close`, {});
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds`, {}, 201);
  // Round 2: four of five answer (one drops out), still apart.
  for (const [i, p] of panel.slice(0, 4).entries())
    await step(p, 'POST', `/api/v1/delphi/${study.id}/answers`, sheet([
      { statement: statements[1], rating: i + 1, reason: 'As before.' }, { statement: statements[2], rating: 4 - i, reason: 'As before.' }]));
  await step(organiser, 'POST', `/api/v1/delphi/${study.id}/rounds/close`, {});

  // Results by self-rated expertise: five at level 4 on labs are shown; four at level 2 are not.
  const results = await step(visitor, 'GET', `/api/v1/delphi/${study.id}/results`);
  const byExpertise = (id) => results.items.find((r) => r.statement.id === id).breakdowns.filter((b) => b.dimension === 'expertise');
  assert.deepEqual(byExpertise(statements[0]).map((b) => [b.group, b.respondents, b.median]), [['4', 5, 5]]);
  assert.deepEqual(byExpertise(statements[1]), []);

  const report = await step(visitor, 'GET', `/api/v1/delphi/${study.id}/methods`);
  assert.equal(report.panel_size, 5);
  assert.deepEqual(report.rounds.map((r) => [r.answered, r.response_percent, r.dropped, r.dropout_percent]), [[5, 100, 0, 0], [4, 80, 1, 20]]);
  assert.equal(typeof report.rules_fixed_at, 'number');
  const labs = report.statements.find((s) => s.statement.id === statements[0]);
  assert.equal(labs.standing, 'consensus');
  assert.equal(labs.consensus_round, 1);
  assert.equal(labs.rounds_asked, 1);
  assert.equal(report.consensus, 1);
  const csv = (await organiser.call('GET', `/api/v1/delphi/${study.id}/methods.csv`, undefined, { raw: true })).bytes.toString('utf8');
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], ['section', 'item', 'round', 'count', 'percent', 'note']);
  assert.ok(rows.some((r) => r[0] === 'round' && r[1] === 'dropped' && r[2] === '2' && r[3] === '1' && r[4] === '20'));
  const md = await organiser.call('GET', `/api/v1/delphi/${study.id}/methods.md`, undefined, { raw: true });
  assert.equal(md.status, 200);
  assert.match(md.res.headers.get('content-type'), /text\/markdown/);
  assert.match(md.bytes.toString('utf8'), /Round 2: 4 of 5 answered \(80 %\), 1 dropped out since the round before \(20 %\)\./);
  // The page and its Markdown in the reader's language; aggregates only.
  const page = await new Browser(server.base).get(`/ro/foresight/delphi/${study.id}/methods`);
  assert.equal(page.status, 200);
  assert.match(page.html, /Methods 2035/);
  const translated = await new Browser(server.base).get(`/ro/foresight/delphi/${study.id}/methods.md`);
  assert.equal(translated.status, 200);
  for (const body of [JSON.stringify(report), csv, page.html])
    for (const p of panel) assert.ok(!body.includes(p.email));
  refused(await visitor.call('GET', '/api/v1/delphi/999999/methods'), 404);
});

test('scenarios: a 2 × 2 frame from the finished study, checked, revised and audited', async () => {
  const [labs, funding, paying] = statements;
  const frame = {
    drivers: [labs], uncertainties: [funding, paying],
    x: { statement: funding, low: 'Own region only', high: 'Co-funded abroad' },
    y: { statement: paying, low: 'Public money', high: 'Self-financing' },
    scenarios: ['high_high', 'low_high', 'low_low', 'high_low'].map((quadrant) => ({
      quadrant, title: `Scenario ${quadrant}`, narrative: `The **${quadrant}** story.`, statements: [labs, funding] })),
  };
  assert.equal((await step(visitor, 'GET', `/api/v1/delphi/${study.id}/scenarios`)).frame, null);
  refused(await panel[0].call('PUT', `/api/v1/delphi/${study.id}/scenarios`, frame), 403);
  refused(await organiser.call('PUT', `/api/v1/delphi/${study.id}/scenarios`, { ...frame, x: { ...frame.x, statement: labs } }), 400,
    { parameter: 'x_statement' });
  refused(await organiser.call('PUT', `/api/v1/delphi/${study.id}/scenarios`, { ...frame, scenarios: frame.scenarios.slice(1) }), 400,
    { parameter: 'scenarios' });
  refused(await organiser.call('PUT', `/api/v1/delphi/${study.id}/scenarios`, { ...frame, y: { ...frame.y, high: '' } }), 400,
    { parameter: 'y_high' });
  assert.equal((await step(visitor, 'GET', `/api/v1/delphi/${study.id}/scenarios`)).frame, null, 'nothing half-stored');
  // An unfinished study has no scenarios.
  const open = await step(organiser, 'POST', '/api/v1/delphi', { title: 'Unfinished' }, 201);
  refused(await organiser.call('PUT', `/api/v1/delphi/${open.id}/scenarios`, frame), 409);

  const saved = await step(organiser, 'PUT', `/api/v1/delphi/${study.id}/scenarios`, frame);
  assert.equal(saved.frame.revision, 1);
  assert.equal(saved.frame.scenarios.length, 4);
  assert.deepEqual(saved.results.map((r) => r.statement.id).sort(), [labs, funding, paying].sort());
  refused(await organiser.call('PUT', `/api/v1/delphi/${study.id}/scenarios`, frame), 409);  // revision 0 again
  const again = await step(organiser, 'PUT', `/api/v1/delphi/${study.id}/scenarios`, { ...frame, revision: 1, drivers: [labs] });
  assert.equal(again.frame.revision, 2);

  // The page shows the frame to everyone and the form to the organiser; the form saves it.
  const href = `/en/foresight/delphi/${study.id}/scenarios`;
  const pub = await new Browser(server.base).get(href);
  assert.equal(pub.status, 200);
  assert.match(pub.html, /id="scenario-grid"/);
  assert.match(pub.html, /<strong>high_high<\/strong> story/);
  assert.doesNotMatch(pub.html, /id="scenario-form"/);
  const form = await admin.get(href);
  assert.match(form.html, /id="scenario-form"/);
  const fields = [['revision', '2'], ['drivers', String(labs)], ['uncertainties', String(funding)], ['uncertainties', String(paying)],
    ['x_statement', String(funding)], ['x_low', 'Alone'], ['x_high', 'Together'],
    ['y_statement', String(paying)], ['y_low', 'Subsidised'], ['y_high', 'Paying']];
  for (const q of ['high_high', 'low_high', 'low_low', 'high_low'])
    fields.push([`${q}_title`, `Page ${q}`], [`${q}_narrative`, `Told on the page: ${q}.`], [`${q}_statements`, String(labs)]);
  const missing = await admin.post(href, fields.map(([k, v]) => (k === 'low_low_title' ? [k, ''] : [k, v])));
  assert.equal(missing.status, 400);
  assert.match(missing.html, /id="low_low-title"[^>]*aria-invalid="true"/);
  assert.match(missing.html, /Told on the page: high_high\./, 'what was typed comes back');
  assert.equal((await admin.post(href, fields)).status, 303);
  const now = await step(visitor, 'GET', `/api/v1/delphi/${study.id}/scenarios`);
  assert.equal(now.frame.revision, 3);
  assert.equal(now.frame.x.high, 'Together');
  assert.deepEqual(now.frame.scenarios.find((s) => s.quadrant === 'low_low').statements, [labs]);

  const audit = auditRows((await admin.get('/en/admin/audit')).html).filter((e) => e.target === `delphi:${study.id}`);
  assert.equal(audit.filter((e) => e.action === 'delphi.scenarios_saved').length, 3);
});
