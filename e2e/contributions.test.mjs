// End-to-end tests of the charts of the UN's monthly figures (issue #17): loaded as a part of their own, linked by
// the month in the URL, stepped with the keyboard, the slider and Play, in each language and in the embed mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadButton, harness } from './harness.mjs';

const app = harness();

/** Opens the app on the section of the monthly figures and waits until both of its charts are drawn. */
async function openCharts(query = '', options = {}) {
  const opened = await app.openApp(`${query}#contributions`, options);
  await opened.page.waitForFunction(
    () => ['deployed', 'contributors'].every((slug) => document.querySelector(`#chart-${slug} canvas`)?.width > 0),
    null,
    { timeout: 20_000 },
  );
  return opened;
}

/** Waits until a chart's canvas differs from `before` (it redraws on the next frame after a change). */
const redrawn = (page, slug, before) =>
  page.waitForFunction(
    ([selector, old]) => document.querySelector(selector)?.toDataURL() !== old,
    [`#chart-${slug} canvas`, before],
  );
const image = (page, slug) => page.$eval(`#chart-${slug} canvas`, (canvas) => canvas.toDataURL());

const takeaway = (page, slug) => page.textContent(`#chart-${slug} .takeaway`);
const monthShown = (page) => page.textContent('.month-control .month-value');
const slider = (page) => page.locator('.month-control input[type="range"]');

describe('the charts of the monthly figures', () => {
  test('a link to them loads their part and shows the paper\'s Figure 1 month, with no errors', async () => {
    const { page, problems, requests, context } = await openCharts();
    assert.ok(requests.some((url) => /split_contributions\.wasm$/.test(url)), 'the part was fetched');
    assert.equal(await monthShown(page), 'Nov 2010');
    assert.equal(
      await takeaway(page, 'contributors'),
      'China was 15th of 118 contributors in Nov 2010, the largest of the permanent members',
    );
    assert.match(await takeaway(page, 'deployed'), /^China went from 5 uniformed personnel in Nov 1990 to 2,040 in Nov 2010/);
    assert.match(await page.textContent('#contributions'), /International Peace Institute/, 'the source is credited');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a link to one of the two charts loads them and lands on it, opened or followed on the page', async () => {
    const landed = (page, slug) =>
      page.waitForFunction((id) => {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        return top !== undefined && Math.abs(top) < 2;
      }, `chart-${slug}`, { timeout: 20_000 });
    const opened = await app.openApp('?v=1#chart-contributors');
    await landed(opened.page, 'contributors');
    assert.match(await takeaway(opened.page, 'contributors'), /^China was 15th of 118 contributors in Nov 2010/);
    assert.deepEqual(opened.problems, []);
    await opened.context.close();
    // Followed on a page whose sections below the charts are not loaded yet.
    const { page, problems, requests, context } = await app.openApp('?v=1');
    assert.ok(!requests.some((url) => /split_contributions\.wasm$/.test(url)), 'not loaded before the link');
    await page.evaluate(() => (location.hash = '#chart-deployed'));
    await landed(page, 'deployed');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the keyboard and the slider step the month, and the URL and both charts follow', async () => {
    const { page, problems, context } = await openCharts();
    const before = await image(page, 'contributors');
    await slider(page).focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await monthShown(page), 'Oct 2010');
    await page.waitForURL(/[?&]month=2010-10(&|#|$)/);
    await redrawn(page, 'contributors', before);
    assert.equal(
      await page.textContent('.month-summary'),
      'Oct 2010: China had 2,011 (1,892 troops, 65 police, 54 military experts) deployed, 16th of 116 contributors and 2% of the 99,506 uniformed personnel of all.',
    );
    await page.getByRole('button', { name: 'Next month' }).click();
    assert.equal(await monthShown(page), 'Nov 2010');
    // The paper's "2,157 at any one time" month: France had more personnel than China then.
    await slider(page).fill(String(216)); // 1990-11 is 0, so 2008-11 is 18 years on
    assert.equal(await monthShown(page), 'Nov 2008');
    assert.match(await takeaway(page, 'contributors'), /Nov 2008/);
    assert.match(await takeaway(page, 'contributors'), /; France was the largest of the permanent members$/);
    await page.waitForURL(/[?&]month=2008-11(&|#|$)/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Play steps through the months and any click stops it', async () => {
    const { page, problems, context } = await openCharts('?month=1995-01');
    assert.equal(await monthShown(page), 'Jan 1995');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => document.querySelector('.month-control .month-value')?.textContent !== 'Jan 1995');
    await page.locator('#contributions-title').click();
    const stopped = await monthShown(page);
    await page.waitForTimeout(800);
    assert.equal(await monthShown(page), stopped, 'no month steps after the click');
    assert.equal(await page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed'), 'false');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the CSV of each chart says its own view, not the paper summary, and keeps the data file\'s names', async () => {
    const { page, problems, context } = await openCharts('?month=2008-11&p5=1');
    const csvOf = async (title) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        (await downloadButton(page, title, 'CSV')).click(),
      ]);
      return (await (await import('node:fs/promises')).readFile(await download.path(), 'utf8')).split('\n');
    };
    const deployed = await csvOf('Deployed at one time');
    assert.match(deployed.find((line) => /^#,"?View:/.test(line)), /^#,"?View: China went from 5 uniformed personnel/);
    assert.ok(deployed.some((line) => line.startsWith('2008-11,United States of America,USA,')), 'the source\'s spelling');
    assert.ok(deployed.some((line) => line.startsWith('2008-11,Russian Federation,RUS,')), 'the source\'s spelling');
    const top = await csvOf('Top contributors');
    assert.match(top.find((line) => /^#,"?View:/.test(line)), /^#,"?View: China was \d+(st|nd|rd|th) of \d+ contributors in Nov 2008/);
    assert.ok(top.some((line) => /^2008-11,\d+,China,CHN,/.test(line)), top.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the other permanent members are drawn on request, and a month outside the data shows the nearest, saying so', async () => {
    const { page, problems, context } = await openCharts('?month=2020-01');
    assert.equal(await monthShown(page), 'Mar 2014');
    assert.equal(
      await page.textContent('.contributions .notice'),
      "The link asks for Jan 2020, but the UN's monthly reports here run from Nov 1990 to Mar 2014: the charts show Mar 2014.",
    );
    await page.waitForURL(/[?&]month=2014-03(&|#|$)/);
    // The notice outlives a change of language, and goes once the reader chooses another month.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.waitForFunction(() => document.querySelector('.contributions .notice')?.textContent.includes('2020年1月'));
    await page.getByRole('button', { name: '上个月' }).click();
    await page.waitForURL(/[?&]month=2014-02(&|#|$)/);
    assert.equal(await page.locator('.contributions .notice').count(), 0, 'no notice for a month the reader chose');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const before = await image(page, 'deployed');
    await page.getByRole('checkbox', { name: 'Show the other permanent members' }).check();
    await page.waitForURL(/[?&]p5=1(&|#|$)/);
    await redrawn(page, 'deployed', before);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [lang, title, credit] of [
    ['zh', '2010年11月，中国在118个出兵国中居第15位，为常任理事国中最多', /^来源：联合国月度派遣报告.* · PKO Explorer · /],
    ['ja', '2010年11月、中国は118か国中15位で、常任理事国で最多', /^出典：国連の月次派遣報告.* · PKO Explorer · /],
  ]) {
    test(`the embed of the top contributors speaks ${lang}`, async () => {
      const opened = await app.openApp(`?embed=1&chart=contributors&lang=${lang}`);
      const { page, problems, context } = opened;
      await page.waitForFunction(() => document.querySelector('#chart-contributors canvas')?.width > 0, null, {
        timeout: 20_000,
      });
      assert.ok((await takeaway(page, 'contributors')).startsWith(title), await takeaway(page, 'contributors'));
      assert.equal(await page.locator('.embed-filters').count(), 0, 'no filters that do not apply');
      const notes = await page.locator('p.hint').allTextContents();
      assert.ok(!notes.some((note) => /絞り込み|筛选/.test(note)), `no word of filters the embed does not have: ${notes}`);
      assert.match(await page.textContent('.credit'), credit, 'the credit in the language shown');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
