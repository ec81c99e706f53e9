// The end-to-end walk: Playwright drives the system Chromium through the demo website that `npm start` serves, as a
// patient would, three ways: with a pointer on a desktop screen, with the keyboard only, and on a 320 px phone.
import { defineConfig } from '@playwright/test';
import { chromeArgs, chromeEnv, findChrome } from './scripts/find-chrome.mjs';
import type { WalkOptions } from './test/e2e/fixtures.js';

const port = Number(process.env.E2E_PORT ?? 8790);
// The same demo under the strict Content Security Policy (`npm start -- --strict`), on the next port.
const strictPort = port + 1;
/** The walks that have a project, and a page, of their own. */
const pagesOfTheirOwn = ['**/strict.e2e.ts', '**/plain-page.e2e.ts', '**/examples.e2e.ts'];

export default defineConfig<WalkOptions>({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 3,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChrome(), args: chromeArgs, env: chromeEnv() },
    trace: 'retain-on-failure',
    // The practice's own time zone, so the seeded appointment times read as the practice set them.
    timezoneId: 'America/New_York',
    locale: 'en-US',
  },
  projects: [
    { name: 'pointer', testIgnore: pagesOfTheirOwn, use: { viewport: { width: 1280, height: 900 } } },
    {
      name: 'keyboard only',
      testIgnore: pagesOfTheirOwn,
      // Every control on the way is reached with Tab and checked for its focus ring: the longest walk (Walter's,
      // through the developer tools' inbox) takes 70 to 90 s on two busy cores, so it gets twice the others' time.
      timeout: 180_000,
      use: { viewport: { width: 1280, height: 900 }, keyboardOnly: true },
    },
    {
      name: 'phone 320 px',
      testIgnore: pagesOfTheirOwn,
      use: { viewport: { width: 320, height: 640 }, hasTouch: true },
    },
    {
      name: 'strict page',
      testMatch: '**/strict.e2e.ts',
      use: { viewport: { width: 1280, height: 900 }, baseURL: `http://127.0.0.1:${strictPort}` },
    },
    // The README's page without a bundler, on a server of its own that the test starts.
    { name: 'plain page', testMatch: '**/plain-page.e2e.ts', use: { viewport: { width: 1280, height: 900 } } },
    // The README's React, Vue and Svelte recipes, as the example apps of examples/: built once, in the one worker's
    // beforeAll, then each served on a server of its own that the test starts.
    {
      name: 'example apps',
      testMatch: '**/examples.e2e.ts',
      fullyParallel: false,
      use: { viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: [
    {
      command: 'node scripts/serve-demo.mjs',
      url: `http://127.0.0.1:${port}/`,
      env: { PORT: String(port) },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'node scripts/serve-demo.mjs --strict',
      url: `http://127.0.0.1:${strictPort}/`,
      env: { PORT: String(strictPort) },
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
