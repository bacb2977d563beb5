// The feedback's and the helpdesk's people on the demo server, and questions brought to the
// state a test needs: the WG4 coordinator routes questions of WG4, a committee member (who also
// writes knowledge items as partner staff) answers them, a partner's staff member asks.
import { person, step } from './assessment.mjs';

export const HELPDESK = {
  asker: 'arben.hoxha@al-enterprise-cluster-agency.example', // partner_staff (AL02)
  coordinator: 'tomas.kovacik@danube-innovation-agency.example', // wg_coordinator WG4
  expert: 'reka.fekete@hajdusag-university.example', // stc_member, partner_staff
  outsider: 'chiara.benedetti@via-emilia-innovation-agency.example', // wg_coordinator WG1
  member: 'raluca.toma@nord-est-cluster-agency.example', // wg_member WG4 (RO21)
};

export async function helpdeskPeople(base) {
  const entries = await Promise.all(Object.entries(HELPDESK).map(async ([k, email]) => [k, await person(base, email)]));
  return Object.fromEntries(entries);
}

// A published knowledge item's id, for feedback on a recommendation of it.
export async function publishedItem(who) {
  const page = await step(who, 'GET', '/api/v1/knowledge?status=published&limit=1');
  return page.items[0].id;
}

export const QUESTION = {
  region: 'AL02', need: 'criterion:WG4.2', language: 'en',
  text: 'Which financial instruments worked for young clusters in regions where public money is scarce?',
};
export const ANSWER = {
  kind: 'study', language: 'en', title: 'Funding young clusters with little public money',
  summary: 'Tapered grants, members’ fees and revolving funds.',
  body: 'Regions that tapered grants over three years and asked for members’ fees from the first year kept most clusters.',
  note: 'A first draft for review.',
};

// A question as `people` take it to `state`: open, assigned (to the expert, due in two weeks)
// or answered.
export async function questionAt(state, people, question = QUESTION) {
  let q = await step(people.asker, 'POST', '/api/v1/helpdesk', question, 201);
  if (state === 'open') return q;
  const due = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
  q = await step(people.coordinator, 'POST', `/api/v1/helpdesk/${q.id}/assignment`, { revision: q.revision, expert: people.expert.id, due, note: '' });
  if (state === 'assigned') return q;
  return step(people.expert, 'POST', `/api/v1/helpdesk/${q.id}/answer`, { revision: q.revision, ...ANSWER });
}

// Examples for the OpenAPI test: each helpdesk step acts on a question made for it, as the
// person who may take it; feedback on a published item; a curation by the WG4 coordinator.
export async function feedbackExamples(base) {
  const people = await helpdeskPeople(base);
  const item = await publishedItem(people.member);
  const made = {};
  const on = (state, who, key) => ({
    who,
    params: async () => {
      made[key] = await questionAt(state, people);
      return { id: made[key].id };
    },
  });
  const assign = on('open', people.coordinator, 'assign');
  const answer = on('assigned', people.expert, 'answer');
  const close = on('answered', people.asker, 'close');
  const due = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
  return {
    giveFeedback: { who: people.member, body: { region: 'RO21', need: 'area:WG4', item, verdict: 'useful', reason: 'Clear criteria.' } },
    getFeedback: { who: people.member },
    saveCuration: { who: people.coordinator, body: { region: 'RO21', need: 'area:WG4', item, pinned: true, hidden: false, note: 'Discussed in WG4.' } },
    listHelpdeskQuestions: { who: people.coordinator },
    askHelpdesk: { who: people.asker },
    getHelpdeskQuestion: on('open', people.asker, 'get'),
    assignHelpdeskQuestion: { ...assign, body: async () => ({ revision: made.assign.revision, expert: people.expert.id, due, note: '' }) },
    answerHelpdeskQuestion: { ...answer, body: async () => ({ revision: made.answer.revision, ...ANSWER }) },
    closeHelpdeskQuestion: { ...close, body: async () => ({ revision: made.close.revision, note: 'Thank you.' }) },
  };
}
