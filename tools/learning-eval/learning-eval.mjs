#!/usr/bin/env node
// The learning engine's offline evaluation: nDCG@10 of its recommendations for judged
// (region, need) cases against a plain full-text ranking of the need's words, on the demo
// database served by the real binary. The judged files are written apart from the engine
// (data/learning/judged/README.md); the hold-out half is only ever measured, never tuned on.
//
//   tools/learning-eval/learning-eval.mjs [--split tuning|holdout|sample …] [--cases FILE …]
//                                         [--floor split=0.50 …] [--write docs/learning-quality.md]
//                                         [--base URL] [--member EMAIL | --visitor]
//
// Without --base it starts build/clusterpolisee (CPS_BINARY) on a copy of the demo; it reads as
// the demo's member of the scientific-technical committee (demo password). A file's
// rows are `region need item_slug grade` (tab-separated, grade 0–3, a header line allowed);
// one case is a region and a need, the relevant items are those graded above 0.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const K = 10;

function parseArgs(argv) {
  const args = { splits: [], floors: {}, write: null, base: null, member: 'nikolaos.karagiannis@athens-cluster-studies-institute.example' };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--split') args.splits.push(argv[++i]);
    else if (a === '--cases') args.splits.push(path.resolve(argv[++i]));
    else if (a === '--floor') {
      const [split, value] = argv[++i].split('=');
      args.floors[split] = Number(value);
    } else if (a === '--write') args.write = argv[++i];
    else if (a === '--base') args.base = argv[++i];
    else if (a === '--member') args.member = argv[++i];
    else if (a === '--visitor') args.member = null;
    else throw new Error(`unknown argument ${a}`);
  }
  if (args.splits.length === 0) args.splits = ['tuning'];
  return args;
}

// { "RO21 criterion:WG4.2": { region, need, grades: Map(slug → grade) } }
export function readCases(file) {
  const cases = new Map();
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [region, need, slug, grade] = line.split('\t').map((s) => s.trim());
    if (n === 0 && region === 'region') continue;
    const g = Number(grade);
    if (!region || !need || !slug || !Number.isInteger(g) || g < 0 || g > 3)
      throw new Error(`${file}:${n + 1}: expected region, need, item_slug and a grade 0–3`);
    const key = `${region} ${need}`;
    if (!cases.has(key)) cases.set(key, { region, need, grades: new Map() });
    cases.get(key).grades.set(slug, g);
  }
  return [...cases.values()];
}

// nDCG@k with gains 2^grade − 1; the ideal ranking is every judged item by grade.
export function ndcg(ranked, grades, k = K) {
  const dcg = (gains) => gains.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  if (ideal === 0) return null;  // nothing relevant: the case says nothing
  return dcg(ranked.map((slug) => grades.get(slug) ?? 0)) / ideal;
}

// Reads as a member of the partnership (every published assessment is for members), or as a
// visitor with --visitor.
let session = null;
async function getJson(base, address) {
  const init = { headers: { accept: 'application/json' } };
  const res = session ? await session.fetch(address, init) : await fetch(base + address, init);
  const body = await res.json().catch(() => null);
  return { status: res.status, body };
}

// The engine's ranking for the case's need; empty when the region does not have that need now.
async function engineRanking(base, c) {
  const q = new URLSearchParams({ lang: 'en', need: c.need, limit: String(K) });
  const { status, body } = await getJson(base, `/api/v1/regions/${encodeURIComponent(c.region)}/recommendations?${q}`);
  if (status === 404) return { slugs: [], title: null };
  if (status !== 200) throw new Error(`recommendations for ${c.region} ${c.need}: HTTP ${status}`);
  const need = body.needs[0];
  return { slugs: need.recommendations.map((r) => r.slug), title: need.title };
}

// The need's words as a reader would type them: its title (the framework's criterion or area
// name, the sector's name), searched as plain full text.
async function needWords(base, c, titles) {
  const [kind, code] = c.need.split(':');
  if (kind === 'criterion' || kind === 'area') return titles.get(code) ?? code;
  return code;
}

// The latest framework's criterion titles and the thematic areas' names, in English.
async function frameworkTitles(base) {
  const titles = new Map();
  const versions = await getJson(base, '/api/v1/frameworks');
  const latest = Math.max(0, ...(versions.body?.items ?? []).map((v) => v.version));
  if (latest) {
    const { body } = await getJson(base, `/api/v1/frameworks/${latest}`);
    for (const c of body?.criteria ?? []) titles.set(c.code, c.texts?.en?.title ?? c.code);
  }
  const areas = await getJson(base, '/api/v1/areas?lang=en');
  for (const a of areas.body?.items ?? []) titles.set(a.code, a.name ?? a.code);
  return titles;
}

async function baselineRanking(base, words) {
  const q = new URLSearchParams({ q: words, lang: 'en', limit: String(K) });
  const { status, body } = await getJson(base, `/api/v1/knowledge?${q}`);
  if (status !== 200) throw new Error(`search "${words}": HTTP ${status}`);
  return body.items.map((i) => i.slug);
}

async function evaluate(base, name) {
  // A split of data/learning/judged by name, or a file of cases by its path.
  const file = path.isAbsolute(name) ? name : path.join(root, 'data/learning/judged', `${name}.tsv`);
  const split = path.isAbsolute(name) ? path.basename(name, '.tsv') : name;
  if (!existsSync(file)) return null;
  const cases = readCases(file);
  const titles = await frameworkTitles(base);
  const rows = [];
  for (const c of cases) {
    const engine = await engineRanking(base, c);
    const words = engine.title ?? (await needWords(base, c, titles));
    const baseline = await baselineRanking(base, words);
    rows.push({ ...c, engine: ndcg(engine.slugs, c.grades), baseline: ndcg(baseline, c.grades),
                found: engine.title !== null, words });
  }
  const judged = rows.filter((r) => r.engine !== null);
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return { split, cases: judged.length, needs_found: judged.filter((r) => r.found).length,
           engine: mean(judged.map((r) => r.engine)), baseline: mean(judged.map((r) => r.baseline)), rows: judged };
}

function report(results) {
  const f = (x) => x.toFixed(3);
  let out = '| split | cases | needs the engine finds now | engine nDCG@10 | full-text nDCG@10 |\n|---|---:|---:|---:|---:|\n';
  for (const r of results) out += `| ${r.split} | ${r.cases} | ${r.needs_found} | ${f(r.engine)} | ${f(r.baseline)} |\n`;
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let server = null;
  let base = args.base;
  if (!base) {
    const { startServer } = await import(path.join(root, 'tests/support/server.mjs'));
    server = await startServer();
    base = server.base;
  }
  if (args.member) {
    const { signIn } = await import(path.join(root, 'tests/support/session.mjs'));
    session = await signIn(base, args.member);
  }
  try {
    const results = [];
    for (const split of args.splits) {
      const r = await evaluate(base, split);
      if (!r) {
        console.error(`no cases for ${split}`);
        process.exitCode = 2;
        continue;
      }
      results.push(r);
      for (const row of r.rows)
        console.log(`${split}\t${row.region}\t${row.need}\tengine ${row.engine.toFixed(3)}\tfull-text ${row.baseline.toFixed(3)}${row.found ? '' : '\t(not a need now)'}`);
    }
    const table = report(results);
    console.log(table);
    if (args.write) {
      const target = path.resolve(root, args.write);
      const text = existsSync(target) ? readFileSync(target, 'utf8') : '';
      const marker = /<!-- results -->[\s\S]*<!-- \/results -->/;
      const block = `<!-- results -->\n${table}<!-- /results -->`;
      writeFileSync(target, marker.test(text) ? text.replace(marker, block) : `${text}\n${block}\n`);
    }
    for (const r of results)
      if (r.split in args.floors && r.engine < args.floors[r.split]) {
        console.error(`${r.split}: engine nDCG@10 ${r.engine.toFixed(3)} is below the floor ${args.floors[r.split]}`);
        process.exitCode = 1;
      }
  } finally {
    await server?.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
