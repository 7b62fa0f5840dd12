// The benchmark: the app's release build and the same charts in Chart.js 4 and Vega-Lite 6, each measured the
// same way in headless Chromium on localhost. Prints a table and writes it as JSON under target/bench/.
// Run with `cargo xtask bench`, which builds dist/ and installs what is needed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import zlib from 'node:zlib';
import { serve } from '../e2e/server.mjs';
import { launch, openPage, scrollToSources } from '../e2e/browser.mjs';
import { generatedMissions } from '../e2e/generated.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.DIST ?? join(ROOT, 'dist'));
const OUT = resolve(process.env.OUT ?? join(ROOT, 'target', 'bench'));
const LOADS = 9;
const CLICKS = 50;
// Rounds of CLICKS clicks per target and throttling, taken in turns.
const ROUNDS = 3;
const LEAK_CLICKS = 1000;

/** data/missions.csv as objects, for the peers: the same rows the app embeds. */
async function writePeerData() {
  const text = await readFile(join(ROOT, 'data', 'missions.csv'), 'utf8');
  const records = [];
  let field = '';
  let row = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), records.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  const [header, ...rows] = records.filter((r) => r.length > 1);
  const column = (name) => header.indexOf(name);
  const missions = rows.map((r) => ({
    acronym: r[column('acronym')],
    region: r[column('region')],
    civilian: Number(r[column('civilian')] || 0),
    military_observers: Number(r[column('military_observers')] || 0),
    troops: Number(r[column('troops')] || 0),
    civilian_police: Number(r[column('civilian_police')] || 0),
  }));
  await writeFile(join(ROOT, 'bench', 'pages', 'peer-data.js'), `window.MISSIONS = ${JSON.stringify(missions)};\n`);
}

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

const chartsDrawn = (page) => page.waitForFunction(() => performance.getEntriesByName('pko:charts-drawn').length > 0, null, { timeout: 30_000 });

async function weights(browser, target) {
  const { page, context } = await openPage(browser);
  const bodies = [];
  page.on('response', (response) => bodies.push(response.body().then((body) => ({ url: response.url(), body })).catch(() => null)));
  await page.goto(target.url);
  await chartsDrawn(page);
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(bodies)).filter(Boolean).map(({ url, body }) => ({
    file: new URL(url).pathname.split('/').pop(),
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
  await context.close();
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
}

// The two profiles every page is loaded in: this machine as it is, and a slow phone network (DevTools Protocol
// emulation: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) with the CPU throttled 4x.
const PROFILES = [
  { name: 'localhost', loads: LOADS },
  { name: 'slow phone network, 4x CPU', loads: 5, cpu: 4, network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 } },
];

/** A new page in `profile`: its network emulated and its CPU throttled through the DevTools Protocol. */
async function openInProfile(browser, profile) {
  const opened = await openPage(browser);
  const cdp = await opened.context.newCDPSession(opened.page);
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return opened;
}

/**
 * One load of `target` in `profile`: when a chart is first visible, when the charts respond to a click, the bytes
 * transferred before the first was visible, and the page's layout shift. Measured alike for every page: a script
 * that runs before the page's own checks, on every animation frame, whether a chart's marks are on screen (the
 * first view's SVG chart displayed and visible, or the `pko:charts-drawn` mark that each page sets once its script
 * has drawn its charts), and takes the time at which that frame has been painted (a task posted from the frame's
 * callback, which runs after the frame's style, layout and paint). The charts respond once the page's script has drawn them (`pko:charts-drawn`), with their
 * handlers. The bytes are the encoded sizes (the server sends gzip) of the page and of every file received
 * before that frame.
 */
async function firstView(browser, target, profile) {
  const { page, context } = await openInProfile(browser, profile);
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const onScreen = () =>
      performance.getEntriesByName('pko:charts-drawn').length > 0 ||
      [...document.querySelectorAll('svg.first-chart')].some((svg) => svg.getClientRects().length > 0 && getComputedStyle(svg).visibility === 'visible');
    // The frame's callbacks run before its style, layout and paint: a task posted from the callback in which a
    // chart is first on the page runs once that frame has been painted, and takes the time.
    const check = () => {
      if (!onScreen()) return requestAnimationFrame(check);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.firstChartVisible = performance.now();
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(check);
  });
  await page.goto(target.url, { timeout: 60_000 });
  if (!target.withoutScripts) await chartsDrawn(page);
  await page.waitForFunction(() => window.firstChartVisible !== undefined);
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const visible = window.firstChartVisible;
    const [navigation] = performance.getEntriesByType('navigation');
    const before = performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= visible);
    return {
      visibleMs: visible,
      respondsMs: performance.getEntriesByName('pko:charts-drawn')[0]?.startTime ?? NaN,
      bytesBefore: navigation.transferSize + before.reduce((sum, entry) => sum + entry.transferSize, 0),
      layoutShift: window.layoutShift,
    };
  });
  await context.close();
  return result;
}

/**
 * The medians of `firstView` for each target in each profile, loading the targets in turn (app, peer, peer, app, …)
 * rather than one target's loads in a row: on a shared machine the load drifts, and taking turns spreads the drift
 * over all.
 */
async function firstViews(browser, targets) {
  const byProfile = {};
  for (const profile of PROFILES) {
    const loads = targets.map(() => []);
    for (let i = 0; i < profile.loads; i++) {
      for (const [index, target] of targets.entries()) loads[index].push(await firstView(browser, target, profile));
    }
    byProfile[profile.name] = loads.map((runs) => ({
      visibleMs: median(runs.map((run) => run.visibleMs)),
      respondsMs: median(runs.map((run) => run.respondsMs)),
      bytesBefore: median(runs.map((run) => run.bytesBefore)),
      layoutShift: Math.max(...runs.map((run) => run.layoutShift)),
      loads: runs.length,
    }));
  }
  return targets.map((_, index) => Object.fromEntries(PROFILES.map((profile) => [profile.name, byProfile[profile.name][index]])));
}

/** Clicks filter buttons in turn and returns the longest `pko:redraw` each click caused, in milliseconds. */
function clickAndMeasure(page, selector, clicks) {
  return page.evaluate(
    async ({ selector, clicks }) => {
      const buttons = [...document.querySelectorAll(selector)];
      const durations = [];
      for (let i = 0; i < clicks; i++) {
        performance.clearMeasures('pko:redraw');
        buttons[i % buttons.length].click();
        for (let frame = 0; frame < 120 && performance.getEntriesByName('pko:redraw').length === 0; frame++) {
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        }
        await new Promise((done) => setTimeout(done, 0));
        const measures = performance.getEntriesByName('pko:redraw');
        if (measures.length) durations.push(Math.max(...measures.map((measure) => measure.duration)));
      }
      return durations;
    },
    { selector, clicks },
  );
}

/** The redraw time of `CLICKS` filter clicks on a fresh page of `target`, at the given CPU throttling. */
async function redrawDurations(browser, target, throttle) {
  const { page, context } = await openPage(browser);
  await page.goto(target.url);
  await chartsDrawn(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const durations = await clickAndMeasure(page, target.filters, CLICKS);
  await context.close();
  return durations;
}

/**
 * Redraw percentiles of every target at `throttle`, from `ROUNDS` rounds in which each target takes its turn, for
 * the same reason as `firstViews`.
 */
async function redraws(browser, targets, throttle) {
  const durations = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, target] of targets.entries()) durations[index].push(...(await redrawDurations(browser, target, throttle)));
  }
  return durations.map((samples) => ({ p50: median(samples), p95: quantile(samples, 0.95), samples: samples.length }));
}

/** JS heap and wasm memory on `target` after load (and after `prepare(page)`), after 1,000 clicks and after 2,000. */
async function memory(browser, target, prepare = async () => {}) {
  const { page, context } = await openPage(browser);
  await page.goto(target.url);
  await chartsDrawn(page);
  await prepare(page);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const wasm = () => page.evaluate(() => window.pkoExplorer?.memory.buffer.byteLength ?? null);
  const click = () =>
    page.evaluate(
      async ({ selector, clicks }) => {
        const buttons = [...document.querySelectorAll(selector)];
        for (let i = 0; i < clicks; i++) {
          buttons[i % buttons.length].click();
          if (i % 20 === 19) await new Promise((done) => setTimeout(done, 0));
        }
        await new Promise((done) => setTimeout(done, 50));
      },
      { selector: target.filters, clicks: LEAK_CLICKS },
    );
  const before = { heap: await heap(), wasm: await wasm() };
  await click();
  const after = { heap: await heap(), wasm: await wasm() };
  // A second round tells a leak (growing again) from the high-water mark of the first clicks (wasm memory grows
  // in 64 KiB pages and never shrinks).
  await click();
  const afterMore = { heap: await heap(), wasm: await wasm() };
  await context.close();
  return { before, after, afterMore };
}

/** Whether both charts of the monthly figures have drawn. */
const monthlyDrawn = (page) =>
  page.waitForFunction(() => ['deployed', 'contributors'].every((slug) => document.querySelector(`#chart-${slug} canvas`)?.width > 0), null, {
    timeout: 30_000,
  });

/**
 * `clicks` month steps (previous / next month in turn), each as [redraw, drawing]: the redraw from the input to
 * the last chart drawn (`pko:redraw`), and the part of it spent drawing (the `pko:draw:<chart>` measures of the
 * charts and layers drawn), so that what is not drawing shows.
 */
function monthSteps(page, clicks) {
  return page.evaluate(async (clicks) => {
    const buttons = [...document.querySelectorAll('.month-control button[aria-label]')];
    const drawMeasures = () => performance.getEntriesByType('measure').filter((measure) => measure.name.startsWith('pko:draw:'));
    const steps = [];
    for (let i = 0; i < clicks; i++) {
      for (const measure of drawMeasures()) performance.clearMeasures(measure.name);
      performance.clearMeasures('pko:redraw');
      buttons[i % 2].click();
      for (let frame = 0; frame < 120 && performance.getEntriesByName('pko:draw:contributors').length === 0; frame++) {
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      }
      await new Promise((done) => setTimeout(done, 0));
      const redraws = performance.getEntriesByName('pko:redraw').map((measure) => measure.duration);
      const drawn = drawMeasures().reduce((sum, measure) => sum + measure.duration, 0);
      if (redraws.length) steps.push([Math.max(...redraws), drawn]);
    }
    return steps;
  }, clicks);
}

/**
 * The charts of the monthly figures (issue #17), the app alone: the gzip size of their part, the time from
 * navigation to both drawn (opened on a link to them, so the part is fetched at once), and the redraw of a month
 * step (previous / next month in turn: both charts redraw), near the first months and near the last, at 1x and 4x
 * CPU throttling.
 */
async function monthly(browser, url) {
  const { readdir } = await import('node:fs/promises');
  const appDir = (await readdir(DIST)).find((name) => name.startsWith('app-'));
  const part = await readFile(join(DIST, appDir, 'split_contributions.wasm'));
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const { page, context } = await openPage(browser);
    await page.goto(`${url}#contributions`);
    await monthlyDrawn(page);
    loads.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const steps = {};
  for (const [label, month] of [['1991', '1991-06'], ['2014', '2013-10']]) {
    for (const throttle of [1, 4]) {
      const [durations, drawing] = [[], []];
      for (let round = 0; round < ROUNDS; round++) {
        const { page, context } = await openPage(browser);
        await page.goto(`${url}?month=${month}#contributions`);
        await monthlyDrawn(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        const measured = await monthSteps(page, CLICKS);
        durations.push(...measured.map(([redraw]) => redraw));
        drawing.push(...measured.map(([, drawn]) => drawn));
        await context.close();
      }
      steps[`${label}, ${throttle}x`] = {
        p50: median(durations),
        p95: quantile(durations, 0.95),
        drawingP50: median(drawing),
        samples: durations.length,
      };
    }
  }
  return { partGzip: zlib.gzipSync(part, { level: 9 }).length, drawnMs: median(loads), steps };
}

/**
 * The long charts (the personnel chart and the timeline), whose drawing code is a part fetched when one of them
 * first comes near the screen (src/ui/long_charts.rs), the app alone: the gzip size of the part with the chunks of
 * code it shares with other parts (as wasm-split's loader lists them), and in each profile, on a page that has
 * started and settled (its charts drawn, a second idle), the time from a jump to the personnel chart until it is
 * drawn: what a reader waits for, with the chart's box showing empty rows, on first coming to those charts.
 */
async function longCharts(browser, url) {
  const { readdir } = await import('node:fs/promises');
  const appDir = join(DIST, (await readdir(DIST)).find((name) => name.startsWith('app-')));
  const loader = await readFile(join(appDir, '__wasm_split.js'), 'utf8');
  // The loader names each file once, in a function held by a variable, and a part's export lists the variables of
  // the chunks it needs (`__wasm_split_load_long_charts=a(s(… "./split_long_charts.wasm" …},[y,A,…]))`).
  const files = Object.fromEntries([...loader.matchAll(/([\w$]+)=s\(\(\)=>\{const t=fetch\(new URL\("\.\/(chunk_\d+)\.wasm"/g)].map(([, name, file]) => [name, file]));
  const part = loader.match(/__wasm_split_load_long_charts=\w+\(\w+\(\(\)=>\{const t=fetch\(new URL\("\.\/(split_long_charts)\.wasm".*?\},\[([^\]]*)\]\)/);
  if (!part) throw new Error(`${appDir}/__wasm_split.js: no loader of the long charts' part in the form this benchmark reads`);
  const partFiles = [part[1], ...part[2].split(',').filter(Boolean).map((name) => files[name])];
  let partGzip = 0;
  for (const file of partFiles) partGzip += zlib.gzipSync(await readFile(join(appDir, `${file}.wasm`)), { level: 9 }).length;
  const drawn = {};
  for (const profile of PROFILES) {
    const runs = [];
    for (let i = 0; i < profile.loads; i++) {
      const { page, context } = await openInProfile(browser, profile);
      await page.goto(url, { timeout: 60_000 });
      await chartsDrawn(page);
      await page.waitForTimeout(1000);
      runs.push(
        await page.evaluate(
          () =>
            new Promise((done) => {
              const jumped = performance.now();
              document.querySelector('#chart-personnel canvas').scrollIntoView();
              const check = () => {
                const [measure] = performance.getEntriesByName('pko:draw:personnel');
                if (!measure) return requestAnimationFrame(check);
                done(measure.startTime + measure.duration - jumped);
              };
              requestAnimationFrame(check);
            }),
        ),
      );
      await context.close();
    }
    drawn[profile.name] = { ms: median(runs), loads: runs.length };
  }
  return { partFiles: partFiles.length, partGzip, drawn };
}

/**
 * Loads `contents` as Your own data on `page` (after a small file, so that the checker's part is already fetched), and
 * returns the time from the file's `change` event until the last chart is drawn with it. The window is then on the
 * personnel chart, where it stays for the clicks that follow: the long chart whose rows grow with the file, with the
 * timeline near it. (A chart away from the screen is not drawn, so the window's place decides what is measured.)
 */
async function loadOwnFile(page, name, contents) {
  await scrollToSources(page);
  await page.evaluate(() => document.querySelector('#chart-personnel').scrollIntoView());
  const picker = page.locator('#own-data input[type=file]');
  const load = async (name, contents) => {
    await picker.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(contents) });
    await page.waitForFunction((name) => document.querySelector('.own-status')?.textContent.includes(name), name, { timeout: 30_000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
  };
  await load('warm-up.csv', generatedMissions(5, 1));
  await load(name, contents);
  return page.evaluate(() => Math.max(...performance.getEntriesByName('pko:redraw').map((measure) => measure.duration)));
}

/**
 * The scale series (issue #20), the app alone: the paper's missions and files of 200 and 2,000 generated missions
 * (a fixed seed, valid rows), each loaded as Your own data: the time to load the file and draw it, the redraw of a
 * filter click at 1x and 4x CPU throttling, the largest canvas bitmap at a device pixel ratio of 3, and the JS heap
 * after 1,000 clicks.
 */
async function scaleSeries(browser, url, filters) {
  const paper = await readFile(join(ROOT, 'data', 'missions.csv'), 'utf8');
  const sizes = [
    { missions: 25, file: paper },
    { missions: 200, file: generatedMissions(200) },
    { missions: 2000, file: generatedMissions(2000) },
  ];
  const results = [];
  for (const { missions, file } of sizes) {
    process.stderr.write(`  ${missions} missions…\n`);
    const name = `missions-${missions}.csv`;
    const loads = [];
    const redraw = {};
    for (const throttle of [1, 4]) {
      const durations = [];
      for (let round = 0; round < ROUNDS; round++) {
        const { page, context } = await openPage(browser);
        await page.goto(url);
        await chartsDrawn(page);
        const loaded = await loadOwnFile(page, name, file);
        if (throttle === 1) loads.push(loaded);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        durations.push(...(await clickAndMeasure(page, filters, CLICKS)));
        await context.close();
      }
      redraw[`${throttle}x`] = { p50: median(durations), p95: quantile(durations, 0.95), samples: durations.length };
    }
    const { page, context } = await openPage(browser, { deviceScaleFactor: 3 });
    await page.goto(url);
    await chartsDrawn(page);
    await loadOwnFile(page, name, file);
    // Each chart on screen in turn: one away from the screen is drawn, and sized, when it comes near.
    for (const canvas of await page.locator('canvas:not(.overlay)').all()) {
      await canvas.scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    const bitmap = await page.$$eval('canvas', (canvases) => Math.max(...canvases.map((canvas) => canvas.width * canvas.height)));
    await context.close();
    const heap = await memory(browser, { url, filters }, (page) => loadOwnFile(page, name, file));
    results.push({ missions, loadMs: median(loads), redraw, bitmap, heapAfterClicks: heap.after.heap });
  }
  return results;
}

/**
 * The least any page can do under the app's rules, to weigh issue #18's target against: the app's own head (its
 * stylesheet, and the boot script that must decide before the first paint whether the first view is the view asked
 * for, which a strict Content-Security-Policy allows only as a file of its own) and its first chart alone, drawn at
 * build time, at both widths. It is measured by the same method as the pages; its app starts as the real page's.
 */
async function floorPage() {
  const page = await readFile(join(DIST, 'index.html'), 'utf8');
  const charts = page.match(/<svg class="first-chart (wide|narrow)".*?<\/svg>/gs).slice(0, 2).join('');
  return page.replace(/<div id="app">[\s\S]*<\/body>/, `<div id="app"><div class="first-view"><main>${charts}</main></div></div></body>`);
}

/**
 * What no page beats by this method: the first chart's SVG alone, with no stylesheet and no script (a page that can
 * show it before anything else arrives). The gap between it and the floor is what the app's head costs.
 */
async function bareChartPage() {
  const page = await readFile(join(DIST, 'index.html'), 'utf8');
  const chart = page.match(/<svg class="first-chart wide".*?<\/svg>/s)?.[0];
  if (!chart) throw new Error(`${DIST}/index.html has no first chart (svg.first-chart.wide) to load alone`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The first chart alone</title></head><body>${chart}</body></html>`;
}

await writePeerData();
// Both served with gzip, as a static host serves them.
const app = await serve(DIST, {
  gzip: true,
  extraRoutes: {
    '/floor.html': ['text/html; charset=utf-8', await floorPage()],
    '/bare-chart.html': ['text/html; charset=utf-8', await bareChartPage()],
  },
});
const peers = await serve(join(ROOT, 'bench'), { gzip: true });
const browser = await launch();
const targets = [
  { name: 'PKO Explorer', url: `${app.url}/`, filters: '.filters fieldset:nth-of-type(2) button, .filters fieldset:nth-of-type(3) button' },
  { name: 'Chart.js 4', url: `${peers.url}/pages/chartjs.html`, filters: '#filters button' },
  { name: 'Vega-Lite 6', url: `${peers.url}/pages/vegalite.html`, filters: '#filters button' },
];
process.stderr.write('measuring the first view, in turns, on localhost and on an emulated slow phone network…\n');
const floor = { name: 'the floor', url: `${app.url}/floor.html` };
const bareChart = { name: 'the first chart alone', url: `${app.url}/bare-chart.html`, withoutScripts: true };
const [bareChartResult, floorResult, ...firstViewResults] = await firstViews(browser, [bareChart, floor, ...targets]);
process.stderr.write('measuring redraws, in turns…\n');
const redraw = await redraws(browser, targets, 1);
const redrawThrottled = await redraws(browser, targets, 4);
const results = [];
for (const [index, target] of targets.entries()) {
  process.stderr.write(`measuring ${target.name}…\n`);
  results.push({
    name: target.name,
    weight: await weights(browser, target),
    firstView: firstViewResults[index],
    redraw: redraw[index],
    redrawThrottled: redrawThrottled[index],
    memory: await memory(browser, target),
  });
}
process.stderr.write('measuring the charts of the monthly figures…\n');
const monthlyResults = await monthly(browser, `${app.url}/`);
process.stderr.write('measuring the long charts…\n');
const longChartResults = await longCharts(browser, `${app.url}/`);
process.stderr.write('measuring the scale series…\n');
const scaleResults = await scaleSeries(browser, `${app.url}/`, targets[0].filters);
await browser.close();
await app.close();
await peers.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => (bytes == null ? '–' : `${(bytes / 1048576).toFixed(2)} MB`);
const rows = [
  ['transfer, gzip', (r) => r.weight.gzip, kb],
  ['transfer, brotli', (r) => r.weight.brotli, kb],
  ['transfer, raw', (r) => r.weight.raw, kb],
  ...PROFILES.flatMap((profile) => [
    [`first chart visible, ${profile.name} (median of ${profile.loads})`, (r) => r.firstView[profile.name].visibleMs, ms],
    [`charts respond to a click, ${profile.name}`, (r) => r.firstView[profile.name].respondsMs, ms],
    [`transferred before the first chart is visible, ${profile.name}`, (r) => r.firstView[profile.name].bytesBefore, kb],
    [`layout shift (largest of the loads), ${profile.name}`, (r) => r.firstView[profile.name].layoutShift, (value) => value.toFixed(3)],
  ]),
  [`redraw p50 (${ROUNDS} × ${CLICKS} clicks)`, (r) => r.redraw.p50, ms],
  ['redraw p95', (r) => r.redraw.p95, ms],
  ['redraw p50, 4x CPU throttling', (r) => r.redrawThrottled.p50, ms],
  ['redraw p95, 4x CPU throttling', (r) => r.redrawThrottled.p95, ms],
  ['JS heap after load', (r) => r.memory.before.heap, mb],
  [`JS heap after ${LEAK_CLICKS} clicks`, (r) => r.memory.after.heap, mb],
  [`JS heap after ${2 * LEAK_CLICKS} clicks`, (r) => r.memory.afterMore.heap, mb],
  ['wasm memory after load', (r) => r.memory.before.wasm, mb],
  [`wasm memory after ${LEAK_CLICKS} clicks`, (r) => r.memory.after.wasm, mb],
  [`wasm memory after ${2 * LEAK_CLICKS} clicks`, (r) => r.memory.afterMore.wasm, mb],
];
const [ours, ...others] = results;
const header = ['', ours.name, ...others.flatMap((peer) => [peer.name, `${ours.name} / ${peer.name}`])];
const lines = rows.map(([label, value, format]) => [
  label,
  format(value(ours)),
  ...others.flatMap((peer) => [format(value(peer)), value(peer) ? `${(value(ours) / value(peer)).toFixed(2)}` : '–']),
]);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium headless`;
const date = new Date().toISOString().slice(0, 10);
const table = [`Benchmark, ${date}, ${machine}`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((line) => `| ${line.join(' | ')} |`)].join('\n');
console.log(table);
const chartjs = results.find((result) => result.name === 'Chart.js 4');
const floorLines = [
  '',
  "The floor (the app's head, which the first paint waits for, and its first chart alone), and the first chart's SVG",
  "alone in a page without stylesheet or script, which no page beats; issue #18's target is half of Chart.js 4's time:",
  ...PROFILES.flatMap((profile) =>
    [
      ['the floor', floorResult],
      ['the first chart alone', bareChartResult],
    ].map(([name, result]) => {
      const visible = result[profile.name].visibleMs;
      const ratio = visible / chartjs.firstView[profile.name].visibleMs;
      return `- ${name}, first chart visible, ${profile.name}: ${ms(visible)}, ${ratio.toFixed(2)} of Chart.js 4's`;
    }),
  ),
];
console.log(floorLines.join('\n'));
const monthlyTable = [
  '',
  'The charts of the monthly figures (PKO Explorer):',
  `- their part: ${kb(monthlyResults.partGzip)} gzip (loaded when a reader comes near them)`,
  `- both drawn, opened on a link to them: ${ms(monthlyResults.drawnMs)} (median of ${LOADS})`,
  ...Object.entries(monthlyResults.steps).map(
    ([label, step]) =>
      `- month step near ${label} CPU: redraw p50 ${ms(step.p50)}, p95 ${ms(step.p95)}, of which drawing p50 ${ms(step.drawingP50)} (${step.samples} steps)`,
  ),
].join('\n');
console.log(monthlyTable);
const longChartLines = [
  '',
  'The long charts (PKO Explorer):',
  `- their part: ${kb(longChartResults.partGzip)} gzip in ${longChartResults.partFiles} files (fetched when one of them first comes near the screen)`,
  ...PROFILES.map((profile) => {
    const { ms: drawnMs, loads } = longChartResults.drawn[profile.name];
    return `- ${profile.name}: a jump to the personnel chart on a settled page, drawn after ${ms(drawnMs)} (median of ${loads})`;
  }),
].join('\n');
console.log(longChartLines);
const count = (value) => value.toLocaleString('en');
const scaleRows = [
  [`file loaded and drawn (median of ${ROUNDS})`, (r) => r.loadMs, ms],
  [`redraw p50 (${ROUNDS} × ${CLICKS} clicks)`, (r) => r.redraw['1x'].p50, ms],
  ['redraw p95', (r) => r.redraw['1x'].p95, ms],
  ['redraw p50, 4x CPU throttling', (r) => r.redraw['4x'].p50, ms],
  ['redraw p95, 4x CPU throttling', (r) => r.redraw['4x'].p95, ms],
  ['largest canvas bitmap, device pixel ratio 3', (r) => r.bitmap, (value) => `${count(value)} px`],
  [`JS heap after ${LEAK_CLICKS} clicks`, (r) => r.heapAfterClicks, mb],
];
const [smallest, ...larger] = scaleResults;
const largest = larger[larger.length - 1];
const scaleHeader = ['', ...scaleResults.map((r) => `${count(r.missions)} missions`), `${count(largest.missions)} / ${smallest.missions}`];
const scaleTable = [
  '',
  'Scale (PKO Explorer with its own data: the paper\'s missions, then generated ones):',
  '',
  `| ${scaleHeader.join(' | ')} |`,
  `|${scaleHeader.map(() => '---').join('|')}|`,
  ...scaleRows.map(([label, value, format]) => `| ${[label, ...scaleResults.map((r) => format(value(r))), `${(value(largest) / value(smallest)).toFixed(2)}`].join(' | ')} |`),
].join('\n');
console.log(scaleTable);
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, 'results.json'), JSON.stringify({ date, machine, results, floor: floorResult, bareChart: bareChartResult, monthly: monthlyResults, longCharts: longChartResults, scale: scaleResults }, null, 2));
console.log(`\nwritten: ${join(OUT, 'results.json')}`);
