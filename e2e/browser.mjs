// Starts the system's Chromium headless through Playwright, with the flags these offline machines need, and
// records every console error and page error so a test can assert there were none.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts Chromium; `extraArgs` adds flags (e.g. `--host-resolver-rules` to serve a non-loopback host name). */
export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...extraArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new page whose console errors, page errors and requests are collected. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // An error the page reports without an exception, such as a ResizeObserver loop, reaches no page error event:
  // the page says it on the console, where it is collected like any other.
  await context.addInitScript(() =>
    addEventListener('error', (event) => {
      if (!event.error) console.error(`error event: ${event.message}`);
    }),
  );
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, problems, requests };
}

/**
 * Scrolls to the sections below the charts and waits until they are loaded. Their placeholder is replaced as soon
 * as it comes near, so a locator's scroll can find it detached in the middle of its action: the scroll is a
 * script's, once to bring the sections and once more to land on them.
 */
export async function scrollToSources(page) {
  // Built after the charts' first paint: wait for it, as a locator's action did.
  await page.locator('#sources').first().waitFor({ state: 'attached' });
  await page.evaluate(() => document.querySelector('#sources').scrollIntoView());
  await page.locator('#own-data').waitFor({ state: 'attached' });
  await page.evaluate(() => document.querySelector('#sources').scrollIntoView());
}
