// The core of the end-to-end suite in Firefox and WebKit, through WebDriver: load, filters, a bar click and the
// mission details, the Share / Embed / Cite menus, a CSV download, Chinese and Japanese, the embed mode, the
// monthly charts and their month control, the single file from file://, one fetch per file per load, English text
// in a Latin font, and the first view drawn at build time (alone, as without scripts, and on a phone). `cargo xtask test`
// runs it after the Chromium suite, with ENGINES naming the engines installed here (both, in parallel); run alone:
//   cd e2e && ENGINES=firefox,webkit node --test --test-reporter=spec engines/core.mjs
// It expects dist/ (`cargo xtask dist`) and the single file (`cargo xtask single-file`), or DIST and SINGLE_FILE.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../server.mjs';
import { PROBE, withProbe } from './probe.mjs';
import { ENGINES, Session, startDriver } from './webdriver.mjs';

const HERE = import.meta.dirname;
const DIST = resolve(process.env.DIST ?? join(HERE, '..', '..', 'dist'));
const SINGLE_FILE = resolve(process.env.SINGLE_FILE ?? join(HERE, '..', '..', 'dist-single', 'pko-explorer.html'));
const SCREENSHOTS = process.env.ENGINE_SCREENSHOTS_DIR ?? join(HERE, '..', 'output');
const CHOSEN = (process.env.ENGINES ?? 'firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

const ALL = '25 missions, 12,451 personnel sent';
const AFRICA = '14 missions in Africa, 8,832 personnel sent (71% of all)';
const AMERICAS = '1 mission in Americas, 916 personnel sent (7% of all)';
const ESCAPE = '\uE00C';

// One server for the whole run: dist/ with the probe (probe.mjs) as the page's first script. `holds` keeps the app
// back under a prefix of a test's own (see server.mjs).
const site = { server: null, singleFile: null, temp: null, holds: new Map() };

before(async () => {
  await access(join(DIST, 'index.html')).catch(() => assert.fail(`${DIST}/index.html is missing: run cargo xtask dist`));
  await access(SINGLE_FILE).catch(() => assert.fail(`${SINGLE_FILE} is missing: run cargo xtask single-file`));
  const page = withProbe(await readFile(join(DIST, 'index.html'), 'utf8'), './engine-probe.js');
  // The page as a browser without scripts has it: its first view alone.
  const firstViewOnly = page.replace(/<script src="\.\/boot-[0-9a-f]+\.js"><\/script>/, '');
  assert.notEqual(firstViewOnly, page, 'the page has its boot script');
  site.server = await serve(DIST, {
    extraRoutes: {
      '/': ['text/html; charset=utf-8', page],
      '/index.html': ['text/html; charset=utf-8', page],
      '/first-view.html': ['text/html; charset=utf-8', firstViewOnly],
      '/engine-probe.js': ['text/javascript; charset=utf-8', PROBE],
      // A phone's width in Japanese, whose words are the widest: the engines' windows do not go below about 490 px (Firefox) and 450 px (WebKit).
      '/phone-frame.html': ['text/html; charset=utf-8', '<!DOCTYPE html><iframe id="phone" src="/?lang=ja" width="320" height="640"></iframe>'],
    },
    holds: site.holds,
  });
  // The single file, with the probe inlined, in a folder of its own: opened from disk like a reader's copy.
  site.temp = await mkdtemp(join(tmpdir(), 'pko-engines-'));
  site.singleFile = join(site.temp, 'pko-explorer.html');
  await writeFile(site.singleFile, withProbe(await readFile(SINGLE_FILE, 'utf8')));
  await mkdir(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await site.server?.close();
  if (site.temp) await rm(site.temp, { recursive: true, force: true });
});

// In the page: whether each canvas (of `selector`) holds a drawing (differs from a blank canvas of its size).
const drawnCanvases = (selector = 'canvas') =>
  Array.from(document.querySelectorAll(selector)).map((canvas) => {
    const blank = document.createElement('canvas');
    blank.width = canvas.width;
    blank.height = canvas.height;
    return canvas.width > 0 && canvas.toDataURL() !== blank.toDataURL();
  });

// In the page: the app runs, its charts are on the page, (in the full explorer) the sections below are built, and
// the first view drawn at build time has given the app its place.
const appReady = () =>
  document.querySelectorAll('canvas').length >= 1 &&
  !!window.pkoExplorer &&
  !!(document.querySelector('main.embed') || document.querySelector('#sources')) &&
  !document.querySelector('.first-view');

const textOf = (selector) => document.querySelector(selector)?.textContent ?? null;

/** The suite of one engine, in one browser session. */
function engineSuite(key) {
  const engine = ENGINES[key];
  const s = { driver: null, session: null, downloads: null };

  before(async () => {
    s.downloads = await mkdtemp(join(tmpdir(), `pko-${key}-downloads-`));
    s.driver = await startDriver(engine);
    s.session = await Session.create(s.driver.url, engine.capabilities({ downloadDir: s.downloads }));
    await s.session.send('POST', '/timeouts', { script: 30000, pageLoad: 60000, implicit: 0 });
    await s.session.setViewport(1280, 900);
  });

  after(async () => {
    await s.session?.delete().catch(() => {});
    await s.driver?.stop();
    if (s.downloads) await rm(s.downloads, { recursive: true, force: true });
  });

  /** Opens the served app at `query` and waits until it runs. */
  async function open(query = '', base = site.server.url) {
    await s.session.navigate(`${base}/${query}`);
    await s.session.waitFor('the app to start', appReady);
  }

  async function assertNoProblems() {
    const problems = await s.session.execute(() => (window.__pkoProbe ? window.__pkoProbe.problems : ['the probe did not run']));
    assert.deepEqual(problems, [], 'no errors, rejections, console errors or failed loads in the page');
  }

  /** Waits until the text of `selector` is `expected`, and fails with the text it had. */
  async function expectText(selector, expected) {
    const started = Date.now();
    let text;
    while (Date.now() - started < 10000) {
      text = await s.session.execute(textOf, selector);
      if (text === expected) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    assert.equal(text, expected, `the text of ${selector}`);
  }

  /**
   * Brings each of the paper's charts near the screen in turn, then goes back to the top: the two long charts are
   * drawn when they first come near, once their code (a part) has come.
   */
  async function bringEachChartNear() {
    await s.session.executeAsync(async () => {
      for (const slug of ['timeline', 'personnel']) {
        document.querySelector(`#chart-${slug} canvas`).scrollIntoView();
        for (let waited = 0; !performance.getEntriesByName(`pko:draw:${slug}`).length && waited < 5000; waited += 50) {
          await new Promise((done) => setTimeout(done, 50));
        }
      }
      window.scrollTo(0, 0);
    });
  }

  /** Waits until the page has `count` canvases (of `selector`), each with a drawing, and fails with what it had. */
  async function expectDrawn(count, selector = 'canvas') {
    const started = Date.now();
    let drawn;
    while (Date.now() - started < 10000) {
      drawn = await s.session.execute(drawnCanvases, selector);
      if (drawn.length === count && drawn.every(Boolean)) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    assert.deepEqual(drawn, Array(count).fill(true), `${count} charts drawn`);
  }

  async function screenshot(name) {
    const path = join(SCREENSHOTS, `engines-${key}-${name}.png`);
    const png = await s.session.screenshot();
    assert.equal(png.subarray(1, 4).toString(), 'PNG', 'the screenshot is a PNG');
    await writeFile(path, png);
    return png;
  }

  test('each file is fetched once per load', async () => {
    // A server (an origin) of its own, so nothing is in the browser's cache, serving dist/ exactly as built.
    const requests = [];
    const server = await serve(DIST, { onRequest: (path) => requests.push(path) });
    try {
      await s.session.navigate(`${server.url}/`);
      await s.session.waitFor('the charts to be drawn', () => performance.getEntriesByName('pko:charts-drawn').length === 1 && !!document.querySelector('#sources'));
      // What the page builds after its first paint is part of the load too.
      await new Promise((done) => setTimeout(done, 1000));
    } finally {
      await server.close();
    }
    const counts = new Map();
    for (const path of requests) counts.set(path, (counts.get(path) ?? 0) + 1);
    const twice = [...counts].filter(([, count]) => count > 1).map(([path, count]) => `${path} (${count} times)`);
    assert.ok(counts.has('/') && [...counts.keys()].some((path) => path.endsWith('.wasm')), `the load was seen: ${requests.join(', ')}`);
    assert.deepEqual(twice, [], `every file is requested once; all requests: ${requests.join(', ')}`);
  });

  test('the first view alone, as without scripts: four charts drawn at build time, and their tables', async () => {
    await s.session.navigate(`${site.server.url}/first-view.html`);
    const seen = await s.session.execute(() => ({
      charts: [...document.querySelectorAll('svg.first-chart')]
        .filter((svg) => svg.getClientRects().length > 0)
        .map((svg) => Math.round(svg.getBoundingClientRect().height)),
      tables: [...document.querySelectorAll('.first-view-table')].filter((table) => table.getClientRects().length > 0).length,
      filters: document.querySelector('.first-view .filters').getClientRects().length,
    }));
    assert.equal(seen.charts.length, 4, `four charts shown, one per panel: ${seen.charts}`);
    assert.ok(seen.charts.every((height) => height > 150), `each chart at its height: ${seen.charts}`);
    assert.equal(seen.tables, 4, 'each chart with its table');
    assert.equal(seen.filters, 0, 'no filter bar that would do nothing');
    await screenshot('first-view');
  });

  test('on a phone, the first view shows the charts drawn for a phone, and the app takes over', async () => {
    await s.session.setViewport(375, 740);
    try {
      await s.session.navigate(`${site.server.url}/first-view.html`);
      const shown = await s.session.execute(() =>
        [...document.querySelectorAll('svg.first-chart')].filter((svg) => svg.getClientRects().length > 0).map((svg) => svg.classList.contains('narrow')),
      );
      assert.deepEqual(shown, [true, true, true, true], 'the four charts drawn for a phone');
      await screenshot('first-view-375');
      await open();
      await bringEachChartNear();
      // The paper's four: on a phone the monthly charts below come near too, and may be drawn by then.
      await expectDrawn(4, '.charts canvas');
      // Against the width inside the scroll bar, which Firefox on Linux draws in the window's width.
      const sideways = await s.session.execute(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(sideways, 0, 'no sideways scroll');
      await screenshot('phone-375');
      await assertNoProblems();
    } finally {
      await s.session.setViewport(1280, 900);
    }
  });

  test('loads the release build and draws four charts with no errors', async () => {
    await open();
    assert.equal(await s.session.title(), 'China in UN Peacekeeping — PKO Explorer');
    // The app has taken the first view's place: one page, not two.
    assert.deepEqual(await s.session.execute(() => [document.querySelectorAll('.first-view').length, document.querySelectorAll('.summary').length]), [0, 1]);
    await expectText('.summary', ALL);
    await bringEachChartNear();
    await expectDrawn(4, '.charts canvas');
    await screenshot('wide');
    await assertNoProblems();
  });

  test('English text is set in a Latin font, Chinese and Japanese in CJK fonts', async () => {
    await open('?v=1');
    // A CJK font draws a curly quote a full em wide; a Latin font about a third of that.
    const quoteWidth = () => {
      const span = document.createElement('span');
      span.textContent = '\u201C';
      document.querySelector('.lede').appendChild(span);
      const width = span.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize);
      span.remove();
      return width;
    };
    const english = await s.session.execute(quoteWidth);
    assert.ok(english < 0.7, `a curly quote in English text is ${english.toFixed(2)} em wide: the text is set in a CJK font`);
    const families = () => getComputedStyle(document.body).fontFamily;
    assert.doesNotMatch(await s.session.execute(families), /CJK/, 'no CJK font in the English font stack');
    for (const [lang, family] of [
      ['zh', 'Noto Sans CJK SC'],
      ['ja', 'Noto Sans CJK JP'],
    ]) {
      await open(`?v=1&lang=${lang}`);
      await s.session.waitFor(`the ${lang} interface`, (lang) => document.documentElement.lang.startsWith(lang), [lang]);
      assert.ok((await s.session.execute(families)).includes(family), `the ${lang} font stack has ${family}`);
    }
    await assertNoProblems();
  });

  test("each filter group's name stands on the line of its buttons", async () => {
    await open();
    // WebKit kept a floated legend above its buttons, which took the bar from two lines to four.
    const groups = await s.session.execute(() =>
      [...document.querySelectorAll('.filters fieldset')].map((group) => {
        const [box, first] = [group.getBoundingClientRect(), group.querySelector('button, label').getBoundingClientRect()];
        return [group.dataset.name, Math.round(first.left - box.left), Math.round(box.height - first.height)];
      }),
    );
    assert.equal(groups.length, 5);
    for (const [name, before, taller] of groups) {
      assert.ok(before >= 20, `${name}: the name takes ${before} px before the first control`);
      assert.ok(taller <= 4, `${name}: the group is ${taller} px taller than its first control`);
    }
    await assertNoProblems();
  });

  test('a region filter button updates the summary and its pressed state', async () => {
    await open();
    const africa = await s.session.button('Africa');
    await s.session.click(africa);
    await expectText('.summary', AFRICA);
    assert.equal(await s.session.attribute(africa, 'aria-pressed'), 'true');
    await s.session.waitFor('the URL to follow the view', () => /[?&]region=africa(&|$)/.test(location.search));
    await s.session.click(await s.session.button('Initial participation, 1989–1999'));
    await expectText('.summary', '5 missions in Africa, 424 personnel sent (3% of all)');
    await s.session.click(await s.session.button('Clear filters'));
    await expectText('.summary', ALL);
    assert.equal(await s.session.attribute(africa, 'aria-pressed'), 'false');
    await assertNoProblems();
  });

  test('a filter chosen before the app has started is the view the app starts on', async () => {
    const prefix = `/held-${key}/`;
    let release;
    site.holds.set(prefix, new Promise((done) => (release = done)));
    try {
      await s.session.navigate(`${site.server.url}${prefix}`);
      await s.session.click(await s.session.button('Africa'));
      await s.session.waitFor('the address to ask for the view', () => location.search === '?v=1&region=africa');
      const pending = () => [document.documentElement.classList.contains('pending-view'), !!window.pkoExplorer];
      assert.deepEqual(await s.session.execute(pending), [true, false], 'the charts dim while the app is held back');
      await screenshot('pending-view');
      release();
      await s.session.waitFor('the app to start', appReady);
      await expectText('.summary', AFRICA);
      await assertNoProblems();
    } finally {
      release();
      site.holds.delete(prefix);
    }
  });

  test('clicking a mission bar opens its details; Back, and Escape, close them', async () => {
    await open();
    // Find the bar by moving a synthetic pointer down the chart (fast, in the page), then click it for real.
    const point = await s.session.executeAsync(async (prefix) => {
      const canvas = document.querySelector('#chart-personnel canvas');
      const tick = () => new Promise((done) => setTimeout(done, 0));
      // Near the end of the page the sections below the charts load and the page grows, which can move a scrolled
      // canvas: let them load first, so that the point found is where the click lands.
      window.scrollTo(0, document.documentElement.scrollHeight);
      for (let waited = 0; !document.querySelector('#own-data') && waited < 5000; waited += 50) {
        await new Promise((done) => setTimeout(done, 50));
      }
      canvas.scrollIntoView({ block: 'start' });
      // The long charts are drawn when they come near the screen, once their code (a part) has come.
      for (let waited = 0; !performance.getEntriesByName('pko:draw:personnel').length && waited < 5000; waited += 50) {
        await new Promise((done) => setTimeout(done, 50));
      }
      await tick();
      const box = canvas.getBoundingClientRect();
      // WebKit gives a synthetic event in a scrolled page the wrong offsetX/Y (which the chart reads): learn the
      // error from one event, and aim the others so that the chart sees the point a real pointer would give.
      let seen;
      const record = (event) => (seen = [event.offsetX, event.offsetY]);
      canvas.addEventListener('mousemove', record);
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 14, clientY: box.top + 2 }));
      canvas.removeEventListener('mousemove', record);
      const [dx, dy] = [14 - seen[0], 2 - seen[1]];
      for (let y = 2; y < Math.min(box.height, innerHeight - box.top); y += 4) {
        canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 14 + dx, clientY: box.top + y + dy, bubbles: true }));
        await tick();
        const tip = document.querySelector('#chart-personnel .tooltip')?.textContent ?? '';
        if (tip.startsWith(prefix)) return { x: box.left + 14, y: box.top + y };
      }
      return null;
    }, 'UNAMSIL (');
    assert.ok(point, 'a bar of the personnel chart has the tooltip of UNAMSIL');
    await s.session.clickAt(point.x, point.y);
    const details = await s.session.waitFor('the details to open', () => {
      const aside = document.querySelector('aside.details');
      return aside && aside.getClientRects().length > 0 && aside.textContent.includes('UNAMSIL') ? aside.textContent : null;
    });
    assert.match(details, /UNAMSIL: United Nations Mission in Sierra Leone/);
    assert.match(details, /Aug 1998 – Dec 2005/);
    assert.match(details, /printed “2008-08”, used “1998-08”/, 'the erratum is shown');
    await s.session.waitFor('the URL to name the mission', () => location.search.includes('mission=UNAMSIL'));
    await screenshot('details');
    const closed = () => {
      const aside = document.querySelector('aside.details');
      return (!aside || aside.getClientRects().length === 0) && !location.search.includes('mission=');
    };
    // The details have a history entry of their own: Back closes them, Forward opens them again.
    await s.session.execute(() => history.back());
    await s.session.waitFor('Back to close the details', closed);
    await s.session.execute(() => history.forward());
    await s.session.waitFor('Forward to open them again', () => document.querySelector('aside.details')?.getClientRects().length > 0 && location.search.includes('mission=UNAMSIL'));
    await s.session.press(ESCAPE);
    await s.session.waitFor('the details to close', closed);
    await assertNoProblems();
  });

  test('the Share, Embed and Cite menus open with the link, the code and the citation of the view', async () => {
    await open('?v=1&region=africa');
    const value = (label) => document.querySelector(`[aria-label="${label}"]`)?.value ?? null;
    const isOpen = (name) => Array.from(document.querySelectorAll('details')).some((menu) => menu.open && menu.querySelector('summary').textContent.trim() === name);
    // Opens a menu, reads its fields once they are there, and closes it again, so it covers no other summary.
    const inMenu = async (name, labels) => {
      const summary = await s.session.findByXPath(`//summary[normalize-space(.)='${name}']`);
      await s.session.click(summary);
      assert.ok(await s.session.execute(isOpen, name), `the ${name} menu is open`);
      const values = [];
      for (const label of labels) values.push(await s.session.waitFor(`the ${label} field of the ${name} menu`, value, [label]));
      await s.session.click(summary);
      assert.equal(await s.session.execute(isOpen, name), false, `the ${name} menu closes`);
      return values;
    };
    const [link] = await inMenu('Share', ['Link']);
    assert.equal(link, `${site.server.url}/?v=1&region=africa`);
    const [code] = await inMenu('Embed', ['Code']);
    assert.match(code, /^<iframe src="[^"]*\?v=1&region=africa&embed=1" title="Personnel per mission \(PKO Explorer\)"/);
    const [apa, chicago, bibtex] = await inMenu('Cite', ['APA', 'Chicago', 'BibTeX']);
    assert.match(apa, new RegExp(`^PKO Explorer\\. \\(${new Date().getFullYear()}\\)\\. China in UN peacekeeping: .*14 missions in Africa`));
    assert.ok(apa.endsWith(`from ${site.server.url}/?v=1&region=africa`), apa);
    assert.match(chicago, /Accessed \w+ \d+, \d{4}\./);
    assert.match(bibtex, /^@misc\{pkoexplorer\d{4},/);
    await assertNoProblems();
  });

  test('in a 320 px frame the Share, Embed and Cite menus keep within the page, in Japanese', async () => {
    await s.session.navigate(`${site.server.url}/phone-frame.html`);
    await s.session.waitFor('the app to start in the frame', () => {
      const frame = document.getElementById('phone').contentWindow;
      return !!frame.pkoExplorer && !!frame.document.querySelector('#sources') && !frame.document.querySelector('.first-view');
    });
    for (const index of [0, 1, 2]) {
      const toggle = (at) => document.getElementById('phone').contentDocument.querySelectorAll('.share-menus summary')[at].click();
      await s.session.execute(toggle, index);
      // The menus' bodies are a part loaded on first use: wait for their text boxes.
      const sideways = await s.session.waitFor(`the text boxes of menu ${index}`, () => {
        const page = document.getElementById('phone').contentDocument;
        const boxes = page.querySelectorAll('details[open] .copy-box :is(input, textarea)');
        return boxes.length > 0 ? [page.documentElement.scrollWidth - page.documentElement.clientWidth] : null;
      });
      assert.deepEqual(sideways, [0], `menu ${index} scrolls the page sideways`);
      await s.session.execute(toggle, index);
    }
    const problems = await s.session.execute(() => document.getElementById('phone').contentWindow.__pkoProbe?.problems ?? ['the probe did not run']);
    assert.deepEqual(problems, [], 'no errors, rejections, console errors or failed loads in the frame');
  });

  test('a chart downloads its rows as CSV', async () => {
    await open('?v=1&region=europe');
    // The chart's Download menu loads its buttons, with the downloads' part, when it first opens.
    await s.session.click(await s.session.find('summary[aria-label="Download Personnel per mission"]'));
    const csv = '[aria-label="Download the data of Personnel per mission as CSV"]';
    await s.session.waitFor('the Download menu\'s buttons', (selector) => document.querySelector(selector) !== null, [csv]);
    await s.session.click(await s.session.find(csv));
    const download = await s.session.waitFor('the download to start', () => window.__pkoProbe.downloads[0]);
    assert.equal(download.name, 'pko-explorer-personnel.csv');
    const text = await s.session.executeAsync((href) => window.__pkoProbe.blobs[href].text(), download.href);
    const lines = text.trim().split('\n');
    // A comment is `#` and one field, quoted where it holds a comma, which a spreadsheet keeps in one cell.
    assert.match(lines[0], /^#,"Source: Yasuhiro Matsuda/);
    assert.equal(lines[1], '#,"View: 2 missions in Europe, 93 personnel sent (1% of all)"');
    assert.match(lines[2], /^#,Link: .*region=europe/);
    assert.match(lines[3], /^acronym,predecessor,name,host,region,table/);
    assert.equal(lines.length, 6, 'a header and the two missions in Europe');
    if (key === 'firefox') {
      // Firefox saves it into the session's download folder: the file must be the same text.
      const file = join(s.downloads, download.name);
      for (let i = 0; i < 100 && !(await readdir(s.downloads)).includes(download.name); i++) await new Promise((done) => setTimeout(done, 100));
      // Blob.text() drops the byte-order mark, which the file keeps for Excel.
      assert.equal(await readFile(file, 'utf8').catch(() => null), `\uFEFF${text}`, 'the saved file holds the CSV');
    }
    await assertNoProblems();
  });

  test('a lang link shows the interface in Chinese, and in Japanese', async () => {
    await open('?v=1&lang=zh&region=africa');
    await expectText('h1', '中国与联合国维和行动');
    assert.equal(await s.session.execute(() => document.documentElement.lang), 'zh-Hans');
    await expectText('.summary', '非洲的14项任务，派遣8,832人次（占总数71%）');
    await expectText('#personnel-title', '各任务派遣人数');
    await screenshot('zh');
    await assertNoProblems();
    await open('?v=1&lang=ja&region=asia');
    await expectText('h1', '中国と国連平和維持活動');
    assert.equal(await s.session.execute(() => document.documentElement.lang), 'ja');
    await expectText('.summary', 'アジアの5ミッション、延べ1,146人（全体の9%）');
    assert.equal(await s.session.attribute(await s.session.button('アジア'), 'aria-pressed'), 'true');
    await assertNoProblems();
  });

  test('the embed mode shows one chart with its title, credit and link', async () => {
    await open('?v=1&embed=1&chart=regions');
    await expectDrawn(1);
    assert.equal(await s.session.execute(() => document.querySelectorAll('.site-header').length), 0, 'no other chrome');
    await expectText('#regions-title', 'Personnel by region');
    await expectText('.summary', ALL);
    assert.match(await s.session.execute(textOf, '.credit'), /Source: Y\. Matsuda/);
    const href = await s.session.execute(() => Array.from(document.querySelectorAll('a')).find((a) => a.textContent.trim() === 'Open in full explorer')?.getAttribute('href'));
    assert.match(href ?? '', /chart=regions/);
    assert.doesNotMatch(href, /embed=1/);
    await screenshot('embed');
    await assertNoProblems();
  });

  test('the monthly charts load on a link, draw, and step a month by button and by keyboard', async () => {
    await open('?v=1&month=2008-11#contributions');
    // The deployed chart's canvas, its month's layer over it, and the top contributors' canvas.
    await expectDrawn(3, '#contributions canvas');
    await expectText('.month-control .month-value', 'Nov 2008');
    assert.match(await s.session.execute(textOf, '.month-summary'), /^Nov 2008: China had 2,159 \(1,892 troops, 209 police, 58 military experts\) deployed, 13th of 120 contributors/);
    await s.session.click(await s.session.find('[aria-label="Next month"]'));
    await expectText('.month-control .month-value', 'Dec 2008');
    await s.session.waitFor('the URL to follow the month', () => /[?&]month=2008-12(&|#|$)/.test(location.search));
    await s.session.execute(() => document.querySelector('.month-control input[type="range"]').focus());
    await s.session.press('\uE012'); // ArrowLeft
    await expectText('.month-control .month-value', 'Nov 2008');
    assert.match(await s.session.execute(textOf, '#chart-contributors .takeaway'), /France was the largest of the permanent members$/);
    await screenshot('contributions');
    await assertNoProblems();
  });

  test('the single HTML file works from file://', async () => {
    await s.session.navigate(pathToFileURL(site.singleFile).href);
    await s.session.waitFor('four charts', () => document.querySelectorAll('.charts canvas').length === 4 && !!window.__pkoProbe);
    await expectText('.summary', ALL);
    await expectDrawn(4);
    await s.session.click(await s.session.button('Americas'));
    await expectText('.summary', AMERICAS);
    await assertNoProblems();
  });
}

describe('engines', { concurrency: CHOSEN.length || 1 }, () => {
  for (const key of CHOSEN) {
    if (!ENGINES[key]) throw new Error(`unknown engine ${key}: ENGINES takes ${Object.keys(ENGINES).join(', ')}`);
    describe(ENGINES[key].name, { concurrency: 1 }, () => engineSuite(key));
  }
});
