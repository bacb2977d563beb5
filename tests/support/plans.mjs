// Joint plans for tests: the people of the demo partnership who draft and vote, a plan made for
// the purpose, and the OpenAPI examples of every plan operation (each on a plan brought to the
// state the operation needs, as the person who may take it).
import { person, step } from './assessment.mjs';

export const PLAN_PEOPLE = {
  lead: 'ioana.margineanu@nord-est-cluster-agency.example', // lead partner, steering committee (Nord-Est)
  tomas: 'tomas.kovacik@danube-innovation-agency.example', // WG4 coordinator: edits WG4's plans
  maja: 'maja.kovacic@pohorje-wood-cluster.example', // WG2 coordinator: not an editor of WG4's plans
  bence: 'bence.varga@tisza-maros-innovation-centre.example', // WG4 member
  raluca: 'raluca.toma@nord-est-cluster-agency.example', // WG4 member
  georgi: 'georgi.stoyanov@maritsa-rda.example', // steering committee (Maritsa)
  katalin: 'katalin.szabo@tisza-maros-innovation-centre.example', // steering committee (Tisza-Maros)
  stakeholder: 'cristian.lupu@valea-sucevei-wood-cluster.example',
};

export const PLAN_TEXT = '# Aims\n\nClusters in the region grow their exports.\n\nEvery cluster has a trained manager.\n\n'
  + '# Measures\n\nA voucher for the first trade fair abroad.\n';

// A day `days` from today, as the vote's deadline is written.
export const dayFromNow = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

// A new WG4 plan made by the lead partner.
export async function newPlan(lead, title = 'Regional action plan') {
  return step(lead, 'POST', '/api/v1/plans',
    { title, kind: 'regional_action_plan', editor_group: 'WG4', languages: ['en', 'ro'], text: PLAN_TEXT }, 201);
}

// The plan's paragraphs in order.
export async function paragraphsOf(who, id) {
  return (await step(who, 'GET', `/api/v1/plans/${id}`)).sections.flatMap((s) => s.paragraphs);
}

export async function planExamples(base) {
  const [lead, tomas, bence, georgi] = await Promise.all(
    [PLAN_PEOPLE.lead, PLAN_PEOPLE.tomas, PLAN_PEOPLE.bence, PLAN_PEOPLE.georgi].map((e) => person(base, e)));
  const drafting = await newPlan(lead, 'Examples: drafting');
  const [first, second, third] = await paragraphsOf(lead, drafting.id);
  const suggest = (p, kind, text) => step(bence, 'POST', `/api/v1/plans/${drafting.id}/suggestions`,
    { paragraph: p.id, kind, text, reason: 'For the examples.', revision: p.revision }, 201);
  const toSupport = await suggest(first, 'replace', 'Clusters grow their exports by a tenth.');
  const toAccept = await suggest(second, 'replace', 'Every cluster has a manager trained to European standards.');
  const toReject = await suggest(third, 'delete');
  const toVote = await newPlan(lead, 'Examples: to vote on');
  const voting = await newPlan(lead, 'Examples: voting');
  await step(lead, 'POST', `/api/v1/plans/${voting.id}/votes`, { deadline: dayFromNow(7), quorum: 1, majority: 50 }, 201);
  const on = (who, plan, more = {}) => ({ who, params: { id: plan.id, ...more } });
  return {
    getPlan: on(lead, drafting),
    listPlanVersions: on(lead, drafting),
    getPlanVersion: on(lead, drafting, { number: 1 }),
    comparePlanVersions: on(lead, drafting, { from: 1, to: 1 }),
    listPlanSuggestions: on(lead, drafting),
    suggestOnPlan: { ...on(bence, drafting), body: async () => {
      const [p] = await paragraphsOf(bence, drafting.id);
      return { paragraph: p.id, kind: 'insert', text: 'Exports are counted each year.', reason: 'Measurable.', revision: p.revision };
    } },
    supportSuggestion: on(lead, drafting, { suggestion: toSupport.id }),
    commentOnSuggestion: { ...on(bence, drafting, { suggestion: toSupport.id }), body: { text: 'A tenth is within reach.' } },
    acceptSuggestion: on(tomas, drafting, { suggestion: toAccept.id }),
    rejectSuggestion: on(tomas, drafting, { suggestion: toReject.id }),
    setPlanPhase: { ...on(lead, toVote), body: { opens: dayFromNow(-1), closes: dayFromNow(30) } },
    getPlanVote: on(lead, voting),
    openPlanVote: { ...on(lead, toVote), body: { deadline: dayFromNow(7), quorum: 1, majority: 50 } },
    castPlanBallot: on(georgi, voting),
    closePlanVote: on(lead, voting),
  };
}
