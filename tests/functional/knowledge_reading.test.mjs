// What the searcher sees, end to end on the real server and database: queries typed in Latin
// letters for Greek, Bulgarian and Macedonian find what the native script finds; every result
// and item says what it is about in the reader's language, with its human translation linked;
// the results list the thesaurus concepts the query was widened with, and each can be dropped
// (a link on the page, `drop` in the API) and taken back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { decodeHtml } from '../support/browser.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const api = async (url) => {
  const res = await fetch(server.base + url);
  return { status: res.status, body: await res.json() };
};
const search = async (q, more = '') => (await api(`/api/v1/knowledge?q=${encodeURIComponent(q)}&ui=en${more}`)).body;
const page = async (url) => {
  const res = await fetch(server.base + url);
  return { status: res.status, html: await res.text() };
};

// The Latin spelling, the native one and an item written only in that script.
const transliterated = [
  ['perifereiakoi poloi kainotomias', 'Περιφερειακοί Πόλοι Καινοτομίας', 'el-perifereiakoi-poloi-kainotomias'],
  ['erevno dimiourgo kainotomo', 'Ερευνώ Δημιουργώ Καινοτομώ', 'el-erevno-dimiourgo-kainotomo'],
  ['fond na fondovete finansovi instrumenti', 'Фонд на фондовете финансови инструменти', 'bg-fond-na-fondovete-finansovi-instrumenti'],
  ['klasterite poddrzhani od proektot za konkurentnost', 'Кластерите поддржани од проектот за конкурентност', 'mk-usaid-proekt-za-konkurentnost-klasteri'],
];

test('a query typed in Latin letters finds the item the Greek or Cyrillic query finds', async () => {
  for (const [latin, native, slug] of transliterated) {
    const rank = (found) => found.items.findIndex((i) => i.slug === slug);
    const byNative = await search(native);
    const byLatin = await search(latin);
    assert.ok(rank(byNative) >= 0 && rank(byNative) < 5, `${native}: ${slug} at ${rank(byNative)}`);
    assert.ok(rank(byLatin) >= 0 && rank(byLatin) < 5, `${latin}: ${slug} at ${rank(byLatin)}`);
  }
});

test('a Greek term typed in Latin letters is searched as its concept, shown as an expansion that can be dropped', async () => {
  const found = await search('epitages kainotomias');
  const voucher = found.expansions.find((e) => e.concept === 'innovation-voucher');
  assert.ok(voucher, JSON.stringify(found.expansions));
  assert.equal(voucher.transliterated, true);
  assert.deepEqual(voucher.words, ['epitages', 'kainotomias']);
  assert.equal(voucher.label, 'innovation voucher');
  assert.ok(voucher.terms.some((t) => t.language === 'el'));
  assert.deepEqual(found.dropped, []);
  // Items in other languages come through the concept: an innovation voucher item not in Greek.
  assert.ok(found.items.some((i) => i.original_language !== 'el' && i.matched_concepts.includes('innovation voucher')));

  const without = await search('epitages kainotomias', '&drop=innovation-voucher');
  assert.ok(!without.expansions.some((e) => e.concept === 'innovation-voucher'));
  assert.deepEqual(without.dropped.map((e) => e.concept), ['innovation-voucher']);
  assert.deepEqual(without.dropped[0].words, []);
  assert.ok(without.items.every((i) => !i.matched_concepts.includes('innovation voucher')));
  assert.ok(without.total < found.total, `${without.total} < ${found.total}`);
});

test('dropping a concept the thesaurus does not have, or naming drop twice, is a problem', async () => {
  const unknown = await api('/api/v1/knowledge?q=clusters&drop=no-such-concept');
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.parameter, 'drop');
  const twice = await api('/api/v1/knowledge?q=clusters&drop=cluster&drop=cluster');
  assert.equal(twice.status, 400);
});

test('every result says what the item is about in the reader\'s language', async () => {
  const found = await search('Πόλοι Καινοτομίας');
  const greek = found.items.find((i) => i.slug === 'el-perifereiakoi-poloi-kainotomias');
  assert.ok(greek);
  assert.ok(greek.about.concepts.length > 0 && greek.about.concepts.length <= 5);
  // Labels in English, whatever the item's language.
  for (const c of greek.about.concepts) assert.match(c.label, /^[\x20-\x7e]+$/, c.label);
  // Marked: the concepts the query names, which the item holds.
  for (const c of greek.about.concepts) assert.equal(c.matched, greek.matched_concepts.includes(c.label), c.id);
  assert.deepEqual(greek.about.areas, greek.areas);
  assert.deepEqual(greek.about.countries, ['EL']);
  assert.equal(greek.about.translation, null, 'the item has no English text');

  const romanian = (await api(`/api/v1/knowledge/${greek.id}?ui=ro`)).body;
  assert.ok(romanian.about.concepts.every((c) => typeof c.label === 'string' && c.label.length > 0));
  assert.ok(romanian.about.concepts.every((c) => c.matched === false));
});

test('an item matched in another language links its human translation into the reader\'s language', async () => {
  // el-corallia-mi-cluster is written in Greek with an English translation.
  const found = await search('συνεργατικοί σχηματισμοί καινοτομίας Corallia');
  const corallia = found.items.find((i) => i.slug === 'el-corallia-mi-cluster');
  assert.ok(corallia);
  if (corallia.matched_language === 'el') assert.equal(corallia.about.translation, 'en');
  else assert.equal(corallia.about.translation, null);
  const item = (await api(`/api/v1/knowledge/${corallia.id}?ui=en`)).body;
  assert.equal(item.about.translation, 'en');

  const shown = await page(`/en/knowledge/${corallia.id}?text=el`);
  assert.equal(shown.status, 200);
  assert.match(shown.html, /What this is about:/);
  assert.match(shown.html, new RegExp(`href="/en/knowledge/${corallia.id}\\?text=en" hreflang="en">Read the translation into English`));
  const english = await page(`/en/knowledge/${corallia.id}?text=en`);
  assert.doesNotMatch(english.html, /Read the translation into/);
});

test('the results page shows the line, the expansions with a link that drops each, and brings one back', async () => {
  const first = await page(`/en/knowledge?q=${encodeURIComponent('epitages kainotomias')}`);
  assert.equal(first.status, 200);
  const html = decodeHtml(first.html);
  assert.match(html, /What this is about:/);
  assert.match(html, /Also searched, through the thesaurus:/);
  assert.match(html, /read as Greek letters/);
  const drop = html.match(/<a href="([^"]*drop=innovation-voucher[^"]*)">Search without “innovation voucher”<\/a>/);
  assert.ok(drop, 'a link that drops the concept');
  const second = await page(drop[1]);
  assert.equal(second.status, 200);
  const after = decodeHtml(second.html);
  assert.match(after, /Left out of this search:/);
  const back = after.match(/<a href="([^"]*)">Search with “innovation voucher” again<\/a>/);
  assert.ok(back);
  assert.doesNotMatch(back[1], /drop=/);
  // The search form starts a new search with every expansion.
  assert.doesNotMatch(after, /<input type="hidden" name="drop"/);

  const romanian = decodeHtml((await page(`/ro/knowledge?q=${encodeURIComponent('epitages kainotomias')}`)).html);
  assert.match(romanian, /Despre ce este vorba:/);
  assert.match(romanian, /Căutați fără „/);
});
