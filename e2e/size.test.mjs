// The weight budget. Bytes are deterministic, so they are checked here; speed is measured by `cargo xtask bench`
// and never asserted. What counts is every file the page requests while it starts and draws its charts, at
// gzip -9, in KiB (1,024 bytes, as the benchmark prints them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, harness } from './harness.mjs';

// Issue #7's budget is 150 KiB at start (aim: 100); the app is within it, at 149.9 KiB, since the two long charts'
// drawing code loads when one of them first comes near the screen (src/ui/long_charts.rs). What each change added
// or took back is listed in docs/benchmarks.md ("The start-up weight, step by step"), what brought it from 279 KiB in
// docs/decisions.md. The ceiling is the budget: a change that adds to the start has to take as much away.
// The page itself (index.html) is counted apart, since issue #18 made it the first view: the default view drawn at
// build time (crates/core/src/first_view.rs), its four charts as SVG at two widths (4.9 KiB of its 10.2) and their
// tables for a page without scripts, and the view each control asks for (0.2 KiB). It is what arrives before the
// first chart is visible, where the rest arrives before the charts respond; the benchmark prints both. The first
// view's dark palette is in the stylesheet, 0.1 KiB.
const ISSUE_BUDGET_KIB = 150;
const CEILING_KIB = ISSUE_BUDGET_KIB;
const PAGE_CEILING_KIB = 10.5;

const app = harness();

test(`the app transfers at most ${CEILING_KIB} KiB gzip (issue budget ${ISSUE_BUDGET_KIB} KiB), its page with the first view ${PAGE_CEILING_KIB} KiB`, async () => {
  const { page, requests, context } = await app.openApp('');
  await page.waitForFunction(() => performance.getEntriesByName('pko:charts-drawn').length === 1);
  // What the page builds after the charts' first paint must not fetch a part either: wait until the network has
  // been idle (Playwright: no request for 500 ms).
  await page.waitForLoadState('networkidle');
  const origin = new URL(app.server.url).origin;
  const paths = [...new Set(requests.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname))];
  await context.close();
  const files = await Promise.all(
    paths.map(async (path) => {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      const bytes = await readFile(join(DIST, decodeURIComponent(file))).catch(() => assert.fail(`${path} was requested but is not in dist/`));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  // The parts of the interface loaded on first use (src/ui/lazy.rs) must stay out of the start.
  assert.deepEqual(paths.filter((path) => /\/(split|chunk)_[^/]*\.wasm$/.test(path)), [], 'no part loaded on first use is fetched at start');
  const kinds = ['.html', '.css', '.js', '.wasm'];
  for (const kind of kinds) assert.ok(files.some(({ file }) => file.endsWith(kind)), `the page loads a ${kind} file`);
  const isPage = ({ file }) => file.endsWith('/index.html');
  const kib = (list) => list.reduce((sum, { gzip }) => sum + gzip, 0) / 1024;
  const [pageKib, appKib] = [kib(files.filter(isPage)), kib(files.filter((file) => !isPage(file)))];
  for (const { file, raw, gzip } of files) console.log(`${file.padEnd(48)} ${String(raw).padStart(8)} ${String(gzip).padStart(8)}`);
  console.log(`the page (first view) ${pageKib.toFixed(1)} KiB gzip, ceiling ${PAGE_CEILING_KIB} KiB; the app ${appKib.toFixed(1)} KiB gzip, ceiling ${CEILING_KIB} KiB; issue budget ${ISSUE_BUDGET_KIB} KiB`);
  assert.ok(pageKib <= PAGE_CEILING_KIB, `the page with its first view is ${pageKib.toFixed(1)} KiB gzip, over its ${PAGE_CEILING_KIB} KiB ceiling`);
  assert.ok(appKib <= CEILING_KIB, `the app transfers ${appKib.toFixed(1)} KiB gzip, over the ${CEILING_KIB} KiB ceiling`);
});
