// The command line's framework file: export a version, import it (or another partnership's) as
// the next version, and refuse a bad file with a message naming the field and a non-zero exit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, createDatabase, dropDatabase } from '../support/server.mjs';

let dir;
let args;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cps-framework-cli-'));
  args = ['--data-dir', dir, '--database', createDatabase(dir, { demo: true })];
});
after(() => {
  dropDatabase(args[3]);
  rmSync(dir, { recursive: true, force: true });
});

const file = (name) => path.join(dir, name);

test('a framework exported to a file is imported back as the next version', () => {
  const printed = run(['assessment', 'framework', 'export', ...args]);
  assert.equal(printed.status, 0, printed.stderr);
  const latest = JSON.parse(printed.stdout);
  assert.equal(latest.format, 'clusterpolisee-framework');
  assert.ok(latest.criteria.length >= 30);

  const written = run(['assessment', 'framework', 'export', '--version', String(latest.version), file('framework.json'), ...args]);
  assert.equal(written.status, 0, written.stderr);
  assert.deepEqual(JSON.parse(readFileSync(file('framework.json'), 'utf8')), latest);

  // Another partnership's framework: the same file with a changed weight.
  const theirs = structuredClone(latest);
  theirs.note = 'Financing weighs more.';
  theirs.criteria.find((c) => c.area === 'WG4').weight = 2;
  writeFileSync(file('theirs.json'), JSON.stringify(theirs));
  const imported = run(['assessment', 'framework', 'import', file('theirs.json'), ...args]);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, new RegExp(`framework version ${latest.version + 1} stored \\(${latest.criteria.length} criteria\\)`));
  const next = JSON.parse(run(['assessment', 'framework', 'export', ...args]).stdout);
  assert.equal(next.version, latest.version + 1);
  assert.equal(next.note, 'Financing weighs more.');
  assert.deepEqual(next.criteria.map((c) => c.code), latest.criteria.map((c) => c.code));
  // The version before stays as it was.
  const old = JSON.parse(run(['assessment', 'framework', 'export', '--version', String(latest.version), ...args]).stdout);
  assert.deepEqual(old, latest);
});

test('a bad framework file is refused naming the field, and nothing is stored', () => {
  const latest = JSON.parse(run(['assessment', 'framework', 'export', ...args]).stdout);
  const cases = [
    ['weight.json', (f) => { f.criteria[4].weight = 9; }, /criteria\[4\]\.weight/],
    ['text.json', (f) => { f.criteria[1].texts.en.level_3 = 3; }, /criteria\.1\.texts\.en\.level_3/],
    ['format.json', (f) => { f.format = 'something-else'; }, /format/],
  ];
  for (const [name, change, field] of cases) {
    const bad = structuredClone(latest);
    change(bad);
    writeFileSync(file(name), JSON.stringify(bad));
    const r = run(['assessment', 'framework', 'import', file(name), ...args]);
    assert.notEqual(r.status, 0, name);
    assert.match(r.stderr, /^clusterpolisee assessment framework import: /m, r.stderr);
    assert.match(r.stderr, field, r.stderr);
  }
  writeFileSync(file('broken.json'), '{"format": "clusterpolisee-framework", "criteria": [');
  assert.equal(run(['assessment', 'framework', 'import', file('broken.json'), ...args]).status, 2);
  const missing = run(['assessment', 'framework', 'import', file('nowhere.json'), ...args]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /The file cannot be read\./);
  assert.equal(JSON.parse(run(['assessment', 'framework', 'export', ...args]).stdout).version, latest.version);
  const unknown = run(['assessment', 'framework', 'export', '--version', '999', ...args]);
  assert.equal(unknown.status, 2, unknown.stderr);
});

test('the commands are in the help', () => {
  const help = run(['assessment', 'framework', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /export/);
  assert.match(help.stdout, /import/);
  assert.match(run(['assessment', 'framework', 'import', '--help']).stdout, /--database/);
});
