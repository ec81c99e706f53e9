/**
 * The README's page without a bundler, served as written there, next to the files it names: the elements' first
 * call reaches the mock portal on a first visit (no service worker yet) and on later ones, whatever the timing. The
 * same page with the two scripts as separate tags, the elements first, shows what the recipe prevents: the first call
 * goes to the page's server, the patient reads "This link is not valid", and the mock says why in the console.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { serveStatic } from '../../scripts/static-server.mjs';
import { expect, test } from './fixtures.js';

const marker = 'The page below is served as written by test/e2e/plain-page.e2e.ts';

/** The HTML block that follows the marker in the README. */
const recipe = (() => {
  const readme = readFileSync('README.md', 'utf8');
  const after = readme.slice(readme.indexOf(marker));
  const block = after.match(/```html\n([\s\S]*?)```/)?.[1];
  if (!readme.includes(marker) || !block) throw new Error('The README has no page without a bundler to test');
  return block;
})();

/** The same page with the order a newcomer would write: the elements' script tag, then the mock's. */
const twoTags = recipe.replace(
  /<script type="module">[\s\S]*?<\/script>/,
  `<script type="module" src="/vendor/pf-elements.min.js"></script>
    <script type="module">
      import { startMockPortal } from '/vendor/pf-mock-portal.js';
      await startMockPortal({ registrationUrl: \`\${location.origin}\${location.pathname}\` });
    </script>`,
);

/** A page that only starts the mock, its emails linking to the README's page: where the test reads Sue's link. */
const setupPage = `<!doctype html><title>Mock</title><script type="module">
  import { startMockPortal } from '/vendor/pf-mock-portal.js';
  await startMockPortal({ registrationUrl: \`\${location.origin}/\` });
  document.title = 'Mock ready';
</script>`;

let site: { base: string; close: () => Promise<void> };
let folder: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'pf-plain-page-'));
  writeFileSync(join(folder, 'index.html'), recipe);
  writeFileSync(join(folder, 'two-tags.html'), twoTags);
  writeFileSync(join(folder, 'setup.html'), setupPage);
  site = await serveStatic([
    { at: '/mockServiceWorker.js', file: 'dist/mockServiceWorker.js' },
    { at: '/vendor/', dir: 'dist' },
    { at: '/', dir: folder },
  ]);
});
test.afterAll(async () => {
  await site.close();
  rmSync(folder, { recursive: true, force: true });
});

interface Visit {
  context: BrowserContext;
  page: Page;
  /** What the page logged, by kind, and what it threw. */
  logged: { warning: string[]; error: string[] };
}

/** A new browser profile, with no service worker installed, whose tab may start from a given mock state. */
async function freshVisit(browser: Browser, mockState?: string): Promise<Visit> {
  const context = await browser.newContext({ baseURL: site.base, timezoneId: 'America/New_York' });
  if (mockState)
    await context.addInitScript((state) => {
      if (!sessionStorage.getItem('pf-mock-portal')) sessionStorage.setItem('pf-mock-portal', state);
    }, mockState);
  const page = await context.newPage();
  const logged: Visit['logged'] = { warning: [], error: [] };
  page.on('console', (message) => {
    if (message.type() === 'warning') logged.warning.push(message.text());
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:'))
      logged.error.push(message.text());
  });
  page.on('pageerror', (error) => logged.error.push(String(error)));
  return { context, page, logged };
}

/** Sue's registration link from the mock's outbox, and the mock's state to start another tab from. */
async function sueLink(page: Page): Promise<{ link: string; state: string }> {
  await page.goto('/setup.html');
  await expect(page).toHaveTitle('Mock ready');
  return page.evaluate(async () => {
    const { messages } = (await (await fetch('/api/portal/__mock/outbox')).json()) as {
      messages: { kind: string; to: string; link?: string }[];
    };
    const email = messages.find((message) => message.kind === 'email' && message.to === 'Sue@gmail.com');
    return { link: email!.link!, state: sessionStorage.getItem('pf-mock-portal')! };
  });
}

test('the README’s page without a bundler: Sue’s link works on a first visit, before any worker is installed', async ({
  browser,
}) => {
  const setup = await freshVisit(browser);
  const { link, state } = await sueLink(setup.page);
  await setup.context.close();

  // A first visit: nothing installed, the invitation read by the element's first call.
  const first = await freshVisit(browser, state);
  expect(first.context.serviceWorkers()).toEqual([]);
  await first.page.goto(link);
  await expect(first.page.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
  // The form, not "This link is not valid": the invitation was read from the mock.
  await expect(first.page.getByText('All fields are required')).toBeVisible();
  await first.page.getByLabel('Patient’s date of birth').fill('03/14/1962');
  await first.page.getByLabel('PIN received from patient’s doctor').fill('482913');
  await first.page.getByRole('button', { name: 'Continue' }).click();
  await expect(first.page.getByRole('heading', { name: 'Sign up for online health records access' })).toBeVisible();

  // A later visit in the same profile, the worker now installed: the same, and no warning either time.
  await first.page.goto(link);
  await expect(first.page.getByText('All fields are required')).toBeVisible();
  expect(first.logged).toEqual({ warning: [], error: [] });
  await first.context.close();
});

test('the same page with the elements’ script tag first: the link reads as not valid, and the mock says why', async ({
  browser,
}) => {
  const setup = await freshVisit(browser);
  const { link, state } = await sueLink(setup.page);
  await setup.context.close();

  const visit = await freshVisit(browser, state);
  await visit.page.goto(link.replace('/?', '/two-tags.html?'));
  await expect(visit.page.getByText('This link is not valid')).toBeVisible();
  await expect
    .poll(() => visit.logged.warning.join('\n'))
    .toContain('<pf-portal>, <pf-registration> ran before the mock portal was ready');
  expect(visit.logged.error).toEqual([]);
  await visit.context.close();
});
