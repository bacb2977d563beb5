// The learning engine end to end on the real server and the demo database: a region's needs
// with the figures behind them, the practices recommended for each with scores by component
// and reasons filled from the data, the honest "cannot judge" statements where data are
// missing, who sees which assessment's needs, the scope switch, bad input answered with a
// problem, and the page with its links from the region page and the scorecard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { person, anonymous, PEOPLE } from '../support/assessment.mjs';

// From data/demo/assessments.json: RO21 published with public scores; HU33 published for
// members; MK00 a draft; AL02 published, in a country without employment figures.
let server;
let visitor;
let coordinator;
before(async () => {
  server = await startServer();
  visitor = anonymous(server.base);
  coordinator = await person(server.base, PEOPLE.coordinator);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const COMPONENTS = ['relevance', 'evidence', 'similarity', 'transferability', 'language'];
const missing = (body, what) => body.missing.find((m) => m.what === what);

test('a region\'s needs: large gaps where other regions score better, sectors of opportunity, with their figures', async () => {
  const { status, body } = await visitor.call('GET', '/api/v1/regions/RO21/needs?lang=en');
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.region, 'RO21');
  assert.equal(body.scope, 'programme');
  const weights = Object.values(body.weights).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(weights - 1) < 1e-9);
  const criteria = body.needs.filter((n) => n.kind === 'criterion');
  assert.ok(criteria.length > 0, 'RO21 has criteria with large gaps');
  for (const n of criteria) {
    assert.match(n.key, /^criterion:WG\d\.\d+$/);
    assert.ok(n.figures.gap >= 2, `${n.key}: a large gap`);
    assert.equal(n.figures.gap, n.figures.target - n.figures.current);
    assert.ok(n.figures.ahead.length > 0, `${n.key}: somebody scores better`);
    for (const a of n.figures.ahead) assert.ok(a.level > n.figures.current);
    assert.ok(!('recommendations' in n));
  }
  for (const n of body.needs.filter((x) => x.kind === 'area')) assert.ok(n.figures.gap >= 1);
  for (const n of body.needs.filter((x) => x.kind === 'sector')) {
    assert.ok(n.figures.opportunity > 0);
    assert.ok(Math.abs(n.figures.opportunity - n.figures.density * n.figures.outlook_gain) < 1e-9);
  }
  // Employment is by NACE section: said once, in words.
  const sections = missing(body, 'sector_divisions');
  assert.ok(sections);
  assert.match(sections.sentence, /NACE section, not by division/);
});

test('recommendations carry a score made of named components and reasons filled from the data', async () => {
  const { status, body } = await visitor.call('GET', '/api/v1/regions/RO21/recommendations?lang=ro');
  assert.equal(status, 200, JSON.stringify(body));
  let count = 0;
  for (const n of body.needs)
    for (const r of n.recommendations) {
      ++count;
      for (const c of COMPONENTS) assert.ok(r.components[c] >= 0 && r.components[c] <= 1, `${r.slug} ${c}`);
      const sum = COMPONENTS.reduce((s, c) => s + body.weights[c] * r.components[c], 0);
      assert.ok(Math.abs(sum - r.score) < 1e-9, `${r.slug}: score = Σ weight × component`);
      assert.ok(r.reasons.length > 0, `${r.slug} has reasons`);
      for (const reason of r.reasons) {
        for (const key of reason.text.match(/\{([a-z_]+)\}/g) ?? []) assert.ok(key.slice(1, -1) in reason.values, key);
        assert.doesNotMatch(reason.sentence, /\{[a-z_]+\}/);
      }
      assert.equal(r.pinned, false);  // nobody has curated anything yet
      if (!r.in_reader_language) {
        assert.notEqual(r.language, 'ro');
        assert.ok(r.reasons.some((x) => x.values.language === r.language), 'says it is in another language');
      }
      const scores = n.recommendations.map((x) => x.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
    }
  assert.ok(count > 0);
  // Some practice comes from a structurally similar region, and says so.
  const all = body.needs.flatMap((n) => n.recommendations);
  assert.ok(all.some((r) => r.reasons.some((x) => x.values.distance !== undefined)), 'a reason names a structural distance');

  // One need alone, with a limit.
  const key = body.needs[0].key;
  const one = await visitor.call('GET', `/api/v1/regions/RO21/recommendations?lang=en&need=${encodeURIComponent(key)}&limit=2`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.body.needs.map((n) => n.key), [key]);
  assert.ok(one.body.needs[0].recommendations.length <= 2);
});

test('where data are missing the engine says so: no employment figures, no assessment to see', async () => {
  // Albania has no rows in the employment file.
  const al = await visitor.call('GET', '/api/v1/regions/AL02/needs?lang=en');
  assert.equal(al.status, 200);
  const employment = missing(al.body, 'employment');
  assert.ok(employment, JSON.stringify(al.body.missing));
  assert.equal(employment.values.country, 'Albania');
  assert.ok(al.body.needs.every((n) => n.kind !== 'sector'));
  // A draft is not for visitors: no assessment to judge by.
  const mk = await visitor.call('GET', '/api/v1/regions/MK00/needs?lang=en');
  assert.equal(mk.status, 200);
  assert.ok(missing(mk.body, 'assessment'));
  assert.ok(mk.body.needs.every((n) => n.kind === 'sector'));
  // Members-only scores: a visitor gets none, a member gets the needs.
  const hidden = await visitor.call('GET', '/api/v1/regions/HU33/needs?lang=en');
  assert.ok(missing(hidden.body, 'assessment'));
  const shown = await coordinator.call('GET', '/api/v1/regions/HU33/needs?lang=en');
  assert.equal(shown.status, 200);
  assert.ok(!missing(shown.body, 'assessment'));
  assert.ok(shown.body.needs.some((n) => n.kind === 'criterion' || n.kind === 'area'));
});

test('structural peers come from the programme area, or from all of Europe when asked', async () => {
  const programme = await visitor.call('GET', '/api/v1/regions/RO21/needs?lang=en');
  assert.equal(programme.status, 200);
  assert.equal(programme.body.scope, 'programme');
  assert.ok(programme.body.peers.length > 0);
  const { status, body } = await visitor.call('GET', '/api/v1/regions/RO21/needs?lang=en&scope=europe');
  assert.equal(status, 200);
  assert.equal(body.scope, 'europe');
  assert.ok(!missing(body, 'europe_scope'));
  assert.ok(body.peers.length > 0);
  // The programme area's countries are in the data's file; peers from elsewhere show in Europe only.
  const programmeCountries = new Set(programme.body.peers.map((p) => p.region.slice(0, 2)));
  assert.ok(body.peers.some((p) => !programmeCountries.has(p.region.slice(0, 2)) || !programme.body.peers.some((q) => q.region === p.region)),
    JSON.stringify(body.peers));
});

test('bad input is a problem naming what is wrong', async () => {
  const cases = [
    ['/api/v1/regions/XX99/needs', 404, 'code'],
    ['/api/v1/regions/RO21/needs?scope=mars', 400, 'scope'],
    ['/api/v1/regions/RO21/needs?need=criterion:WG1.1', 400, 'need'],  // needs has no need
    ['/api/v1/regions/RO21/recommendations?need=WG1.1', 400, 'need'],
    ['/api/v1/regions/RO21/recommendations?need=criterion:WG9.9', 404, 'need'],
    ['/api/v1/regions/RO21/recommendations?limit=0', 400, 'limit'],
    ['/api/v1/regions/RO21/recommendations?lang=xx', 400, 'lang'],
  ];
  for (const [address, status, field] of cases) {
    const r = await visitor.call('GET', address);
    assert.equal(r.status, status, address);
    assert.match(r.res.headers.get('content-type'), /application\/problem\+json/, address);
    const named = r.body.parameter ?? r.body.field ?? JSON.stringify(r.body);
    if (field !== 'code') assert.match(String(named), new RegExp(field), address);
  }
});

test('the page shows the needs, the practices with their reasons and what is missing; region page and scorecard link to it', async () => {
  for (const lang of ['en', 'ro']) {
    const res = await fetch(`${server.base}/${lang}/regions/RO21/learning`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<section class="section need"/);
    assert.match(html, /<li class="item-card recommendation"/);
    assert.match(html, /<ul class="notes-list reasons"><li>/);
    assert.doesNotMatch(html, /\{(origin|region|distance|criterion|pilot|met|total)\}/, 'every reason is filled');
    assert.match(html, /id="missing"/);
  }
  const region = await (await fetch(`${server.base}/en/regions/RO21`)).text();
  assert.match(region, /href="\/en\/regions\/RO21\/learning"/);
  const country = await (await fetch(`${server.base}/en/regions/RO`)).text();
  assert.doesNotMatch(country, /href="\/en\/regions\/RO\/learning"/, 'only NUTS 2 regions have needs');
  const scorecard = await (await fetch(`${server.base}/en/regions/RO21/scorecard`)).text();
  assert.match(scorecard, /href="\/en\/regions\/RO21\/learning"/);
  const bad = await fetch(`${server.base}/en/regions/RO21/learning?scope=mars`);
  assert.equal(bad.status, 400);
  const unknown = await fetch(`${server.base}/en/regions/XX99/learning`);
  assert.equal(unknown.status, 404);
});
