// Behaviour that depends on the database: the page cache follows changes made through
// another server (or directly), and readiness follows the database's reachability.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startServer, backend, dropDatabase } from '../support/server.mjs';
import { until } from '../support/wait.mjs';

function sql(server, statement) {
  const r = backend === 'postgresql'
    ? spawnSync('psql', [server.url, '-v', 'ON_ERROR_STOP=1', '-qc', statement], { encoding: 'utf8' })
    : spawnSync('sqlite3', ['-cmd', '.timeout 5000', path.join(server.dataDir, 'clusterpolisee.db'), statement], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

test('a cached page changes once the data epoch moves, on every server sharing the database', async () => {
  const first = await startServer({ extraArgs: ['--cache-refresh-ms', '100'] });
  const servers = [first];
  if (backend === 'postgresql') {
    servers.push(await startServer({ database: first.url, demo: false, extraArgs: ['--cache-refresh-ms', '100'] }));
  }
  try {
    for (const s of servers) {
      const html = await (await fetch(`${s.base}/en/areas/WG3`)).text();
      assert.doesNotMatch(html, /Renamed for the test/);
    }
    sql(first, "UPDATE thematic_area_texts SET name = 'Renamed for the test' WHERE area_code = 'WG3' AND lang = 'en'");
    // Without an epoch change the cached page stays (that is the cache working) …
    const stale = await (await fetch(`${first.base}/en/areas/WG3`)).text();
    assert.doesNotMatch(stale, /Renamed for the test/);
    sql(first, 'UPDATE data_epoch SET version = version + 1 WHERE id = 1');
    // Each server looks at the epoch every 100 ms; asked until it has.
    for (const s of servers) {
      await until(`the new name on ${s.base}`, async () =>
        /Renamed for the test/.test(await (await fetch(`${s.base}/en/areas/WG3`)).text()));
    }
  } finally {
    for (const s of servers.slice(1)) await s.stop({ keepDatabase: true });
    await first.stop();
  }
});

test('readiness reports 503 and pages a localized 503 when the database goes away', { skip: backend !== 'postgresql' }, async () => {
  const server = await startServer();
  try {
    assert.equal((await fetch(`${server.base}/readyz`)).status, 200);
    dropDatabase(server.url);
    const ready = await fetch(`${server.base}/readyz`);
    assert.equal(ready.status, 503);
    assert.deepEqual(await ready.json(), { status: 'unavailable', database: 'unreachable' });
    assert.equal((await fetch(`${server.base}/healthz`)).status, 200, 'the process itself is alive');
    const page = await fetch(`${server.base}/ro/regions?country=HU`);
    assert.equal(page.status, 503);
    assert.match(await page.text(), /<html lang="ro"/);
    const api = await fetch(`${server.base}/api/v1/regions?country=HU`);
    assert.equal(api.status, 503);
    assert.equal((await api.json()).type, '/problems/unavailable');
  } finally {
    await server.stop();
  }
});
