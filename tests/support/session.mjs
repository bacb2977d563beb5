// Signing in through the real login form, as a browser does, for tests that act as a person.
import { PASSWORD, formToken } from './browser.mjs';

export const demoPassword = PASSWORD;

function cookieOf(res, name) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return undefined;
}

// Signs in with the login form; returns the session cookie, its form token and a fetch that
// sends the cookie. Throws when the sign-in fails.
export async function signIn(base, email, password = demoPassword, lang = 'en') {
  const page = await fetch(`${base}/${lang}/login`);
  const form = cookieOf(page, 'cps_form');
  const csrf = formToken(await page.text());
  const res = await fetch(`${base}/${lang}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `cps_form=${form}` },
    body: new URLSearchParams({ csrf, email, password, next: `/${lang}/account` }),
  });
  const session = cookieOf(res, 'cps_session');
  if (res.status !== 303 || !session) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  const cookie = `cps_session=${session}`;
  const account = await fetch(`${base}/${lang}/account`, { headers: { Cookie: cookie } });
  const token = formToken(await account.text());
  return {
    cookie,
    csrf: token,
    fetch: (path, init = {}) =>
      fetch(base + path, { redirect: 'manual', ...init, headers: { Cookie: cookie, ...(init.headers ?? {}) } }),
  };
}

// Creates an API token for a signed-in session; returns { id, secret }.
export async function createToken(session, name = 'tests', scope = 'write') {
  const res = await session.fetch('/api/v1/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
    body: JSON.stringify({ name, scope }),
  });
  if (res.status !== 201) throw new Error(`token creation failed: ${res.status} ${await res.text()}`);
  return res.json();
}
