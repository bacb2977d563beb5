// Joint plans against the real server: a plan brought in from Markdown; members suggest, others
// support, editors accept (a new version) or reject with a reason; a suggestion on a text that
// changed meanwhile and a second acceptance on one paragraph refused as conflicts with nothing
// lost; two versions compared word by word and exported as Markdown; the steering committee's
// vote (one vote per organisation, changed before the deadline, the text frozen meanwhile) that
// publishes the version for everybody; bad input answered with problems or form messages; the
// pages without JavaScript; every change in the audit log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows, formFields } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { PLAN_PEOPLE, newPlan, paragraphsOf, dayFromNow } from '../support/plans.mjs';

let server, lead, tomas, maja, bence, raluca, georgi, katalin, stakeholder;
before(async () => {
  server = await startServer();
  [lead, tomas, maja, bence, raluca, georgi, katalin, stakeholder] = await Promise.all(
    ['lead', 'tomas', 'maja', 'bence', 'raluca', 'georgi', 'katalin', 'stakeholder'].map((k) => person(server.base, PLAN_PEOPLE[k])));
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const suggest = (who, plan, p, kind, text, reason = 'Clearer.') =>
  who.call('POST', `/api/v1/plans/${plan.id}/suggestions`, { paragraph: p.id, kind, text, reason, revision: p.revision });

test('the demo plans: a published Joint Strategic Plan and a Sustainability Plan in drafting', async () => {
  const plans = (await step(bence, 'GET', '/api/v1/plans')).items;
  const strategic = plans.find((p) => p.kind === 'joint_strategic_plan');
  assert.equal(strategic.state, 'approved');
  assert.equal(strategic.published_version, 2);
  assert.ok(plans.some((p) => p.kind === 'sustainability_plan' && p.state === 'drafting'));
  const states = (await step(bence, 'GET', `/api/v1/plans/${strategic.id}/suggestions`)).items.map((s) => s.state);
  for (const s of ['open', 'accepted', 'rejected']) assert.ok(states.includes(s), s);
  const vote = await step(bence, 'GET', `/api/v1/plans/${strategic.id}/votes`);
  assert.equal(vote.state, 'approved');
  assert.equal(vote.ballots.length, 5);
  // Visitors see the published plans and their published version only.
  const visitor = anonymous(server.base);
  const visible = (await visitor.call('GET', '/api/v1/plans')).body.items;
  assert.deepEqual(visible.map((p) => p.id), [strategic.id]);
  assert.equal((await visitor.call('GET', `/api/v1/plans/${strategic.id}/versions/2`)).status, 200);
  refused(await visitor.call('GET', `/api/v1/plans/${strategic.id}/versions/1`), 404);
  refused(await visitor.call('GET', `/api/v1/plans/${strategic.id}`), 404);
  refused(await stakeholder.call('GET', `/api/v1/plans/${strategic.id}`), 404);
});

test('suggestions are supported, accepted into versions or rejected with a reason', async () => {
  const plan = await newPlan(lead, 'Action plan of Nord-Est');
  const [first, second, third] = await paragraphsOf(bence, plan.id);
  const replace = await suggest(bence, plan, first, 'replace', 'Clusters in the region double their exports.');
  assert.equal(replace.status, 201);
  const insert = await suggest(raluca, plan, second, 'insert', 'Managers renew their training every three years.');
  const removal = await suggest(raluca, plan, third, 'delete', '');
  refused(await bence.call('POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/support`, {}), 422);
  assert.equal((await step(raluca, 'POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/support`, {})).supporters, 1);
  // Members weigh a suggestion in comments before the editors decide; the editors answer on the page.
  const remark = await step(raluca, 'POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/comments`, { text: 'Doubling is ambitious;\nthe baseline is 2024.' }, 201);
  assert.equal(remark.author.name.length > 0, true);
  refused(await raluca.call('POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/comments`, { text: '  ' }), 422, { parameter: 'text' });
  refused(await stakeholder.call('POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/comments`, { text: 'Me too.' }), [403, 404]);
  const editor = new Browser(server.base);
  await editor.signIn(PLAN_PEOPLE.tomas);
  const planPage = await editor.get(`/en/plans/${plan.id}`);
  assert.match(planPage.html, /Doubling is ambitious;\nthe baseline is 2024\./);
  const commentAction = `/en/plans/${plan.id}/suggestions/${replace.body.id}/comments`;
  assert.ok(planPage.html.includes(`action="${commentAction}"`));
  assert.equal((await editor.post(commentAction, { text: 'We keep the baseline in the indicator.' })).status, 303);
  const listed = (await step(bence, 'GET', `/api/v1/plans/${plan.id}/suggestions`)).items.find((x) => x.id === replace.body.id);
  assert.deepEqual(listed.comments.map((c) => c.text), ['Doubling is ambitious;\nthe baseline is 2024.', 'We keep the baseline in the indicator.']);
  refused(await maja.call('POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/accept`, {}), 403);
  refused(await bence.call('POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/accept`, {}), 403);
  assert.equal((await step(tomas, 'POST', `/api/v1/plans/${plan.id}/suggestions/${replace.body.id}/accept`, {})).state, 'accepted');
  await step(tomas, 'POST', `/api/v1/plans/${plan.id}/suggestions/${insert.body.id}/accept`, {});
  refused(await tomas.call('POST', `/api/v1/plans/${plan.id}/suggestions/${removal.body.id}/reject`, { reason: ' ' }), 422, { parameter: 'reason' });
  const rejected = await step(tomas, 'POST', `/api/v1/plans/${plan.id}/suggestions/${removal.body.id}/reject`, { reason: 'Vouchers stay.' });
  assert.equal(rejected.decision_reason, 'Vouchers stay.');
  refused(await raluca.call('POST', `/api/v1/plans/${plan.id}/suggestions/${removal.body.id}/comments`, { text: 'Too late?' }), 409);
  const versions = (await step(bence, 'GET', `/api/v1/plans/${plan.id}/versions`)).items;
  assert.deepEqual(versions.map((v) => v.number), [3, 2, 1]);
  const v3 = await step(bence, 'GET', `/api/v1/plans/${plan.id}/versions/3`);
  assert.match(v3.text, /double their exports/);
  assert.match(v3.text, /Managers renew their training/);
  assert.match(v3.text, /A voucher for the first trade fair/);
  // The pages compare two versions word by word and give the Markdown of each.
  const b = new Browser(server.base);
  await b.signIn(PLAN_PEOPLE.bence);
  const compared = await b.get(`/en/plans/${plan.id}/compare?from=1&to=3`);
  assert.equal(compared.status, 200);
  assert.match(compared.html, /<del>grow <\/del><ins>double <\/ins>/);
  const md = await b.get(`/en/plans/${plan.id}/compare?from=1&to=3&format=markdown`);
  assert.match(md.html, /\{--grow --\}\{\+\+double \+\+\}/);
  // The API gives the same comparison, part by part and as Markdown.
  const apiCompared = await step(bence, 'GET', `/api/v1/plans/${plan.id}/compare?from=1&to=3`);
  assert.equal(apiCompared.changed, true);
  assert.deepEqual([apiCompared.from.number, apiCompared.to.number], [1, 3]);
  assert.ok(apiCompared.parts.some((p) => p.kind === 'added' && p.text === 'double '));
  assert.match(apiCompared.markdown, /\{--grow --\}\{\+\+double \+\+\}/);
  refused(await bence.call('GET', `/api/v1/plans/${plan.id}/compare?from=1`), 400, { parameter: 'to' });
  refused(await bence.call('GET', `/api/v1/plans/${plan.id}/compare?from=1&to=9`), 404);
  const exported = await b.get(`/en/plans/${plan.id}/versions/3/markdown`);
  assert.equal(exported.status, 200);
  assert.match(exported.html, /^# Action plan of Nord-Est\n\n## Aims/);
});

test('a suggestion on a changed text and a second acceptance on one paragraph are refused, nothing lost', async () => {
  const plan = await newPlan(lead, 'Conflicts');
  const [first] = await paragraphsOf(bence, plan.id);
  const mine = await suggest(bence, plan, first, 'replace', 'Exports grow by a tenth.');
  const theirs = await suggest(raluca, plan, first, 'replace', 'Exports grow by a fifth.');
  await step(tomas, 'POST', `/api/v1/plans/${plan.id}/suggestions/${mine.body.id}/accept`, {});
  refused(await lead.call('POST', `/api/v1/plans/${plan.id}/suggestions/${theirs.body.id}/accept`, {}), 409,
    { detail: /paragraph changed since this suggestion was made/ });
  const kept = (await step(bence, 'GET', `/api/v1/plans/${plan.id}/suggestions`)).items.find((s) => s.id === theirs.body.id);
  assert.equal(kept.state, 'open');
  assert.equal(kept.text, 'Exports grow by a fifth.');
  refused(await suggest(raluca, plan, first, 'delete', ''), 409, { parameter: 'text' });
  assert.equal((await step(bence, 'GET', `/api/v1/plans/${plan.id}`)).version, 2);
});

test('a plan takes suggestions inside its phase only', async () => {
  const plan = await newPlan(lead, 'Phased');
  const [first] = await paragraphsOf(bence, plan.id);
  refused(await tomas.call('PUT', `/api/v1/plans/${plan.id}/phase`, { opens: dayFromNow(1), closes: dayFromNow(8) }), 403);
  refused(await lead.call('PUT', `/api/v1/plans/${plan.id}/phase`, { opens: dayFromNow(8), closes: dayFromNow(1) }), 422, { parameter: 'closes' });
  const set = await step(lead, 'PUT', `/api/v1/plans/${plan.id}/phase`, { opens: dayFromNow(1), closes: dayFromNow(8) });
  assert.deepEqual(set.phase, { opens: dayFromNow(1), closes: dayFromNow(8) });
  refused(await suggest(bence, plan, first, 'delete', ''), 409, { detail: new RegExp(dayFromNow(1)) });
  assert.equal((await step(bence, 'GET', `/api/v1/plans/${plan.id}`)).may.suggest, false);
  await step(lead, 'PUT', `/api/v1/plans/${plan.id}/phase`, { opens: dayFromNow(0), closes: dayFromNow(8) });
  assert.equal((await suggest(bence, plan, first, 'delete', '')).status, 201);
});

test('the steering committee votes once per organisation and the adopted version is published', async () => {
  const plan = await newPlan(lead, 'To adopt');
  const [first] = await paragraphsOf(bence, plan.id);
  const waiting = await suggest(bence, plan, first, 'delete', '');
  refused(await tomas.call('POST', `/api/v1/plans/${plan.id}/votes`, { deadline: dayFromNow(7), quorum: 2, majority: 50 }), 403);
  refused(await lead.call('POST', `/api/v1/plans/${plan.id}/votes`, { deadline: '2020-01-01', quorum: 2, majority: 50 }), 422, { parameter: 'deadline' });
  refused(await lead.call('POST', `/api/v1/plans/${plan.id}/votes`, { deadline: dayFromNow(7), quorum: 2, majority: 20 }), 422, { parameter: 'majority' });
  await step(lead, 'POST', `/api/v1/plans/${plan.id}/votes`, { deadline: dayFromNow(7), quorum: 2, majority: 50 }, 201);
  refused(await lead.call('POST', `/api/v1/plans/${plan.id}/votes`, { deadline: dayFromNow(7), quorum: 2, majority: 50 }), 409);
  // The text is frozen while the committee votes.
  refused(await tomas.call('POST', `/api/v1/plans/${plan.id}/suggestions/${waiting.body.id}/accept`, {}), 409);
  refused(await suggest(raluca, plan, first, 'delete', ''), 409);
  refused(await bence.call('POST', `/api/v1/plans/${plan.id}/votes/ballot`, { choice: 'for' }), 403);
  refused(await georgi.call('POST', `/api/v1/plans/${plan.id}/votes/ballot`, { choice: 'maybe' }), 400, { parameter: 'choice' });
  await step(georgi, 'POST', `/api/v1/plans/${plan.id}/votes/ballot`, { choice: 'against' });
  await step(georgi, 'POST', `/api/v1/plans/${plan.id}/votes/ballot`, { choice: 'for' });
  await step(katalin, 'POST', `/api/v1/plans/${plan.id}/votes/ballot`, { choice: 'abstain' });
  const vote = await step(bence, 'GET', `/api/v1/plans/${plan.id}/votes`);
  assert.deepEqual(vote.tally, { for: 1, against: 0, abstain: 1 });
  assert.equal(vote.ballots.length, 2);
  assert.equal((await step(georgi, 'GET', `/api/v1/plans/${plan.id}/votes`)).my_ballot, 'for');
  refused(await georgi.call('POST', `/api/v1/plans/${plan.id}/votes/close`, { statement: '' }), 403);
  const closed = await step(lead, 'POST', `/api/v1/plans/${plan.id}/votes/close`, { statement: 'Adopted by written procedure.' });
  assert.equal(closed.state, 'approved');
  assert.equal(closed.procedure, 'vote');
  refused(await georgi.call('POST', `/api/v1/plans/${plan.id}/votes/ballot`, { choice: 'against' }), 409);
  const visitor = new Browser(server.base);
  const published = await visitor.get(`/en/plans/${plan.id}/versions/1`);
  assert.equal(published.status, 200);
  assert.match(published.html, /Approved by the steering committee/);
  assert.match((await visitor.get('/en/plans')).html, /To adopt/);
});

test('a written procedure by secret ballot: adopted unless enough organisations object, counts shown only', async () => {
  const plan = await newPlan(lead, 'Written procedure');
  refused(await lead.call('POST', `/api/v1/plans/${plan.id}/votes`,
    { deadline: dayFromNow(7), quorum: 2, majority: 50, procedure: 'by post' }), 400, { parameter: 'procedure' });
  const vote = await step(lead, 'POST', `/api/v1/plans/${plan.id}/votes`,
    { deadline: dayFromNow(7), quorum: 2, majority: 50, procedure: 'written_procedure', secrecy: 'secret' }, 201);
  assert.equal(vote.secrecy, 'secret');
  await step(georgi, 'POST', `/api/v1/plans/${plan.id}/votes/ballot`, { choice: 'against' });
  const seen = await step(bence, 'GET', `/api/v1/plans/${plan.id}/votes`);
  assert.deepEqual(seen.ballots, []);
  assert.equal(seen.tally.against, 1);
  assert.equal((await step(georgi, 'GET', `/api/v1/plans/${plan.id}/votes`)).my_ballot, 'against');
  assert.equal((await step(lead, 'POST', `/api/v1/plans/${plan.id}/votes/close`, { statement: 'One objection only.' })).state, 'approved');
});

test('bad input is refused with the field at fault and nothing is stored', async () => {
  const count = (await step(lead, 'GET', '/api/v1/plans')).items.length;
  const base = { title: 'P', kind: 'regional_action_plan', editor_group: 'WG4', languages: ['en'], text: '# A\n\nB' };
  refused(await bence.call('POST', '/api/v1/plans', base), 403);
  refused(await lead.call('POST', '/api/v1/plans', { ...base, title: '' }), 422, { parameter: 'title' });
  refused(await lead.call('POST', '/api/v1/plans', { ...base, editor_group: 'WG9' }), 400, { parameter: 'editor_group' });
  refused(await lead.call('POST', '/api/v1/plans', { ...base, languages: ['de'] }), 400, { parameter: 'languages' });
  refused(await lead.call('POST', '/api/v1/plans', { ...base, text: 'No heading.' }), 422, { parameter: 'text' });
  refused(await lead.call('POST', '/api/v1/plans', { ...base, extra: 1 }), 400, { parameter: 'extra' });
  assert.equal((await step(lead, 'GET', '/api/v1/plans')).items.length, count);
  const plan = (await step(lead, 'GET', '/api/v1/plans')).items[0];
  const [p] = await paragraphsOf(bence, plan.id);
  refused(await suggest(bence, plan, p, 'replace', 'x'.repeat(5001)), 422, { parameter: 'text' });
  refused(await suggest(bence, plan, p, 'replace', 'New text', ''), 422, { parameter: 'reason' });
  refused(await suggest(bence, plan, p, 'replace', ''), 422, { parameter: 'text' });
  refused(await bence.call('POST', `/api/v1/plans/${plan.id}/suggestions`, { paragraph: 999999, kind: 'delete', reason: 'R', revision: 1 }), 409);
});

test('the pages work without JavaScript, keep what was typed, escape markup and the audit log names every change', async () => {
  const plan = await newPlan(lead, '<img src=x onerror=alert(1)> plan');
  const b = new Browser(server.base);
  await b.signIn(PLAN_PEOPLE.bence);
  const page = await b.get(`/en/plans/${plan.id}`);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.html, /<img src=x/);
  const action = `/en/plans/${plan.id}/suggestions`;
  const fields = Object.fromEntries(formFields(page.html, action));
  const noReason = await b.post(action, { ...fields, kind: 'replace', text: 'Kept <b>text</b>', reason: '' });
  assert.equal(noReason.status, 422);
  assert.match(noReason.html, /Say why you suggest this/);
  assert.match(noReason.html, /Kept &lt;b&gt;text&lt;\/b&gt;/);
  const made = await b.post(action, { ...fields, kind: 'replace', text: 'Clusters <script>alert(1)</script> export more.', reason: 'Bolder.' });
  assert.equal(made.status, 303);
  const after = await b.get(made.location);
  assert.doesNotMatch(after.html, /<script>alert/);
  const sid = /#suggestion-(\d+)/.exec(made.location)[1];
  const editor = new Browser(server.base);
  await editor.signIn(PLAN_PEOPLE.tomas);
  const editorPage = await editor.get(`/en/plans/${plan.id}`);
  const reject = `/en/plans/${plan.id}/suggestions/${sid}/reject`;
  const noWhy = await editor.post(reject, { ...Object.fromEntries(formFields(editorPage.html, reject)), reason: '' });
  assert.equal(noWhy.status, 422);
  const accept = `/en/plans/${plan.id}/suggestions/${sid}/accept`;
  const accepted = await editor.post(accept, Object.fromEntries(formFields(editorPage.html, accept)));
  assert.equal(accepted.status, 303);
  // A stale form (the paragraph changed since the page was read) keeps what was typed.
  const stale = await b.post(action, { ...fields, kind: 'replace', text: 'Typed on the old text.', reason: 'Because.' });
  assert.equal(stale.status, 409);
  assert.match(stale.html, /The paragraph changed while you were writing/);
  assert.match(stale.html, /Typed on the old text\./);
  for (const lang of ['ro', 'sq', 'hu', 'el']) assert.equal((await b.get(`/${lang}/plans/${plan.id}`)).status, 200);

  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const actions = auditRows((await admin.get('/en/admin/audit?action=plan.')).html).map((r) => r.action);
  for (const a of ['plan.created', 'plan.suggested', 'plan.supported', 'plan.commented', 'plan.suggestion_accepted', 'plan.suggestion_rejected',
    'plan.phase_set', 'plan.vote_opened', 'plan.ballot_cast', 'plan.vote_closed'])
    assert.ok(actions.includes(a), a);
});
