// Machine translation of knowledge items with the real Apertium (installed by
// tools/install-deps): a reader of a Serbian item asks for it on the page (a form with its
// token), it is made once, kept and shown labelled on the page in each UI language and in the
// API with status "machine"; never a version of the item; a revision that changes the
// original's summary makes it stale and it is made again; refusals as problems. Where
// apertium is not installed, nothing is offered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { parseCsv, decodeHtml } from '../support/browser.mjs';

let server;
let admin;
let reader;       // a stakeholder: signed in, writes no item
let readerToken;  // the stakeholder's token that may write
let readOnly;     // and one that may only read
let item;         // a published item written in Serbian, with no English version
let installed;    // the server found apertium with its Serbo-Croatian–English pair
before(async () => {
  server = await startServer();
  admin = await signIn(server.base, 'admin@clusterpolisee.example');
  reader = await signIn(server.base, 'cristian.lupu@valea-sucevei-wood-cluster.example');
  readerToken = (await createToken(reader, 'machine translation', 'write')).secret;
  readOnly = (await createToken(reader, 'machine translation, reading', 'read')).secret;
  const list = await (await fetch(`${server.base}/api/v1/knowledge?lang=sr&limit=100`)).json();
  const found = list.items.find((i) => i.slug === 'rs-inovacioni-vauceri-fond-za-inovacionu-delatnost');
  item = await (await fetch(`${server.base}/api/v1/knowledge/${found.id}`)).json();
  installed = item.machine_translation_languages.includes('en');
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

async function call(token, method, path, body) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(server.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : null };
}

function refused(answer, status, parameter) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.match(answer.type, /^application\/problem\+json/);
  if (parameter !== undefined) assert.equal(answer.body.parameter, parameter, JSON.stringify(answer.body));
}

const LABEL = 'Machine translation from Serbian — may contain errors; read the original.';

test('without apertium nothing is offered and asking is refused', async (t) => {
  if (installed) return t.skip('apertium is installed');
  assert.deepEqual(item.machine_translation_languages, []);
  const page = await (await reader.fetch(`/en/knowledge/${item.id}`)).text();
  assert.ok(!page.includes('/machine-translation"'));
  refused(await call(readerToken, 'POST', `/api/v1/knowledge/${item.id}/machine-translations`, { language: 'en' }), 400, 'language');
});

test('a reader asks on the page; it is made once, kept and shown labelled to everybody', async (t) => {
  if (!installed) return t.skip('apertium is not installed');
  assert.ok(!item.texts.some((x) => x.language === 'en'));
  assert.deepEqual(item.machine_translations, []);
  // Offered to somebody signed in, as a form with the visit's token; not to a visitor.
  const page = await (await reader.fetch(`/en/knowledge/${item.id}`)).text();
  const action = `/en/knowledge/${item.id}/machine-translation`;
  assert.ok(page.includes(`action="${action}"`), 'the form is offered');
  assert.match(page, /Machine translation into English<\/button>/);
  const anonymous = await (await fetch(`${server.base}/en/knowledge/${item.id}`)).text();
  assert.ok(!anonymous.includes(action));
  // A post without the form token is refused before anything runs.
  const forged = await reader.fetch(action, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ language: 'en' }) });
  assert.equal(forged.status, 403);

  const started = Date.now();
  const made = await reader.fetch(action, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf: reader.csrf, language: 'en' }) });
  assert.equal(made.status, 303);
  assert.equal(made.headers.get('location'), `/en/knowledge/${item.id}#machine-translation`);
  t.diagnostic(`made in ${Date.now() - started} ms`);

  // Shown to a visitor too, labelled, in English, apart from the original.
  const shown = decodeHtml(await (await fetch(`${server.base}/en/knowledge/${item.id}`)).text());
  assert.ok(shown.includes(LABEL), 'the label is on the page');
  assert.match(shown, /<h2 id="machine-translation-heading"[^>]*>Machine translation into English<\/h2>/);
  assert.match(shown, /<div lang="en">/);
  assert.ok(shown.includes(`href="/en/knowledge/${item.id}?text=sr"`), 'a link to the original');
  assert.ok(!shown.includes(`action="${action}"`), 'not offered again');
  // And in the other UI languages, with the label in the reader's language.
  const labels = {
    ro: 'Traducere automată din sârbă',
    sq: 'Përkthim automatik (origjinali: serbisht)',
    hu: 'Gépi fordítás szerb nyelvből',
    el: 'Αυτόματη μετάφραση από τα σερβικά',
  };
  for (const [lang, label] of Object.entries(labels)) {
    const html = decodeHtml(await (await fetch(`${server.base}/${lang}/knowledge/${item.id}`)).text());
    assert.ok(html.includes(label), `${lang}: ${label}`);
  }

  // The API shows it with its status; the item's own versions are as they were.
  const after = (await call(null, 'GET', `/api/v1/knowledge/${item.id}`)).body;
  assert.deepEqual(after.texts, item.texts);
  assert.equal(after.revision, item.revision);
  assert.equal(after.machine_translations.length, 1);
  const kept = after.machine_translations[0];
  assert.equal(kept.language, 'en');
  assert.equal(kept.translation, 'machine');
  assert.equal(kept.source_language, 'sr');
  assert.equal(kept.label, LABEL);
  assert.match(kept.engine, /^Apertium [\d.]+ Cyrl-Latn, hbs-eng$/);
  const original = item.texts.find((x) => x.language === 'sr');
  assert.match(kept.title, /^Programme /, kept.title);  // "Program …" translated, the rest as the engine could
  assert.notEqual(kept.summary, original.summary);
  assert.ok(kept.summary.length > 20);

  // Asked again (page or API): the kept one, not made again.
  const again = await call(readerToken, 'POST', `/api/v1/knowledge/${item.id}/machine-translations`, { language: 'en' });
  assert.equal(again.status, 200, JSON.stringify(again.body));
  assert.deepEqual(again.body, kept);
  const csv = await admin.fetch('/en/admin/audit.csv?action=knowledge.machine');
  const [header, ...rows] = parseCsv(await csv.text());
  const col = Object.fromEntries(header.map((name, i) => [name, i]));
  const lines = rows.filter((r) => r[col.action] === 'knowledge.machine_translated' && r[col.target] === `knowledge:${item.id}`);
  assert.equal(lines.length, 1);
  assert.match(lines[0][col.detail], /^sr → en \(Apertium/);
  // Downloads hold the item's own versions only.
  const download = await (await fetch(`${server.base}/api/v1/knowledge?lang=sr&format=json`)).json();
  const downloaded = (download.items ?? download).find((i) => i.id === item.id);
  assert.ok(!('machine_translations' in downloaded));
  assert.deepEqual(downloaded.texts.map((x) => x.translation), ['original']);
});

test('a new summary makes it stale; the next request makes it again', async (t) => {
  if (!installed) return t.skip('apertium is not installed');
  const author = (await createToken(admin, 'machine translation, author', 'write')).secret;
  const created = await call(author, 'POST', '/api/v1/knowledge', {
    kind: 'programme', original_language: 'hr', areas: ['WG3'], countries: ['HR'], timeframe: 'current',
    texts: [{ language: 'hr', title: 'Regionalna politika klastera', summary: 'Potpora klasterima u Hrvatskoj.', body: 'Tijelo **programa**.' }],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const first = await call(author, 'POST', `/api/v1/knowledge/${id}/machine-translations`, { language: 'en' });
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.match(first.body.summary, /^Support .* in Croatia\.$/, first.body.summary);
  // A step of the workflow leaves the text: still kept.
  const sent = await call(author, 'POST', `/api/v1/knowledge/${id}/submit`, { revision: created.body.revision });
  assert.equal(sent.status, 200);
  assert.equal((await call(author, 'GET', `/api/v1/knowledge/${id}`)).body.machine_translations.length, 1);
  // A new summary: stale, no longer shown; made again from the new text.
  const { id: _, ...current } = (await call(author, 'GET', `/api/v1/knowledge/${id}`)).body;
  current.texts[0].summary = 'Potpora klasterima u Sloveniji.';
  const edited = await call(author, 'PUT', `/api/v1/knowledge/${id}`, current);
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  assert.deepEqual((await call(author, 'GET', `/api/v1/knowledge/${id}`)).body.machine_translations, []);
  const redone = await call(author, 'POST', `/api/v1/knowledge/${id}/machine-translations`, { language: 'en' });
  assert.equal(redone.status, 201);
  assert.match(redone.body.summary, /^Support .* in Slovenia\.$/, redone.body.summary);
  assert.equal(redone.body.revision, edited.body.revision);
});

test('refusals: visitors, read-only tokens, languages without a pair or with a version', async (t) => {
  if (!installed) return t.skip('apertium is not installed');
  const path = `/api/v1/knowledge/${item.id}/machine-translations`;
  refused(await call(null, 'POST', path, { language: 'en' }), 401);
  refused(await call(readOnly, 'POST', path, { language: 'en' }), 403);
  refused(await call(readerToken, 'POST', path, { language: 'sr' }), 400, 'language');
  refused(await call(readerToken, 'POST', path, { language: 'de' }), 400, 'language');
  refused(await call(readerToken, 'POST', path, { language: 'xx' }), 400, 'language');
  refused(await call(readerToken, 'POST', path, {}), 400, 'language');
  refused(await call(readerToken, 'POST', path, { language: 'en', colour: 'red' }), 400, 'colour');
  refused(await call(readerToken, 'POST', '/api/v1/knowledge/999999/machine-translations', { language: 'en' }), 404);
  // The page says why beside the form, with the item as it was.
  const page = await reader.fetch(`/en/knowledge/${item.id}/machine-translation`, { method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrf: reader.csrf, language: 'de' }) });
  assert.equal(page.status, 400);
  assert.ok(decodeHtml(await page.text()).includes('No machine translation into this language is available for this item.'));
});
