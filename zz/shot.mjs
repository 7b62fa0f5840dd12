// node zz/shot.mjs W H query out.png [scrollSelector] [colorScheme] — screenshot of the built app (DIST) after it runs.
import { serve } from '../e2e/server.mjs';
import { launch, openPage } from '../e2e/browser.mjs';
import { appRunning } from '../e2e/harness.mjs';
const [w, h, q, out, sel, scheme] = process.argv.slice(2);
const server = await serve(process.env.DIST ?? 'dist', {});
const browser = await launch();
const { page, problems, requests, context } = await openPage(browser, { viewport: { width: +w, height: +h }, colorScheme: scheme ?? 'light', hasTouch: +w < 500, isMobile: false });
await page.goto(`${server.url}/${q}`);
await appRunning(page);
await page.waitForTimeout(300);
const pos = await page.evaluate(() => [...document.querySelectorAll('.canvas-wrap')].map((e) => `${e.closest('[id]')?.id} top=${Math.round(e.getBoundingClientRect().top)} away=${e.classList.contains('away')}`));
console.log(pos.join('\n'));
console.log('parts:', requests.filter((u) => /split_|chunk_/.test(u)).map((u) => u.split('/').pop()).join(' '));
if (sel) { await page.evaluate((s) => document.querySelector(s).scrollIntoView(), sel); await page.waitForTimeout(600); }
await page.screenshot({ path: out, fullPage: false });
console.log('parts after:', requests.filter((u) => /split_|chunk_/.test(u)).map((u) => u.split('/').pop()).join(' '));
console.log('problems:', problems);
await context.close(); await browser.close(); await server.close();
