// Events end to end on the real server and database: an organiser creates a study visit (an
// end before its start and an unknown zone refused, nothing stored); two people take the last
// place at the same moment — one gets it, the other the waiting list; registering twice is
// refused; a cancellation gives the place to the next, who is told by e-mail; the online link
// only for people with a place; iCal per event and the personal feed, revoked; attendance taken
// on the day, the certificate only for people present, the CSV export; a visit's report and a
// lesson turned into a knowledge item that the area's coordinator publishes; the pages and
// the Atom feed; the refusals and the audit lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { Browser, auditRows, parseCsv } from '../support/browser.mjs';
import { anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { EVENTS, eventPeople, eventBody, eventMade, utcIn, visitWithReport } from '../support/events.mjs';

let server, smtp, people, visitor;
before(async () => {
  smtp = await startSmtp();
  server = await startServer({ extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--public-url', 'https://cps.test'] });
  people = await eventPeople(server.base);
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0);
});

test('an event ending before it starts, an unknown zone or kind, and a stakeholder organising are refused', async () => {
  const before = (await step(visitor, 'GET', '/api/v1/events?limit=500')).total;
  refused(await people.organiser.call('POST', '/api/v1/events', eventBody({ end: utcIn(60), start: utcIn(120) })), 422, { parameter: 'end' });
  refused(await people.organiser.call('POST', '/api/v1/events', eventBody({ zone: 'Mars/Olympus' })), 400, { parameter: 'zone' });
  refused(await people.organiser.call('POST', '/api/v1/events', eventBody({ kind: 'party' })), 400, { parameter: 'kind' });
  refused(await people.first.call('POST', '/api/v1/events', eventBody()), 403);
  refused(await visitor.call('POST', '/api/v1/events', eventBody()), [401, 403]);
  assert.equal((await step(visitor, 'GET', '/api/v1/events?limit=500')).total, before);
});

test('two people take the last place at once: one gets it, the other waits; a cancellation promotes the next with an e-mail', async () => {
  const e = await eventMade(people.organiser, { capacity: 1, online_link: 'https://meet.example/visit', title: 'Visit with one place' });
  const [a, b] = await Promise.all([
    people.first.call('POST', `/api/v1/events/${e.id}/registrations`, { needs: 'vegetarian' }),
    people.second.call('POST', `/api/v1/events/${e.id}/registrations`, {}),
  ]);
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.deepEqual([a.body.status, b.body.status].sort(), ['confirmed', 'waitlisted']);
  const [holder, waiter] = a.body.status === 'confirmed' ? [people.first, people.second] : [people.second, people.first];
  refused(await holder.call('POST', `/api/v1/events/${e.id}/registrations`, {}), 409, { parameter: 'event' });

  // The online link: for people with a place and the organiser only.
  assert.equal((await step(holder, 'GET', `/api/v1/events/${e.id}`)).online_link, 'https://meet.example/visit');
  assert.equal((await step(waiter, 'GET', `/api/v1/events/${e.id}`)).online_link, null);
  assert.equal((await step(visitor, 'GET', `/api/v1/events/${e.id}`)).online_link, null);
  const waiting = await step(waiter, 'GET', `/api/v1/events/${e.id}`);
  assert.equal(waiting.my_registration.status, 'waitlisted');
  assert.equal(waiting.my_registration.position, 1);

  const regs = await step(people.organiser, 'GET', `/api/v1/events/${e.id}/registrations`);
  assert.equal(regs.total, 2);
  refused(await holder.call('GET', `/api/v1/events/${e.id}/registrations`), 403);

  await step(holder, 'DELETE', `/api/v1/events/${e.id}/registrations/mine`);
  const promoted = await step(waiter, 'GET', `/api/v1/events/${e.id}`);
  assert.equal(promoted.my_registration.status, 'confirmed');
  const mail = await smtp.waitFor(waiter.email, { test: (m) => /Visit with one place/.test(m.subject) });
  assert.match(mail.body, new RegExp(`https://cps.test/[a-z]{2}/events/${e.id}`));
  refused(await holder.call('DELETE', `/api/v1/events/${e.id}/registrations/mine`), 404);
});

test('iCal per event and the personal feed at a secret address, which stops working once revoked', async () => {
  const e = await eventMade(people.organiser, { title: 'Workshop; with, commas', kind: 'workshop' });
  const res = await fetch(`${server.base}/en/events/${e.id}/event.ics`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/calendar/);
  const ics = await res.text();
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.match(ics, /\r\nUID:event-\d+@cps\.test\r\n/);
  assert.match(ics, /\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
  assert.match(ics, /\r\nSUMMARY:Workshop\\; with\\, commas\r\n/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

  await step(people.third, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
  const feed = await step(people.third, 'POST', '/api/v1/calendar', {});
  const path = new URL(feed.url).pathname;
  const personal = await fetch(server.base + path);
  assert.equal(personal.status, 200);
  assert.match(await personal.text(), new RegExp(`UID:event-${e.id}@`));
  await step(people.third, 'DELETE', '/api/v1/calendar');
  assert.equal((await fetch(server.base + path)).status, 404);
  assert.equal((await step(people.third, 'GET', '/api/v1/calendar')).active, false);

  // The same from the page: the address shown once, in the answer to the form, never stored.
  const b = new Browser(server.base);
  await b.signIn(EVENTS.third);
  await b.get('/en/events/calendar');
  const made = await b.post('/en/events/calendar');
  assert.equal(made.status, 200);
  assert.equal(made.res.headers.get('cache-control'), 'no-store');
  const address = made.html.match(/value="https:\/\/cps\.test(\/calendar\/[^"]+\.ics)"/)[1];
  assert.equal((await fetch(server.base + address)).status, 200);
  assert.doesNotMatch((await b.get('/en/events/calendar')).html, /\/calendar\/[^"]+\.ics/);
  assert.equal((await b.post('/en/events/calendar/revoke')).status, 303);
  assert.equal((await fetch(server.base + address)).status, 404);
});

test('attendance on the day, the certificate only for people present, and the export', async () => {
  const e = await eventMade(people.organiser, { start: utcIn(2), end: utcIn(180), title: 'Training today' });
  const present = await step(people.first, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
  await step(people.second, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
  refused(await people.first.call('POST', `/api/v1/events/${e.id}/registrations/${present.id}/check-in`, {}), 403);
  await step(people.organiser, 'POST', `/api/v1/events/${e.id}/registrations/${present.id}/check-in`, {});
  const mine = await step(people.first, 'GET', `/api/v1/events/${e.id}`);
  const certificate = await step(visitor, 'GET', mine.my_registration.certificate);
  assert.equal(certificate.title, 'Training today');
  const page = await fetch(`${server.base}/en/certificates/${mine.my_registration.certificate.split('/').pop()}`);
  assert.equal(page.status, 200);
  const absent = await step(people.second, 'GET', `/api/v1/events/${e.id}`);
  assert.equal(absent.my_registration.certificate, null);
  refused(await visitor.call('GET', '/api/v1/certificates/not-a-real-certificate-token-at-all'), 404);

  const csv = await people.organiser.fetch(`/api/v1/events/${e.id}/attendance.csv`);
  assert.equal(csv.status, 200);
  const rows = parseCsv(await csv.text());
  assert.deepEqual(rows[0], ['name', 'organisation', 'country', 'organisation_type', 'checked_in_at']);
  assert.equal(rows.length, 2);
  assert.equal(rows[1][2], 'RO');
  refused(await people.second.call('GET', `/api/v1/events/${e.id}/attendance.csv`), 403);
});

test('a visit report, a lesson drafted into a knowledge item in review, published by the area coordinator', async () => {
  const e = await visitWithReport(people.organiser);
  refused(await people.first.call('POST', `/api/v1/events/${e.id}/report/lessons/1/knowledge-item`, {}), 403);
  const drafted = await step(people.organiser, 'POST', `/api/v1/events/${e.id}/report/lessons/2/knowledge-item`, {}, 201);
  refused(await people.organiser.call('POST', `/api/v1/events/${e.id}/report/lessons/2/knowledge-item`, {}), 409);
  refused(await people.organiser.call('POST', `/api/v1/events/${e.id}/report/lessons/9/knowledge-item`, {}), 404);
  const item = await step(people.coordinator, 'GET', `/api/v1/knowledge/${drafted.item}`);
  assert.equal(item.status, 'in_review');
  const published = await step(people.coordinator, 'POST', `/api/v1/knowledge/${drafted.item}/publish`, { revision: item.revision });
  assert.equal(published.status, 'published');
  const visit = await step(visitor, 'GET', `/api/v1/events/${e.id}`);
  assert.deepEqual(visit.report.knowledge_items, [{ lesson: 1, item: drafted.item }]);
  // A report before the visit is over is refused.
  const upcoming = await eventMade(people.organiser);
  refused(await people.organiser.call('PUT', `/api/v1/events/${upcoming.id}/report`, { revision: 1, seen: 'x', lessons: ['y'] }), 409);
});

test('the pages: the calendar, an event, registration without JavaScript, a refused form and the Atom feed', async () => {
  const e = await eventMade(people.organiser, { title: 'Page visit', capacity: 5 });
  const list = await fetch(`${server.base}/en/events`);
  assert.equal(list.status, 200);
  assert.match(await list.text(), /Page visit/);
  const b = new Browser(server.base);
  await b.signIn(EVENTS.third);
  let page = await b.get(`/en/events/${e.id}`);
  assert.equal(page.status, 200);
  const done = await b.post(`/en/events/${e.id}/registration`, { needs: 'step-free access' });
  assert.equal(done.status, 303);
  page = await b.get(done.location);
  assert.match(page.html, /your place is confirmed/);
  const org = new Browser(server.base);
  await org.signIn(EVENTS.organiser);
  const attendance = await org.get(`/en/events/${e.id}/attendance`);
  assert.match(attendance.html, /step-free access/);
  await org.get('/en/events/new');
  const bad = await org.post('/en/events', { kind: 'workshop', title: 'Bad', start: '2030-01-02T10:00', end: '2030-01-01T10:00', zone: 'UTC', place: 'X', capacity: '0' });
  assert.equal(bad.status, 422);
  assert.match(bad.html, /id="e-end"[^>]*aria-invalid="true"/);
  const atom = await fetch(`${server.base}/feeds/events.atom`);
  assert.match(atom.headers.get('content-type'), /^application\/atom\+xml/);
  assert.match(await atom.text(), /<title>Page visit<\/title>/);
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const audit = auditRows((await admin.get('/en/admin/audit')).html);
  assert.ok(audit.some((row) => row.action === 'event.registered' && row.target === `event:${e.id}`));
});
