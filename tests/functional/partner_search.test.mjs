// Partner search end to end on the real server and database: a cluster manager's needs matched
// to offers abroad with the reasons built from the data (and "no employment figures" where the
// data lack), filters, the refusals of bad criteria; an expression of interest mailed to the
// other cluster's editors, refused to one's own cluster and twice a day, listed as sent and
// received, audited; saved searches with their daily alerts mailed by the background check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startServer, run, backend } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { Browser, auditRows } from '../support/browser.mjs';
import { person, anonymous } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';

// Demo cluster managers (their cluster, country and region in brackets).
const WOOD = 'cristian.lupu@valea-sucevei-wood-cluster.example'; // Suceava Valley Wood Cluster (RO, RO21)
const HERBS = 'besnik.kola@buna-agrifood-cluster.example'; // Buna Agrifood Cluster (AL, AL01)
const CRETE = 'manolis.daskalakis@ida-agrifood-cluster.example'; // Ida Agrifood Cluster (EL, EL43)
const PIAVE = 'alessandro.ferri@piave-cluster-network.example'; // Piave Cluster Network (IT, ITH3)
const DIGITAL = 'zuzana.hudakova@hornad-digital-cluster.example'; // Hornád Digital Cluster (SK, SK04)
const ADMIN = 'admin@clusterpolisee.example';

let server, smtp, wood, herbs, crete, piave, visitor;
before(async () => {
  smtp = await startSmtp();
  server = await startServer({ extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--mail-retry', '1'] });
  [wood, herbs, crete, piave] = await Promise.all([WOOD, HERBS, CRETE, PIAVE].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0);
});

const search = (who, query) => who.call('GET', `/api/v1/partner-search?${new URLSearchParams(query)}`);
const sentences = (match) => match.reasons.map((r) => r.sentence);

// Runs SQL on the server's database (the tests' stand-in for time passing).
function sql(statement) {
  const r = backend === 'postgresql'
    ? spawnSync('psql', [server.url, '-v', 'ON_ERROR_STOP=1', '-qAtc', statement], { encoding: 'utf8' })
    : spawnSync('sqlite3', ['-cmd', '.timeout 5000', path.join(server.dataDir, 'clusterpolisee.db'), statement], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

test('a cluster manager finds partners abroad for her needs, each match explained from the data', async () => {
  const r = await search(wood, { mine: 'yes' });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.ok(r.body.own_profile, 'her cluster profile took part');
  const { matches } = r.body;
  assert.ok(matches.length >= 2, JSON.stringify(matches.map((m) => m.organisation)));
  // Abroad first: every foreign match comes before any Romanian one, and her own never shows.
  const firstHome = matches.findIndex((m) => !m.international);
  if (firstHome >= 0) assert.ok(matches.slice(firstHome).every((m) => !m.international));
  assert.ok(matches.every((m) => m.country !== 'RO' || !m.international));
  assert.ok(!matches.some((m) => /Suceava Valley/.test(m.organisation)));
  const pohorje = matches.find((m) => /Pohorje/.test(m.organisation));
  assert.ok(pohorje, 'the Slovenian testing lab answers her need');
  assert.equal(pohorje.international, true);
  assert.ok(sentences(pohorje).includes(
    'Your need: Testing facilities for wood-processing SMEs — their offer: Accredited testing lab for wood products'),
    JSON.stringify(sentences(pohorje)));
  assert.equal(pohorje.reasons[0].text, 'Your need: {yours} — their offer: {theirs}');
  assert.equal(pohorje.theirs.side, 'offer');
  assert.equal(pohorje.yours.side, 'need');
  assert.match(pohorje.key, /^profile:\d+→profile:\d+$/);
  // The location quotient of the cluster mapping, or why there is none — never a guess.
  assert.ok(pohorje.specialisation, 'the sector of the match is known');
  const lq = sentences(pohorje).find((s) => /^LQ \d+\.\d/.test(s) || /^No employment figures/.test(s));
  assert.ok(lq, JSON.stringify(sentences(pohorje)));
  if (pohorje.specialisation.lq !== null) assert.ok(lq.includes('the section that holds 16 Wood Products'), lq);
  for (const m of matches) {
    const c = m.components;
    const weighted = 0.45 * c.words + 0.25 * c.sectors + 0.10 * c.kind + 0.20 * c.specialisation;
    assert.ok(Math.abs(m.score - weighted) < 1e-9, `${m.organisation}: ${m.score} ${JSON.stringify(c)}`);
  }
  for (let i = 1; i < matches.length; i++)
    if (matches[i].international === matches[i - 1].international) assert.ok(matches[i].score <= matches[i - 1].score + 1e-12);
});

test('where the employment data have no rows for a country, a match says so', async () => {
  const r = await search(crete, { mine: 'yes' });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const buna = r.body.matches.find((m) => /Buna/.test(m.organisation));
  assert.ok(buna, JSON.stringify(r.body.matches.map((m) => m.organisation)));
  assert.equal(buna.country, 'AL');
  assert.equal(buna.specialisation.missing, 'no_country_figures');
  assert.equal(buna.specialisation.lq, null);
  assert.ok(sentences(buna).some((s) => s.startsWith('No employment figures for AL')), JSON.stringify(sentences(buna)));
  assert.equal(buna.components.specialisation, 0);
});

test('anyone searches by words, sector, category, country and kind; bad criteria are refused', async () => {
  const words = await search(visitor, { q: 'testing lab', lang: 'ro' });
  assert.equal(words.status, 200);
  assert.ok(words.body.matches.some((m) => /Pohorje/.test(m.organisation)));
  assert.equal(words.body.own_profile, null);
  const italy = await search(visitor, { country: 'IT', sector: '31' });
  assert.deepEqual([...new Set(italy.body.matches.map((m) => m.country))], ['IT']);
  assert.ok(italy.body.matches[0].reasons.some((x) => x.text === 'Works in {sector}, the sector you chose.'));
  const category = await search(visitor, { category: 'Furniture', kind: 'partner_sought' });
  assert.equal(category.status, 200);
  assert.ok(category.body.matches.every((m) => m.theirs === null || m.theirs.kind === 'partner_sought'));

  refused(await search(visitor, {}), 400, { detail: /^Choose at least one criterion: a sector, an offer or need, a country or a region\.$/ });
  refused(await search(visitor, { sector: '04' }), 422, { parameter: 'sector' });
  refused(await search(visitor, { sector: 'wood' }), 400, { parameter: 'sector' });
  refused(await search(visitor, { country: 'XX' }), 422, { parameter: 'country' });
  refused(await search(visitor, { region: 'XX99' }), 422, { parameter: 'region' });
  refused(await search(visitor, { kind: 'friendship' }), 400, { parameter: 'kind' });
  refused(await search(visitor, { q: 'x'.repeat(201) }), 400, { parameter: 'q' });
  refused(await search(visitor, { q: 'lab', colour: 'blue' }), 400, { parameter: 'colour' });
  // A visitor has no profile: "mine" alone is no criterion.
  refused(await search(visitor, { mine: 'yes' }), 400);
});

test('an expression of interest reaches the other cluster by mail, once a day, never one’s own', async () => {
  const piaveMatch = (await search(wood, { q: 'certified timber furniture made to order' })).body.matches
    .find((m) => /Piave/.test(m.organisation));
  assert.ok(piaveMatch);
  const body = { profile: piaveMatch.profile, about: piaveMatch.theirs.id, message: 'Dear Alessandro,\nwe make solid-wood furniture to order.' };
  const sent = await wood.call('POST', '/api/v1/partner-search/interest', body);
  assert.equal(sent.status, 201, JSON.stringify(sent.body));
  assert.equal(sent.body.profile, piaveMatch.profile);
  assert.equal(sent.body.about, piaveMatch.theirs.id);
  assert.equal(sent.body.sender_organisation_name, 'Suceava Valley Wood Cluster');
  assert.ok(sent.body.from_profile);
  const mail = await smtp.waitFor(PIAVE, { test: (m) => /Suceava Valley Wood Cluster/.test(m.subject) });
  assert.match(mail.body, /we make solid-wood furniture to order/);
  assert.match(mail.body, new RegExp(WOOD.replace(/\./g, '\\.')));
  assert.match(mail.body, /\/partner-search\/interests/);

  // Twice within a day, to one's own cluster, about nothing the profile shows, without a message,
  // without signing in: refused, and nothing more is kept.
  refused(await wood.call('POST', '/api/v1/partner-search/interest', body), 409, { parameter: 'profile' });
  const own = (await search(piave, { q: 'testing facilities wood' })).body.matches.find((m) => /Suceava Valley/.test(m.organisation));
  assert.ok(own);
  refused(await wood.call('POST', '/api/v1/partner-search/interest', { profile: own.profile, message: 'Hello' }), 422, { parameter: 'profile' });
  refused(await wood.call('POST', '/api/v1/partner-search/interest', { profile: piaveMatch.profile, about: 999999, message: 'Hi' }), [409, 422]);
  refused(await herbs.call('POST', '/api/v1/partner-search/interest', { profile: piaveMatch.profile, about: 999999, message: 'Hi' }), 422, { parameter: 'about' });
  refused(await herbs.call('POST', '/api/v1/partner-search/interest', { profile: piaveMatch.profile, message: '  ' }), 400, { parameter: 'message' });
  refused(await herbs.call('POST', '/api/v1/partner-search/interest', { profile: 999999, message: 'Hi' }), 422, { parameter: 'profile' });
  refused(await herbs.call('POST', '/api/v1/partner-search/interest', { profile: piaveMatch.profile, message: 'Hi', cc: 'x' }), 400, { parameter: 'cc' });
  refused(await visitor.call('POST', '/api/v1/partner-search/interest', { profile: piaveMatch.profile, message: 'Hi' }), 401);
  // The demo's interest to the Hungarian mechatronics cluster was sent today: a second one is refused too.
  const digital = await person(server.base, DIGITAL);
  const vertes = (await search(digital, { q: 'predictive maintenance' })).body.matches.find((m) => /Vértes|Vertes/.test(m.organisation));
  assert.ok(vertes);
  refused(await digital.call('POST', '/api/v1/partner-search/interest', { profile: vertes.profile, message: 'Again' }), 409);

  const mine = await wood.call('GET', '/api/v1/partner-search/interests');
  assert.equal(mine.status, 200);
  assert.deepEqual(mine.body.sent.map((i) => i.organisation).slice(0, 1), [sent.body.organisation]);
  assert.equal(mine.body.sent.filter((i) => i.profile === piaveMatch.profile).length, 1);
  const theirs = await piave.call('GET', '/api/v1/partner-search/interests');
  assert.equal(theirs.body.received.filter((i) => i.sender_name && i.message.startsWith('Dear Alessandro')).length, 1);
  refused(await visitor.call('GET', '/api/v1/partner-search/interests'), 401);

  const admin = new Browser(server.base);
  await admin.signIn(ADMIN);
  const audit = auditRows((await admin.get('/en/admin/audit')).html)
    .filter((e) => e.action === 'partner_search.interest_sent' && e.target === `cluster_profile:${piaveMatch.profile}`);
  assert.equal(audit.length, 1);
  assert.equal(audit[0].actor, WOOD);
});

test('a saved search mails its owner the new matches once a day', async () => {
  const criteria = { name: 'Herb buyers and labels', alerts: 'daily', q: 'quality label herbs', mine: true };
  const saved = await herbs.call('POST', '/api/v1/partner-search/saved', criteria);
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  assert.equal(saved.body.criteria.q, 'quality label herbs');
  assert.equal(saved.body.criteria.mine, true);
  assert.equal(saved.res.headers.get('location'), saved.body.href);
  refused(await herbs.call('POST', '/api/v1/partner-search/saved', criteria), 409);
  refused(await herbs.call('POST', '/api/v1/partner-search/saved', { name: 'Nothing' }), 400);
  refused(await herbs.call('POST', '/api/v1/partner-search/saved', { name: '', q: 'herbs' }), 400, { parameter: 'name' });
  refused(await visitor.call('POST', '/api/v1/partner-search/saved', criteria), 401);
  const list = await herbs.call('GET', '/api/v1/partner-search/saved');
  assert.deepEqual(list.body.items.map((s) => s.name), ['Herb buyers and labels']);

  // Checked less than a day ago: the daily round leaves it.
  let r = run(['partner-search', 'alerts', '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^0 e-mail/);
  // What it found when saved counts as known; once forgotten (as if those clusters had just
  // published their profiles) a check tells its owner.
  sql(`DELETE FROM partner_search_known WHERE saved_search_id = ${saved.body.id}`);
  r = run(['partner-search', 'alerts', '--all', '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^1 e-mail/);
  const mail = await smtp.waitFor(HERBS, { test: (m) => /Herb buyers and labels/.test(m.subject) });
  // In the owner's language: the Greek cluster under its Albanian name.
  assert.match(mail.body, /\(EL\): Traceability and quality labelling for small food producers/);
  assert.match(mail.body, /\/partner-search\?q=quality%20label%20herbs&mine=yes/);
  r = run(['partner-search', 'alerts', '--all', '--data-dir', server.dataDir, '--database', server.url]);
  assert.match(r.stdout, /^0 e-mail/, 'nothing new since');

  refused(await wood.call('DELETE', `/api/v1/partner-search/saved/${saved.body.id}`), 404);
  const deleted = await herbs.call('DELETE', `/api/v1/partner-search/saved/${saved.body.id}`);
  assert.equal(deleted.status, 204);
  assert.deepEqual((await herbs.call('GET', '/api/v1/partner-search/saved')).body.items, []);
});

test('the search page works without JavaScript and names what is wrong', async () => {
  const page = await fetch(`${server.base}/en/partner-search?q=testing+lab&country=SI`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /Pohorje/);
  assert.match(html, /it matches your words “testing lab”/);
  const empty = await fetch(`${server.base}/en/partner-search?sector=&q=&country=`);
  assert.equal(empty.status, 400);
  assert.match(await empty.text(), /Choose at least one criterion/);
  const ro = await fetch(`${server.base}/ro/partner-search?sector=04`);
  assert.equal(ro.status, 422);
  assert.match(await ro.text(), /aria-invalid="true"/);
});
