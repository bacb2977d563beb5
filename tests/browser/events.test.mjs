// Events in real headless Chromium: a stakeholder registers for a study visit whose places are
// taken and lands on the waiting list, gets the place when somebody cancels, takes the iCal
// entry, is checked in on the day from the organiser's phone and opens the certificate; the host
// writes the report and turns a lesson into a knowledge item that the area's coordinator
// publishes — every form without JavaScript. Each events page type passes axe (WCAG 2.1 AA) in
// the five UI languages at desktop and phone widths; screenshots land in screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';
import { person, step } from '../support/assessment.mjs';
import { EVENTS, eventMade, utcIn } from '../support/events.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const languages = ['en', 'ro', 'sq', 'hu', 'el'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const noScript = { javaScriptEnabled: false };

let server;
let browser;
let visit;  // the study visit of the first test
before(async () => ({ server, browser } = await startSite(shots)));
after(() => stopSite({ server, browser }));

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  await page.goto(`${server.base}/en/login`);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  return { context, page };
}

async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  return response;
}

test('a stakeholder waits for a place, gets it, takes the iCal entry, attends; the host reports and a lesson becomes a published knowledge item', async () => {
  const organiser = await person(server.base, EVENTS.organiser);
  const other = await person(server.base, EVENTS.second);
  // Starting in five minutes: registration is open, and today is the day attendance is taken.
  visit = await eventMade(organiser, { title: 'Study visit to the shared workshops', capacity: 1, start: utcIn(5), end: utcIn(240) });
  await step(other, 'POST', `/api/v1/events/${visit.id}/registrations`, {}, 201);

  const stakeholder = await signedIn(EVENTS.first, noScript);
  await stakeholder.page.goto(`${server.base}/en/events/${visit.id}`);
  assert.match(await stakeholder.page.textContent('#registration'), /Every place is taken/);
  await stakeholder.page.fill('#r-needs', 'vegetarian');
  await submit(stakeholder.page, '#registration button[type=submit]');
  assert.match(await stakeholder.page.textContent('main'), /you are on the waiting list/);
  assert.match(await stakeholder.page.textContent('#registration'), /number 1 on the waiting list/);

  await step(other, 'DELETE', `/api/v1/events/${visit.id}/registrations/mine`);
  await stakeholder.page.goto(`${server.base}/en/events/${visit.id}`);
  assert.match(await stakeholder.page.textContent('#registration'), /Place confirmed/);
  const ics = await stakeholder.context.request.get(`${server.base}/en/events/${visit.id}/event.ics`);
  assert.equal(ics.status(), 200);
  assert.match(await ics.text(), /BEGIN:VEVENT\r\n[\s\S]*SUMMARY:Study visit to the shared workshops\r\n/);

  // On the day, from the organiser's phone.
  const host = await signedIn(EVENTS.organiser, { ...noScript, viewport: PHONE });
  await host.page.goto(`${server.base}/en/events/${visit.id}/attendance`);
  assert.match(await host.page.textContent('main'), /vegetarian/);
  await submit(host.page, '.attendance-list button[type=submit]');
  assert.match(await host.page.textContent('main'), /1 of 1 present/);
  await stakeholder.page.goto(`${server.base}/en/events/${visit.id}`);
  await submit(stakeholder.page, '#registration a:text("Your certificate of attendance")');
  assert.match(await stakeholder.page.textContent('main'), /Study visit to the shared workshops/);

  // The visit is over: its times moved into the past, as the clock would move them.
  const current = await step(organiser, 'GET', `/api/v1/events/${visit.id}`);
  await step(organiser, 'PUT', `/api/v1/events/${visit.id}`, {
    revision: current.revision, kind: 'study_visit', title: current.title, description: '', start: utcIn(-240), end: utcIn(-1),
    zone: 'UTC', place: current.place, address: current.address, areas: ['WG4'], regions: ['SI03'], capacity: 1,
    agenda: current.agenda,
  });
  await host.page.setViewportSize(DESKTOP);
  await host.page.goto(`${server.base}/en/events/${visit.id}`);
  await host.page.fill('#rep-seen', 'Members book one CNC workshop by the hour.');
  await host.page.fill('#rep-lessons', 'Shared machines lower entry costs for small joineries\nA booking rule keeps a shared workshop fair');
  await host.page.fill('#rep-transfer', 'Wood clusters with many small firms.');
  await submit(host.page, '#report form.panel button[type=submit]');
  assert.match(await host.page.textContent('main'), /The report is saved/);
  await submit(host.page, '#report ol.lessons li:first-child button[type=submit]');
  assert.match(await host.page.textContent('main'), /sent for review/);
  const itemHref = await host.page.getAttribute('#report ol.lessons li:first-child a', 'href');
  assert.match(itemHref, /^\/en\/knowledge\/\d+$/);

  const coordinator = await signedIn(EVENTS.coordinator, noScript);
  await coordinator.page.goto(server.base + itemHref);
  await submit(coordinator.page, 'main button:has-text("Publish")');
  assert.doesNotMatch(await coordinator.page.textContent('main .item-kind'), /In review/);
  for (const who of [stakeholder, host, coordinator]) await who.context.close();
});

test('every events page type passes axe in five languages, at desktop and phone widths', async () => {
  const organiser = await signedIn(EVENTS.organiser);
  const past = await step(await person(server.base, EVENTS.organiser), 'GET', '/api/v1/events?when=past&kind=study_visit');
  const reported = past.items.find((e) => e.report);
  assert.ok(reported, 'the demo has a past study visit with a report');
  const pages = [
    ['list', '/events'],
    ['past', '/events?when=past'],
    ['visit', `/events/${reported.id}`],
    ['upcoming', `/events/${visit.id}`],
    ['form', '/events/new'],
    ['attendance', `/events/${visit.id}/attendance`],
    ['calendar', '/events/calendar'],
  ];
  const view = await step(await person(server.base, EVENTS.first), 'GET', `/api/v1/events/${visit.id}`);
  pages.push(['certificate', `/certificates/${view.my_registration.certificate.split('/').pop()}`]);
  for (const viewport of [DESKTOP, PHONE]) {
    await organiser.page.setViewportSize(viewport);
    for (const lang of languages)
      for (const [name, url] of pages) {
        const res = await organiser.page.goto(`${server.base}/${lang}${url}`);
        assert.equal(res.status(), 200, `${lang}${url}`);
        await organiser.page.waitForLoadState('load');
        await assertAxeClean(organiser.page, `${name} ${lang} ${viewport.width}`);
        if (lang === 'en' || viewport === PHONE)
          await organiser.page.screenshot({ path: path.join(shots, `events-${name}-${lang}-${viewport.width}.png`), fullPage: true });
      }
  }
  await organiser.context.close();
});
