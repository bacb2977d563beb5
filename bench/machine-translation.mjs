// Measures how long a machine translation of a knowledge item's title and summary takes: the
// POST that makes it (the engine run twice, title and summary, and the row kept) for every demo
// item written in Serbian, Croatian or Macedonian without an English version, the same POST
// once the translation is kept, and the Apertium pipeline alone on the same texts. Writes the
// "Machine translation" section of docs/benchmarks.md.
//   node bench/machine-translation.mjs [rounds, default 3]     (after make build)
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { startServer } from '../tests/support/server.mjs';
import { signIn, createToken } from '../tests/support/session.mjs';

const rounds = Number(process.argv[2] ?? 3);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const modes = { sr: ['Cyrl-Latn', 'hbs-eng'], hr: ['hbs-eng'], mk: ['mkd-eng'] };
const made = { sr: [], hr: [], mk: [] };
const kept = [];
const engine = { sr: [], hr: [], mk: [] };
const sizes = { sr: [], hr: [], mk: [] };

for (let round = 1; round <= rounds; round++) {
  const server = await startServer();
  try {
    const admin = await signIn(server.base, 'admin@clusterpolisee.example');
    const { secret } = await createToken(admin, 'bench', 'write');
    const headers = { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' };
    for (const lang of Object.keys(modes)) {
      const list = await (await fetch(`${server.base}/api/v1/knowledge?lang=${lang}&limit=100`, { headers })).json();
      for (const { id } of list.items) {
        const item = await (await fetch(`${server.base}/api/v1/knowledge/${id}`, { headers })).json();
        if (item.original_language !== lang || !item.machine_translation_languages.includes('en')) continue;
        const post = async () => {
          const start = process.hrtime.bigint();
          const res = await fetch(`${server.base}/api/v1/knowledge/${id}/machine-translations`, { method: 'POST', headers, body: '{"language":"en"}' });
          await res.json();
          return [res.status, Number(process.hrtime.bigint() - start) / 1e6];
        };
        const [status, ms] = await post();
        if (status !== 201) throw new Error(`item ${id}: ${status}`);
        made[lang].push(ms);
        const [again, keptMs] = await post();
        if (again !== 200) throw new Error(`item ${id} again: ${again}`);
        kept.push(keptMs);
        const original = item.texts.find((t) => t.language === lang);
        if (round === 1) sizes[lang].push(original.title.length + original.summary.length);
        // The engine alone: the same two texts through the same modes, one process per mode and text.
        const start = process.hrtime.bigint();
        for (const text of [original.title, original.summary]) {
          let current = text;
          for (const mode of modes[lang]) current = spawnSync('apertium', ['-u', '-f', 'txt', mode], { input: current, encoding: 'utf8' }).stdout;
        }
        engine[lang].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  } finally {
    await server.stop();
  }
  console.error(`round ${round} of ${rounds} done`);
}

const version = spawnSync('apertium', ['-V'], { encoding: 'utf8' }).stdout.trim();
const names = { sr: 'Serbian (Cyrillic) → English', hr: 'Croatian → English', mk: 'Macedonian → English' };
const rows = Object.keys(modes).filter((l) => made[l].length).map((l) =>
  `| ${names[l]} | \`${modes[l].join(' → ')}\` | ${sizes[l].length} | ${Math.round(median(sizes[l]))} | ${median(made[l]).toFixed(0)} | ${Math.max(...made[l]).toFixed(0)} | ${median(engine[l]).toFixed(0)} |`);
const lines = [
  '## Machine translation',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0].model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM — a shared machine; figures are medians over ${rounds} rounds.`,
  `Command: \`node bench/machine-translation.mjs ${rounds}\` (after \`make build\`), ${version} from Debian's packages.`,
  '',
  'Each round starts the server on a fresh copy of the demo database and, as the administrator with a write token, asks for the English machine translation of every demo item written in Serbian, Croatian or Macedonian that has no English version (`POST /api/v1/knowledge/{id}/machine-translations`): the title and the summary each go through the Apertium pipeline (a process per mode and text, no shell) and the result is kept. "Engine alone" runs the same pipelines on the same texts from the command line.',
  '',
  '| direction | modes | items | characters (title + summary, median) | made: median ms | max ms | engine alone: median ms |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
  `Asked again once kept, the same POST answers from the database: median ${median(kept).toFixed(1)} ms over ${kept.length} calls. The cost is start-up: each Apertium run loads its dictionaries and transfer rules (about 0.1–0.2 s), whatever the length of a title or summary; a translation is made once per item and language and then read like any other row.`,
];
const doc = readFileSync('docs/benchmarks.md', 'utf8');
const section = '<!-- machine-translation:start -->\n' + lines.join('\n') + '\n<!-- machine-translation:end -->\n';
const pattern = /<!-- machine-translation:start -->\n[\s\S]*?<!-- machine-translation:end -->\n/;
writeFileSync('docs/benchmarks.md', pattern.test(doc) ? doc.replace(pattern, section) : doc.trimEnd() + '\n\n' + section);
console.log(section);
