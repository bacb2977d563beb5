// Mentoring end to end on the real server and database: a mentor's offer from the experienced
// group, a region's needs with peer regions and mentors, and a pair's course through the API —
// request, answer, goals, meetings, outcome, feedback from both sides — with the mails each step
// sends through the outbox; the refusals of the issue (to oneself, twice, a mentor at capacity,
// a mentor whose organisation is not experienced), bad input (a problem, nothing stored), who
// sees what, the pages' forms and the audit lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { Browser, auditRows, formFields } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';

const EMAILS = {
  mentor: 'alessandro.ferri@piave-cluster-network.example', // partner_staff, experienced (ITH3)
  learner: 'georgi.stoyanov@maritsa-rda.example', // partner_staff, learning (BG42)
  other: 'ivana.babic@velebit-rda.example', // partner_staff, learning (HR03)
  notExperienced: 'raluca.toma@nord-est-cluster-agency.example', // learning (RO21)
  maja: 'maja.kovacic@pohorje-wood-cluster.example', // the demo's mentor on WG2
  admin: 'admin@clusterpolisee.example',
};
const OFFER = { topics: ['area:WG3', 'criterion:WG2.1'], capacity: 1, languages: ['it', 'en'], availability: 'An hour a fortnight, online.' };

let server, smtp, mentor, learner, other, notExperienced, visitor;
before(async () => {
  smtp = await startSmtp();
  server = await startServer({ extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--public-url', 'https://cps.test'] });
  [mentor, learner, other, notExperienced] = await Promise.all(
    [EMAILS.mentor, EMAILS.learner, EMAILS.other, EMAILS.notExperienced].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0);
});

test('staff of an experienced organisation offer mentoring; others are refused and bad offers store nothing', async () => {
  refused(await mentor.call('GET', '/api/v1/mentoring/offer'), 404);
  refused(await mentor.call('PUT', '/api/v1/mentoring/offer', { ...OFFER, capacity: 0 }), 400, { parameter: 'capacity' });
  refused(await mentor.call('PUT', '/api/v1/mentoring/offer', { ...OFFER, topics: [] }), 400, { parameter: 'topics' });
  refused(await mentor.call('PUT', '/api/v1/mentoring/offer', { ...OFFER, topics: ['criterion:WG9.9'] }), 422, { parameter: 'topics' });
  refused(await mentor.call('PUT', '/api/v1/mentoring/offer', { ...OFFER, languages: ['italian'] }), 400, { parameter: 'languages' });
  refused(await mentor.call('GET', '/api/v1/mentoring/offer'), 404);

  const offer = await step(mentor, 'PUT', '/api/v1/mentoring/offer', OFFER);
  assert.deepEqual(offer.topics, OFFER.topics);
  assert.equal(offer.free_places, 1);
  assert.equal(offer.organisation_name.length > 0, true);
  assert.deepEqual((await step(mentor, 'GET', '/api/v1/mentoring/offer')).languages, ['it', 'en']);

  refused(await notExperienced.call('PUT', '/api/v1/mentoring/offer', OFFER), 403, { detail: /experienced group/ });
  refused(await visitor.call('PUT', '/api/v1/mentoring/offer', OFFER), 401);

  // The list learners choose from: by topic (a criterion also finds mentors on its area) and language.
  const onWg3 = await step(visitor, 'GET', '/api/v1/mentoring/mentors?topic=criterion:WG3.2');
  assert.ok(onWg3.items.some((o) => o.mentor === mentor.id));
  const inGreek = await step(visitor, 'GET', '/api/v1/mentoring/mentors?language=el');
  assert.ok(!inGreek.items.some((o) => o.mentor === mentor.id));
  assert.ok(inGreek.items.every((o) => o.languages.includes('el')));
  refused(await visitor.call('GET', '/api/v1/mentoring/mentors?topic=sector:C'), 400, { parameter: 'topic' });
  refused(await visitor.call('GET', '/api/v1/mentoring/mentors?colour=red'), 400, { parameter: 'colour' });
  // A paused offer of the demo (Katalin Szabó) is not listed.
  assert.ok(!(await step(visitor, 'GET', '/api/v1/mentoring/mentors')).items.some((o) => /Szab/.test(o.mentor_name)));
});

test('a region\'s needs come with the regions that score higher and the mentors on them', async () => {
  const peers = await step(learner, 'GET', '/api/v1/regions/RO21/peers?lang=ro');
  assert.equal(peers.assessed, true);
  const need = peers.needs.find((n) => n.criterion === 'WG2.1');
  assert.ok(need, JSON.stringify(peers.needs.map((n) => n.key)));
  assert.equal(need.gap, need.target - need.current);
  assert.ok(need.mentors.some((m) => /Kova/.test(m.mentor_name)), 'the demo mentor on WG2');
  assert.ok(need.mentors.every((m) => m.region !== 'RO21'), 'no mentor from the region itself');
  const unassessed = await step(learner, 'GET', '/api/v1/regions/RO32/peers');
  assert.equal(unassessed.assessed, false);
  assert.deepEqual(unassessed.needs, []);
  refused(await learner.call('GET', '/api/v1/regions/XX99/peers'), 404);
});

test('a learner asks, the mentor accepts, they agree goals, meet, close and give feedback; each step mails the other side', async () => {
  const ask = { mentor: mentor.id, region: 'BG42', need: 'area:WG3', message: 'We would like to learn how you run cross-border cluster partnerships.' };
  let pair = await step(learner, 'POST', '/api/v1/mentoring', ask, 201);
  assert.equal(pair.status, 'requested');
  assert.equal(pair.side, 'learner');
  assert.equal(pair.may.answer, false);
  assert.equal(pair.may.withdraw, true);
  const href = `/api/v1/mentoring/${pair.id}`;
  const request = await smtp.waitFor(EMAILS.mentor, { test: (m) => /mentoring request/.test(m.subject) });
  assert.match(request.body, /cross-border cluster partnerships/);
  assert.match(request.body, new RegExp(`https://cps.test/en/mentoring/${pair.id}`));

  // Twice while the first is open, and to oneself: refused, nothing stored.
  refused(await learner.call('POST', '/api/v1/mentoring', ask), 409, { parameter: 'mentor' });
  refused(await mentor.call('POST', '/api/v1/mentoring', { ...ask, mentor: mentor.id }), 422, { detail: /yourself/ });
  refused(await learner.call('POST', href + '/answer', { revision: pair.revision, answer: 'accept' }), 403);
  refused(await other.call('GET', href), 404);
  refused(await visitor.call('GET', href), 401);

  const asMentor = await step(mentor, 'GET', '/api/v1/mentoring');
  assert.ok(asMentor.as_mentor.some((x) => x.id === pair.id && x.may.answer));
  refused(await mentor.call('POST', href + '/answer', { revision: pair.revision, answer: 'maybe' }), 400, { parameter: 'answer' });
  pair = await step(mentor, 'POST', href + '/answer', { revision: pair.revision, answer: 'accept', reason: 'With pleasure.' });
  assert.equal(pair.status, 'accepted');
  await smtp.waitFor(EMAILS.learner, { test: (m) => /accepted your mentoring request/.test(m.subject) });

  // The mentor's one place is taken: another learner is refused.
  refused(await other.call('POST', '/api/v1/mentoring', { ...ask, region: 'HR03' }), 409, { detail: /no free place/ });
  assert.equal((await step(mentor, 'GET', '/api/v1/mentoring/offer')).free_places, 0);

  refused(await learner.call('POST', href + '/goals', { revision: pair.revision - 1, goals: 'Stale.' }), 409, { parameter: 'revision' });
  refused(await learner.call('POST', href + '/goals', { revision: pair.revision, goals: '' }), 400, { parameter: 'goals' });
  pair = await step(learner, 'POST', href + '/goals', { revision: pair.revision, goals: 'Draft a cross-border partnership agreement.' });
  await smtp.waitFor(EMAILS.mentor, { test: (m) => /goals/.test(m.subject) });
  refused(await mentor.call('POST', href + '/meetings', { revision: pair.revision, date: '2026-02-30', notes: 'x' }), 400, { parameter: 'date' });
  pair = await step(mentor, 'POST', href + '/meetings', { revision: pair.revision, date: '2026-11-20', notes: 'Went through the agreement template.' }, 201);
  pair = await step(learner, 'POST', href + '/meetings', { revision: pair.revision, date: '2026-10-02', notes: 'Kick-off.' }, 201);
  assert.deepEqual(pair.meetings.map((m) => m.date), ['2026-10-02', '2026-11-20']);
  refused(await learner.call('POST', href + '/feedback', { rating: 5 }), 409);
  pair = await step(learner, 'POST', href + '/outcome', { revision: pair.revision, result: 'partly_achieved', text: 'The agreement is drafted, not yet signed.' });
  assert.equal(pair.status, 'completed');
  assert.equal(pair.may.feedback, true);
  await smtp.waitFor(EMAILS.mentor, { test: (m) => /closed your mentoring/.test(m.subject) });
  refused(await learner.call('POST', href + '/meetings', { revision: pair.revision, date: '2026-12-01', notes: 'Late.' }), 409);
  refused(await learner.call('POST', href + '/feedback', { rating: 9 }), 400, { parameter: 'rating' });
  pair = await step(learner, 'POST', href + '/feedback', { rating: 5, comment: 'Generous with documents.' });
  refused(await learner.call('POST', href + '/feedback', { rating: 4 }), 409);
  pair = await step(mentor, 'POST', href + '/feedback', { rating: 4, comment: 'A well prepared team.' });
  assert.deepEqual(pair.feedback.map((f) => [f.side, f.rating]).sort(), [['learner', 5], ['mentor', 4]]);
  assert.equal((await step(mentor, 'GET', '/api/v1/mentoring/offer')).free_places, 1, 'the place is free again');

  // Every step is in the audit log, against the pair.
  const admin = new Browser(server.base);
  await admin.signIn(EMAILS.admin);
  const audit = auditRows((await admin.get('/en/admin/audit')).html).filter((e) => e.target === `mentoring:${pair.id}`);
  for (const action of ['mentoring.requested', 'mentoring.accepted', 'mentoring.goals_agreed', 'mentoring.meeting_recorded',
    'mentoring.completed', 'mentoring.feedback_given'])
    assert.ok(audit.some((e) => e.action === action), `${action} in ${audit.map((e) => e.action)}`);
});

test('requests to a mentor outside the experienced group, with a bad need or region are refused and store nothing', async () => {
  const before = (await step(other, 'GET', '/api/v1/mentoring')).as_learner.length;
  const ask = { mentor: notExperienced.id, region: 'HR03', need: 'area:WG2', message: 'Help.' };
  refused(await other.call('POST', '/api/v1/mentoring', ask), 422, { detail: /experienced group/ });
  const maja = (await step(visitor, 'GET', '/api/v1/mentoring/mentors?topic=area:WG2')).items.find((o) => /Kova/.test(o.mentor_name));
  refused(await other.call('POST', '/api/v1/mentoring', { ...ask, mentor: maja.mentor, region: 'ZZ99' }), 422, { parameter: 'region' });
  refused(await other.call('POST', '/api/v1/mentoring', { ...ask, mentor: maja.mentor, need: 'sector:C' }), 400, { parameter: 'need' });
  refused(await other.call('POST', '/api/v1/mentoring', { ...ask, mentor: maja.mentor, message: '' }), 400, { parameter: 'message' });
  refused(await visitor.call('POST', '/api/v1/mentoring', { ...ask, mentor: maja.mentor }), 401);
  assert.equal((await step(other, 'GET', '/api/v1/mentoring')).as_learner.length, before);
});

test('the pages: the hub, the mentors, a request by form, the mentor declines on the pair\'s page', async () => {
  const visitorPages = new Browser(server.base);
  const hub = await visitorPages.get('/en/matchmaking?region=RO21');
  assert.equal(hub.status, 200);
  assert.match(hub.html, /WG2\.1/);
  assert.match(hub.html, /\/en\/partner-search/);
  assert.match(hub.html, /\/en\/cluster-profiles/);
  assert.equal((await visitorPages.get('/ro/matchmaking/mentors?topic=area%3AWG2')).status, 200);

  const b = new Browser(server.base);
  await b.signIn(EMAILS.other);
  const maja = (await step(visitor, 'GET', '/api/v1/mentoring/mentors?topic=area:WG2')).items.find((o) => /Kova/.test(o.mentor_name));
  const form = await b.get(`/en/mentoring/new?mentor=${maja.mentor}&region=HR03&need=area%3AWG2`);
  assert.equal(form.status, 200);
  const fields = Object.fromEntries(formFields(form.html, '/en/mentoring'));
  assert.equal(fields.mentor, String(maja.mentor));
  // Without a message the form comes back with what was chosen and the message beside it.
  const empty = await b.post('/en/mentoring', { ...fields, message: '' });
  assert.equal(empty.status, 400);
  assert.match(empty.html, /Tell the mentor what you would like to learn/);
  assert.match(empty.html, /aria-invalid="true"/);
  const sent = await b.post('/en/mentoring', { ...fields, message: 'How did you start your wood cluster?' });
  assert.equal(sent.status, 303);
  const location = sent.res.headers.get('location');
  assert.match(location, /^\/en\/mentoring\/\d+\?done=requested$/);
  const id = location.match(/\/(\d+)\?/)[1];

  const mb = new Browser(server.base);
  await mb.signIn(EMAILS.maja);
  const page = await mb.get(`/en/mentoring/${id}`);
  assert.match(page.html, /How did you start your wood cluster\?/);
  const answer = Object.fromEntries(formFields(page.html, `/en/mentoring/${id}/answer`));
  const noReason = await mb.post(`/en/mentoring/${id}/answer`, { ...answer, answer: 'decline', reason: '' });
  assert.equal(noReason.status, 400);
  assert.match(noReason.html, /Tell the learner why you decline/);
  const declined = await mb.post(`/en/mentoring/${id}/answer`, { ...answer, answer: 'decline', reason: 'No place until spring.' });
  assert.equal(declined.status, 303);
  const after = await b.get(`/en/mentoring/${id}`);
  assert.match(after.html, /No place until spring\./);
  assert.match(after.html, /Declined/);
  const list = await b.get('/en/mentoring');
  assert.match(list.html, new RegExp(`/en/mentoring/${id}`));
  // The offer page tells a learning organisation's staff why they cannot offer.
  const nb = new Browser(server.base);
  await nb.signIn(EMAILS.notExperienced);
  assert.match((await nb.get('/en/matchmaking/offer')).html, /experienced group/);
});
