// Surveys for the tests: a conditional questionnaire, and the OpenAPI examples (each operation
// on a survey made for it, as the person who may take the step).
import { person, step } from './assessment.mjs';

// About you (a cluster or an agency) → "Your cluster" only for clusters → the views.
export const QUESTIONNAIRE = {
  languages: ['en', 'ro'],
  sections: [
    { key: 'about', title: { en: 'About you', ro: 'Despre dvs.' }, questions: [
      { key: 'kind', type: 'single_choice', text: 'Your organisation is', required: true,
        options: [{ code: 'cluster', label: 'A cluster organisation' }, { code: 'agency', label: 'An agency' }] }] },
    { key: 'cluster', title: 'Your cluster', show_if: { question: 'kind', any_of: ['cluster'] }, questions: [
      { key: 'members', type: 'number', text: 'How many members?', required: true, min: 1, max: 5000, unit: 'members' }] },
    { key: 'views', title: 'Views', questions: [
      { key: 'fit', type: 'likert', text: 'The policy fits our needs', required: true, scale_min: 1, scale_max: 5 },
      { key: 'remarks', type: 'text', text: 'Remarks' }] },
  ],
};

export async function surveyExamples(base) {
  const [organiser, stakeholder] = await Promise.all(
    ['admin@clusterpolisee.example', 'besnik.kola@buna-agrifood-cluster.example'].map((e) => person(base, e)));
  const made = async (title) => step(organiser, 'POST', '/api/v1/surveys', { title, definition: QUESTIONNAIRE }, 201);
  const answered = await made('Example: answered');
  const open = await made('Example: open');
  await step(stakeholder, 'POST', `/api/v1/surveys/${answered.id}/responses`, { answers: { kind: 'agency', fit: 3 } }, 201);
  // An ended event's feedback form (the demo's past events have attendees).
  const past = await step(organiser, 'GET', '/api/v1/events?when=past');
  const feedback = await step(organiser, 'POST', '/api/v1/surveys',
    { title: 'Example: feedback', audience: 'event_attendees', event: past.items[0].id, definition: QUESTIONNAIRE }, 201);
  const at = (s) => ({ params: { id: s.id } });
  return {
    getSurvey: at(answered),
    changeSurvey: at(answered),
    getMySurveyResponse: { who: stakeholder, params: { id: answered.id } },
    answerSurvey: { who: stakeholder, params: { id: open.id }, body: { step: 'submit', answers: { kind: 'cluster', members: 40, fit: 4 } } },
    listSurveyResponses: at(answered),
    downloadSurveyResponsesCsv: at(answered),
    downloadSurveyResponsesXlsx: at(answered),
    getSurveyResults: at(answered),
    inviteSurveyAttendees: at(feedback),
  };
}
