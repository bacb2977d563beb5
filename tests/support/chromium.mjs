// The browser tier's setting: a started server with real headless Chromium next to it, and
// pages that record what goes wrong in them (console errors, uncaught exceptions).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

// { server, browser }: the folder for screenshots `shots` made, a server started with
// `serverOptions` (see startServer) and headless Chromium (CPS_CHROMIUM, else the system's).
export async function startSite(shots, serverOptions) {
  mkdirSync(shots, { recursive: true });
  const server = await startServer(serverOptions);
  try {
    const browser = await chromium.launch({ executablePath: process.env.CPS_CHROMIUM ?? '/usr/bin/chromium', headless: true });
    if (!screenshotsWanted()) skipScreenshots(browser);
    return { server, browser };
  } catch (e) {
    await server.stop();  // nothing else holds it to stop it later
    throw e;
  }
}

// Screenshots are for people to look at (tests/browser/screenshots/); a full-page one of a long
// page takes longer than the checks beside it. CPS_SCREENSHOTS=0 (what tools/test sets unless
// told otherwise) leaves them out; the checks run the same either way.
function screenshotsWanted() {
  return (process.env.CPS_SCREENSHOTS ?? '1') !== '0';
}

function skipScreenshots(browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    const newPage = context.newPage.bind(context);
    context.newPage = async (...pageArgs) => {
      const page = await newPage(...pageArgs);
      page.screenshot = async () => Buffer.alloc(0);
      return page;
    };
    return context;
  };
}

// Closes what startSite opened, the browser first; either may be missing when it failed.
export async function stopSite({ server, browser }) {
  await browser?.close();
  await server?.stop();
}

// { page, problems }: a new page of `context`, `problems` collecting its console errors and
// uncaught exceptions as they happen.
export async function recordingPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return { page, problems };
}

// { context, page, response, problems }: `url` of `server` opened in a new context of `browser`
// made with `contextOptions`, once the page reached `waitUntil` ('load', 'networkidle', ...).
export async function openRecorded(browser, server, url, contextOptions, waitUntil) {
  const context = await browser.newContext(contextOptions);
  const { page, problems } = await recordingPage(context);
  const response = await page.goto(server.base + url, { waitUntil });
  return { context, page, response, problems };
}

// Fails, naming each rule and element, when axe finds any WCAG 2.1 A/AA violation on the page.
export async function assertAxeClean(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], label);
}

// axe needs JavaScript, which a page under test without it does not run (the scan would wait
// forever): the page as it was served is shown again, at its own address, in a context with
// JavaScript — its styles and images come from the server as before — and scanned there.
export async function assertAxeCleanWithoutScripts(browser, page, label) {
  const html = await page.content();
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route(page.url(), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await copy.goto(page.url(), { waitUntil: 'load' });
    await assertAxeClean(copy, label);
  } finally {
    await context.close();
  }
}
