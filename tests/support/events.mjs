// Events on the demo server as the tests need them: the organiser (the lead partner's
// coordinator), stakeholders who register, events made for a test's purpose at a time
// relative to now (in UTC, so that a local time is the UTC one), and the OpenAPI examples.
import { person, step } from './assessment.mjs';

export const EVENTS = {
  organiser: 'ioana.margineanu@nord-est-cluster-agency.example', // lead_coordinator
  host: 'maja.kovacic@pohorje-wood-cluster.example', // wg_coordinator WG2, partner staff of the host
  coordinator: 'tomas.kovacik@danube-innovation-agency.example', // wg_coordinator WG4: reviews WG4 items
  first: 'cristian.lupu@valea-sucevei-wood-cluster.example', // stakeholder
  second: 'milica.djordjevic@avala-software-cluster.example', // stakeholder
  third: 'besnik.kola@buna-agrifood-cluster.example', // stakeholder
  staff: 'petra.novak@si-smart-specialisation-agency.example', // partner staff of another organisation
};

export async function eventPeople(base) {
  const entries = await Promise.all(Object.entries(EVENTS).map(async ([k, email]) => [k, await person(base, email)]));
  return Object.fromEntries(entries);
}

// "YYYY-MM-DDTHH:MM" in UTC, `minutes` from now.
export function utcIn(minutes) {
  return new Date(Date.now() + minutes * 60e3).toISOString().slice(0, 16);
}

export function eventBody(overrides = {}) {
  return {
    kind: 'study_visit', title: 'Study visit for a test', description: 'Made by a test.',
    start: utcIn(7 * 24 * 60), end: utcIn(7 * 24 * 60 + 480), zone: 'UTC', place: 'Maribor', address: 'Cluster house',
    areas: ['WG4'], regions: ['SI03'], capacity: 0,
    agenda: [{ time: '09:00', title: 'Welcome', speaker: 'Maja' }],
    ...overrides,
  };
}

// An event `who` creates; for one that has ended, its start and end are in the past.
export async function eventMade(who, overrides = {}) {
  return step(who, 'POST', '/api/v1/events', eventBody(overrides), 201);
}

// A study visit that has ended, with a report of two lessons.
export async function visitWithReport(organiser) {
  const e = await eventMade(organiser, { start: utcIn(-48 * 60), end: utcIn(-47 * 60) });
  await step(organiser, 'PUT', `/api/v1/events/${e.id}/report`, {
    revision: e.revision, seen: 'A shared CNC workshop booked by the hour.',
    lessons: ['Shared machines lower entry costs for small firms', 'A booking rule keeps shared workshops fair'],
    transfer: 'Wood clusters', audience: 'Cluster managers',
  });
  return e;
}

// Examples for the OpenAPI test: each operation on an event made for it, as the organiser
// (who is also the person registering, so that the session's own registration is the one
// cancelled and checked in).
export async function eventExamples(base) {
  const organiser = await person(base, EVENTS.organiser);
  const as = (params, body) => ({ who: organiser, params, ...(body ? { body } : {}) });
  const upcoming = await eventMade(organiser);
  const examples = {
    getEvent: as({ id: upcoming.id }),
    listEventRegistrations: as({ id: upcoming.id }),
    exportEventAttendance: as({ id: upcoming.id }),
    updateEvent: as({ id: upcoming.id }, async () => {
      const current = await step(organiser, 'GET', `/api/v1/events/${upcoming.id}`);
      return { ...eventBody({ title: 'Renamed by the OpenAPI test' }), revision: current.revision };
    }),
    registerForEvent: as(async () => ({ id: (await eventMade(organiser)).id })),
    cancelEventRegistration: as(async () => {
      const e = await eventMade(organiser);
      await step(organiser, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
      return { id: e.id };
    }),
    // Starting in two minutes: registration is still open, and today is its day.
    checkInEventRegistration: as(async () => {
      const e = await eventMade(organiser, { start: utcIn(2), end: utcIn(120) });
      const r = await step(organiser, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
      return { id: e.id, registration: r.id };
    }),
    // On an event whose places are given by approval: the organiser's own pending registration.
    decideEventRegistration: as(async () => {
      const e = await eventMade(organiser, { allocation: 'approval' });
      const r = await step(organiser, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
      return { id: e.id, registration: r.id };
    }, { decision: 'approve' }),
    writeVisitReport: as(async () => ({ id: (await eventMade(organiser, { start: utcIn(-120), end: utcIn(-60) })).id }),
      { revision: 1, seen: 'Seen.', lessons: ['One lesson'], transfer: '', audience: '' }),
    draftKnowledgeFromLesson: as(async () => ({ id: (await visitWithReport(organiser)).id, lesson: 1 })),
    getCertificate: {
      params: async () => {
        const e = await eventMade(organiser, { start: utcIn(2), end: utcIn(120) });
        const r = await step(organiser, 'POST', `/api/v1/events/${e.id}/registrations`, {}, 201);
        await step(organiser, 'POST', `/api/v1/events/${e.id}/registrations/${r.id}/check-in`, {});
        const view = await step(organiser, 'GET', `/api/v1/events/${e.id}`);
        return { token: view.my_registration.certificate.split('/').pop() };
      },
    },
    createEvent: as(undefined, eventBody({ title: 'Made by the OpenAPI test' })),
    getCalendarFeed: as(undefined),
    renewCalendarFeed: as(undefined, {}),
    revokeCalendarFeed: as(undefined),
  };
  // The test resolves `params` given as a function just before the call.
  for (const e of Object.values(examples)) if (e.params === undefined) delete e.params;
  return examples;
}
