// Assessments through the API as the demo's people act on them: a region's team, a reviewer
// from another country, a coordinator; and an assessment brought to a step of its flow, for the
// tests that need one there (each step taken as the person who may take it).
import assert from 'node:assert/strict';
import { signIn } from './session.mjs';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The demo people the tests act as (their organisations' regions and countries in brackets).
export const PEOPLE = {
  admin: 'admin@clusterpolisee.example', // platform administrator (RO21, RO)
  coordinator: 'nikolaos.karagiannis@athens-cluster-studies-institute.example', // stc_member (EL30, EL)
  ilfovTeam: 'mihai.constantinescu@ilfov-innovation-agency.example', // partner_staff (RO32, RO)
  albaniaTeam: 'arben.hoxha@al-enterprise-cluster-agency.example', // partner_staff (AL02, AL)
  albaniaOther: 'elira.dervishi@vjosa-rda.example', // partner_staff (AL03, AL)
  maritsaTeam: 'georgi.stoyanov@maritsa-rda.example', // partner_staff (BG42, BG)
  reviewer: 'eva.tothova@danube-innovation-agency.example', // partner_staff, experienced (SK01, SK)
  secondReviewer: 'gregor.zupan@si-smart-specialisation-agency.example', // (SI04, SI)
  otherMember: 'katalin.szabo@tisza-maros-innovation-centre.example', // (HU33, HU)
};

// { status, res, body }: the body parsed when it is JSON (problems included), else its text;
// bytes: the body's bytes when `raw` is set.
async function answer(res, raw) {
  if (raw) return { status: res.status, res, bytes: Buffer.from(await res.arrayBuffer()) };
  const text = await res.text();
  const json = /json/.test(res.headers.get('content-type') ?? '');
  return { status: res.status, res, body: text && json ? JSON.parse(text) : text };
}

// A person signed in with the login form, calling the API with the session and its form token
// as the platform's pages do. call(method, path, json, { raw, type, bytes, csrf }) answers as
// `answer`; id and organisation are the person's.
export async function person(base, email) {
  const session = await signIn(base, email);
  const call = async (method, path, json, { raw = false, type, bytes, csrf = session.csrf } = {}) => {
    const headers = {};
    if (csrf) headers['X-CSRF-Token'] = csrf;
    let body;
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(json);
    } else if (bytes !== undefined) {
      headers['Content-Type'] = type;
      body = bytes;
    }
    return answer(await session.fetch(path, { method, headers, body }), raw);
  };
  const me = (await call('GET', '/api/v1/users/me')).body;
  return { ...session, email, call, id: me.id, organisation: me.organisation };
}

// A visitor who is not signed in: call(method, path, json) as person's.
export function anonymous(base) {
  return {
    call: async (method, path, json) =>
      answer(await fetch(base + path, {
        method,
        headers: json === undefined ? {} : { 'Content-Type': 'application/json' },
        body: json === undefined ? undefined : JSON.stringify(json),
      })),
  };
}

// The framework a version of which the assessment was made with.
export async function framework(who, version) {
  const r = await who.call('GET', `/api/v1/frameworks/${version}`);
  assert.equal(r.status, 200, `framework ${version}: ${JSON.stringify(r.body)}`);
  return r.body;
}

// A score of every criterion of `fw` in each of `timeframes`, the level given by level(criterion)
// (or a number), each with a justification and a piece of evidence.
export function scoresFor(fw, { timeframes = ['past', 'current', 'target'], level = 3, note = 'As the regional programme documents say.' } = {}) {
  const scores = [];
  for (const c of fw.criteria)
    for (const timeframe of timeframes) {
      const l = typeof level === 'function' ? level(c, timeframe) : level;
      scores.push({
        criterion: c.code, timeframe, answer: 'level', level: timeframe === 'target' ? Math.min(5, l + 1) : l,
        confidence: 'medium', justification: note,
        evidence: [{ kind: 'indicator', reference: 'gdp', label: '' }],
      });
    }
  return scores;
}

// Takes a step and checks it was taken: the answer's body (an assessment, mostly).
export async function step(who, method, path, json, expected = 200) {
  const r = await who.call(method, path, json);
  assert.equal(r.status, expected, `${who.email} ${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export const FLOW = ['draft', 'filled', 'submitted', 'in_review', 'accepted', 'peer_scored', 'reviewed', 'consolidated', 'published'];

// An assessment of the team's region for `period`, brought to `state` (one of FLOW):
// filled (self scores of every criterion), submitted, in_review (the reviewer invited),
// accepted, peer_scored (the reviewer's current scores given), reviewed (the review
// submitted), consolidated, published.
// Returns the assessment as the last step left it.
export async function assessmentAt(state, { team, coordinator, reviewer, region, period, selfLevel = 3, peerLevel = 4 }) {
  const until = FLOW.indexOf(state);
  assert.ok(until >= 0, state);
  let a = await step(team, 'POST', '/api/v1/assessments', { region, period, organisation: team.organisation }, 201);
  const href = a.href;
  const fw = await framework(team, a.framework_version);
  const at = (s) => FLOW.indexOf(s) <= until;
  if (at('filled')) {
    const saved = await step(team, 'PUT', `${href}/scores`, { revision: a.revision, scores: scoresFor(fw, { level: selfLevel }) });
    a = { ...a, revision: saved.revision };
  }
  if (at('submitted')) a = await step(team, 'POST', `${href}/submit`, { revision: a.revision });
  if (at('in_review')) a = await step(coordinator, 'POST', `${href}/reviewers`, { revision: a.revision, user: reviewer.id });
  if (at('accepted')) a = await step(reviewer, 'POST', `${href}/invitation`, { revision: a.revision, answer: 'accept', text: '' });
  if (at('peer_scored')) {
    const saved = await step(reviewer, 'PUT', `${href}/scores`, {
      revision: a.revision, scores: scoresFor(fw, { timeframes: ['current'], level: peerLevel, note: 'The evaluation of 2024 shows more.' }),
    });
    a = { ...a, revision: saved.revision };
  }
  if (at('reviewed')) a = await step(reviewer, 'POST', `${href}/review`, { revision: a.revision });
  if (at('consolidated')) a = await step(coordinator, 'POST', `${href}/consolidate`, { revision: a.revision, note: '' });
  if (at('published')) a = await step(coordinator, 'POST', `${href}/publish`, { revision: a.revision, note: '' });
  return a;
}
