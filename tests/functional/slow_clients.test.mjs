// Faults: slow and stalled clients cannot take the server from everybody else. While 150
// connections dribble a request head a byte at a time (slowloris), 20 send a declared body a
// byte at a time, and 20 ask for a large answer and never read it, ordinary clients keep
// being served: every request answered, the 99th percentile of their answer times within a
// bound set from the same server's figure before the attack (five times it, and at least 1 s,
// as the machine running the tests is busy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer } from '../support/server.mjs';

let server;
before(async () => {
  server = await startServer({ proxy: 'none', extraArgs: ['--header-timeout', '60'] });
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0);
});

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

// Answer times of `count` ordinary requests, four at a time, over pages, search and the API.
async function ordinary(count) {
  const paths = ['/en/knowledge', '/en/knowledge?q=cluster', '/api/v1/knowledge?q=innovation', '/en/regions', '/healthz'];
  const times = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const path = paths[next++ % paths.length];
      const from = performance.now();
      const res = await fetch(server.base + path);
      await res.arrayBuffer();
      assert.equal(res.status, 200, path);
      times.push(performance.now() - from);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return times;
}

function open() {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => resolve(socket));
    socket.on('error', () => {});
    socket.once('error', reject);
  });
}

test('slowloris, slow bodies and stalled readers leave ordinary clients served', async (t) => {
  const baseline = await ordinary(100);
  const bound = Math.max(1000, 5 * percentile(baseline, 99));
  const sockets = [];
  const timers = [];
  try {
    // Slowloris: a request head never finished, a header line now and then.
    for (let i = 0; i < 150; i++) {
      const s = await open();
      s.write('GET /en/knowledge HTTP/1.1\r\nHost: x\r\n');
      sockets.push(s);
      timers.push(setInterval(() => s.write(`X-Slow-${i}: a\r\n`), 500));
    }
    // A declared body sent a byte at a time.
    for (let i = 0; i < 20; i++) {
      const s = await open();
      s.write('POST /api/v1/regions/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n');
      sockets.push(s);
      timers.push(setInterval(() => s.write('{'), 200));
    }
    // A large answer asked for and never read: the server's writes stall.
    const employment = (await (await fetch(`${server.base}/api/v1/datasets`)).json()).items.find((d) => d.code === 'employment-nace');
    for (let i = 0; i < 20; i++) {
      const s = await open();
      s.pause();
      s.write(`GET /api/v1/datasets/${employment.id}/observations?limit=10000 HTTP/1.1\r\nHost: x\r\n\r\n`);
      sockets.push(s);
    }
    await new Promise((r) => setTimeout(r, 500));
    const attacked = await ordinary(200);
    const p50 = percentile(attacked, 50);
    const p99 = percentile(attacked, 99);
    t.diagnostic(`before: p50 ${percentile(baseline, 50).toFixed(1)} ms, p99 ${percentile(baseline, 99).toFixed(1)} ms; `
      + `with 190 slow connections: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (bound ${bound.toFixed(0)} ms)`);
    assert.equal(attacked.length, 200, 'every ordinary request answered');
    assert.ok(p99 <= bound, `p99 ${p99.toFixed(1)} ms over ${bound.toFixed(0)} ms`);
  } finally {
    timers.forEach(clearInterval);
    sockets.forEach((s) => s.destroy());
  }
  // And the server is still itself.
  assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
});
