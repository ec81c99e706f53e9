/* global document, history, window, setTimeout -- the functions below run in the story page, not in Node. */
// Renders every story of the built Storybook in headless Chromium, in English and in Spanish, runs its play
// function, and fails on an error in the console, a story or play function that throws, or an axe violation:
// designers never see a broken state, in either language.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

// A story is shown in a page that already runs Storybook: loading its 1.8 MB preview again for each story would be
// most of the run. Each language gets one page; the next story is selected through the preview, with the language as
// the story's arg (as the address gives it), and the tab's history entry emptied so no story sees the last one's.
const show = async ({ storyId, args }) => {
  const preview = window.__STORYBOOK_PREVIEW__;
  if (!preview?.selectionStore || !preview.renderSelection)
    throw new Error('This Storybook no longer exposes its preview: update scripts/test-stories.mjs');
  window.__pfStory = undefined;
  history.replaceState(null, '');
  preview.selectionStore.setSelection({ storyId, viewMode: 'story' });
  await preview.renderSelection({ persistedArgs: args });
};

const axeScript = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * A new page that runs `init` before each document's scripts, and what went wrong in it so far: an error in the console
 * or one thrown. `report` says whether the run it names passed (and keeps why not), and starts the list again.
 */
const watchedPage = async (init) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    // The browser's own line for an HTTP error status is expected in the error stories; the app's errors are not.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:'))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(init);
  const report = (what, id) => {
    const ok = errors.length === 0;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failures.push(`${id}:\n    ${errors.join('\n    ')}`);
    errors.length = 0;
  };
  return { page, errors, report };
};

/** Runs one language's stories, one after another, in one page. */
const runAll = async (lang) => {
  const { page, errors, report } = await watchedPage(listen);
  const args = lang === 'en' ? undefined : { lang };
  let loaded = false;
  for (const story of stories) {
    try {
      if (!loaded) {
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story${args ? `&args=lang:${lang}` : ''}`);
        await page.addScriptTag({ content: axeScript });
        await page.addScriptTag({ content: configureAxe });
        loaded = true;
      } else {
        await page.evaluate(show, { storyId: story.id, args });
      }
      await page.waitForFunction(() => window.__pfStory, null, { timeout: 15000 });
      const { outcome, detail } = await page.evaluate(() => window.__pfStory);
      if (outcome !== 'rendered') errors.push(`story ${outcome}: ${detail}`);
      const shown = await page.evaluate(() => document.querySelector('#storybook-root [lang]')?.getAttribute('lang'));
      if (args && shown !== lang) errors.push(`rendered in "${shown}", not "${lang}"`);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
      });
      errors.push(...violations.map((violation) => `axe ${violation}`));
    } catch (error) {
      errors.push(String(error.message ?? error));
      // A story that broke the page must not break the next one: the next story loads a fresh page.
      loaded = false;
    }
    report(`${story.title} › ${story.name} (${lang})`, `${story.id} (${lang})`);
  }
  await page.close();
};

// Every story in English, then again in Spanish (Storybook takes the `lang` arg from the address).
for (const lang of ['en', 'es']) await runAll(lang);

// Each element's Docs page shows all its stories at once, each play function run there (`docs.story.autoplay`), each
// story on a mock portal of its own. A play function waits for the state it shows and throws when it does not come,
// so every story finishing without an error is every state shown on the page; and the page opens at its top.
const docsPages = Object.values(index.entries).filter(
  (entry) =>
    entry.type === 'docs' && entry.id.endsWith('--docs') && stories.some((story) => story.title === entry.title),
);
const listenToDocs = () => {
  window.__pfDocs = {};
  const watch = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return setTimeout(watch, 10);
    channel.on('storyFinished', ({ storyId, status }) => {
      window.__pfDocs[storyId] = status;
    });
  };
  watch();
};
/**
 * How each of the stories finished on a Docs page: once all have, once none has for `quiet` ms, or after two minutes.
 * A story shown in a frame of its own (a modal dialog's) runs in that frame's preview, which keeps its own record.
 */
const storiesFinished = async (page, ids, { quiet = Infinity } = {}) => {
  const until = Date.now() + 120_000;
  let count = -1;
  let since = Date.now();
  for (;;) {
    const records = await Promise.all(
      page.frames().map((frame) =>
        // A frame still loading has no record yet (and may not answer at once).
        Promise.race([
          frame.evaluate(() => window.__pfDocs).catch(() => ({})),
          new Promise((resolve) => setTimeout(() => resolve({}), 1000)),
        ]),
      ),
    );
    const finished = Object.assign({}, ...records);
    if (Object.keys(finished).length !== count) [count, since] = [Object.keys(finished).length, Date.now()];
    if (ids.every((id) => finished[id]) || Date.now() > until || Date.now() - since > quiet) return finished;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
const runDocs = async () => {
  const { page, errors, report } = await watchedPage(listenToDocs);
  for (const docs of docsPages) {
    const shown = stories.filter((story) => story.title === docs.title).map((story) => story.id);
    try {
      await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs`);
      let finished = await storiesFinished(page, shown, { quiet: 5000 });
      const top = await page.evaluate(() => Math.round(window.scrollY));
      if (top !== 0) errors.push(`the page opened ${top} px down`);
      if (!shown.every((id) => finished[id])) {
        // A story in a frame of its own loads as the reader scrolls to it (Storybook makes its frame lazy).
        for (let frame = 0; frame < (await page.locator('iframe').count()); frame += 1) {
          await page.locator('iframe').nth(frame).scrollIntoViewIfNeeded();
          await page.waitForTimeout(250);
        }
        finished = await storiesFinished(page, shown);
      }
      for (const id of shown) if (finished[id] !== 'success') errors.push(`${id}: ${finished[id] ?? 'never finished'}`);
    } catch (error) {
      errors.push(String(error.message ?? error));
    }
    report(`${docs.title} › Docs (${shown.length} stories)`, docs.id);
  }
  await page.close();
};
await runDocs();
const runs = stories.length * 2 + docsPages.length;

await browser.close();
close();
console.log(
  `\nStories in English and Spanish, and the Docs pages: ${runs - failures.length} passed, ${failures.length} failed`,
);
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
