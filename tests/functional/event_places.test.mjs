// Places at events given by the organisers' approval, on the real server and database: a
// registration waits for the decision; an unknown decision and a stakeholder deciding are
// refused, nothing changed; approving gives the place while one is free and the waiting list
// after, each person told by e-mail; declining is final; a decision taken twice is refused;
// four approvals at the same moment for the last place give one place; the organiser's page
// decides without JavaScript; every decision is in the audit log; quotas per organisation and
// per country refuse the place over them with the reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, run, queryValue } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { Browser, auditRows } from '../support/browser.mjs';
import { step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { EVENTS, eventPeople, eventBody, eventMade, utcIn } from '../support/events.mjs';

let server, smtp, people;
before(async () => {
  smtp = await startSmtp();
  server = await startServer({ extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--public-url', 'https://cps.test'] });
  people = await eventPeople(server.base);
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0);
});

test('an unknown way of giving places is refused, nothing stored', async () => {
  const before = (await step(people.organiser, 'GET', '/api/v1/events?limit=500')).total;
  refused(await people.organiser.call('POST', '/api/v1/events', eventBody({ allocation: 'lottery' })), 400, { parameter: 'allocation' });
  assert.equal((await step(people.organiser, 'GET', '/api/v1/events?limit=500')).total, before);
});

test('registrations wait for the organisers; approvals give the place, then the waiting list; a decline is final', async () => {
  const e = await eventMade(people.organiser, { allocation: 'approval', capacity: 1, title: 'Visit by approval' });
  assert.equal(e.allocation, 'approval');
  const first = await step(people.first, 'POST', `/api/v1/events/${e.id}/registrations`, { needs: 'vegetarian' }, 201);
  const second = await step(people.second, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
  const third = await step(people.third, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
  assert.deepEqual([first.status, second.status, third.status], ['pending', 'pending', 'pending']);
  const view = await step(people.first, 'GET', `/api/v1/events/${e.id}`);
  assert.equal(view.pending, 3);
  assert.equal(view.my_registration.status, 'pending');

  const decide = (who, r, decision) => who.call('POST', `/api/v1/events/${e.id}/registrations/${r.id}/decision`, { decision });
  refused(await decide(people.first, second, 'approve'), 403);
  refused(await decide(people.organiser, second, 'maybe'), 400, { parameter: 'decision' });
  refused(await people.organiser.call('POST', `/api/v1/events/${e.id}/registrations/${second.id}/decision`, { decision: 'approve', extra: 1 }), 400);
  assert.equal((await step(people.second, 'GET', `/api/v1/events/${e.id}`)).my_registration.status, 'pending');

  assert.equal((await step(people.organiser, 'POST', `/api/v1/events/${e.id}/registrations/${first.id}/decision`, { decision: 'approve' })).status, 'confirmed');
  const placed = await smtp.waitFor(people.first.email, { test: (m) => /Visit by approval/.test(m.subject) });
  assert.match(placed.body, new RegExp(`https://cps.test/[a-z]{2}/events/${e.id}`));
  assert.equal((await step(people.organiser, 'POST', `/api/v1/events/${e.id}/registrations/${second.id}/decision`, { decision: 'approve' })).status, 'waitlisted');
  assert.equal((await step(people.organiser, 'POST', `/api/v1/events/${e.id}/registrations/${third.id}/decision`, { decision: 'decline' })).status, 'declined');
  await smtp.waitFor(people.third.email, { test: (m) => /Visit by approval/.test(m.subject) });
  refused(await decide(people.organiser, third, 'approve'), 409, { parameter: 'registration' });
  refused(await people.third.call('POST', `/api/v1/events/${e.id}/registrations`, {}), 409, { parameter: 'event' });
  refused(await people.third.call('DELETE', `/api/v1/events/${e.id}/registrations/mine`), 404);

  // The place freed goes to the approved person waiting.
  await step(people.first, 'DELETE', `/api/v1/events/${e.id}/registrations/mine`);
  assert.equal((await step(people.second, 'GET', `/api/v1/events/${e.id}`)).my_registration.status, 'confirmed');
});

test('quotas per organisation and country: the place over a quota is refused with the reason, nothing stored', async () => {
  refused(await people.organiser.call('POST', '/api/v1/events', eventBody({ capacity: 2, places_per_country: 3 })), 422, { parameter: 'places_per_country' });
  refused(await people.organiser.call('POST', '/api/v1/events', eventBody({ places_per_organisation: 'two' })), 400, { parameter: 'places_per_organisation' });
  const e = await eventMade(people.organiser, { capacity: 5, places_per_country: 1, places_per_organisation: 1, title: 'Visit with quotas' });
  assert.deepEqual([e.places_per_organisation, e.places_per_country], [1, 1]);
  // The host's organisation and the other partner staff are both Slovenian.
  assert.equal((await step(people.host, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201)).status, 'confirmed');
  const over = await people.staff.call('POST', `/api/v1/events/${e.id}/registrations`, {});
  refused(over, 409);
  assert.match(over.body.detail, /SI hold all the places one country may have at this event \(1\)/);
  assert.equal((await step(people.first, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201)).status, 'confirmed');
  const view = await step(people.organiser, 'GET', `/api/v1/events/${e.id}`);
  assert.equal(view.places_taken, 2);
  // The event's page says what the quotas are, in the reader's language.
  const page = new Browser(server.base);
  assert.match((await page.get(`/en/events/${e.id}`)).html, /At most 1 place per organisation · At most 1 place per country/);
  assert.match((await page.get(`/ro/events/${e.id}`)).html, /Cel mult 1 loc/);
});

test('the reminder the day before goes once to each person with a place, not to those waiting', async () => {
  const e = await eventMade(people.organiser, { capacity: 1, title: 'Visit tomorrow', start: utcIn(20 * 60), end: utcIn(28 * 60) });
  await step(people.first, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
  assert.equal((await step(people.second, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201)).status, 'waitlisted');
  // They registered three days ago: before the day-before reminder's moment, after the week's.
  queryValue(server.url, `UPDATE event_registrations SET registered_at = registered_at - 259200 WHERE event_id = ${e.id}`);
  const remind = () => run(['events', 'remind', '--data-dir', server.dataDir, '--database', server.url]);
  const first = remind();
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^1 event reminder e-mail\(s\) queued/m);
  const mail = await smtp.waitFor(people.first.email, { test: (m) => m.subject.includes('Visit tomorrow') });
  assert.match(mail.body, new RegExp(`/events/${e.id}`));
  assert.match(remind().stdout, /^0 event reminder/m, 'once only');
  assert.ok(!smtp.messages.some((m) => m.to.includes(people.second.email) && m.subject.includes('Visit tomorrow')));
});

test('four approvals at the same moment for the last place give one place and three waiting-list places', async () => {
  const e = await eventMade(people.organiser, { allocation: 'approval', capacity: 1 });
  const regs = [];
  for (const who of [people.first, people.second, people.third, people.host])
    regs.push(await step(who, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201));
  const answers = await Promise.all(regs.map((r) =>
    people.organiser.call('POST', `/api/v1/events/${e.id}/registrations/${r.id}/decision`, { decision: 'approve' })));
  for (const a of answers) assert.equal(a.status, 200);
  assert.deepEqual(answers.map((a) => a.body.status).sort(), ['confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);
});

test('the organiser decides on the attendance page without JavaScript; the decisions are in the audit log', async () => {
  const e = await eventMade(people.organiser, { allocation: 'approval', capacity: 5, title: 'Page visit by approval' });
  const b = new Browser(server.base);
  await b.signIn(EVENTS.first);
  await b.get(`/en/events/${e.id}`);
  const done = await b.post(`/en/events/${e.id}/registration`, { needs: '' });
  assert.equal(done.status, 303);
  assert.match((await b.get(done.location)).html, /The organisers approve each one/);
  const regs = await step(people.organiser, 'GET', `/api/v1/events/${e.id}/registrations`);
  const org = new Browser(server.base);
  await org.signIn(EVENTS.organiser);
  const page = await org.get(`/en/events/${e.id}/attendance`);
  assert.match(page.html, /Registrations waiting for your decision/);
  const decided = await org.post(`/en/events/${e.id}/registrations/${regs.items[0].id}/decision`, { decision: 'approve' });
  assert.equal(decided.status, 303);
  assert.match((await org.get(decided.location)).html, /Approved: the person has a place/);
  const again = await org.post(`/en/events/${e.id}/registrations/${regs.items[0].id}/decision`, { decision: 'decline' });
  assert.equal(again.status, 303);
  assert.match((await org.get(again.location)).html, /not waiting for a decision any more/);
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const audit = auditRows((await admin.get('/en/admin/audit')).html);
  assert.ok(audit.some((row) => row.action === 'event.approved' && row.target === `event:${e.id}`));
});
