// A PostgreSQL server of a test's own, which the test may stop and start (the shared one of
// tools/with-postgres must stay up for the other tests): initdb into a temporary folder, a
// free loopback port, run as the postgres user when the tests run as root.
import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './nginx.mjs';

function binDir() {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

export async function privatePostgres() {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), 'cps-pg-own-'));
  const root = process.getuid?.() === 0;
  if (root) {
    const pg = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(pg.stdout.trim()), Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim()));
  }
  const as = (command, args) => {
    const r = root ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${path.basename(command)} failed: ${r.stderr}${r.stdout}`);
    return r;
  };
  as(`${bin}/initdb`, ['-D', `${dir}/data`, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () => as(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-l', `${dir}/server.log`, '-w', '-s', '-o', options, 'start']);
  const stop = () => as(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'fast', '-w', '-s', 'stop']);
  start();
  as(`${bin}/psql`, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-qAtc', 'CREATE DATABASE cps']);
  let running = true;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/cps`,
    start() { start(); running = true; },
    stop() { stop(); running = false; },
    remove() {
      if (running) stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
