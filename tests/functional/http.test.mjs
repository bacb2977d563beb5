// The HTTP contract of the real server: routing, errors, limits, headers, bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer } from '../support/server.mjs';

let server;
before(async () => {
  server = await startServer({ extraArgs: ['--header-timeout', '1'] });
});
after(async () => {
  const { code } = await server.stop();
  assert.equal(code, 0, 'the server exits cleanly on SIGTERM');
});

// Sends raw bytes and collects everything until the server closes (as it does after each of
// these requests) or `ms` pass: a bound for a server that hangs, not a wait.
function raw(bytes, ms = 30000) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ data, closed: false });
    }, ms);
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('end', () => {
      clearTimeout(timer);
      resolve({ data, closed: true });
    });
    socket.on('error', (e) => {
      clearTimeout(timer);
      if (e.code === 'ECONNRESET') resolve({ data, closed: true });
      else reject(e);
    });
    socket.write(bytes);
  });
}

async function problem(res, status) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type'), /^application\/problem\+json/);
  const body = await res.json();
  assert.equal(body.status, status);
  assert.match(body.type, /^\/problems\/[a-z-]+$/);
  assert.ok(body.title.length > 0);
  return body;
}

async function regionTotal() {
  const body = await (await fetch(`${server.base}/api/v1/regions?limit=1`)).json();
  return body.total;
}

test('the root redirects to the language the browser prefers', async () => {
  for (const [header, lang] of [['ro-RO,ro;q=0.9,en;q=0.8', 'ro'], ['el', 'el'], ['de-DE, hu;q=0.5', 'hu'], ['fr', 'en']]) {
    const res = await fetch(`${server.base}/`, { headers: { 'Accept-Language': header }, redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), `/${lang}/`);
    assert.match(res.headers.get('vary'), /Accept-Language/);
  }
  const bare = await fetch(`${server.base}/hu`, { redirect: 'manual' });
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.get('location'), '/hu/');
});

test('every response carries the security headers and a request id', async () => {
  const res = await fetch(`${server.base}/en/`);
  assert.equal(res.status, 200);
  const csp = res.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(res.headers.get('referrer-policy'));
  assert.match(res.headers.get('x-request-id'), /^[0-9a-f]{16}$/);
  const echoed = await fetch(`${server.base}/healthz`, { headers: { 'X-Request-Id': 'trace-42' } });
  assert.equal(echoed.headers.get('x-request-id'), 'trace-42');
  const refused = await fetch(`${server.base}/healthz`, { headers: { 'X-Request-Id': 'bad id <script>' } });
  assert.notEqual(refused.headers.get('x-request-id'), 'bad id <script>');
});

test('pages are cached with an ETag and revalidate with 304', async () => {
  const first = await fetch(`${server.base}/ro/regions?country=RO`);
  assert.equal(first.status, 200);
  const etag = first.headers.get('etag');
  assert.ok(etag);
  const again = await fetch(`${server.base}/ro/regions?country=RO`, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
});

test('HEAD answers with the GET headers and no body', async () => {
  const get = await fetch(`${server.base}/en/areas`);
  const getBody = await get.text();
  const { data } = await raw('HEAD /en/areas HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  const [head, body] = data.split('\r\n\r\n');
  assert.match(head, /^HTTP\/1\.1 200/);
  assert.match(head, new RegExp(`Content-Length: ${Buffer.byteLength(getBody)}`, 'i'));
  assert.equal(body, '');
});

test('an unknown method on a known address gets 405 with Allow', async () => {
  const res = await fetch(`${server.base}/api/v1/regions`, { method: 'DELETE' });
  await problem(res, 405);
  assert.match(res.headers.get('allow'), /GET/);
  assert.match(res.headers.get('allow'), /HEAD/);
  const page = await fetch(`${server.base}/en/regions`, { method: 'PUT', body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(page.status, 405);
  assert.match(page.headers.get('content-type'), /text\/html/);
});

test('unknown language prefixes and addresses get a localized 404 page', async () => {
  const res = await fetch(`${server.base}/xx/regions`, { headers: { 'Accept-Language': 'ro' } });
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type'), /text\/html/);
  const html = await res.text();
  assert.match(html, /<html lang="ro"/);
  const greek = await fetch(`${server.base}/el/no-such-page`);
  assert.equal(greek.status, 404);
  assert.match(await greek.text(), /<html lang="el"/);
  const region = await fetch(`${server.base}/hu/regions/ZZ99`);
  assert.equal(region.status, 404);
  assert.match(await region.text(), /<html lang="hu"/);
  await problem(await fetch(`${server.base}/api/v1/nothing`), 404);
});

test('invalid query parameters are refused naming the parameter', async () => {
  const cases = [
    ['/api/v1/regions?limit=-1', 'limit'],
    ['/api/v1/regions?limit=abc', 'limit'],
    ['/api/v1/regions?limit=100000', 'limit'],
    ['/api/v1/regions?cursor=not-a-cursor', 'cursor'],
    ['/api/v1/regions?cursor=%E2%98%83', 'cursor'],
    ['/api/v1/regions?level=9', 'level'],
    ['/api/v1/regions?country=XX', 'country'],
    ['/api/v1/regions?limt=5', 'limt'],
    ['/api/v1/regions?limit=5&limit=6', 'limit'],
    ['/api/v1/areas?lang=fr', 'lang'],
    [`/api/v1/regions?q=${'a'.repeat(300)}`, 'q'],
  ];
  for (const [url, parameter] of cases) {
    const body = await problem(await fetch(server.base + url), 400);
    assert.equal(body.parameter, parameter, url);
    assert.equal(body.type, '/problems/invalid-parameter');
  }
  const page = await fetch(`${server.base}/en/regions?level=abc`);
  assert.equal(page.status, 400);
  assert.match(page.headers.get('content-type'), /text\/html/);
});

test('regions are paged with a cursor and a Link header', async () => {
  const seen = new Set();
  let url = `${server.base}/api/v1/regions?country=IT&limit=7`;
  let total;
  for (let i = 0; url && i < 20; i++) {
    const res = await fetch(url);
    assert.equal(res.status, 200);
    const body = await res.json();
    total = body.total;
    for (const r of body.items) {
      assert.equal(r.country, 'IT');
      assert.ok(!seen.has(r.code));
      seen.add(r.code);
    }
    const link = res.headers.get('link');
    assert.equal(Boolean(link), Boolean(body.next_cursor));
    url = link ? server.base + /<([^>]+)>/.exec(link)[1] : null;
  }
  assert.equal(seen.size, total);
  assert.ok(total > 20);
});

test('the region lookup refuses wrong content types, bad JSON and oversized bodies', async () => {
  const before = await regionTotal();
  const post = (body, type = 'application/json') =>
    fetch(`${server.base}/api/v1/regions/lookup`, { method: 'POST', body, headers: { 'Content-Type': type } });
  const ok = await post(JSON.stringify({ codes: ['RO11', 'el11', 'hu11'] }));
  assert.equal(ok.status, 200);
  const found = await ok.json();
  assert.deepEqual(found.found.map((r) => r.code), ['RO11', 'HU11']);
  assert.deepEqual(found.unknown, ['el11']);
  assert.equal((await problem(await post('codes=RO11', 'text/plain'), 415)).parameter, 'Content-Type');
  await problem(await post('{"codes": ['), 400);
  await problem(await post('[1,2]'), 422);
  await problem(await post(JSON.stringify({ codes: 'RO11' })), 422);
  await problem(await post(JSON.stringify({ codes: [1] })), 422);
  await problem(await post(JSON.stringify({ codes: [] })), 422);
  await problem(await post(JSON.stringify({ codes: Array(501).fill('RO11') })), 422);
  await problem(await post(JSON.stringify({ codes: ['x'.repeat(100 * 1024)] })), 413);
  await problem(await post('['.repeat(100) + ']'.repeat(100)), 400);
  assert.equal(await regionTotal(), before, 'nothing stored changed');
});

test('malformed requests get 400 and the server keeps serving', async () => {
  for (const bytes of [
    'GARBAGE\r\n\r\n',
    'GET /en/ HTTP/9.9\r\nHost: x\r\n\r\n',
    'GET /en/ HTTP/1.1\r\nBad Header Without Colon\r\n\r\n',
    'GET /%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'GET /en/regions?q=%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  ]) {
    const { data } = await raw(bytes);
    assert.match(data, /^HTTP\/1\.1 400/, JSON.stringify(bytes));
  }
  assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
});

test('oversized headers get 431 and an oversized declared body 413 before it is read', async () => {
  const { data } = await raw(`GET /en/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40000)}\r\n\r\n`);
  assert.match(data, /^HTTP\/1\.1 431/);
  assert.match(data, /application\/problem\+json|text\/html/);
  const big = await raw('POST /api/v1/regions/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{');
  assert.match(big.data, /^HTTP\/1\.1 413/);
  assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
});

test('static files refuse traversal and are served with ETag and long caching when versioned', async () => {
  for (const p of ['/static/../../etc/passwd', '/static/%2e%2e/%2e%2e/etc/passwd', '/static/..%2f..%2fetc%2fpasswd', '/static/site.css/..', '/static/a\\..\\b']) {
    const { data } = await raw(`GET ${p} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    assert.match(data, /^HTTP\/1\.1 (400|404)/, p);
    assert.doesNotMatch(data, /root:/);
  }
  const css = await fetch(`${server.base}/static/site.css`);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type'), /text\/css/);
  const etag = css.headers.get('etag');
  assert.equal((await fetch(`${server.base}/static/site.css`, { headers: { 'If-None-Match': etag } })).status, 304);
  const html = await (await fetch(`${server.base}/en/`)).text();
  const version = /\/static\/site\.css\?v=([0-9a-f]+)/.exec(html)[1];
  const versioned = await fetch(`${server.base}/static/site.css?v=${version}`);
  assert.match(versioned.headers.get('cache-control'), /immutable/);
});

test('keep-alive serves several requests on one connection', async () => {
  const { data } = await raw('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.equal(data.match(/HTTP\/1\.1 200/g).length, 2);
});

test('a slow client is cut off after the header timeout while others are served', async () => {
  const socket = net.connect(server.port, '127.0.0.1');
  await new Promise((r) => socket.on('connect', r));
  socket.write('GET /en/ HTTP/1.1\r\nHost: x\r\n');
  const closed = new Promise((resolve) => {
    socket.on('close', () => resolve(true));
    socket.on('error', () => resolve(true));
  });
  assert.equal((await fetch(`${server.base}/healthz`)).status, 200);
  const started = Date.now();
  assert.equal(await closed, true);
  assert.ok(Date.now() - started < 4000, 'closed within a few seconds of the 1 s timeout');
});

test('health, readiness and metrics', async () => {
  assert.deepEqual(await (await fetch(`${server.base}/healthz`)).json(), { status: 'ok' });
  assert.deepEqual(await (await fetch(`${server.base}/readyz`)).json(), { status: 'ready', database: 'reachable' });
  await fetch(`${server.base}/en/areas`);
  const text = await (await fetch(`${server.base}/metrics`)).text();
  assert.match(text, /cps_http_requests_total\{route="\/\{lang\}\/areas",method="GET",status="200"\} \d+/);
  assert.match(text, /cps_http_request_duration_seconds_bucket\{route="\/\{lang\}\/areas",le="\+Inf"\} \d+/);
});
