// What the news tests share: who writes news in the demo, a tiny image, and the examples of
// the news operations for the OpenAPI test (posts made for the purpose, each in the state its
// operation needs).
import { person } from './assessment.mjs';

export const WRITERS = {
  communication: 'andrei.parvulescu@nord-est-cluster-agency.example', // lead_coordinator: the project's communication
  staff: 'raluca.toma@nord-est-cluster-agency.example', // partner_staff: reads, does not publish
};

// The smallest PNG: one transparent pixel.
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
  '1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7358184000000' +
  '0049454e44ae426082', 'hex');

export const postInput = (more = {}) => ({
  language: 'en',
  title: 'Peer review of the Ilfov innovation strategy',
  summary: 'Three partners reviewed the strategy of Ilfov and suggested two instruments.',
  body: 'The review met in **Bucharest**.\n\n- vouchers\n- a cluster academy',
  areas: ['WG1'],
  countries: ['RO'],
  ...more,
});

export async function newsExamples(base) {
  const writer = await person(base, WRITERS.communication);
  const make = async (input) => (await writer.call('POST', '/api/v1/news', input)).body;
  const draft = await make(postInput({ title: 'A draft to publish' }));
  const published = await make(postInput({ title: 'A post to withdraw' }));
  const current = async (id) => (await writer.call('GET', `/api/v1/news/${id}`)).body;
  await writer.call('POST', `/api/v1/news/${published.id}/publish`, { revision: published.revision });
  const pictured = await make(postInput({ title: 'A post with a picture' }));
  const as = (post, more = {}) => ({ who: writer, params: { id: post.id, ...more } });
  return {
    getNewsPost: as(draft),
    replaceNewsPost: { who: writer, params: { id: draft.id }, body: async () => ({ ...postInput({ title: 'A draft to publish, changed' }), revision: (await current(draft.id)).revision }) },
    publishNewsPost: { who: writer, params: { id: draft.id }, body: async () => ({ revision: (await current(draft.id)).revision }) },
    withdrawNewsPost: { who: writer, params: { id: published.id }, body: async () => ({ revision: (await current(published.id)).revision }) },
    setNewsImage: { who: writer, bytes: PNG, params: async () => ({ id: pictured.id, alt: 'A pixel standing for the partners', revision: (await current(pictured.id)).revision }) },
    getNewsImage: as(pictured),
    removeNewsImage: { who: writer, params: async () => ({ id: pictured.id, revision: (await current(pictured.id)).revision }) },
  };
}
