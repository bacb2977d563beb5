// Assessments end to end through the API on the real server and database: the whole flow from
// the team's self-assessment through peer review, consolidation and publication to the action
// plan's follow-up, and the results it shows in; the refusals (each a problem, nothing
// half-stored); who sees what; the self-assessment form's XLSX round trip and the downloads;
// form tokens for browser calls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { Browser, auditRows, parseCsv } from '../support/browser.mjs';
import { PEOPLE, XLSX, person, anonymous, framework, scoresFor, step, assessmentAt } from '../support/assessment.mjs';
import { readSheet, writeWorkbook } from '../support/xlsx.mjs';

let server;
let team, albania, maritsa, coordinator, reviewer, secondReviewer, sameCountry, otherMember, admin, visitor;
before(async () => {
  server = await startServer();
  [team, albania, maritsa, coordinator, reviewer, secondReviewer, sameCountry, otherMember, admin] = await Promise.all(
    [PEOPLE.ilfovTeam, PEOPLE.albaniaTeam, PEOPLE.maritsaTeam, PEOPLE.coordinator, PEOPLE.reviewer, PEOPLE.secondReviewer,
      PEOPLE.albaniaOther, PEOPLE.otherMember, PEOPLE.admin].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

// A refusal: the status, as problem+json, naming `parameter` when given (a string or a pattern).
function refused(r, status, parameter) {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.match(r.res.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.body.status, status);
  assert.ok(r.body.detail, 'a message says what is wrong');
  if (typeof parameter === 'string') assert.equal(r.body.parameter, parameter);
  else if (parameter) assert.match(r.body.parameter, parameter);
}

const peopleAt = (t) => ({ team: t, coordinator, reviewer });

test('the whole flow: self-assessment, peer review, consolidation, publication, recommendations and follow-up', async () => {
  // The team opens the assessment of its region under the latest framework.
  let a = await step(team, 'POST', '/api/v1/assessments', { region: 'RO32', period: 3 }, 201);
  assert.equal(a.status, 'draft');
  assert.equal(a.region, 'RO32');
  assert.equal(a.organisation, team.organisation);
  assert.ok(a.may.edit && a.may.submit && !a.may.publish);
  const latest = (await step(team, 'GET', '/api/v1/frameworks')).items[0];
  assert.equal(a.framework_version, latest.version);
  const fw = await framework(team, a.framework_version);
  assert.ok(fw.criteria.length >= 30, `${fw.criteria.length} criteria`);
  const href = a.href;

  // Self scores, the summary and disclosure, a SWOT: every change moves the revision.
  let saved = await step(team, 'PUT', `${href}/scores`, { revision: a.revision, scores: scoresFor(fw, { level: 3 }) });
  assert.equal(saved.revision, a.revision + 1);
  assert.equal(saved.scores.filter((s) => s.source === 'self').length, fw.criteria.length * 3);
  a = await step(team, 'PUT', href, { revision: saved.revision, summary: 'Ilfov: a first assessment.', disclosure: 'public' });
  assert.equal(a.disclosure, 'public');
  const swot = await step(team, 'PUT', `${href}/swot/WG4`, { revision: a.revision, strengths: 'Two funds.', weaknesses: 'Short calls.' });
  assert.equal(swot.strengths, 'Two funds.');
  assert.deepEqual(await step(team, 'GET', `${href}/swot/WG4`), swot);
  a = await step(team, 'POST', `${href}/submit`, { revision: swot.revision });
  assert.equal(a.status, 'submitted');
  assert.ok(!a.may.edit);

  // A coordinator assigns a reviewer from another country; the first assignment starts the review.
  a = await step(coordinator, 'POST', `${href}/reviewers`, { revision: a.revision, user: reviewer.id });
  assert.equal(a.status, 'in_review');
  assert.deepEqual(a.reviewers.map((r) => [r.user, r.status]), [[reviewer.id, 'invited']]);
  a = await step(reviewer, 'POST', `${href}/invitation`, { revision: a.revision, answer: 'accept', text: '' });
  assert.equal(a.reviewers[0].status, 'accepted');
  assert.ok(a.may.review);
  // The reviewer sees the self-assessment and scores independently: two levels above on WG4.1.
  assert.ok(a.scores.some((s) => s.source === 'self'));
  const peer = scoresFor(fw, { timeframes: ['current'], level: (c) => (c.code === 'WG4.1' ? 5 : 3), note: 'Seen in the 2024 evaluation.' });
  saved = await step(reviewer, 'PUT', `${href}/scores`, { revision: a.revision, scores: peer });
  assert.ok(saved.scores.some((s) => s.source === 'peer' && s.criterion === 'WG4.1' && s.level === 5));
  const comment = await step(reviewer, 'POST', `${href}/comments`, { criterion: 'WG4.1', body: 'Which fund is this?' }, 201);
  const reply = await step(team, 'POST', `${href}/comments`, { criterion: 'WG4.1', reply_to: comment.id, body: 'The regional fund.' }, 201);
  assert.equal(reply.reply_to, comment.id);
  assert.equal((await step(team, 'GET', `${href}/comments`)).items.length, 2);
  a = await step(reviewer, 'POST', `${href}/review`, { revision: saved.revision });
  assert.equal(a.reviewers[0].status, 'submitted');

  // Recommendations from the review.
  const rec = await step(reviewer, 'POST', `${href}/recommendations`, { area: 'WG4', criterion: 'WG4.1', text: 'Open a pilot call for cluster projects.' }, 201);
  assert.equal(rec.response, 'pending');

  // Consolidation: an agreed score with a note, then the rest take the self score.
  saved = await step(coordinator, 'PUT', `${href}/scores`, {
    revision: a.revision,
    scores: [{ criterion: 'WG4.1', timeframe: 'current', answer: 'level', level: 4, confidence: 'high', justification: 'Agreed at the meeting.', evidence: [] }],
  });
  assert.ok(saved.scores.some((s) => s.source === 'agreed' && s.criterion === 'WG4.1' && s.level === 4));
  a = await step(coordinator, 'POST', `${href}/consolidate`, { revision: saved.revision, note: '' });
  assert.equal(a.status, 'consolidated');
  a = await step(coordinator, 'POST', `${href}/publish`, { revision: a.revision, note: '' });
  assert.equal(a.status, 'published');
  assert.ok(a.published_at > 0);

  // The team answers the recommendation, plans an action and records the follow-up.
  const answered = await step(team, 'POST', `${href}/recommendations/${rec.id}/response`, { response: 'partly', reason: 'A pilot only in 2027.' });
  assert.equal(answered.response, 'partly');
  const action = await step(team, 'POST', `${href}/recommendations/${rec.id}/actions`,
    { action: 'A pilot call', owner: 'Ilfov innovation agency', deadline: '2027-06-30' }, 201);
  assert.equal(action.status, 'planned');
  const followed = await step(team, 'POST', `${href}/actions/${action.id}/follow-up`, { status: 'done', follow_up: 'Four projects funded.' });
  assert.equal(followed.status, 'done');
  assert.ok(followed.followed_up_on);
  const recs = (await step(otherMember, 'GET', `${href}/recommendations`)).items;
  assert.deepEqual(recs.map((r) => [r.response, r.actions.map((x) => x.status)]), [['partly', ['done']]]);

  // The results reflect it: the scorecard uses the agreed level, the benchmark and the gaps show the region.
  const card = await step(otherMember, 'GET', '/api/v1/regions/RO32/scorecard');
  assert.equal(card.assessment, a.id);
  assert.equal(card.status, 'published');
  const wg41 = card.criteria.find((c) => c.criterion === 'WG4.1');
  assert.equal(wg41.current, 4);
  assert.equal(wg41.target, 4);
  assert.equal(wg41.change, 1);
  // Self 3 against peer 5 is flagged, for those who may see peer scores (coordinators).
  const flagged = (await step(coordinator, 'GET', `/api/v1/regions/RO32/scorecard?assessment=${a.id}`)).criteria.find((c) => c.criterion === 'WG4.1');
  assert.equal(flagged.peer_current, 5);
  assert.equal(flagged.diverges, true);
  assert.equal(card.areas.length, 6);
  const bench = await step(otherMember, 'GET', '/api/v1/benchmarking?region=RO32');
  assert.ok(bench.rows.some((r) => r.region === 'RO32' && r.assessment === a.id));
  assert.equal(bench.region, 'RO32');
  assert.ok(bench.spreads.find((s) => s.criterion === 'WG4.1').regions >= 1);
  const needs = await step(otherMember, 'GET', '/api/v1/regions/RO32/learning-needs?lang=ro');
  assert.ok(needs.items.every((n) => n.gap > 0));
  const gaps = await step(coordinator, 'GET', '/api/v1/gaps');
  assert.ok(gaps.period >= 1 && gaps.period <= 6);
  assert.ok(gaps.coverage.some((c) => c.country === 'RO' && c.assessments >= 1));
  refused(await otherMember.call('GET', '/api/v1/gaps?days=0'), 400, 'days');
  const agreement = await step(coordinator, 'GET', '/api/v1/assessments/agreement');
  assert.ok(agreement.items.some((i) => i.criterion === 'WG4.1' && i.pairs >= 1));

  // Every change is in the audit log, against the assessment.
  const browser = new Browser(server.base);
  await browser.signIn(PEOPLE.admin);
  const audit = auditRows((await browser.get('/en/admin/audit')).html).filter((e) => e.target === `assessment:${a.id}`);
  for (const action of ['assessment.created', 'assessment.submitted', 'assessment.reviewer_assigned', 'assessment.published'])
    assert.ok(audit.some((e) => e.action === action), `${action} in ${audit.map((e) => e.action)}`);
});

test('bad input is refused with a problem naming the field, and nothing is half-stored', async () => {
  let a = await step(albania, 'POST', '/api/v1/assessments', { region: 'AL02', period: 3 }, 201);
  const href = a.href;
  const fw = await framework(albania, a.framework_version);
  const good = { criterion: fw.criteria[0].code, timeframe: 'current', answer: 'level', level: 3, confidence: 'medium', justification: 'Why.', evidence: [] };
  const unchanged = async () => {
    const now = await step(albania, 'GET', `${href}/scores`);
    assert.equal(now.revision, a.revision, 'the revision did not move');
    assert.deepEqual(now.scores, [], 'no score was stored');
  };
  // A level 7, next to a good score: neither is stored.
  refused(await albania.call('PUT', `${href}/scores`, { revision: a.revision, scores: [good, { ...good, timeframe: 'target', level: 7 }] }),
    422, 'scores.1.level');
  await unchanged();
  // A missing justification where the criterion requires one.
  const strict = fw.criteria.find((c) => c.justification === 'required');
  assert.ok(strict, 'the framework has criteria that require a justification');
  refused(await albania.call('PUT', `${href}/scores`, { revision: a.revision, scores: [{ ...good, criterion: strict.code, justification: '' }] }),
    422, 'scores.0.justification');
  // An unknown criterion; a level with "not applicable".
  refused(await albania.call('PUT', `${href}/scores`, { revision: a.revision, scores: [{ ...good, criterion: 'WG9.9' }] }), 422, 'scores.0.criterion');
  const na = await albania.call('PUT', `${href}/scores`, { revision: a.revision, scores: [{ ...good, answer: 'not_applicable', level: 2 }] });
  assert.ok(na.status === 400 || na.status === 422, `${na.status}`);
  assert.match(na.body.parameter, /^scores\.0\./);
  await unchanged();
  // A stale revision: the change started from an older state.
  const saved = await step(albania, 'PUT', `${href}/scores`, { revision: a.revision, scores: [good] });
  const stale = await albania.call('PUT', `${href}/scores`, { revision: a.revision, scores: [{ ...good, level: 1 }] });
  refused(stale, 409);
  assert.match(stale.body.detail, /^Somebody changed this assessment since you opened it\./);
  assert.equal((await step(albania, 'GET', `${href}/scores`)).scores.find((s) => s.source === 'self').level, 3);
  refused(await albania.call('PUT', href, { summary: 'x', disclosure: 'members' }), 400, 'revision');
  refused(await albania.call('PUT', href, { revision: saved.revision, summary: 'x', disclosure: 'everybody' }), 400, 'disclosure');
  // A second assessment for the same region and period.
  refused(await albania.call('POST', '/api/v1/assessments', { region: 'AL02', period: 3 }), 409);
  // Submitting before every criterion is answered.
  const early = await albania.call('POST', `${href}/submit`, { revision: saved.revision });
  assert.ok([409, 422].includes(early.status), `${early.status}`);
  // Once submitted, the team no longer edits it.
  const filled = await step(albania, 'PUT', `${href}/scores`, { revision: saved.revision, scores: scoresFor(fw) });
  a = await step(albania, 'POST', `${href}/submit`, { revision: filled.revision });
  const late = await albania.call('PUT', `${href}/scores`, { revision: a.revision, scores: [{ ...good, level: 1 }] });
  assert.ok([403, 409, 422].includes(late.status), `editing a submitted assessment: ${late.status}`);
  assert.match(late.res.headers.get('content-type'), /^application\/problem\+json/);
  const after = await step(albania, 'GET', `${href}/scores`);
  assert.equal(after.revision, a.revision);
  assert.equal(after.scores.find((s) => s.criterion === good.criterion && s.timeframe === 'current' && s.source === 'self').level, 3);
  // A reviewer from the region's own country.
  const same = await coordinator.call('POST', `${href}/reviewers`, { revision: a.revision, user: sameCountry.id });
  refused(same, 422);
  assert.equal(same.body.detail, 'A reviewer must come from another country.');
  assert.equal((await step(albania, 'GET', href)).status, 'submitted', 'still waiting for a reviewer');
  // Only coordinators assign; the team cannot publish its own.
  refused(await albania.call('POST', `${href}/reviewers`, { revision: a.revision, user: reviewer.id }), 403);
  refused(await albania.call('POST', `${href}/publish`, { revision: a.revision }), 403);
});

test('a framework file with a bad field is refused and no version is stored', async () => {
  const before = (await step(admin, 'GET', '/api/v1/frameworks')).items;
  const file = await framework(admin, before[0].version);
  const heavy = structuredClone(file);
  heavy.criteria[3].weight = 9;
  refused(await admin.call('POST', '/api/v1/frameworks', heavy), 422, 'criteria[3].weight');
  const unnamed = structuredClone(file);
  unnamed.criteria[2].texts.en.title = 42;
  const r = await admin.call('POST', '/api/v1/frameworks', unnamed);
  assert.ok(r.status === 400 || r.status === 422, `${r.status}`);
  assert.match(r.body.parameter, /criteria.2.texts.en.title/);
  refused(await otherMember.call('POST', '/api/v1/frameworks', file), 403);
  assert.deepEqual((await step(admin, 'GET', '/api/v1/frameworks')).items, before);
  // A good file makes the next version; the old one stays as it was.
  const made = await step(admin, 'POST', '/api/v1/frameworks', { ...file, note: 'Weights reviewed.' }, 201);
  assert.equal(made.version, before[0].version + 1);
  assert.deepEqual((await framework(admin, before[0].version)).criteria, file.criteria);
});

test('who sees what: drafts to their team and coordinators, published ones to members, public ones to everybody', async () => {
  const draft = await step(maritsa, 'POST', '/api/v1/assessments', { region: 'BG42', period: 3 }, 201);
  assert.equal((await maritsa.call('GET', draft.href)).status, 200);
  assert.equal((await coordinator.call('GET', draft.href)).status, 200);
  refused(await otherMember.call('GET', draft.href), 404);
  refused(await visitor.call('GET', draft.href), 404);
  refused(await otherMember.call('GET', `${draft.href}/scores.csv`), 404);
  assert.ok(!(await step(otherMember, 'GET', '/api/v1/assessments')).items.some((x) => x.id === draft.id));

  const members = await assessmentAt('published', { ...peopleAt(maritsa), region: 'BG42', period: 4 });
  assert.equal((await otherMember.call('GET', members.href)).status, 200);
  refused(await visitor.call('GET', members.href), 404);
  assert.ok(!(await step(visitor, 'GET', '/api/v1/benchmarking')).rows.some((r) => r.assessment === members.id));
  assert.ok((await step(otherMember, 'GET', '/api/v1/benchmarking')).rows.some((r) => r.assessment === members.id));
  assert.ok(!(await step(visitor, 'GET', '/api/v1/assessments')).items.some((x) => x.id === members.id));

  // The region opts in to public scores before it is published.
  const team2 = albania;
  let open = await assessmentAt('filled', { ...peopleAt(team2), region: 'AL02', period: 4 });
  open = await step(team2, 'PUT', open.href, { revision: open.revision, summary: '', disclosure: 'public' });
  await step(team2, 'POST', `${open.href}/submit`, { revision: open.revision });
  const current = await step(team2, 'GET', open.href);
  let o = await step(coordinator, 'POST', `${open.href}/reviewers`, { revision: current.revision, user: secondReviewer.id });
  o = await step(secondReviewer, 'POST', `${open.href}/invitation`, { revision: o.revision, answer: 'accept', text: 'I reviewed AL02 in 2019.' });
  assert.equal(o.reviewers[0].conflicts, 'I reviewed AL02 in 2019.');
  const fw = await framework(team2, o.framework_version);
  const peer = await step(secondReviewer, 'PUT', `${open.href}/scores`, { revision: o.revision, scores: scoresFor(fw, { timeframes: ['current'] }) });
  o = await step(secondReviewer, 'POST', `${open.href}/review`, { revision: peer.revision });
  o = await step(coordinator, 'POST', `${open.href}/consolidate`, { revision: o.revision });
  o = await step(coordinator, 'POST', `${open.href}/publish`, { revision: o.revision });
  assert.equal((await visitor.call('GET', open.href)).status, 200);
  assert.ok((await step(visitor, 'GET', '/api/v1/benchmarking')).rows.some((r) => r.assessment === o.id));
  assert.equal((await step(visitor, 'GET', '/api/v1/regions/AL02/scorecard')).assessment, o.id);
});

test('a reviewer who declines is replaced, and a coordinator may send an assessment back to draft', async () => {
  let a = await assessmentAt('in_review', { ...peopleAt(maritsa), region: 'BG42', period: 5 });
  a = await step(reviewer, 'POST', `${a.href}/invitation`, { revision: a.revision, answer: 'decline', text: 'No time this spring.' });
  assert.equal(a.reviewers[0].status, 'declined');
  assert.equal(a.reviewers[0].decline_reason, 'No time this spring.');
  // A reviewer who declined no longer sees the unpublished assessment.
  refused(await reviewer.call('PUT', `${a.href}/scores`, { revision: a.revision, scores: [] }), 404);
  a = await step(coordinator, 'POST', `${a.href}/reviewers`, { revision: a.revision, user: secondReviewer.id });
  assert.ok(a.reviewers.some((r) => r.user === secondReviewer.id && r.status === 'invited'));
  refused(await coordinator.call('POST', `${a.href}/invitation`, { revision: a.revision, answer: 'maybe' }), 400, 'answer');
  a = await step(coordinator, 'POST', `${a.href}/send-back`, { revision: a.revision, note: 'Please add evidence for WG4.' });
  assert.equal(a.status, 'draft');
  assert.equal(a.return_note, 'Please add evidence for WG4.');
});

test('the self-assessment form goes out as XLSX and comes back with the same checks as the page', async () => {
  const a = await step(team, 'POST', '/api/v1/assessments', { region: 'RO32', period: 4 }, 201);
  const download = await team.call('GET', `${a.href}/form.xlsx?lang=ro`, undefined, { raw: true });
  assert.equal(download.status, 200);
  assert.equal(download.res.headers.get('content-type'), XLSX);
  assert.match(download.res.headers.get('content-disposition'), /attachment; filename=".*\.xlsx"/);
  const rows = readSheet(download.bytes);
  const [header] = rows;
  const col = (name) => {
    const i = header.indexOf(name);
    assert.ok(i >= 0, `${name} in ${header}`);
    return i;
  };
  const fw = await framework(team, a.framework_version);
  assert.equal(rows.filter((r) => r[col('criterion')]).length - 1, fw.criteria.length);
  // Filled offline: one criterion's current answer, confidence and justification.
  const line = rows.findIndex((r) => r[col('criterion')] === 'WG4.1');
  const filled = rows.map((r) => [...r, ...Array(Math.max(0, header.length - r.length)).fill('')]);
  filled[line][col('current_answer')] = '4';
  filled[line][col('current_confidence')] = 'high';
  const justification = header.find((h) => h.startsWith('current_justification')) ?? 'justification';
  filled[line][col(justification)] = 'Two calls a year since 2023.';
  const upload = await team.call('PUT', `${a.href}/form.xlsx`, undefined, { type: XLSX, bytes: writeWorkbook(filled) });
  assert.equal(upload.status, 200, JSON.stringify(upload.body));
  const stored = upload.body.scores.find((s) => s.criterion === 'WG4.1' && s.timeframe === 'current');
  assert.equal(stored.level, 4);
  assert.equal(stored.confidence, 'high');
  // It comes back filled in the next download.
  const again = readSheet((await team.call('GET', `${a.href}/form.xlsx`, undefined, { raw: true })).bytes);
  assert.equal(again.find((r) => r[col('criterion')] === 'WG4.1')[col('current_answer')], '4');

  // A bad cell is refused naming its row; nothing of the form is saved.
  const bad = filled.map((r) => [...r]);
  bad[line][col('current_answer')] = '7';
  bad[line + 1][col('target_answer')] = '2';
  const before = await step(team, 'GET', `${a.href}/scores`);
  const r = await team.call('PUT', `${a.href}/form.xlsx`, undefined, { type: XLSX, bytes: writeWorkbook(bad) });
  assert.ok(r.status === 400 || r.status === 422, `${r.status}`);
  assert.match(r.body.parameter, new RegExp(`row ${line + 1}\\b`));
  assert.deepEqual(await step(team, 'GET', `${a.href}/scores`), before);
  // Not a workbook; a stale revision; somebody else's assessment.
  refused(await team.call('PUT', `${a.href}/form.xlsx`, undefined, { type: XLSX, bytes: Buffer.from('criterion,answer\n') }), 422, 'file');
  refused(await team.call('PUT', `${a.href}/form.xlsx`, undefined, { type: 'text/csv', bytes: Buffer.from('x') }), 415);
  refused(await team.call('PUT', `${a.href}/form.xlsx?revision=1`, undefined, { type: XLSX, bytes: writeWorkbook(filled) }), 409);
  refused(await otherMember.call('PUT', `${a.href}/form.xlsx`, undefined, { type: XLSX, bytes: writeWorkbook(filled) }), 404);
});

test('the scores download as CSV, XLSX and JSON with criteria and evidence', async () => {
  const a = await assessmentAt('filled', { ...peopleAt(maritsa), region: 'BG42', period: 6 });
  const csv = await maritsa.call('GET', `${a.href}/scores.csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.res.headers.get('content-type'), /^text\/csv/);
  const [header, ...lines] = parseCsv(csv.body);
  for (const column of ['region', 'period', 'criterion', 'title', 'timeframe', 'source', 'answer', 'level', 'evidence']) assert.ok(header.includes(column), column);
  const fw = await framework(maritsa, a.framework_version);
  assert.equal(lines.length, fw.criteria.length * 3);
  assert.ok(lines.every((l) => l[header.indexOf('region')] === 'BG42'));
  assert.match(lines[0][header.indexOf('evidence')], /indicator:gdp/);
  const json = await maritsa.call('GET', `${a.href}/scores.json?lang=hu`);
  assert.equal(json.status, 200);
  assert.equal(json.body.items.length, lines.length);
  const xlsx = await maritsa.call('GET', `${a.href}/scores.xlsx`, undefined, { raw: true });
  assert.equal(xlsx.res.headers.get('content-type'), XLSX);
  assert.equal(readSheet(xlsx.bytes).length, lines.length + 1);
  refused(await maritsa.call('GET', `${a.href}/scores.csv?lang=xx`), 400, 'lang');
});

test('browser sessions must send their form token to change anything', async () => {
  const r = await team.call('POST', '/api/v1/assessments', { region: 'RO32', period: 6 }, { csrf: null });
  assert.equal(r.status, 403);
  refused(await visitor.call('POST', '/api/v1/assessments', { region: 'RO32', period: 6 }), 401);
  // Nothing was opened.
  assert.ok(!(await step(team, 'GET', '/api/v1/assessments?region=RO32&period=6')).items.length);
});
