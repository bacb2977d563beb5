// News end to end on the real server and database: the demo's posts in five languages with
// their translation status, the reader's language chosen per post, the Atom feed and the home
// page's latest news; a post written through the page's form by the partnership's
// communication (a lead-partner coordinator), translated and published through the API, given
// an image with its text alternative; the refusals (people who do not publish news, drafts
// hidden, a translation before its original, a second version in one language) and bad input
// (each a problem or a form message, nothing stored), every change in the audit log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, queryValue } from '../support/server.mjs';
import { Browser, auditRows } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { WRITERS, PNG, postInput } from '../support/news.mjs';

let server, writer, staff, visitor;
before(async () => {
  server = await startServer();
  [writer, staff] = await Promise.all([WRITERS.communication, WRITERS.staff].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const count = (sql) => Number(queryValue(server.url, sql));

test('the demo news are in five languages, each reader gets their own where it exists', async () => {
  const all = await step(visitor, 'GET', '/api/v1/news?lang=en');
  assert.ok(all.items.length >= 4, `${all.items.length} posts`);
  assert.ok(all.items.every((p) => p.status === 'published'), 'a visitor sees no drafts');
  const languages = new Set();
  for (const p of all.items) for (const v of p.versions) languages.add(v.language);
  assert.deepEqual([...languages].sort(), ['el', 'en', 'hu', 'ro', 'sq']);
  const meeting = all.items.find((p) => p.title.startsWith('Partners meet in Piatra Neamț'));
  assert.equal(meeting.versions.length, 5);
  assert.equal(meeting.translation, 'original');
  // The same post in Albanian for an Albanian reader; an Albanian original in English for English readers.
  const sq = await step(visitor, 'GET', '/api/v1/news?lang=sq');
  assert.ok(sq.items.some((p) => p.language === 'sq' && p.title.startsWith('Partnerët takohen')));
  assert.ok(all.items.some((p) => p.language === 'en' && p.translation === 'human_translation' && p.title === 'Tirana hosts a workshop on cluster financing'));
  // The Szeged training day changed after it was translated: the English version says so.
  const szeged = all.items.find((p) => p.title === 'Training day in Szeged on new skills for clusters');
  assert.equal(szeged.translation, 'out_of_date');
  const page = await (await fetch(`${server.base}/en/news/${szeged.id}`)).text();
  assert.match(page, /Translation out of date/);
  assert.match(page, /hreflang="hu"/);
  // Lists, filters, the feed and the home page.
  const list = await (await fetch(`${server.base}/el/news?area=WG2`)).text();
  assert.match(list, /Επίσκεψη μελέτης στην Κρήτη/);
  assert.doesNotMatch(list, /Πιάτρα Νεάμτς/);
  const feed = await fetch(`${server.base}/feeds/news.atom?ui=ro`);
  assert.match(feed.headers.get('content-type'), /^application\/atom\+xml/);
  const atom = await feed.text();
  assert.match(atom, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ro">/);
  assert.match(atom, /Partenerii se întâlnesc la Piatra Neamț/);
  assert.match(atom, /hreflang="sq"/);
  assert.equal((await fetch(`${server.base}/feeds/news.atom?area=WG9`)).status, 400);
  const home = await (await fetch(`${server.base}/hu/`)).text();
  assert.match(home, /id="latest-news"/);
  assert.match(home, /Képzési nap Szegeden/);
});

test('the communication writes a post on the page, translates, publishes and illustrates it', async () => {
  const browser = new Browser(server.base);
  await browser.signIn(WRITERS.communication);
  const form = await browser.get('/en/news/new');
  assert.equal(form.status, 200);
  // A form with a missing title is shown again with the message and what was typed.
  const before = count('SELECT COUNT(*) FROM news_posts');
  const bad = await browser.post('/en/news', { ...postInput({ title: '' }), areas: ['WG1', 'WG4'], countries: ['RO'] });
  assert.equal(bad.status, 422);
  assert.match(bad.html, /id="n-title"[^>]*aria-invalid="true"/);
  assert.match(bad.html, /Three partners reviewed the strategy of Ilfov/);
  assert.equal(count('SELECT COUNT(*) FROM news_posts'), before);
  const made = await browser.post('/en/news', { ...postInput(), areas: ['WG1', 'WG4'], countries: ['RO'] });
  assert.equal(made.status, 303);
  const id = Number(/\/en\/news\/(\d+)\?done=created/.exec(made.location)[1]);
  // A draft: only those who publish news see it.
  refused(await visitor.call('GET', `/api/v1/news/${id}`), 404);
  refused(await staff.call('GET', `/api/v1/news/${id}`), 404);
  let post = await step(writer, 'GET', `/api/v1/news/${id}`);
  assert.deepEqual(post.areas, ['WG1', 'WG4']);

  // The Albanian translation waits for its original.
  const sq = await step(writer, 'POST', '/api/v1/news', { language: 'sq', title: 'Rishikim nga kolegët i strategjisë së inovacionit të Ilfovit', summary: 'Tre partnerë rishikuan strategjinë.', body: 'Rishikimi u zhvillua në Bukuresht.', translation_of: id }, 201);
  assert.deepEqual(sq.areas, ['WG1', 'WG4']);
  refused(await writer.call('POST', `/api/v1/news/${sq.id}/publish`, { revision: sq.revision }), 409);
  refused(await writer.call('POST', '/api/v1/news', { ...postInput({ language: 'sq' }), translation_of: id }), 409, { parameter: 'language' });
  const published = await browser.post(`/en/news/${id}/publish`, { revision: post.revision });
  assert.equal(published.status, 303);
  await step(writer, 'POST', `/api/v1/news/${sq.id}/publish`, { revision: sq.revision });
  post = await step(visitor, 'GET', `/api/v1/news/${id}`);
  assert.deepEqual(post.versions.map((v) => v.language), ['en', 'sq']);
  const sqPage = await (await fetch(`${server.base}/sq/news/${sq.id}`)).text();
  assert.match(sqPage, /<a href="\/sq\/news\/\d+" hreflang="en" lang="en">English<\/a>/);

  // The original changes: the translation is out of date, and saving it makes it current.
  post = await step(writer, 'PUT', `/api/v1/news/${id}`, { ...postInput({ summary: 'Three partners reviewed the strategy and suggested two instruments and a pilot.' }), revision: post.revision });
  assert.equal((await step(visitor, 'GET', `/api/v1/news/${sq.id}`)).translation, 'out_of_date');
  refused(await writer.call('PUT', `/api/v1/news/${id}`, { ...postInput(), revision: 1 }), 409, { parameter: 'revision' });
  const current = await step(writer, 'GET', `/api/v1/news/${sq.id}`);
  await step(writer, 'PUT', `/api/v1/news/${sq.id}`, { language: 'sq', title: current.title, summary: 'Tre partnerë rishikuan strategjinë dhe propozuan një pilot.', body: current.body, revision: current.revision });
  assert.equal((await step(visitor, 'GET', `/api/v1/news/${sq.id}`)).translation, 'human_translation');

  // The image needs its text alternative and an image type.
  const upload = async (fields, bytes, type = 'image/png') => {
    const body = new FormData();
    body.append('csrf', browser.csrf);
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    body.append('file', new Blob([bytes], { type }), 'picture.png');
    const res = await browser.fetch(`/en/news/${id}/image`, { method: 'POST', body });
    return { status: res.status, html: await res.text(), location: res.headers.get('location') };
  };
  post = await step(writer, 'GET', `/api/v1/news/${id}`);
  const noAlt = await upload({ revision: post.revision, alt: ' ' }, PNG);
  assert.equal(noAlt.status, 422);
  assert.match(noAlt.html, /Describe the image for people who cannot see it/);
  const text = await upload({ revision: post.revision, alt: 'The reviewers in Bucharest' }, Buffer.from('not an image at all'), 'image/png');
  assert.equal(text.status, 415);
  assert.equal((await step(writer, 'GET', `/api/v1/news/${id}`)).image, null);
  const done = await upload({ revision: post.revision, alt: 'The reviewers in Bucharest' }, PNG);
  assert.equal(done.status, 303, done.html.slice(0, 300));
  post = await step(visitor, 'GET', `/api/v1/news/${id}`);
  assert.equal(post.image.alt, 'The reviewers in Bucharest');
  assert.equal(post.image.media_type, 'image/png');
  const image = await fetch(`${server.base}/en/news/${id}/image`);
  assert.equal(image.status, 200);
  assert.deepEqual(Buffer.from(await image.arrayBuffer()), PNG);
  const pageHtml = await (await fetch(`${server.base}/en/news/${id}`)).text();
  assert.match(pageHtml, /<img src="\/en\/news\/\d+\/image\?v=[0-9a-f]+" alt="The reviewers in Bucharest">/);
  refused(await writer.call('PUT', `/api/v1/news/${id}/image?revision=${post.revision}`, undefined, { bytes: PNG, type: 'image/png' }), 422, { parameter: 'alt' });

  // Every change in the audit log.
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const audit = auditRows((await admin.get('/en/admin/audit?action=news.')).html).filter((a) => a.target === `news:${id}`);
  assert.deepEqual(audit.map((a) => a.action).sort(), ['news.created', 'news.image_set', 'news.published', 'news.updated']);
});

test('only the communication roles write news; bad input is a problem and stores nothing', async () => {
  const before = count('SELECT COUNT(*) FROM news_posts');
  refused(await visitor.call('POST', '/api/v1/news', postInput()), 401);
  refused(await staff.call('POST', '/api/v1/news', postInput()), 403);
  const browser = new Browser(server.base);
  await browser.signIn(WRITERS.staff);
  assert.equal((await browser.get('/en/news/new')).status, 403);
  assert.doesNotMatch((await browser.get('/en/news')).html, /href="\/en\/news\/new"/);
  refused(await writer.call('POST', '/api/v1/news', postInput({ title: '' })), 422, { parameter: 'title' });
  refused(await writer.call('POST', '/api/v1/news', postInput({ language: 'de' })), 400, { parameter: 'language' });
  refused(await writer.call('POST', '/api/v1/news', postInput({ areas: ['WG9'] })), 400, { parameter: 'areas' });
  refused(await writer.call('POST', '/api/v1/news', postInput({ countries: ['FR'] })), 400, { parameter: 'countries' });
  refused(await writer.call('POST', '/api/v1/news', { ...postInput(), colour: 'red' }), 400, { parameter: 'colour' });
  refused(await writer.call('POST', '/api/v1/news', { ...postInput(), translation_of: 999999 }), 422, { parameter: 'translation_of' });
  refused(await visitor.call('GET', '/api/v1/news?drafts=maybe'), 400, { parameter: 'drafts' });
  refused(await visitor.call('GET', '/api/v1/news/999999'), 404);
  assert.equal(count('SELECT COUNT(*) FROM news_posts'), before);
});
