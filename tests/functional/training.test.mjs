// The training programme end to end on the real server and database: a module kept only by the
// coordinator of its area (bad input refused, nothing stored); a learner enrols, takes the
// pre-assessment, the quiz (failed, then passed) and the post-assessment, sees their gain and
// gets a certificate verifiable by its address; ratings outside the scale, the post-assessment
// before the pre-assessment, the quiz after completion and certificates for people who did not
// complete refused with a clear message; the demo's module shows its gain in aggregate; the
// pages work as plain forms; every change in the audit log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows } from '../support/browser.mjs';
import { anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { TRAINING, trainingPeople, moduleBody, moduleMade } from '../support/training.mjs';

let server, people, visitor;
before(async () => {
  server = await startServer();
  people = await trainingPeople(server.base);
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

test('modules are kept by their area\'s coordinator; bad input is refused and nothing stored', async () => {
  const before = (await step(people.admin, 'GET', '/api/v1/training/modules?limit=500')).total;
  refused(await people.keeper.call('POST', '/api/v1/training/modules', moduleBody({ area: 'WG3' })), 403, { parameter: 'area' });
  refused(await people.learner.call('POST', '/api/v1/training/modules', moduleBody()), 403);
  refused(await visitor.call('POST', '/api/v1/training/modules', moduleBody()), [401, 403]);
  refused(await people.keeper.call('POST', '/api/v1/training/modules', moduleBody({ objectives: [] })), 422, { parameter: 'objectives' });
  refused(await people.keeper.call('POST', '/api/v1/training/modules', moduleBody({ quiz: 'Which? | a | b' })), 422, { parameter: 'quiz' });
  refused(await people.keeper.call('POST', '/api/v1/training/modules', moduleBody({ sessions: [999999] })), 422, { parameter: 'sessions' });
  refused(await people.keeper.call('POST', '/api/v1/training/modules', moduleBody({ pass_mark: 0 })), 422, { parameter: 'pass_mark' });
  refused(await people.keeper.call('POST', '/api/v1/training/modules', moduleBody({ colour: 'red' })), 400, { parameter: 'colour' });
  assert.equal((await step(people.admin, 'GET', '/api/v1/training/modules?limit=500')).total, before);

  const m = await moduleMade(people.keeper, { status: 'draft' });
  refused(await people.learner.call('GET', `/api/v1/training/modules/${m.id}`), 404);
  refused(await people.otherKeeper.call('PUT', `/api/v1/training/modules/${m.id}`, { ...moduleBody(), revision: 1 }), 404);
  const published = await step(people.keeper, 'PUT', `/api/v1/training/modules/${m.id}`, { ...moduleBody({ title: 'Published now' }), revision: 1 });
  assert.equal(published.revision, 2);
  refused(await people.keeper.call('PUT', `/api/v1/training/modules/${m.id}`, { ...moduleBody(), revision: 1 }), 409, { parameter: 'revision' });
  const seen = await step(people.learner, 'GET', `/api/v1/training/modules/${m.id}`);
  assert.equal(seen.title, 'Published now');
  assert.equal(seen.quiz[0].answer, undefined, 'learners do not see the right answers');
  assert.equal((await step(people.keeper, 'GET', `/api/v1/training/modules/${m.id}`)).quiz[0].answer, 0);
});

test('a learner goes from enrolment to a certificate anybody can check, refused at every wrong step', async () => {
  const m = await moduleMade(people.keeper, { title: 'From enrolment to certificate' });
  const at = `/api/v1/training/modules/${m.id}`;
  refused(await people.learner.call('POST', `${at}/self-assessments`, { phase: 'pre', ratings: [1, 2] }), 409, { detail: /Enrol/ });
  refused(await visitor.call('POST', `${at}/enrolments`, {}), [401, 403]);
  await step(people.learner, 'POST', `${at}/enrolments`, {}, 201);
  refused(await people.learner.call('POST', `${at}/enrolments`, {}), 409);
  refused(await people.learner.call('POST', `${at}/certificate`, {}), 409, { detail: /completed/ });

  refused(await people.learner.call('POST', `${at}/self-assessments`, { phase: 'post', ratings: [4, 4] }), 409, { detail: /pre-assessment first/ });
  refused(await people.learner.call('POST', `${at}/self-assessments`, { phase: 'pre', ratings: [0, 6] }), 422, { parameter: 'ratings', detail: /1 to 5/ });
  refused(await people.learner.call('POST', `${at}/self-assessments`, { phase: 'pre', ratings: [3] }), 422, { parameter: 'ratings' });
  refused(await people.learner.call('POST', `${at}/self-assessments`, { phase: 'soon', ratings: [3, 3] }), 400, { parameter: 'phase' });
  const pre = await step(people.learner, 'POST', `${at}/self-assessments`, { phase: 'pre', ratings: [1, 2] }, 201);
  assert.deepEqual(pre.pre, [1, 2]);
  refused(await people.learner.call('POST', `${at}/self-assessments`, { phase: 'pre', ratings: [2, 2] }), 409);

  const failed = await step(people.learner, 'POST', `${at}/quiz-attempts`, { answers: [1] }, 201);
  assert.deepEqual(failed, { score: 0, passed: false, attempts: 1 });
  refused(await people.learner.call('POST', `${at}/quiz-attempts`, { answers: [7] }), 422, { parameter: 'answers' });
  const passed = await step(people.learner, 'POST', `${at}/quiz-attempts`, { answers: [0] }, 201);
  assert.deepEqual(passed, { score: 100, passed: true, attempts: 2 });
  await step(people.learner, 'POST', `${at}/self-assessments`, { phase: 'post', ratings: [4, 5] }, 201);

  const view = await step(people.learner, 'GET', at);
  assert.deepEqual(view.my_progress.missing, []);
  assert.equal(view.my_progress.pre_mean, 1.5);
  assert.equal(view.my_progress.post_mean, 4.5);
  assert.equal(view.gain.shown, false, 'one person is not an aggregate');
  assert.equal((await step(people.second, 'GET', at)).my_enrolment, null, 'nobody else sees their ratings');

  const issued = await step(people.learner, 'POST', `${at}/certificate`, {}, 201);
  const certificate = await step(visitor, 'GET', issued.certificate);
  assert.equal(certificate.module, 'From enrolment to certificate');
  assert.match(certificate.name, /\S/);
  const page = await fetch(`${server.base}${issued.page}`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /From enrolment to certificate/);
  refused(await people.learner.call('POST', `${at}/quiz-attempts`, { answers: [0] }), 409, { detail: /quiz is closed/ });
  refused(await visitor.call('GET', '/api/v1/training/certificates/not-a-real-certificate-token-at-all'), 404);

  // A new address replaces the old one.
  const again = await step(people.learner, 'POST', `${at}/certificate`, {}, 201);
  refused(await visitor.call('GET', issued.certificate), 404);
  await step(visitor, 'GET', again.certificate);

  await step(people.learner, 'DELETE', `${at}/enrolments/mine`);
  refused(await people.learner.call('DELETE', `${at}/enrolments/mine`), 409);
});

test('the demo module shows its gain by objective and cohort; a module with sessions asks for attendance', async () => {
  const list = await step(visitor, 'GET', '/api/v1/training/modules?area=WG1');
  const demo = list.items.find((m) => m.title === 'Cluster management excellence');
  assert.ok(demo, 'the demo module is there');
  const view = await step(visitor, 'GET', `/api/v1/training/modules/${demo.id}`);
  assert.equal(view.gain.shown, true);
  assert.ok(view.gain.people >= 5);
  assert.ok(view.gain.post_mean > view.gain.pre_mean);
  assert.equal(view.gain.pre_by_objective.length, view.objectives.length);
  assert.equal(view.sessions_required, 1);
  assert.equal(view.session_details.length, 1);
  refused(await visitor.call('GET', '/api/v1/training/modules?area=WG9'), 400, { parameter: 'area' });

  // A learner who did not attend its session cannot complete it.
  const at = `/api/v1/training/modules/${demo.id}`;
  await step(people.learner, 'POST', `${at}/enrolments`, {}, 201);
  await step(people.learner, 'POST', `${at}/self-assessments`, { phase: 'pre', ratings: [1, 1, 1, 1] }, 201);
  await step(people.learner, 'POST', `${at}/quiz-attempts`, { answers: [1, 0, 2] }, 201);
  await step(people.learner, 'POST', `${at}/self-assessments`, { phase: 'post', ratings: [3, 3, 3, 3] }, 201);
  assert.deepEqual((await step(people.learner, 'GET', at)).my_progress.missing, ['sessions_attended']);
  refused(await people.learner.call('POST', `${at}/certificate`, {}), 409);
  // Somebody who attended and completed it in the demo.
  const done = await step(people.second, 'GET', at);
  assert.ok(done.my_enrolment.completed_at);
  assert.equal(done.my_enrolment.pre.length, 4);
});

test('the pages: the list, a module with its forms without JavaScript, the keepers\' form with messages beside the field', async () => {
  const m = await moduleMade(people.keeper, { title: 'Module through the pages' });
  const anon = new Browser(server.base);
  const list = await anon.get('/en/training');
  assert.equal(list.status, 200);
  assert.match(list.html, /Module through the pages/);
  assert.match((await anon.get(`/en/training/${m.id}`)).html, /Sign in to enrol/);

  const b = new Browser(server.base);
  await b.signIn(TRAINING.second);
  await b.get(`/en/training/${m.id}`);
  let done = await b.post(`/en/training/${m.id}/enrolment`);
  assert.equal(done.status, 303);
  let page = await b.get(done.location);
  assert.match(page.html, /Pre-assessment/);
  const bad = await b.post(`/en/training/${m.id}/self-assessments`, { phase: 'pre', 'rating-0': '2' });
  assert.equal(bad.status, 422);
  assert.match(bad.html, /Rate every learning objective/);
  done = await b.post(`/en/training/${m.id}/self-assessments`, { phase: 'pre', 'rating-0': '2', 'rating-1': '1' });
  assert.equal(done.status, 303);
  done = await b.post(`/en/training/${m.id}/quiz`, { 'answer-0': '0' });
  assert.equal(done.status, 303);
  assert.match(done.location, /done=passed/);
  done = await b.post(`/en/training/${m.id}/self-assessments`, { phase: 'post', 'rating-0': '5', 'rating-1': '4' });
  page = await b.get(done.location);
  assert.match(page.html, /Your mean rating went from 1\.5 to 4\.5/);
  assert.match(page.html, /<svg role="img"/);
  done = await b.post(`/en/training/${m.id}/certificate`);
  assert.equal(done.status, 303);
  const certificate = await anon.get(done.location);
  assert.equal(certificate.status, 200);
  assert.match(certificate.html, /Module through the pages/);

  const keeper = new Browser(server.base);
  await keeper.signIn(TRAINING.keeper);
  await keeper.get('/en/training/new');
  const refusedForm = await keeper.post('/en/training', { area: 'WG1', title: 'Form module', objectives: '', languages: 'en', status: 'draft', pass_mark: '70', sessions_required: '0' });
  assert.equal(refusedForm.status, 422);
  assert.match(refusedForm.html, /aria-invalid="true"/);
  assert.match(refusedForm.html, /Write at least one learning objective/);
  const saved = await keeper.post('/en/training', { area: 'WG1', title: 'Form module', objectives: 'One\nTwo', languages: ['en', 'hu'], status: 'published',
    quiz: 'Which one? | *This | That', pass_mark: '50', sessions_required: '0', knowledge_items: '', materials: '' });
  assert.equal(saved.status, 303);
  const edit = await keeper.get(saved.location.replace(/\?.*$/, '') + '/edit');
  assert.equal(edit.status, 200);
  assert.match(edit.html, /Which one\? \| \*This \| That/);
  const stranger = new Browser(server.base);
  await stranger.signIn(TRAINING.learner);
  assert.equal((await stranger.get('/en/training/new')).status, 403);

  const admin = new Browser(server.base);
  await admin.signIn(TRAINING.admin);
  const audit = auditRows((await admin.get('/en/admin/audit')).html);
  for (const action of ['training.module_created', 'training.enrolled', 'training.assessed', 'training.quiz_taken', 'training.completed', 'training.certificate_issued'])
    assert.ok(audit.some((row) => row.action === action && row.target === `training_module:${m.id}`) || action === 'training.module_created', action);
  assert.ok(audit.some((row) => row.action === 'training.module_created'));
});
