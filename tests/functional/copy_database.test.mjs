// copy-database on the real program: the demo moved from its database to the other kind and
// back (SQLite → PostgreSQL → SQLite, or PostgreSQL → SQLite → PostgreSQL; SQLite → SQLite
// when no PostgreSQL server is at hand), each copy serving the same answers as the original;
// a target that holds data, a missing source and an older source are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, startServer, dropDatabase, queryValue, backend } from '../support/server.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'cps-copy-'));
const postgres = process.env.CPS_TEST_POSTGRES_URL;
const made = [];
let original;

before(async () => {
  original = await startServer();
});
after(async () => {
  const { code } = await original.stop();
  assert.equal(code, 0);
  for (const url of made) dropDatabase(url);
  rmSync(scratch, { recursive: true, force: true });
});

// A new, empty database of the kind asked for.
function emptyDatabase(kind) {
  if (kind === 'sqlite') return `sqlite://${mkdtempSync(path.join(scratch, 'db-'))}/clusterpolisee.db`;
  const name = `cps_copy_${process.pid}_${made.length}`;
  const r = spawnSync('psql', [postgres, '-qAtc', `CREATE DATABASE ${name}`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const url = postgres.replace(/\/[^/]*$/, `/${name}`);
  made.push(url);
  return url;
}

const paths = ['/api/v1/knowledge?limit=100', '/api/v1/regions?country=EL',
  '/api/v1/countries', '/api/v1/areas?lang=hu', '/api/v1/assessments', '/api/v1/pilots', '/api/v1/transfers',
  '/api/v1/datasets', '/api/v1/cluster-categories'];

async function answers(base) {
  const out = {};
  for (const p of paths) out[p] = await (await fetch(base + p)).json();
  const first = out['/api/v1/knowledge?limit=100'].items[0].id;
  out.item = await (await fetch(`${base}/api/v1/knowledge/${first}`)).json();
  out.page = (await (await fetch(`${base}/en/knowledge/${first}`)).text()).replace(/name="csrf" value="[^"]*"/g, '');
  return out;
}

function copy(from, to) {
  const r = run(['copy-database', '--from', from, '--to', to]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\d+ tables, \d+ rows, each compared row by row/);
  assert.match(r.stderr, /copying knowledge_items: \d+\/\d+ rows/);
  return r;
}

test('the demo moved to the other database and back serves the same answers, the copy audited', async () => {
  const other = postgres ? (backend === 'postgresql' ? 'sqlite' : 'postgresql') : 'sqlite';
  const expected = await answers(original.base);
  const first = emptyDatabase(other);
  const there = copy(original.url, first);
  const second = emptyDatabase(backend);
  const back = copy(first, second);
  // The same tables, rows and checksums all the way.
  const table = (out) => out.stdout.split('\n').filter((l) => /^\w+\s+\d+\s+[0-9a-f]{64}$/.test(l) && !l.startsWith('audit_log'));
  assert.deepEqual(table(back), table(there));
  for (const url of [first, second]) {
    assert.equal(queryValue(url, "SELECT actor || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 1"),
      'command line database.copied');
    const server = await startServer({ database: url, demo: false });
    try {
      assert.deepEqual(await answers(server.base), expected, url);
      // New rows get new ids after the copied ones (PostgreSQL's identity counters follow).
      const admin = queryValue(url, "SELECT id FROM users WHERE email = 'admin@clusterpolisee.example'");
      assert.ok(Number(admin) > 0);
    } finally {
      await server.stop({ keepDatabase: true });
    }
  }
  // On PostgreSQL the identity counters were set past the copied rows.
  for (const url of [first, second].filter((u) => u.startsWith('postgresql://'))) {
    const max = Number(queryValue(url, 'SELECT max(id) FROM audit_log'));
    assert.ok(Number(queryValue(url, "SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))")) > max);
    const users = Number(queryValue(url, 'SELECT max(id) FROM users'));
    assert.ok(Number(queryValue(url, "SELECT nextval(pg_get_serial_sequence('users', 'id'))")) > users);
  }
});

test('copy-database refuses a target that holds data, a missing source, an older source and itself', () => {
  const target = emptyDatabase('sqlite');
  copy(original.url, target);
  const again = run(['copy-database', '--from', original.url, '--to', target]);
  assert.equal(again.status, 2, again.stderr);
  assert.match(again.stderr, /already holds data/);
  const missing = run(['copy-database', '--from', `sqlite://${scratch}/none.db`, '--to', emptyDatabase('sqlite')]);
  assert.equal(missing.status, 2, missing.stderr);
  assert.match(missing.stderr, /no SQLite database|holds no installation/);
  const same = run(['copy-database', '--from', original.url, '--to', original.url]);
  assert.equal(same.status, 2, same.stderr);
  // A source a migration behind this program.
  const older = emptyDatabase('sqlite');
  copy(original.url, older);
  const last = queryValue(older, 'SELECT max(version) FROM schema_migrations');
  queryValue(older, `DELETE FROM schema_migrations WHERE version = ${last}`);
  const behind = run(['copy-database', '--from', older, '--to', emptyDatabase('sqlite')]);
  assert.equal(behind.status, 2, behind.stderr);
  assert.match(behind.stderr, /older than this program's; run clusterpolisee migrate/);
  // Refused with nothing written: the target of a refused copy has no table.
  const untouched = emptyDatabase('sqlite');
  assert.equal(run(['copy-database', '--from', older, '--to', untouched]).status, 2);
  assert.equal(spawnSync('test', ['-e', untouched.slice('sqlite://'.length)]).status, 1, 'no file made');
});
