// Working-group workspaces against the real server: who reads which workspace; a discussion
// started by a member mentioning another, who finds it in the notification centre and in an
// e-mail (the test SMTP listener) whose link stops such e-mails without signing in; replies,
// edits, moderation and a locked discussion; bad input (empty and oversized posts, unknown
// mentions, markup) answered with problems or form messages and nothing stored; the pages
// without JavaScript; every change in the audit log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { startSmtp } from '../support/smtp.mjs';
import { Browser, auditRows, formFields } from '../support/browser.mjs';
import { person, step } from '../support/assessment.mjs';
import { refused } from '../support/monitoring.mjs';

const EMAILS = {
  bence: 'bence.varga@tisza-maros-innovation-centre.example', // WG4 member (hu)
  raluca: 'raluca.toma@nord-est-cluster-agency.example', // WG4 member (ro)
  tomas: 'tomas.kovacik@danube-innovation-agency.example', // WG4 coordinator
  georgi: 'georgi.stoyanov@maritsa-rda.example', // steering committee, partner staff
  stakeholder: 'cristian.lupu@valea-sucevei-wood-cluster.example',
  admin: 'admin@clusterpolisee.example',
};

let server, smtp, bence, raluca, tomas, georgi, stakeholder;
before(async () => {
  smtp = await startSmtp();
  server = await startServer({ extraArgs: ['--smtp-url', smtp.url, '--mail-interval', '1', '--public-url', 'https://cps.test'] });
  [bence, raluca, tomas, georgi, stakeholder] = await Promise.all(
    [EMAILS.bence, EMAILS.raluca, EMAILS.tomas, EMAILS.georgi, EMAILS.stakeholder].map((e) => person(server.base, e)));
});
after(async () => {
  const { code } = await server.stop();
  await smtp.close();
  assert.equal(code, 0);
});

const threadsOf = async (who, code) => (await step(who, 'GET', `/api/v1/groups/${code}/threads`)).items;

test('members read the working groups; the committees\' workspaces are their members\' own', async () => {
  const codes = (await step(bence, 'GET', '/api/v1/groups')).items.map((w) => w.code);
  assert.deepEqual(codes, ['WG1', 'WG2', 'WG3', 'WG4', 'WG5', 'WG6']);
  assert.ok((await step(georgi, 'GET', '/api/v1/groups')).items.some((w) => w.code === 'SC'));
  refused(await bence.call('GET', '/api/v1/groups/SC'), 404);
  refused(await stakeholder.call('GET', '/api/v1/groups/WG4'), 404);
  const wg4 = await step(bence, 'GET', '/api/v1/groups/WG4');
  assert.ok(wg4.members.some((m) => m.handle === 'raluca.toma' && m.role === 'member'));
  assert.ok(wg4.members.some((m) => m.role === 'coordinator'));
  assert.equal(wg4.may.moderate, false);
  assert.ok((await threadsOf(bence, 'WG4')).length >= 1, 'the demo discussions');
});

test('a mention reaches the person in the platform and by e-mail, whose link stops such e-mails', async () => {
  const thread = await step(bence, 'POST', '/api/v1/groups/WG4/threads',
    { subject: 'Vouchers for small clusters', body: 'Hello @raluca.toma, could Nord-Est share its voucher rules?' }, 201);
  const centre = await raluca.call('GET', '/api/v1/notifications');
  assert.equal(centre.status, 200);
  const mention = centre.body.items.find((n) => n.thread === thread.id);
  assert.equal(mention.kind, 'mention');
  assert.equal(mention.actor, 'Bence Varga');
  assert.ok(Number(centre.res.headers.get('x-unread-count')) >= 1);
  const mail = await smtp.waitFor(EMAILS.raluca, { test: (m) => m.body.includes('Vouchers for small clusters') });
  assert.match(mail.body, /could Nord-Est share its voucher rules/);
  assert.match(mail.body, new RegExp(`https://cps\\.test/ro/groups/WG4/threads/${thread.id}`));
  const link = /https:\/\/cps\.test(\/ro\/notifications\/unsubscribe\/[A-Za-z0-9_-]{43})/.exec(mail.body);
  assert.ok(link, mail.body);
  // The link works without signing in: a page, then a button.
  const anyone = new Browser(server.base);
  const page = await anyone.get(link[1]);
  assert.equal(page.status, 200);
  const stopped = await anyone.post(link[1], Object.fromEntries(formFields(page.html, link[1])));
  assert.equal(stopped.status, 200);
  assert.equal((await step(raluca, 'GET', '/api/v1/notifications/settings')).mention, 'never');
  const unknown = await anyone.post('/ro/notifications/unsubscribe/not-a-link', Object.fromEntries(formFields(page.html, link[1])));
  assert.equal(unknown.status, 404);
  // Every page shows how many notifications wait, beside the person's name.
  const ralucaPages = new Browser(server.base);
  await ralucaPages.signIn(EMAILS.raluca);
  assert.match((await ralucaPages.get('/ro/groups')).html, /class="tag">\d+<span class="visually-hidden"> notificări necitite/);
  await step(raluca, 'PUT', '/api/v1/notifications/settings', { mention: 'immediate' });
  await step(raluca, 'POST', '/api/v1/notifications/read', {}, 204);
  assert.equal((await step(raluca, 'GET', '/api/v1/notifications')).items.filter((n) => n.read_at === null).length, 0);
  assert.doesNotMatch((await ralucaPages.get('/ro/groups')).html, /notificări necitite/);
});

test('replies, edits, moderation and a locked discussion', async () => {
  const thread = await step(bence, 'POST', '/api/v1/groups/WG4/threads', { subject: 'Accreditation thresholds', body: 'Which threshold?' }, 201);
  const reply = await step(raluca, 'POST', `/api/v1/threads/${thread.id}/posts`, { body: 'Ten members at least.' }, 201);
  // The author follows the discussion: the reply notifies him.
  assert.ok((await step(bence, 'GET', '/api/v1/notifications')).items.some((n) => n.kind === 'reply' && n.post === reply.id));
  refused(await bence.call('PUT', `/api/v1/threads/${thread.id}/posts/${reply.id}`, { body: 'Mine now' }), 403);
  const edited = await step(raluca, 'PUT', `/api/v1/threads/${thread.id}/posts/${reply.id}`, { body: 'Ten members, two years.' });
  assert.equal(typeof edited.edited_at, 'number');
  refused(await bence.call('POST', `/api/v1/threads/${thread.id}/posts/${reply.id}/hide`, { reason: 'No' }), 403);
  refused(await tomas.call('POST', `/api/v1/threads/${thread.id}/posts/${reply.id}/hide`, { reason: '' }), 422);
  const hidden = await step(tomas, 'POST', `/api/v1/threads/${thread.id}/posts/${reply.id}/hide`, { reason: 'Duplicate of the WG4 minutes.' });
  assert.equal(hidden.hidden.reason, 'Duplicate of the WG4 minutes.');
  assert.equal(hidden.body, null);
  await step(tomas, 'PUT', `/api/v1/threads/${thread.id}/state`, { state: 'locked' });
  const before = (await step(bence, 'GET', `/api/v1/threads/${thread.id}/posts`)).items.length;
  refused(await raluca.call('POST', `/api/v1/threads/${thread.id}/posts`, { body: 'One more thing' }), 409);
  assert.equal((await step(bence, 'GET', `/api/v1/threads/${thread.id}/posts`)).items.length, before);
  await step(bence, 'PUT', `/api/v1/threads/${thread.id}/subscription`, { subscription: 'unsubscribed' }, 204);
  assert.equal((await step(bence, 'GET', `/api/v1/threads/${thread.id}/posts`)).subscription, 'unsubscribed');
});

test('bad input is refused with the field at fault and nothing is stored', async () => {
  const count = (await threadsOf(bence, 'WG4')).length;
  refused(await bence.call('POST', '/api/v1/groups/WG4/threads', { subject: 'Empty', body: '   ' }), 422, { parameter: 'body' });
  refused(await bence.call('POST', '/api/v1/groups/WG4/threads', { subject: '', body: 'Text' }), 422, { parameter: 'subject' });
  refused(await bence.call('POST', '/api/v1/groups/WG4/threads', { subject: 'Long', body: 'x'.repeat(20001) }), 422, { parameter: 'body' });
  const unknown = await bence.call('POST', '/api/v1/groups/WG4/threads', { subject: 'Who?', body: 'Thanks @nobody.here' });
  refused(unknown, 422, { parameter: 'body' });
  assert.match(unknown.body.detail, /@nobody\.here/);
  refused(await bence.call('POST', '/api/v1/groups/WG9/threads', { subject: 'S', body: 'B' }), 404);
  refused(await bence.call('POST', '/api/v1/groups/WG4/threads', { subject: 'S', body: 'B', extra: 1 }), 400, { parameter: 'extra' });
  refused(await bence.call('POST', '/api/v1/groups/WG4/decisions', { text: 'Decided.', date: '2027-01-01' }), 403);
  refused(await tomas.call('POST', '/api/v1/groups/WG4/decisions', { text: 'Decided.', date: '1 March' }), 422, { parameter: 'date' });
  assert.equal((await threadsOf(bence, 'WG4')).length, count);
});

test('the pages work without JavaScript, escape markup and the audit log names every change', async () => {
  const b = new Browser(server.base);
  await b.signIn(EMAILS.bence);
  assert.equal((await b.get('/hu/groups')).status, 200);
  const wg4 = await b.get('/en/groups/WG4');
  assert.equal(wg4.status, 200);
  assert.match(wg4.html, /@raluca\.toma/);
  const fields = Object.fromEntries(formFields(wg4.html, '/en/groups/WG4/threads'));
  const empty = await b.post('/en/groups/WG4/threads', { ...fields, subject: 'Kept subject', body: '' });
  assert.equal(empty.status, 422);
  assert.match(empty.html, /Write something before you post/);
  assert.match(empty.html, /Kept subject/);
  assert.match(empty.html, /aria-invalid="true"/);
  const unknown = await b.post('/en/groups/WG4/threads', { ...fields, subject: 'Kept', body: 'Hi @nobody.here, kept text' });
  assert.equal(unknown.status, 422);
  assert.match(unknown.html, /@nobody\.here/);
  assert.match(unknown.html, /Hi @nobody\.here, kept text/);
  const made = await b.post('/en/groups/WG4/threads',
    { ...fields, subject: '<img src=x onerror=alert(1)>', body: '<script>alert(1)</script>\n\n**bold** [x](javascript:alert(1))' });
  assert.equal(made.status, 303);
  const thread = await b.get(made.location);
  assert.equal(thread.status, 200);
  assert.doesNotMatch(thread.html, /<script>alert/);
  assert.doesNotMatch(thread.html, /<img src=x/);
  assert.doesNotMatch(thread.html, /javascript:alert/);
  assert.match(thread.html, /<strong>bold<\/strong>/);
  const replyAction = `${made.location}/posts`;
  const replied = await b.post(replyAction, { ...Object.fromEntries(formFields(thread.html, replyAction)), body: 'A reply by form.' });
  assert.equal(replied.status, 303);
  const quoted = await b.get(`${made.location}?quote=${/id="post-(\d+)"/.exec(thread.html)[1]}`);
  assert.match(quoted.html, /&gt; \*\*Bence Varga:\*\*/);
  const notifications = new Browser(server.base);
  await notifications.signIn(EMAILS.raluca);
  assert.equal((await notifications.get('/ro/notifications')).status, 200);

  const admin = new Browser(server.base);
  await admin.signIn(EMAILS.admin);
  const actions = auditRows((await admin.get('/en/admin/audit?action=group.')).html).map((r) => r.action);
  for (const action of ['group.thread_started', 'group.replied', 'group.post_edited', 'group.post_hidden', 'group.thread_locked'])
    assert.ok(actions.includes(action), action);
});
