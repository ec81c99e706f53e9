/**
 * The README's recipes for React 19, Vue 3, Svelte 5, Angular 21 and Next 16 (Use it in your site), built for real:
 * each example app of examples/ is built (with Vite; Next's with `next build`, a static export) and served on a server
 * of its own, and Sue registers through it from her email's link to her records. The app's own "Account created for
 * …", outside the elements, shows that the framework passed the invitation and wired the `pf-account-created` event.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildExamples } from '../../scripts/build-examples.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { expect, type Patient, test } from './fixtures.js';
import { afterHashing, expectAccountScreen, expectVerifyScreen, expectWelcome, verifyWithPin } from './walk.js';

const frameworks = {
  react: 'React 19',
  vue: 'Vue 3',
  svelte: 'Svelte 5',
  angular: 'Angular 21',
  next: 'Next 16',
} as const;
type Example = keyof typeof frameworks;

/**
 * A page beside each app that only starts the mock (the single-file one of the package) and reads the outbox: the
 * emails link to the app at the site's root, and the mock's state, kept in the tab, is the one the app then finds.
 */
const setupPage = `<!doctype html><title>Mock</title><script type="module">
  import { startMockPortal } from '/vendor/pf-mock-portal.js';
  await startMockPortal({ registrationUrl: \`\${location.origin}/\` });
  document.title = 'Mock ready';
</script>`;

const sites = new Map<Example, { base: string; close: () => Promise<void> }>();
let folder: string;

test.beforeAll(async () => {
  // Built once for the project's one worker (the project is not fully parallel).
  const built = await buildExamples({ names: Object.keys(frameworks), logLevel: 'warn' });
  folder = mkdtempSync(join(tmpdir(), 'pf-examples-'));
  writeFileSync(join(folder, 'setup.html'), setupPage);
  for (const { name, outDir } of built)
    sites.set(
      name as Example,
      await serveStatic([
        { at: '/setup.html', file: join(folder, 'setup.html') },
        { at: '/vendor/', dir: 'dist' },
        // The app as built: its index.html, its assets, and MSW's worker at the root.
        { at: '/', dir: outDir },
      ]),
    );
});
test.afterAll(async () => {
  await Promise.all([...sites.values()].map((site) => site.close()));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Starts the mock beside the app, and reads Sue's registration link (to the app) from its outbox. */
async function sueLink(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/setup.html`);
  await expect(page).toHaveTitle('Mock ready');
  const link = await page.evaluate(async () => {
    const { messages } = (await (await fetch('/api/portal/__mock/outbox')).json()) as {
      messages: { kind: string; to: string; link?: string }[];
    };
    return messages.find((message) => message.kind === 'email' && message.to === 'Sue@gmail.com')!.link!;
  });
  expect(link).toMatch(new RegExp(`^${base}/\\?invitation=`));
  return link;
}

/**
 * Sue, from her link opened in the app, through the identity and account steps to her records: the app's own words
 * say the account was made, and nothing warned on the way (the mock, had the elements called before it was ready; the
 * framework, had it taken the tags for its own components).
 */
async function sueRegisters(page: Page, patient: Patient, link: string): Promise<void> {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Patient portal' })).toBeVisible();
  // The identity form, not "This link is not valid": the app passed the invitation, and the mock answered.
  await expectVerifyScreen(patient);
  await verifyWithPin(patient, '03/14/1962', '482913');

  await expectAccountScreen(patient, 'Sue@gmail.com');
  await patient.fill(page.getByLabel('Create password', { exact: true }), 'Blue-Heron-42');
  await expect(page.getByText('All password rules are met.')).toBeAttached();
  await patient.fill(page.getByLabel('Retype password', { exact: true }), 'Blue-Heron-42');
  await patient.select(page.getByLabel('Select a security question'), 'What was the name of your first pet?');
  await patient.fill(page.getByLabel('Enter your answer'), 'Biscuit');
  await patient.press(page.getByRole('button', { name: 'Access your records' }));

  // The app's own words, outside the elements, from the event its framework listened to.
  await expect(page.getByRole('status').filter({ hasText: 'Account created for Sue@gmail.com' })).toBeVisible(
    afterHashing,
  );
  await expectWelcome(patient, 'Sue@gmail.com');
  await expect(page.getByRole('heading', { name: 'Health records of Sue Miller' })).toBeVisible(afterHashing);
  expect(warnings, 'warnings in the page').toEqual([]);
}

for (const [example, framework] of Object.entries(frameworks) as [Example, string][]) {
  test(`${framework} (examples/${example}/): Sue registers from her email’s link to her records`, async ({
    page,
    patient,
  }) => {
    await sueRegisters(page, patient, await sueLink(page, sites.get(example)!.base));
  });
}

test('React components (examples/react/components.html, pf-portal-elements/react): Sue registers', async ({
  page,
  patient,
}) => {
  const link = await sueLink(page, sites.get('react')!.base);
  await sueRegisters(page, patient, link.replace('/?', '/components.html?'));
});

// `<pf-registration>` shows its steps as elements of their own: its `focus()` hands focus to the step shown.
test('React 19 (examples/react/): the ref focuses the registration, whose first heading takes focus', async ({
  page,
}) => {
  await page.goto(await sueLink(page, sites.get('react')!.base));
  await expect(page.getByRole('heading', { name: 'Verify your identity' })).toBeFocused({ timeout: 3_000 });
});

// Next renders the page on the server (at build time for a static export). The app's own words are in that HTML; the
// registration is not, since the app draws it in the browser only (see examples/next/app/App.tsx): the SDK took no
// part in the server's rendering, and the walk above shows the tags drawn, their property set and their event heard.
test('Next 16 (examples/next/): the page rendered on the server holds the app, and the registration comes in the browser', async ({
  page,
}) => {
  const html = await (await page.request.get(`${sites.get('next')!.base}/`)).text();
  expect(html).toContain('<main><h1>Patient portal</h1><p role="status"></p>');
  expect(html).not.toContain('<pf-');
});
