// Cluster profiles end to end through the API and the pages on the real server and database:
// a cluster's staff opens a profile with offers and needs in two languages, sends it for
// review (the reviewers get an e-mail), the WG3 coordinator publishes it (its editors get one);
// it is found by sector, country and words; a follower hears of a new offer; editors from
// elsewhere; contact details as their owners allow; the refusals of the issue (unknown
// sectors, a second profile, other people's profiles, stale edits, expiry out of range, a
// send-back without a note) each a problem with nothing stored; the forms; the audit lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { Browser, auditRows, formFields, replaced } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { MEMBERS, refused } from '../support/monitoring.mjs';

const REVIEWER = 'marco.zanon@piave-cluster-network.example';  // wg_coordinator of WG3
const FOLLOWER = 'zuzana.hudakova@hornad-digital-cluster.example';
let server, smtp;
let ilfov, danube, reviewer, follower, visitor;
before(async () => {
  smtp = await startSmtp();
  server = await startServer({ extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--mail-retry', '1'] });
  [ilfov, danube, reviewer, follower] = await Promise.all([MEMBERS.ilfov, MEMBERS.danube, REVIEWER, FOLLOWER].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0);
});

const INPUT = {
  texts: [{ language: 'en', tagline: 'Digital innovation for the firms around Bucharest', description: 'Thirty **software** firms and two institutes.' },
    { language: 'ro', tagline: 'Inovare digitală pentru firmele din jurul Bucureștiului', description: '' }],
  sectors: ['72', '62'], value_chain: 'services', technologies: ['Machine learning', 'IoT'],
  members: { smes: 30, large_firms: 2, research: 2, education: 1, public_bodies: 1, other: 0 },
  languages: ['ro', 'en'], founded: 2015, staff: 3, label: 'bronze', website: 'https://ilfov-digital.example',
  contact: { person: 'Mihai Constantinescu', email: 'Cluster@Ilfov-Digital.example', phone: '+40 21 300 1000', visibility: 'members' },
};
const OFFER = { side: 'offer', kind: 'expertise', texts: [{ language: 'en', title: 'Predictive maintenance models for machine builders', description: '' },
  { language: 'ro', title: 'Modele de mentenanță predictivă pentru constructorii de mașini', description: '' }], sectors: ['62', '28'], countries: ['hu', 'SK'] };
const NEED = { side: 'need', kind: 'partner_sought', texts: [{ language: 'en', title: 'Machine builders to pilot digital twins', description: '' }], sectors: ['28'], countries: [] };

let profile;  // the Ilfov profile, once published

test('a cluster opens its profile, sends it for review and a reviewer publishes it for partners abroad to find', async () => {
  let p = await step(ilfov, 'POST', '/api/v1/cluster-profiles', INPUT, 201);
  assert.equal(p.status, 'draft');
  assert.equal(p.revision, 1);
  assert.equal(p.organisation.id, ilfov.organisation);
  assert.equal(p.organisation.country, 'RO');
  assert.deepEqual(p.sectors.map((s) => [s.division, s.section]), [['62', 'J'], ['72', 'M']]);
  assert.equal(p.sectors[0].category, 'Business Services');
  assert.deepEqual(p.technologies, ['machine learning', 'iot']);
  assert.equal(p.members.total, 36);
  assert.equal(p.contact.email, 'cluster@ilfov-digital.example');
  assert.deepEqual(p.editors.map((e) => e.email), [MEMBERS.ilfov]);
  assert.equal(p.may.submit, true);
  // A draft is the organisation's own: nobody else finds it.
  assert.equal((await visitor.call('GET', p.href)).status, 404);
  assert.equal((await danube.call('GET', p.href)).status, 404);

  p = await step(ilfov, 'POST', `${p.href}/offers`, { revision: p.revision, ...OFFER }, 201);
  p = await step(ilfov, 'POST', `${p.href}/offers`, { revision: p.revision, ...NEED }, 201);
  const [offer, need] = p.offers_and_needs;
  assert.deepEqual(offer.countries, ['HU', 'SK']);
  assert.equal(offer.expired, false);
  assert.match(offer.expires_on, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(need.side, 'need');
  assert.equal((await step(ilfov, 'GET', `${p.href}?lang=ro`)).offers_and_needs[0].title, 'Modele de mentenanță predictivă pentru constructorii de mașini');

  p = await step(ilfov, 'POST', `${p.href}/submit`, { revision: p.revision });
  assert.equal(p.status, 'in_review');
  const announced = await smtp.waitFor(REVIEWER, { test: (m) => m.subject.includes('Ilfov') });
  assert.match(announced.body, new RegExp(`/cluster-profiles/${p.id}`));
  const queue = await step(reviewer, 'GET', '/api/v1/cluster-profiles?scope=awaiting_review');
  assert.ok(queue.items.some((c) => c.id === p.id));
  refused(await ilfov.call('POST', `${p.href}/publish`, { revision: p.revision }), 403);

  p = await step(reviewer, 'POST', `${p.href}/publish`, { revision: p.revision });
  assert.equal(p.status, 'published');
  assert.ok(p.published_at);
  await smtp.waitFor(MEMBERS.ilfov, { test: (m) => /published|publicat/i.test(m.subject) });
  profile = p;

  // Found by a visitor by sector, country, words and kind of need; the contact details only
  // for signed-in members, as its owners chose.
  const seen = (await visitor.call('GET', p.href)).body;
  assert.equal(seen.contact.shown, false);
  assert.equal(seen.contact.email, undefined);
  assert.equal((await step(danube, 'GET', p.href)).contact.email, 'cluster@ilfov-digital.example');
  const ids = async (query) => (await visitor.call('GET', `/api/v1/cluster-profiles${query}`)).body.items.map((c) => c.id);
  assert.ok((await ids('?sector=72')).includes(p.id));
  assert.ok((await ids('?country=RO&side=need&kind=partner_sought')).includes(p.id));
  assert.ok((await ids('?q=digital%20twins')).includes(p.id));
  assert.ok(!(await ids('?country=SI')).includes(p.id));
  assert.ok(!(await ids('?sector=16')).includes(p.id));
});

test('the demo profiles match each other across countries and keep on-request contacts to themselves', async () => {
  const all = (await visitor.call('GET', '/api/v1/cluster-profiles')).body.items;
  assert.ok(all.length >= 8, `${all.length} published profiles`);
  assert.ok(new Set(all.map((c) => c.organisation.country)).size >= 6);
  const suceava = all.find((c) => c.organisation.slug === 'valea-sucevei-wood-cluster');
  const pohorje = all.find((c) => c.organisation.slug === 'pohorje-wood-cluster');
  assert.ok(suceava.offers_and_needs.some((o) => o.side === 'need' && o.kind === 'facility' && o.title.startsWith('Testing facilities')));
  assert.ok(pohorje.offers_and_needs.some((o) => o.side === 'offer' && o.kind === 'facility' && o.sectors.includes('16')));
  const buna = all.find((c) => c.organisation.slug === 'buna-agrifood-cluster');
  assert.equal(buna.contact.visibility, 'on_request');
  assert.equal((await step(danube, 'GET', buna.href)).contact.shown, false);
  // Only its editors and reviewers see a profile still in review.
  assert.ok(!all.some((c) => c.organisation.slug === 'avala-software-cluster'));
});

test('a follower hears of a new offer, and editors from elsewhere may write the profile', async () => {
  assert.ok(profile, 'the first test published the profile');
  let p = await step(follower, 'POST', `${profile.href}/follow`);
  assert.equal(p.following, true);
  assert.equal(p.followers, 1);
  p = await step(ilfov, 'GET', profile.href);
  p = await step(ilfov, 'POST', `${p.href}/offers`, { revision: p.revision, side: 'offer', kind: 'facility',
    texts: [{ language: 'en', title: 'A test bed for industrial IoT', description: '' }], sectors: [], countries: [] }, 201);
  const told = await smtp.waitFor(FOLLOWER, { test: (m) => m.subject.includes('A test bed for industrial IoT') });
  assert.match(told.body, /cluster-profiles/);

  // The Danube agency's staff may not write it, until the cluster names them an editor.
  refused(await danube.call('PUT', p.href, { revision: p.revision, ...INPUT }), 403);
  refused(await ilfov.call('PUT', `${p.href}/editors`, { revision: p.revision, editors: ['nobody@nowhere.example'] }), 422, { parameter: 'editors' });
  p = await step(ilfov, 'PUT', `${p.href}/editors`, { revision: p.revision, editors: [MEMBERS.ilfov, MEMBERS.danube] });
  assert.deepEqual(p.editors.map((e) => e.email), [MEMBERS.ilfov, MEMBERS.danube]);
  p = await step(danube, 'PUT', p.href, { revision: p.revision, ...INPUT, staff: 4 });
  assert.equal(p.staff, 4);
  p = await step(ilfov, 'POST', `${p.href}/renew`, { revision: p.revision });
  assert.ok(p.offers_and_needs.every((o) => o.renewed_at));
  p = await step(follower, 'DELETE', `${p.href}/follow`);
  assert.equal(p.following, false);
});

test('the refusals: unknown sectors, a second profile, strangers, stale edits, expiry out of range, a send-back without a note', async () => {
  const before = (await step(ilfov, 'GET', profile.href));
  refused(await ilfov.call('POST', '/api/v1/cluster-profiles', INPUT), 409, { parameter: 'organisation' });
  const banat = await person(server.base, 'adriana.stoica@banat-regional-economics-institute.example');
  refused(await banat.call('POST', '/api/v1/cluster-profiles', { ...INPUT, sectors: ['16', '04'] }), 422, { detail: /04/, parameter: 'sectors' });
  refused(await banat.call('POST', '/api/v1/cluster-profiles', { ...INPUT, sectors: [] }), 422, { parameter: 'sectors' });
  refused(await banat.call('POST', '/api/v1/cluster-profiles', { ...INPUT, texts: [INPUT.texts[1]] }), 422, { parameter: 'texts' });
  refused(await banat.call('POST', '/api/v1/cluster-profiles', { ...INPUT, organisation: ilfov.organisation }), 403);
  refused(await visitor.call('POST', '/api/v1/cluster-profiles', INPUT), 401);
  assert.equal((await step(banat, 'GET', '/api/v1/cluster-profiles?scope=mine')).items.length, 0, 'nothing half-stored');

  refused(await ilfov.call('PUT', profile.href, { revision: before.revision - 1, ...INPUT }), 409, { parameter: 'revision' });
  refused(await ilfov.call('POST', `${profile.href}/offers`, { revision: before.revision, ...OFFER, expires_on: '2001-01-01' }), 422, { parameter: 'expires_on' });
  refused(await ilfov.call('POST', `${profile.href}/offers`, { revision: before.revision, ...OFFER, side: 'gift' }), 400, { parameter: 'side' });
  refused(await reviewer.call('POST', `${profile.href}/send-back`, { revision: before.revision, note: ' ' }), 422, { parameter: 'note' });
  refused(await follower.call('POST', `${profile.href}/submit`, { revision: before.revision }), 403);
  const after = await step(ilfov, 'GET', profile.href);
  assert.equal(after.revision, before.revision);
  assert.equal(after.offers_and_needs.length, before.offers_and_needs.length);
});

test('the pages: the list, a profile, the forms keep what was typed, and every change is in the audit log', async () => {
  const b = new Browser(server.base);
  const list = await b.get('/ro/cluster-profiles?sector=16');
  assert.equal(list.status, 200);
  assert.match(list.html, /Wood innovation in Pohorje/);  // its tagline; the name is in Romanian
  const page = await b.get(`/en/cluster-profiles/${profile.id}`);
  assert.equal(page.status, 200);
  assert.match(page.html, /Digital innovation for the firms around Bucharest/);
  assert.match(page.html, /Sign in to see the contact details/);
  assert.doesNotMatch(page.html, /cluster@ilfov-digital\.example/);

  // A staff member of Banat opens a profile through the form: a wrong sector is refused with
  // everything typed kept, then the fixed form makes a draft.
  await b.signIn('adriana.stoica@banat-regional-economics-institute.example');
  const form = await b.get('/en/cluster-profiles/new');
  assert.equal(form.status, 200);
  const typed = replaced(formFields(form.html, '/en/cluster-profiles'), {
    tagline_en: 'Regional economics for cluster policy', other_language: 'ro', other_tagline: 'Economie regională',
    contact_email: 'office@banat.example', technologies: 'input-output tables, surveys', sectors: [] });
  const wrong = await b.post('/en/cluster-profiles', typed);
  assert.equal(wrong.status, 422);
  assert.match(wrong.html, /Choose at least one sector/);
  assert.match(wrong.html, /value="Regional economics for cluster policy"/);
  const made = await b.post('/en/cluster-profiles', [...typed, ['sectors', '72'], ['sectors', '70']]);
  assert.equal(made.status, 303);
  const draft = await b.get(made.location);
  assert.match(draft.html, /saved as a draft/);
  assert.match(draft.html, /72 · Education and Knowledge Creation/);

  // The organisation's page leads to its profile.
  const org = await b.get(`/en/organisations/${ilfov.organisation}/cluster-profile`);
  assert.equal(org.status, 303);
  assert.equal(org.location, `/en/cluster-profiles/${profile.id}`);

  const admin = new Browser(server.base);
  await admin.signIn(MEMBERS.admin);
  const audit = auditRows((await admin.get('/en/admin/audit?action=cluster')).html).filter((e) => e.target === `cluster_profile:${profile.id}`);
  for (const action of ['created', 'offer_added', 'submitted', 'published', 'followed', 'editors_changed', 'updated', 'renewed', 'unfollowed'])
    assert.ok(audit.some((e) => e.action === `cluster_profile.${action}`), `${action} in ${audit.map((e) => e.action)}`);
});
