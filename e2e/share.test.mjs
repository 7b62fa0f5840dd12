// End-to-end tests of sharing: permalinks, the embed mode in a sandboxed iframe, downloads and citations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage } from './browser.mjs';
import { downloadButton, harness } from './harness.mjs';

// A course page that embeds one chart the way a learning platform would: a fixed 400 px frame, sandboxed
// without same-origin, and a script that records the frame's resize messages.
const HOST_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,"></head>
<body>
<h1>Week 5: China and UN peacekeeping</h1>
<iframe id="pko" src="/?v=1&embed=1&chart=regions&region=africa" title="PKO Explorer" width="600" height="400"
  sandbox="allow-scripts allow-popups" style="border:0"></iframe>
<script>
  window.heights = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'pko-explorer:resize') window.heights.push(event.data.height);
  });
</script>
</body></html>`;

// The same course page with a sandbox that opens no tab (no allow-popups).
const HOST_PAGE_NO_POPUPS = HOST_PAGE.replace('sandbox="allow-scripts allow-popups"', 'sandbox="allow-scripts"');

const app = harness({
  extraRoutes: {
    '/host.html': ['text/html; charset=utf-8', HOST_PAGE],
    '/host-no-popups.html': ['text/html; charset=utf-8', HOST_PAGE_NO_POPUPS],
  },
});
const openApp = (query) => app.openApp(query, { acceptDownloads: true });

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

describe('sharing', () => {
  test('the embed mode works in a sandboxed 400 px iframe and reports its height', async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(`${app.server.url}/host.html`);
    const frame = page.frameLocator('#pko');
    await frame.locator('canvas').waitFor();
    assert.equal(await frame.locator('canvas').count(), 1, 'one chart');
    assert.equal(await frame.locator('.site-header').count(), 0, 'no other chrome');
    assert.equal(await frame.locator('.summary').textContent(), '14 missions in Africa, 8,832 personnel sent (71% of all)');
    assert.equal(await frame.locator('#regions-title').textContent(), 'Personnel by region');
    assert.match(await frame.locator('.credit').textContent(), /Source: Y\. Matsuda/);
    const link = frame.getByRole('link', { name: 'Open in full explorer' });
    assert.equal(await link.getAttribute('target'), '_blank');
    const href = await link.getAttribute('href');
    assert.match(href, /region=africa/);
    assert.doesNotMatch(href, /embed=1/);
    await page.waitForFunction(() => window.heights.length > 0);
    const heights = await page.evaluate(() => window.heights);
    assert.ok(heights.at(-1) > 300 && heights.at(-1) < 2000, `a plausible height: ${heights}`);
    // The filters work inside the frame, and the reported height follows the content.
    await frame.getByText('Filters (1 on)').click();
    await frame.getByRole('button', { name: 'Asia', exact: true }).click();
    assert.equal(await frame.locator('.summary').textContent(), '19 missions in Africa and Asia, 9,978 personnel sent (80% of all)');
    await page.waitForFunction((count) => window.heights.length > count, heights.length);
    const opened = await page.evaluate(() => window.heights.at(-1));
    assert.ok(opened > heights.at(-1), `the open filters make it taller: ${heights.at(-1)} → ${opened}`);
    // A host that sizes the frame to the messages, as the Embed menu's script does, makes it that tall; closed again,
    // the filters leave less content than the frame holds, and the message says so, so that the host can shrink it.
    await page.evaluate((height) => { document.getElementById('pko').height = String(height); }, opened);
    await frame.getByText('Filters (2 on)').click();
    await page.waitForFunction((opened) => window.heights.at(-1) < opened, opened);
    const content = await frame.locator('body').evaluate((body) => body.getBoundingClientRect().height);
    const reported = await page.evaluate(() => window.heights.at(-1));
    assert.ok(Math.abs(reported - content) <= 1, `the content's ${content} px, reported ${reported}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a framed page's Download menu says its host may block downloads, with the view's address for a new tab", async () => {
    // The host's sandbox has no allow-downloads: a download does nothing, which no browser tells the page. A tab
    // opened from the frame by a link would inherit the sandbox; an address pasted into a new tab does not.
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(`${app.server.url}/host.html`);
    const frame = page.frameLocator('#pko');
    await (await downloadButton(frame, 'Personnel by region', 'PNG')).waitFor();
    const note = frame.locator('.download-note');
    assert.equal(await note.locator('p').textContent(), 'The page around this frame may block downloads. If none starts, open this address in a new tab:');
    const href = new URL(await note.getByRole('textbox', { name: 'Link' }).inputValue());
    assert.equal(href.origin, app.server.url);
    assert.equal(href.searchParams.get('region'), 'africa');
    assert.equal(href.searchParams.get('chart'), 'regions');
    assert.equal(href.searchParams.has('embed'), false);
    assert.deepEqual(problems, []);
    await context.close();
    // A page of its own downloads: its menu has no such note.
    const own = await openApp('');
    await (await downloadButton(own.page, 'Personnel by region', 'PNG')).waitFor();
    assert.equal(await own.page.locator('.download-note').count(), 0);
    // Its buttons stand in one row (the note's menu wraps them over it).
    const tops = await own.page.$$eval('#chart-regions .downloads .menu-body button', (buttons) => buttons.map((button) => button.getBoundingClientRect().top));
    assert.equal(tops.length, 3);
    assert.equal(new Set(tops).size, 1, `one row: ${tops}`);
    assert.deepEqual(own.problems, []);
    await own.context.close();
  });

  test('"Open in full explorer" opens a tab, and where the sandbox opens none, gives the address instead', async () => {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(`${app.server.url}/host.html`);
    let link = page.frameLocator('#pko').getByRole('link', { name: 'Open in full explorer' });
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForURL(/region=africa/);
    assert.equal(new URL(tab.url()).searchParams.has('embed'), false);
    assert.equal(await page.frameLocator('#pko').locator('.download-note').count(), 0);

    await page.goto(`${app.server.url}/host-no-popups.html`);
    link = page.frameLocator('#pko').getByRole('link', { name: 'Open in full explorer' });
    await link.click();
    const note = page.frameLocator('#pko').locator('.credit + .download-note');
    assert.equal(await note.locator('p').textContent(), 'The page around this frame does not let it open a tab. Open this address in a new tab:');
    const href = new URL(await note.getByRole('textbox', { name: 'Link' }).inputValue());
    assert.equal(href.searchParams.get('region'), 'africa');
    assert.equal(href.searchParams.has('embed'), false);
    assert.equal(context.pages().length, 2, 'the course page and the one tab opened before');
    // The browser's own console line about the blocked tab is the only one.
    assert.deepEqual(problems.filter((problem) => !/allow-popups/.test(problem)), []);
    await context.close();
  });

  test('Share gives the permalink of the current view', async () => {
    const { page, problems, context } = await openApp('?v=1&category=police');
    await page.getByRole('button', { name: 'Asia', exact: true }).click();
    await page.locator('summary', { hasText: /^Share$/ }).click();
    const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
    assert.equal(link, `${app.server.url}/?v=1&region=asia&category=police`);
    const reopened = await openApp(new URL(link).search);
    assert.equal(await reopened.page.textContent('.summary'), await page.textContent('.summary'));
    await reopened.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Embed builds an iframe snippet for the chosen chart and size', async () => {
    const { page, problems, context } = await openApp('?v=1&region=europe');
    await page.locator('summary', { hasText: /^Embed$/ }).click();
    await page.getByLabel('Chart').selectOption('timeline');
    await page.getByLabel('Height').selectOption('400');
    const snippet = await page.getByRole('textbox', { name: 'Code' }).inputValue();
    assert.match(snippet, /^<iframe src="[^"]*\?v=1&region=europe&chart=timeline&embed=1" title="Participation timeline \(PKO Explorer\)" width="100%" height="400" style="border:0" loading="lazy" allow="clipboard-write"><\/iframe>$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the Embed code's own height shows the whole chart on a host page without the resize script", async () => {
    const { page, problems, context } = await openApp('');
    await page.locator('summary', { hasText: /^Embed$/ }).click();
    // The paper's charts are measured on the page; the monthly charts, not loaded here, sized from their own height.
    for (const chart of ['timeline', 'deployed']) {
      await page.getByLabel('Chart').selectOption(chart);
      const snippet = await page.getByRole('textbox', { name: 'Code' }).inputValue();
      const height = Number(/ height="(\d+)"/.exec(snippet)?.[1]);
      assert.ok(height > 600, `${chart}: taller than the old default: ${snippet}`);
      const host = await context.newPage();
      await host.setViewportSize({ width: 1000, height: 800 });
      await host.setContent(`<!DOCTYPE html><main style="width:560px">${snippet.replace(' loading="lazy"', '')}</main>`);
      const frame = host.frames()[1];
      await frame.waitForFunction((slug) => document.querySelector(`#chart-${slug} canvas`)?.width > 0, chart, {
        timeout: 20_000,
      });
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(content <= height, `${chart}: the embed needs ${content} px, the code gives ${height}`);
      await host.close();
    }
    // The height follows the view: with the missions in Europe only, the personnel chart is far shorter.
    const heightOf = async () =>
      Number(/ height="(\d+)"/.exec(await page.getByRole('textbox', { name: 'Code' }).inputValue())?.[1]);
    await page.getByLabel('Chart').selectOption('personnel');
    const all = await heightOf();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Europe', exact: true }).click();
    await page.locator('summary', { hasText: /^Embed$/ }).click();
    await page.waitForFunction(
      (before) => Number(/ height="(\d+)"/.exec(document.querySelector('textarea[aria-label="Code"]')?.value)?.[1]) < before - 200,
      all,
    );
    assert.ok((await heightOf()) > 400, 'still the whole chart');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a downloaded image names its source in the language shown', async () => {
    const { page, problems, context } = await openApp('?lang=ja');
    await page.locator('#chart-regions .downloads summary').click();
    const svg = await downloaded(page, () => page.locator('#chart-regions .downloads button', { hasText: 'SVG' }).click());
    assert.match(svg.text, /出典：松田康博「China.{1,6}s UN Peacekeeping Operations Policy」の表1–2と本文 · PKO Explorer/);
    assert.doesNotMatch(svg.text, /Source:/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Cite gives APA, Chicago and BibTeX with the permalink and the date', async () => {
    const { page, problems, context } = await openApp('?v=1&region=africa');
    await page.locator('summary', { hasText: /^Cite$/ }).click();
    const apa = await page.getByRole('textbox', { name: 'APA' }).inputValue();
    const year = new Date().getFullYear();
    assert.match(apa, new RegExp(`^PKO Explorer\\. \\(${year}\\)\\. China in UN peacekeeping: .*14 missions in Africa`));
    assert.ok(apa.endsWith(`from ${app.server.url}/?v=1&region=africa`), apa);
    assert.match(await page.getByRole('textbox', { name: 'Chicago' }).inputValue(), /Accessed \w+ \d+, \d{4}\./);
    assert.match(await page.getByRole('textbox', { name: 'BibTeX' }).inputValue(), /^@misc\{pkoexplorer\d{4},/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('charts download as SVG and PNG with title and source, and their rows as CSV', async () => {
    const { page, problems, context } = await openApp('?v=1&region=europe');
    const svg = await downloaded(page, async () => (await downloadButton(page, 'Personnel per mission', 'SVG')).click());
    assert.equal(svg.name, 'pko-explorer-personnel.svg');
    assert.match(svg.text, /^<svg/);
    assert.match(svg.text, /Personnel per mission/);
    assert.match(svg.text, /2 missions in Europe, 93 personnel sent \(1% of all\)/, 'the view it shows, in words');
    assert.match(svg.text, /Source: Y\. Matsuda, “China.{1,6}s UN Peacekeeping Operations Policy”, Tables 1–2 and text · PKO Explorer/);
    assert.match(svg.text, /UNMIK/);
    assert.doesNotMatch(svg.text, /UNMIL/, 'only the filtered missions');
    // No filter changes the budget chart: its image says so rather than the filtered missions.
    const budget = await downloaded(page, async () => (await downloadButton(page, "China's share of the UN peacekeeping budget", 'SVG')).click());
    assert.match(budget.text, /The filters do not change this chart/);
    assert.doesNotMatch(budget.text, /missions in Europe/);

    const [png] = await Promise.all([page.waitForEvent('download'), (await downloadButton(page, 'Personnel by region', 'PNG')).click()]);
    const bytes = await readFile(await png.path());
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    assert.equal(bytes.readUInt32BE(16), 1800, 'twice the 900 px export width');

    const csv = await downloaded(page, async () => (await downloadButton(page, 'Personnel per mission', 'CSV')).click());
    assert.ok(csv.text.startsWith('\uFEFF#,"Source'), 'a byte-order mark, without which Excel reads the file in another encoding');
    const lines = csv.text.trim().split('\n');
    // A comment is `#` and one field, quoted where it holds a comma, which a spreadsheet keeps in one cell.
    assert.match(lines[0], /^#,"Source: Yasuhiro Matsuda/);
    assert.equal(lines[1], '#,"View: 2 missions in Europe, 93 personnel sent (1% of all)"');
    assert.match(lines[2], /^#,Link: .*region=europe/);
    assert.match(lines[3], /^acronym,predecessor,name,host,region,table/);
    assert.equal(lines.length, 6);

    const all = await downloaded(page, () => page.getByRole('button', { name: 'Download all missions (CSV)' }).click());
    assert.ok(all.text.startsWith('\uFEFF#,"Source'), 'a byte-order mark here too');
    assert.equal(all.text.trim().split('\n').length, 1 + 1 + 25);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a chart image the browser cannot draw says why in its menu, rather than downloading nothing', async () => {
    const { page, problems, context } = await openApp('');
    const button = await downloadButton(page, 'Personnel by region', 'PNG');
    // A browser that gives no 2D canvas (out of memory, or a privacy setting): only the export's new canvas asks
    // for one from here on, since the charts on screen are drawn.
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    let downloads = 0;
    page.on('download', () => downloads++);
    await button.click();
    const note = page.locator('#chart-regions .downloads [role=alert]');
    assert.equal(await note.textContent(), 'The image could not be drawn: this browser gave no 2D canvas');
    // The SVG needs no canvas: it downloads, and the note, about the PNG, goes.
    const svg = await downloaded(page, async () => (await downloadButton(page, 'Personnel by region', 'SVG')).click());
    assert.match(svg.text, /^<svg/);
    assert.equal(await note.count(), 0);
    assert.equal(downloads, 1, 'the SVG alone');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on a 320 px phone the Share, Embed and Cite menus open within the screen', async () => {
    const { page, problems, context } = await app.openApp('', { viewport: { width: 320, height: 700 } });
    for (const name of ['Share', 'Embed', 'Cite']) {
      await page.locator('.share-menus summary', { hasText: name }).click();
      const body = page.locator('.share-menus .menu[open] .menu-body');
      await body.getByRole('button', { name: /^Copy/ }).first().waitFor();
      for (const element of [body, ...(await body.locator('button, select, textarea, input').all())]) {
        const box = await element.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 320, `${name}: ${await element.evaluate((e) => e.outerHTML.slice(0, 60))} lies at ${box.x}–${box.x + box.width} px`);
      }
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, `${name} widens the page`);
      await page.keyboard.press('Escape');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Escape closes an open menu and gives the focus back to its button; a press outside closes it', async () => {
    const { page, problems, context } = await app.openApp('');
    const cite = page.locator('.share-menus summary', { hasText: 'Cite' });
    await cite.click();
    await page.getByRole('button', { name: 'Copy BibTeX' }).focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('details.menu[open]').count(), 0);
    assert.equal(await cite.evaluate((summary) => summary === document.activeElement), true);
    // Opening a second menu closes the first: they never lie over each other.
    await page.locator('.share-menus summary', { hasText: 'Share' }).click();
    await page.locator('summary[aria-label="Download Personnel by region"]').click();
    assert.deepEqual(await page.locator('details.menu[open] > summary').allTextContents(), ['Download']);
    await page.locator('h1').click();
    assert.equal(await page.locator('details.menu[open]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with the mission details open, Escape closes an open menu first, then the details', async () => {
    const { page, problems, context } = await app.openApp('?v=1&mission=UNMIL');
    const details = page.locator('aside.details');
    await details.locator('h2').waitFor();
    await page.locator('.share-menus summary', { hasText: 'Cite' }).click();
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('details.menu[open]').count(), 0);
    assert.equal(await details.isVisible(), true, 'the details stay open');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
