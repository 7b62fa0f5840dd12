import { launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';
const server = await serve('../dist', {});
const browser = await launch();
const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
await page.addInitScript(() => {
  window.log = [];
  addEventListener('error', (e) => window.log.push('ERROR ' + e.message));
  const ro = new ResizeObserver((entries) => { for (const e of entries) window.log.push(`${performance.now().toFixed(0)} ${e.target.closest('section')?.id} ${e.target.className} ${e.contentRect.width}x${e.contentRect.height}`); });
  new MutationObserver(() => { document.querySelectorAll('canvas').forEach((c) => { if (!c.dataset.obs) { c.dataset.obs = 1; ro.observe(c.parentElement); ro.observe(c); } }); }).observe(document, { subtree: true, childList: true });
});
await page.goto(`${server.url}/`);
await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 4 && window.pkoExplorer);
await page.waitForTimeout(1500);
console.log((await page.evaluate(() => window.log)).join('\n'));
await context.close(); await browser.close(); await server.close();
