// Security of the accounts feature over HTTP: forged requests (CSRF), other people's objects
// reached by changing an id (IDOR), roles beyond one's powers, markup in everything people
// type (XSS), SQL metacharacters in every parameter, open redirects, oversized and mistyped
// bodies, and the throttling of sign-ins (on a server of its own, run beside the rest).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, run } from '../support/server.mjs';
import {
  PASSWORD, Browser, bearer, formFields, replaced, auditRows, parseCsv,
  escapeHtml, decodeHtml, escapeRe, madeUpToken, sleep,
} from '../support/browser.mjs';

const LANGS = ['en', 'ro', 'sq', 'hu', 'el'];
const XSS = `<script>alert(1)</script>"'><img src=x onerror=alert(1)>`;
const SQL = [`' OR '1'='1`, `"; DROP TABLE users; --`, '%', '\\', `%' OR 1=1 --`, '_'];

// No markup of the attack text reaches the page raw …
function assertNoRawMarkup(html, where) {
  assert.ok(!html.includes('<script>alert(1)'), `raw <script> in ${where}`);
  assert.ok(!/<img src=x/i.test(html), `raw <img> in ${where}`);
  assert.ok(!html.includes(`"'><img`) && !html.includes('alert(1)>'), `attribute break-out in ${where}`);
  assert.doesNotMatch(html, /href="javascript:/i, `javascript: link in ${where}`);
}
// … and each of `texts` is there, escaped.
function assertShownEscaped(html, texts, where) {
  assertNoRawMarkup(html, where);
  for (const t of texts) assert.ok(html.includes(escapeHtml(t)), `${where} shows ${JSON.stringify(t)} escaped`);
}

async function auditSince(browser, id = 0) {
  const res = await browser.fetch('/en/admin/audit.csv');
  assert.equal(res.status, 200);
  return parseCsv(await res.text()).slice(1).map(([entry, at, actor, action, target, detail, client]) => ({ id: Number(entry), at, actor, action, target, detail, client })).filter((e) => e.id > id);
}
const lastAuditId = async (browser) => Math.max(0, ...(await auditSince(browser)).map((e) => e.id));

describe('security', { concurrency: true }, () => {
  // The two groups run side by side; the tests within each run one after the other.
  describe('forged requests, other people\'s objects, markup and metacharacters', { concurrency: false }, () => {
    let server;
    let admin;
    const organisations = {};
    const json = async (path) => (await fetch(server.base + path)).json();

    before(async () => {
      server = await startServer();
      for (const o of (await json('/api/v1/organisations')).items) organisations[o.slug] = o.id;
      admin = new Browser(server.base);
      await admin.signIn('admin@clusterpolisee.example');
    });
    after(async () => {
      const { code } = await server.stop();
      assert.equal(code, 0, 'the server exits cleanly on SIGTERM');
    });

    const browser = () => new Browser(server.base);
    async function signedIn(email) {
      const b = browser();
      await b.signIn(email);
      return b;
    }
    async function userId(email) {
      const { html } = await admin.get('/en/admin/users');
      const m = new RegExp(`href="/en/admin/users/(\\d+)"[^>]*>[^<]*</a></td>\\s*<td[^>]*>${escapeRe(email)}</td>`).exec(html);
      assert.ok(m, `${email} is listed`);
      return Number(m[1]);
    }

    // ---- Cross-site request forgery ----

    test('every signed-in form refuses a missing or wrong form token with 403 and changes nothing', async () => {
      const email = 'francesca.moretti@via-emilia-innovation-agency.example';
      const user = await signedIn(email);
      const other = await signedIn('chiara.benedetti@via-emilia-innovation-agency.example');
      const targetEmail = 'aleksandar.trajkovski@mk-competitiveness-office.example';
      const target = await userId(targetEmail);
      const token = await user.api('POST', '/api/v1/tokens', { json: { name: 'Keep me', scope: 'write' } });
      assert.equal(token.status, 201);
      const org = organisations['via-emilia-innovation-agency'];
      const orgFields = formFields((await user.get(`/en/organisations/${org}/edit`)).html, `/en/organisations/${org}/edit`);
      await user.get('/en/account');
      await admin.get('/en/admin/users');
      const before = {
        me: (await user.api('GET', '/api/v1/users/me')).body,
        tokens: (await user.api('GET', '/api/v1/tokens')).body,
        org: await json(`/api/v1/organisations/${org}`),
        organisations: (await json('/api/v1/organisations')).items.length,
        target: (await (await signedIn(targetEmail)).api('GET', '/api/v1/users/me')).body,
        audit: await lastAuditId(admin),
      };
      const password = 'changed by a forgery';
      const forms = [
        [user, '/en/logout', {}],
        [user, '/en/account/profile', { display_name: 'Changed by CSRF', ui_language: 'en', languages: 'en', bio: 'csrf' }],
        [user, '/en/account/password', { current_password: PASSWORD, new_password: password, new_password_again: password }],
        [user, '/en/account/email', { email: 'csrf.new@example.org', password: PASSWORD }],
        [user, '/en/account/tokens', { name: 'Made by CSRF', scope: 'write' }],
        [user, `/en/account/tokens/${token.body.id}/revoke`, {}],
        [user, '/en/account/delete', { current_password: PASSWORD, confirm: 'yes' }],
        [user, `/en/organisations/${org}/edit`, replaced(orgFields, { name_en: 'Renamed by CSRF' })],
        [admin, '/en/organisations/new', { slug: 'made-by-csrf', type: 'other', country: 'IT', region: '', website: '', role: 'external', experience: 'learning', name_en: 'Made by CSRF' }],
        [admin, '/en/admin/users', { display_name: 'CSRF Invitee', email: 'csrf.invitee@example.org', ui_language: 'en', roles: 'stakeholder' }],
        [admin, `/en/admin/users/${target}/roles`, { roles: ['platform_admin'] }],
        [admin, `/en/admin/users/${target}/status`, { status: 'disabled' }],
        [admin, `/en/admin/users/${target}/reset-link`, {}],
      ];
      for (const [b, path, fields] of forms) {
        const formCookie = b.cookies.get('cps_form');
        assert.ok(formCookie, 'the browser also holds a form cookie from before signing in');
        const anotherSession = b === user ? other.csrf : user.csrf;
        for (const [csrf, what] of [[null, 'no token'], ['', 'an empty token'], [madeUpToken(), 'a made-up token'],
          [anotherSession, "another session's token"], [formCookie, 'the anonymous form token']]) {
          const r = await b.post(path, fields, { csrf });
          assert.equal(r.status, 403, `${path} with ${what}`);
          assert.match(r.res.headers.get('content-type'), /text\/html/);
          assert.ok(!r.res.headers.getSetCookie().some((c) => c.startsWith('cps_session=')), `${path}: the session is left alone`);
          assert.ok(!r.html.includes('id="reset-link"') && !r.html.includes('id="new-token"'), `${path}: nothing is issued`);
        }
      }
      assert.deepEqual((await user.api('GET', '/api/v1/users/me')).body, before.me, 'still signed in, profile and address unchanged');
      assert.deepEqual((await user.api('GET', '/api/v1/tokens')).body, before.tokens, 'tokens unchanged');
      assert.deepEqual(await json(`/api/v1/organisations/${org}`), before.org, 'organisation unchanged');
      assert.equal((await json('/api/v1/organisations')).items.length, before.organisations, 'no organisation added');
      assert.ok(!(await admin.get('/en/admin/users')).html.includes('csrf.invitee@example.org'), 'nobody invited');
      const targetNow = (await (await signedIn(targetEmail)).api('GET', '/api/v1/users/me')).body;
      assert.deepEqual(targetNow, before.target, 'the target keeps its roles and can still sign in');
      await signedIn(email);  // the password is unchanged
      const actions = (await auditSince(admin, before.audit)).map((e) => e.action);
      assert.deepEqual([...new Set(actions)], ['login.succeeded'], `nothing but sign-ins was audited: ${actions}`);
      // With the right token the same form works: the refusals above were the token's doing.
      const ok = await user.post('/en/account/profile', { display_name: 'Francesca Moretti', ui_language: 'en', languages: 'it, en', bio: 'ok' });
      assert.equal(ok.status, 303);
    });

    test('anonymous forms refuse a missing, wrong or unanchored form token with 403', async () => {
      const email = 'dragana.jovanovic@pannonian-innovation-centre.example';
      const before = await lastAuditId(admin);
      const b = browser();
      await b.get('/en/login');
      const attacker = browser();
      await attacker.get('/en/login');  // a form cookie of the attacker's own
      const secret = { password: 'a long new password', password_again: 'a long new password' };
      const forms = [
        ['/en/login', { email, password: PASSWORD, next: '' }],
        ['/en/password-reset', { email }],
        ['/en/password-reset/new', { token: madeUpToken(), ...secret }],
        ['/en/invitation', { token: madeUpToken(), ...secret }],
        ['/en/verify-email', { token: madeUpToken() }],
        ['/en/confirm-email', { token: madeUpToken() }],
        ['/en/register', { display_name: 'Forged', email: 'forged@example.org', password: 'a long new password' }],
      ];
      for (const [path, fields] of forms) {
        for (const [csrf, what] of [[null, 'no token'], ['', 'an empty token'], [madeUpToken(), 'a made-up token'], [attacker.csrf, "the attacker's token"]]) {
          const r = await b.post(path, fields, { csrf });
          assert.equal(r.status, 403, `${path} with ${what}`);
          assert.equal(b.session, undefined, `${path}: nobody is signed in`);
        }
        // A browser without a form cookie cannot have been shown the form.
        const bare = browser();
        const r = await bare.post(path, fields, { csrf: madeUpToken() });
        assert.equal(r.status, 403, `${path} without a form cookie`);
      }
      const audited = (await auditSince(admin, before)).filter((e) => e.actor === email || e.detail.includes(email));
      assert.deepEqual(audited, [], 'no sign-in and no reset was made');
      const ok = await b.post('/en/login', { email, password: PASSWORD, next: '' });
      assert.equal(ok.status, 303, 'with its own token the form works');
    });

    test('cookie-authenticated API calls that change data need the X-CSRF-Token header', async () => {
      const user = await signedIn('marija.stojanovska@mk-competitiveness-office.example');
      const other = await signedIn('elira.dervishi@vjosa-rda.example');
      const token = (await user.api('POST', '/api/v1/tokens', { json: { name: 'Existing', scope: 'read' } })).body;
      const org = organisations['mk-competitiveness-office'];
      const orgBefore = await json(`/api/v1/organisations/${org}`);
      const meBefore = (await user.api('GET', '/api/v1/users/me')).body;
      const tokensBefore = (await user.api('GET', '/api/v1/tokens')).body;
      const count = (await json('/api/v1/organisations')).items.length;
      const newOrg = { slug: 'forged-org', type: 'other', country: 'MK', role: 'external', experience: 'learning', texts: { en: { name: 'Forged', description: '' } } };
      const calls = [
        [user, 'PATCH', '/api/v1/users/me', { bio: 'forged' }],
        [user, 'POST', '/api/v1/tokens', { name: 'Forged', scope: 'write' }],
        [user, 'DELETE', `/api/v1/tokens/${token.id}`, undefined],
        [admin, 'POST', '/api/v1/organisations', newOrg],
        [admin, 'PUT', `/api/v1/organisations/${org}`, { ...orgBefore, texts: { en: { name: 'Forged name', description: '' } } }],
      ];
      for (const [b, method, path, body] of calls) {
        for (const [csrf, what] of [[null, 'no header'], [madeUpToken(), 'a made-up token'], [(b === user ? other : user).csrf, "another session's token"], [b.cookies.get('cps_form'), 'the anonymous form token']]) {
          const r = await b.api(method, path, { json: body, csrf });
          assert.equal(r.status, 403, `${method} ${path} with ${what}`);
          assert.match(r.res.headers.get('content-type'), /^application\/problem\+json/);
          assert.equal(r.body.status, 403);
        }
      }
      const anonymous = await fetch(`${server.base}/api/v1/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"x","scope":"read"}' });
      assert.equal(anonymous.status, 401);
      assert.deepEqual((await user.api('GET', '/api/v1/users/me')).body, meBefore);
      assert.deepEqual((await user.api('GET', '/api/v1/tokens')).body, tokensBefore);
      assert.deepEqual(await json(`/api/v1/organisations/${org}`), orgBefore);
      assert.equal((await json('/api/v1/organisations')).items.length, count);
      const ok = await user.api('PATCH', '/api/v1/users/me', { json: { bio: 'with the header' } });
      assert.equal(ok.status, 200, 'with the header the call works');
    });

    // ---- Other people's objects and powers ----

    test("another person's API token cannot be revoked: 404, and it keeps working", async () => {
      const a = await signedIn('marco.zanon@piave-cluster-network.example');
      const b = await signedIn('alessandro.ferri@piave-cluster-network.example');
      const mine = (await a.api('POST', '/api/v1/tokens', { json: { name: 'Marco tool', scope: 'write' } })).body;
      const theirs = (await b.api('POST', '/api/v1/tokens', { json: { name: 'Alessandro tool', scope: 'write' } })).body;
      await b.get('/en/account');
      for (const id of [mine.id, 'abc', '-1', '0', '99999999']) {
        assert.equal((await b.post(`/en/account/tokens/${id}/revoke`)).status, 404, `page, token ${id}`);
        assert.equal((await b.api('DELETE', `/api/v1/tokens/${id}`)).status, 404, `API with cookie, token ${id}`);
        assert.equal((await bearer(server.base, theirs.secret, 'DELETE', `/api/v1/tokens/${id}`)).status, 404, `API with a token, token ${id}`);
      }
      const me = await bearer(server.base, mine.secret, 'GET', '/api/v1/users/me');
      assert.equal(me.status, 200, 'the token still works');
      assert.equal(me.body.email, 'marco.zanon@piave-cluster-network.example');
      assert.equal((await a.api('GET', '/api/v1/tokens')).body.items.find((t) => t.id === mine.id).revoked_at, null);
      assert.ok(!(await b.api('GET', '/api/v1/tokens')).body.items.some((t) => t.id === mine.id), 'nor is it listed to the other');
      assert.ok(!(await b.get('/en/account')).html.includes('Marco tool'));
    });

    test("a partner's staff cannot edit another organisation by changing the id in the address", async () => {
      const b = await signedIn('alessandro.ferri@piave-cluster-network.example');
      const own = organisations['piave-cluster-network'];
      const other = organisations['via-emilia-innovation-agency'];
      const before = await json(`/api/v1/organisations/${other}`);
      const fields = formFields((await b.get(`/en/organisations/${own}/edit`)).html, `/en/organisations/${own}/edit`);
      assert.equal((await b.get(`/en/organisations/${other}/edit`)).status, 403);
      const forged = await b.post(`/en/organisations/${other}/edit`, replaced(fields, { slug: before.slug, name_en: 'Hijacked' }));
      assert.equal(forged.status, 403);
      assert.equal((await b.api('PUT', `/api/v1/organisations/${other}`, { json: { ...before, texts: { en: { name: 'Hijacked', description: '' } } } })).status, 403);
      const token = (await b.api('POST', '/api/v1/tokens', { json: { name: 'Writer', scope: 'write' } })).body.secret;
      assert.equal((await bearer(server.base, token, 'PUT', `/api/v1/organisations/${other}`, { ...before, texts: { en: { name: 'Hijacked', description: '' } } })).status, 403);
      assert.equal((await b.get('/en/organisations/new')).status, 403, 'nor add organisations');
      await b.get('/en/account');
      assert.equal((await b.post('/en/organisations/new', { slug: 'new-by-staff', type: 'other', country: 'IT', role: 'external', experience: 'learning', name_en: 'New by staff' })).status, 403);
      assert.deepEqual(await json(`/api/v1/organisations/${other}`), before, 'unchanged');
      assert.ok(!(await json('/api/v1/organisations')).items.some((o) => o.slug === 'new-by-staff'));
    });

    test('only administrators reach the administration pages', async () => {
      const staff = await signedIn('alessandro.ferri@piave-cluster-network.example');
      const anonymous = browser();
      await anonymous.get('/en/login');
      const target = await userId('marco.zanon@piave-cluster-network.example');
      const own = await userId('alessandro.ferri@piave-cluster-network.example');
      const targetPage = (await admin.get(`/en/admin/users/${target}`)).html;
      const pages = ['/en/admin/users', `/en/admin/users/${target}`, `/en/admin/users/${own}`, '/en/admin/audit', '/en/admin/audit?action=login.', '/en/admin/audit.csv', '/ro/admin/users'];
      for (const path of pages) {
        const signed = await staff.get(path);
        assert.equal(signed.status, 403, `${path} signed in`);
        assert.match(signed.res.headers.get('content-type'), /text\/html/);
        assert.ok(!signed.html.includes('marco.zanon@'), `${path}: no account data`);
        const anon = await anonymous.get(path);
        assert.ok(anon.status === 401 || (anon.status === 303 && /\/login/.test(anon.location)), `${path} anonymous: ${anon.status}`);
        assert.ok(!anon.html.includes('marco.zanon@'));
      }
      await staff.get('/en/account');
      const forms = [
        ['/en/admin/users', { display_name: 'Sneaky', email: 'sneaky@example.org', ui_language: 'en', roles: 'platform_admin' }],
        [`/en/admin/users/${target}/roles`, { roles: ['platform_admin'] }],
        [`/en/admin/users/${own}/roles`, { roles: ['platform_admin', 'partner_staff'] }],
        [`/en/admin/users/${target}/status`, { status: 'disabled' }],
        [`/en/admin/users/${target}/reset-link`, {}],
      ];
      for (const [path, fields] of forms) {
        const signed = await staff.post(path, fields);
        assert.equal(signed.status, 403, `${path} signed in`);
        assert.ok(!signed.html.includes('id="reset-link"'));
        const anon = await anonymous.post(path, fields);
        assert.ok(anon.status === 401 || (anon.status === 303 && /\/login/.test(anon.location)), `${path} anonymous: ${anon.status}`);
      }
      assert.equal((await admin.get(`/en/admin/users/${target}`)).html, targetPage, 'the target is unchanged');
      assert.ok(!(await admin.get('/en/admin/users')).html.includes('sneaky@example.org'));
      assert.deepEqual((await staff.api('GET', '/api/v1/users/me')).body.roles, [{ role: 'partner_staff', working_group: null }]);
    });

    test('nobody gives roles beyond their own powers, not even to themselves', async () => {
      const eleniEmail = 'eleni.papadimitriou@axios-innovation-agency.example';
      const ioanaEmail = 'ioana.margineanu@nord-est-cluster-agency.example';
      const nemanjaEmail = 'nemanja.ilic@morava-enterprise-centre.example';
      const [eleniId, ioanaId, nemanjaId] = [await userId(eleniEmail), await userId(ioanaEmail), await userId(nemanjaEmail)];
      const eleni = await signedIn(eleniEmail);  // coordinates working group 5
      const ioana = await signedIn(ioanaEmail);  // lead-partner coordinator
      const eleniRoles = (await eleni.api('GET', '/api/v1/users/me')).body.roles;
      const ioanaRoles = (await ioana.api('GET', '/api/v1/users/me')).body.roles;
      const rolesForm = async (b, id) => formFields((await b.get(`/en/admin/users/${id}`)).html, `/en/admin/users/${id}/roles`);

      // A coordinator sees the accounts, to give membership of her group, but cannot invite.
      const list = await eleni.get('/en/admin/users');
      assert.equal(list.status, 200, 'a coordinator sees whom she may give roles to');
      assert.doesNotMatch(list.html, /name="display_name"/, 'and has no invitation form');
      assert.doesNotMatch((await eleni.get(`/en/admin/users/${nemanjaId}`)).html, /name="status"/, 'nor account switches');
      const own = await rolesForm(eleni, eleniId);
      for (const role of ['platform_admin', 'sc_member', 'lead_coordinator', 'wg_coordinator:WG1'])
        assert.equal((await eleni.post(`/en/admin/users/${eleniId}/roles`, [...own, ['roles', role]])).status, 403, `eleni gives herself ${role}`);
      const theirs = await rolesForm(eleni, nemanjaId);
      assert.equal((await eleni.post(`/en/admin/users/${nemanjaId}/roles`, [...theirs, ['roles', 'wg_member:WG1']])).status, 403, 'another group');
      assert.equal((await eleni.post(`/en/admin/users/${nemanjaId}/roles`, [['roles', 'wg_member:WG5']])).status, 403, 'taking away roles she does not manage');
      const mine = await ioana.get(`/en/admin/users/${ioanaId}`);
      assert.equal(mine.status, 200);
      assert.doesNotMatch(mine.html, /value="platform_admin"/, 'the form does not offer what she may not give');
      const ioanaFields = formFields(mine.html, `/en/admin/users/${ioanaId}/roles`);
      assert.equal((await ioana.post(`/en/admin/users/${ioanaId}/roles`, [...ioanaFields, ['roles', 'platform_admin']])).status, 403, 'ioana makes herself administrator');
      assert.equal((await ioana.post(`/en/admin/users/${nemanjaId}/roles`, [...theirs, ['roles', 'platform_admin']])).status, 403, 'ioana makes somebody administrator');

      assert.deepEqual((await eleni.api('GET', '/api/v1/users/me')).body.roles, eleniRoles);
      assert.deepEqual((await ioana.api('GET', '/api/v1/users/me')).body.roles, ioanaRoles);
      // What they may give, they can give.
      const granted = await eleni.post(`/en/admin/users/${nemanjaId}/roles`, [...theirs, ['roles', 'wg_member:WG5']]);
      assert.equal(granted.status, 303);
      const nemanja = await signedIn(nemanjaEmail);
      assert.deepEqual((await nemanja.api('GET', '/api/v1/users/me')).body.roles.map((r) => `${r.role}:${r.working_group}`).sort(),
        ['partner_staff:null', 'wg_member:WG5', 'wg_member:WG6']);
    });

    // ---- Markup in what people type ----

    test('text people type is shown escaped on every page that shows it, in every language', async () => {
      const email = 'tomas.kovacik@danube-innovation-agency.example';
      const v = (field) => `${XSS} ${field}`;
      const description = (lang) => `desc-${lang}: ${XSS} [x](javascript:alert(1))`;
      const org = organisations['danube-innovation-agency'];
      const tomas = await signedIn(email);
      const tomasId = await userId(email);

      let r = await tomas.post('/en/account/profile', { display_name: v('dn'), ui_language: 'en', languages: 'sk, en', bio: v('bio') });
      assert.equal(r.status, 303);
      r = await tomas.post('/en/account/profile', { display_name: v('dn2'), ui_language: 'en', languages: XSS, bio: '' });
      assert.equal(r.status, 422, 'languages must be codes');
      assertNoRawMarkup(r.html, 'the refused profile');
      r = await tomas.post('/en/account/tokens', { name: v('tok'), scope: 'read' });
      assert.equal(r.status, 200);
      assertShownEscaped(r.html, [v('tok'), v('dn'), v('bio')], 'the new token');

      const editPath = `/en/organisations/${org}/edit`;
      const fields = formFields((await tomas.get(editPath)).html, editPath);
      assert.ok(fields.some(([k, val]) => k === 'native_lang' && val === 'sk'));
      const texts = { name_native: v('native') };
      for (const l of LANGS) {
        texts[`name_${l}`] = v(`name-${l}`);
        texts[`description_${l}`] = description(l);
      }
      r = await tomas.post(editPath, replaced(fields, { ...texts, slug: 'Not a slug!' }));
      assert.equal(r.status, 422);
      assertShownEscaped(r.html, [v('name-en'), v('name-el'), v('native'), description('hu')], 'the refused organisation form');
      r = await tomas.post(editPath, replaced(fields, texts));
      assert.equal(r.status, 303);

      r = await admin.post('/en/admin/users', { display_name: v('invitee'), email: 'xss.invitee@example.org', ui_language: 'en', roles: 'stakeholder' });
      assert.equal(r.status, 303);
      r = await admin.post('/en/admin/users', { display_name: v('refused'), email: 'not an address', ui_language: 'en' });
      assert.equal(r.status, 422);
      assertShownEscaped(r.html, [v('refused')], 'the refused invitation');
      const inviteeId = await userId('xss.invitee@example.org');
      r = await admin.post(`/en/admin/users/${inviteeId}/reset-link`);
      const invitation = decodeHtml(/id="reset-link"[^>]*value="([^"]+)"/.exec(r.html)[1]);
      const invitationToken = new URL(invitation).searchParams.get('token');

      const anonymous = browser();
      await anonymous.get('/en/login');
      r = await anonymous.post('/en/login', { email: v('login'), password: 'whatever it is' });
      assert.equal(r.status, 401);
      assertShownEscaped(r.html, [v('login')], 'the refused sign-in');
      r = await anonymous.post('/en/password-reset', { email: v('reset') });
      assert.equal(r.status, 422);
      assertShownEscaped(r.html, [v('reset')], 'the refused reset');
      r = await anonymous.get(`/en/login?next=${encodeURIComponent(`/${XSS}`)}`);
      assertShownEscaped(r.html, [`/${XSS}`], 'the sign-in form with a crafted next');

      for (const l of LANGS) {
        const pages = [
          [anonymous, `/${l}/people`, [v('dn'), v(`name-${l}`)]],
          [anonymous, `/${l}/organisations`, [v(`name-${l}`), v('native')]],
          [anonymous, `/${l}/organisations?country=SK`, [v(`name-${l}`)]],
          [anonymous, `/${l}/organisations/${org}`, [v(`name-${l}`), v('native'), v('dn'), `desc-${l}:`]],
          [anonymous, `/${l}/invitation?token=${invitationToken}`, [v('invitee')]],
          [tomas, `/${l}/account`, [v('dn'), v('bio'), v('tok')]],
          [tomas, `/${l}/organisations/${org}/edit`, [v('native'), ...LANGS.map((x) => v(`name-${x}`)), ...LANGS.map(description)]],
          [tomas, `/${l}/people`, [v('dn'), v(`name-${l}`)]],
          [admin, `/${l}/people`, [v('dn')]],
          [admin, `/${l}/organisations/${org}`, [v(`name-${l}`), v('dn')]],
          [admin, `/${l}/admin/users`, [v('dn'), v('invitee'), v(`name-${l}`)]],
          [admin, `/${l}/admin/users/${tomasId}`, [v('dn')]],
          [admin, `/${l}/admin/users/${inviteeId}`, [v('invitee')]],
          [admin, `/${l}/admin/audit`, [v('login')]],
        ];
        for (const [who, path, shown] of pages) {
          const page = await who.get(path);
          assert.equal(page.status, 200, path);
          assertShownEscaped(page.html, shown, path);
        }
      }
    });

    // ---- SQL metacharacters ----

    test('SQL metacharacters in every parameter get a normal answer, never a 500, and the data stays intact', async () => {
      const user = await signedIn('chiara.benedetti@via-emilia-innovation-agency.example');
      const org = organisations['velebit-rda'];
      const lead = await json(`/api/v1/organisations/${organisations['nord-est-cluster-agency']}`);
      const count = (await json('/api/v1/organisations')).items.length;
      const people = (await admin.get('/en/admin/users')).html.match(/href="\/en\/admin\/users\/\d+"/g).length;
      const orgFields = formFields((await admin.get(`/en/organisations/${org}/edit`)).html, `/en/organisations/${org}/edit`);
      await user.get('/en/account');
      const anonymous = browser();
      await anonymous.get('/en/login');
      const seen = [];
      const check = (what, status) => {
        seen.push(status);
        assert.ok(status >= 200 && status < 500, `${what}: ${status}`);
      };
      const q = encodeURIComponent;
      for (const s of SQL) {
        for (const key of ['country', 'type', 'role', 'experience']) {
          for (const path of ['/en/organisations', '/en/organisations.csv', '/en/organisations.xlsx', '/api/v1/organisations'])
            check(`${path}?${key}=${s}`, (await anonymous.fetch(`${path}?${key}=${q(s)}`)).status);
        }
        for (const path of [`/en/admin/audit?action=${q(s)}`, `/en/admin/audit?since=${q(s)}`, `/en/admin/audit?until=${q(s)}`, `/en/admin/audit.csv?action=${q(s)}`,
          `/en/admin/users/${q(s)}`, `/en/organisations/${q(s)}/edit`])
          check(path, (await admin.fetch(path)).status);
        for (const path of [`/en/login?next=${q(s)}`, `/en/password-reset?token=${q(s)}`, `/en/invitation?token=${q(s)}`, `/en/verify-email?token=${q(s)}`,
          `/en/confirm-email?token=${q(s)}`, `/en/organisations/${q(s)}`, `/api/v1/organisations/${q(s)}`, `/en/people?q=${q(s)}`, `/en/regions?q=${q(s)}`,
          `/api/v1/users/me?${q(s)}=1`])
          check(path, (await anonymous.fetch(path)).status);
        check('DELETE token', (await user.api('DELETE', `/api/v1/tokens/${q(s)}`)).status);

        check('profile', (await user.post('/en/account/profile', { display_name: s, ui_language: 'en', languages: 'en', bio: s })).status);
        check('profile languages', (await user.post('/en/account/profile', { display_name: 'Chiara', ui_language: s, languages: s, bio: '', expertise: s })).status);
        check('token name', (await user.post('/en/account/tokens', { name: s, scope: s })).status);
        check('email change', (await user.post('/en/account/email', { email: s, password: s })).status);
        check('password change', (await user.post('/en/account/password', { current_password: s, new_password: s, new_password_again: s })).status);
        check('revoke', (await user.post(`/en/account/tokens/${q(s)}/revoke`)).status);
        check('reset request', (await anonymous.post('/en/password-reset', { email: s })).status);
        check('reset', (await anonymous.post('/en/password-reset/new', { token: s, password: s, password_again: s })).status);
        check('invitation', (await anonymous.post('/en/invitation', { token: s, password: s, password_again: s })).status);
        check('verify', (await anonymous.post('/en/verify-email', { token: s })).status);
        check('confirm', (await anonymous.post('/en/confirm-email', { token: s })).status);
        check('invite', (await admin.post('/en/admin/users', { display_name: s, email: s, ui_language: s, organisation: s, roles: s })).status);
        check('invite name', (await admin.post('/en/admin/users', { display_name: s, email: `sql${SQL.indexOf(s)}@example.org`, ui_language: 'en', roles: 'stakeholder' })).status);
        check('roles', (await admin.post(`/en/admin/users/${q(s)}/roles`, { roles: s })).status);
        check('status', (await admin.post(`/en/admin/users/1/status`, { status: s })).status);
        for (const field of ['slug', 'type', 'country', 'region', 'website', 'role', 'experience', 'name_en', 'description_en', 'name_native', 'native_lang'])
          check(`organisation ${field}`, (await admin.post(`/en/organisations/${org}/edit`, replaced(orgFields, { [field]: s }))).status);
        check('new organisation', (await admin.post('/en/organisations/new', { slug: s, type: s, country: s, region: s, website: s, role: s, experience: s, name_en: s })).status);
        check('API profile', (await user.api('PATCH', '/api/v1/users/me', { json: { display_name: s, bio: s, languages: [s], expertise: [s] } })).status);
        check('API token', (await user.api('POST', '/api/v1/tokens', { json: { name: s, scope: s } })).status);
        check('API organisation', (await admin.api('PUT', `/api/v1/organisations/${org}`, { json: { slug: s, type: s, country: s, region: s, website: s, role: s, experience: s, texts: { en: { name: s, description: s } } } })).status);
        check('API new organisation', (await admin.api('POST', '/api/v1/organisations', { json: { slug: s, type: 'other', country: 'HR', role: 'external', experience: 'learning', texts: { en: { name: s } } } })).status);
      }
      // Sign-ins count as failures per address: a few only.
      for (const [email, password] of [[SQL[0], SQL[0]], [SQL[1], SQL[1]], [SQL[2], SQL[3]], [`admin@clusterpolisee.example' --`, 'x'], ['admin@clusterpolisee.example', SQL[0]]]) {
        const r = await anonymous.post('/en/login', { email, password, next: '' });
        assert.equal(r.status, 401, `sign-in as ${email}`);
        assert.equal(anonymous.session, undefined);
      }
      assert.ok(seen.some((s) => s >= 400) && seen.some((s) => s < 300), 'both refusals and normal answers were seen');
      await signedIn('admin@clusterpolisee.example');
      assert.equal((await json('/api/v1/organisations')).items.length, count, 'no organisation added or lost');
      assert.deepEqual(await json(`/api/v1/organisations/${organisations['nord-est-cluster-agency']}`), lead, 'other organisations untouched');
      const peopleNow = (await admin.get('/en/admin/users')).html.match(/href="\/en\/admin\/users\/\d+"/g).length;
      assert.equal(peopleNow, people + SQL.length, 'only the invitations with a valid address were made');
      assert.equal((await fetch(`${server.base}/en/people`)).status, 200);
    });

    // ---- Sign-in answers, redirects, bodies ----

    test('an unknown e-mail address and a wrong password get the same answer', async () => {
      const b = browser();
      await b.get('/en/login');
      const known = 'ivana.babic@velebit-rda.example';
      const unknown = 'ivana.babic@velebit-rda.example.org';
      const wrong = await b.post('/en/login', { email: known, password: 'not her password' });
      const missing = await b.post('/en/login', { email: unknown, password: 'not her password' });
      assert.equal(wrong.status, 401);
      assert.equal(missing.status, wrong.status);
      assert.equal(missing.html.replaceAll(unknown, 'ADDRESS'), wrong.html.replaceAll(known, 'ADDRESS'), 'the same page, but for the address typed');
      assert.match(wrong.html, /The e-mail address or the password is wrong\./);
      for (const header of ['retry-after', 'set-cookie', 'www-authenticate'])
        assert.equal(missing.res.headers.get(header), wrong.res.headers.get(header), header);
    });

    test('the sign-in form only sends people on to pages of this site', async () => {
      const email = 'giulia.furlan@alpi-orientali-university.example';
      for (const [next, expected] of [['/en/people?country=IT', '/en/people?country=IT'], ['//evil.example/x', '/en/account'], ['https://evil.example/', '/en/account'],
        ['/\\evil.example', '/en/account'], ['javascript:alert(1)', '/en/account'], ['', '/en/account'], ['/en/x\r\nSet-Cookie: a=b', '/en/account']]) {
        const b = browser();
        await b.get('/en/login');
        const r = await b.post('/en/login', { email, password: PASSWORD, next });
        assert.equal(r.status, 303);
        assert.equal(r.location, expected, JSON.stringify(next));
        const again = await b.get(`/en/login?next=${encodeURIComponent(next)}`);
        assert.equal(again.status, 303, 'a signed-in visitor of the sign-in page goes on at once');
        assert.equal(again.location, expected, JSON.stringify(next));
      }
    });

    test('oversized bodies get 413 and bodies of the wrong type 415, and nothing changes', async () => {
      const b = await signedIn('gregor.zupan@si-smart-specialisation-agency.example');
      const org = organisations['si-smart-specialisation-agency'];
      const me = (await b.api('GET', '/api/v1/users/me')).body;
      const orgBefore = await json(`/api/v1/organisations/${org}`);
      const tokens = (await b.api('GET', '/api/v1/tokens')).body;
      const form = (fields) => new URLSearchParams({ csrf: b.csrf, ...fields }).toString();
      const send = (path, method, body, type, extra = {}) => b.fetch(path, { method, body, headers: { 'Content-Type': type, ...extra } });
      const urlencoded = 'application/x-www-form-urlencoded';
      const big = [
        ['/en/login', 'POST', form({ email: 'x@example.org', password: 'a'.repeat(17 * 1024) }), urlencoded],
        ['/en/account/profile', 'POST', form({ display_name: 'Big', ui_language: 'en', bio: 'b'.repeat(17 * 1024) }), urlencoded],
        ['/en/account/tokens', 'POST', form({ name: 'n'.repeat(17 * 1024), scope: 'read' }), urlencoded],
        [`/en/organisations/${org}/edit`, 'POST', form({ description_en: 'd'.repeat(65 * 1024) }), urlencoded],
        ['/api/v1/users/me', 'PATCH', JSON.stringify({ bio: 'b'.repeat(65 * 1024) }), 'application/json', { 'X-CSRF-Token': b.csrf }],
        ['/api/v1/tokens', 'POST', JSON.stringify({ name: 'n'.repeat(65 * 1024), scope: 'read' }), 'application/json', { 'X-CSRF-Token': b.csrf }],
      ];
      for (const [path, method, body, type, extra] of big) {
        const res = await send(path, method, body, type, extra);
        assert.equal(res.status, 413, `${method} ${path}`);
        await res.arrayBuffer();
      }
      const mistyped = [
        ['/en/login', 'POST', `csrf=${b.csrf}&email=gregor.zupan%40si-smart-specialisation-agency.example&password=${PASSWORD}`, 'text/plain'],
        ['/en/account/profile', 'POST', form({ display_name: 'Typed wrong', ui_language: 'en' }), 'text/plain'],
        ['/en/account/profile', 'POST', JSON.stringify({ csrf: b.csrf, display_name: 'Typed wrong', ui_language: 'en' }), 'application/json'],
        ['/en/account/profile', 'POST', `--x\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${b.csrf}\r\n--x\r\nContent-Disposition: form-data; name="display_name"\r\n\r\nTyped wrong\r\n--x--\r\n`, 'multipart/form-data; boundary=x'],
        ['/en/account/tokens', 'POST', form({ name: 'Typed wrong', scope: 'write' }), 'text/plain'],
        ['/api/v1/users/me', 'PATCH', JSON.stringify({ display_name: 'Typed wrong' }), 'text/plain', { 'X-CSRF-Token': b.csrf }],
        ['/api/v1/users/me', 'PATCH', 'display_name=Typed+wrong', urlencoded, { 'X-CSRF-Token': b.csrf }],
        ['/api/v1/tokens', 'POST', JSON.stringify({ name: 'Typed wrong', scope: 'write' }), 'text/plain', { 'X-CSRF-Token': b.csrf }],
        [`/api/v1/organisations/${org}`, 'PUT', JSON.stringify({ ...orgBefore, texts: { en: { name: 'Typed wrong', description: '' } } }), 'text/plain', { 'X-CSRF-Token': b.csrf }],
      ];
      for (const [path, method, body, type, extra] of mistyped) {
        const res = await send(path, method, body, type, extra);
        assert.equal(res.status, 415, `${method} ${path} as ${type}`);
        assert.ok(!res.headers.getSetCookie().some((c) => c.startsWith('cps_session=')));
        await res.arrayBuffer();
      }
      assert.equal((await fetch(`${server.base}/healthz`)).status, 200, 'the server keeps serving');
      assert.deepEqual((await b.api('GET', '/api/v1/users/me')).body, me);
      assert.deepEqual((await b.api('GET', '/api/v1/tokens')).body, tokens);
      assert.deepEqual(await json(`/api/v1/organisations/${org}`), orgBefore);
    });
  });

  describe('throttling of sign-ins, and cookies behind a TLS proxy (servers of their own)', { concurrency: false }, () => {
    let server;
    before(async () => {
      server = await startServer();
    });
    after(async () => {
      const { code } = await server.stop();
      assert.equal(code, 0, 'the server exits cleanly on SIGTERM');
    });

    test('failed sign-ins bring a growing wait (429 with Retry-After), then a lock that refuses even the right password, audited as login.locked', async () => {
      const victim = 'zuzana.hudakova@hornad-digital-cluster.example';
      const b = new Browser(server.base);
      await b.get('/en/login');
      const attempt = (password) => b.post('/en/login', { email: victim, password, next: '' });
      let failures = 0;
      const waits = [];
      let lock;
      for (;;) {
        const r = await attempt(`wrong guess ${failures + 1}`);
        if (r.status === 401) {
          failures += 1;
          assert.ok(failures < 8, 'locked by the eighth failure');
          assert.equal(r.res.headers.get('retry-after'), null);
          continue;
        }
        assert.equal(r.status, 429);
        assert.ok(failures >= 3, `no wait before the third failure (after ${failures})`);
        const retry = Number(r.res.headers.get('retry-after'));
        assert.ok(Number.isInteger(retry) && retry >= 1, `Retry-After: ${r.res.headers.get('retry-after')}`);
        assert.match(r.html, /Too many failed attempts/);
        assert.match(r.html, new RegExp(`Try again in ${retry} seconds?\\.`));
        if (retry > 60) {
          lock = { r, retry };
          break;
        }
        if (retry >= 3) {  // time enough to ask again before the wait is over
          const right = await attempt(PASSWORD);
          assert.equal(right.status, 429, 'during the wait even the right password is refused');
          assert.equal(b.session, undefined);
        }
        waits.push(retry);
        await sleep(retry * 1000 + 50);
      }
      assert.equal(failures, 7, 'the eighth failure locks the account');
      assert.ok(lock.retry > 890 && lock.retry <= 900, `locked for 15 minutes (${lock.retry} s)`);
      assert.ok(waits.length >= 3 && waits.every((w, i) => i === 0 || w >= waits[i - 1]), `the wait grows: ${waits}`);
      assert.ok(waits[0] <= 2 && waits.at(-1) >= 14, `from a second or two to sixteen: ${waits}`);

      const right = await attempt(PASSWORD);
      assert.equal(right.status, 429, 'a locked account refuses the right password');
      assert.ok(Number(right.res.headers.get('retry-after')) > 800);
      assert.equal(b.session, undefined);

      const admin = new Browser(server.base);
      await admin.signIn('admin@clusterpolisee.example');  // other accounts from the same address still sign in
      const html = (await admin.get('/en/admin/users')).html;
      const id = new RegExp(`href="/en/admin/users/(\\d+)"[^>]*>[^<]*</a></td>\\s*<td[^>]*>${escapeRe(victim)}</td>`).exec(html)[1];
      const audit = auditRows((await admin.get('/en/admin/audit?action=login.')).html);
      const locked = audit.filter((e) => e.action === 'login.locked');
      assert.equal(locked.length, 1, 'one login.locked entry');
      assert.equal(locked[0].target, `user:${id}`);
      assert.equal(locked[0].detail, 'account, 8 failures');
      assert.equal(locked[0].client, '127.0.0.1');
      assert.equal(audit.filter((e) => e.action === 'login.failed' && e.target === `user:${id}`).length, 8, 'every counted failure is audited');
      assert.ok(!audit.some((e) => e.action === 'login.succeeded' && e.actor === victim));

      // Whoever can open a reset link is the owner: the new password lifts the lock.
      const link = run(['user', 'reset-password', '--email', victim, '--data-dir', server.dataDir, '--database', server.url]);
      assert.equal(link.status, 0, link.stderr);
      const token = /token=([A-Za-z0-9_-]{43})/.exec(link.stdout)[1];
      assert.equal((await b.get(`/en/password-reset?token=${token}`)).status, 200);
      const reset = await b.post('/en/password-reset/new', { token, password: 'hornad valley mornings', password_again: 'hornad valley mornings' });
      assert.equal(reset.status, 303);
      await new Browser(server.base).signIn(victim, 'hornad valley mornings');
    });

    test('many failed sign-ins from one address slow down every account signing in from it', async () => {
      const own = await startServer();
      try {
        const b = new Browser(own.base);
        await b.get('/en/login');
        const good = new Browser(own.base);
        await good.get('/en/login');
        let failures = 0;
        let blocked;
        for (let i = 0; !blocked; i++) {
          const r = await b.post('/en/login', { email: `sprayed${i}@example.org`, password: 'a guess 2026' });
          if (r.status === 401) failures += 1;
          else assert.equal(r.status, 429);
          const ok = await good.post('/en/login', { email: 'admin@clusterpolisee.example', password: PASSWORD, next: '' });
          if (ok.status === 429) blocked = ok;
          else {
            assert.equal(ok.status, 303, `the right password works while the address has ${failures} failures`);
            good.cookies.delete('cps_session');
          }
          assert.ok(failures <= 30, 'the address is slowed down well before it is locked');
        }
        assert.ok(failures >= 15, `not before fifteen failures from the address (${failures})`);
        assert.ok(Number(blocked.res.headers.get('retry-after')) >= 1);
        assert.match(blocked.html, /Too many failed attempts/);
      } finally {
        const { code } = await own.stop();
        assert.equal(code, 0);
      }
    });

    test('behind a TLS proxy, throttling counts the address the proxy forwards, not the proxy', async () => {
      const own = await startServer({ extraArgs: ['--behind-tls-proxy', 'yes'] });
      try {
        const b = new Browser(own.base);
        await b.get('/en/login');
        const from = (address) => ({ headers: { 'X-Forwarded-For': `203.0.113.9, ${address}` } });
        let blocked = false;
        for (let i = 0; i < 30 && !blocked; i++) {
          const r = await b.post('/en/login', { email: `sprayed${i}@example.org`, password: 'a guess 2026' }, from('198.51.100.7'));
          blocked = r.status === 429;
        }
        assert.ok(blocked, 'the spraying address is slowed down');
        // Another client behind the same proxy is not.
        const other = await b.post('/en/login', { email: 'admin@clusterpolisee.example', password: PASSWORD, next: '' }, from('198.51.100.8'));
        assert.equal(other.status, 303);
      } finally {
        const { code } = await own.stop();
        assert.equal(code, 0);
      }
    });

    test('behind a TLS proxy, X-Forwarded-For from a peer that is not a trusted proxy proves nothing', async () => {
      // The tests reach the server from 127.0.0.1; here only another address is a proxy.
      const own = await startServer({ extraArgs: ['--behind-tls-proxy', 'yes', '--trusted-proxies', '192.0.2.10, 10.0.0.0/8'] });
      try {
        const b = new Browser(own.base);
        await b.get('/en/login');
        const from = (address) => ({ headers: { 'X-Forwarded-For': address } });
        let blocked = false;
        for (let i = 0; i < 30 && !blocked; i++) {
          // A sprayer that names a new address each time is still one client.
          const r = await b.post('/en/login', { email: `sprayed${i}@example.org`, password: 'a guess 2026' }, from(`198.51.100.${i + 1}`));
          blocked = r.status === 429;
        }
        assert.ok(blocked, 'changing the header does not escape the throttle');
        const other = await b.post('/en/login', { email: 'admin@clusterpolisee.example', password: PASSWORD, next: '' }, from('198.51.100.200'));
        assert.equal(other.status, 429, 'the same peer, whatever it claims');
      } finally {
        const { code } = await own.stop();
        assert.equal(code, 0);
      }
    });

    test('a trusted_proxies entry that is not an address stops the server with a message', () => {
      const r = run(['serve', '--database', 'sqlite::memory:', '--trusted-proxies', '127.0.0.1, proxy.example']);
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /trusted_proxies.*proxy\.example/);
    });

    test('behind a TLS proxy every cookie is Secure and HSTS is sent', async () => {
      const own = await startServer({ extraArgs: ['--behind-tls-proxy', 'yes'] });
      try {
        const b = new Browser(own.base);
        const form = await b.get('/en/login');
        assert.match(form.res.headers.get('strict-transport-security'), /max-age=\d{7,}/);
        const formCookie = form.res.headers.getSetCookie().find((c) => c.startsWith('cps_form='));
        assert.match(formCookie, /; HttpOnly; SameSite=Lax; Secure$/);
        const signedIn = await b.post('/en/login', { email: 'admin@clusterpolisee.example', password: PASSWORD, next: '' });
        assert.equal(signedIn.status, 303);
        assert.match(signedIn.res.headers.getSetCookie().find((c) => c.startsWith('cps_session=')), /; HttpOnly; SameSite=Lax; Secure$/);
        await b.get('/en/account');
        const out = await b.post('/en/logout');
        assert.match(out.res.headers.getSetCookie().find((c) => c.startsWith('cps_session=')), /Max-Age=0; Secure$/);
      } finally {
        const { code } = await own.stop();
        assert.equal(code, 0);
      }
    });
  });
});
