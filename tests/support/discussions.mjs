// "Discuss this" for the tests: the subjects a WG4 member may read (a published knowledge item,
// a published assessment, a running pilot), and the OpenAPI examples that read and start their
// discussions.
import { person, step } from './assessment.mjs';

export const MEMBER = 'tomas.kovacik@danube-innovation-agency.example';  // WG4 coordinator

// The first published item, assessment and pilot the person reads that nobody discusses yet
// (the demo discusses one item), by their API lists.
export async function readableSubjects(who) {
  const undiscussed = async (list, kind) => {
    for (const { id } of (await step(who, 'GET', list)).items)
      if ((await who.call('GET', `/api/v1/${kind}/${id}/discussion`)).body.thread === null) return id;
    throw new Error(`no ${kind} without a discussion in ${list}`);
  };
  return {
    item: await undiscussed('/api/v1/knowledge?status=published&limit=20', 'knowledge'),
    assessment: await undiscussed('/api/v1/assessments?status=published&limit=20', 'assessments'),
    pilot: await undiscussed('/api/v1/pilots?limit=20', 'pilots'),
  };
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
