// Starts the real clusterpolisee binary on a free loopback port with a fresh demo
// database (SQLite file, or a new PostgreSQL database when CPS_TEST_BACKEND=postgresql).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const binary = process.env.CPS_BINARY ?? path.resolve('build/clusterpolisee');
export const backend = process.env.CPS_TEST_BACKEND ?? 'sqlite';

function psql(url, sql) {
  const r = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r.stdout.trim();
}

// A database URL of its own for one server (or several sharing it).
export function createDatabase(dataDir) {
  if (backend !== 'postgresql') return `sqlite://${dataDir}/clusterpolisee.db`;
  const server = process.env.CPS_TEST_POSTGRES_URL;
  if (!server) throw new Error('CPS_TEST_POSTGRES_URL is not set: run under tools/with-postgres');
  const name = `cps_fn_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  psql(server, `CREATE DATABASE ${name}`);
  return server.replace(/\/[^/]*$/, `/${name}`);
}

export function dropDatabase(url) {
  if (!url.startsWith('postgresql://')) return;
  const name = url.slice(url.lastIndexOf('/') + 1);
  psql(process.env.CPS_TEST_POSTGRES_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export function run(args, env = {}) {
  return spawnSync(binary, args, { encoding: 'utf8', env: { ...process.env, ...env } });
}

// Starts `clusterpolisee serve`; resolves once it prints the address it serves.
export async function startServer({ extraArgs = [], env = {}, database, demo = true } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cps-server-'));
  const url = database ?? createDatabase(dataDir);
  const common = ['--data-dir', dataDir, '--database', url];
  if (demo) {
    const r = run(['demo', ...common], env);
    if (r.status !== 0) throw new Error(`demo failed (${r.status}): ${r.stderr}`);
  }
  const child = spawn(binary, ['serve', ...common, '--listen', '127.0.0.1:0', '--access-log', 'off', ...extraArgs], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const base = await new Promise((resolve, reject) => {
    // A sanitizer build on a busy machine can take a while to load its catalogues and thesaurus.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');  // never leave a server behind that a later test would wait for
      reject(new Error(`server did not start within 60 s: ${stderr}`));
    }, 60000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  child.stdout.resume();
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    base,
    url,
    dataDir,
    child,
    port: Number(new URL(base).port),
    stderr: () => stderr,
    exited,
    async stop({ keepDatabase = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const result = await exited;
      // A sanitizer report or a crash on shutdown is only visible in the server's stderr.
      if (result.code !== 0) {
        process.stderr.write(`server exited with code ${result.code}, signal ${result.signal}; its stderr:\n${stderr.slice(-20000)}\n`);
      }
      if (!keepDatabase && !database) dropDatabase(url);
      rmSync(dataDir, { recursive: true, force: true });
      return result;
    },
  };
}
