// A small SMTP server on loopback that keeps every message it receives, so tests read the
// e-mails the platform really sends (over libcurl) instead of looking into its database.
import net from 'node:net';
import { STATE_BOUND_MS } from './wait.mjs';

function decodeWord(text) {
  return text.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64) => Buffer.from(b64, 'base64').toString('utf8'));
}

// Headers and body of one message as the platform writes it (base64 text/plain).
function parse(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const headers = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.slice(split + 4);
  if ((headers['content-transfer-encoding'] ?? '').toLowerCase() === 'base64')
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return { headers, subject: decodeWord(headers.subject ?? ''), body };
}

export async function startSmtp({ refuse = 0 } = {}) {
  const messages = [];
  const waiters = [];
  let refusals = refuse;  // answer the first N messages with a temporary failure
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let envelope = { from: '', to: [] };
    socket.setEncoding('latin1');
    socket.write('220 test-smtp ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const raw = Buffer.from(buffer.slice(0, end), 'latin1').toString('utf8').replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          if (refusals > 0) {
            refusals -= 1;
            socket.write('451 4.3.0 try again later\r\n');
          } else {
            const message = { ...envelope, ...parse(raw), raw };
            messages.push(message);
            for (const w of [...waiters]) w();
            socket.write('250 2.0.0 queued\r\n');
          }
          envelope = { from: '', to: [] };
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-test-smtp\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO') socket.write('250 test-smtp\r\n');
        else if (verb === 'MAIL') { envelope.from = line.replace(/^MAIL FROM:\s*/i, ''); socket.write('250 2.1.0 ok\r\n'); }
        else if (verb === 'RCPT') { envelope.to.push(line.replace(/^RCPT TO:\s*/i, '').replace(/[<>]/g, '')); socket.write('250 2.1.5 ok\r\n'); }
        else if (verb === 'DATA') { inData = true; socket.write('354 end with .\r\n'); }
        else if (verb === 'RSET') { envelope = { from: '', to: [] }; socket.write('250 ok\r\n'); }
        else if (verb === 'NOOP') socket.write('250 ok\r\n');
        else if (verb === 'QUIT') { socket.write('221 bye\r\n'); socket.end(); }
        else socket.write('502 5.5.2 not implemented\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    // The first message to `address` (and matching `test`, when given), waiting up to `ms`.
    async waitFor(address, { test = () => true, ms = STATE_BOUND_MS } = {}) {
      const find = () => messages.find((m) => m.to.includes(address) && test(m));
      const deadline = Date.now() + ms;
      for (;;) {
        const found = find();
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no e-mail to ${address} within ${ms} ms`);
        // Woken by the next message, or after 200 ms to look at the deadline; whichever
        // comes second finds the waiter gone and leaves the others be.
        await new Promise((resolve) => {
          const w = () => {
            clearTimeout(timer);
            const at = waiters.indexOf(w);
            if (at >= 0) waiters.splice(at, 1);
            resolve();
          };
          const timer = setTimeout(w, 200);
          waiters.push(w);
        });
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// The one-time link in a message body.
export function linkIn(message) {
  const m = /https?:\/\/\S+token=[A-Za-z0-9_-]{43}/.exec(message.body);
  if (!m) throw new Error(`no link in: ${message.body}`);
  return m[0];
}
