/* global window -- the functions handed to the page run there, not in Node. */
// `npm run bench`: measures the SDK in headless Chromium against plain HTML doing the same job, in one run, and
// prints the figures and their ratios. Not part of the tests: figures vary with the machine; ratios much less.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

if (!existsSync('dist/pf-elements.min.js') || !existsSync('dist/pf-mock-portal.js')) {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

const root = resolve('.');
// The built package, the benchmark's pages, and MSW's worker at the root.
const { base, close } = await serveStatic((path) => {
  if (path === '/mockServiceWorker.js') return join(root, 'dist', 'mockServiceWorker.js');
  const file = normalize(join(root, path));
  return file.startsWith(join(root, 'dist')) || file.startsWith(join(root, 'bench')) ? file : undefined;
});
const runs = Number(process.env.BENCH_RUNS ?? 5);

const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.on('pageerror', (error) => console.error(String(error)));
page.on('console', (message) => message.type() === 'error' && console.error(message.text()));
page.on('crash', () => console.error('The benchmark page crashed.'));
await page.goto(`${base}/bench/records.html?runs=${runs}`);
await page.waitForFunction(() => window.__bench, null, { timeout: 300_000 });
const records = await page.evaluate(() => window.__bench);
await browser.close();
close();

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`Records: ${records.total} lab results, median of ${records.runs} runs each, headless Chromium`);
console.log('                               pf-health-records   plain innerHTML table   ratio');
console.log(
  `  first screen (100 results)   ${ms(records.element.first).padStart(17)}   ${ms(records.plain.first).padStart(21)}   ${ratio(records.element.first, records.plain.first)}`,
);
console.log(
  `  each 100 more                ${ms(records.element.more).padStart(17)}   ${ms(records.plain.more).padStart(21)}   ${ratio(records.element.more, records.plain.more)}`,
);
