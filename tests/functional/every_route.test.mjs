// Every route the server has, as `clusterpolisee routes` lists it, answers with the security
// headers, sets only cookies that scripts cannot read and other sites do not send (Secure
// behind a TLS proxy), never fails with a server error, and refuses a change that comes
// without the form token or a bearer token. New routes are covered the day they are added.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, run, backend } from '../support/server.mjs';
import { Browser } from '../support/browser.mjs';

// Headers are the dispatcher's and cookies the authenticator's, whatever the database: one
// database is enough, and SQLite is the quicker.
const skip = backend === 'postgresql' ? 'the same on both databases; run on SQLite' : false;

let server;
let routes = [];
let admin;
before(async () => {
  if (skip) return;
  server = await startServer({ extraArgs: ['--behind-tls-proxy', 'yes'] });
  const listed = run(['routes', '--data-dir', server.dataDir, '--database', server.url]);
  assert.equal(listed.status, 0, listed.stderr);
  routes = listed.stdout.split('\n').map((line) => line.match(/^([A-Z]+) (\/\S*)$/)).filter(Boolean)
    .map(([, method, pattern]) => ({ method, pattern }));
  admin = new Browser(server.base);
  await admin.signIn('admin@clusterpolisee.example');
});
after(async () => {
  if (server) assert.equal((await server.stop()).code, 0);
});

// A path for a pattern: the demo's first of everything, English, a region and a country that
// exist. Many such paths name nothing, and a 404 page must carry the headers too.
const VALUES = { lang: 'en', code: 'RO21', country: 'RO', region: 'RO21', area: 'WG1', group: 'WG1', number: '1' };
const pathOf = (pattern) => pattern.replace(/\{([a-z_]+)(\.\.\.)?\}/g, (_, name, rest) => (rest ? 'x' : VALUES[name] ?? '1'));

const REQUIRED = {
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
  'strict-transport-security': /^max-age=\d{7,}/,
};

const STATIC = /^GET \/(favicon\.ico|robots\.txt|static\/)/;

function checkResponse(res, what) {
  assert.ok(res.status < 500, `${what}: ${res.status}`);
  for (const [name, value] of Object.entries(REQUIRED))
    assert.match(res.headers.get(name) ?? '', value, `${what}: ${name}`);
  for (const cookie of res.headers.getSetCookie()) {
    assert.match(cookie, /; Path=\//, `${what}: ${cookie}`);
    assert.match(cookie, /; HttpOnly/, `${what}: ${cookie}`);
    assert.match(cookie, /; SameSite=(Lax|Strict)/, `${what}: ${cookie}`);
    assert.match(cookie, /; Secure/, `${what}: ${cookie}`);
  }
  // Only files that are the same for everybody may be kept by shared caches.
  if (!STATIC.test(what)) assert.doesNotMatch(res.headers.get('cache-control') ?? '', /public/, `${what}: cache-control`);
}

test('the server lists its routes, pages and API both', { skip }, () => {
  assert.ok(routes.length > 300, `${routes.length} routes`);
  assert.ok(routes.some((r) => r.method === 'GET' && r.pattern === '/{lang}/plans/{id}/compare'));
  assert.ok(routes.some((r) => r.method === 'GET' && r.pattern === '/api/v1/plans/{id}/compare'));
  assert.ok(routes.some((r) => r.method === 'POST' && r.pattern.startsWith('/{lang}/')));
});

test('every page and API read carries the security headers and safe cookies, signed in or not', { skip }, async () => {
  const reads = routes.filter((r) => r.method === 'GET' && !r.pattern.endsWith('/logout'));
  for (const { pattern } of reads) {
    const path = pathOf(pattern);
    const anonymous = new Browser(server.base);
    checkResponse((await anonymous.get(path)).res, `GET ${path} (anonymous)`);
    const signedIn = await admin.get(path);
    checkResponse(signedIn.res, `GET ${path} (administrator)`);
    assert.ok(admin.session, `GET ${path} kept the administrator signed in`);
  }
});

test('every change without the form token or an API token is refused, and nothing fails', { skip }, async () => {
  const changes = routes.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
  assert.ok(changes.length > 100, `${changes.length} changing routes`);
  for (const { method, pattern } of changes) {
    const path = pathOf(pattern);
    // Signed in by cookie, as a page would be, but with no token: a cross-site request.
    const res = path.startsWith('/api/')
      ? (await admin.api(method, path, { json: {}, csrf: null })).res
      : (await admin.post(path, {}, { csrf: null })).res;
    checkResponse(res, `${method} ${path}`);
    assert.ok(res.status >= 400 && res.status !== 500, `${method} ${path} without a token: ${res.status}`);
    // The pages refuse the missing token itself; the API may first refuse the method or the
    // body, but never takes the change.
    if (!path.startsWith('/api/') && method === 'POST' && ![404, 405, 413, 415].includes(res.status))
      assert.equal(res.status, 403, `${method} ${path} without a token: ${res.status}`);
  }
  // The administrator is still signed in: none of those requests changed the session.
  assert.equal((await admin.get('/en/account')).status, 200);
});
