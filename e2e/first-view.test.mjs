// The first view drawn at build time (crates/core/src/first_view.rs): the charts at the first paint, before any
// script; the app taking the page over without a jump; no flash of the default view for a link that asks for
// another; and a useful page where no script or no WebAssembly runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chartDrawn, harness } from './harness.mjs';
import { openPage } from './browser.mjs';

const app = harness();

// Holds the start-up wasm (and the classic fallback) back until `release` is called, so that a test can look at
// the page as it is before the app runs.
async function holdTheApp(context) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await context.route(/(_bg\.wasm|pko-explorer-classic\.js)$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

// Sums the layout shifts the page reports, from its start (the observer is buffered). The hand-over itself removes
// one tree and reveals another, which is no shift to the browser: the box comparisons check it.
async function recordLayoutShifts(context) {
  await context.addInitScript(() => {
    window.layoutShift = 0;
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.layoutShift += entry.value;
        // What moved, for the message of a failing test.
        const moved = entry.sources.map((source) => `${source.node?.nodeName}.${source.node?.className} ${JSON.stringify(source.previousRect)} → ${JSON.stringify(source.currentRect)}`);
        window.layoutShifts.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const untilTheAppRuns = (page) =>
  page.waitForFunction(() => window.pkoExplorer && !document.querySelector('.first-view') && document.querySelector('#sources'));

// The page boxes a reader sees first, by a selector that finds each in the first view and in the app alike.
const BOXES = ['h1', '.lede', '.key-facts', '.summary-bar', '#app .panel:nth-of-type(1)', '#app .panel:nth-of-type(2)', '.charts > .panel:nth-child(3)', '.charts > .panel:nth-child(4)'];
const boxes = (page) =>
  page.evaluate((selectors) => {
    const visible = (element) => element.getClientRects().length > 0;
    return Object.fromEntries(
      selectors.map((selector) => {
        const element = [...document.querySelectorAll(selector)].find(visible);
        const box = element?.getBoundingClientRect();
        return [selector, box && { top: Math.round(box.top), height: Math.round(box.height), width: Math.round(box.width) }];
      }),
    );
  }, BOXES);

test('the served page holds the first view: the four charts at two widths, the summary and the tables', async () => {
  const html = await (await fetch(`${app.server.url}/`)).text();
  assert.equal(html.match(/<svg class="first-chart /g)?.length, 8, 'four charts, at two widths');
  assert.match(html, /<p class="summary" id="summary">25 missions, 12,451 personnel sent<\/p>/);
  assert.equal(html.match(/class="table-wrap first-view-table"/g)?.length, 4);
  assert.doesNotMatch(html, / style="/);
});

test('without JavaScript the charts, the tables and a note on what needs scripts are the page', async () => {
  const { page, context } = await openPage(app.browser, { javaScriptEnabled: false });
  await page.goto(`${app.server.url}/`);
  for (const title of ["China's share of the UN peacekeeping budget", 'Personnel by region', 'Participation timeline', 'Personnel per mission']) {
    const chart = page.getByRole('img', { name: title });
    assert.equal(await chart.count(), 1, `one ${title} chart in the accessibility tree`);
    const box = await chart.boundingBox();
    assert.ok(box && box.height > 150 && box.width > 500, `${title}: ${JSON.stringify(box)}`);
  }
  assert.equal(await page.locator('.first-view-table:visible').count(), 4);
  // Every row: the paper's 3 budget shares, 5 regions, 25 missions and 27 events on the timeline, 25 missions.
  assert.equal(await page.locator('.first-view-table:visible tbody tr').count(), 3 + 5 + 25 + 27 + 25);
  assert.match(await page.locator('.first-view-note').textContent(), /need JavaScript and a browser with WebAssembly \(in a frame, a sandbox that allows scripts\)\./);
  // Controls that would do nothing are not shown; nor is the loading line.
  assert.equal(await page.locator('.filters').isVisible(), false);
  assert.equal(await page.locator('.header-tools').isVisible(), false);
  assert.equal(await page.locator('.first-view .status').isVisible(), false);
  await context.close();
});

test('in a system in dark mode the first view is drawn in the dark palette, as the app will draw it', async () => {
  const { page, context } = await openPage(app.browser, { colorScheme: 'dark', javaScriptEnabled: false });
  await page.goto(`${app.server.url}/`);
  const background = () => page.$eval('.first-chart.wide rect', (rect) => getComputedStyle(rect).fill);
  assert.equal(await background(), 'rgb(21, 24, 28)', "the dark theme's background (chart::theme::DARK)");
  await context.close();
});

test('without WebAssembly the first view stays, with its tables, and the status says why', async () => {
  const { page, problems, context } = await openPage(app.browser);
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto(`${app.server.url}/`);
  const status = page.locator('#app .status');
  await status.filter({ hasText: 'needs a browser with WebAssembly' }).waitFor();
  assert.equal(await page.getByRole('img', { name: 'Personnel by region' }).isVisible(), true);
  assert.equal(await page.locator('.first-view-table:visible').count(), 4);
  assert.equal(await page.locator('.first-view-note').isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

// The charts are drawn for a 1280 px window and a 375 px phone (first_view::CHART_WIDTHS): there every box matches.
// At other widths a chart's drawing is scaled into its box or left at its width, at the same height, except where
// the app's chart wraps its legend onto another line than the drawing's (a phone's timeline, far below the first
// screen): there the boxes on the first screen match, and a chart below it may differ by a line.
for (const { width, height, mobile, drawn } of [
  { width: 1280, height: 800, drawn: true },
  { width: 375, height: 667, mobile: true, drawn: true },
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 412, height: 915, mobile: true },
  { width: 320, height: 640, mobile: true },
]) {
  test(`at ${width} px the app takes over the first view's boxes, at the same places and sizes`, async () => {
    const options = { viewport: { width, height }, ...(mobile ? { isMobile: true, hasTouch: true } : {}) };
    const { page, problems, context } = await openPage(app.browser, options);
    const release = await holdTheApp(context);
    await page.goto(`${app.server.url}/`);
    assert.equal(await page.locator('.first-view').count(), 1);
    assert.equal(await page.getByRole('img', { name: 'Personnel by region' }).isVisible(), true, 'the charts before the app');
    const before = await boxes(page);
    release();
    await untilTheAppRuns(page);
    const after = await boxes(page);
    for (const selector of BOXES) {
      assert.ok(before[selector] && after[selector], `${selector}: ${JSON.stringify([before[selector], after[selector]])}`);
      if (!drawn && before[selector].top >= height) continue;
      for (const side of ['top', 'height', 'width']) {
        assert.ok(Math.abs(before[selector][side] - after[selector][side]) <= 2, `${selector} ${side}: ${before[selector][side]} then ${after[selector][side]}`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
  { width: 320, height: 640 },
]) {
  test(`at ${width} px the page shifts by at most 0.05 (cumulative layout shift) from its first paint until the app runs`, async () => {
    const { page, problems, context } = await openPage(app.browser, { viewport: { width, height } });
    await recordLayoutShifts(context);
    await page.goto(`${app.server.url}/`);
    await untilTheAppRuns(page);
    await page.waitForTimeout(500);
    const [shift, shifts] = await page.evaluate(() => [window.layoutShift, window.layoutShifts]);
    assert.ok(shift <= 0.05, `layout shift ${shift}:\n${shifts.join('\n')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a reader who has scrolled the first view to a long chart sees it drawn when the app takes over, never an empty box', async () => {
  const { page, problems, context } = await openPage(app.browser, { viewport: { width: 1280, height: 900 } });
  const release = await holdTheApp(context);
  await page.goto(`${app.server.url}/`);
  // The long charts' code is a part fetched when one comes near: the first view waits for it to be drawn.
  await page.evaluate(() => document.querySelector('#chart-personnel').scrollIntoView());
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.first-view')) return;
      window.drawnAtHandOver = performance.getEntriesByName('pko:draw:personnel').length > 0;
      observer.disconnect();
    }).observe(document.querySelector('#app'), { childList: true, subtree: true });
  });
  release();
  await untilTheAppRuns(page);
  assert.equal(await page.evaluate(() => window.drawnAtHandOver), true, 'the personnel chart was drawn when the first view went');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reader who scrolls away from a long chart while its code comes is not kept on the first view', async () => {
  const { page, problems, context } = await openPage(app.browser, { viewport: { width: 1280, height: 900 } });
  const release = await holdTheApp(context);
  let releaseCode;
  const codeReleased = new Promise((resolve) => (releaseCode = resolve));
  await context.route(/\/split_long_charts\.wasm$/, async (route) => {
    await codeReleased;
    await route.continue();
  });
  await page.goto(`${app.server.url}/`);
  await page.evaluate(() => document.querySelector('#chart-personnel').scrollIntoView());
  release();
  await page.waitForSelector('.taking-over .awaiting-code', { state: 'attached' });
  await page.evaluate(() => scrollTo(0, 0));
  // The chart the first view waited for is away now: the app takes over with its code still on the way.
  await untilTheAppRuns(page);
  releaseCode();
  await chartDrawn(page, 'personnel');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the address the app writes for the default view (`?v=1`) shows the first view, as a bookmark or a reload does', async () => {
  const { page, context } = await openPage(app.browser);
  const release = await holdTheApp(context);
  await page.goto(`${app.server.url}/?v=1`);
  assert.equal(await page.locator('.first-view .status').isVisible(), false, 'no loading line');
  assert.equal(await page.getByRole('img', { name: 'Personnel by region' }).isVisible(), true, 'the charts');
  release();
  await untilTheAppRuns(page);
  await context.close();
});

for (const { name, query, options } of [
  { name: 'a filtered link', query: '?region=asia', options: {} },
  { name: 'a link with the version and a filter', query: '?v=1&region=asia', options: {} },
  { name: 'a link in Chinese', query: '?lang=zh', options: {} },
  { name: 'a reader whose browser prefers Japanese', query: '', options: { locale: 'ja-JP' } },
  { name: 'an embed', query: '?embed=1&chart=regions', options: {} },
]) {
  test(`${name} never shows the default view: a loading line until the app has drawn the view asked for`, async () => {
    const { page, problems, context } = await openPage(app.browser, options);
    const release = await holdTheApp(context);
    await page.goto(`${app.server.url}/${query}`);
    assert.equal(await page.locator('.first-view .status').isVisible(), true);
    for (const selector of ['.first-view h1', '.first-view .summary', '.first-view .charts', '.first-view .key-facts']) {
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} is hidden`);
    }
    // An embed's frame takes its height from the page: while it loads, the page is no taller than its loading line.
    if (query.includes('embed')) assert.ok((await page.evaluate(() => document.documentElement.scrollHeight)) <= 900, 'the loading page is short');
    release();
    await page.waitForFunction(() => window.pkoExplorer && !document.querySelector('.first-view') && document.querySelector('canvas'));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// A reader may use the first view's controls before the app has started (for seconds on a slow network): a choice
// of view goes into the address (the control's `data-view`), and the app starts on it (public/first-view.js).
const search = (page) => page.evaluate(() => location.search);

test('a filter used before the app has started is not lost: the address asks for its view, and the app starts on it', async () => {
  const { page, problems, context } = await openPage(app.browser);
  const release = await holdTheApp(context);
  await page.goto(`${app.server.url}/`);
  const firstView = page.locator('.first-view');
  const opacity = () => firstView.locator('.charts').evaluate((charts) => getComputedStyle(charts).opacity);
  const top = () => firstView.locator('.summary').evaluate((summary) => summary.getBoundingClientRect().top);
  const summaryTop = await top();
  // A control that asks for no view (a table) only says that the explorer is loading, over the window's foot.
  await firstView.getByRole('button', { name: 'Table' }).first().click();
  assert.equal(await page.getByRole('status').isVisible(), true, 'the loading line');
  assert.equal(await top(), summaryTop, 'the loading line moves nothing');
  assert.equal(await search(page), '', 'the address is unchanged');
  assert.equal(await opacity(), '1', 'the charts still show the view asked for');
  const africa = firstView.getByRole('button', { name: 'Africa', exact: true });
  await africa.click();
  assert.equal(await search(page), '?v=1&region=africa');
  assert.equal(await africa.getAttribute('aria-pressed'), 'true');
  assert.notEqual(await opacity(), '1', 'the charts dim: they no longer show the view asked for');
  // A second choice cannot be added to the first without the app: the controls rest, and a use that reaches one
  // anyway is undone rather than shown.
  assert.equal(await firstView.getByRole('button', { name: 'Asia', exact: true }).evaluate((button) => button.closest('[inert]') !== null), true, 'the controls rest');
  const pla = firstView.getByRole('checkbox', { name: 'PLA troop missions only' });
  await pla.dispatchEvent('click');
  assert.equal(await pla.isChecked(), false, 'a refused tick is undone');
  assert.equal(await search(page), '?v=1&region=africa');
  release();
  await untilTheAppRuns(page);
  assert.equal(await page.getByRole('button', { name: 'Africa', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.textContent('.summary'), '14 missions in Africa, 8,832 personnel sent (71% of all)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an order chosen before the app has started is the only one shown chosen, and the one it starts on', async () => {
  const { page, problems, context } = await openPage(app.browser);
  const release = await holdTheApp(context);
  await page.goto(`${app.server.url}/`);
  const toolbar = page.locator('.first-view [aria-label="Order and scale"]');
  await toolbar.getByRole('button', { name: 'By name' }).click();
  assert.equal(await search(page), '?v=1&sort=name');
  assert.deepEqual(await toolbar.locator('[aria-pressed="true"]').allTextContents(), ['By name', 'Linear']);
  release();
  await untilTheAppRuns(page);
  assert.equal(await page.getByRole('button', { name: 'By name' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('button', { name: 'By total' }).getAttribute('aria-pressed'), 'false');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, the filters unfold before the app has started, a filter chosen there is kept, and they stay unfolded', async () => {
  const { page, problems, context } = await openPage(app.browser, { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const release = await holdTheApp(context);
  await page.goto(`${app.server.url}/`);
  const asia = page.locator('.first-view').getByRole('button', { name: 'Asia', exact: true });
  assert.equal(await asia.isVisible(), false, 'the filters are folded');
  await page.locator('.first-view .filter-fold').tap();
  assert.equal(await page.locator('.first-view .filter-fold').getAttribute('aria-expanded'), 'true');
  await asia.tap();
  assert.equal(await search(page), '?v=1&region=asia');
  release();
  await untilTheAppRuns(page);
  assert.equal(await page.locator('.filter-fold').getAttribute('aria-expanded'), 'true', 'the filters stay unfolded');
  assert.equal(await page.getByRole('button', { name: 'Asia', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language chosen before the app has started is the one it starts in', async () => {
  const { page, problems, context } = await openPage(app.browser);
  const release = await holdTheApp(context);
  await page.goto(`${app.server.url}/`);
  await page.locator('.first-view select.language').selectOption('zh');
  assert.equal(await search(page), '?v=1&lang=zh');
  release();
  await untilTheAppRuns(page);
  assert.equal(await page.textContent('h1'), '中国与联合国维和行动');
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots: the first view without scripts, wide and on a phone, light and dark', async () => {
  const dir = process.env.SCREENSHOTS_DIR ?? join(import.meta.dirname, 'output');
  await mkdir(dir, { recursive: true });
  for (const [width, colorScheme] of [[1280, 'light'], [375, 'dark']]) {
    const { page, context } = await openPage(app.browser, { viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1, javaScriptEnabled: false });
    await page.goto(`${app.server.url}/`);
    const path = join(dir, `first-view-${width}-${colorScheme}-no-scripts.png`);
    await page.screenshot({ path });
    assert.ok((await stat(path)).size > 20_000, `${path} holds a picture`);
    await context.close();
  }
});
