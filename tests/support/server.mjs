// Starts the real clusterpolisee binary on a free loopback port with a database of its own
// holding the demo (SQLite file, or a new PostgreSQL database when CPS_TEST_BACKEND=postgresql).
// The demo is made once and copied for every server: once per test run when CPS_TEST_DEMO
// names one made by tests/support/demo.mjs (ctest does, per tier and database), else once
// per test file.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNginx } from './nginx.mjs';
import './fetch.mjs';  // reads retried on a connection the server closed while `run` blocked

export const binary = process.env.CPS_BINARY ?? path.resolve('build/clusterpolisee');
export const backend = process.env.CPS_TEST_BACKEND ?? 'sqlite';

function psql(url, sql) {
  const r = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r.stdout.trim();
}

function postgresServer() {
  const server = process.env.CPS_TEST_POSTGRES_URL;
  if (!server) throw new Error('CPS_TEST_POSTGRES_URL is not set: run under tools/with-postgres');
  return server;
}

const uniqueName = (prefix) => `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e9)}`;

// What a demo directory says of itself: { backend, database } (the URL its demo is in).
const DEMO_FILE = 'demo.json';

// A database URL of its own for one server (or several sharing it): empty, or with `demo`
// a copy of the demo (for SQLite the demo's files are copied into `dataDir`).
export function createDatabase(dataDir, { demo = false } = {}) {
  const made = demo ? demoDirectory() : undefined;
  if (made) cpSync(made.dir, dataDir, { recursive: true, filter: (from) => path.basename(from) !== DEMO_FILE });
  if (backend !== 'postgresql') return `sqlite://${dataDir}/clusterpolisee.db`;
  const server = postgresServer();
  const name = uniqueName('cps_fn');
  // A template is copied file by file: far quicker than loading the demo again.
  const template = made ? ` TEMPLATE ${made.database.slice(made.database.lastIndexOf('/') + 1)}` : '';
  psql(server, `CREATE DATABASE ${name}${template}`);
  return server.replace(/\/[^/]*$/, `/${name}`);
}

export function dropDatabase(url) {
  if (!url.startsWith('postgresql://')) return;
  const name = url.slice(url.lastIndexOf('/') + 1);
  psql(postgresServer(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

// Makes the demo in the data directory `dir` with `clusterpolisee demo` (for PostgreSQL in a
// database of its own, which nothing may connect to while it serves as a template).
export function prepareDemo(dir) {
  mkdirSync(dir, { recursive: true });
  const database = backend === 'postgresql' ? createDatabase(dir) : `sqlite://${dir}/clusterpolisee.db`;
  const r = run(['demo', '--data-dir', dir, '--database', database]);
  if (r.status !== 0) {
    dropDatabase(database);
    throw new Error(`demo failed (${r.status}): ${r.stderr}`);
  }
  writeFileSync(path.join(dir, DEMO_FILE), JSON.stringify({ backend, database }));
}

// Removes a demo made by prepareDemo (nothing when there is none).
export function removeDemo(dir) {
  const file = path.join(dir, DEMO_FILE);
  if (existsSync(file)) dropDatabase(JSON.parse(readFileSync(file, 'utf8')).database);
  rmSync(dir, { recursive: true, force: true });
}

let ownDemo;
// { dir, database } of the demo to copy: the test run's, or one this process makes on first use.
function demoDirectory() {
  let dir = process.env.CPS_TEST_DEMO;
  if (!dir) {
    if (!ownDemo) {
      ownDemo = mkdtempSync(path.join(tmpdir(), 'cps-demo-'));
      process.on('exit', () => removeDemo(ownDemo));
      prepareDemo(ownDemo);
    }
    dir = ownDemo;
  }
  const made = JSON.parse(readFileSync(path.join(dir, DEMO_FILE), 'utf8'));
  if (made.backend !== backend) throw new Error(`the demo in ${dir} is on ${made.backend}, the tests on ${backend}`);
  return { dir, database: made.database };
}

export function run(args, env = {}) {
  return spawnSync(binary, args, { encoding: 'utf8', env: { ...process.env, ...env } });
}

// Like run, without blocking the event loop (servers and writers of the same test go on).
export function runAsync(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

// The first column of the first row of `sql` in the database at `url` (sqlite3 or psql).
export function queryValue(url, sql) {
  if (url.startsWith('postgresql://')) return psql(url, sql);
  const r = spawnSync('sqlite3', [url.slice('sqlite://'.length), sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr}`);
  return r.stdout.trim();
}

// Starts one `clusterpolisee serve` on the given database and data folder; resolves once it
// prints the address it serves.
async function serve(common, extraArgs, env) {
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
  return { child, base, exited, stderr: () => stderr };
}

async function stopServing(one) {
  if (one.child.exitCode === null && one.child.signalCode === null) one.child.kill('SIGTERM');
  const result = await one.exited;
  // A sanitizer report or a crash on shutdown is only visible in the server's stderr.
  if (result.code !== 0) {
    process.stderr.write(`server exited with code ${result.code}, signal ${result.signal}; its stderr:\n${one.stderr().slice(-20000)}\n`);
  }
  return result;
}

// Starts `clusterpolisee serve` on a copy of the demo (`demo: false`: an empty database; with
// `database`, the demo is loaded into that one; with `dataDir`, the servers keep their files
// there, e.g. those a restore put there). With CPS_TEST_PROXY=nginx (PostgreSQL only)
// it starts two servers on the same database and data folder behind nginx, and hands out
// nginx's address, so that a test's requests alternate between the servers as a deployment's
// do (tests/support/nginx.mjs); `proxy: 'none'` keeps one server for a test that speaks to
// the server's own socket.
export async function startServer({ extraArgs = [], env = {}, database, demo = true, proxy, dataDir: givenDataDir } = {}) {
  const behindNginx = (proxy ?? process.env.CPS_TEST_PROXY ?? 'none') === 'nginx';
  if (behindNginx && backend !== 'postgresql') throw new Error('two servers behind nginx share a PostgreSQL database: set CPS_TEST_BACKEND=postgresql');
  const dataDir = givenDataDir ?? mkdtempSync(path.join(tmpdir(), 'cps-server-'));
  const url = database ?? createDatabase(dataDir, { demo });
  const common = ['--data-dir', dataDir, '--database', url];
  if (demo && database) {
    // A database made elsewhere gets the demo loaded into it.
    const r = run(['demo', ...common], env);
    if (r.status !== 0) throw new Error(`demo failed (${r.status}): ${r.stderr}`);
  }
  const servers = [await serve(common, extraArgs, env)];
  let nginx;
  if (behindNginx) {
    servers.push(await serve(common, extraArgs, env));
    nginx = await startNginx(servers.map((s) => s.base));
  }
  const base = nginx ? nginx.base : servers[0].base;
  const exited = Promise.all(servers.map((s) => s.exited)).then((results) => results.find((r) => r.code !== 0) ?? results[0]);
  return {
    base,
    url,
    dataDir,
    child: servers[0].child,
    servers: servers.map((s) => s.base),
    pids: servers.map((s) => s.child.pid),
    port: Number(new URL(base).port),
    stderr: () => servers.map((s) => s.stderr()).join(''),
    exited,
    async stop({ keepDatabase = false } = {}) {
      if (nginx) await nginx.stop();
      const results = [];
      for (const s of servers) results.push(await stopServing(s));
      if (!keepDatabase && !database) dropDatabase(url);
      rmSync(dataDir, { recursive: true, force: true });
      return results.find((r) => r.code !== 0) ?? results[0];
    },
  };
}
