// End-to-end tests of the loops a reader closes on ordinary hosts: a sandboxed frame on a server that sends no
// CORS header, Copy on a plain-http page, a download that outlives its click, a downloaded file loaded back, the
// Embed menu's script, and the focus that comes back to what opened the mission details.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, scrollToSources } from './browser.mjs';
import { chartDrawn, downloadButton, harness } from './harness.mjs';

// A course page on a host like most university servers: no Access-Control-Allow-Origin, and the frame sandboxed
// without allow-same-origin, so the frame's origin is opaque and every module or fetch would need CORS.
const HOST_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,"></head>
<body><iframe id="pko" src="/?v=1&embed=1&chart=regions" title="PKO Explorer" width="600" height="500"
  sandbox="allow-scripts allow-popups"></iframe></body></html>`;

const plainHost = harness({ cors: false, extraRoutes: { '/host.html': ['text/html; charset=utf-8', HOST_PAGE] } });
// `pko.test` resolves to the loopback address, but unlike 127.0.0.1 or localhost it is not a secure context.
const insecure = harness({}, ['--host-resolver-rules=MAP pko.test 127.0.0.1']);

describe('loops a reader closes', () => {
  test('the embed runs in a sandboxed frame on a host that sends no CORS header', async () => {
    const { page, problems, context } = await openPage(plainHost.browser);
    await page.goto(`${plainHost.server.url}/host.html`);
    const frame = page.frameLocator('#pko');
    await frame.locator('canvas').waitFor();
    assert.equal(await frame.locator('.summary').textContent(), '25 missions, 12,451 personnel sent');
    await frame.getByText(/^Filters/).click();
    await frame.getByRole('button', { name: 'Asia', exact: true }).click();
    assert.match(await frame.locator('.summary').textContent(), /^5 missions in Asia/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('where the app cannot load in such a frame, the frame says so within seconds', async () => {
    const { page, context } = await openPage(plainHost.browser);
    await context.route(/pko-explorer-classic\.js$/, (route) => route.abort('blockedbyclient'));
    await page.goto(`${plainHost.server.url}/host.html`);
    const status = page.frameLocator('#pko').locator('#app .status');
    await status.filter({ hasText: /could not start.*pko-explorer-classic\.js/ }).waitFor({ timeout: 5000 });
    await context.close();
  });

  test('Copy on a plain-http page, where there is no clipboard, selects the text and says to copy it', async () => {
    const { page, problems, context } = await insecure.openApp('?v=1&region=asia', {}, `http://pko.test:${insecure.server.port}`);
    assert.equal(await page.evaluate(() => window.isSecureContext || navigator.clipboard !== undefined), false, 'not a secure context');
    await page.locator('summary', { hasText: /^Share$/ }).click();
    await page.getByRole('button', { name: 'Copy Link' }).click();
    await page.locator('.copy-status', { hasText: 'Copying is blocked here' }).waitFor();
    const selected = await page.evaluate(() => {
      const field = document.activeElement;
      return field.tagName === 'INPUT' && field.selectionEnd - field.selectionStart === field.value.length && field.value.includes('region=asia');
    });
    assert.ok(selected, 'the link is selected, one Ctrl+C from the clipboard');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a download keeps its object URL until the browser has surely read it', async () => {
    const { page, problems, context } = await plainHost.openApp('', { acceptDownloads: true });
    await page.evaluate(() => {
      window.revokedWhileClicked = 0;
      const revoke = URL.revokeObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      let clicking = false;
      URL.revokeObjectURL = (url) => {
        if (clicking) window.revokedWhileClicked += 1;
        revoke(url);
      };
      // Everything the app does in the same task as the link's click counts as at once.
      HTMLAnchorElement.prototype.click = function () {
        clicking = true;
        click.call(this);
        setTimeout(() => (clicking = false));
      };
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (await downloadButton(page, 'Personnel by region', 'CSV')).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'pko-explorer-regions.csv');
    assert.equal(await page.evaluate(() => window.revokedWhileClicked), 0, 'not revoked in the task of the click');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the Embed menu shows the script that sizes the frame, and links while own data is shown say what they show', async () => {
    const { page, problems, context } = await plainHost.openApp('', { acceptDownloads: true });
    await page.locator('summary', { hasText: /^Embed$/ }).click();
    const script = await page.getByRole('textbox', { name: 'Script' }).inputValue();
    assert.match(script, /^<script>[\s\S]*'pko-explorer:resize'[\s\S]*frame\.style\.height[\s\S]*<\/script>$/);
    assert.doesNotMatch(await page.locator('.menu-body .hint').textContent(), /README/);
    assert.equal(await page.locator('.menu-body .notice').count(), 0, 'no word about own data while the paper is shown');

    // Download all missions, then load that very file as one's own data.
    await scrollToSources(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all missions (CSV)' }).click()]);
    await page.locator('#own-data input[type=file]').setInputFiles(await download.path());
    await page.locator('#own-data .own-status').waitFor();
    assert.match(await page.locator('#own-data .own-status').textContent(), /25 missions/);
    await page.locator('summary', { hasText: /^Share$/ }).click();
    assert.match(await page.locator('.menu[open] .notice').first().textContent(), /shows the paper's data/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the mission details open at their title and give the focus back to the bar that opened them', async () => {
    const { page, problems, context } = await plainHost.openApp('', { viewport: { width: 375, height: 480 } });
    const canvas = page.locator('#chart-personnel canvas');
    const announcement = page.locator('#chart-personnel [aria-live]');
    for (const round of [1, 2]) {
      await canvas.focus();
      await chartDrawn(page, 'personnel');
      await page.keyboard.press(round === 1 ? 'ArrowDown' : 'ArrowUp');
      const bar = await announcement.textContent();
      assert.ok(bar.length > 0, 'the keyboard is on a bar');
      await page.keyboard.press('Enter');
      const details = page.locator('aside.details');
      await details.locator('h2').waitFor();
      const titleShown = await page.evaluate(() => {
        const panel = document.querySelector('aside.details');
        const title = panel.querySelector('h2').getBoundingClientRect();
        const box = panel.getBoundingClientRect();
        return title.top >= box.top && title.bottom <= box.bottom && document.activeElement.classList.contains('close');
      });
      assert.ok(titleShown, `round ${round}: the Close button has the focus and the title is in view`);
      await page.keyboard.press('Enter');
      await details.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement.closest('#chart-personnel') !== null), true, 'the focus is back on the chart');
      assert.equal(await announcement.textContent(), bar, 'on the bar that opened the details');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('after a change of language with the mission details open, closing them gives the focus to the chart they were opened from', async () => {
    const { page, problems, context } = await plainHost.openApp('');
    await page.locator('#chart-personnel canvas').focus();
    await chartDrawn(page, 'personnel');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('aside.details h2').waitFor();
    // The page is built anew in the language chosen, and the canvas that opened the details with it.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    await page.locator('aside.details button.close').click();
    await page.locator('aside.details').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.matches('#chart-personnel canvas')), true, `the focus is on ${await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80))}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
