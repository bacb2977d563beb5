// The command line's monitoring files: a new installation starts with the shipped work plan,
// which exports to a file and imports back (activities changed by code, new ones added); the
// programme's exchange rates import from CSV; bad files are refused with a message naming the
// field and a non-zero exit, and change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, createDatabase, dropDatabase } from '../support/server.mjs';

let dir;
let args;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cps-monitoring-cli-'));
  args = ['--data-dir', dir, '--database', createDatabase(dir)];
});
after(() => {
  dropDatabase(args[3]);
  rmSync(dir, { recursive: true, force: true });
});

const file = (name) => path.join(dir, name);
const exported = () => {
  const r = run(['monitoring', 'workplan', 'export', ...args]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};

test('a new installation starts with the shipped work plan, which goes to a file and back', () => {
  const plan = exported();
  assert.equal(plan.periods.length, 6);
  assert.ok(plan.activities.length >= 20, `${plan.activities.length} activities`);
  assert.ok(plan.targets.some((t) => t.programme_code === 'RCO 87'));
  const first = plan.activities[0];
  assert.ok(first.texts.some((t) => t.language === 'en' && t.title));

  const written = run(['monitoring', 'workplan', 'export', file('workplan.json'), ...args]);
  assert.equal(written.status, 0, written.stderr);
  assert.match(written.stderr, /6 periods, \d+ activities and \d+ targets written to/);
  assert.deepEqual(JSON.parse(readFileSync(file('workplan.json'), 'utf8')), plan);

  // The partnership's own version: a title changed, an activity added, a target raised.
  const ours = structuredClone(plan);
  ours.activities[0].texts.find((t) => t.language === 'en').title = 'Writing the application together';
  ours.activities.push({
    code: 'X9', kind: 'deliverable', phase: 'communication', areas: ['WG2'], periods: [2], due: plan.periods[1].ends,
    responsible: [], status: 'not_started', progress: 0, status_note: '',
    texts: [{ language: 'en', title: 'Newsletter for cluster managers', description: '' }],
  });
  ours.targets.find((t) => t.measured === 'practices_published').target = 75;
  writeFileSync(file('ours.json'), JSON.stringify(ours));
  const imported = run(['monitoring', 'workplan', 'import', file('ours.json'), ...args]);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, new RegExp(`6 periods, 1 activities added, ${plan.activities.length} changed`));

  const after = exported();
  assert.equal(after.activities.length, plan.activities.length + 1);
  const again = after.activities.find((a) => a.code === first.code);
  assert.equal(again.texts.find((t) => t.language === 'en').title, 'Writing the application together');
  const added = after.activities.find((a) => a.code === 'X9');
  assert.equal(added.kind, 'deliverable');
  assert.deepEqual(added.areas, ['WG2']);
  assert.equal(after.targets.find((t) => t.measured === 'practices_published').target, 75);
});

test('a bad work plan file is refused naming the field, and nothing changes', () => {
  const before = exported();
  const cases = [
    ['overlap.json', (f) => { f.periods[1].starts = f.periods[0].ends; }, /periods\.1/],
    ['phase.json', (f) => { f.activities[2].phase = 'dreaming'; }, /activities\.2\.phase/],
    ['due.json', (f) => { f.periods[3].report_due = '2001-01-01'; }, /periods\.3/],
  ];
  for (const [name, change, field] of cases) {
    const bad = structuredClone(before);
    change(bad);
    writeFileSync(file(name), JSON.stringify(bad));
    const r = run(['monitoring', 'workplan', 'import', file(name), ...args]);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.match(r.stderr, /^clusterpolisee monitoring workplan import: /m, r.stderr);
    assert.match(r.stderr, field, r.stderr);
  }
  writeFileSync(file('broken.json'), '{"periods": [');
  assert.equal(run(['monitoring', 'workplan', 'import', file('broken.json'), ...args]).status, 2);
  const missing = run(['monitoring', 'workplan', 'import', file('nowhere.json'), ...args]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /The file cannot be read\./);
  assert.deepEqual(exported(), before);
});

test('exchange rates import from CSV; a bad row is refused naming it', () => {
  writeFileSync(file('rates.csv'), 'currency,month,per_euro\r\nRON,2026-11,4.9752\r\nHUF,2026-11,391.20\r\n');
  const stored = run(['monitoring', 'rates', 'import', file('rates.csv'), ...args]);
  assert.equal(stored.status, 0, stored.stderr);
  assert.match(stored.stdout, /2 exchange rates stored/);

  const cases = [
    ['currency.csv', 'currency,month,per_euro\nUSD,2026-11,1.05\n', /currency/],
    ['rate.csv', 'currency,month,per_euro\nRON,2026-11,-4\n', /per_euro/],
    ['month.csv', 'currency,month,per_euro\nRON,2026-13,4.97\n', /month/],
    ['quotes.csv', 'currency,month,per_euro\n"RON,2026-11,4.97\n', /line 2/],
  ];
  for (const [name, text, field] of cases) {
    writeFileSync(file(name), text);
    const r = run(['monitoring', 'rates', 'import', file(name), ...args]);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.match(r.stderr, /^clusterpolisee monitoring rates import: /m, r.stderr);
    assert.match(r.stderr, field, r.stderr);
  }
  assert.equal(run(['monitoring', 'rates', 'import', file('nowhere.csv'), ...args]).status, 2);
});

test('the commands are in the help', () => {
  const help = run(['monitoring', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /workplan/);
  assert.match(help.stdout, /rates/);
  assert.match(run(['monitoring', 'workplan', '--help']).stdout, /export[\s\S]*import/);
  assert.match(run(['monitoring', 'rates', 'import', '--help']).stdout, /--database/);
});
