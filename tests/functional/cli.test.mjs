// The command line: configuration errors, migrations, refusal of a newer database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, createDatabase, dropDatabase, startServer, backend } from '../support/server.mjs';

function scratch() {
  return mkdtempSync(path.join(tmpdir(), 'cps-cli-'));
}

test('bad configuration stops with exit code 2 and one line naming the setting', () => {
  const dir = scratch();
  const cases = [
    [['serve', '--listen', 'nowhere'], {}, 'listen'],
    [['serve', '--threads', '0'], {}, 'threads'],
    [['serve', '--database', 'mysql://x/y'], {}, 'database'],
    [['serve'], { CLUSTERPOLISEE_THREADS: 'many' }, 'threads'],
    [['serve'], { CLUSTERPOLISEE_LISTN: '1' }, 'CLUSTERPOLISEE_LISTN'],
    [['serve', '--config', path.join(dir, 'missing.toml')], {}, 'config'],
  ];
  writeFileSync(path.join(dir, 'bad.toml'), 'access_log = "sometimes"\n');
  cases.push([['serve', '--config', path.join(dir, 'bad.toml')], {}, 'access_log']);
  for (const [args, env, setting] of cases) {
    const r = run([...args, '--data-dir', dir], env);
    assert.equal(r.status, 2, `${args.join(' ')} ${JSON.stringify(env)}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, new RegExp(setting));
  }
  assert.equal(run(['frobnicate']).status, 2);
  rmSync(dir, { recursive: true, force: true });
});

test('help and version', () => {
  const help = run(['serve', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--listen/);
  assert.match(help.stdout, /CLUSTERPOLISEE_LISTEN/);
  const version = run(['version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^clusterpolisee \d+\.\d+\.\d+/);
});

test('migrate applies everything once, reports status, and serve refuses a newer database', async () => {
  const dir = scratch();
  const url = createDatabase(dir);
  const args = ['--data-dir', dir, '--database', url];
  const first = run(['migrate', ...args]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^[1-9]\d* migration\(s\) applied/);
  const second = run(['migrate', ...args]);
  assert.match(second.stdout, /^0 migration\(s\) applied/);
  const status = run(['migrate', '--status', ...args]);
  assert.match(status.stdout, /0 pending/);
  // A later program version recorded a migration this one does not know.
  const sql = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '2099-01-01T00:00:00Z')";
  if (backend === 'postgresql') {
    const { spawnSync } = await import('node:child_process');
    assert.equal(spawnSync('psql', [url, '-qc', sql]).status, 0);
  } else {
    const { spawnSync } = await import('node:child_process');
    assert.equal(spawnSync('sqlite3', [path.join(dir, 'clusterpolisee.db'), sql]).status, 0);
  }
  const serve = run(['serve', ...args, '--listen', '127.0.0.1:0']);
  assert.equal(serve.status, 1);
  assert.match(serve.stderr, /newer version/);
  dropDatabase(url);
  rmSync(dir, { recursive: true, force: true });
});

test('serve with migrations disabled refuses a database that needs them', () => {
  const dir = scratch();
  const url = createDatabase(dir);
  const r = run(['serve', '--data-dir', dir, '--database', url, '--migrate-on-start', 'no', '--listen', '127.0.0.1:0']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /clusterpolisee migrate/);
  dropDatabase(url);
  rmSync(dir, { recursive: true, force: true });
});

test('demo prints what it loaded and SIGTERM stops the server with exit code 0', async () => {
  const dir = scratch();
  const url = createDatabase(dir);
  const demo = run(['demo', '--data-dir', dir, '--database', url]);
  assert.equal(demo.status, 0, demo.stderr);
  assert.match(demo.stdout, /16 countries, \d+ statistical regions, 6 thematic areas/);
  // Every demo assessment went through the service's flow to the status its file gives it.
  assert.match(demo.stdout, /12 assessments of regions' cluster policies \(12 new: 2 draft, 2 in_review, 7 published, 1 submitted\)/);
  // So did every pilot and the partnership's monitoring, report by report.
  assert.match(demo.stdout, /9 pilot initiatives \(9 new: 1 completed, 1 planned, 6 running, 1 stopped\)/);
  assert.match(demo.stdout, /progress reports: 66 approved, 8 draft, 2 returned, 4 submitted/);
  const server = await startServer({ database: url, demo: false });
  assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
  const { code } = await server.stop();
  assert.equal(code, 0);
  assert.match(server.stderr(), /server stopped/);
  dropDatabase(url);
  rmSync(dir, { recursive: true, force: true });
});
