// Places given by the organisers' approval in real headless Chromium, without JavaScript: a
// stakeholder registers for a study visit whose seats are allocated and waits for the decision;
// the organiser, on a phone, approves one person and declines another on the attendance page;
// the person approved sees the place confirmed, the one declined cannot register again. The
// pages this adds to — the event's page with a pending registration, the organisers' list of
// registrations waiting for a decision and the event form's choice of how places are given —
// pass axe (WCAG 2.1 AA) in the five UI languages at desktop and phone widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, assertAxeClean } from '../support/chromium.mjs';
import { PASSWORD } from '../support/browser.mjs';
import { person, step } from '../support/assessment.mjs';
import { EVENTS, eventMade } from '../support/events.mjs';

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

test('a registration waits for the organiser, who approves one person and declines another from a phone', async () => {
  const organiser = await person(server.base, EVENTS.organiser);
  visit = await eventMade(organiser, { title: 'Allocated study visit', capacity: 2, allocation: 'approval' });
  const second = await person(server.base, EVENTS.second);
  await step(second, 'POST', `/api/v1/events/${visit.id}/registrations`, {}, 201);

  const stakeholder = await signedIn(EVENTS.first, noScript);
  await stakeholder.page.goto(`${server.base}/en/events/${visit.id}`);
  assert.match(await stakeholder.page.textContent('#registration'), /The organisers approve each registration/);
  await stakeholder.page.fill('#r-needs', 'step-free access');
  await submit(stakeholder.page, '#registration button[type=submit]');
  assert.match(await stakeholder.page.textContent('main'), /The organisers approve each one/);
  assert.match(await stakeholder.page.textContent('#registration'), /Waiting for the organisers' approval/);

  const host = await signedIn(EVENTS.organiser, { ...noScript, viewport: PHONE });
  await host.page.goto(`${server.base}/en/events/${visit.id}/attendance`);
  assert.match(await host.page.textContent('#requests'), /step-free access/);
  await submit(host.page, '#requests li:has-text("Cristian") button[value=approve]');
  assert.match(await host.page.textContent('main'), /Approved: the person has a place/);
  await submit(host.page, '#requests li button[value=decline]');
  assert.match(await host.page.textContent('main'), /Declined: the person gets an e-mail/);
  assert.match(await host.page.textContent('#requests'), /No registration is waiting for a decision/);

  await stakeholder.page.goto(`${server.base}/en/events/${visit.id}`);
  assert.match(await stakeholder.page.textContent('#registration'), /Place confirmed/);
  const declined = await step(second, 'GET', `/api/v1/events/${visit.id}`);
  assert.equal(declined.my_registration.status, 'declined');
  assert.equal(declined.can.register, false);

  // The form offers the choice, and keeps it when the event is edited.
  await host.page.setViewportSize(DESKTOP);
  await host.page.goto(`${server.base}/en/events/${visit.id}/edit`);
  assert.equal(await host.page.inputValue('#e-allocation'), 'approval');
  for (const who of [stakeholder, host]) await who.context.close();
});

test('the pages of allocated places pass axe in five languages, at desktop and phone widths', async () => {
  const organiser = await signedIn(EVENTS.organiser);
  const waiting = await eventMade(await person(server.base, EVENTS.organiser), { title: 'Seats to allocate', capacity: 3, allocation: 'approval' });
  await step(await person(server.base, EVENTS.third), 'POST', `/api/v1/events/${waiting.id}/registrations`, { needs: 'halal' }, 201);
  const stakeholder = await signedIn(EVENTS.third);
  const views = [
    [organiser.page, 'requests', `/events/${waiting.id}/attendance`],
    [organiser.page, 'form', `/events/${waiting.id}/edit`],
    [stakeholder.page, 'pending', `/events/${waiting.id}`],
  ];
  for (const viewport of [DESKTOP, PHONE])
    for (const lang of languages)
      for (const [page, name, url] of views) {
        await page.setViewportSize(viewport);
        const res = await page.goto(`${server.base}/${lang}${url}`);
        assert.equal(res.status(), 200, `${lang}${url}`);
        await page.waitForLoadState('load');
        await assertAxeClean(page, `${name} ${lang} ${viewport.width}`);
        if (lang === 'en' || viewport === PHONE)
          await page.screenshot({ path: path.join(shots, `event-places-${name}-${lang}-${viewport.width}.png`), fullPage: true });
      }
  for (const who of [organiser, stakeholder]) await who.context.close();
});
