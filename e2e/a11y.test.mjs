// Accessibility and languages: an axe-core audit of the full app and the embed mode in both themes, and each
// language's own words in the interface and on the charts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chartDrawn, harness } from './harness.mjs';
import { scrollToSources } from './browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const app = harness();
const openApp = (query, options) => app.openApp(query, options);

/** The serious and critical violations axe-core finds against WCAG 2.1 A and AA. */
async function audit(page) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
}

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`the full app passes an axe-core audit in the ${colorScheme} theme`, async () => {
      const { page, problems, context } = await openApp('?v=1&mission=UNMIL', { colorScheme });
      // Open what can be opened, so it is audited too.
      await page.locator('#chart-regions .table-toggle').click();
      await page.locator('summary', { hasText: /^Share$/ }).click();
      assert.deepEqual(await audit(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`the embed mode passes an axe-core audit in the ${colorScheme} theme`, async () => {
      const { page, problems, context } = await openApp('?v=1&embed=1&chart=budget&later=1', { colorScheme, viewport: { width: 600, height: 400 } });
      await page.locator('.embed-filters > summary').click();
      assert.deepEqual(await audit(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('every chart is an image with a name and a description that follows the filters', async () => {
    const { page, context } = await openApp('?v=1&region=asia');
    const canvases = await page.$$eval('canvas', (all) =>
      all.map((canvas) => ({
        role: canvas.getAttribute('role'),
        name: canvas.getAttribute('aria-label'),
        description: document.getElementById(canvas.getAttribute('aria-describedby'))?.textContent,
      })),
    );
    assert.deepEqual(canvases.map((c) => c.role), ['img', 'img', 'img', 'img']);
    assert.deepEqual(canvases.map((c) => c.name), ["China's share of the UN peacekeeping budget", 'Personnel by region', 'Participation timeline', 'Personnel per mission']);
    assert.match(canvases[0].description, /1998–2000: 0\.9%/);
    assert.match(canvases[1].description, /Africa: 14 missions, 8,832 personnel \(71%\)/);
    assert.equal(canvases[3].description, '5 missions in Asia, 1,146 personnel sent (9% of all)');
    await context.close();
  });
});

describe('print and keyboard', () => {
  test('printing gives the charts, the summary, the data tables and the sources, without controls', async () => {
    const { page, context } = await openApp('?v=1&region=africa');
    await page.emulateMedia({ media: 'print' });
    // Print media loads the tables and the sources (on first use).
    await page.locator('#sources [data-testid=arithmetic-check]').waitFor();
    await page.locator('#personnel-table table').waitFor();
    for (const hidden of ['.filters', '.header-tools', '.toolbar', '.downloads', '.table-toggle', '#own-data']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    for (const shown of ['.summary', '#chart-personnel canvas', '#personnel-table table', '#regions-table table', '#sources']) {
      assert.equal(await page.locator(shown).first().isVisible(), true, `${shown} is printed`);
    }
    await context.close();
  });

  test('Ctrl+P before the tables and sources are loaded loads them, then opens the print dialog', async () => {
    const { page, problems, context } = await openApp('?v=1');
    // Headless Chromium has no print dialog: count the calls, and what the page held at each.
    await page.evaluate(() => {
      window.printed = [];
      window.print = () =>
        window.printed.push(['[data-testid=arithmetic-check]', '#personnel-table table', '#timeline-table table'].every((selector) => document.querySelector(selector)));
    });
    assert.equal(await page.locator('[data-testid=arithmetic-check]').count(), 0, 'the sources are not loaded at start');
    assert.equal(await page.locator('#sources .print-only').count(), 1, 'their placeholder gives the address instead');
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => window.printed.length > 0);
    assert.deepEqual(await page.evaluate(() => window.printed), [true], 'printed once, with the tables and the sources');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Space selects the focused bar and Escape clears the focus', async () => {
    const { page, context } = await openApp('?v=1&region=europe');
    await page.locator('#chart-timeline canvas').focus();
    await chartDrawn(page, 'timeline');
    await page.keyboard.press('End');
    assert.match(await page.textContent('#chart-timeline .tooltip'), /^UNMIK/);
    await page.keyboard.press(' ');
    await page.locator('aside.details').waitFor({ state: 'visible' });
    assert.match(await page.textContent('aside.details h2'), /^UNMIK: /);
    await page.keyboard.press('Escape');
    await page.locator('aside.details').waitFor({ state: 'hidden' });
    await context.close();
  });

  test('Clear filters, which then disables itself, leaves the focus on the filter bar rather than the page', async () => {
    const { page, context } = await openApp('?v=1&region=europe');
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.summary').textContent.startsWith('25 missions'));
    assert.equal(await page.evaluate(() => document.activeElement.matches('section.filters')), true);
    // The reader goes on from there: Tab reaches the first filter.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Initial participation, 1989–1999');
    await context.close();
  });
});

describe('languages', () => {
  test('a lang link shows Chinese in the interface, the summary and the charts', async () => {
    const english = await openApp('?v=1');
    const englishChart = await english.page.$eval('#chart-personnel canvas', (canvas) => canvas.toDataURL());
    await english.context.close();

    const { page, problems, context } = await openApp('?v=1&lang=zh&region=africa');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    assert.equal(await page.textContent('h1'), '中国与联合国维和行动');
    assert.equal(await page.title(), '中国与联合国维和行动 — PKO Explorer', 'the tab and a bookmark say it too');
    assert.equal(await page.textContent('.summary'), '非洲的14项任务，派遣8,832人次（占总数71%）');
    assert.equal(await page.getByRole('button', { name: '非洲', exact: true }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.textContent('#personnel-title'), '各任务派遣人数');
    assert.notEqual(await page.$eval('#chart-personnel canvas', (canvas) => canvas.toDataURL()), englishChart);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("in Chinese the paper's own text is the project's translation, and says so: events, notes, key figures, errata", async () => {
    const { page, problems, context } = await openApp('?v=1&lang=zh&mission=UNAMSIL');
    const details = page.locator('aside.details');
    assert.match(await details.locator('.note').textContent(), /^已更正：论文将中国的参与时间印为“2008年8月–2005年12月”（开始晚于结束）；此处读作1998年8月/);
    assert.match(await details.textContent(), /军事观察员：37/, 'a figure joined as Chinese joins it');
    assert.match(await details.textContent(), /所在地塞拉利昂/, "the host named in Chinese, from CLDR");
    assert.match(await details.locator('.errata li').textContent(), /^china_start：原文“2008-08”，采用“1998-08”（已更正）。表中印出的中国开始时间晚于其结束时间（2005年12月）；.*来源：Matsuda, Table 1/);
    await page.locator('#chart-timeline .table-toggle').click();
    const namibia = await page.locator('#timeline-table tr', { hasText: '首次派遣' }).textContent();
    assert.match(namibia, /1989年11月.*首次派遣.*中国向纳米比亚的联合国过渡时期援助团（UNTAG）派出20名文职官员。/);
    await scrollToSources(page);
    assert.match(await page.textContent('[data-testid=translation-note]'), /由本项目译自论文及数据的英文原文，并非官方译本/);
    assert.match(await page.textContent('#sources'), /截至2008年11月30日，中国参加了23项联合国维和任务。（第II.2节）/);
    const unamsil = await page.locator('.errata-table tr', { hasText: 'UNAMSIL' }).textContent();
    assert.match(unamsil, /中国观察员自1998年起在其前身联塞观察团（UNOMSIL）任职。.*Matsuda, Table 1/, 'the reason translated, its source as cited');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the language menu switches to Japanese and keeps the view', async () => {
    const { page, problems, context } = await openApp('?v=1&region=asia');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    assert.equal(await page.textContent('.summary'), 'アジアの5ミッション、延べ1,146人（全体の9%）');
    await page.waitForURL(/lang=ja/); // the view is written into the URL after the next paint
    assert.equal(await page.getByRole('button', { name: 'アジア', exact: true }).getAttribute('aria-pressed'), 'true');
    // The title and the key facts, set as HTML, are printed again in the language chosen.
    assert.equal(await page.textContent('h1'), '中国と国連平和維持活動');
    assert.match(await page.textContent('.key-facts'), /国連PKO予算に占める中国の分担率/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the browser's language is used when the link names none", async () => {
    const { page, context } = await openApp('', { locale: 'ja-JP' });
    assert.equal(await page.textContent('h1'), '中国と国連平和維持活動');
    await context.close();
  });
});
