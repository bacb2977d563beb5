// Feedback, curation and the policy helpdesk end to end on the real server and database:
// judgments on a recommendation and a match through the API and through the partial's form
// (one per person, the newest kept), coordinators' curation, the judgments as CSV, and a
// helpdesk question asked, assigned, answered with a draft knowledge item and closed, through
// the API and the pages; the refusals (each a problem or a form message, nothing stored) and
// the audit lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows, decodeHtml } from '../support/browser.mjs';
import { anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { HELPDESK, helpdeskPeople, publishedItem, QUESTION, ANSWER } from '../support/feedback.mjs';

let server;
let people;  // asker, coordinator (WG4), expert, outsider (WG1 coordinator), member
let visitor;
let item;
before(async () => {
  server = await startServer();
  people = await helpdeskPeople(server.base);
  visitor = anonymous(server.base);
  item = await publishedItem(people.member);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const inTwoWeeks = () => new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);

test('a person judges a recommendation once: the newest judgment replaces the old and the tally counts people', async () => {
  const key = `RO32/area:WG4/${item}`;
  let r = await step(people.member, 'POST', '/api/v1/feedback', { region: 'RO32', need: 'area:WG4', item, verdict: 'useful', reason: 'Clear criteria.' });
  assert.deepEqual(r.tally, { useful: 1, not_relevant: 0, adopted: 0 });
  assert.equal(r.key, key);
  await step(people.asker, 'POST', '/api/v1/feedback', { key, verdict: 'adopted' });
  r = await step(people.member, 'POST', '/api/v1/feedback', { key, verdict: 'not_relevant', reason: 'Not for a region without clusters.' });
  assert.deepEqual(r.tally, { useful: 0, not_relevant: 1, adopted: 1 });
  assert.equal(r.mine.reason, 'Not for a region without clusters.');
  const mine = await step(people.member, 'GET', '/api/v1/feedback');
  assert.ok(mine.items.some((s) => s.key === key && s.mine.verdict === 'not_relevant'));
  const one = await step(people.expert, 'GET', `/api/v1/feedback?key=${encodeURIComponent(key)}`);
  assert.deepEqual(one.items[0].tally, { useful: 0, not_relevant: 1, adopted: 1 });
  assert.equal(one.items[0].mine, null);

  // A match between two cluster profiles, by the matchmaking's key.
  const match = await step(people.member, 'POST', '/api/v1/feedback', { subject: 'match', key: 'profile:12→profile:40', verdict: 'useful' });
  assert.equal(match.tally.useful, 1);

  // Refusals: nothing is stored.
  refused(await visitor.call('POST', '/api/v1/feedback', { key, verdict: 'useful' }), 401);
  refused(await people.member.call('POST', '/api/v1/feedback', { key, verdict: 'great' }), 400, { parameter: 'verdict' });
  refused(await people.member.call('POST', '/api/v1/feedback', { region: 'XX99', need: 'area:WG4', item, verdict: 'useful' }), [400, 422], { parameter: 'region' });
  refused(await people.member.call('POST', '/api/v1/feedback', { region: 'RO32', need: 'area:WG4', item: 999999, verdict: 'useful' }), 422, { parameter: 'item' });
  refused(await people.member.call('POST', '/api/v1/feedback', { region: 'RO32', need: 'colour:red', item, verdict: 'useful' }), 400, { parameter: 'need' });
  refused(await people.member.call('POST', '/api/v1/feedback', { subject: 'match', verdict: 'useful' }), 400, { parameter: 'key' });
  refused(await people.member.call('POST', '/api/v1/feedback', { key, verdict: 'useful', reason: 'x'.repeat(1001) }), 422, { parameter: 'reason' });
  const after = await step(people.expert, 'GET', `/api/v1/feedback?key=${encodeURIComponent(key)}`);
  assert.deepEqual(after.items[0].tally, { useful: 0, not_relevant: 1, adopted: 1 });
});

test('the partial\'s form gives feedback and curates, and comes back to the page it was sent from', async () => {
  const browser = new Browser(server.base);
  await browser.signIn(HELPDESK.coordinator);
  const key = `RO21/area:WG4/${item}`;
  let r = await browser.post('/en/learning/feedback', { subject: 'recommendation', key, verdict: 'useful', reason: 'Good start', return_to: '/en/knowledge?q=cluster' });
  assert.equal(r.status, 303);
  assert.equal(r.location, `/en/knowledge?q=cluster#fb-recommendation-RO21-area-WG4-${item}`);
  const summary = await browser.api('GET', `/api/v1/feedback?key=${encodeURIComponent(key)}`);
  assert.equal(summary.body.items[0].mine.verdict, 'useful');
  // Another site is never where a form sends people.
  r = await browser.post('/en/learning/feedback', { subject: 'recommendation', key, verdict: 'adopted', return_to: 'https://evil.example/' });
  assert.equal(r.status, 303);
  assert.ok(r.location.startsWith('/en#'), r.location);
  // Without the form token nothing is stored.
  r = await browser.post('/en/learning/feedback', { key, verdict: 'not_relevant', return_to: '/en/knowledge' }, { csrf: null });
  assert.equal(r.status, 403);
  assert.equal((await browser.api('GET', `/api/v1/feedback?key=${encodeURIComponent(key)}`)).body.items[0].mine.verdict, 'adopted');
  // A refused judgment answers with the message.
  r = await browser.post('/en/learning/feedback', { key, verdict: 'great', return_to: '/en/knowledge' });
  assert.equal(r.status, 400);
  assert.match(decodeHtml(r.html), /Choose useful, not relevant or adopted\./);

  r = await browser.post('/en/learning/curation', { region: 'RO21', need: 'area:WG4', item, state: 'hidden', note: '', return_to: '/en/regions/RO21' });
  assert.equal(r.status, 303);
  assert.equal(r.location, `/en/regions/RO21#fb-recommendation-RO21-area-WG4-${item}`);
  const curations = await browser.api('GET', '/api/v1/curations?region=RO21');
  assert.ok(curations.body.items.some((c) => c.item === item && c.need === 'area:WG4' && c.hidden));
});

test('coordinators curate the recommendations of their area and export every judgment', async () => {
  const body = { region: 'HU32', need: 'criterion:WG4.2', item, pinned: true, hidden: false, note: 'Discussed at the WG4 meeting.' };
  refused(await people.outsider.call('PUT', '/api/v1/curations', body), 403);
  refused(await people.member.call('PUT', '/api/v1/curations', body), 403);
  refused(await people.coordinator.call('PUT', '/api/v1/curations', { ...body, hidden: true }), 422, { parameter: 'hidden' });
  let r = await step(people.coordinator, 'PUT', '/api/v1/curations', body);
  assert.equal(r.curation.pinned, true);
  assert.equal(r.curation.note, 'Discussed at the WG4 meeting.');
  assert.ok(r.curation.curator);
  let listed = await step(people.member, 'GET', '/api/v1/curations?region=HU32');
  assert.equal(listed.items.length, 1);
  refused(await visitor.call('GET', '/api/v1/curations?region=HU32'), 401);
  r = await step(people.coordinator, 'PUT', '/api/v1/curations', { region: 'HU32', need: 'criterion:WG4.2', item, pinned: false, hidden: false, note: '' });
  assert.equal(r.curation, null);
  listed = await step(people.member, 'GET', '/api/v1/curations?region=HU32');
  assert.equal(listed.items.length, 0);

  // The judgments as CSV, for the offline evaluation: coordinators only.
  refused(await people.member.call('GET', '/api/v1/feedback.csv'), 403);
  const csv = await people.coordinator.call('GET', '/api/v1/feedback.csv');
  assert.equal(csv.status, 200);
  assert.match(csv.res.headers.get('content-type'), /^text\/csv/);
  const lines = csv.body.trim().split(/\r?\n/);
  assert.equal(lines[0], 'subject,key,region,need,item,verdict,grade,reason,user,at');
  assert.ok(lines.length >= 4, csv.body);
  assert.ok(lines.some((l) => l.startsWith('match,')));
});

test('a question is asked, assigned, answered with a draft knowledge item and closed', async () => {
  let q = await step(people.asker, 'POST', '/api/v1/helpdesk', QUESTION, 201);
  assert.equal(q.status, 'open');
  assert.equal(q.area, 'WG4');
  assert.equal(q.asker.id, people.asker.id);
  // Seen by its asker and the area's answerers, not by a coordinator of another area.
  refused(await people.outsider.call('GET', `/api/v1/helpdesk/${q.id}`), 404);
  refused(await visitor.call('GET', `/api/v1/helpdesk/${q.id}`), 401);
  assert.ok((await step(people.coordinator, 'GET', '/api/v1/helpdesk?view=all&status=open')).items.some((x) => x.id === q.id));
  assert.ok((await step(people.asker, 'GET', '/api/v1/helpdesk')).items.some((x) => x.id === q.id));
  refused(await people.asker.call('GET', '/api/v1/helpdesk?view=all'), 403);

  // Refused assignments change nothing.
  refused(await people.asker.call('POST', `/api/v1/helpdesk/${q.id}/assignment`, { revision: q.revision, expert: people.expert.id, due: inTwoWeeks() }), 403);
  refused(await people.coordinator.call('POST', `/api/v1/helpdesk/${q.id}/assignment`, { revision: q.revision, expert: people.expert.id, due: '2020-01-01' }), 422, { parameter: 'due' });
  refused(await people.coordinator.call('POST', `/api/v1/helpdesk/${q.id}/assignment`, { revision: q.revision, expert: people.asker.id, due: inTwoWeeks() }), 422, { parameter: 'expert' });
  refused(await people.coordinator.call('POST', `/api/v1/helpdesk/${q.id}/assignment`, { revision: q.revision + 5, expert: people.expert.id, due: inTwoWeeks() }), 409, { parameter: 'revision' });
  assert.equal((await step(people.asker, 'GET', `/api/v1/helpdesk/${q.id}`)).revision, q.revision);

  q = await step(people.coordinator, 'POST', `/api/v1/helpdesk/${q.id}/assignment`, { revision: q.revision, expert: people.expert.id, due: inTwoWeeks(), note: 'Please look at the Hungarian cases.' });
  assert.equal(q.status, 'assigned');
  assert.equal(q.expert.id, people.expert.id);
  assert.equal(q.overdue, false);
  assert.ok((await step(people.expert, 'GET', '/api/v1/helpdesk?view=assigned')).items.some((x) => x.id === q.id));

  refused(await people.asker.call('POST', `/api/v1/helpdesk/${q.id}/answer`, { revision: q.revision, ...ANSWER }), 403);
  refused(await people.expert.call('POST', `/api/v1/helpdesk/${q.id}/answer`, { revision: q.revision, ...ANSWER, title: '' }), 422, { parameter: 'title' });
  q = await step(people.expert, 'POST', `/api/v1/helpdesk/${q.id}/answer`, { revision: q.revision, ...ANSWER });
  assert.equal(q.status, 'answered');
  assert.equal(q.answer.title, ANSWER.title);
  const drafted = await step(people.expert, 'GET', `/api/v1/knowledge/${q.answer.item}`);
  assert.equal(drafted.status, 'draft');
  assert.deepEqual(drafted.areas, ['WG4']);
  assert.deepEqual(drafted.regions, ['AL02']);
  assert.equal(drafted.kind, 'study');
  refused(await people.expert.call('POST', `/api/v1/helpdesk/${q.id}/answer`, { revision: q.revision, ...ANSWER }), 409);

  q = await step(people.asker, 'POST', `/api/v1/helpdesk/${q.id}/close`, { revision: q.revision, note: 'Thank you.' });
  assert.equal(q.status, 'closed');
  assert.equal(q.closing_note, 'Thank you.');
  refused(await people.asker.call('POST', `/api/v1/helpdesk/${q.id}/close`, { revision: q.revision }), 409);

  // Bad questions are refused, naming the field; nothing is stored.
  const before = (await step(people.asker, 'GET', '/api/v1/helpdesk')).items.length;
  refused(await people.asker.call('POST', '/api/v1/helpdesk', { ...QUESTION, text: 'Why?' }), 422, { parameter: 'text' });
  refused(await people.asker.call('POST', '/api/v1/helpdesk', { region: 'RO21', need: 'sector:C', text: QUESTION.text }), 422, { parameter: 'area' });
  refused(await people.asker.call('POST', '/api/v1/helpdesk', { ...QUESTION, region: 'XX99' }), 422, { parameter: 'region' });
  refused(await people.asker.call('POST', '/api/v1/helpdesk', { ...QUESTION, colour: 'red' }), 400, { parameter: 'colour' });
  assert.equal((await step(people.asker, 'GET', '/api/v1/helpdesk')).items.length, before);

  // Every change is in the audit log, against the question.
  const browser = new Browser(server.base);
  await browser.signIn('admin@clusterpolisee.example');
  const rows = auditRows((await browser.get('/en/admin/audit')).html);
  const audit = rows.filter((e) => e.target === `question:${q.id}`).map((e) => e.action);
  for (const action of ['helpdesk.asked', 'helpdesk.assigned', 'helpdesk.answered', 'helpdesk.closed'])
    assert.ok(audit.includes(action), `${action} in ${audit}`);
  assert.ok(rows.some((e) => e.action === 'feedback.given'));
  assert.ok(rows.some((e) => e.action === 'curation.saved'));
  assert.ok(rows.some((e) => e.action === 'knowledge.created'));
});

test('the helpdesk pages ask, assign, answer and close without JavaScript', async () => {
  const asker = new Browser(server.base);
  await asker.signIn(HELPDESK.asker);
  let page = await asker.get('/en/helpdesk/new?region=AL02&need=criterion:WG4.2');
  assert.equal(page.status, 200);
  assert.match(page.html, /Criterion WG4\.2/);
  // Too short: the form again with the message, what was typed kept.
  let r = await asker.post('/en/helpdesk', { region: 'AL02', need: 'criterion:WG4.2', language: 'sq', text: 'Pse?' });
  assert.equal(r.status, 422);
  assert.match(decodeHtml(r.html), /Say a little more: at least 10 characters\./);
  assert.match(r.html, /aria-invalid="true"/);
  assert.match(r.html, />Pse\?<\/textarea>/);
  r = await asker.post('/en/helpdesk', { region: 'AL02', need: 'criterion:WG4.2', language: 'sq', text: 'Cilat instrumente kanë funksionuar për klasterët e rinj?' });
  assert.equal(r.status, 303);
  const address = r.location.split('?')[0];
  assert.match(address, /^\/en\/helpdesk\/\d+$/);
  page = await asker.get(r.location);
  assert.match(decodeHtml(page.html), /Your question is with the helpdesk/);
  assert.doesNotMatch(page.html, /id="assign"/);
  assert.match((await asker.get('/en/helpdesk')).html, new RegExp(address));

  const coordinator = new Browser(server.base);
  await coordinator.signIn(HELPDESK.coordinator);
  page = await coordinator.get(address);
  assert.match(page.html, /id="assign"/);
  const revision = (html) => html.match(/name="revision" value="(\d+)"/)[1];
  r = await coordinator.post(`${address}/assignment`, { revision: revision(page.html), expert: String(people.expert.id), due: '2020-01-01', note: '' });
  assert.equal(r.status, 422);
  assert.match(decodeHtml(r.html), /The due date cannot be in the past\./);
  r = await coordinator.post(`${address}/assignment`, { revision: revision(page.html), expert: String(people.expert.id), due: inTwoWeeks(), note: '' });
  assert.equal(r.status, 303);

  const expert = new Browser(server.base);
  await expert.signIn(HELPDESK.expert);
  page = await expert.get(address);
  assert.match(page.html, /id="answer"/);
  const answer = { revision: revision(page.html), kind: 'good_practice', language: 'en', title: 'Revolving funds for young clusters', summary: '', body: 'A revolving fund lent to clusters.', answer_note: '' };
  // Every knowledge item has a summary: the form comes back with what was typed, and no draft is made.
  r = await expert.post(`${address}/answer`, answer);
  assert.equal(r.status, 422);
  assert.match(r.html, /id="n-summary"[^>]*aria-invalid="true"/);
  assert.match(r.html, /value="Revolving funds for young clusters"/);
  r = await expert.post(`${address}/answer`, { ...answer, summary: 'A fund that lends to clusters and is paid back.' });
  assert.equal(r.status, 303);
  page = await expert.get(r.location);
  assert.match(decodeHtml(page.html), /Revolving funds for young clusters/);
  assert.match(page.html, /href="\/en\/knowledge\/\d+"/);

  r = await asker.post(`${address}/close`, { revision: revision((await asker.get(address)).html), closing_note: 'Faleminderit.' });
  assert.equal(r.status, 303);
  assert.match(decodeHtml((await asker.get(address)).html), /Faleminderit\./);
  // Another area's coordinator does not see it.
  const outsider = new Browser(server.base);
  await outsider.signIn(HELPDESK.outsider);
  assert.equal((await outsider.get(address)).status, 404);
});

test('an open question lists as waiting and an assigned one past its date as overdue in the demo', async () => {
  const all = await step(people.coordinator, 'GET', '/api/v1/helpdesk?view=all');
  const demo = all.items.filter((q) => q.region === 'AL02' && q.status === 'assigned' && q.overdue);
  assert.ok(demo.length >= 1, JSON.stringify(all.items.map((q) => [q.id, q.status, q.overdue])));
  const page = new Browser(server.base);
  await page.signIn(HELPDESK.coordinator);
  assert.match((await page.get('/en/helpdesk?view=all&status=assigned')).html, /tag--overdue/);
  // The answered question of the demo links its draft.
  const wg1 = new Browser(server.base);
  await wg1.signIn(HELPDESK.outsider);
  const answered = (await wg1.api('GET', '/api/v1/helpdesk?view=all&status=answered')).body.items;
  assert.ok(answered.some((q) => q.region === 'SI04' && q.answer && q.answer.item), JSON.stringify(answered));
});
