// The soak test: a mix of readers and writers against a demo installation for a while —
// cached pages, search pages, API reads, and concurrent writers saving practices, signing in
// and importing a dataset — recording errors, p50/p99 per kind of request and the servers'
// resident memory over time, and writing the figures to docs/reliability.md.
//
//   node bench/soak.mjs [--seconds 600] [--readers 12]                      # one server, SQLite
//   tools/with-postgres env CPS_TEST_BACKEND=postgresql node bench/soak.mjs  # two servers behind nginx
//
// The load comes from this process (fetch, one request at a time per reader), so it stands for
// many people at once rather than for the most the server can take (bench/run measures that).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { backend, startServer } from '../tests/support/server.mjs';
import { signIn, createToken } from '../tests/support/session.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 600);
const READERS = arg('readers', 12);
const ADMIN = 'admin@clusterpolisee.example';
const twoServers = backend === 'postgresql';

const words = ['cluster', 'innovation', 'voucher', 'wood', 'tourism', 'export', 'digital', 'food', 'energy', 'skills', 'inovare', 'klaszter', 'καινοτομία'];
const kinds = {
  'cached page': () => ['/en/', '/en/regions', '/ro/regions/RO11', '/en/knowledge', '/hu/knowledge'][Math.floor(Math.random() * 5)],
  'search page': (n) => `/en/knowledge?q=${encodeURIComponent(words[n % words.length])}&page=${1 + (n % 3)}`,
  'API read': (n) => [`/api/v1/knowledge?q=${encodeURIComponent(words[n % words.length])}`, '/api/v1/regions?country=RO', '/api/v1/regions/RO11/clusters', '/api/v1/organisations'][n % 4],
};

const percentile = (values, p) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch { return 0; }
}

async function main() {
  const server = await startServer({ proxy: twoServers ? 'nginx' : 'none' });
  const pids = server.pids;
  const admin = await signIn(server.base, ADMIN);
  const token = (await createToken(admin, 'soak')).secret;
  const stats = new Map();
  const record = (kind, ms, ok, detail) => {
    if (!stats.has(kind)) stats.set(kind, { times: [], errors: 0, examples: [] });
    const s = stats.get(kind);
    s.times.push(ms);
    if (!ok) {
      s.errors += 1;
      if (s.examples.length < 3) s.examples.push(detail);
    }
  };
  const timed = async (kind, url, init, good = (r) => r.status < 400) => {
    const from = performance.now();
    try {
      const res = await fetch(server.base + url, init);
      await res.arrayBuffer();
      record(kind, performance.now() - from, good(res), `${res.status} ${url}`);
    } catch (error) {
      record(kind, performance.now() - from, false, `${error.cause?.code ?? error.message} ${url}`);
    }
  };
  const end = Date.now() + SECONDS * 1000;
  const memory = [];
  const sampler = setInterval(() => memory.push({ at: Math.round((Date.now() - (end - SECONDS * 1000)) / 1000), mb: pids.map(rssOf) }), 5000);
  memory.push({ at: 0, mb: pids.map(rssOf) });

  const reader = async (i) => {
    const names = Object.keys(kinds);
    for (let n = i; Date.now() < end; n += READERS) {
      const kind = names[n % names.length];
      await timed(kind, kinds[kind](n));
    }
  };
  const saver = async (i) => {
    for (let n = 0; Date.now() < end; n++) {
      const body = JSON.stringify({
        kind: 'good_practice', original_language: 'en', areas: ['WG1'], countries: ['RO'], regions: ['RO11'], timeframe: 'current', instrument: 'vouchers',
        texts: [{ language: 'en', title: `Soak practice ${i}-${n}`, summary: 'Written under load.', body: 'Saved while others read.' }],
      });
      await timed('knowledge save', '/api/v1/knowledge', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });
    }
  };
  const signer = async () => {
    while (Date.now() < end) {
      const from = performance.now();
      try {
        await signIn(server.base, ADMIN);
        record('sign-in', performance.now() - from, true);
      } catch (error) {
        record('sign-in', performance.now() - from, false, error.message);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const csv = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tests', 'data', 'employment-slice.csv'));
  const importer = async () => {
    while (Date.now() < end) {
      await timed('import', '/api/v1/datasets?code=soak-slice&title=Soak&format=csv',
        { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' }, body: csv });
      await new Promise((r) => setTimeout(r, 15000));
    }
  };
  const started = Date.now();
  await Promise.all([...Array.from({ length: READERS }, (_, i) => reader(i)), saver(0), saver(1), signer(), importer()]);
  clearInterval(sampler);
  memory.push({ at: Math.round((Date.now() - started) / 1000), mb: pids.map(rssOf) });
  const { code } = await server.stop();

  const rows = [...stats].map(([kind, s]) => ({ kind, n: s.times.length, errors: s.errors, p50: percentile(s.times, 50), p99: percentile(s.times, 99), examples: s.examples }));
  const total = rows.reduce((a, r) => a + r.n, 0);
  const errors = rows.reduce((a, r) => a + r.errors, 0);
  // Memory: the first minute (a third of a short run) is the caches filling; flat means the
  // last third of the rest grows little.
  const warm = Math.min(60, SECONDS / 3);
  const settled = memory.filter((m) => m.at >= warm);
  const third = Math.max(1, Math.floor(settled.length / 3));
  const mean = (list) => list.reduce((a, m) => a + m.mb.reduce((x, y) => x + y, 0), 0) / Math.max(1, list.length);
  const early = mean(settled.slice(0, third));
  const late = mean(settled.slice(-third));
  const layout = twoServers ? 'two servers on PostgreSQL behind nginx' : 'one server on SQLite';
  const lines = [
    `### ${layout}`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0].model}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; `
      + `\`${twoServers ? 'tools/with-postgres env CPS_TEST_BACKEND=postgresql ' : ''}node bench/soak.mjs --seconds ${SECONDS} --readers ${READERS}\`: `
      + `${READERS} readers (cached pages, search pages, API reads in turn), two writers saving practices, one signing in every half second, `
      + 'one importing a 120-row dataset every 15 s; the load generator shares the cores with the server.',
    '',
    '| kind | requests | errors | p50 ms | p99 ms |',
    '|---|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r.kind} | ${r.n} | ${r.errors} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`),
    `| all | ${total} | ${errors} | | |`,
    '',
    `Resident memory (sum over the servers): ${memory[0].mb.reduce((a, b) => a + b, 0).toFixed(0)} MB at start, `
      + `${early.toFixed(0)} MB in the first third after warming up (${warm.toFixed(0)} s), ${late.toFixed(0)} MB in the last third `
      + `(growth ${(late - early).toFixed(1)} MB; the bound held: under 10 % of the settled figure — ${late - early <= 0.1 * early ? 'held' : 'NOT held'}). `
      + `Server exit code ${code}.`,
    ...(errors ? ['', 'Errors seen: ' + rows.flatMap((r) => r.examples.map((e) => `${r.kind}: ${e}`)).join('; ')] : []),
    '',
  ];
  process.stdout.write(lines.join('\n'));
  const doc = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'docs', 'reliability.md');
  let text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Reliability\n';
  if (!text.includes('\n## Soak\n')) text = text.replace(/\s*$/, '\n\n## Soak\n\nWritten by `bench/soak.mjs`; each layout\'s section is replaced when it runs again.\n\n');
  const heading = `### ${layout}`;
  const start = text.indexOf(heading);
  if (start >= 0) {
    const next = text.slice(start + heading.length).search(/\n#{2,3} /);
    const stop = next < 0 ? text.length : start + heading.length + next + 1;
    text = text.slice(0, start) + lines.join('\n') + text.slice(stop);
  } else {
    const soak = text.indexOf('\n## Soak\n');
    const after = text.slice(soak + 9).search(/\n## /);
    const at = after < 0 ? text.length : soak + 9 + after + 1;
    text = text.slice(0, at).replace(/\s*$/, '\n\n') + lines.join('\n') + '\n' + text.slice(at);
  }
  writeFileSync(doc, text);
  process.exitCode = errors || code !== 0 || late - early > 0.1 * early ? 1 : 0;
}

await main();
