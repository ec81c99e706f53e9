/* global window -- the functions handed to the page run there, not in Node. */
// `npm run bench`: measures the SDK in headless Chromium against plain HTML doing the same job, in one run, and
// prints the figures and their ratios. Not part of the tests: figures vary with the machine; ratios much less.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';

if (!existsSync('dist/pf-elements.min.js') || !existsSync('dist/pf-mock-portal.js')) {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

const root = resolve('.');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file =
    path === '/mockServiceWorker.js' ? join(root, 'dist', 'mockServiceWorker.js') : normalize(join(root, path));
  const allowed = file.startsWith(join(root, 'dist')) || file.startsWith(join(root, 'bench'));
  if (!allowed || !existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
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
server.close();

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
