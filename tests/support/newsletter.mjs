// What the newsletter tests share: who sends newsletters in the demo, reading a mailed link's
// secret from the outbox, and the examples of the newsletter operations for the OpenAPI test
// (subscriptions and issues made for the purpose, each in the state its operation needs).
import { person, anonymous } from './assessment.mjs';
import { queryValue } from './server.mjs';

export const SENDERS = {
  communication: 'andrei.parvulescu@nord-est-cluster-agency.example', // lead_coordinator: sends newsletters
  staff: 'raluca.toma@nord-est-cluster-agency.example', // partner_staff: may not
};

export const subscription = (email, more = {}) => ({ email, language: 'en', areas: [], countries: [], consent: true, ...more });

// The secret of the newest link with `path` (/newsletter/confirm/ or /newsletter/unsubscribe/)
// in a mail to `email` that the server queued (the outbox keeps sent mails too).
export function secretInOutbox(server, email, path) {
  const body = queryValue(server.url, `SELECT body FROM outbox WHERE recipient = '${email}' AND body LIKE '%${path}%' ORDER BY id DESC LIMIT 1`);
  const m = new RegExp(`${path}([A-Za-z0-9_-]{43})`).exec(body);
  if (!m) throw new Error(`no ${path} link in the mail to ${email}: ${body}`);
  return m[1];
}

export async function newsletterExamples(server) {
  const sender = await person(server.base, SENDERS.communication);
  const visitor = anonymous(server.base);
  const stamp = Date.now();
  const toConfirm = `confirm-${stamp}@example.org`;
  const toLeave = `leave-${stamp}@example.org`;
  for (const email of [toConfirm, toLeave])
    await visitor.call('POST', '/api/v1/newsletter/subscriptions', subscription(email, { language: 'sq' }));
  await visitor.call('POST', '/api/v1/newsletter/subscriptions/confirm', { token: secretInOutbox(server, toLeave, '/newsletter/confirm/') });
  // An issue to the Albanian readers carries the unsubscribe link of the second address.
  const issue = (await sender.call('POST', '/api/v1/newsletter/issues', { language: 'sq', subject: 'Lajme', body: 'Tekst.' })).body;
  await sender.call('POST', `/api/v1/newsletter/issues/${issue.id}/send`, {});
  const draft = (await sender.call('POST', '/api/v1/newsletter/issues', { language: 'el', subject: 'Νέα', body: 'Κείμενο.' })).body;
  const toChange = (await sender.call('POST', '/api/v1/newsletter/issues', { language: 'hu', subject: 'Hírek', body: 'Szöveg.' })).body;
  return {
    confirmNewsletterSubscription: { body: { token: secretInOutbox(server, toConfirm, '/newsletter/confirm/') } },
    unsubscribeFromNewsletter: { body: { token: secretInOutbox(server, toLeave, '/newsletter/unsubscribe/') } },
    getNewsletterIssue: { who: sender, params: { id: draft.id } },
    sendNewsletterIssue: { who: sender, params: { id: draft.id } },
    changeNewsletterIssue: { who: sender, params: { id: toChange.id }, body: { language: 'hu', subject: 'Hírek decemberben', body: 'Új szöveg.', areas: ['WG2'] } },
  };
}
