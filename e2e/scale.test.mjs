// End-to-end tests of scale (issue #20): the largest file the app accepts, 2,000 missions, at a device pixel ratio of
// 3: every canvas within every engine's limits at any width, a page of bounded height, the rows left out said in
// words, paging, and data tables of bounded length.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { harness } from './harness.mjs';
import { scrollToSources } from './browser.mjs';
import { generatedMissions } from './generated.mjs';

const app = harness();
const MAX_PIXELS = 16_777_216;
const MAX_SIDE = 32_767;

/** Two frames: a resize or a click is drawn by then. */
const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));

/**
 * The bitmap of every canvas on the page, with the panel it is in, each chart brought on screen first: a chart away
 * from the screen is drawn (and sized) when it comes near (ui/canvas.rs), so what counts is its bitmap then.
 */
async function bitmaps(page) {
  for (const canvas of await page.locator('canvas:not(.overlay)').all()) {
    await canvas.scrollIntoViewIfNeeded();
    await settle(page);
  }
  return page.$$eval('canvas', (canvases) => canvases.map((canvas) => ({ panel: canvas.closest('section')?.id, width: canvas.width, height: canvas.height })));
}

function assertWithinLimits(found, where) {
  assert.equal(found.length, 7, `${where}: the four charts, the two monthly ones and the deployed chart's month layer are on the page`);
  for (const { panel, width, height } of found) {
    assert.ok(width > 0 && height > 0, `${where}, ${panel}: drawn`);
    assert.ok(width * height <= MAX_PIXELS, `${where}, ${panel}: ${width} × ${height} = ${width * height} pixels`);
    assert.ok(width <= MAX_SIDE && height <= MAX_SIDE, `${where}, ${panel}: ${width} × ${height}`);
  }
}

/** Loads `contents` as Your own data under `name`, and waits until the charts show it. */
async function loadOwn(page, name, contents, missions) {
  await scrollToSources(page);
  await page.locator('#own-data input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(contents) });
  await page.waitForFunction((missions) => document.querySelector('.summary').textContent.startsWith(`${missions} missions,`), missions);
  await settle(page);
}

describe('2,000 missions', () => {
  test('every canvas fits the limits at a pixel ratio of 3, the page stays short, and the rows page', async () => {
    // Opened on the monthly charts, so that their canvases are on the page too.
    const { page, problems, context } = await app.openApp('#contributions', { deviceScaleFactor: 3 });
    await page.waitForFunction(() => [...document.querySelectorAll('canvas')].filter((canvas) => canvas.width > 0).length >= 7, null, { timeout: 20_000 });
    await settle(page);
    const widths = [375, 1280, 4000];
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const paperHeights = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      paperHeights.push(await height());
    }

    await loadOwn(page, 'generated.csv', generatedMissions(2000), '2,000');
    const shown = (panel) => page.textContent(`#chart-${panel} [data-testid=rows-shown]`);
    assert.equal(await shown('personnel'), 'Missions 1–25 of 2,000; 1,975 not shown.');
    assert.equal(await shown('timeline'), 'Missions 1–25 of 2,000; 1,975 not shown.');
    for (const [index, width] of widths.entries()) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      assertWithinLimits(await bitmaps(page), `${width} px wide`);
      // As many rows as the paper's, a pager under each long chart and the banner of Your own data: far from the
      // tens of thousands of pixels of every row drawn.
      const grown = (await height()) - paperHeights[index];
      assert.ok(grown < 1500, `${width} px wide: the page grew by ${grown} px from the paper's ${paperHeights[index]}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await settle(page);

    // Next shows the next 25 rows, and the table shows the rows of the page.
    const personnel = page.locator('#chart-personnel');
    const before = await personnel.locator('canvas').evaluate((canvas) => canvas.toDataURL());
    assert.equal(await personnel.getByRole('button', { name: 'Previous', exact: true }).getAttribute('aria-disabled'), 'true');
    await personnel.getByRole('button', { name: 'Next', exact: true }).click();
    assert.equal(await shown('personnel'), 'Missions 26–50 of 2,000; 1,975 not shown.');
    await settle(page);
    assert.notEqual(await personnel.locator('canvas').evaluate((canvas) => canvas.toDataURL()), before, 'the next rows are drawn');
    await personnel.locator('.table-toggle').click();
    const rows = personnel.locator('#personnel-table tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 25);
    assert.equal(await page.locator('tbody tr').count() < 200, true, 'no table builds thousands of rows');
    // The timeline pages apart from the personnel chart.
    assert.equal(await shown('timeline'), 'Missions 1–25 of 2,000; 1,975 not shown.');

    // The keyboard pages to the last rows, and the focus stays on Next when there is no next page.
    const next = personnel.getByRole('button', { name: 'Next', exact: true });
    await next.focus();
    for (let press = 0; press < 100 && (await next.getAttribute('aria-disabled')) !== 'true'; press++) await page.keyboard.press('Enter');
    assert.equal(await shown('personnel'), 'Missions 1,976–2,000 of 2,000; 1,975 not shown.');
    assert.equal(await next.evaluate((button) => button === document.activeElement), true, 'the focus stays on Next');
    await page.keyboard.press('Enter');
    assert.equal(await shown('personnel'), 'Missions 1,976–2,000 of 2,000; 1,975 not shown.', 'Next does nothing on the last page');

    // Another filter starts again at the first rows; the summary counts every mission.
    await page.getByRole('button', { name: 'Africa', exact: true }).click();
    assert.match(await page.textContent('.summary'), /^\d[\d,]* missions in Africa/);
    assert.match(await shown('personnel'), /^Missions 1–25 of [\d,]+; [\d,]+ not shown\.$/);
    assertWithinLimits(await bitmaps(page), 'Africa');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screenshots: the second page of 2,000 missions, wide and on a phone', async () => {
    const dir = process.env.SCREENSHOTS_DIR ?? join(import.meta.dirname, 'output');
    await mkdir(dir, { recursive: true });
    for (const width of [1280, 375]) {
      const { page, problems, context } = await app.openApp('', { viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await loadOwn(page, 'generated.csv', generatedMissions(2000), '2,000');
      const personnel = page.locator('#chart-personnel');
      await personnel.getByRole('button', { name: 'Next', exact: true }).click();
      await personnel.scrollIntoViewIfNeeded();
      await settle(page);
      const path = join(dir, `paging-${width}-light.png`);
      await personnel.screenshot({ path });
      assert.ok((await stat(path)).size > 20_000, `paging-${width}-light.png holds a picture`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
