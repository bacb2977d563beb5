// Every route the OpenAPI document describes answers as described, and every /api/v1 route
// the server answers is described.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../support/server.mjs';
import { signIn, createToken } from '../support/session.mjs';

let server;
let doc;
let session;
let token;
before(async () => {
  server = await startServer();
  doc = await (await fetch(`${server.base}/api/v1/openapi.json`)).json();
  session = await signIn(server.base, 'admin@clusterpolisee.example');
  token = await createToken(session, 'openapi test', 'write');
});
after(async () => server.stop());

function resolve(schema) {
  while (schema && schema.$ref) {
    schema = schema.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k], doc);
  }
  return schema;
}

// Checks the parts of JSON Schema the document uses: type (also lists), const, enum,
// required, properties, items, allOf, minimum/maximum.
function validate(value, schema, at = '$') {
  schema = resolve(schema);
  if (!schema) return;
  for (const part of schema.allOf ?? []) validate(value, part, at);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    assert.ok(ok, `${at}: expected ${types.join('|')}, got ${actual}`);
  }
  if ('const' in schema) assert.deepEqual(value, schema.const, at);
  if (schema.enum) assert.ok(schema.enum.includes(value), `${at}: ${value} not in ${schema.enum}`);
  if (typeof value === 'number') {
    if ('minimum' in schema) assert.ok(value >= schema.minimum, at);
    if ('maximum' in schema) assert.ok(value <= schema.maximum, at);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of schema.required ?? []) assert.ok(key in value, `${at}: missing ${key}`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) if (key in value) validate(value[key], sub, `${at}.${key}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => validate(v, schema.items, `${at}[${i}]`));
}

function exampleUrl(path, parameters = [], method = 'get') {
  let url = path;
  const query = new URLSearchParams();
  for (const p of parameters.map(resolve)) {
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(p.example ?? p.schema?.examples?.[0]));
    // Operations that change data are called with the query parameters they give examples for.
    if (p.in === 'query' && method !== 'get' && p.example !== undefined) query.append(p.name, p.example);
  }
  return query.size ? `${url}?${query}` : url;
}

test('the document is OpenAPI 3.1 with unique operation ids', () => {
  assert.equal(doc.openapi, '3.1.0');
  const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
  assert.equal(new Set(ids).size, ids.length);
});

test('every documented operation answers its documented success response', async () => {
  let checked = 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      let url = server.base + exampleUrl(path, op.parameters, method);
      const init = { method: method.toUpperCase(), headers: {} };
      // Secured operations: the documented schemes, a bearer token where it is accepted.
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
      if (schemes.includes('bearer')) init.headers.Authorization = `Bearer ${token.secret}`;
      else if (schemes.includes('session')) Object.assign(init.headers, { Cookie: session.cookie, 'X-CSRF-Token': session.csrf });
      // Revoking: a token made for the purpose, not the one the test signs with.
      if (method === 'delete' && path === '/api/v1/tokens/{id}')
        url = `${server.base}/api/v1/tokens/${(await createToken(session, 'to revoke', 'read')).id}`;
      if (op.requestBody && !op.requestBody.content['application/json']) {
        // An upload: the first documented media type with its example.
        const [type, media] = Object.entries(op.requestBody.content)[0];
        init.body = media.example;
        init.headers['Content-Type'] = type;
      } else if (op.requestBody) {
        const media = op.requestBody.content['application/json'];
        let example = resolve(media.schema).example;
        // A full replacement sends back what is stored, so the example does not clash.
        if (method === 'put') {
          const { id, members, ...current } = await (await fetch(url, { headers: init.headers })).json();
          example = current;
        }
        init.body = JSON.stringify(example);
        init.headers['Content-Type'] = 'application/json';
      }
      const res = await fetch(url, init);
      const documented = op.responses[String(res.status)];
      assert.ok(documented, `${method} ${path}: status ${res.status} is not documented`);
      assert.ok(res.status < 300, `${method} ${path}: ${res.status}`);
      const response = resolve(documented);
      if (!response.content) {
        assert.equal((await res.text()).length, 0, `${method} ${path}: a body where none is documented`);
        checked++;
        continue;
      }
      const [type, media] = Object.entries(response.content)[0];
      assert.ok(res.headers.get('content-type').startsWith(type), `${method} ${path}: ${res.headers.get('content-type')}`);
      if (type.includes('json')) validate(await res.json(), media.schema, `${method} ${path}`);
      checked++;
    }
  }
  assert.ok(checked >= 22);
});

test('documented errors carry the documented problem shape', async () => {
  const cases = [
    ['/api/v1/areas/WG9', 404],
    ['/api/v1/areas?lang=xx', 400],
    ['/api/v1/countries/FR', 404],
    ['/api/v1/regions?limit=0', 400],
    ['/api/v1/regions/NOPE1', 404],
  ];
  for (const [url, status] of cases) {
    const res = await fetch(server.base + url);
    assert.equal(res.status, status, url);
    const op = doc.paths[Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url.split('?')[0]))].get;
    const documented = resolve(op.responses[String(status)]);
    assert.ok(documented, `${url}: ${status} not documented`);
    assert.match(res.headers.get('content-type'), /^application\/problem\+json/);
    validate(await res.json(), documented.content['application/problem+json'].schema, url);
  }
});

test('the API answers in every UI language where texts are translated', async () => {
  const names = new Set();
  for (const lang of ['en', 'ro', 'sq', 'hu', 'el']) {
    const body = await (await fetch(`${server.base}/api/v1/areas/WG2?lang=${lang}`)).json();
    assert.equal(body.lang, lang);
    names.add(body.name);
  }
  assert.equal(names.size, 5);
});

test('every problem type URI the API returns resolves to a page in the asked language', async () => {
  const seen = new Set();
  for (const url of ['/api/v1/regions?limit=abc', '/api/v1/nothing', '/api/v1/areas/WG9']) {
    seen.add((await (await fetch(server.base + url)).json()).type);
  }
  for (const type of seen) {
    const res = await fetch(server.base + type, { headers: { 'Accept-Language': 'hu' } });
    assert.equal(res.status, 200, type);
    const html = await res.text();
    assert.match(html, /<html lang="hu"/);
    assert.ok(html.includes(`<code>${type}</code>`), type);
  }
  assert.equal((await fetch(`${server.base}/problems/no-such-problem`)).status, 404);
});
