// An item's machine translation in real headless Chromium: a signed-in reader of a Serbian
// item asks for it by keyboard, without JavaScript; the page then shows it labelled in each UI
// language at desktop and phone widths, and passes axe (WCAG 2.1 AA) in both states (the offer
// and the translation). Skipped where apertium is not installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, stopSite, recordingPage, assertAxeClean } from '../support/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.join(here, 'screenshots');
const PASSWORD = 'cluster-policy-2026';
const READER = 'cristian.lupu@valea-sucevei-wood-cluster.example';  // a stakeholder
const LABELS = {
  en: 'Machine translation from Serbian — may contain errors; read the original.',
  ro: 'Traducere automată din sârbă — poate conține erori; citiți originalul.',
  sq: 'Përkthim automatik (origjinali: serbisht) — mund të ketë gabime; lexoni origjinalin.',
  hu: 'Gépi fordítás szerb nyelvből — hibákat tartalmazhat; olvassa el az eredetit.',
  el: 'Αυτόματη μετάφραση από τα σερβικά — μπορεί να περιέχει λάθη· διαβάστε το πρωτότυπο.',
};

let server;
let browser;
let item;  // a published Serbian item without an English version
before(async () => {
  ({ server, browser } = await startSite(shots));
  const list = await (await fetch(`${server.base}/api/v1/knowledge?lang=sr&limit=100`)).json();
  const { id } = list.items.find((i) => i.slug === 'rs-program-podrske-razvoju-klastera');
  item = await (await fetch(`${server.base}/api/v1/knowledge/${id}`)).json();
});
after(() => stopSite({ server, browser }));

async function shoot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(shots, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a reader asks for the machine translation by keyboard without JavaScript; it is shown labelled in every UI language', async (t) => {
  if (!item.machine_translation_languages.includes('en')) return t.skip('apertium is not installed');
  // Without JavaScript: the form is a plain POST with the visit's form token.
  const nojs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const { page, problems } = await recordingPage(nojs);
  await page.goto(`${server.base}/en/login`);
  await page.fill('#login-email', READER);
  await page.fill('#login-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  // axe runs in the page, so the scans and screenshots take a second window of the same
  // visit with JavaScript on.
  const js = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState: await nojs.storageState() });
  const seen = await recordingPage(js);

  await page.goto(`${server.base}/en/knowledge/${item.id}`);
  const offer = page.locator('#machine-translation button[type=submit]');
  assert.equal(await offer.textContent(), 'Machine translation into English');
  await seen.page.goto(`${server.base}/en/knowledge/${item.id}`);
  await assertAxeClean(seen.page, 'the offer');
  await shoot(seen.page, 'knowledge-item-machine-offer-en');
  await offer.focus();
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).hash, '#machine-translation');

  for (const [lang, label] of Object.entries(LABELS)) {
    const res = await seen.page.goto(`${server.base}/${lang}/knowledge/${item.id}`);
    assert.equal(res.status(), 200);
    const box = seen.page.locator('#machine-translation');
    assert.equal((await box.locator('.machine-translation__label strong').textContent()).trim(), label, lang);
    assert.equal(await box.locator('div[lang=en]').count(), 1);
    assert.ok((await box.locator('.machine-translation__title').textContent()).length > 5);
    // The original stays the page's text: its heading in Serbian.
    assert.equal(await seen.page.locator('h1').getAttribute('lang'), 'sr');
    assert.equal(await box.locator('form').count(), 0, 'not offered again');
    await assertAxeClean(seen.page, `the machine translation in ${lang}`);
    await shoot(seen.page, `knowledge-item-machine-translation-${lang}`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(seen.problems, []);
  await js.close();
  await nojs.close();
});
