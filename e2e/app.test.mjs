// End-to-end tests: the release build (dist/) served on localhost and clicked through in headless Chromium.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chartDrawn, harness } from './harness.mjs';
import { scrollToSources } from './browser.mjs';

const app = harness();
const openApp = (query, options) => app.openApp(query, options);

const summary = (page) => page.textContent('.summary');
const pressed = (page, name) => page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
const canvasImage = (page, panel) => page.$eval(`#chart-${panel} canvas`, (canvas) => canvas.toDataURL());

/** Moves the pointer down a chart until its tooltip starts with `prefix`, and returns that point. */
async function findMark(page, panel, prefix) {
  const canvas = page.locator(`#chart-${panel} canvas`);
  await canvas.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const box = await canvas.boundingBox();
  for (let y = 2; y < box.height; y += 4) {
    const point = { x: box.x + 14, y: box.y + y };
    await page.mouse.move(point.x, point.y);
    const tip = (await page.textContent(`#chart-${panel} .tooltip`)) ?? '';
    if (tip.startsWith(prefix)) return point;
  }
  throw new Error(`no mark in the ${panel} chart has a tooltip starting with ${prefix}`);
}

function assertNoProblems(problems) {
  assert.deepEqual(problems, [], 'no console errors or page errors');
}

describe('the explorer', () => {
  test('loads the release build and draws four charts with no errors and no other-origin requests', async () => {
    const { page, problems, requests, context } = await openApp();
    assert.equal(await page.title(), 'China in UN Peacekeeping — PKO Explorer');
    assert.equal(await summary(page), '25 missions, 12,451 personnel sent');
    // The two long charts, below the first screen, are drawn when they come near it.
    for (const slug of ['timeline', 'personnel']) await chartDrawn(page, slug);
    const drawn = await page.$$eval('.charts canvas', (canvases) =>
      canvases.map((canvas) => {
        const blank = document.createElement('canvas');
        blank.width = canvas.width;
        blank.height = canvas.height;
        return canvas.width > 0 && canvas.toDataURL() !== blank.toDataURL();
      }),
    );
    assert.deepEqual(drawn, [true, true, true, true]);
    const origin = new URL(app.server.url).origin;
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), []);
    assertNoProblems(problems);
    await context.close();
  });

  test('a region filter updates the summary, its pressed state and the charts', async () => {
    const { page, problems, context } = await openApp();
    // The personnel chart drawn with every mission, then left below the screen.
    await chartDrawn(page, 'personnel');
    await page.evaluate(() => scrollTo(0, 0));
    const before = await canvasImage(page, 'personnel');
    // The budget chart, which no filter changes, says so always, and marks it at a filter's click rather than seeming
    // to ignore it; the note keeps its size, so that the charts below do not move.
    const note = page.locator('#chart-budget .filters-note');
    assert.equal(await note.textContent(), "The filters do not change this chart: it shows China's share of the whole budget.");
    assert.equal(await note.getAttribute('class'), 'filters-note', 'not marked while nothing is filtered');
    const timelineTop = () => page.locator('#chart-timeline').evaluate((panel) => panel.getBoundingClientRect().top + scrollY);
    const timelineBefore = await timelineTop();
    await page.getByRole('button', { name: 'Africa', exact: true }).click();
    assert.equal(await pressed(page, 'Africa'), 'true');
    assert.equal(await note.getAttribute('class'), 'filters-note active');
    assert.equal(await timelineTop(), timelineBefore, 'the panels below the budget chart stay where they were');
    assert.equal(await summary(page), '14 missions in Africa, 8,832 personnel sent (71% of all)');
    // Below the first screen, the chart is redrawn when it comes near (see the next test).
    await page.locator('#chart-personnel canvas').scrollIntoViewIfNeeded();
    await page.waitForFunction((before) => document.querySelector('#chart-personnel canvas').toDataURL() !== before, before);
    // Each chart's finding follows the view.
    assert.equal(await page.textContent('#chart-personnel .takeaway'), 'UNMIL received the most personnel: 4,059, 46% of those shown');
    assert.equal(
      await page.textContent('#chart-timeline .takeaway'),
      'Before 2000, 4 of 5 missions were mainly military observers; from 2000, 4 of 9 were mainly civilian police or troops',
    );
    await page.waitForURL(/[?&]region=africa(&|$)/); // the URL follows the view, after the next paint
    await page.getByRole('button', { name: 'Initial participation, 1989–1999' }).click();
    assert.equal(await summary(page), '5 missions in Africa, 424 personnel sent (3% of all)');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    assert.equal(await summary(page), '25 missions, 12,451 personnel sent');
    assert.equal(await pressed(page, 'Africa'), 'false');
    assertNoProblems(problems);
    await context.close();
  });

  test('a click redraws the charts on screen; one below is drawn when it comes near, as the view then is', async () => {
    const { page, problems, context } = await openApp('', { viewport: { width: 1280, height: 900 } });
    // The time a chart was last drawn: its `pko:draw:<chart>` measure, of which the page keeps the latest.
    const lastDrawn = (chart) => page.evaluate((chart) => performance.getEntriesByName(`pko:draw:${chart}`).at(-1)?.startTime ?? -1, chart);
    const top = (chart) => page.$eval(`#chart-${chart} canvas`, (canvas) => canvas.getBoundingClientRect().top);
    const innerHeight = await page.evaluate(() => innerHeight);
    // The layout this test is about: at 1280 × 900 the regions chart is on the first screen and the personnel chart
    // starts more than 100 px below it (canvas.rs's NEAR_MARGIN).
    assert.ok((await top('regions')) < innerHeight, 'the regional chart is on the first screen');
    assert.ok((await top('personnel')) > innerHeight + 100, 'the personnel chart starts more than 100 px below the screen');
    // Drawn once (a long chart is drawn when it first comes near), then left below the screen.
    await chartDrawn(page, 'personnel');
    await page.evaluate(() => scrollTo(0, 0));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const clicked = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Africa', exact: true }).click();
    await page.waitForFunction((clicked) => (performance.getEntriesByName('pko:draw:regions').at(-1)?.startTime ?? 0) > clicked, clicked);
    // Two frames more, for anything the click has left to draw.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.ok((await lastDrawn('personnel')) < clicked, 'the personnel chart, below the screen, is not drawn by the click');
    await page.locator('#chart-personnel canvas').scrollIntoViewIfNeeded();
    await page.waitForFunction((clicked) => (performance.getEntriesByName('pko:draw:personnel').at(-1)?.startTime ?? 0) > clicked, clicked);
    // Drawn as the view is now: the same picture as on a page opened on it. Only the chart's height is compared,
    // since a canvas's bitmap keeps the height of its tallest drawing (see canvas.rs).
    const chartImage = (page) =>
      page.$eval('#chart-personnel canvas', (canvas) => {
        const crop = document.createElement('canvas');
        crop.width = canvas.width;
        crop.height = Math.round(canvas.parentElement.getBoundingClientRect().height * devicePixelRatio);
        crop.getContext('2d').drawImage(canvas, 0, 0);
        return crop.toDataURL();
      });
    const drawn = await chartImage(page);
    const opened = await openApp('?region=africa', { viewport: { width: 1280, height: 900 } });
    await chartDrawn(opened.page, 'personnel');
    assert.equal(drawn, await chartImage(opened.page), 'the personnel chart shows the Africa filter');
    await opened.context.close();
    assertNoProblems(problems);
    await context.close();
  });

  test("the key facts state the paper's findings, each a link to the chart that shows it", async () => {
    const { page, problems, context } = await openApp();
    const facts = page.locator('.key-facts a');
    assert.deepEqual(await facts.evaluateAll((links) => links.map((link) => [link.querySelector('strong').textContent, link.getAttribute('href')])), [
      ['0.9% → 3.94%', '#chart-budget'],
      ['2,157', '#contributions'],
      ['71%', '#chart-regions'],
      ['2000', '#chart-timeline'],
    ]);
    assert.equal(await facts.nth(1).locator('span').textContent(), "personnel deployed at any one time (Nov 2008, the paper's figure)");
    // The story first: the budget chart, the design's headline, is whole on the first screen of a 1280 x 800 window.
    await page.setViewportSize({ width: 1280, height: 800 });
    const budget = await page.$eval('#chart-budget canvas', (canvas) => canvas.getBoundingClientRect().bottom);
    assert.ok(budget <= 800, `the budget chart ends at ${budget} px, inside the first 800`);
    // Each link scrolls its chart to the top of the window (the click on the link, near the page's top, leaves the
    // charts lower down); the monthly charts' section is loaded by following its link.
    for (const [index, target] of [[0, '#chart-budget'], [2, '#chart-regions'], [3, '#chart-timeline'], [1, '#contributions']]) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await facts.nth(index).click();
      await page.waitForFunction((target) => Math.abs(document.querySelector(target)?.getBoundingClientRect().top ?? 999) < 3, target);
    }
    await page.locator('#chart-deployed canvas').first().waitFor();
    assertNoProblems(problems);
    await context.close();
  });

  test('filters that leave no mission say why and offer each way back', async () => {
    const { page, problems, context } = await openApp('?region=americas&period=initial');
    const notice = page.locator('.no-match');
    await notice.waitFor();
    assert.equal(await notice.locator('p').textContent(), 'No mission matches these filters. Clear one filter to see missions again:');
    assert.deepEqual(await notice.getByRole('button').allTextContents(), [
      'Without “Initial participation, 1989–1999”: 1 mission',
      'Without “Americas”: 9 missions',
      'Clear filters',
    ]);
    await notice.getByRole('button', { name: 'Without “Americas”: 9 missions' }).click();
    assert.equal(await summary(page), '9 missions, 1,576 personnel sent (13% of all)');
    // The button pressed has gone with the notice: the focus is on the filter bar, not lost on the page's body.
    assert.equal(await page.evaluate(() => document.activeElement.matches('section.filters')), true);
    assert.equal(await notice.count(), 0, 'the notice goes once missions match');
    await page.waitForURL((url) => url.searchParams.get('period') === 'initial' && !url.searchParams.has('region'));
    assertNoProblems(problems);
    await context.close();
  });

  test('on a phone the first chart is on the first screen, the filters fold behind one button, and a tap shows before it acts', async () => {
    for (const width of [375, 320]) {
      const { page, problems, context } = await openApp('', { viewport: { width, height: 667 }, hasTouch: true, isMobile: true });
      const top = await page.$eval('#chart-budget', (panel) => panel.getBoundingClientRect().top);
      assert.ok(top < 600, `at ${width} px the budget chart starts at ${top} px, on the first screen of 667`);
      // Every control a finger may use is at least 44 x 44 CSS pixels.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, summary, label.check')]
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => [element.textContent.trim().slice(0, 24), element.getBoundingClientRect()])
          .filter(([, box]) => box.height < 44 || box.width < 44)
          .map(([text, box]) => `${text}: ${Math.round(box.width)} x ${Math.round(box.height)}`),
      );
      assert.deepEqual(small, [], `at ${width} px`);
      // The filters are folded behind one button that says how many are set. A phone has no mouse: every step
      // here is a tap.
      const fold = page.locator('.filter-fold');
      assert.equal(await fold.textContent(), 'Filters');
      assert.equal(await page.locator('.filters').isVisible(), false);
      await fold.tap();
      assert.equal(await fold.getAttribute('aria-expanded'), 'true');
      await page.getByRole('button', { name: 'Asia', exact: true }).tap();
      assert.equal(await fold.textContent(), 'Filters (1 on)');
      await fold.tap();
      assert.equal(await page.locator('.filters').isVisible(), false);
      // The summary line stays in view while the reader scrolls down to the last chart.
      await page.locator('#chart-personnel canvas').scrollIntoViewIfNeeded();
      const summaryTop = await page.$eval('.summary', (line) => line.getBoundingClientRect().top);
      assert.ok(summaryTop >= 0 && summaryTop < 20, `the summary line stays at the top (${summaryTop} px)`);
      // A tap on a region shows its tooltip; a second tap on it filters by it.
      const regions = page.locator('#chart-regions canvas');
      await regions.scrollIntoViewIfNeeded();
      await regions.tap({ position: { x: width / 2, y: 24 } });
      await page.waitForFunction(() => document.querySelector('#chart-regions .tooltip').textContent.startsWith('Africa: 14 missions'));
      // The tooltip stays within the page: wider, it would scroll the page sideways under the finger.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `the tooltip keeps within ${width} px (overflow ${overflow} px)`);
      assert.equal(await summary(page), '5 missions in Asia, 1,146 personnel sent (9% of all)');
      await regions.tap({ position: { x: width / 2, y: 24 } });
      assert.equal(await summary(page), '19 missions in Africa and Asia, 9,978 personnel sent (80% of all)');
      assertNoProblems(problems);
      await context.close();
    }
  });

  test("on a 320 px phone the header's tools fit one row, in every language", async () => {
    for (const query of ['', '?lang=zh', '?lang=ja']) {
      const { page, problems, context } = await openApp(query, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
      const tools = await page.$$eval('.header-tools > *', (elements) =>
        elements.map((element) => {
          const box = element.getBoundingClientRect();
          return { name: element.className, top: Math.round(box.top), right: Math.round(box.right), height: Math.round(box.height) };
        }),
      );
      assert.equal(tools.length, 3, `the share menus, the language and the theme (${query})`);
      assert.deepEqual(new Set(tools.map((tool) => tool.top)).size, 1, `one row (${query}): ${JSON.stringify(tools)}`);
      assert.ok(tools.every((tool) => tool.right <= 304 && tool.height >= 44), `within the page's margin (${query}): ${JSON.stringify(tools)}`);
      assertNoProblems(problems);
      await context.close();
    }
  });

  test('clicking a bar in the regional chart toggles that region', async () => {
    const { page, problems, context } = await openApp();
    const point = await findMark(page, 'regions', 'Asia:');
    assert.equal(await page.textContent('#chart-regions .tooltip'), 'Asia: 5 missions, 1,146 personnel (9%)');
    await page.mouse.click(point.x, point.y);
    assert.equal(await pressed(page, 'Asia'), 'true');
    assert.equal(await summary(page), '5 missions in Asia, 1,146 personnel sent (9% of all)');
    await page.mouse.click(point.x, point.y);
    assert.equal(await pressed(page, 'Asia'), 'false');
    assertNoProblems(problems);
    await context.close();
  });

  test('clicking a mission opens its details, and Escape closes them', async () => {
    const { page, problems, context } = await openApp();
    const point = await findMark(page, 'personnel', 'UNAMSIL (');
    await page.mouse.click(point.x, point.y);
    const details = page.locator('aside.details');
    // The panel opens at once; its body comes with the part loaded on first use.
    await details.getByRole('heading', { name: /UNAMSIL: United Nations Mission in Sierra Leone/ }).waitFor();
    // The bar's tooltip gives way to what the click opened.
    assert.equal(await page.locator('#chart-personnel .tooltip').isVisible(), false);
    const text = await details.textContent();
    assert.match(text, /Aug 1998 – Dec 2005/);
    assert.match(text, /printed “2008-08”, used “1998-08”/, 'the erratum is shown, not hidden');
    await page.waitForURL(/mission=UNAMSIL/);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    // The timeline opens the same panel.
    const onTimeline = await findMark(page, 'timeline', 'UNMIL (');
    await page.mouse.click(onTimeline.x, onTimeline.y);
    await details.getByRole('heading', { name: /^UNMIL: / }).waitFor();
    assert.match(await details.textContent(), /3,906 troops|Troops: 3,906/);
    await page.getByRole('button', { name: 'Close' }).click();
    await details.waitFor({ state: 'hidden' });
    assertNoProblems(problems);
    await context.close();
  });

  test("Back closes a mission's details and keeps the rest of the view; Forward reopens them", async () => {
    const { page, problems, context } = await openApp();
    const details = page.locator('aside.details');
    const entries = () => page.evaluate(() => history.length);
    const before = await entries();
    const point = await findMark(page, 'personnel', 'UNAMSIL (');
    await page.mouse.click(point.x, point.y);
    await details.getByRole('heading', { name: /^UNAMSIL: / }).waitFor();
    await page.waitForURL(/mission=UNAMSIL/);
    assert.equal(await entries(), before + 1, 'the details have an entry of their own');
    // A change made while they are open is kept by Back: only the details close.
    await page.getByRole('button', { name: 'Log scale', exact: true }).click();
    await page.waitForURL(/scale=log.*mission=UNAMSIL|mission=UNAMSIL.*scale=log/);
    await page.evaluate(() => history.back());
    await details.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.search.includes('scale=log') && !url.search.includes('mission='));
    assert.equal(await pressed(page, 'Log scale'), 'true');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('#chart-personnel') !== null), 'the focus is back on the chart');
    await page.evaluate(() => history.forward());
    await details.getByRole('heading', { name: /^UNAMSIL: / }).waitFor();
    await page.waitForURL(/mission=UNAMSIL/);
    // Close steps back too, so that the details leave no entry behind them for Back to land on.
    await details.getByRole('button', { name: 'Close' }).click();
    await details.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.search.includes('scale=log') && !url.search.includes('mission='));
    assert.equal(await page.evaluate(() => history.state), null, 'on the entry before the details');
    assertNoProblems(problems);
    await context.close();
  });

  test("after a reload on a mission's entry, Close closes it in place rather than loading the entry before", async () => {
    const { page, problems, context } = await openApp();
    const details = page.locator('aside.details');
    const point = await findMark(page, 'personnel', 'UNAMSIL (');
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/mission=UNAMSIL/);
    await page.reload();
    await details.getByRole('heading', { name: /^UNAMSIL: / }).waitFor();
    await page.getByRole('button', { name: 'Europe', exact: true }).click();
    await page.evaluate(() => (window.sameLoad = true));
    await details.getByRole('button', { name: 'Close' }).click();
    await details.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.search.includes('region=europe') && !url.search.includes('mission='));
    assert.equal(await page.evaluate(() => window.sameLoad), true, 'the page was not loaded again');
    assertNoProblems(problems);
    await context.close();
  });

  test('the embed mode adds no entry to the history of the course page around it', async () => {
    const { page, problems, context } = await openApp('?v=1&embed=1&chart=personnel');
    const before = await page.evaluate(() => history.length);
    const point = await findMark(page, 'personnel', 'UNAMSIL (');
    await page.mouse.click(point.x, point.y);
    await page.locator('aside.details').getByRole('heading', { name: /^UNAMSIL: / }).waitFor();
    await page.waitForURL(/mission=UNAMSIL/);
    assert.equal(await page.evaluate(() => history.length), before);
    assertNoProblems(problems);
    await context.close();
  });

  test('a long chart embedded in a narrow frame loads without a ResizeObserver loop', async () => {
    // The frame's height was measured by a ResizeObserver on the body, which the chart's redraw in its own
    // observer's callback outran: the browser reported "ResizeObserver loop completed with undelivered
    // notifications" in most loads of this embed at this size (15 of 24 at 375 x 500 and 320 x 400).
    for (let load = 0; load < 6; load++) {
      const { page, problems, context } = await openApp('?v=1&embed=1&chart=timeline', { viewport: { width: 375, height: 500 } });
      await page.waitForFunction(() => performance.getEntriesByName('pko:charts-drawn').length === 1);
      await page.waitForTimeout(200);
      assertNoProblems(problems);
      await context.close();
    }
  });

  test("on a phone, a mission's Close stays in view at the panel's foot while its text scrolls", async () => {
    const { page, problems, context } = await openApp('?v=1&mission=UNAMSIL', {
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    const details = page.locator('aside.details');
    await details.getByRole('heading', { name: /^UNAMSIL: / }).waitFor();
    // UNAMSIL's details, with its note and erratum, are taller than the panel: the panel scrolls.
    assert.ok(await details.evaluate((panel) => panel.scrollHeight > panel.clientHeight + 100));
    for (const scrolled of ['at the top', 'at the end']) {
      if (scrolled === 'at the end') await details.evaluate((panel) => (panel.scrollTop = panel.scrollHeight));
      const seen = await details.evaluate((panel, scrolled) => {
        const close = panel.querySelector('button.close');
        const box = close.getBoundingClientRect();
        const inside = panel.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        // At the end, the panel's last line is above the bar, not under it.
        const last = [...panel.querySelectorAll('li, p')].at(-1).getBoundingClientRect();
        return {
          inPanel: box.top >= inside.top && box.bottom <= inside.bottom,
          onTop: hit === close,
          lastAbove: scrolled === 'at the top' || last.bottom <= close.parentElement.getBoundingClientRect().top + 1,
        };
      }, scrolled);
      assert.deepEqual(seen, { inPanel: true, onTop: true, lastAbove: true }, `Close ${scrolled}`);
    }
    await details.getByRole('button', { name: 'Close' }).tap();
    await details.waitFor({ state: 'hidden' });
    assertNoProblems(problems);
    await context.close();
  });

  test('a link that opens with a mission adds no entry: Close closes it in place', async () => {
    const { page, problems, context } = await openApp('?v=1&mission=UNAMA');
    const details = page.locator('aside.details');
    await details.getByRole('heading', { name: /^UNAMA: / }).waitFor();
    const before = await page.evaluate(() => history.length);
    await details.getByRole('button', { name: 'Close' }).click();
    await details.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => !url.search.includes('mission='));
    assert.equal(await page.evaluate(() => history.length), before);
    assertNoProblems(problems);
    await context.close();
  });

  test('a whole filter, select and details flow works with the keyboard alone', async () => {
    const { page, problems, context } = await openApp();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 40 && (await focusedText()) !== 'Middle East'; i++) await page.keyboard.press('Tab');
    assert.equal(await focusedText(), 'Middle East');
    await page.keyboard.press('Enter');
    assert.equal(await summary(page), '3 missions in Middle East, 1,464 personnel sent (12% of all)');
    const onPersonnelCanvas = () => page.evaluate(() => document.activeElement === document.querySelector('#chart-personnel canvas'));
    for (let i = 0; i < 40 && !(await onPersonnelCanvas()); i++) await page.keyboard.press('Tab');
    assert.ok(await onPersonnelCanvas(), 'the chart is reachable with Tab');
    // The focus brings the chart into view, and its code is fetched then: its keys act once it is drawn.
    await chartDrawn(page, 'personnel');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.textContent('#chart-personnel .tooltip'), /^UNIFIL \(Lebanon\)/);
    await page.keyboard.press('ArrowDown');
    assert.match(await page.textContent('#chart-personnel .tooltip'), /^UNIKOM/);
    await page.keyboard.press('Enter');
    await page.locator('aside.details').waitFor({ state: 'visible' });
    assert.match(await page.textContent('aside.details h2'), /^UNIKOM: /);
    await page.keyboard.press('Escape');
    await page.locator('aside.details').waitFor({ state: 'hidden' });
    assertNoProblems(problems);
    await context.close();
  });

  test('a permalink reopens the same view, and the URL follows later clicks', async () => {
    const { page, problems, context } = await openApp('?v=1&region=asia~europe&scale=log&mission=UNAMA&later=1');
    assert.equal(await pressed(page, 'Asia'), 'true');
    assert.equal(await pressed(page, 'Europe'), 'true');
    assert.equal(await pressed(page, 'Log scale'), 'true');
    assert.equal(await page.isChecked('text=Add the later UN scales'), true);
    assert.match(await page.textContent('aside.details h2'), /^UNAMA: United Nations Assistance Mission in Afghanistan/);
    assert.equal(await summary(page), '7 missions in Asia and Europe, 1,239 personnel sent (10% of all)');
    await page.getByRole('button', { name: 'Americas', exact: true }).click();
    await page.waitForURL(/region=asia~europe~americas/);
    assertNoProblems(problems);
    await context.close();
  });

  test('a hand-edited link gets a notice and a working page', async () => {
    const { page, problems, context } = await openApp('?region=atlantis&colour=red&mission=%ZZ');
    const notice = await page.textContent('.notice');
    assert.match(notice, /Ignored `region=atlantis`/);
    assert.match(notice, /unknown setting `colour`/);
    assert.equal(await summary(page), '25 missions, 12,451 personnel sent');
    await page.getByRole('button', { name: 'Europe', exact: true }).click();
    assert.equal(await summary(page), '2 missions in Europe, 93 personnel sent (1% of all)');
    assertNoProblems(problems);
    await context.close();
  });

  test('the table toggle shows the data as a table, and the sources show the arithmetic and errata', async () => {
    const { page, problems, context } = await openApp();
    const toggle = page.locator('#chart-regions .table-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const africaRow = await page.locator('#regions-table tr', { hasText: 'Africa' }).textContent();
    assert.match(africaRow, /14.*8,832.*71%/);
    // The tables follow the filters like the charts do.
    await page.getByRole('button', { name: 'Troops', exact: true }).click();
    const troopsRow = await page.locator('#regions-table tr', { hasText: 'Africa' }).textContent();
    assert.doesNotMatch(troopsRow, /8,832/, 'the regional table shows troops only');
    await page.getByRole('button', { name: 'Asia', exact: true }).click();
    await page.locator('#chart-personnel .table-toggle').click();
    assert.equal(await page.locator('#personnel-table tbody tr').count(), 1, 'the mission table shows the one Asian mission with troops (UNTAC)');
    // The sources load when a reader comes near them.
    await scrollToSources(page);
    assert.match(await page.textContent('[data-testid=arithmetic-check]'), /12,433 troops and civilian police; the tables add up to 12,431 uniformed personnel, a gap of 2/);
    const unamsil = await page.locator('.errata-table tr', { hasText: 'UNAMSIL' }).textContent();
    assert.match(unamsil, /2008-08.*1998-08.*corrected/);
    assert.equal(await page.locator('[data-testid=translation-note]').count(), 0, 'English is the text of the paper and its data');
    assertNoProblems(problems);
    await context.close();
  });

  test('a link to #sources lands on the sources, which are loaded after the charts', async () => {
    const { page, problems, context } = await openApp('?v=1#sources');
    await page.waitForFunction(() => {
      const top = document.querySelector('#sources')?.getBoundingClientRect().top;
      // Within a pixel or two of the top: the sections above it are laid out at fractional heights.
      return document.querySelector('[data-testid=arithmetic-check]') && top > -2 && top < window.innerHeight;
    });
    const drawnFirst = await page.evaluate(() => performance.getEntriesByName('pko:charts-drawn').length === 1);
    assert.ok(drawnFirst, 'the charts were drawn');
    await page.waitForURL(/\?v=1#sources$/); // the URL keeps its fragment when the view is written into it
    assertNoProblems(problems);
    await context.close();
  });

  test('a window narrower than the least width a chart is drawn at scrolls the chart rather than squeezing it', async () => {
    const { page, problems, context } = await openApp('', { viewport: { width: 200, height: 400 } });
    const canvas = page.locator('#chart-budget canvas');
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#chart-budget canvas').width === 200 * devicePixelRatio);
    const { shown, clip } = await canvas.evaluate((element) => ({
      shown: element.getBoundingClientRect().width,
      clip: element.parentElement.getBoundingClientRect().width,
    }));
    assert.ok(clip < 200, `the chart's box (${clip} px) is narrower than the chart`);
    assert.equal(Math.round(shown), 200, 'the chart is shown at the width it is drawn at');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page itself does not scroll sideways (overflow ${overflow}px)`);
    assertNoProblems(problems);
    await context.close();
  });

  test('tiny and huge windows keep a working page without sideways scrolling', async () => {
    for (const width of [320, 2560]) {
      const { page, problems, context } = await openApp('', { viewport: { width, height: 700 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `no sideways scroll at ${width}px (overflow ${overflow}px)`);
      // On a narrow screen the filters are folded behind one button.
      if (await page.locator('.filter-fold').isVisible()) await page.locator('.filter-fold').click();
      await page.getByRole('button', { name: 'Americas', exact: true }).click();
      assert.equal(await summary(page), '1 mission in Americas, 916 personnel sent (7% of all)');
      // The chart's bitmap follows the resize: redrawn at the new width, in device pixels, not stretched by CSS.
      const bitmapWidth = () => page.$eval('#chart-budget canvas', (canvas) => canvas.width);
      const before = await bitmapWidth();
      await page.setViewportSize({ width: width === 320 ? 900 : 1024, height: 700 });
      // A chart is redrawn when it is on or near the screen (at 320 px the budget chart is further down).
      await page.locator('#chart-budget canvas').scrollIntoViewIfNeeded();
      await page.waitForFunction((before) => document.querySelector('#chart-budget canvas').width !== before, before);
      const { bitmap, box } = await page.$eval('#chart-budget canvas', (canvas) => ({
        bitmap: canvas.width,
        box: Math.round(canvas.parentElement.getBoundingClientRect().width * devicePixelRatio),
      }));
      assert.ok(Math.abs(bitmap - box) <= 2, `the bitmap (${bitmap} px) is as wide as the chart's box (${box} device px)`);
      assertNoProblems(problems);
      await context.close();
    }
  });

  test('screenshots: wide and narrow, light and dark', async () => {
    const dir = process.env.SCREENSHOTS_DIR ?? join(import.meta.dirname, 'output');
    await mkdir(dir, { recursive: true });
    for (const [name, width, colorScheme] of [
      ['wide-light', 1280, 'light'],
      ['wide-dark', 1280, 'dark'],
      ['narrow-light', 375, 'light'],
      ['narrow-dark', 375, 'dark'],
      ['phone-320-light', 320, 'light'],
      ['phone-320-dark', 320, 'dark'],
    ]) {
      const { page, problems, context } = await openApp('', { viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const theme = await page.evaluate(() => document.documentElement.dataset.theme);
      assert.equal(theme, colorScheme, 'the theme follows the system');
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path });
      assert.ok((await stat(path)).size > 20_000, `${name}.png holds a picture`);
      assertNoProblems(problems);
      await context.close();
    }
    // The charts of the monthly figures: their section, with the other permanent members' lines, and one in the
    // embed mode on a small phone.
    for (const [name, width, colorScheme, query] of [
      ['contributions-1280-light', 1280, 'light', '#contributions'],
      ['contributions-1280-dark', 1280, 'dark', '#contributions'],
      ['contributions-1280-light-permanent-members', 1280, 'light', '?p5=1#contributions'],
      ['contributions-375-light', 375, 'light', '#contributions'],
      ['contributions-320-dark-embed', 320, 'dark', '?embed=1&chart=deployed&month=2008-11'],
    ]) {
      const { page, problems, context } = await openApp(query, { viewport: { width, height: 1200 }, colorScheme, deviceScaleFactor: 1 });
      await page.waitForFunction(() => document.querySelector('#chart-deployed canvas.overlay')?.width > 0, null, { timeout: 20_000 });
      const path = join(dir, `${name}.png`);
      const section = page.locator(query.includes('embed=1') ? 'main.embed' : '#contributions');
      await section.screenshot({ path });
      assert.ok((await stat(path)).size > 20_000, `${name}.png holds a picture`);
      assertNoProblems(problems);
      await context.close();
    }
  });
});
