// The knowledge base end to end on the real server and database: cross-lingual search with
// facets, the search case file (recall@10 and MRR on this backend), bad queries, writing
// through the API with optimistic concurrency, the review workflow through the pages, and
// who may see drafts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { startServer, backend, run } from '../support/server.mjs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signIn, createToken } from '../support/session.mjs';
import { formToken } from '../support/browser.mjs';

let server;
let admin;
let adminToken;
before(async () => {
  server = await startServer();
  admin = await signIn(server.base, 'admin@clusterpolisee.example');
  adminToken = (await createToken(admin, 'knowledge tests', 'write')).secret;
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const api = async (url, token) => {
  const res = await fetch(server.base + url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  return { status: res.status, body: await res.json(), type: res.headers.get('content-type') };
};

test('an English query finds items written only in other languages, and says which concept matched', async () => {
  const { status, body } = await api('/api/v1/knowledge?q=innovation%20voucher&limit=10');
  assert.equal(status, 200);
  const languages = new Set(body.items.map((i) => i.matched_language));
  for (const lang of ['ro', 'el', 'sr']) assert.ok(languages.has(lang), `a ${lang} item among ${[...languages]}`);
  const romanian = body.items.find((i) => i.original_language === 'ro' && i.texts.length === 1);
  assert.ok(romanian, 'an item with only a Romanian version');
  assert.ok(romanian.matched_concepts.length > 0);
  assert.match(romanian.snippet_html, /<mark>/);
  // Facets count every match: the kinds add up to the total.
  const kinds = Object.values(body.facets.kind).reduce((a, b) => a + b, 0);
  assert.equal(kinds, body.total);
  // A facet narrows the results to what it counted.
  const [kind, count] = Object.entries(body.facets.kind)[0];
  const narrowed = await api(`/api/v1/knowledge?q=innovation%20voucher&kind=${kind}`);
  assert.equal(narrowed.body.total, count);
  assert.ok(narrowed.body.items.every((i) => i.kind === kind));
});

test('the search cases reach their recall on this database', async () => {
  const lines = readFileSync(new URL('../../data/knowledge/search-cases.tsv', import.meta.url), 'utf8').trim().split('\n');
  const [header, ...rows] = lines;
  assert.deepEqual(header.split('\t').slice(0, 5), ['id', 'language', 'query', 'expected_slugs', 'k']);
  let recall = 0, mrr = 0, crossRecall = 0, cross = 0;
  const languages = new Set();
  for (const row of rows) {
    const [id, language, query, expected, k, note = ''] = row.split('\t');
    languages.add(language);
    const wanted = expected.split(',');
    const { status, body } = await api(`/api/v1/knowledge?q=${encodeURIComponent(query)}&ui=en&limit=${Number(k)}`, adminToken);
    assert.equal(status, 200, `${id}: ${query}`);
    const slugs = body.items.map((i) => i.slug);
    const found = wanted.filter((s) => slugs.includes(s)).length / wanted.length;
    const first = slugs.findIndex((s) => wanted.includes(s));
    recall += found;
    mrr += first < 0 ? 0 : 1 / (first + 1);
    if (note.startsWith('cross-lingual')) {
      cross += 1;
      crossRecall += found;
    }
  }
  const n = rows.length;
  console.log(`search cases on ${backend}: ${n} cases, ${languages.size} languages, recall@10 ${(recall / n).toFixed(3)}, MRR ${(mrr / n).toFixed(3)}; cross-lingual ${cross} cases, recall@10 ${(crossRecall / cross).toFixed(3)}`);
  assert.ok(n >= 60 && languages.size >= 8);
  assert.ok(recall / n >= 0.95, `recall@10 ${recall / n}`);
  assert.ok(crossRecall / cross >= 0.93, `cross-lingual recall@10 ${crossRecall / cross}`);
});

test('bad queries get clear errors and leave nothing changed', async () => {
  const long = await api(`/api/v1/knowledge?q=${'a'.repeat(2000)}`);
  assert.equal(long.status, 400);
  assert.match(long.type, /problem\+json/);
  assert.equal(long.body.parameter, 'q');
  for (const q of ['"unbalanced', 'NEAR(cluster, voucher)', 'title:cluster', '-cluster*', '((', '"', 'OR AND NOT']) {
    const res = await api(`/api/v1/knowledge?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, q);
  }
  const fts = await api(`/api/v1/knowledge?q=${encodeURIComponent('"innovation voucher')}`);
  assert.ok(fts.body.total > 0, 'an unbalanced quote is taken as text');
  for (const [param, value] of [['kind', 'bogus'], ['area', 'WG9'], ['lang', 'xx'], ['limit', '0'], ['cursor', 'zz'], ['sort', 'up']]) {
    const res = await api(`/api/v1/knowledge?${param}=${value}`);
    assert.equal(res.status, 400, `${param}=${value}`);
  }
  const page = await fetch(`${server.base}/en/knowledge?q=${'x'.repeat(2000)}`);
  assert.equal(page.status, 400);
  assert.match(await page.text(), /role="alert"/);
  const unknown = await fetch(`${server.base}/en/knowledge?kind=bogus`);
  assert.equal(unknown.status, 400);
});

test('writing through the API: a draft only its author sees, and a stale revision is refused', async () => {
  const partner = await signIn(server.base, 'petra.novak@si-smart-specialisation-agency.example');
  const token = (await createToken(partner, 'writing', 'write')).secret;
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const item = {
    kind: 'good_practice',
    original_language: 'sl',
    areas: ['WG1'],
    countries: ['SI'],
    regions: ['SI04'],
    timeframe: 'current',
    instrument: 'vouchers',
    texts: [{ language: 'sl', title: 'Vavčerji za prototipiranje v lesni industriji', summary: 'Mala podjetja lesnega grozda kupijo storitve prototipiranja.', body: 'Vavčer krije polovico stroškov izdelave prototipa pohištva.' }],
  };
  const created = await fetch(`${server.base}/api/v1/knowledge`, { method: 'POST', headers, body: JSON.stringify(item) });
  assert.equal(created.status, 201, await created.clone().text());
  const draft = await created.json();
  assert.equal(draft.status, 'draft');
  assert.equal(draft.revision, 1);
  assert.equal((await api(`/api/v1/knowledge/${draft.id}`)).status, 404, 'anonymous visitors do not see drafts');
  assert.equal((await api(`/api/v1/knowledge/${draft.id}`, token)).status, 200);

  const edit = { ...item, revision: 1, texts: [{ ...item.texts[0], title: 'Vavčerji za prototipiranje pohištva' }] };
  const first = await fetch(`${server.base}/api/v1/knowledge/${draft.id}`, { method: 'PUT', headers, body: JSON.stringify(edit) });
  assert.equal(first.status, 200);
  assert.equal((await first.json()).revision, 2);
  const stale = await fetch(`${server.base}/api/v1/knowledge/${draft.id}`, {
    method: 'PUT', headers, body: JSON.stringify({ ...edit, texts: [{ ...item.texts[0], title: 'Lost update' }] }),
  });
  assert.equal(stale.status, 409);
  assert.equal((await stale.json()).parameter, 'revision');
  const stored = (await api(`/api/v1/knowledge/${draft.id}`, token)).body;
  assert.equal(stored.texts[0].title, 'Vavčerji za prototipiranje pohištva');

  // The draft is searchable by its author, in Slovenian and (through the concept) in English.
  const mine = await api('/api/v1/knowledge?q=prototipiranje', token);
  assert.ok(mine.body.items.some((i) => i.id === draft.id));
  const anon = await api('/api/v1/knowledge?q=prototipiranje');
  assert.ok(!anon.body.items.some((i) => i.id === draft.id));

  // Bad bodies: wrong types, unknown fields, a region outside the item's countries.
  for (const [body, field] of [
    [{ ...item, areas: 'WG1' }, 'areas'],
    [{ ...item, colour: 'red' }, 'colour'],
    [{ ...item, regions: ['RO21'] }, 'regions'],
    [{ ...item, texts: [] }, 'texts'],
  ]) {
    const res = await fetch(`${server.base}/api/v1/knowledge`, { method: 'POST', headers, body: JSON.stringify(body) });
    assert.ok(res.status === 400 || res.status === 422, `${field}: ${res.status}`);
    assert.equal((await res.json()).parameter, field);
  }
  // One rule for a year an item names (1900–2100), with one message, whether it is no whole
  // number or out of range.
  for (const [body, field] of [
    [{ ...item, start_year: 'soon' }, 'start_year'],
    [{ ...item, end_year: 2101 }, 'end_year'],
    [{ ...item, sources: [{ title: 'Report', year: 1899 }] }, 'sources.1.year'],
  ]) {
    const res = await fetch(`${server.base}/api/v1/knowledge`, { method: 'POST', headers, body: JSON.stringify(body) });
    assert.ok(res.status === 400 || res.status === 422, `${field}: ${res.status}`);
    const problem = await res.json();
    assert.equal(problem.parameter, field);
    assert.equal(problem.detail, 'The year must be a whole number from 1900 to 2100.');
  }
  const reader = (await createToken(partner, 'reading', 'read')).secret;
  const refused = await fetch(`${server.base}/api/v1/knowledge`, {
    method: 'POST', headers: { ...headers, Authorization: `Bearer ${reader}` }, body: JSON.stringify(item),
  });
  assert.equal(refused.status, 403);
  const stakeholder = await signIn(server.base, 'cristian.lupu@valea-sucevei-wood-cluster.example');
  const stakeholderToken = (await createToken(stakeholder, 'x', 'write')).secret;
  const notMember = await fetch(`${server.base}/api/v1/knowledge`, {
    method: 'POST', headers: { ...headers, Authorization: `Bearer ${stakeholderToken}` }, body: JSON.stringify(item),
  });
  assert.equal(notMember.status, 403);
});

test('the review workflow through the pages: submit, request changes, publish, history and restore', async () => {
  const author = await signIn(server.base, 'maja.kovacic@pohorje-wood-cluster.example');  // WG2 coordinator
  // A form on `page` sent to `action` with the page's form token, as a browser would.
  const post = async (session, page, action, fields) => {
    const html = await (await fetch(`${server.base}${page}`, { headers: { Cookie: session.cookie } })).text();
    return fetch(`${server.base}${action}`, {
      method: 'POST', redirect: 'manual',
      headers: { Cookie: session.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: formToken(html), ...fields }),
    });
  };
  const step = (session, fields) => post(session, itemPath, `${itemPath}/workflow`, fields);
  let itemPath;
  // A new item through the form (the WG1 coordinator will review it).
  const form = await fetch(`${server.base}/en/knowledge/new`, { headers: { Cookie: author.cookie } });
  assert.equal(form.status, 200);
  const csrf = formToken(await form.text());
  const fields = new URLSearchParams({
    csrf, original_language: 'en', kind: 'experience', timeframe: 'past', start_year: '2014', end_year: '2019',
    title: 'A wood cluster that lost its manager', summary: 'What happened when project funding for the cluster manager ended.',
    body: 'The cluster organisation **shrank** to a mailing list.', lessons: 'Secure membership fees before the grant ends.',
    sources: 'Evaluation report | https://example.org/report.pdf | Regional agency | 2020', regions: '',
  });
  fields.append('areas', 'WG1');
  fields.append('areas', 'WG2');
  fields.append('countries', 'SI');
  const created = await fetch(`${server.base}/en/knowledge/new`, {
    method: 'POST', redirect: 'manual', headers: { Cookie: author.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: fields,
  });
  assert.equal(created.status, 303, await created.clone().text());
  itemPath = created.headers.get('location').split('?')[0];
  const id = itemPath.split('/').pop();
  const page = await (await fetch(`${server.base}${itemPath}`, { headers: { Cookie: author.cookie } })).text();
  assert.match(page, /<strong>shrank<\/strong>/);
  assert.match(page, /Send for review/);

  // Without the form token nothing changes.
  const forged = await fetch(`${server.base}${itemPath}/workflow`, {
    method: 'POST', redirect: 'manual', headers: { Cookie: author.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ step: 'submit', revision: '1' }),
  });
  assert.equal(forged.status, 403);
  assert.equal((await step(author, { step: 'submit', revision: '1' })).status, 303);
  let stored = (await api(`/api/v1/knowledge/${id}`, adminToken)).body;
  assert.equal(stored.status, 'in_review');

  // The WG1 coordinator reviews it: asks for changes, then publishes the next revision.
  const reviewer = await signIn(server.base, 'chiara.benedetti@via-emilia-innovation-agency.example');
  const queue = await (await fetch(`${server.base}/en/knowledge/review`, { headers: { Cookie: reviewer.cookie } })).text();
  assert.match(queue, new RegExp(`href="/en/knowledge/${id}"`));
  assert.equal((await step(reviewer, { step: 'send_back', revision: String(stored.revision), note: '' })).status, 400);
  assert.equal((await step(reviewer, { step: 'send_back', revision: String(stored.revision), note: 'Add the region.' })).status, 303);
  stored = (await api(`/api/v1/knowledge/${id}`, adminToken)).body;
  assert.equal(stored.status, 'draft');
  assert.equal((await step(author, { step: 'submit', revision: String(stored.revision) })).status, 303);
  stored = (await api(`/api/v1/knowledge/${id}`, adminToken)).body;
  assert.equal((await step(reviewer, { step: 'publish', revision: String(stored.revision) })).status, 303);
  stored = (await api(`/api/v1/knowledge/${id}`)).body;
  assert.equal(stored.status, 'published');

  // An edit of the published item, then its history shows the difference and restores.
  const editPage = await fetch(`${server.base}${itemPath}/edit?text=en`, { headers: { Cookie: author.cookie } });
  const editHtml = await editPage.text();
  const editCsrf = formToken(editHtml);
  const edit = new URLSearchParams({
    csrf: editCsrf, revision: String(stored.revision), kind: 'experience', timeframe: 'past', start_year: '2014', end_year: '2019',
    title: 'A wood cluster that lost its cluster manager', summary: stored.texts[0].summary, body: stored.texts[0].body,
    lessons: stored.texts[0].lessons, sources: 'Evaluation report | https://example.org/report.pdf | Regional agency | 2020', regions: 'SI03',
  });
  edit.append('areas', 'WG1');
  edit.append('areas', 'WG2');
  edit.append('countries', 'SI');
  const saved = await fetch(`${server.base}${itemPath}/edit?text=en`, {
    method: 'POST', redirect: 'manual', headers: { Cookie: author.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: edit,
  });
  assert.equal(saved.status, 303);
  // The same form sent again starts from an old revision: refused, and the form keeps the text.
  const again = await fetch(`${server.base}${itemPath}/edit?text=en`, {
    method: 'POST', headers: { Cookie: author.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: edit,
  });
  assert.equal(again.status, 409);
  assert.match(await again.text(), /Somebody saved this item after you opened it/);
  const history = await (await fetch(`${server.base}${itemPath}/history`, { headers: { Cookie: author.cookie } })).text();
  assert.match(history, /lost its <ins>cluster <\/ins>manager/);
  assert.match(history, /changes requested: Add the region\./);
  const latest = (await api(`/api/v1/knowledge/${id}`)).body;
  assert.equal((await post(author, `${itemPath}/history`, `${itemPath}/restore`, { number: '1', revision: String(latest.revision) })).status, 303);
  const restored = (await api(`/api/v1/knowledge/${id}`)).body;
  assert.equal(restored.texts[0].title, 'A wood cluster that lost its manager');
  assert.equal(restored.revision, latest.revision + 1);

  // Comments: a member comments, the coordinator hides it with a reason.
  const member = await signIn(server.base, 'luka.peric@sava-cluster-alliance.example');
  assert.equal((await post(member, itemPath, `${itemPath}/comments`, { body: '<b>We saw the same</b> in Sava.' })).status, 303);
  const withComment = await (await fetch(`${server.base}${itemPath}`, { headers: { Cookie: reviewer.cookie } })).text();
  assert.match(withComment, /&lt;b&gt;We saw the same&lt;\/b&gt; in Sava\./);
  const hideAction = withComment.match(/action="([^"]*\/comments\/\d+\/hide)"/)[1];
  assert.equal((await post(member, itemPath, hideAction, { reason: 'x' })).status, 403, 'members do not moderate');
  assert.equal((await post(reviewer, itemPath, hideAction, { reason: 'Off topic' })).status, 303);
  const anonymous = await (await fetch(`${server.base}${itemPath}`)).text();
  assert.doesNotMatch(anonymous, /We saw the same/);
  const own = await (await fetch(`${server.base}${itemPath}`, { headers: { Cookie: member.cookie } })).text();
  assert.match(own, /We saw the same/);
  assert.match(own, /Off topic/);
});

test('an Atom feed of published items follows the filters, and item pages show related items and peer regions', async () => {
  const res = await fetch(`${server.base}/feeds/knowledge.atom?area=WG4&ui=hu`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/atom\+xml/);
  const xml = await res.text();
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="hu">/);
  const entries = xml.split('<entry').length - 1;
  const listed = await api('/api/v1/knowledge?area=WG4&status=published&limit=100');
  assert.equal(entries, Math.min(50, listed.body.total));
  assert.ok(entries > 0);
  assert.equal((xml.match(/<category term="WG4"\/>/g) ?? []).length, entries);
  assert.doesNotMatch(xml, /<summary>[^<]*[<>][^<]*<\/summary>/);
  for (const bad of ['area=WG9', 'kind=x', 'colour=red', 'ui=xx']) {
    assert.equal((await fetch(`${server.base}/feeds/knowledge.atom?${bad}`)).status, 400, bad);
  }
  // Related items share concepts; peer regions are alike to the item's regions.
  const ro = (await api('/api/v1/knowledge?region=RO21&status=published&limit=1')).body.items[0];
  const page = await (await fetch(`${server.base}/en/knowledge/${ro.id}`)).text();
  assert.match(page, /id="related-heading"/);
  const similar = await api('/api/v1/regions/RO21/similar?k=3');
  for (const n of similar.body.nearest) assert.match(page, new RegExp(`href="/en/regions/${n.region}"`));
});

test('the JSON download imports back: deleted items return as drafts with the same content, a bad file adds nothing', async () => {
  const headers = { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' };
  const download = await fetch(`${server.base}/api/v1/knowledge?format=json&area=WG2`, { headers });
  assert.equal(download.status, 200);
  assert.match(download.headers.get('content-disposition'), /clusterpolisee-knowledge\.json/);
  const exported = await download.json();
  assert.ok(exported.items.length >= 5);
  const gone = exported.items.slice(0, 3);
  for (const item of gone) {
    const res = await fetch(`${server.base}/api/v1/knowledge/${item.id}`, { method: 'DELETE', headers });
    assert.equal(res.status, 204);
  }
  // A file with bad items adds nothing: a wrong kind, a contact organisation or person that
  // does not exist (a clear problem each, not a database error).
  const broken = { items: [...exported.items.slice(0, 3), { ...exported.items[3], kind: 'poem' }] };
  const refused = await fetch(`${server.base}/api/v1/knowledge/import`, { method: 'POST', headers, body: JSON.stringify(broken) });
  assert.equal(refused.status, 422);
  const problem = await refused.json();
  assert.deepEqual(problem.problems.map((p) => [p.item, p.field]), [[4, 'kind']]);
  const strangers = {
    items: [...exported.items.slice(0, 3), { ...exported.items[4], slug: 'unknown-contact', contact_organisation: 999999 },
      { ...exported.items[4], slug: 'unknown-person', contact_person: 999999 }],
  };
  const refusedContacts = await fetch(`${server.base}/api/v1/knowledge/import`, { method: 'POST', headers, body: JSON.stringify(strangers) });
  assert.equal(refusedContacts.status, 422);
  const contactProblems = (await refusedContacts.json()).problems.map((p) => [p.item, p.field]);
  assert.deepEqual(contactProblems, [[4, 'contact_organisation'], [5, 'contact_person']]);
  const unknownContact = await fetch(`${server.base}/api/v1/knowledge`, {
    method: 'POST', headers, body: JSON.stringify({ ...exported.items[4], slug: 'unknown-contact', contact_organisation: 999999 }),
  });
  assert.equal(unknownContact.status, 400);
  assert.equal((await unknownContact.json()).parameter, 'contact_organisation');
  assert.equal((await api(`/api/v1/knowledge/${gone[0].id}`, adminToken)).status, 404);

  const imported = await fetch(`${server.base}/api/v1/knowledge/import`, { method: 'POST', headers, body: JSON.stringify(exported) });
  assert.equal(imported.status, 200);
  const summary = await imported.json();
  assert.equal(summary.added, 3);
  assert.equal(summary.already_present.length, exported.items.length - 3);
  // What the store keeps: without identity, history and the account made for the reader (about).
  const comparable = ({ id, status, revision, author, created_at, updated_at, published_at, about, ...rest }) => rest;
  for (const item of gone) {
    const back = (await api(`/api/v1/knowledge?q=&area=WG2&status=draft&limit=100`, adminToken)).body.items.find((i) => i.slug === item.slug);
    assert.ok(back, item.slug);
    assert.equal(back.status, 'draft');
    assert.deepEqual(comparable(back), comparable(item));
  }

  // The same from the command line.
  const scratch = mkdtempSync(path.join(tmpdir(), 'cps-knowledge-'));
  try {
    const good = path.join(scratch, 'items.json');
    writeFileSync(good, JSON.stringify(exported));
    const again = run(['import', 'knowledge', good, '--data-dir', server.dataDir, '--database', server.url]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`0 items added; ${exported.items.length} already present`));
    const bad = path.join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify(broken));
    const failed = run(['import', 'knowledge', bad, '--data-dir', server.dataDir, '--database', server.url]);
    assert.notEqual(failed.status, 0);
    assert.match(failed.stderr, /bad\.json: item 4 \(kind\): Choose the kind of item\./);

    // Indexing every item again (after an analysis or thesaurus change) leaves search as it was.
    const before = await api('/api/v1/knowledge?q=innovation%20voucher&limit=20', adminToken);
    const reindexed = run(['knowledge', 'reindex', '--data-dir', server.dataDir, '--database', server.url]);
    assert.equal(reindexed.status, 0, reindexed.stderr);
    assert.match(reindexed.stdout, new RegExp(`^${before.body.total > 0 ? '\\d+' : '0'} items indexed \\(analysis \\d+, thesaurus [0-9a-f]{16}\\)`));
    assert.match(reindexed.stderr, /Indexing knowledge items/);
    const after = await api('/api/v1/knowledge?q=innovation%20voucher&limit=20', adminToken);
    assert.deepEqual(after.body.items.map((i) => [i.id, i.score]), before.body.items.map((i) => [i.id, i.score]));

    // What another process stores, the running server's search finds at once (its index
    // follows the database's change log), and forgets once it is deleted.
    const fresh = structuredClone(exported.items[0]);
    fresh.slug = 'added-from-the-command-line';
    fresh.texts = fresh.texts.map((t) => ({ ...t, title: `Quokkagrant ${t.title}` }));
    const one = path.join(scratch, 'one.json');
    writeFileSync(one, JSON.stringify({ items: [fresh] }));
    const added = run(['import', 'knowledge', one, '--data-dir', server.dataDir, '--database', server.url]);
    assert.equal(added.status, 0, added.stderr);
    const found = await api('/api/v1/knowledge?q=quokkagrant&limit=10', adminToken);
    assert.equal(found.status, 200);
    assert.deepEqual(found.body.items.map((i) => i.slug), ['added-from-the-command-line']);
    assert.equal(found.body.facets.status.draft, 1);
    const removed = await fetch(`${server.base}/api/v1/knowledge/${found.body.items[0].id}`, { method: 'DELETE', headers });
    assert.equal(removed.status, 204);
    assert.equal((await api('/api/v1/knowledge?q=quokkagrant&limit=10', adminToken)).body.total, 0);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
