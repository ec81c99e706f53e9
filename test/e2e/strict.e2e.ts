/**
 * The demo served under a strict Content Security Policy with Trusted Types required (`npm start -- --strict`):
 * Sue's whole registration, her records and her sign-out raise no policy violation, and nothing of hers leaks to
 * where a page, a browser or a log keeps it: storage, cookies, addresses, the title, history, request URLs, the
 * console or the elements' event details; after sign-out no health data is left in the page.
 */
import { sdkEvents } from '../helpers/events.js';
import { expect, test } from './fixtures.js';
import {
  expectAccountScreen,
  expectRecords,
  expectWelcome,
  expectVerifyScreen,
  followRegistrationEmail,
  signOut,
  sueRecords,
  verifyWithPin,
} from './walk.js';

const sue = { dateOfBirth: ['03/14/1962', '1962-03-14', '03141962'], pin: '482913', password: 'Bluebird#Lake-7x' };
const answer = 'Biscuit-the-beagle';

declare global {
  interface Window {
    pfViolations: string[];
    pfEvents: string[];
  }
}

test('Sue’s whole walk on a strict page: no policy violation, nothing of hers left where it could leak', async ({
  page,
  patient,
  context,
}) => {
  // Injected by the browser's debugging protocol, so the page's own policy does not stop the watchers.
  await page.addInitScript(
    (types: string[]) => {
      window.pfViolations = [];
      window.pfEvents = [];
      document.addEventListener(
        'securitypolicyviolation',
        (event) => window.pfViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
        true,
      );
      for (const type of types) {
        document.addEventListener(
          type,
          (event) => window.pfEvents.push(`${type} ${JSON.stringify((event as Event & { detail?: unknown }).detail)}`),
          true,
        );
      }
    },
    [...sdkEvents],
  );
  const said: string[] = [];
  page.on('console', (message) => said.push(message.text()));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const addresses: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  let accessToken = '';
  let registrationToken = '';
  page.on('response', async (response) => {
    if (response.url().endsWith('/api/portal/accounts') && response.status() === 201)
      accessToken = ((await response.json()) as { session: { accessToken: string } }).session.accessToken;
    if (response.url().endsWith('/verify') && response.status() === 200)
      registrationToken = ((await response.json()) as { registrationToken: string }).registrationToken;
  });

  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await followRegistrationEmail(patient, 'Sue@gmail.com');
  await expectVerifyScreen(patient);
  await verifyWithPin(patient, sue.dateOfBirth[0]!, sue.pin);

  await expectAccountScreen(patient, 'Sue@gmail.com');
  await patient.fill(page.getByLabel('Create password', { exact: true }), sue.password);
  await patient.fill(page.getByLabel('Retype password', { exact: true }), sue.password);
  await patient.select(page.getByLabel('Select a security question'), 'What was the name of your first pet?');
  await patient.fill(page.getByLabel('Enter your answer'), answer);
  await patient.press(page.getByRole('button', { name: 'Access your records' }));
  await expectWelcome(patient, 'Sue@gmail.com');
  await expectRecords(patient, 'Sue Miller', sueRecords);
  expect(accessToken, 'the session the portal gave').not.toBe('');
  expect(registrationToken, 'the registration the identity step opened').not.toBe('');
  const title = await page.title();
  await signOut(patient, 'Sue Miller');

  // Not one violation of the policy, reported by event or by the console.
  expect(await page.evaluate(() => window.pfViolations)).toEqual([]);
  expect(said.filter((line) => /Content Security Policy|Trusted Type/i.test(line))).toEqual([]);

  // Nothing kept by the browser: the mock's own fictional state (its one sessionStorage key) aside.
  const kept = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
    cookie: document.cookie,
    history: JSON.stringify(history.state),
  }));
  expect(kept).toEqual({
    local: [],
    session: ['pf-mock-portal'],
    databases: [],
    caches: [],
    cookie: '',
    history: kept.history,
  });
  expect(await context.cookies()).toEqual([]);

  // None of Sue's secrets or health data in what the page shows outside the elements or hands on.
  const secrets = [
    ...sue.dateOfBirth,
    sue.pin,
    sue.password,
    answer,
    accessToken,
    registrationToken,
    ...sueRecords.map(([, entry]) => entry),
  ];
  const places = {
    'the title': [title, await page.title()],
    'history state': [kept.history],
    'the addresses the tab went to': addresses,
    'request URLs': requested,
    'the console': said,
    'event details': await page.evaluate(() => window.pfEvents),
  };
  for (const [place, lines] of Object.entries(places)) {
    for (const secret of secrets) {
      const found = lines.filter((line) => line.includes(secret) || line.includes(encodeURIComponent(secret)));
      expect(found, `"${secret}" in ${place}`).toEqual([]);
    }
  }
  expect(await page.evaluate(() => window.pfEvents.length), 'the page heard the elements').toBeGreaterThan(2);

  // After sign-out, nothing of the record is left in any element, shadow roots included.
  const inElements = await page.evaluate(() => {
    const texts: string[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          texts.push(element.shadowRoot.textContent ?? '');
          walk(element.shadowRoot);
        }
      }
    };
    walk(document);
    return texts.join(' ');
  });
  for (const [, entry] of sueRecords) expect(inElements, `"${entry}" left after sign-out`).not.toContain(entry);
});
