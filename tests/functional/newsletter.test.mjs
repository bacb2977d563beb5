// Newsletters against the real server: a visitor subscribes on the page without JavaScript,
// confirms from the captured e-mail (opening the link changes nothing, the button does), gets
// an issue sent to their segment with the RFC 8058 headers and leaves with the one-click POST
// a mail program makes; forged and reused links, malformed addresses, missing consent and an
// empty issue are refused with clear messages and nothing stored; a draft is changed on its page
// and through the API until it is sent; bounces suppress an address,
// listed with the reason; the consent log and the audit log name every step, never the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, run } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { Browser, auditRows, formFields, madeUpToken } from '../support/browser.mjs';
import { person, anonymous, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';
import { SENDERS, subscription } from '../support/newsletter.mjs';

let server, smtp, sender, staff, visitor;
before(async () => {
  smtp = await startSmtp();
  server = await startServer({ extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--public-url', 'https://cps.test'] });
  [sender, staff] = await Promise.all([SENDERS.communication, SENDERS.staff].map((e) => person(server.base, e)));
  visitor = anonymous(server.base);
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0);
});

const subscriberOf = async (email) =>
  (await step(sender, 'GET', '/api/v1/newsletter/subscriptions')).items.find((s) => s.email === email);

test('subscribe on the page, confirm from the mail, get an issue with RFC 8058 headers and leave with one click', async () => {
  const email = 'ana.popa@example.org';
  const page = new Browser(server.base);
  const form = await page.get('/ro/newsletter');
  assert.equal(form.status, 200);
  const fields = formFields(form.html, '/ro/newsletter');
  const asked = await page.post('/ro/newsletter', [...fields.filter(([k]) => k !== 'email'), ['email', email],
    ['areas', 'WG1'], ['consent', 'on']]);
  assert.equal(asked.status, 303);
  assert.match((await page.get(asked.location)).html, /role="status"/);

  const mail = await smtp.waitFor(email);
  const link = /https:\/\/cps\.test(\/ro\/newsletter\/confirm\/[A-Za-z0-9_-]{43})/.exec(mail.body);
  assert.ok(link, mail.body);
  // Opening the link (as a mail scanner would) changes nothing; the button confirms.
  const anyone = new Browser(server.base);
  const confirmPage = await anyone.get(link[1]);
  assert.equal(confirmPage.status, 200);
  assert.equal((await subscriberOf(email)).status, 'pending');
  const confirmed = await anyone.post(link[1], Object.fromEntries(formFields(confirmPage.html, link[1])));
  assert.equal(confirmed.status, 200);
  const active = await subscriberOf(email);
  assert.equal(active.status, 'active');
  assert.deepEqual(active.segment.areas, ['WG1']);
  // The link works once.
  const again = await anyone.post(link[1], {});
  assert.equal(again.status, 409);
  assert.match(again.html, /role="alert"/);

  // An issue for WG1 in Romanian reaches her; one for WG2 does not.
  const other = await step(sender, 'POST', '/api/v1/newsletter/issues', { language: 'ro', subject: 'Doar WG2', body: 'Text.', areas: ['WG2'] }, 201);
  const otherSent = await step(sender, 'POST', `/api/v1/newsletter/issues/${other.id}/send`, {});
  const issue = await step(sender, 'POST', '/api/v1/newsletter/issues',
    { language: 'ro', subject: 'Vizite de studiu în WG1', body: '**Noutăți** din parteneriat.', areas: ['WG1'] }, 201);
  const preview = await step(sender, 'GET', `/api/v1/newsletter/issues/${issue.id}`);
  assert.equal(preview.status, 'draft');
  assert.ok(preview.audience >= 1);
  const sent = await step(sender, 'POST', `/api/v1/newsletter/issues/${issue.id}/send`, {});
  assert.equal(sent.status, 'sent');
  assert.equal(sent.recipients, preview.audience);
  const news = await smtp.waitFor(email, { test: (m) => m.subject === 'Vizite de studiu în WG1' });
  assert.ok(!smtp.messages.some((m) => m.to.includes(email) && m.subject === 'Doar WG2'), `WG2 issue went to ${otherSent.recipients}`);
  const header = /^<https:\/\/cps\.test(\/ro\/newsletter\/unsubscribe\/[A-Za-z0-9_-]{43})>$/.exec(news.headers['list-unsubscribe']);
  assert.ok(header, news.headers['list-unsubscribe']);
  assert.equal(news.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
  assert.ok(news.body.includes(`https://cps.test${header[1]}`), 'the same link in the text');

  // The archive is public.
  const archive = await new Browser(server.base).get('/ro/newsletter/issues');
  assert.equal(archive.status, 200);
  assert.ok(archive.html.includes('Vizite de studiu în WG1'));
  assert.equal((await visitor.call('GET', `/api/v1/newsletter/issues/${issue.id}`)).status, 200);

  // The one-click POST of a mail program: no cookie, no form token.
  const oneClick = await fetch(server.base + header[1], {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click', redirect: 'manual',
  });
  assert.equal(oneClick.status, 200);
  assert.equal((await subscriberOf(email)).status, 'unsubscribed');
  const reused = await fetch(server.base + header[1], { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  assert.equal(reused.status, 409);

  // Subscribing again needs a new confirmation; the consent log holds every step.
  await step(visitor, 'POST', '/api/v1/newsletter/subscriptions?lang=en', subscription(email, { language: 'hu' }), 202);
  assert.equal((await subscriberOf(email)).status, 'unsubscribed');
  const second = await smtp.waitFor(email, { test: (m) => m.body.includes('/hu/newsletter/confirm/') });
  const token = /\/hu\/newsletter\/confirm\/([A-Za-z0-9_-]{43})/.exec(second.body)[1];
  const back = await step(visitor, 'POST', '/api/v1/newsletter/subscriptions/confirm', { token });
  assert.equal(back.status, 'active');
  assert.equal(back.language, 'hu');
  assert.equal(back.email, undefined, 'a link holder does not see the address');
  const log = (await step(sender, 'GET', `/api/v1/newsletter/subscriptions/${active.id}/consents`)).items;
  assert.deepEqual(log.map((c) => c.action), ['subscribed', 'confirmed', 'unsubscribed', 'subscribed', 'confirmed']);
  assert.deepEqual(log.map((c) => c.language), ['ro', 'ro', 'ro', 'en', 'hu']);
  assert.ok(log.every((c) => c.wording_version === 1 && c.wording.startsWith('I agree to receive') && /^[0-9a-f]{64}$/.test(c.address_digest)));
});

test('bad input is refused with clear messages and nothing is stored', async () => {
  const before = (await step(sender, 'GET', '/api/v1/newsletter/subscriptions')).total;
  refused(await visitor.call('POST', '/api/v1/newsletter/subscriptions', subscription('not an address')), 422, { parameter: 'email' });
  refused(await visitor.call('POST', '/api/v1/newsletter/subscriptions', subscription('a@example.org', { consent: false })), 422, { parameter: 'consent' });
  refused(await visitor.call('POST', '/api/v1/newsletter/subscriptions', subscription('a@example.org', { countries: ['ZZ'] })), 400, { parameter: 'countries' });
  refused(await visitor.call('POST', '/api/v1/newsletter/subscriptions', subscription('a@example.org', { language: 'de' })), 400, { parameter: 'language' });
  assert.equal((await step(sender, 'GET', '/api/v1/newsletter/subscriptions')).total, before);
  // The page shows the message beside the field and keeps what was typed.
  const page = new Browser(server.base);
  const form = await page.get('/en/newsletter');
  const bad = await page.post('/en/newsletter', [...formFields(form.html, '/en/newsletter').filter(([k]) => k !== 'email'), ['email', 'nobody-at-all'], ['consent', 'on']]);
  assert.equal(bad.status, 422);
  assert.match(bad.html, /id="nl-email"[^>]*aria-invalid="true"/);
  assert.match(bad.html, /value="nobody-at-all"/);
  // Forged links.
  refused(await visitor.call('POST', '/api/v1/newsletter/subscriptions/confirm', { token: madeUpToken() }), 404, { parameter: 'token' });
  refused(await visitor.call('POST', '/api/v1/newsletter/subscriptions/unsubscribe', { token: 'short' }), 404);
  assert.equal((await new Browser(server.base).post(`/en/newsletter/unsubscribe/${madeUpToken()}`, {}, { csrf: null })).status, 404);
  // Issues: only senders; an empty one is not sent.
  refused(await staff.call('POST', '/api/v1/newsletter/issues', { language: 'en', subject: 'Mine' }), 403);
  refused(await visitor.call('GET', '/api/v1/newsletter/subscriptions'), [401, 403]);
  refused(await sender.call('POST', '/api/v1/newsletter/issues', { language: 'en', subject: '' }), 422, { parameter: 'subject' });
  const empty = await step(sender, 'POST', '/api/v1/newsletter/issues', { language: 'en', subject: 'Nothing yet' }, 201);
  refused(await sender.call('POST', `/api/v1/newsletter/issues/${empty.id}/send`, {}), 422, { parameter: 'body' });
  refused(await visitor.call('GET', `/api/v1/newsletter/issues/${empty.id}`), 404);
  assert.equal((await step(sender, 'GET', `/api/v1/newsletter/issues/${empty.id}`)).status, 'draft');
  // "Send the latest news": the issue's text lists the posts published in its language.
  const latest = await step(sender, 'POST', '/api/v1/newsletter/issues', { language: 'ro', subject: 'Știrile lunii', latest_news: true }, 201);
  const posts = (await step(visitor, 'GET', '/api/v1/news?language=ro')).items;
  assert.ok(posts.length > 0);
  assert.ok(latest.body.includes(`- [${posts[0].title}](https://cps.test/ro/news/${posts[0].id})`), latest.body);
  refused(await sender.call('POST', '/api/v1/newsletter/issues', { language: 'ro', subject: 'S', latest_news: 'yes' }), 400, { parameter: 'latest_news' });
});

test('a draft is changed on its page without JavaScript and through the API, until it is sent', async () => {
  const draft = await step(sender, 'POST', '/api/v1/newsletter/issues', { language: 'en', subject: 'Draft news', body: 'First words.' }, 201);
  const page = new Browser(server.base);
  await page.signIn(SENDERS.communication);
  const preview = await page.get(`/en/newsletter/issues/${draft.id}`);
  assert.match(preview.html, new RegExp(`href="/en/newsletter/issues/${draft.id}/edit"`));
  const form = await page.get(`/en/newsletter/issues/${draft.id}/edit`);
  assert.equal(form.status, 200);
  assert.match(form.html, /<h1>Change the draft<\/h1>/);
  assert.match(form.html, /First words\./);
  const action = `/en/newsletter/issues/${draft.id}`;
  const fields = formFields(form.html, action).filter(([k]) => !['subject', 'body', 'areas'].includes(k));
  // A refusal keeps what was typed and names the field.
  const bad = await page.post(action, [...fields, ['subject', ''], ['body', 'Kept text.']]);
  assert.equal(bad.status, 422);
  assert.match(bad.html, /Kept text\./);
  const saved = await page.post(action, [...fields, ['subject', 'December news'], ['body', 'Better words.'], ['areas', 'WG3']]);
  assert.equal(saved.status, 303);
  const changed = await step(sender, 'GET', `/api/v1/newsletter/issues/${draft.id}`);
  assert.equal(changed.subject, 'December news');
  assert.equal(changed.body, 'Better words.');
  assert.deepEqual(changed.segment.areas, ['WG3']);
  // The API rewrites it too; others may not, and nobody once it is sent.
  refused(await staff.call('PUT', `/api/v1/newsletter/issues/${draft.id}`, { language: 'en', subject: 'Mine', body: 'x' }), 403);
  const put = await step(sender, 'PUT', `/api/v1/newsletter/issues/${draft.id}`, { language: 'ro', subject: 'Știri', body: 'Text.' });
  assert.equal(put.language, 'ro');
  await step(sender, 'POST', `/api/v1/newsletter/issues/${draft.id}/send`, {});
  refused(await sender.call('PUT', `/api/v1/newsletter/issues/${draft.id}`, { language: 'ro', subject: 'Prea târziu', body: 'Text.' }), 409);
  assert.equal((await page.get(`/en/newsletter/issues/${draft.id}/edit`)).status, 409);
  assert.equal((await step(sender, 'GET', `/api/v1/newsletter/issues/${draft.id}`)).subject, 'Știri');
});

test('bounces suppress an address, listed with the reason; suppressed addresses get no mail', async () => {
  const email = 'full.mailbox@example.org';
  await step(visitor, 'POST', '/api/v1/newsletter/subscriptions', subscription(email, { language: 'el' }), 202);
  const mail = await smtp.waitFor(email);
  const token = /\/el\/newsletter\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.body)[1];
  await step(visitor, 'POST', '/api/v1/newsletter/subscriptions/confirm', { token });
  refused(await staff.call('POST', '/api/v1/newsletter/bounces', { email, kind: 'soft' }), 403);
  refused(await sender.call('POST', '/api/v1/newsletter/bounces', { email, kind: 'medium' }), 400, { parameter: 'kind' });
  refused(await sender.call('POST', '/api/v1/newsletter/bounces', { email: 'nobody@example.org', kind: 'hard' }), 404);
  for (let i = 0; i < 2; i++) assert.equal((await step(sender, 'POST', '/api/v1/newsletter/bounces', { email, kind: 'soft' })).suppressed, false);
  const third = await step(sender, 'POST', '/api/v1/newsletter/bounces', { email, kind: 'soft', reason: '452 4.2.2 mailbox full' });
  assert.equal(third.suppressed, true);
  assert.equal(third.suppressed_reason, 'soft bounce: 452 4.2.2 mailbox full');
  const issue = await step(sender, 'POST', '/api/v1/newsletter/issues', { language: 'el', subject: 'Ενημερωτικό', body: 'Κείμενο.' }, 201);
  const sent = await step(sender, 'POST', `/api/v1/newsletter/issues/${issue.id}/send`, {});
  assert.ok(!(await step(sender, 'GET', '/api/v1/newsletter/subscriptions')).items
    .some((s) => s.email === email && s.status === 'active' && !s.suppressed), 'suppressed');
  assert.equal(typeof sent.recipients, 'number');
  // Subscribing again sends nothing either.
  const count = smtp.messages.filter((m) => m.to.includes(email)).length;
  await step(visitor, 'POST', '/api/v1/newsletter/subscriptions', subscription(email), 202);
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const list = await admin.get('/en/newsletter/subscribers');
  assert.equal(list.status, 200);
  assert.ok(list.html.includes('452 4.2.2 mailbox full'));
  assert.equal(smtp.messages.filter((m) => m.to.includes(email)).length, count);
  // Only senders see the subscribers.
  const someone = new Browser(server.base);
  await someone.signIn(SENDERS.staff);
  assert.equal((await someone.get('/en/newsletter/subscribers')).status, 403);
});

test('the command line records a bounce from the bounce mailbox\'s scripts, with the API\'s rules', async () => {
  const email = 'gone.away@example.org';
  await step(visitor, 'POST', '/api/v1/newsletter/subscriptions', subscription(email, { language: 'hu' }), 202);
  const cli = (...args) => run(['newsletter', 'bounce', '--data-dir', server.dataDir, '--database', server.url, ...args]);
  const wrong = cli('--email', email, '--kind', 'medium');
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /hard or soft/);
  assert.equal(cli('--email', 'nobody.here@example.org', '--kind', 'hard').status, 2);
  const hard = cli('--email', email, '--kind', 'hard', '--reason', '550 5.1.1 no such user');
  assert.equal(hard.status, 0, hard.stderr);
  assert.match(hard.stdout, /1 hard and 0 soft bounces; suppressed \(hard bounce: 550 5\.1\.1 no such user\)/);
  assert.equal((await subscriberOf(email)).suppressed, true);
});

test('the audit log names every step by the subscriber\'s number, never the address', async () => {
  const admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
  const rows = auditRows((await admin.get('/en/admin/audit?action=newsletter.')).html);
  const actions = new Set(rows.map((r) => r.action));
  for (const a of ['newsletter.subscription_requested', 'newsletter.confirmed', 'newsletter.unsubscribed', 'newsletter.issue_created',
    'newsletter.issue_changed', 'newsletter.issue_sent', 'newsletter.bounce_recorded', 'newsletter.suppressed'])
    assert.ok(actions.has(a), a);
  assert.ok(rows.every((r) => !r.detail.includes('@') && !r.target.includes('@')));
});
