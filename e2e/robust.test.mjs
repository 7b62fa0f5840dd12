// End-to-end tests of hostile conditions: a strict Content-Security-Policy, hostile links, a forced panic,
// and a long burst of random clicks and resizes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPage, scrollToSources } from './browser.mjs';
import { appRunning, chartDrawn, downloadButton, harness } from './harness.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const app = harness();
const strict = harness({ headers: { 'content-security-policy': STRICT_CSP } });
const openApp = (query, options) => app.openApp(query, options);

/** Opens `query` on a page whose part `part` (a file loaded on first use) cannot be fetched until `reconnect()`. */
async function openWithPartOffline(part, query) {
  const opened = await openPage(app.browser);
  let offline = true;
  await opened.context.route(new RegExp(`/${part}\\.wasm$`), (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await opened.page.goto(`${app.server.url}/${query}`);
  await appRunning(opened.page);
  return { ...opened, reconnect: () => (offline = false) };
}

describe('robustness', () => {
  test('runs under a strict Content-Security-Policy with every request on its own origin', async () => {
    const { page, problems, requests, context } = await strict.openApp('', { acceptDownloads: true });
    await page.getByRole('button', { name: 'Asia', exact: true }).click();
    assert.equal(await page.textContent('.summary'), '5 missions in Asia, 1,146 personnel sent (9% of all)');
    const tooltipShown = await page.$eval('#chart-regions canvas', (canvas) => {
      const box = canvas.getBoundingClientRect();
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 20, clientY: box.top + 20, bubbles: true }));
      return new Promise((done) => requestAnimationFrame(() => done(!document.querySelector('#chart-regions .tooltip').classList.contains('hidden'))));
    });
    assert.ok(tooltipShown, 'the tooltip is placed through the CSSOM, which the policy allows');
    const svg = await downloadButton(page, 'Personnel per mission', 'SVG');
    const [download] = await Promise.all([page.waitForEvent('download'), svg.click()]);
    assert.equal(download.suggestedFilename(), 'pko-explorer-personnel.svg');
    const origin = new URL(strict.server.url).origin;
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')), []);
    assert.deepEqual(problems, [], 'no Content-Security-Policy violation or other error');
    await context.close();
  });

  test('a part loaded on first use that cannot be fetched says so, and Try again loads it', async () => {
    const { page, context, reconnect } = await openWithPartOffline('split_details', '?mission=UNAMSIL');
    const details = page.locator('aside.details');
    const alert = details.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be loaded/);
    // The rest of the app still works.
    await page.getByRole('button', { name: 'Asia', exact: true }).click();
    assert.match(await page.textContent('.summary'), /^5 missions in Asia/);
    // A Try again that fails again keeps the message, and the focus on its button.
    const failedAgain = page.waitForEvent('requestfailed', (request) => /\/split_details\.wasm$/.test(request.url()));
    await alert.getByRole('button', { name: 'Try again' }).click();
    await failedAgain;
    await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))));
    assert.equal(await details.getByRole('alert').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Try again');
    reconnect();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await details.getByRole('heading', { name: /UNAMSIL: United Nations Mission in Sierra Leone/ }).waitFor();
    assert.equal(await details.getByRole('alert').count(), 0);
    await context.close();
  });

  test('a long chart whose drawing code cannot be fetched says so in its panel, and Try again draws it', async () => {
    const { page, context, reconnect } = await openWithPartOffline('split_long_charts', '');
    await page.evaluate(() => document.querySelector('#chart-personnel canvas').scrollIntoView());
    const alert = page.locator('#chart-personnel').getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be loaded/);
    // The charts on screen still answer: a click on a region filters the others.
    await page.getByRole('button', { name: 'Asia', exact: true }).click();
    assert.match(await page.textContent('.summary'), /^5 missions in Asia/);
    reconnect();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('pko:draw:personnel').length > 0);
    assert.equal(await page.locator('#chart-personnel').getByRole('alert').count(), 0);
    await chartDrawn(page, 'timeline');
    await context.close();
  });

  test('a data table that cannot be fetched says so in its panel, and Try again loads it', async () => {
    const { page, context, reconnect } = await openWithPartOffline('split_below', '?region=asia');
    await page.locator('#chart-regions .table-toggle').click();
    const alert = page.locator('#regions-table').getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be loaded/);
    reconnect();
    await alert.getByRole('button', { name: 'Try again' }).click();
    assert.match(await page.locator('#regions-table tr', { hasText: 'Asia' }).textContent(), /5.*1,146.*9%/);
    await context.close();
  });

  test('a Download menu whose part cannot be fetched says so in the menu, and Try again brings its buttons', async () => {
    const { page, context, reconnect } = await openWithPartOffline('split_export', '');
    await page.locator('summary[aria-label="Download Personnel per mission"]').click();
    const menu = page.locator('#chart-personnel .downloads .menu-body');
    const alert = menu.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /could not be loaded/);
    assert.equal(await menu.getByRole('button', { name: /as SVG/ }).count(), 0);
    reconnect();
    await alert.getByRole('button', { name: 'Try again' }).click();
    const svg = menu.getByRole('button', { name: 'Download Personnel per mission as SVG' });
    const [download] = await Promise.all([page.waitForEvent('download'), svg.click()]);
    assert.equal(download.suggestedFilename(), 'pko-explorer-personnel.svg');
    assert.equal(await menu.getByRole('alert').count(), 0);
    await context.close();
  });

  test('a language that cannot be fetched leaves the explorer in English, with a notice', async () => {
    const { page, context } = await openWithPartOffline('split_japanese', '?lang=ja&region=asia');
    const notice = page.locator('.notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /The 日本語 interface could not be loaded, so the explorer is in English/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.textContent('.summary'), '5 missions in Asia, 1,146 personnel sent (9% of all)');
    await context.close();
  });

  // A language change builds the whole interface again. Work that the old interface started and that ends after
  // it (a part arriving, a step put off to the next paint) must not read the old interface's state: in a release
  // build such a read aborts the app. CI once caught this by chance; these tests hold the timing still.
  test('a step put off to the next paint that comes after a language change does not crash the app', async () => {
    const opened = await openPage(app.browser);
    const { page, problems, context } = opened;
    let releaseBelow;
    const belowHeld = new Promise((release) => (releaseBelow = release));
    await context.route(/\/split_below\.wasm$/, async (route) => {
      await belowHeld;
      await route.continue();
    });
    // Animation frames are queued until released, so that what waits for the next paint waits for the test.
    await context.addInitScript(() => {
      const queued = [];
      const request = window.requestAnimationFrame.bind(window);
      window.pkoHoldFrames = false;
      window.pkoReleaseFrames = () => {
        window.pkoHoldFrames = false;
        queued.splice(0).forEach((callback) => request(callback));
      };
      window.requestAnimationFrame = (callback) => (window.pkoHoldFrames ? queued.push(callback) : request(callback));
    });
    await page.goto(`${app.server.url}/?v=1&region=asia`);
    await appRunning(page);
    // Near the sections below the charts, which asks for the part.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => (window.pkoHoldFrames = true));
    releaseBelow();
    // The part is on the page; its step after the next paint is waiting.
    await page.locator('#own-data').waitFor({ state: 'attached' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    // Polled by a timer: Playwright's default polling waits for animation frames, which are held.
    await page.waitForFunction(() => document.documentElement.lang === 'ja', null, { polling: 50 });
    await page.evaluate(() => window.pkoReleaseFrames());
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    assert.equal(await page.textContent('.summary'), 'アジアの5ミッション、延べ1,146人（全体の9%）');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a Download menu whose part arrives after a language change does not crash the app', async () => {
    const opened = await openPage(app.browser, { acceptDownloads: true });
    const { page, problems, context } = opened;
    let releaseExport;
    const exportHeld = new Promise((release) => (releaseExport = release));
    await context.route(/\/split_export\.wasm$/, async (route) => {
      await exportHeld;
      await route.continue();
    });
    await page.goto(`${app.server.url}/?v=1`);
    await appRunning(page);
    // The menu asks for its part, which is held until the page has been built again in Japanese.
    await page.locator('summary[aria-label="Download Personnel per mission"]').click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    releaseExport();
    // The part arrives for a menu that has left the page: nothing breaks, and the new page's menu, still open,
    // shows its buttons and downloads.
    await page.waitForResponse(/\/split_export\.wasm$/);
    const menu = page.locator('#chart-personnel .downloads details');
    if (!(await menu.evaluate((details) => details.open))) await menu.locator('summary').click();
    const svg = menu.locator('button').nth(1);
    const [download] = await Promise.all([page.waitForEvent('download'), svg.click()]);
    assert.equal(download.suggestedFilename(), 'pko-explorer-personnel.svg');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a mission's details whose part arrives after a language change do not crash the app", async () => {
    const { page, problems, context } = await openPage(app.browser);
    let releaseDetails;
    const detailsHeld = new Promise((release) => (releaseDetails = release));
    await context.route(/\/split_details\.wasm$/, async (route) => {
      await detailsHeld;
      await route.continue();
    });
    const requested = page.waitForRequest(/\/split_details\.wasm$/);
    await page.goto(`${app.server.url}/?v=1&mission=UNAMSIL`);
    await appRunning(page);
    // The details ask for their part, which is held until the page has been built again in Japanese: the details
    // that asked have left the page with the owner of their context, and their part's body must not run for them.
    await requested;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    releaseDetails();
    // The new page's details come, in Japanese, and the app goes on.
    await page.locator('aside.details').getByRole('heading', { name: /UNAMSIL/ }).waitFor();
    assert.deepEqual(problems, [], 'no trap from a part run for details that had gone');
    assert.match(await page.textContent('aside.details .close'), /閉じる/);
    await page.locator('aside.details .close').click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('mission'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('hostile links get a notice and a working page', async () => {
    const hostile = [
      '?' + 'region=africa&'.repeat(600) + 'x=' + 'y'.repeat(3000),
      '?region=%E4%B8%AD&mission=%00&sort=%C3%28&scale=log&scale=linear',
      '?v=99&embed=maybe&chart=pie&theme=purple&lang=tlh',
      '?%%%&&&===&region=&category=~~~',
      '?mission=' + encodeURIComponent('<script>alert(1)</script>'),
    ];
    for (const query of hostile) {
      const { page, problems, context } = await openApp(query);
      assert.match(await page.textContent('.notice'), /Ignored/, query.slice(0, 60));
      await page.getByRole('button', { name: 'Europe', exact: true }).click();
      assert.match(await page.textContent('.summary'), /missions? in (Africa and )?Europe/);
      assert.deepEqual(problems, [], query.slice(0, 60));
      await context.close();
    }
  });

  test('a panic shows a clear message with details instead of a blank page', async () => {
    const { page, context } = await openApp('');
    assert.equal(await page.isVisible('#fatal'), false);
    // From a timer, as a panic in an event handler would happen: nothing catches the trap it becomes.
    await page.evaluate(() => setTimeout(() => window.pkoExplorer.exports.panicForDiagnostics()));
    await page.waitForSelector('#fatal', { state: 'visible' });
    assert.match(await page.textContent('#fatal'), /Something went wrong.*Reload the page/s);
    // The release build aborts without formatting the panic, so the details are the trap and its stack.
    assert.match(await page.textContent('#fatal-details'), /RuntimeError: unreachable[^]*wasm-function/);
    assert.equal(await page.getByRole('link', { name: 'Reload the page' }).count(), 1);
    assert.equal(await page.locator('canvas').count(), 4, 'what was on screen stays');
    await context.close();
  });

  test('10,000 random clicks and resizes leave the app responsive, error-free and without memory growth', async () => {
    const { page, problems, context } = await openApp('');
    const memory = () => page.evaluate(() => window.pkoExplorer.memory.buffer.byteLength);
    // A warm-up round first, so one-time allocations do not count as growth.
    const burst = (clicks, seed) =>
      page.evaluate(
        async ({ clicks, seed }) => {
          let state = seed;
          const random = (n) => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return state % n;
          };
          const buttons = [...document.querySelectorAll('.filters button, .toolbar button, .filters input')];
          const canvases = [...document.querySelectorAll('canvas')];
          for (let i = 0; i < clicks; i++) {
            if (random(3) === 0) {
              const canvas = canvases[random(canvases.length)];
              const box = canvas.getBoundingClientRect();
              const point = { clientX: box.left + random(Math.max(1, box.width)), clientY: box.top + random(Math.max(1, box.height)), bubbles: true };
              canvas.dispatchEvent(new MouseEvent('mousemove', point));
              canvas.dispatchEvent(new MouseEvent('click', point));
            } else {
              buttons[random(buttons.length)].click();
            }
            if (document.querySelector('aside.details:not([hidden])') && random(2) === 0) {
              document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            }
            if (i % 100 === 99) await new Promise((done) => requestAnimationFrame(done));
          }
        },
        { clicks, seed },
      );
    await burst(1_000, 7);
    const before = await memory();
    for (let round = 0; round < 9; round++) {
      await burst(1_000, 100 + round);
      await page.setViewportSize({ width: 320 + ((round * 397) % 1600), height: 500 + ((round * 211) % 700) });
    }
    const afterBursts = await memory();
    assert.ok(afterBursts - before <= 4 * 1024 * 1024, `wasm memory grew by ${afterBursts - before} bytes (bound: 4 MiB)`);
    const timing = await page.evaluate(() => performance.getEntriesByName('pko:input').length + performance.getEntriesByName('pko:redraw').length);
    assert.ok(timing <= 8, `the performance timeline keeps only the latest input's entries (${timing})`);
    await page.getByRole('button', { name: 'Clear filters' }).click({ force: true }).catch(() => {});
    await page.evaluate(() => document.querySelector('.clear')?.click());
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Americas', exact: true }).click();
    assert.match(await page.textContent('.summary'), /Americas/, 'still responsive');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a reader loads their own CSV, every problem is listed, and the paper\'s data comes back', async () => {
    const { page, problems, context } = await openApp('', { acceptDownloads: true });
    const paperCsv = await readFile(resolve(import.meta.dirname, '../data/missions.csv'), 'utf8');
    const [header, ...rows] = paperCsv.trim().split('\n');
    // Your own data loads when a reader comes near it.
    await scrollToSources(page);
    const picker = page.locator('#own-data input[type=file]');
    // Reading a file is asynchronous: wait until the page speaks of the file just given.
    const settled = (selector, name) =>
      page.waitForFunction(([selector, name]) => document.querySelector(selector)?.textContent.includes(name), [selector, name]);
    const load = (name, contents) => picker.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(contents) });
    const paperSummary = '25 missions, 12,451 personnel sent';

    const rejected = [
      ['columns.csv', 'name,count\nUNMIL,4059\n', /columns\.csv line 1: the header should be `acronym,predecessor/],
      // A spreadsheet's `April 1990` is read as a month (see crates/data/src/dates.rs); a season is not.
      ['dates.csv', [header, rows[1].replace('1990-04', 'Spring 1990')].join('\n'), /dates\.csv line 2, column china_start: `Spring 1990` is not a month written YYYY-MM/],
      ['negative.csv', [header, rows[1].replace(',0,89,0,0,', ',0,-89,0,0,')].join('\n'), /negative\.csv line 2, column military_observers: `-89` is negative/],
    ];
    for (const [name, contents, expected] of rejected) {
      await load(name, contents);
      await settled('.own-problems', name);
      assert.match(await page.textContent('.own-problems'), expected);
      assert.equal(await page.textContent('.summary'), paperSummary, 'the current data stays on screen');
    }
    await picker.setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]) });
    await settled('.own-problems', 'photo.csv');
    assert.match(await page.textContent('.own-problems'), /photo\.csv is not a UTF-8 text file/);
    const huge = join(tmpdir(), `pko-huge-${process.pid}.csv`);
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    await picker.setInputFiles(huge);
    await rm(huge);
    await settled('.own-problems', 'pko-huge-');
    assert.match(await page.textContent('.own-problems'), /pko-huge-\d+\.csv is 52\.4 MB: files of up to 1 MB can be loaded/);
    assert.equal(await page.textContent('.summary'), paperSummary);

    const africa = [header, ...rows.filter((row) => row.includes(',Africa,'))].join('\n');
    await load('africa.csv', africa);
    await settled('.own-status', 'africa.csv');
    assert.match(await page.textContent('.own-status'), /Showing your data from africa\.csv: 14 missions/);
    assert.equal(await page.textContent('.summary'), '14 missions, 8,832 personnel sent');
    await page.locator('.own-banner').waitFor();
    // An image of the reader's file, and its rows, name the file as their source, not the paper.
    const [image] = await Promise.all([
      page.waitForEvent('download'),
      (await downloadButton(page, 'Personnel per mission', 'SVG')).click(),
    ]);
    const svg = await readFile(await image.path(), 'utf8');
    assert.match(svg, /Source: your own file · PKO Explorer/);
    assert.doesNotMatch(svg, /Matsuda/);
    const [ownRows] = await Promise.all([
      page.waitForEvent('download'),
      (await downloadButton(page, 'Personnel per mission', 'CSV')).click(),
    ]);
    const csv = await readFile(await ownRows.path(), 'utf8');
    assert.deepEqual(csv.split('\n').slice(0, 3), ['\uFEFF#,Source: your own file.', '#,"View: 14 missions, 8,832 personnel sent"', 'acronym,predecessor,name,host,region,table,un_start,china_start,china_end,civilian,military_observers,troops,civilian_police,note'], 'no link, which would open the paper');
    await page.keyboard.press('Escape');
    // A citation's link opens the paper's data, and its words say the view of the paper's data that it opens.
    await page.locator('.share-menus summary', { hasText: 'Cite' }).click();
    const apa = await page.getByRole('textbox', { name: 'APA' }).inputValue();
    assert.match(apa, /China in UN peacekeeping: 25 missions, 12,451 personnel sent \[Interactive chart\]/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to the paper\'s data' }).click();
    assert.equal(await page.textContent('.summary'), paperSummary);
    assert.equal(await page.isVisible('.own-banner'), false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
