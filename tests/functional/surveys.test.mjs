// Surveys end to end on the real server and database: an organiser writes a conditional
// survey; stakeholders answer section by section (the conditional section only for the answer
// that shows it), save and continue, send once; bad input (outside the range or scale, after
// closing, twice) gets a problem and stores nothing; a change after answers makes a new
// version while answers keep theirs; a public link takes one answer per browser; results
// withhold small groups of an anonymous survey; the exports carry one row per response with
// codes and labels; the audit log names no anonymous respondent; and the pages work without
// JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows, parseCsv } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { QUESTIONNAIRE } from '../support/surveys.mjs';

const STAKEHOLDERS = [
  'cristian.lupu@valea-sucevei-wood-cluster.example', 'milica.djordjevic@avala-software-cluster.example',
  'besnik.kola@buna-agrifood-cluster.example', 'hristo.angelov@gabrovo-precision-cluster.example',
  'dimitra.chatzidaki@patras-digital-health-cluster.example', 'peter.molnar@balaton-health-tourism-cluster.example',
];

let server, organiser, people, visitor, survey;
before(async () => {
  server = await startServer();
  organiser = await person(server.base, 'admin@clusterpolisee.example');
  people = await Promise.all(STAKEHOLDERS.map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const answer = (who, id, body) => who.call('POST', `/api/v1/surveys/${id}/responses`, body);

test('an organiser writes a survey; others may not, and a broken questionnaire stores nothing', async () => {
  refused(await people[0].call('POST', '/api/v1/surveys', { title: 'Mine', definition: QUESTIONNAIRE }), 403);
  refused(await organiser.call('POST', '/api/v1/surveys', { title: 'No questions', definition: { sections: [] } }), 400, { parameter: 'definition' });
  const later = structuredClone(QUESTIONNAIRE);
  later.sections[0].show_if = { question: 'fit', any_of: ['1'] };
  refused(await organiser.call('POST', '/api/v1/surveys', { title: 'Forward condition', definition: later }), 400,
    { parameter: 'definition', detail: /earlier/ });
  const before = (await step(organiser, 'GET', '/api/v1/surveys')).total;
  survey = await step(organiser, 'POST', '/api/v1/surveys', { title: { en: 'Cluster needs', ro: 'Nevoi' }, definition: QUESTIONNAIRE }, 201);
  assert.equal((await step(organiser, 'GET', '/api/v1/surveys')).total, before + 1);
  assert.deepEqual(survey.translations, { en: 'complete', ro: 'partial' });
  refused(await visitor.call('GET', `/api/v1/surveys/${survey.id}`), 404);
});

test('a stakeholder answers section by section; the conditional section follows the answer', async () => {
  const [ana] = people;
  refused(await answer(ana, survey.id, { section: 'about', step: 'next', answers: {} }), 400, { parameter: 'q_kind' });
  let sheet = await step(ana, 'POST', `/api/v1/surveys/${survey.id}/responses`, { section: 'about', step: 'next', answers: { kind: 'cluster' } });
  assert.equal(sheet.state, 'draft');
  // Sending without the cluster's section is refused: it is shown for clusters.
  refused(await answer(ana, survey.id, { section: 'views', step: 'submit', answers: { fit: 4 } }), 400, { parameter: 'q_members' });
  refused(await answer(ana, survey.id, { section: 'cluster', step: 'save', answers: { members: 9000 } }), 400, { parameter: 'q_members', detail: /from 1 to 5000/ });
  await step(ana, 'POST', `/api/v1/surveys/${survey.id}/responses`, { section: 'cluster', step: 'save', answers: { members: '120' } });
  sheet = await step(ana, 'GET', `/api/v1/surveys/${survey.id}/response`);
  assert.deepEqual(sheet.answers, { kind: 'cluster', members: 120 });
  refused(await answer(ana, survey.id, { section: 'views', step: 'submit', answers: { fit: 6 } }), 400, { parameter: 'q_fit' });
  sheet = await step(ana, 'POST', `/api/v1/surveys/${survey.id}/responses`, { section: 'views', step: 'submit', answers: { fit: 4, remarks: 'More fairs.' } }, 201);
  assert.equal(sheet.state, 'submitted');
  refused(await answer(ana, survey.id, { answers: { kind: 'agency', fit: 2 } }), 409, { detail: /already answered/ });
  // An agency skips the cluster's section; an answer to it is not kept.
  sheet = await step(people[1], 'POST', `/api/v1/surveys/${survey.id}/responses`, { answers: { kind: 'agency', members: 5, fit: 2 } }, 201);
  assert.deepEqual(sheet.answers, { kind: 'agency', fit: 2 });
});

test('no answers before opening or after closing, and a public link takes one per browser', async () => {
  const closed = await step(organiser, 'POST', '/api/v1/surveys', { title: 'Last year', opens_at: '2020-01-01', closes_at: '2020-01-31', definition: QUESTIONNAIRE }, 201);
  refused(await answer(people[0], closed.id, { answers: { kind: 'agency', fit: 2 } }), 409, { detail: /closed/ });
  const later = await step(organiser, 'POST', '/api/v1/surveys', { title: 'Next decade', opens_at: '2099-01-01', definition: QUESTIONNAIRE }, 201);
  refused(await answer(people[0], later.id, { answers: { kind: 'agency', fit: 2 } }), 409, { detail: /not open yet/ });
  refused(await organiser.call('POST', '/api/v1/surveys', { title: 'Named', audience: 'public_link', anonymity: 'identified', definition: QUESTIONNAIRE }), 400, { parameter: 'anonymity' });
  const open = await step(organiser, 'POST', '/api/v1/surveys', { title: 'Open to all', audience: 'public_link', definition: QUESTIONNAIRE }, 201);
  const first = new Browser(server.base);
  const page = await first.get(`/en/foresight/surveys/${open.id}`);
  assert.equal(page.status, 200);
  assert.ok(first.cookies.get('cps_survey'), 'the browser gets its random token');
  const send = (b) => b.post(`/en/foresight/surveys/${open.id}`, [['step', 'submit'], ['section', '']]);
  const fill = (b) => b.post(`/en/foresight/surveys/${open.id}`, [['section', 'about'], ['step', 'next'], ['question', 'kind'], ['q_kind', 'agency']]);
  assert.equal((await fill(first)).status, 303);
  assert.equal((await first.post(`/en/foresight/surveys/${open.id}`, [['section', 'views'], ['step', 'next'], ['question', 'fit'], ['q_fit', '3'], ['question', 'remarks'], ['q_remarks', '']])).status, 303);
  assert.equal((await send(first)).status, 303);
  const again = await send(first);
  assert.equal(again.status, 409);
  assert.match(again.html, /already answered/);
  const second = new Browser(server.base);
  await second.get(`/en/foresight/surveys/${open.id}`);
  await fill(second);
  await second.post(`/en/foresight/surveys/${open.id}`, [['section', 'views'], ['step', 'next'], ['question', 'fit'], ['q_fit', '5']]);
  assert.equal((await send(second)).status, 303);
  const results = await step(organiser, 'GET', `/api/v1/surveys/${open.id}/results`);
  assert.equal(results.total, 2);
});

test('a change after answers is a new version; earlier answers keep theirs', async () => {
  const current = await step(organiser, 'GET', `/api/v1/surveys/${survey.id}`);
  const changed = structuredClone(QUESTIONNAIRE);
  changed.sections[2].questions[0].scale_max = 7;
  refused(await people[2].call('PUT', `/api/v1/surveys/${survey.id}`, { title: 'Mine', definition: changed, revision: current.revision }), 403);
  refused(await organiser.call('PUT', `/api/v1/surveys/${survey.id}`, { title: 'Cluster needs', definition: changed, revision: current.revision + 5 }), 409);
  const next = await step(organiser, 'PUT', `/api/v1/surveys/${survey.id}`, { title: { en: 'Cluster needs', ro: 'Nevoi' }, definition: changed, revision: current.revision });
  assert.equal(next.version, 2);
  const earlier = await step(people[0], 'GET', `/api/v1/surveys/${survey.id}/response`);
  assert.equal(earlier.version, 1);
  assert.equal(earlier.definition.sections[2].questions[0].scale_max, 5);
  const newcomer = await step(people[2], 'POST', `/api/v1/surveys/${survey.id}/responses`, { answers: { kind: 'agency', fit: 7 } }, 201);
  assert.equal(newcomer.version, 2);
});

test('results count the answers, withhold small groups and export one row per response', async () => {
  for (const who of people.slice(3)) await step(who, 'POST', `/api/v1/surveys/${survey.id}/responses`, { answers: { kind: 'cluster', members: 30, fit: 5 } }, 201);
  refused(await people[0].call('GET', `/api/v1/surveys/${survey.id}/results`), 403);
  const results = await step(organiser, 'GET', `/api/v1/surveys/${survey.id}/results`);
  assert.equal(results.total, 6);
  const kind = results.questions.find((q) => q.key === 'kind');
  assert.deepEqual(kind.counts.map((c) => c.count), [4, 2]);
  assert.equal(results.questions.find((q) => q.key === 'remarks').texts[0], 'More fairs.');
  // Each country holds fewer than five of them: none is offered, and asking shows nothing.
  assert.equal(results.groups.country.length, 0);
  const few = await step(organiser, 'GET', `/api/v1/surveys/${survey.id}/results?country=RO`);
  assert.equal(few.withheld, true);
  assert.equal(few.questions[0].answered, 0);

  const json = await step(organiser, 'GET', `/api/v1/surveys/${survey.id}/responses`);
  assert.equal(json.items.length, 6);
  assert.equal(json.items[0].kind, 'cluster');
  assert.equal(json.items[0].kind_label, 'A cluster organisation');
  assert.ok(!('respondent' in json.items[0]), 'an anonymous survey names no one');
  const csv = await organiser.call('GET', `/api/v1/surveys/${survey.id}/responses.csv`, undefined, { raw: true });
  assert.equal(csv.status, 200);
  const rows = parseCsv(csv.bytes.toString('utf8'));
  assert.deepEqual(rows[0].slice(0, 7), ['response', 'version', 'country', 'organisation_type', 'area', 'kind', 'kind_label']);
  assert.equal(rows.length, 7);
  const xlsx = await organiser.call('GET', `/api/v1/surveys/${survey.id}/responses.xlsx`, undefined, { raw: true });
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.res.headers.get('content-type'), /spreadsheetml/);
});

test('the audit log has each step and names no anonymous respondent', async () => {
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const audit = auditRows((await admin.get('/en/admin/audit')).html).filter((e) => e.target === `survey:${survey.id}`);
  for (const action of ['survey.created', 'survey.changed', 'survey.answered', 'survey.draft_saved'])
    assert.ok(audit.some((e) => e.action === action), action);
  for (const e of audit.filter((x) => x.action === 'survey.answered' || x.action === 'survey.draft_saved')) {
    assert.equal(e.actor, 'anonymous');
    assert.equal(e.client, '');
  }
});

test('the pages: one section per page, the conditional section only for its answer, a message beside the field', async () => {
  const b = new Browser(server.base);
  await b.signIn('milica.djordjevic@avala-software-cluster.example');
  const list = await b.get('/en/foresight/surveys');
  assert.equal(list.status, 200);
  const open = await step(organiser, 'POST', '/api/v1/surveys', { title: 'Pages survey', definition: QUESTIONNAIRE }, 201);
  const href = `/en/foresight/surveys/${open.id}`;
  const first = await b.get(href);
  assert.match(first.html, /About you/);
  const empty = await b.post(href, [['section', 'about'], ['step', 'next'], ['question', 'kind']]);
  assert.equal(empty.status, 400);
  assert.match(empty.html, /Please answer this question/);
  assert.match(empty.html, /id="question-kind" aria-invalid="true"/);
  let next = await b.post(href, [['section', 'about'], ['step', 'next'], ['question', 'kind'], ['q_kind', 'cluster']]);
  assert.equal(next.location, `${href}?section=cluster`);
  const cluster = await b.get(next.location);
  assert.match(cluster.html, /How many members/);
  const bad = await b.post(href, [['section', 'cluster'], ['step', 'next'], ['question', 'members'], ['q_members', '0']]);
  assert.equal(bad.status, 400);
  assert.match(bad.html, /value="0"/, 'what was typed stays');
  // Back to the first page, now an agency: the cluster's section is skipped.
  next = await b.post(href, [['section', 'about'], ['step', 'next'], ['question', 'kind'], ['q_kind', 'agency']]);
  assert.equal(next.location, `${href}?section=views`);
  const saved = await b.post(href, [['section', 'views'], ['step', 'save'], ['question', 'fit'], ['q_fit', '2']]);
  assert.match(saved.location, /done=saved/);
  next = await b.post(href, [['section', 'views'], ['step', 'next'], ['question', 'fit'], ['q_fit', '2'], ['question', 'remarks'], ['q_remarks', 'Fine']]);
  assert.equal(next.location, `${href}?section=review`);
  const review = await b.get(next.location);
  assert.doesNotMatch(review.html, /How many members/);
  const sent = await b.post(href, [['step', 'submit'], ['section', '']]);
  assert.equal(sent.location, `${href}?done=sent`);
  assert.match((await b.get(sent.location)).html, /id="survey-sent"/);
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const results = await admin.get(`${href}/results`);
  assert.equal(results.status, 200);
  assert.match(results.html, /<svg/);
  assert.match(results.html, /id="export-csv"/);
  assert.equal((await b.get(`${href}/results`)).status, 403);
});

test('an event\'s feedback form: for its attendees once it has ended, linked from the event and mailed', async () => {
  const past = (await step(organiser, 'GET', '/api/v1/events?when=past')).items[0];
  const registrations = (await step(organiser, 'GET', `/api/v1/events/${past.id}/registrations`)).items;
  const confirmed = new Set(registrations.filter((r) => r.status === 'confirmed').map((r) => r.user));
  const candidates = await Promise.all([
    'ioana.margineanu@nord-est-cluster-agency.example', 'andrei.parvulescu@nord-est-cluster-agency.example',
    'raluca.toma@nord-est-cluster-agency.example', 'mihai.constantinescu@ilfov-innovation-agency.example',
    'georgi.stoyanov@maritsa-rda.example', 'desislava.petkova@vitosha-cluster-network.example',
    'eleni.papadimitriou@axios-innovation-agency.example', 'katalin.szabo@tisza-maros-innovation-centre.example',
    'maja.kovacic@pohorje-wood-cluster.example', 'ivana.babic@velebit-rda.example', 'luka.peric@sava-cluster-alliance.example',
    'arben.hoxha@al-enterprise-cluster-agency.example', 'dragana.jovanovic@pannonian-innovation-centre.example',
    ...STAKEHOLDERS].map((e) => person(server.base, e)));
  const attendee = candidates.find((p) => confirmed.has(p.id));
  const outsider = candidates.find((p) => !confirmed.has(p.id));
  assert.ok(attendee && outsider, 'the demo\'s past event has attendees');
  refused(await organiser.call('POST', '/api/v1/surveys', { title: 'Feedback', audience: 'event_attendees', definition: QUESTIONNAIRE }), 400, { parameter: 'event' });
  const form = await step(organiser, 'POST', '/api/v1/surveys',
    { title: 'How was the visit?', audience: 'event_attendees', event: past.id, definition: QUESTIONNAIRE }, 201);
  assert.equal(form.event, past.id);
  refused(await answer(outsider, form.id, { answers: { kind: 'agency', fit: 2 } }), 403);
  const b = new Browser(server.base);
  await b.signIn(attendee.email);
  const page = await b.get(`/en/events/${past.id}`);
  assert.match(page.html, new RegExp(`id="event-feedback" href="/en/foresight/surveys/${form.id}"`));
  const other = new Browser(server.base);
  await other.signIn(outsider.email);
  assert.doesNotMatch((await other.get(`/en/events/${past.id}`)).html, /id="event-feedback"/);
  await step(attendee, 'POST', `/api/v1/surveys/${form.id}/responses`, { answers: { kind: 'agency', fit: 5 } }, 201);
  refused(await people[0].call('POST', `/api/v1/surveys/${form.id}/invitations`, {}), 403);
  const invited = await step(organiser, 'POST', `/api/v1/surveys/${form.id}/invitations`, {});
  assert.equal(invited.invited, confirmed.size - 1, 'everyone but the one who answered');
  refused(await organiser.call('POST', `/api/v1/surveys/${survey.id}/invitations`, {}), 409);
});
