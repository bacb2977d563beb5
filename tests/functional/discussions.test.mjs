// "Discuss this" against the real server: a member starts the discussion of a published
// knowledge item, an assessment and a pilot (each in its workspace, once, linking back); a
// draft's discussion is read only by those who read the draft; bad input and people who may not
// are answered with problems or form messages and nothing is stored; the pages work without
// JavaScript; every start is in the audit log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows, formFields } from '../support/browser.mjs';
import { person, step, anonymous } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { MEMBER, readableSubjects } from '../support/discussions.mjs';

const BENCE = 'bence.varga@tisza-maros-innovation-centre.example';  // WG4 member
const RALUCA = 'raluca.toma@nord-est-cluster-agency.example';  // WG4 member
const STAKEHOLDER = 'cristian.lupu@valea-sucevei-wood-cluster.example';

let server, tomas, bence, raluca, stakeholder, subjects;
before(async () => {
  server = await startServer();
  [tomas, bence, raluca, stakeholder] = await Promise.all(
    [MEMBER, BENCE, RALUCA, STAKEHOLDER].map((e) => person(server.base, e)));
  subjects = await readableSubjects(tomas);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

test('a member starts the discussion of a published item once, in its area\'s workspace, linking back', async () => {
  const before = await step(tomas, 'GET', `/api/v1/knowledge/${subjects.item}/discussion`);
  assert.equal(before.thread, null);
  assert.equal(before.may_start, true);
  assert.equal(before.subject.path, `/knowledge/${subjects.item}`);
  assert.match(before.subject.group, /^WG[1-6]$/);
  const thread = await step(tomas, 'POST', `/api/v1/knowledge/${subjects.item}/discussion`,
    { body: 'Has anyone tried this with **micro-clusters**, @raluca.toma?' }, 201);
  assert.equal(thread.group, before.subject.group);
  assert.equal(thread.subject, before.subject.title);
  assert.deepEqual(thread.about, { kind: 'knowledge_item', id: subjects.item, path: `/knowledge/${subjects.item}` });
  const after = await step(raluca, 'GET', `/api/v1/knowledge/${subjects.item}/discussion`);
  assert.equal(after.thread.id, thread.id);
  assert.equal(after.may_start, false);
  // The person mentioned hears of it.
  assert.ok((await step(raluca, 'GET', '/api/v1/notifications')).items.some((n) => n.thread === thread.id));
  // One discussion per subject: a second start is refused and keeps nothing.
  refused(await bence.call('POST', `/api/v1/knowledge/${subjects.item}/discussion`, { body: 'Me too.' }), 409, { parameter: 'body' });
  assert.equal((await step(tomas, 'GET', `/api/v1/threads/${thread.id}/posts`)).items.length, 1);
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const rows = auditRows((await admin.get('/en/admin/audit?action=group.')).html);
  assert.ok(rows.some((r) => r.detail === `${thread.group} knowledge_item:${subjects.item}`), JSON.stringify(rows));
});

test('assessments and pilots have their discussions too; an assessment\'s lives in WG5', async () => {
  const a = await step(tomas, 'POST', `/api/v1/assessments/${subjects.assessment}/discussion`, { body: 'What did the reviewers find?' }, 201);
  assert.equal(a.group, 'WG5');
  assert.equal(a.about.kind, 'assessment');
  const p = await step(tomas, 'POST', `/api/v1/pilots/${subjects.pilot}/discussion`, { body: 'How are the first vouchers used?' }, 201);
  assert.equal(p.about.path, `/pilots/${subjects.pilot}`);
  const listed = await step(bence, 'GET', `/api/v1/groups/${p.group}/threads`);
  assert.ok(listed.items.some((t) => t.id === p.id && t.about.kind === 'pilot'));
});

test('a draft\'s discussion is read only by those who may read the draft', async () => {
  const draft = await step(bence, 'POST', '/api/v1/knowledge', {
    kind: 'good_practice', original_language: 'en', areas: ['WG3'], countries: ['HU'], regions: ['HU33'], timeframe: 'current',
    instrument: 'networking', texts: [{ language: 'en', title: 'Cross-border buyer days (draft)', summary: 'Not yet sent to review.', body: 'Draft.' }],
  }, 201);
  const thread = await step(bence, 'POST', `/api/v1/knowledge/${draft.id}/discussion`, { body: 'Notes before review.' }, 201);
  refused(await raluca.call('GET', `/api/v1/knowledge/${draft.id}/discussion`), 404);
  refused(await raluca.call('GET', `/api/v1/threads/${thread.id}/posts`), 404);
  refused(await raluca.call('POST', `/api/v1/threads/${thread.id}/posts`, { body: 'Hello?' }), 404);
  const listed = await step(raluca, 'GET', '/api/v1/groups/WG3/threads');
  assert.ok(!listed.items.some((t) => t.id === thread.id));
  // Nor can its author mention somebody who may not read it.
  refused(await bence.call('POST', `/api/v1/threads/${thread.id}/posts`, { body: 'What do you think, @raluca.toma?' }), 422, { parameter: 'body' });
  const page = new Browser(server.base);
  await page.signIn(RALUCA);
  assert.equal((await page.get(`/en/groups/WG3/threads/${thread.id}`)).status, 404);
  assert.doesNotMatch((await page.get('/en/groups/WG3')).html, /Cross-border buyer days/);
});

test('bad input and people who may not are refused with nothing stored', async () => {
  const pilot = `/api/v1/pilots/${subjects.pilot}/discussion`;
  refused(await anonymous(server.base).call('GET', pilot), 401);
  refused(await stakeholder.call('GET', `/api/v1/knowledge/${subjects.item}/discussion`), 404);
  refused(await tomas.call('GET', '/api/v1/knowledge/999999/discussion'), 404);
  refused(await tomas.call('GET', '/api/v1/pilots/abc/discussion'), 404);
  const item = `/api/v1/knowledge/${subjects.item}/discussion`;
  refused(await tomas.call('GET', `${item}?x=1`), 400);
  refused(await tomas.call('POST', '/api/v1/assessments/999999/discussion', { body: 'Anyone?' }), 404);
  // On a subject without a discussion yet: nothing is started by refused input.
  const draft = await step(bence, 'POST', '/api/v1/knowledge', {
    kind: 'good_practice', original_language: 'en', areas: ['WG4'], countries: ['HU'], regions: ['HU33'], timeframe: 'current',
    instrument: 'networking', texts: [{ language: 'en', title: 'Shared testing labs (draft)', summary: 'A draft.', body: 'Draft.' }],
  }, 201);
  const on = `/api/v1/knowledge/${draft.id}/discussion`;
  refused(await bence.call('POST', on, { body: '' }), [400, 422], { parameter: 'body' });
  refused(await bence.call('POST', on, { body: 'x'.repeat(20001) }), [400, 422], { parameter: 'body' });
  refused(await bence.call('POST', on, { text: 'Hi' }), [400, 422]);
  refused(await bence.call('POST', on, { body: 'Hello @nobody.here' }), 422, { parameter: 'body' });
  refused(await bence.call('POST', on, { body: '<script>alert(1)</script> and @nobody.here' }), 422);
  assert.equal((await step(bence, 'GET', on)).thread, null);
});

test('the pages work without JavaScript: the subject links to it, the form starts it, the discussion links back', async () => {
  const member = new Browser(server.base);
  await member.signIn(MEMBER);
  const pilotPage = await member.get(`/ro/pilots/${subjects.pilot}`);
  assert.equal(pilotPage.status, 200);
  // Its discussion exists (the second test): the link leads there.
  assert.match(pilotPage.html, new RegExp(`href="/ro/pilots/${subjects.pilot}/discussion"`));
  const opened = await member.get(`/ro/pilots/${subjects.pilot}/discussion`);
  assert.equal(opened.status, 303);
  assert.match(opened.res.headers.get('location'), /\/ro\/groups\/WG[1-6]\/threads\/\d+$/);

  const browser = new Browser(server.base);
  await browser.signIn(BENCE);
  const draft = await step(bence, 'POST', '/api/v1/knowledge', {
    kind: 'good_practice', original_language: 'en', areas: ['WG4'], countries: ['HU'], regions: ['HU33'], timeframe: 'current',
    instrument: 'networking', texts: [{ language: 'en', title: 'Cluster internships <b>(draft)</b>', summary: 'A draft.', body: 'Draft.' }],
  }, 201);
  const address = `/en/knowledge/${draft.id}/discussion`;
  const form = await browser.get(address);
  assert.equal(form.status, 200);
  assert.match(form.html, /Cluster internships &lt;b&gt;\(draft\)/);
  assert.doesNotMatch(form.html, /<b>\(draft\)/);
  const fields = Object.fromEntries(formFields(form.html, address));
  const empty = await browser.post(address, { ...fields, body: '' });
  assert.ok([400, 422].includes(empty.status), String(empty.status));
  assert.match(empty.html, /id="form-error"/);
  const started = await browser.post(address, { ...fields, body: 'Who hosts interns in **WG4** regions?' });
  assert.equal(started.status, 303);
  const location = started.res.headers.get('location');
  assert.match(location, /^\/en\/groups\/WG4\/threads\/\d+$/);
  const thread = await browser.get(location);
  assert.match(thread.html, new RegExp(`href="/en/knowledge/${draft.id}"`));
  assert.match(thread.html, /Who hosts interns in <strong>WG4<\/strong> regions\?/);
});
