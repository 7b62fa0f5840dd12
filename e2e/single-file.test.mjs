// The single-file build opened from disk (file://) with every network request refused: it must work offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage } from './browser.mjs';

// `cargo xtask test` builds the file and passes its path; run alone, the test expects `cargo xtask single-file`.
const SINGLE_FILE = process.env.SINGLE_FILE ?? '../dist-single/pko-explorer.html';
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('the single HTML file works from file:// with no network', async () => {
  await access(SINGLE_FILE).catch(() => assert.fail(`${SINGLE_FILE} is missing: run cargo xtask single-file`));
  const { page, problems, requests, context } = await openPage(browser);
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(resolve(SINGLE_FILE)).href);
  // The file has the first view of the served page, which the app takes over.
  assert.equal((await readFile(SINGLE_FILE, 'utf8')).match(/<svg class="first-chart /g)?.length, 8, 'the first view drawn in');
  await page.waitForFunction(() => document.querySelectorAll('.charts canvas').length === 4 && !document.querySelector('.first-view'));
  assert.equal(await page.textContent('.summary'), '25 missions, 12,451 personnel sent');
  await page.getByRole('button', { name: 'Americas', exact: true }).click();
  assert.equal(await page.textContent('.summary'), '1 mission in Americas, 916 personnel sent (7% of all)');
  const drawn = await page.$eval('#chart-personnel canvas', (canvas) => {
    const blank = document.createElement('canvas');
    blank.width = canvas.width;
    blank.height = canvas.height;
    return canvas.toDataURL() !== blank.toDataURL();
  });
  assert.ok(drawn, 'the chart is drawn');
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), [], 'no request leaves the file');
  // The file carries the crash notice too: a trap reaching the window shows it.
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  assert.equal(await page.isVisible('#fatal'), true, 'the crash notice appears');
  assert.deepEqual(problems, []);
  await context.close();
});
