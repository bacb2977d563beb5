// Faults: PostgreSQL stopped under load and started again. While it is down, /readyz says 503
// and every request that needs the database is answered at once with a clear 503 — a page for
// people, a problem for the API — never a hang; once it is back the server serves again by
// itself, without a restart. PostgreSQL only: SQLite is a file inside the server's process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backend, startServer } from '../support/server.mjs';
import { privatePostgres } from '../support/postgres.mjs';
import { until } from '../support/wait.mjs';

// The longest a request may take while the database is down: well under any client timeout.
const ANSWER_MS = 3000;

async function timed(url, init) {
  const from = Date.now();
  const res = await fetch(url, init);
  const body = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', body, ms: Date.now() - from };
}

test('PostgreSQL stopped under load: 503 at once, then back by itself', { skip: backend !== 'postgresql' && 'PostgreSQL only' }, async (t) => {
  const pg = await privatePostgres();
  let server;
  try {
    server = await startServer({ database: pg.url, demo: false, proxy: 'none' });
    const page = (n) => `${server.base}/en/knowledge?q=outage${n}`;  // a new query each time: no cached page
    let n = 0;
    assert.equal((await timed(page(n++))).status, 200);
    assert.equal((await timed(`${server.base}/readyz`)).status, 200);

    // Four clients keep asking while the database goes away and comes back.
    let load = true;
    const answers = [];
    const client = async () => {
      while (load) {
        try {
          const r = await timed(page(n++));
          answers.push(r);
        } catch (error) {
          answers.push({ status: 0, error: String(error), ms: 0 });
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((r) => setTimeout(r, 500));
    pg.stop();
    const stoppedAt = answers.length;

    const ready = await timed(`${server.base}/readyz`);
    assert.equal(ready.status, 503);
    assert.match(ready.body, /unreachable/);
    assert.ok(ready.ms < ANSWER_MS, `readyz took ${ready.ms} ms`);
    const down = await timed(page(n++));
    assert.equal(down.status, 503, down.body.slice(0, 300));
    assert.match(down.type, /^text\/html/);
    assert.ok(down.ms < ANSWER_MS, `the page took ${down.ms} ms`);
    const api = await timed(`${server.base}/api/v1/knowledge?q=outage`);
    assert.equal(api.status, 503);
    assert.match(api.type, /^application\/problem\+json/);
    assert.ok(api.ms < ANSWER_MS, `the API took ${api.ms} ms`);
    await new Promise((r) => setTimeout(r, 1000));

    pg.start();
    const back = Date.now();
    await until('the server serving again', async () => (await timed(`${server.base}/readyz`)).status === 200 || undefined, { every: 100 });
    await until('pages again', async () => (await timed(page(n++))).status === 200 || undefined, { every: 100 });
    const recovered = Date.now() - back;
    load = false;
    await Promise.all(clients);

    const during = answers.slice(stoppedAt);
    assert.ok(answers.every((a) => a.status !== 0), `no connection failed: ${JSON.stringify(answers.find((a) => a.status === 0))}`);
    assert.ok(answers.every((a) => a.status === 200 || a.status === 503), `only 200 and 503: ${[...new Set(answers.map((a) => a.status))]}`);
    assert.ok(during.some((a) => a.status === 503), 'the outage was seen under load');
    assert.ok(answers.every((a) => a.ms < ANSWER_MS), `slowest answer ${Math.max(...answers.map((a) => a.ms))} ms`);
    assert.ok(recovered < 10000, `back after ${recovered} ms`);
    const slowest = (list) => Math.max(0, ...list.map((a) => a.ms));
    t.diagnostic(`${answers.length} answers under load, ${during.filter((a) => a.status === 503).length} of them 503 while the database was down; `
      + `slowest 503 ${slowest(during.filter((a) => a.status === 503))} ms; readyz ${ready.ms} ms; serving again ${recovered} ms after the database's return`);
    // After the return, everything answers again.
    for (let i = 0; i < 5; i++) assert.equal((await timed(page(n++))).status, 200);
  } finally {
    if (server) assert.equal((await server.stop()).code, 0);
    pg.remove();
  }
});
