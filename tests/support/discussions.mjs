// "Discuss this" for the tests: the subjects a WG4 member may read (a published knowledge item,
// a published assessment, a running pilot), and the OpenAPI examples that read and start their
// discussions.
import { person, step } from './assessment.mjs';

export const MEMBER = 'tomas.kovacik@danube-innovation-agency.example';  // WG4 coordinator

// The first published item, assessment and pilot the person reads, by their API lists.
export async function readableSubjects(who) {
  const items = await step(who, 'GET', '/api/v1/knowledge?status=published&limit=1');
  const assessments = await step(who, 'GET', '/api/v1/assessments?status=published&limit=1');
  const pilots = await step(who, 'GET', '/api/v1/pilots?limit=1');
  return { item: items.items[0].id, assessment: assessments.items[0].id, pilot: pilots.items[0].id };
}

export async function discussionExamples(base) {
  const who = await person(base, MEMBER);
  const { item, assessment, pilot } = await readableSubjects(who);
  const on = (id) => ({ who, params: { id } });
  return {
    getKnowledgeItemDiscussion: on(item),
    discussKnowledgeItem: on(item),
    getAssessmentDiscussion: on(assessment),
    discussAssessment: on(assessment),
    getPilotDiscussion: on(pilot),
    discussPilot: on(pilot),
  };
}
