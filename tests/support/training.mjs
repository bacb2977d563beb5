// The training programme on the demo server as the tests need it: who keeps modules and who
// learns, a module made for a test's purpose (through the API), and the OpenAPI examples.
import { person, step } from './assessment.mjs';

export const TRAINING = {
  keeper: 'chiara.benedetti@via-emilia-innovation-agency.example', // wg_coordinator WG1
  otherKeeper: 'marco.zanon@piave-cluster-network.example', // wg_coordinator WG3
  learner: 'peter.molnar@balaton-health-tourism-cluster.example', // stakeholder, in no demo module
  second: 'cristian.lupu@valea-sucevei-wood-cluster.example', // stakeholder, completed the WG1 demo module
  admin: 'admin@clusterpolisee.example',
};

export async function trainingPeople(base) {
  const entries = await Promise.all(Object.entries(TRAINING).map(async ([k, email]) => [k, await person(base, email)]));
  return Object.fromEntries(entries);
}

// Two objectives, one question (the first option right), no session asked for.
export function moduleBody(overrides = {}) {
  return {
    area: 'WG1', title: 'Module made by a test', summary: 'A short module.',
    objectives: ['Write measurable goals', 'Agree them with the members'],
    materials: 'Read **the guide**.', languages: ['en', 'ro'], status: 'published',
    quiz: [{ question: 'Who agrees the goals?', options: ['The members', 'Nobody'], answer: 0 }],
    pass_mark: 100,
    ...overrides,
  };
}

export async function moduleMade(who, overrides = {}) {
  return step(who, 'POST', '/api/v1/training/modules', moduleBody(overrides), 201);
}

// A module `who` has gone through: enrolled, pre, quiz passed, post.
export async function moduleDone(keeper, who) {
  const m = await moduleMade(keeper);
  const at = `/api/v1/training/modules/${m.id}`;
  await step(who, 'POST', `${at}/enrolments`, {}, 201);
  await step(who, 'POST', `${at}/self-assessments`, { phase: 'pre', ratings: [1, 2] }, 201);
  await step(who, 'POST', `${at}/quiz-attempts`, { answers: [0] }, 201);
  await step(who, 'POST', `${at}/self-assessments`, { phase: 'post', ratings: [4, 4] }, 201);
  return m;
}

// Examples for the OpenAPI test: each operation on a module made for it, as the platform's
// administrator (who keeps every module and may enrol like anybody signed in).
export async function trainingExamples(base) {
  const admin = await person(base, TRAINING.admin);
  const as = (params, body) => ({ who: admin, params, ...(body ? { body } : {}) });
  const made = await moduleMade(admin);
  const enrolled = async () => {
    const m = await moduleMade(admin);
    await step(admin, 'POST', `/api/v1/training/modules/${m.id}/enrolments`, {}, 201);
    return m;
  };
  return {
    listTrainingModules: as({}),
    createTrainingModule: as({}),
    getTrainingModule: as({ id: made.id }),
    updateTrainingModule: as({ id: made.id }, async () => {
      const current = await step(admin, 'GET', `/api/v1/training/modules/${made.id}`);
      return { ...moduleBody({ title: 'Renamed by the OpenAPI test' }), revision: current.revision };
    }),
    enrolInTrainingModule: as(async () => ({ id: (await moduleMade(admin)).id })),
    leaveTrainingModule: as(async () => ({ id: (await enrolled()).id })),
    takeTrainingSelfAssessment: as(async () => ({ id: (await enrolled()).id })),
    takeTrainingQuiz: as(async () => ({ id: (await enrolled()).id })),
    issueTrainingCertificate: as(async () => ({ id: (await moduleDone(admin, admin)).id })),
    getTrainingCertificate: as(async () => {
      const m = await moduleDone(admin, admin);
      const issued = await step(admin, 'POST', `/api/v1/training/modules/${m.id}/certificate`, {}, 201);
      return { token: issued.token };
    }),
  };
}
