// Every route the OpenAPI document describes answers as described, and every /api/v1 route
// the server answers is described.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { PEOPLE, person, assessmentAt, step } from '../support/assessment.mjs';
import { pilotExamples, monitoringExamples, transferExamples, mentoringExamples, clusterProfileExamples, partnerSearchExamples, knowledgeWorkflowExamples, delphiExamples, groupExamples } from '../support/openapi_examples.mjs';
import { feedbackExamples } from '../support/feedback.mjs';
import { newsExamples } from '../support/news.mjs';
import { eventExamples } from '../support/events.mjs';
import { planExamples } from '../support/plans.mjs';
import { discussionExamples } from '../support/discussions.mjs';
import { surveyExamples } from '../support/surveys.mjs';
import { newsletterExamples } from '../support/newsletter.mjs';
import { trainingExamples } from '../support/training.mjs';

let server;
let monitoringServer;  // an empty database: the monitoring's drafts to change and approve
let monitoring;  // its examples, base address and token
let doc;
let session;
let token;
let flow;
before(async () => {
  server = await startServer();
  doc = await (await fetch(`${server.base}/api/v1/openapi.json`)).json();
  session = await signIn(server.base, 'admin@clusterpolisee.example');
  token = await createToken(session, 'openapi test', 'write');
  flow = await assessmentExamples(server.base);
  Object.assign(flow, await pilotExamples(server.base));
  Object.assign(flow, await transferExamples(server.base));
  Object.assign(flow, await mentoringExamples(server.base));
  Object.assign(flow, await feedbackExamples(server.base));
  Object.assign(flow, await eventExamples(server.base));
  Object.assign(flow, await clusterProfileExamples(server.base));
  Object.assign(flow, await partnerSearchExamples(server.base, session));
  Object.assign(flow, await knowledgeWorkflowExamples(server.base, token.secret));
  Object.assign(flow, await newsExamples(server.base));
  Object.assign(flow, await delphiExamples(server.base));
  Object.assign(flow, await groupExamples(server.base));
  Object.assign(flow, await planExamples(server.base));
  Object.assign(flow, await discussionExamples(server.base));
  Object.assign(flow, await surveyExamples(server.base));
  Object.assign(flow, await newsletterExamples(server));
  Object.assign(flow, await trainingExamples(server.base));
  monitoringServer = await startServer({ demo: false });
  monitoring = await monitoringExamples(monitoringServer);
  Object.assign(flow, monitoring.examples);
});
after(async () => {
  await server.stop();
  await monitoringServer?.stop();
});

// The operations of an assessment's flow act on assessments made for the purpose, each brought
// to the state its step needs (a step cannot be taken twice), as the person who may take it:
// operationId → { who, params } (path parameters instead of the examples).
async function assessmentExamples(base) {
  const [team1, team2, team3, coordinator, reviewer] = await Promise.all(
    [PEOPLE.ilfovTeam, PEOPLE.albaniaTeam, PEOPLE.maritsaTeam, PEOPLE.coordinator, PEOPLE.reviewer].map((e) => person(base, e)));
  const region = { [team1.email]: 'RO32', [team2.email]: 'AL02', [team3.email]: 'BG42' };
  const at = (state, team, period) => assessmentAt(state, { team, coordinator, reviewer, region: region[team.email], period });
  const draft = await at('draft', team1, 3);
  const filled = await at('filled', team2, 3);
  const submitted = await at('submitted', team3, 3);
  const toAssign = await at('submitted', team1, 4);
  const invited = await at('in_review', team2, 4);
  const peerScored = await at('peer_scored', team3, 4);
  const reviewed = await at('reviewed', team1, 5);
  const toConsolidate = await at('reviewed', team2, 5);
  const consolidated = await at('consolidated', team3, 5);
  // What a review ends in: a recommendation with a planned action, to answer and follow up.
  const recommendation = await step(coordinator, 'POST', `${reviewed.href}/recommendations`, { area: 'WG4', criterion: 'WG4.1', text: 'A pilot call.' }, 201);
  const action = await step(team1, 'POST', `${reviewed.href}/recommendations/${recommendation.id}/actions`,
    { action: 'Draft the call', owner: 'The agency', deadline: '2027-03-31' }, 201);
  const as = (who, a, more = {}) => ({ who, params: { id: a.id, ...more } });
  const examples = {
    submitAssessment: as(team2, filled),
    sendBackAssessment: as(coordinator, submitted),
    listReviewerCandidates: as(coordinator, toAssign),
    assignAssessmentReviewer: as(coordinator, toAssign),
    answerAssessmentInvitation: as(reviewer, invited),
    submitAssessmentReview: as(reviewer, peerScored),
    listAssessmentRecommendations: as(team1, reviewed),
    recommend: as(coordinator, reviewed),
    respondToRecommendation: as(team1, reviewed, { recommendation: recommendation.id }),
    planAction: as(team1, reviewed, { recommendation: recommendation.id }),
    followUpAction: as(team1, reviewed, { action: action.id }),
    consolidateAssessment: as(coordinator, toConsolidate),
    publishAssessment: as(coordinator, consolidated),
    getRegionScorecard: { params: { code: 'BG42' } },
    getRegionLearningNeeds: { params: { code: 'BG42' } },
  };
  // The reviewer the document's example assigns is the one these examples use.
  assert.equal(resolve(doc.paths['/api/v1/assessments/{id}/reviewers'].post.requestBody.content['application/json'].schema).example.user, reviewer.id);
  for (const path of Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/assessments/{id}')))
    for (const op of Object.values(doc.paths[path])) examples[op.operationId] ??= as(team1, draft);
  return examples;
}

function resolve(schema) {
  while (schema && schema.$ref) {
    schema = schema.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k], doc);
  }
  return schema;
}

// Checks the parts of JSON Schema the document uses: type (also lists), const, enum,
// required, properties, items, allOf, minimum/maximum.
function validate(value, schema, at = '$') {
  schema = resolve(schema);
  if (!schema) return;
  for (const part of schema.allOf ?? []) validate(value, part, at);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    assert.ok(ok, `${at}: expected ${types.join('|')}, got ${actual}`);
  }
  if ('const' in schema) assert.deepEqual(value, schema.const, at);
  if (schema.enum) assert.ok(schema.enum.includes(value), `${at}: ${value} not in ${schema.enum}`);
  if (typeof value === 'number') {
    if ('minimum' in schema) assert.ok(value >= schema.minimum, at);
    if ('maximum' in schema) assert.ok(value <= schema.maximum, at);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of schema.required ?? []) assert.ok(key in value, `${at}: missing ${key}`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) if (key in value) validate(value[key], sub, `${at}.${key}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => validate(v, schema.items, `${at}[${i}]`));
}

function exampleUrl(path, parameters = [], method = 'get', given = {}) {
  let url = path;
  const query = new URLSearchParams();
  for (const p of parameters.map(resolve)) {
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(given[p.name] ?? p.example ?? p.schema?.examples?.[0]));
    // Operations that change data are called with the query parameters they give examples for
    // (or their example's own, such as the revision a deletion starts from).
    // A read takes the query parameters its example gives (a search needs a criterion).
    if (p.in === 'query' && (method !== 'get' || given[p.name] !== undefined) && (given[p.name] ?? p.example) !== undefined)
      query.append(p.name, given[p.name] ?? p.example);
  }
  return query.size ? `${url}?${query}` : url;
}

test('the document is OpenAPI 3.1 with unique operation ids', () => {
  assert.equal(doc.openapi, '3.1.0');
  const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
  assert.equal(new Set(ids).size, ids.length);
});

test('every documented operation answers its documented success response', async () => {
  let checked = 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      // The monitoring's operations act on its own server; an example's parameters and body
      // may be made just before the call.
      const example = flow[op.operationId] ?? (op.tags?.includes('monitoring') ? { base: monitoring.base, token: monitoring.token } : undefined);
      const given = typeof example?.params === 'function' ? await example.params() : example?.params;
      let url = (example?.base ?? server.base) + exampleUrl(path, op.parameters, method, given);
      const init = { method: method.toUpperCase(), headers: {} };
      // Secured operations: the documented schemes, a bearer token where it is accepted (the
      // session of the person an assessment's step needs).
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
      if (example?.who) Object.assign(init.headers, { Cookie: example.who.cookie, 'X-CSRF-Token': example.who.csrf });
      else if (schemes.includes('bearer')) init.headers.Authorization = `Bearer ${(example?.token ?? token).secret}`;
      else if (schemes.includes('session')) Object.assign(init.headers, { Cookie: session.cookie, 'X-CSRF-Token': session.csrf });
      // Revoking: a token made for the purpose, not the one the test signs with.
      if (method === 'delete' && path === '/api/v1/tokens/{id}')
        url = `${server.base}/api/v1/tokens/${(await createToken(session, 'to revoke', 'read')).id}`;
      if (op.requestBody && !op.requestBody.content['application/json']) {
        // An upload: the first documented media type with its example; a full replacement
        // sends back the file that is stored.
        const [type, media] = Object.entries(op.requestBody.content)[0];
        init.body = example?.bytes ?? (method === 'put' ? Buffer.from(await (await fetch(url, { headers: init.headers })).arrayBuffer()) : media.example);
        init.headers['Content-Type'] = type;
      } else if (op.requestBody) {
        const media = op.requestBody.content['application/json'];
        let body = resolve(media.schema).example;
        if (example?.body !== undefined) {
          body = typeof example.body === 'function' ? await example.body() : example.body;
        } else if (method === 'put') {
          // A full replacement sends back what is stored, so the example does not clash.
          const { id, members, ...current } = await (await fetch(url, { headers: init.headers })).json();
          body = current;
        } else if (body && 'revision' in body && example?.params?.id) {
          // A step names the revision it started from: the assessment's current one.
          const current = await (await fetch(`${server.base}/api/v1/assessments/${example.params.id}`, { headers: init.headers })).json();
          body = { ...body, revision: current.revision };
        }
        init.body = JSON.stringify(body);
        init.headers['Content-Type'] = 'application/json';
      }
      const res = await fetch(url, init);
      const documented = op.responses[String(res.status)];
      assert.ok(documented, `${method} ${path}: status ${res.status} is not documented`);
      assert.ok(res.status < 300, `${method} ${path}: ${res.status} ${res.status >= 300 ? await res.clone().text() : ''}`);
      const response = resolve(documented);
      if (!response.content) {
        assert.equal((await res.text()).length, 0, `${method} ${path}: a body where none is documented`);
        checked++;
        continue;
      }
      const [type, media] = Object.entries(response.content)[0];
      assert.ok(res.headers.get('content-type').startsWith(type), `${method} ${path}: ${res.headers.get('content-type')}`);
      if (type.includes('json')) validate(await res.json(), media.schema, `${method} ${path}`);
      checked++;
    }
  }
  assert.ok(checked >= 22);
});

test('every method the server takes on a documented path is documented', async () => {
  // A method a path does not take is answered 405 with the methods it does take; an address
  // may match several documented paths ("/regions/lookup" and "/regions/{code}").
  const matching = (url) => Object.keys(doc.paths).filter((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url));
  for (const [path, item] of Object.entries(doc.paths)) {
    const url = exampleUrl(path, Object.values(item)[0].parameters);
    const res = await fetch(server.base + url, { method: 'OPTIONS' });
    assert.equal(res.status, 405, path);
    const taken = res.headers.get('allow').split(', ').map((m) => m.toLowerCase()).filter((m) => m !== 'head');
    const documented = new Set(matching(url).flatMap((p) => Object.keys(doc.paths[p])));
    assert.deepEqual(taken.sort(), [...documented].sort(), url);
  }
});

test('documented errors carry the documented problem shape', async () => {
  const cases = [
    ['/api/v1/areas/WG9', 404],
    ['/api/v1/areas?lang=xx', 400],
    ['/api/v1/countries/FR', 404],
    ['/api/v1/regions?limit=0', 400],
    ['/api/v1/organisations?limit=0', 400],
    ['/api/v1/countries?cursor=nonsense', 400],
    ['/api/v1/regions/NOPE1', 404],
    ['/api/v1/frameworks/999', 404],
    ['/api/v1/assessments/999999', 404],
    ['/api/v1/benchmarking?lang=xx', 400],
  ];
  for (const [url, status] of cases) {
    const res = await fetch(server.base + url);
    assert.equal(res.status, status, url);
    const op = doc.paths[Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url.split('?')[0]))].get;
    const documented = resolve(op.responses[String(status)]);
    assert.ok(documented, `${url}: ${status} not documented`);
    assert.match(res.headers.get('content-type'), /^application\/problem\+json/);
    validate(await res.json(), documented.content['application/problem+json'].schema, url);
  }
});

test('the API answers in every UI language where texts are translated', async () => {
  const names = new Set();
  for (const lang of ['en', 'ro', 'sq', 'hu', 'el']) {
    const body = await (await fetch(`${server.base}/api/v1/areas/WG2?lang=${lang}`)).json();
    assert.equal(body.lang, lang);
    names.add(body.name);
  }
  assert.equal(names.size, 5);
});

test('every problem type URI the API returns resolves to a page in the asked language', async () => {
  const seen = new Set();
  for (const url of ['/api/v1/regions?limit=abc', '/api/v1/nothing', '/api/v1/areas/WG9']) {
    seen.add((await (await fetch(server.base + url)).json()).type);
  }
  for (const type of seen) {
    const res = await fetch(server.base + type, { headers: { 'Accept-Language': 'hu' } });
    assert.equal(res.status, 200, type);
    const html = await res.text();
    assert.match(html, /<html lang="hu"/);
    assert.ok(html.includes(`<code>${type}</code>`), type);
  }
  assert.equal((await fetch(`${server.base}/problems/no-such-problem`)).status, 404);
});
