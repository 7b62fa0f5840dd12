// What every end-to-end test file needs: the built app served on localhost, a headless Chromium, and a way to
// open the app and wait until it runs.
import { after, before } from 'node:test';
import { resolve } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

export const DIST = resolve(process.env.DIST ?? '../dist');

/**
 * Serves dist/ (with `serverOptions`, see server.mjs) and starts a browser (with `browserArgs`, see
 * browser.mjs) before the file's tests, and stops
 * both after them. `openApp(query, contextOptions, base)` opens the app and waits until its module runs, its
 * charts are on the page and (in the full explorer) the sections below them are built.
 */
export function harness(serverOptions = {}, browserArgs = []) {
  const h = { server: null, browser: null };
  before(async () => {
    h.server = await serve(DIST, serverOptions);
    h.browser = await launch(browserArgs);
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  h.openApp = async (query = '', options = {}, base = null) => {
    const opened = await openPage(h.browser, options);
    await opened.page.goto(`${base ?? h.server.url}/${query}`);
    await appRunning(opened.page);
    return opened;
  };
  return h;
}

/**
 * Waits until the app runs: its charts are on the page, the full explorer has built the sections below them (after
 * the charts' first paint), and the app has taken the place of the first view drawn at build time, whose copies of
 * the panels would otherwise match a test's locators twice. The WebDriver tests (`engines/core.mjs`) wait for the
 * same, in their own client's terms.
 */
export function appRunning(page) {
  return page.waitForFunction(
    () =>
      document.querySelectorAll('canvas').length >= 1 &&
      window.pkoExplorer &&
      (document.querySelector('main.embed') || document.querySelector('#sources')) &&
      !document.querySelector('.first-view'),
  );
}

/**
 * The button of a chart's Download menu that downloads the chart `title` as `format` ('PNG', 'SVG' or 'CSV'), with
 * the menu opened: the buttons are built the first time it opens.
 */
export async function downloadButton(page, title, format) {
  const summary = page.locator(`summary[aria-label="Download ${title}"]`);
  const menu = summary.locator('xpath=..');
  if (!(await menu.evaluate((details) => details.open))) await summary.click();
  const name = format === 'CSV' ? `Download the data of ${title} as CSV` : `Download ${title} as ${format}`;
  return menu.getByRole('button', { name });
}

/**
 * Brings the chart `slug` ('personnel', 'timeline', …) near the screen and waits until it has been drawn: the two
 * long charts are drawn when they first come near, once their code (a part loaded on first use) has come. A key
 * pressed on a chart before it is drawn has no bar to act on.
 */
export async function chartDrawn(page, slug) {
  await page.evaluate((slug) => document.querySelector(`#chart-${slug} canvas`).scrollIntoView({ block: 'nearest' }), slug);
  await page.waitForFunction((slug) => performance.getEntriesByName(`pko:draw:${slug}`).length > 0, slug);
}
