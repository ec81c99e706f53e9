/* global document, window, setTimeout -- the functions below run in the story page, not in Node. */
// Renders every story of the built Storybook in headless Chromium, in English and in Spanish, runs its play
// function, and fails on an error in the console, a story or play function that throws, or an axe violation:
// designers never see a broken state, in either language.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { configureAxe } from './axe-rules.mjs';
import { chromeArgs, chromeEnv, findChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve('storybook-static');
if (process.argv.includes('--build') || !existsSync(join(root, 'index.json'))) {
  execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', root], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
}

const { base, close } = await serveStatic([{ at: '/', dir: root }]);

const index = await (await fetch(`${base}/index.json`)).json();
// STORIES="pf-health-records" runs only the stories whose title and name hold those words (all of them by default).
const only = process.env.STORIES ?? '';
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && `${entry.title} › ${entry.name}`.includes(only),
);
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, env: chromeEnv() });
const failures = [];

// Storybook reports each story's outcome on its channel; the page keeps it for the runner to read.
const listen = () => {
  const watch = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return setTimeout(watch, 10);
    const done = (outcome) => (detail) => {
      window.__pfStory ??= { outcome, detail: detail ? String(detail.message ?? detail.description ?? detail) : '' };
    };
    channel.on('storyRendered', done('rendered'));
    channel.on('storyErrored', done('errored'));
    channel.on('storyThrewException', done('threw'));
    channel.on('playFunctionThrewException', done('play failed'));
    channel.on('storyMissing', done('missing'));
  };
  watch();
};

// Every story in English, then again in Spanish (Storybook takes the `lang` arg from the address).
const runs = stories.flatMap((story) => [
  { story, lang: 'en', query: '' },
  { story, lang: 'es', query: '&args=lang:es' },
]);

for (const { story, lang, query } of runs) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    // The browser's own line for an HTTP error status is expected in the error stories; the app's errors are not.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:'))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(listen);
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story${query}`);
  try {
    await page.waitForFunction(() => window.__pfStory, null, { timeout: 15000 });
    const { outcome, detail } = await page.evaluate(() => window.__pfStory);
    if (outcome !== 'rendered') errors.push(`story ${outcome}: ${detail}`);
    const shown = await page.evaluate(() => document.querySelector('#storybook-root [lang]')?.getAttribute('lang'));
    if (query && shown !== lang) errors.push(`rendered in "${shown}", not "${lang}"`);
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    await page.addScriptTag({ content: configureAxe });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
    });
    errors.push(...violations.map((violation) => `axe ${violation}`));
  } catch (error) {
    errors.push(String(error.message ?? error));
  }
  const ok = errors.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.title} › ${story.name} (${lang})`);
  if (!ok) failures.push(`${story.id} (${lang}):\n    ${errors.join('\n    ')}`);
  await page.close();
}

await browser.close();
close();
console.log(`\nStories in English and Spanish: ${runs.length - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
