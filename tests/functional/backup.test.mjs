// Backups on the real server and database: one taken while a writer keeps saving restores
// into an empty installation that serves the same pages and answers (attachments'
// bytes and the audit log among them); damaged, truncated and newer backups are refused
// with nothing written; a restore refuses an installation that holds data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, runAsync, createDatabase, dropDatabase, startServer, queryValue, backend } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';
import { pdfSaying } from '../support/files.mjs';

let server;    // the original installation: a copy of the demo
let author;    // a partner's write token
let item;      // a published item, with an attachment
let stored;    // that attachment
const pdf = pdfSaying('The quarterly backup drill of the wood cluster');
const scratch = mkdtempSync(path.join(tmpdir(), 'cps-backup-'));
const made = [];  // databases to drop at the end

before(async () => {
  server = await startServer();
  const partner = await signIn(server.base, 'petra.novak@si-smart-specialisation-agency.example');
  author = (await createToken(partner, 'backup', 'write')).secret;
  const admin = await signIn(server.base, 'admin@clusterpolisee.example');
  const adminToken = (await createToken(admin, 'backup', 'write')).secret;
  item = (await (await fetch(`${server.base}/api/v1/knowledge?limit=1&sort=date`)).json()).items[0];
  const res = await fetch(`${server.base}/api/v1/knowledge/${item.id}/attachments?file_name=backup-drill.pdf`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/octet-stream' },
    body: pdf,
  });
  assert.equal(res.status, 201, await res.clone().text());
  stored = await res.json();
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
  for (const url of made) dropDatabase(url);
  rmSync(scratch, { recursive: true, force: true });
});

// An empty installation: a data directory and a database of its own.
function installation(name) {
  const dir = mkdtempSync(path.join(scratch, `${name}-`));
  const url = createDatabase(dir);
  made.push(url);
  return { dir, url };
}

// Whether a database holds no table (nothing was restored into it).
function tableCount(url) {
  if (url.startsWith('postgresql://'))
    return Number(queryValue(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
  const file = url.slice('sqlite://'.length);
  if (!existsSync(file)) return 0;
  return Number(queryValue(url, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
}

const json = async (base, p, token) =>
  (await fetch(base + p, { headers: token ? { Authorization: `Bearer ${token}` } : {} })).json();

// A page as people see it, without what differs from one visit to the next (form tokens).
const page = async (base, p) =>
  (await (await fetch(base + p)).text()).replace(/name="csrf" value="[^"]*"/g, '').replace(/cps_form=[^;"]*/g, '');

test('a backup taken while a writer keeps saving restores into an empty installation that serves the same answers', async () => {
  const auditBefore = Number(queryValue(server.url, 'SELECT count(*) FROM audit_log'));
  // The writer: drafts one after the other until told to stop.
  const written = [];
  let stop = false;
  const writer = (async () => {
    for (let n = 1; !stop; ++n) {
      const res = await fetch(`${server.base}/api/v1/knowledge`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${author}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          kind: 'good_practice', original_language: 'en', areas: ['WG1'], countries: ['SI'], regions: ['SI04'],
          timeframe: 'current', instrument: 'vouchers',
          texts: [{ language: 'en', title: `Writer note ${n}`, summary: 'Saved while a backup runs.', body: 'Body.' }],
        }),
      });
      assert.equal(res.status, 201, await res.clone().text());
      written.push((await res.json()).id);
    }
  })();
  while (written.length < 3) await new Promise((r) => setTimeout(r, 20));
  const file = path.join(scratch, 'while-writing.cpsbackup');
  const atStart = written.length;
  const backup = await runAsync(['backup', file, '--data-dir', server.dataDir, '--database', server.url]);
  const atEnd = written.length;
  while (written.length < atEnd + 2) await new Promise((r) => setTimeout(r, 20));
  stop = true;
  await writer;
  assert.equal(backup.status, 0, backup.stderr);
  assert.match(backup.stdout, /Backup written: .*\n.*schema version \d+.*\n\s+1 uploaded file/);
  assert.ok(existsSync(file));
  assert.deepEqual(readdirSync(scratch).filter((f) => f.includes('partial')), [], 'no temporary file is left');

  const target = installation('restored');
  const restore = run(['restore', file, '--data-dir', target.dir, '--database', target.url]);
  assert.equal(restore.status, 0, restore.stderr);
  const copy = await startServer({ database: target.url, demo: false, dataDir: target.dir });
  try {
    // The snapshot is consistent: the drafts it holds are the first k of those written, with
    // k between the drafts saved when the backup started and when it ended.
    const present = [];
    for (const id of written) present.push((await fetch(`${copy.base}/api/v1/knowledge/${id}`, { headers: { Authorization: `Bearer ${author}` } })).status);
    const k = present.filter((s) => s === 200).length;
    assert.deepEqual(present, [...Array(k).fill(200), ...Array(written.length - k).fill(404)]);
    assert.ok(k >= atStart && k <= atEnd, `${k} drafts in the backup, ${atStart} to ${atEnd} expected`);
    // Each draft's audit line came with it; the restore wrote its own, by the command line.
    assert.equal(Number(queryValue(target.url, 'SELECT count(*) FROM audit_log')), auditBefore + k + 1);
    assert.equal(queryValue(target.url, "SELECT actor || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 1"),
      'command line database.restored');

    // The same answers as the original (the writer's drafts are not public).
    for (const p of ['/api/v1/knowledge?limit=100', '/api/v1/regions?country=RO', '/api/v1/countries', '/api/v1/areas?lang=ro',
      `/api/v1/knowledge/${item.id}`, `/api/v1/knowledge/${item.id}/attachments`, '/api/v1/assessments', '/api/v1/pilots'])
      assert.deepEqual(await json(copy.base, p), await json(server.base, p), p);
    // Pages without search facets (whose ties fall in the order rows were loaded).
    for (const p of [`/en/knowledge/${item.id}`, '/ro/regions', '/en/areas'])
      assert.equal(await page(copy.base, p), await page(server.base, p), p);
    const bytes = Buffer.from(await (await fetch(copy.base + stored.href)).arrayBuffer());
    assert.ok(bytes.equals(pdf), 'the attachment has the same bytes');
  } finally {
    await copy.stop({ keepDatabase: true });
  }
});

// A backup with its first member (the manifest) changed by `edit`, the rest as it was.
function withManifest(file, edit) {
  const bytes = readFileSync(file);
  const size = parseInt(bytes.toString('latin1', 124, 135), 8);
  const manifest = JSON.parse(bytes.toString('utf8', 512, 512 + size));
  edit(manifest);
  const text = Buffer.from(JSON.stringify(manifest));
  const header = Buffer.from(bytes.subarray(0, 512));
  header.write(text.length.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  const padded = Buffer.alloc(Math.ceil(text.length / 512) * 512);
  text.copy(padded);
  return Buffer.concat([header, padded, bytes.subarray(512 + Math.ceil(size / 512) * 512)]);
}

test('damaged, truncated, foreign and newer backups are refused and nothing is written', () => {
  const file = path.join(scratch, 'good.cpsbackup');
  const made = run(['backup', file, '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(made.status, 0, made.stderr);
  const bytes = readFileSync(file);
  const manifestSize = parseInt(bytes.toString('latin1', 124, 135), 8);
  const dumpStart = 512 + Math.ceil(manifestSize / 512) * 512 + 512;
  const flipped = Buffer.from(bytes);
  flipped[dumpStart + 1000] ^= 0xff;
  const cases = [
    ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), /damaged/],
    ['a changed byte', flipped, /checksum does not match/],
    ['not a backup', Buffer.from('hello, this is not a tar archive'.repeat(40)), /damaged or is not a backup/],
    ['a newer schema', withManifest(file, (m) => { m.schema_version = 9999; }), /newer version/],
    ['a newer format', withManifest(file, (m) => { m.format_version = 2; }), /newer version/],
    ['the other kind of database', withManifest(file, (m) => {
      m.database = backend === 'postgresql' ? 'sqlite' : 'postgresql';
      m.database_dump.name = backend === 'postgresql' ? 'database.sqlite' : 'database.pgdump';
    }), /restore it onto (SQLite|PostgreSQL), then use copy-database/],
    ['a file outside the data directory', withManifest(file, (m) => { m.files[0].name = 'files/attachments/../../../etc/x'; }), /damaged/],
  ];
  for (const [what, content, message] of cases) {
    const bad = path.join(scratch, 'bad.cpsbackup');
    writeFileSync(bad, content);
    const target = installation('refused');
    const r = run(['restore', bad, '--data-dir', target.dir, '--database', target.url]);
    assert.equal(r.status, 2, `${what}: ${r.stderr}`);
    assert.match(r.stderr, message, what);
    assert.equal(r.stderr.trim().split('\n').filter((l) => l.startsWith('clusterpolisee')).length, 1, r.stderr);
    assert.equal(tableCount(target.url), 0, `${what}: no table was written`);
    assert.deepEqual(readdirSync(target.dir).filter((f) => f !== 'demo.json'), [], `${what}: no file was written`);
  }
});

test('restore refuses an installation that holds data; a backup is written whole or not at all', () => {
  const file = path.join(scratch, 'refusal.cpsbackup');
  assert.equal(run(['backup', file, '--data-dir', server.dataDir, '--database', server.url]).status, 0);
  const onto = run(['restore', file, '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(onto.status, 2, onto.stderr);
  assert.match(onto.stderr, /already holds data.*table \w+ has \d+ row/);
  // A backup that cannot be made leaves no file behind, nor an older one changed.
  const missing = run(['backup', path.join(scratch, 'no-such-folder', 'x.cpsbackup'), '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(missing.status, 2, missing.stderr);
  const before = readFileSync(file);
  const nowhere = backend === 'postgresql'
    ? server.url.replace(/\/[^/]*$/, '/cps_no_such_database')
    : `sqlite://${path.join(scratch, 'no-such.db')}`;
  const failed = run(['backup', file, '--data-dir', server.dataDir, '--database', nowhere]);
  assert.notEqual(failed.status, 0, failed.stderr);
  assert.ok(readFileSync(file).equals(before), 'the earlier backup file is untouched');
  assert.deepEqual(readdirSync(scratch).filter((f) => f.includes('partial')), []);
});

test('backup and restore explain themselves', () => {
  for (const command of ['backup', 'restore', 'copy-database']) {
    const help = run([command, '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--database/);
  }
  assert.equal(run(['backup']).status, 2);
  assert.equal(run(['restore']).status, 2);
});
