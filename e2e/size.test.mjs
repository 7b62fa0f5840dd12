// The weight budget. Bytes are deterministic, so they are checked here; speed is measured by `cargo xtask bench`
// and never asserted. What counts is every file the page requests while it starts and draws its charts, at
// gzip -9, in KiB (1,024 bytes, as the benchmark prints them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, harness } from './harness.mjs';

// Issue #7's budget: 150 KiB at start (aim: 100). The app was at 148.2 KiB when that issue closed; issue #15's
// fixes took it to 156.5 KiB (2026-11-29): charts drawn at their real width down to 200 px with a narrow layout
// (most of the 8 KiB), focus that returns to the bar that opened the details, and a boot script that
// starts on opaque origins (0.4 KiB). Issue #16's crates took it to 156.0 KiB; issue #17's charts of the UN's
// monthly figures, whose data and code load as a part of their own, to 157.4 KiB: what stays at start is the month
// in the URL, the chart canvas generic over two kinds of charts, the loader's list of one more part and the
// month control's styles. A month step then redrew all six charts; making it redraw only the two monthly charts
// (a memo of the filters between the view state and the paper's charts, a memo of each canvas's selection, the
// chosen month on a layer of its own) added 0.8 KiB. Issue #20's bounded charts added 2.1 KiB: what stays at start
// is the rows of the two long charts ordered as indices, the page a reader is on (`Rows` in ui/panels.rs,
// `model::Page` and `Paging`), the bitmap rule of every canvas and the pager's three words; the pager itself and its
// sentence load with Your own data, since only a reader's file has more rows than a page. Together: 160.6 KiB.
// Issue #19's corrections of the paper's charts took it to 165.3 KiB: totals on the log axis, the budget chart's
// second panel with its own scale and the words on its gap, labels kept off lines, one meaning per colour (1.6 KiB);
// the timeline's events on rows that keep them apart, merged by month, with the turning points labelled (3.2 KiB).
// Each chart's finding in a takeaway line, computed for the view in the start-up grammar, and the paper's two periods
// shaded and named on the time axes, took it to 170.4 KiB; the paper's count at one time beside the summary line
// (its sentence in the start-up grammar, and the paper's figure read from the facts) to 171.0 KiB. The story first
// (issue #19) took it to 177.0 KiB: the strip of the paper's key facts (their model and sentences), a subtitle and a
// source line in every panel with the takeaway as the panel's own headline, the downloads folded into a menu, the
// budget chart's note while filters are set, and the check that a view has no mission (the ways back themselves load
// as a part, `ways_back`, the first time a view is empty), and a menu left open across a language change that builds
// its body (0.7 KiB: a node reference and an effect in the one menu component). Phone first (issue #18) took it to
// 178.4 KiB: the filter bar folded behind a button that counts the filters set, the theme button's symbol, a tap
// that shows a tooltip before it acts, and tooltips kept within the chart's width; subtitles and source lines that
// name a reader's own file rather than the paper, 178.5 KiB; a way back that gives the focus to the filter bar,
// 178.6 KiB. The first view (issue #18) moved the page out of that count (0.9 KiB when it held a loading line) and
// added as much at start: the box the app is built in over the first view and its hand-over, the stylesheet's rules
// for the first view, and the boot script's check of the view asked for: 178.7 KiB without the page; reading the
// URL's version there and a hand-over that waits until the app is built, 178.9 KiB. Redrawing only the charts on or
// near the screen (an intersection observer on each canvas, which the parts loaded on approach now share, and a
// drawing effect that skips a chart away from the screen and marks it out of date) took it to 179.2 KiB: 0.3 KiB
// for a filter click that costs about a third of what it did (the benchmark's redraw at 4x). The personnel chart's
// labels drawn in a column each after the bars, so that the canvas sets a font once a column rather than twice a
// row: 179.3 KiB, for a long chart's drawing a quarter shorter (p50 11.0 to 8.5 ms at 4x with 2,000 missions).
// The review's fixes (a chart never drawn, or focused while away, is drawn when it comes near): 179.35 KiB.
// Effects, memos and derived signals made from boxed closures, so that Leptos's machinery around them is compiled
// once rather than once per call site (`src/ui/reactive.rs`): 177.8 KiB. A choice made on the first view before the
// app has started, kept in the address for the app to start on, with the filters unfolded on a phone and a use that
// cannot be kept undone (public/first-view.js and its styles, 0.55 KiB; the explorer keeping the filters unfolded
// and a filter over any order of missions, 0.1 KiB): 178.5 KiB. The Download menus' buttons and their CSV writers
// loaded with the downloads' part, the first time a Download menu opens (the panels keep handles to their rows,
// `PaperRows` in ui/panels.rs): 173.5 KiB. What the mission details show, and the focus that moves into them and
// back, loaded with the first mission a reader opens (the panel and its Close button stay at start): 172.1 KiB. A chart's
// error and the banner of a reader's own file shown by a closure rather than Leptos's `Show`, whose machinery was at
// start for these two alone: 171.0 KiB. Menus that close as a pop-up does, on Escape (giving the focus back) and on a
// press outside, so that two never lie over each other: 171.5 KiB. A link's notices each said once and at most six
// (a long query listed hundreds), and Clear filters giving the focus to the filter bar: 171.9 KiB; the page's title in
// the language shown, 172.0 KiB. The focus of the mission details back at start, its effect made from a boxed
// closure: made in the part's loaded body, it gave the focus back when the panel first closed but not the second
// time (e2e/loops.test.mjs caught it; a review then found the likely cause, a latch that built the body again at
// every opening, now set only once): 172.6 KiB. The other permanent members' lines named in the legend by their
// dashes (one legend swatch for every dashed line), a month outside the reports said and an embed code that fits its
// chart, mostly in parts: 172.8 KiB. The closures of wasm-streams' unused classes emptied from the exported function
// table, so that wasm-opt drops their code (xtask/src/unused_exports.rs): 171.4 KiB. The embed mode loaded as a part
// of its own (3.1 KiB, which only a page with `embed=1` fetches, at start): 169.1 KiB. The title, lede and key facts
// set as HTML from the first view's printers (crates/core/src/first_view.rs) rather than built as Leptos views:
// 168.4 KiB. A downloaded image's source line in the language shown, naming a reader's own file where it is the
// source (the line in every language's table): 168.5 KiB. The emptied slots of the function table left out of its
// segments, which are cut around them, rather than written as `ref.null` in segments of expressions, which doubled
// the table's bytes: 167.1 KiB. The focus of the mission details back in the details' part, now that its body is
// built once (e2e/loops.test.mjs checks the focus over many openings): 166.4 KiB. The banner of a reader's own file
// in the part that reads the file: 166.2 KiB. The paper's own text (its events, key figures, errata and the missions'
// notes) in Chinese and Japanese, whose tables load with those languages' parts, looked up at start by the event's
// date, with an event's tooltip in each language's punctuation: 166.4 KiB. Back that closes a mission's details (their own entry in
// the history, the listener of `popstate` in the details' part), 0.3 KiB; the app started by wasm-bindgen's start function
// rather than Rust's `main`, whose runtime flushed the standard output at exit, -0.3 KiB: 166.4 KiB. What a reader review
// found: charts shown at the width they are drawn at, so that a window narrower than 200 px scrolls them rather than
// squeezing them; a shade on the side of a table that scrolls; Japanese headlines broken between phrases; the summary
// line in place on a tiny screen; a tooltip that gives way to what its click opens; a legend's dashes long enough to
// tell apart (0.5 KiB, a third of it the stylesheet's): 166.9 KiB. A part that cannot be fetched naming a reload,
// a link of a later version saying so, and the missions' hosts named from CLDR in Chinese and Japanese where they
// are the paper's (the names in those languages' parts; at start, the lookup): 167.4 KiB. The ceiling keeps two tenths of a KiB above that,
// so that a build on another machine is not failed by a few bytes; it stays over the budget until the budget is won
// back. A change that adds more than a little fails here and has to say why. Lower it whenever the app shrinks.
// The page itself (index.html) is counted apart, since issue #18 made it the first view: the default view drawn at
// build time (crates/core/src/first_view.rs), its four charts as SVG at two widths (4.9 KiB of its 10.1) and their
// tables for a page without scripts, and the view each control asks for (0.2 KiB). It is what arrives before the
// first chart is visible, where the rest arrives before the charts respond; the benchmark prints both. The first
// view's dark palette is in the stylesheet, 0.1 KiB.
const CEILING_KIB = 167.6;
const PAGE_CEILING_KIB = 10.5;
const ISSUE_BUDGET_KIB = 150;

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
