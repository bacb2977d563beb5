// Faults (issue of scale and reliability): an app server killed with SIGKILL in the middle of
// concurrent writes loses no change it acknowledged and leaves no change half-written. Four
// writers create and edit practices through the API as fast as the server answers; the
// server is killed; a new server on the same database then holds every item and revision it
// answered 201/200 for, and for every item it holds — acknowledged or caught in flight — the
// revision, its audit entries (one created, one edited per later revision) and its search
// index rows (found by the latest title's word, not by an older one's) agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { parseCsv } from '../support/browser.mjs';

const ADMIN = 'admin@clusterpolisee.example';
const WRITERS = 4;

// A word of letters only for a number, so the analyzer keeps it whole: 0 → "qa", 27 → "qbb".
function word(prefix, n) {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `${prefix}${s}z`;
}

const input = (title) => ({
  kind: 'good_practice', original_language: 'en', areas: ['WG2'], countries: ['HR'], regions: ['HR03'], timeframe: 'current',
  instrument: 'networking',
  texts: [{ language: 'en', title, summary: 'Written while the server was about to be killed.', body: 'Every revision must be whole.' }],
});

async function call(base, token, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

test('SIGKILL during concurrent writes: every acknowledged change kept, none half-written', async () => {
  const first = await startServer({ proxy: 'none' });
  let second;
  try {
    const admin = await signIn(first.base, ADMIN);
    const token = (await createToken(admin, 'faults')).secret;
    const acknowledged = new Map();  // item id → { revision, title }
    let serial = 0;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        try {
          const title = `Fault drill ${word('kx', serial++)} practice`;
          const created = await call(first.base, token, 'POST', '/api/v1/knowledge', input(title));
          if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
          acknowledged.set(created.body.id, { revision: created.body.revision, title });
          for (let edit = 0; edit < 3 && !stop; edit++) {
            const next = `Fault drill ${word('kx', serial++)} practice`;
            const saved = await call(first.base, token, 'PUT', `/api/v1/knowledge/${created.body.id}`,
              { ...input(next), revision: acknowledged.get(created.body.id).revision });
            if (saved.status !== 200) throw new Error(`edit: ${saved.status} ${JSON.stringify(saved.body)}`);
            acknowledged.set(created.body.id, { revision: saved.body.revision, title: next });
          }
        } catch (error) {
          if (!stop) throw error;  // a request cut by the kill is no answer
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    // Kill once a fair number of changes were acknowledged, while the writers are mid-flight.
    const deadline = Date.now() + 60000;
    while (acknowledged.size < 12 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    stop = true;
    const killed = await first.exited;
    assert.equal(killed.signal, 'SIGKILL');
    await Promise.allSettled(writers);
    assert.ok(acknowledged.size >= 12, `${acknowledged.size} items acknowledged before the kill`);

    second = await startServer({ database: first.url, demo: false, proxy: 'none' });
    const reader = await signIn(second.base, ADMIN);
    const readToken = (await createToken(reader, 'faults, after')).secret;
    // Every acknowledged change is there.
    for (const [id, { revision, title }] of acknowledged) {
      const item = await call(second.base, readToken, 'GET', `/api/v1/knowledge/${id}`);
      assert.equal(item.status, 200, `item ${id}`);
      assert.ok(item.body.revision >= revision, `item ${id}: revision ${item.body.revision} < acknowledged ${revision}`);
      if (item.body.revision === revision) assert.equal(item.body.texts.find((t) => t.language === 'en').title, title, `item ${id}`);
    }
    // Every item the drill wrote, acknowledged or not, is whole.
    const found = await call(second.base, readToken, 'GET', '/api/v1/knowledge?q=drill&limit=100');
    assert.equal(found.status, 200);
    const titleOf = (item) => item.texts.find((t) => t.language === 'en').title;
    const drill = found.body.items.filter((i) => /^Fault drill /.test(titleOf(i)));
    assert.ok(drill.length >= acknowledged.size, `${drill.length} drill items found, ${acknowledged.size} acknowledged`);
    const csv = await reader.fetch('/en/admin/audit.csv?action=knowledge.');
    assert.equal(csv.status, 200);
    const [header, ...rows] = parseCsv(await csv.text());
    const col = Object.fromEntries(header.map((name, i) => [name, i]));
    for (const { id } of drill) {
      const item = (await call(second.base, readToken, 'GET', `/api/v1/knowledge/${id}`)).body;
      const entries = rows.filter((r) => r[col.target] === `knowledge:${id}`).map((r) => r[col.action]);
      assert.equal(entries.filter((a) => a === 'knowledge.created').length, 1, `item ${id}: one created entry`);
      assert.equal(entries.filter((a) => a === 'knowledge.edited').length, item.revision - 1,
        `item ${id}: revision ${item.revision} with ${entries.length} audit entries`);
      // The search index holds the latest revision's title, not an earlier one's.
      const latest = /^Fault drill (\S+) practice$/.exec(titleOf(item))[1];
      const hits = await call(second.base, readToken, 'GET', `/api/v1/knowledge?q=${latest}`);
      assert.deepEqual(hits.body.items.map((i) => i.id), [id], `item ${id} found by ${latest}`);
    }
  } finally {
    if (second) assert.equal((await second.stop()).code, 0);
    await first.stop();
  }
});
