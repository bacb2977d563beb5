// The personal start page against the real server: what waits for each demo person across the
// platform (items to review for a working group's coordinator, the helpdesk question assigned
// to an expert, a mention and the discussion it is in), the same in the API and on the page
// without JavaScript; refused to visitors who are not signed in and to unknown parameters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser } from '../support/browser.mjs';
import { person, step, anonymous } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';

const EMAILS = {
  tomas: 'tomas.kovacik@danube-innovation-agency.example', // WG4 coordinator
  bence: 'bence.varga@tisza-maros-innovation-centre.example', // WG4 member
  raluca: 'raluca.toma@nord-est-cluster-agency.example', // WG4 member
  expert: 'reka.fekete@hajdusag-university.example', // the demo's overdue helpdesk question is hers
};

let server, tomas, bence, raluca, expert;
before(async () => {
  server = await startServer();
  [tomas, bence, raluca, expert] = await Promise.all(
    [EMAILS.tomas, EMAILS.bence, EMAILS.raluca, EMAILS.expert].map((e) => person(server.base, e)));
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const agendaOf = (who, lang = 'en') => step(who, 'GET', `/api/v1/users/me/agenda?lang=${lang}`);
const section = (agenda, kind) => agenda.sections.find((s) => s.kind === kind);

test('the start page is its person\'s own: visitors are asked to sign in, parameters are checked', async () => {
  refused(await anonymous(server.base).call('GET', '/api/v1/users/me/agenda'), 401);
  refused(await tomas.call('GET', '/api/v1/users/me/agenda?lang=xx'), 400, { parameter: 'lang' });
  refused(await tomas.call('GET', '/api/v1/users/me/agenda?colour=red'), 400);
  const page = await new Browser(server.base).get('/en/me');
  assert.ok([401, 303, 302].includes(page.status), `status ${page.status}`);
});

test('a coordinator finds the items in review of the areas they review, each once, sorted by kind', async () => {
  const agenda = await agendaOf(tomas);
  assert.match(agenda.today, /^\d{4}-\d{2}-\d{2}$/);
  const reviews = section(agenda, 'item_review');
  assert.ok(reviews, JSON.stringify(agenda));
  assert.ok(reviews.items.length >= 1);
  for (const item of reviews.items) {
    assert.match(item.path, /^\/knowledge\/\d+$/);
    assert.ok(item.title.length > 0);
  }
  assert.equal(new Set(reviews.items.map((i) => i.path)).size, reviews.items.length);
  const kinds = agenda.sections.map((s) => s.kind);
  const order = ['item_review', 'assessment_to_fill', 'assessment_review', 'report_due', 'pilot_milestone',
    'delphi_round', 'mentoring_request', 'helpdesk_question', 'upcoming_event', 'unread_discussion', 'unread_notifications'];
  assert.deepEqual(kinds, order.filter((k) => kinds.includes(k)));
  assert.equal(agenda.total, agenda.sections.reduce((n, s) => n + s.items.length, 0));
  // A member who reviews no area has no items to review.
  assert.equal(section(await agendaOf(bence), 'item_review'), undefined);
});

test('the helpdesk question assigned to an expert waits for them, overdue once its day has passed', async () => {
  const agenda = await agendaOf(expert);
  const questions = section(agenda, 'helpdesk_question');
  assert.ok(questions, JSON.stringify(agenda));
  for (const q of questions.items) {
    assert.match(q.path, /^\/helpdesk\/\d+$/);
    assert.match(q.due, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(q.overdue, q.due < agenda.today);
  }
  assert.ok(questions.items.some((q) => q.overdue), 'the demo question is two weeks late');
  const sorted = [...questions.items].sort((a, b) => a.due.localeCompare(b.due));
  assert.deepEqual(questions.items.map((q) => q.path), sorted.map((q) => q.path));
});

test('an upcoming event the person registered for waits on their start page, by its first day', async () => {
  const events = (await step(bence, 'GET', '/api/v1/events?when=upcoming&limit=50')).items;
  let chosen;
  for (const e of events) {
    const r = await bence.call('POST', `/api/v1/events/${e.id}/registrations`, { needs: '' });
    if (r.status === 201) { chosen = e; break; }
  }
  assert.ok(chosen, 'an upcoming event open for registration');
  const agenda = await agendaOf(bence);
  const ahead = section(agenda, 'upcoming_event');
  const entry = ahead.items.find((i) => i.path === `/events/${chosen.id}`);
  assert.ok(entry, JSON.stringify(ahead));
  assert.equal(entry.title, chosen.title);
  assert.match(entry.due, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(entry.overdue, false);
});

test('a mention brings its discussion and the notification to the person mentioned, not to its writer', async () => {
  const thread = await step(bence, 'POST', '/api/v1/groups/WG4/threads',
    { subject: 'Start page: shared cluster mapping', body: 'Hello @raluca.toma, shall we map the WG4 clusters together?' }, 201);
  const agenda = await agendaOf(raluca);
  const discussions = section(agenda, 'unread_discussion');
  assert.ok(discussions.items.some((d) => d.path === `/groups/WG4/threads/${thread.id}` && d.context === 'WG4'
    && d.title === 'Start page: shared cluster mapping'));
  const notifications = section(agenda, 'unread_notifications');
  assert.equal(notifications.items.length, 1);
  assert.ok(notifications.items[0].count >= 1);
  assert.equal(notifications.items[0].path, '/notifications');
  const writer = section(await agendaOf(bence), 'unread_discussion');
  assert.ok(!writer || !writer.items.some((d) => d.path === `/groups/WG4/threads/${thread.id}`));
  // Reading the discussion takes it off the start page.
  await step(raluca, 'GET', `/api/v1/threads/${thread.id}/posts`);
  const after = section(await agendaOf(raluca), 'unread_discussion');
  assert.ok(!after || !after.items.some((d) => d.path === `/groups/WG4/threads/${thread.id}`));
});

test('the page shows the same without JavaScript, in the person\'s language, linked from the personal menu', async () => {
  const browser = new Browser(server.base);
  await browser.signIn(EMAILS.tomas);
  const agenda = await agendaOf(tomas, 'ro');
  const page = await browser.get('/ro/me');
  assert.equal(page.status, 200);
  assert.match(page.html, /<h1>[^<]+<\/h1>/);
  assert.match(page.html, /href="\/ro\/me"/, 'the personal menu links the start page');
  assert.match(page.html, /id="waiting-item_review"/);
  for (const item of section(agenda, 'item_review').items)
    assert.ok(page.html.includes(`href="/ro${item.path}"`), item.path);
  assert.doesNotMatch(page.html, /<script[^>]*>[^<]*agenda/);
});
