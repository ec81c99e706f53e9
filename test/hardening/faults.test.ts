/**
 * Faults, as the patient meets them. Every call the elements make (the rows) meets every fault the mock portal can
 * play (the columns): a dropped connection, an answer that never comes, a slow one, a 500 with a stack trace, a 502
 * HTML page (with a script in it), a 429 with Retry-After, broken JSON and valid JSON of the wrong shape. Each cell
 * checks, on the screen: the words the patient reads (never the server's body), nothing the server sent becomes an
 * element or runs, what was typed is kept but secrets (password, code) are not, each press of the patient sends one
 * request and no more (GETs are tried three times by the client, POSTs once), axe finds nothing, and the way on
 * (Try again, or the form again) works once the portal is well.
 *
 * Then answers out of order: the newer answer wins, whatever order the answers arrive in.
 */
import { consume } from '@lit/context';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { createPortalClient, type Session } from '../../src/api/index.js';
import { portalContext, type PortalContextValue } from '../../src/internal/context.js';
import { MINUTE, type MockFault, type MockPortal, SECOND } from '../../src/mocks/index.js';
import '../../src/pf-account-recovery.js';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import '../../src/pf-sign-in.js';
import type { PfAccountRecovery } from '../../src/pf-account-recovery.js';
import type { PfHealthRecords } from '../../src/pf-health-records.js';
import type { PfPortal } from '../../src/pf-portal.js';
import type { PfRegisterAccount } from '../../src/pf-register-account.js';
import type { PfRegisterVerify } from '../../src/pf-register-verify.js';
import type { PfSignIn } from '../../src/pf-sign-in.js';
import { sdkEvents } from '../helpers/events.js';
import { allInShadow, button, byLabel, focusedIn, inShadow, textOf, waitForText } from '../helpers/dom.js';
import {
  ana,
  freshMockPortal,
  invitationToken,
  lastMessage,
  marcus,
  sue,
  testClient,
  type TestClient,
} from '../helpers/mock-portal.js';
import { accountFormRead, phoneOnlyForm, sessionHeldBy, withRegistration } from '../helpers/registration.js';

/** The elements' clients give up after this; an answer that never comes meets it. */
const timeoutMs = 600;
/** A slow answer: well within the timeout. */
const slowMs = 250;

// ---------------------------------------------------------------------------------------------------------------
// The faults (columns)

const stackTrace = 'Error: boom\n    at handler (/srv/app.js:12:3)';
const gatewayPage = '<html><body><h1>502 Bad Gateway</h1><script>window.__pwned=1</script></body></html>';

const faultNames = [
  'a network failure',
  'an answer that never comes',
  'a slow answer',
  'a 500 with a stack trace',
  'a 502 HTML page',
  'a 429 with Retry-After',
  'malformed JSON',
  'a body of the wrong shape',
] as const;
type FaultName = (typeof faultNames)[number];

interface FaultCase {
  fault: MockFault;
  /** What the patient reads, in the elements' common words (a row may say it its own way). */
  says: RegExp;
  /** How many times the client sends a GET that meets it: retried after a network error or a 5xx, not otherwise. */
  getTries: number;
}

const faults: Record<FaultName, FaultCase> = {
  'a network failure': { fault: { kind: 'network' }, says: /could not reach the patient portal/, getTries: 3 },
  'an answer that never comes': {
    fault: { kind: 'delay', ms: 'infinite' },
    says: /taking too long to answer/,
    getTries: 1,
  },
  // It goes through: there is nothing to say but that it is on its way.
  'a slow answer': { fault: { kind: 'delay', ms: slowMs }, says: /^$/, getTries: 1 },
  'a 500 with a stack trace': {
    fault: { kind: 'status', status: 500, body: stackTrace },
    says: /Something went wrong on our side/,
    getTries: 3,
  },
  'a 502 HTML page': {
    fault: { kind: 'status', status: 502, body: gatewayPage, contentType: 'text/html' },
    says: /Something went wrong on our side/,
    getTries: 3,
  },
  'a 429 with Retry-After': {
    fault: { kind: 'status', status: 429, retryAfter: 120, body: 'Too Many Requests: slow down' },
    says: /\(in 2 minutes\)/,
    getTries: 1,
  },
  'malformed JSON': { fault: { kind: 'malformed' }, says: /an answer we could not read/, getTries: 1 },
  'a body of the wrong shape': { fault: { kind: 'wrong-shape' }, says: /an answer we could not read/, getTries: 1 },
};

/** Words of the server's bodies that must never reach the screen. */
const serverWords = [
  'app.js',
  'Error: boom',
  'Bad Gateway',
  '<h1',
  '<html',
  '<script',
  '__pwned',
  'slow down',
  'Too Many Requests',
  '{"',
];

// ---------------------------------------------------------------------------------------------------------------
// What the page sent, and what it heard

interface Sent {
  method: string;
  url: URL;
  /** The answer arrived (or the request failed or was aborted). */
  settled: boolean;
  /** The mock holds it for good (an answer that never comes): it has met its fault and can meet no other. */
  heldForGood?: boolean;
}

const pageFetch = window.fetch.bind(window);
let sent: Sent[] = [];
let heard: { type: string; detail: unknown }[] = [];
const hear = (event: Event) => heard.push({ type: event.type, detail: (event as Event & { detail?: unknown }).detail });
const heardOf = (type: (typeof sdkEvents)[number]) => heard.filter((event) => event.type === type);

beforeEach(() => {
  sent = [];
  heard = [];
  // Every client of the page (the elements', and the portal's own) fetches through here, so each request counts.
  window.fetch = (input, init) => {
    const entry: Sent = {
      method: (input instanceof Request ? input.method : (init?.method ?? 'GET')).toUpperCase(),
      url: new URL(input instanceof Request ? input.url : String(input), location.href),
      settled: false,
    };
    sent.push(entry);
    const answer = pageFetch(input, init);
    const settle = () => {
      entry.settled = true;
    };
    answer.then(settle, settle);
    return answer;
  };
  for (const type of sdkEvents) document.addEventListener(type, hear);
});

afterEach(async () => {
  // A cell may end once the patient sees its outcome, with a call still on its way (the link read again behind a
  // form drawn at once). It must not reach the next cell's mock, meet that cell's fault and be retried there.
  await waitUntil(
    () => sent.every((entry) => entry.settled || entry.heldForGood),
    'every request of the cell is answered',
    {
      timeout: 5000,
    },
  );
  window.fetch = pageFetch;
  for (const type of sdkEvents) document.removeEventListener(type, hear);
});

/** A request of one route of the portal API. */
const request =
  (method: string, path: RegExp) =>
  (entry: Sent): boolean =>
    entry.method === method && path.test(entry.url.pathname);
const keepalives = request('POST', /\/sessions\/current\/keepalive$/);
const signOuts = request('DELETE', /\/sessions\/current$/);
const patientReads = request('GET', /\/fhir\/r4\/Patient\/[^/]+$/);

// ---------------------------------------------------------------------------------------------------------------
// The page

/** Reads the context `<pf-portal>` provides, as any element inside it does. */
class FaultsContextReader extends LitElement {
  @consume({ context: portalContext, subscribe: true })
  @state()
  context?: PortalContextValue;
}
customElements.define('faults-context-reader', FaultsContextReader);

interface Stage {
  mock: MockPortal;
  /** The elements' client: the portal's contract, with a short timeout. */
  client: TestClient;
  portalEl?: PfPortal;
  /** What the patient is looking at. */
  el?: HTMLElement;
  /** Another element on the page (the sign-in form beside the records). */
  other?: HTMLElement;
  session?: Session;
  /** Moves time on for the portal's idle clock and for the mock alike. */
  pass?: (ms: number) => void;
}

async function newStage(): Promise<Stage> {
  const mock = await freshMockPortal();
  const stage = { mock } as Stage;
  // One client for the elements of a stage; an authenticated call reads the session the portal holds.
  stage.client = testClient({ timeout: timeoutMs, session: () => sessionHeldBy(pagePortal()) });
  return stage;
}

/** The page's portal (each test puts one on the page). */
const pagePortal = () => document.querySelector<PfPortal>('pf-portal') ?? undefined;

const elOf = <T extends HTMLElement>(stage: Stage) => stage.el as T;

/** Puts a value in a field as typing it would, at the end of the field (formatting included). */
function fill(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
}

const submitButton = (el: HTMLElement) => inShadow<HTMLButtonElement>(el, 'button[type="submit"]');
const isBusy = (el: HTMLElement) => {
  const submit = el.shadowRoot?.querySelector('button[type="submit"]');
  return submit?.getAttribute('aria-disabled') === 'true' && (submit.textContent ?? '').includes('Please wait');
};
const offered = (el: HTMLElement, name: string) =>
  allInShadow<HTMLButtonElement>(el, 'button').find((candidate) => candidate.textContent?.trim() === name);

const labels = {
  dob: 'Patient’s date of birth',
  pin: 'PIN received from patient’s doctor',
  phone: 'Patient’s phone # from his/her doctor’s record',
  code: 'Security code',
  question: 'Select a security question',
  answer: 'Enter your answer',
  username: 'Email address or username',
  newPassword: 'Create password',
  retype: 'Retype password',
  password: 'Password',
};

// Every portal here fixes its language: the cells read the words the patient sees in English, and a portal left to
// follow the patient's record would read it first (Ana prefers Spanish), a call of its own before the elements'.

async function verifyElement(stage: Stage, email: string): Promise<PfRegisterVerify> {
  stage.portalEl = await fixture<PfPortal>(html`
    <pf-portal lang="en"
      ><pf-register-verify .client=${stage.client} invitation=${invitationToken(stage.mock, email)}></pf-register-verify
    ></pf-portal>
  `);
  stage.el = stage.portalEl.querySelector('pf-register-verify')!;
  return stage.el as PfRegisterVerify;
}

async function verifyForm(stage: Stage, email: string): Promise<PfRegisterVerify> {
  const el = await verifyElement(stage, email);
  await waitForText(el, 'All fields are required');
  if (email === marcus.email) await phoneOnlyForm(el);
  return el;
}

async function accountElement(stage: Stage): Promise<PfRegisterAccount> {
  const { registrationToken } = await testClient().verifyPin(invitationToken(stage.mock, sue.email), {
    dateOfBirth: sue.dateOfBirth,
    pin: sue.pin,
  });
  stage.portalEl = withRegistration<PfPortal>(
    html`
      <pf-portal lang="en">
        <pf-register-account
          .client=${stage.client}
          username="Sue@gmail.com"
          terms-url="https://www.practicefusion.com/terms-of-use/"
          privacy-url="https://www.practicefusion.com/privacy-policy/"
        ></pf-register-account>
      </pf-portal>
    `,
    registrationToken,
  ).root;
  stage.el = stage.portalEl.querySelector('pf-register-account')!;
  return stage.el as PfRegisterAccount;
}

const hasForm = (el: HTMLElement) => allInShadow(el, 'form').length > 0;

async function signInAna(): Promise<Session> {
  return testClient().signIn({ username: ana.email, password: ana.password });
}

/** Ana's records inside a portal that holds her session (and, when asked, a sign-in form beside them). */
async function recordsElement(stage: Stage, withSignIn = false): Promise<PfHealthRecords> {
  stage.session ??= await signInAna();
  stage.portalEl = await fixture<PfPortal>(html`
    <pf-portal lang="en" .session=${stage.session}>
      <pf-health-records sections="diagnoses" .client=${stage.client}></pf-health-records>
      ${withSignIn ? html`<pf-sign-in .client=${stage.client}></pf-sign-in>` : ''}
    </pf-portal>
  `);
  stage.el = stage.portalEl.querySelector('pf-health-records')!;
  stage.other = stage.portalEl.querySelector('pf-sign-in') ?? undefined;
  // The records draw first in a task after the one they were put on the page in.
  await (stage.el as PfHealthRecords).updateComplete;
  return stage.el as PfHealthRecords;
}

const recordItems = (el: HTMLElement) => allInShadow(el, '.panel .item');
const heading = (el: HTMLElement) => inShadow(el, 'h2').textContent?.trim();

const idleDialog = (portalEl: PfPortal) => portalEl.shadowRoot?.querySelector('dialog') ?? null;
const dialogButton = (portalEl: PfPortal, name: string) =>
  [...(idleDialog(portalEl)?.querySelectorAll('button') ?? [])].find((item) => item.textContent?.trim() === name);

/** Whether a session's token still works on the server. */
const serverKeeps = async (session: Session) =>
  (
    await pageFetch('/api/portal/sessions/current/keepalive', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.accessToken}` },
    })
  ).status === 200;

// ---------------------------------------------------------------------------------------------------------------
// The calls (rows)

interface Call {
  /** The call, and what makes it. */
  name: string;
  /** The mock's name of the route. */
  route: string;
  /** Which of the page's requests are this call's. */
  is: (entry: Sent) => boolean;
  /** A load: the element makes the call by itself (the client tries a GET again); an action: a patient's press. */
  kind: 'load' | 'action';
  /** Everything up to the call, without making it. */
  prepare: (stage: Stage) => Promise<void>;
  /** Makes the call: puts the element on the page, or presses its button. */
  act: (stage: Stage) => Promise<void>;
  /** While a slow answer is on its way, the element says it is busy (or is already past the wait). */
  busy: (stage: Stage) => boolean;
  /** Waits until the call failed and checks what the patient then sees (the words, focus, the way on). */
  failed: (stage: Stage, fault: FaultName) => Promise<void>;
  /** The fields as the patient left them, which a failure keeps; and the secrets, which it empties. */
  typed?: { kept: Record<string, string | boolean>; emptied: string[] };
  /** Uses the way on, once the portal is well again. */
  goOn: (stage: Stage, fault: FaultName) => Promise<void>;
  /** Waits for what comes after the call went through. */
  succeeded: (stage: Stage) => Promise<void>;
  /** After a slow answer: what comes after it (by default `succeeded`). */
  slowDone?: (stage: Stage) => Promise<void>;
  /** How many of the call's requests were sent in all, the way on included (by default one more). */
  sentInAll?: (tries: number) => number;
}

/** What a form shows after a press failed: its summary takes focus and says so; the button works again. */
async function formFailed(stage: Stage, fault: FaultName): Promise<void> {
  const el = stage.el!;
  await waitUntil(() => el.shadowRoot?.querySelector('.summary') && !isBusy(el), 'the failure shows', {
    timeout: 5000,
  });
  const summary = inShadow(el, '.summary');
  expect(summary.textContent).to.match(faults[fault].says);
  expect(focusedIn(el) === summary, 'the summary takes focus').to.equal(true);
  expect(submitButton(el).getAttribute('aria-disabled'), 'the form works again').to.equal('false');
}

/** After a failed press: Try again where it can send again what was typed; else the form, with secrets retyped. */
function pressAgain(retype?: (stage: Stage) => void) {
  return async (stage: Stage, fault: FaultName) => {
    const el = stage.el!;
    const retry = offered(el, 'Try again');
    if (retype) {
      expect(Boolean(retry), 'no Try again that could only send an empty secret').to.equal(false);
      retype(stage);
      await (el as LitElement).updateComplete;
      submitButton(el).click();
    } else if (fault === 'a 429 with Retry-After') {
      // The wait is the message; the form is the way on once it has passed.
      submitButton(el).click();
    } else {
      expect(Boolean(retry), 'Try again').to.equal(true);
      retry!.click();
    }
  };
}

/**
 * What a form drawn before its read shows when the read failed: the form stays (the patient may be typing), with the
 * failure above it in plain words and Try again; focus stays where it was.
 */
async function readFailed(stage: Stage, fault: FaultName): Promise<void> {
  const el = stage.el!;
  await waitUntil(() => el.shadowRoot?.querySelector('.summary'), 'the failure shows', { timeout: 5000 });
  expect(inShadow(el, '.summary').textContent).to.match(faults[fault].says);
  expect(Boolean(offered(el, 'Try again')), 'Try again').to.equal(true);
  expect(hasForm(el), 'the form stays').to.equal(true);
  expect(focusedIn(el) === inShadow(el, '.summary'), 'the failure does not take focus').to.equal(false);
}

const tryAgain = async (stage: Stage) => button(stage.el!, 'Try again').click();

/** A call the account form makes by itself to get ready; `ready` checks what the answer brought. */
const accountFormLoad = (route: string, path: RegExp, ready: (el: HTMLElement) => void): Call => ({
  name: `${route}: the account form gets ready`,
  route,
  is: request('GET', path),
  kind: 'load',
  prepare: async () => undefined,
  act: async (stage) => {
    await accountElement(stage);
  },
  // The form is drawn at once and takes typing while its questions and rules are read.
  busy: (stage) => Boolean(stage.el!.shadowRoot?.querySelector('form input#password')),
  failed: readFailed,
  goOn: tryAgain,
  succeeded: async (stage) => {
    await accountFormRead(stage.el!);
    await waitUntil(() => !stage.el!.shadowRoot?.querySelector('.summary'), 'the failure goes', { timeout: 5000 });
    ready(stage.el!);
  },
});

const calls: Call[] = [
  {
    name: 'GET /invitations/:token: the identity step reads its link',
    route: 'GET /invitations/:token',
    is: request('GET', /\/invitations\/[^/]+$/),
    kind: 'load',
    prepare: async () => undefined,
    act: async (stage) => {
      await verifyElement(stage, sue.email);
    },
    // The form is drawn at once and takes typing while the link is read.
    busy: (stage) => Boolean(stage.el!.shadowRoot?.querySelector('form input#dob')),
    failed: readFailed,
    goOn: tryAgain,
    succeeded: async (stage) => {
      await waitUntil(() => !stage.el!.shadowRoot?.querySelector('.summary'), 'the failure goes', { timeout: 5000 });
      expect(textOf(stage.el!)).to.contain('All fields are required');
    },
  },
  {
    name: 'POST /invitations/:token/verify: Continue with the date of birth and the PIN (both kept: the PIN is the practice’s, not a one-time secret)',
    route: 'POST /invitations/:token/verify',
    is: request('POST', /\/invitations\/[^/]+\/verify$/),
    kind: 'action',
    prepare: async (stage) => {
      const el = await verifyForm(stage, sue.email);
      fill(byLabel(el, labels.dob), '03/14/1962');
      fill(byLabel(el, labels.pin), '482913');
      await el.updateComplete;
    },
    act: async (stage) => submitButton(stage.el!).click(),
    busy: (stage) => isBusy(stage.el!),
    failed: formFailed,
    typed: { kept: { [labels.dob]: '03/14/1962', [labels.pin]: '482913' }, emptied: [] },
    goOn: pressAgain(),
    succeeded: async (stage) => {
      await waitUntil(() => heardOf('pf-verified').length === 1, 'pf-verified', { timeout: 5000 });
      await waitForText(stage.el!, 'Your identity is verified');
    },
  },
  {
    name: 'POST /invitations/:token/codes: Continue with the date of birth and the phone, by voice (all kept)',
    route: 'POST /invitations/:token/codes',
    is: request('POST', /\/invitations\/[^/]+\/codes$/),
    kind: 'action',
    prepare: async (stage) => {
      const el = await verifyForm(stage, marcus.email);
      fill(byLabel(el, labels.dob), '11/02/1979');
      fill(byLabel(el, labels.phone), '5553108820');
      byLabel(el, 'Voice').click();
      await el.updateComplete;
    },
    act: async (stage) => submitButton(stage.el!).click(),
    busy: (stage) => isBusy(stage.el!),
    failed: formFailed,
    typed: { kept: { [labels.dob]: '11/02/1979', [labels.phone]: '(555) 310-8820', Voice: true }, emptied: [] },
    goOn: pressAgain(),
    succeeded: async (stage) => {
      await waitForText(stage.el!, 'we are calling (•••) •••-8820');
      expect(lastMessage(stage.mock, 'voice', '(555) 310-8820')?.code).to.match(/^\d{6}$/);
    },
  },
  {
    name: 'POST /invitations/:token/codes/verify: Continue with the code (the code is never kept)',
    route: 'POST /invitations/:token/codes/verify',
    is: request('POST', /\/invitations\/[^/]+\/codes\/verify$/),
    kind: 'action',
    prepare: async (stage) => {
      const el = await verifyForm(stage, marcus.email);
      fill(byLabel(el, labels.dob), '11/02/1979');
      fill(byLabel(el, labels.phone), '5553108820');
      await el.updateComplete;
      submitButton(el).click();
      await waitForText(el, 'Enter your security code');
      fill(byLabel(el, labels.code), lastMessage(stage.mock, 'sms', '(555) 310-8820')?.code ?? '');
      await el.updateComplete;
    },
    act: async (stage) => submitButton(stage.el!).click(),
    busy: (stage) => isBusy(stage.el!),
    failed: formFailed,
    typed: { kept: {}, emptied: [labels.code] },
    goOn: pressAgain((stage) =>
      fill(byLabel(stage.el!, labels.code), lastMessage(stage.mock, 'sms', '(555) 310-8820')?.code ?? ''),
    ),
    succeeded: async (stage) => {
      await waitUntil(() => heardOf('pf-verified').length === 1, 'pf-verified', { timeout: 5000 });
      await waitForText(stage.el!, 'Your identity is verified');
    },
  },
  accountFormLoad('GET /security-questions', /\/security-questions$/, (el) => {
    expect(byLabel<HTMLSelectElement>(el, labels.question).options.length).to.be.greaterThan(1);
  }),
  accountFormLoad('GET /password-policy', /\/password-policy$/, (el) => {
    expect(textOf(el)).to.contain('At least 8 characters');
  }),
  {
    name: 'POST /accounts: Access your records (the question, the answer and the username kept; both passwords emptied)',
    route: 'POST /accounts',
    is: request('POST', /\/accounts$/),
    kind: 'action',
    prepare: async (stage) => {
      const el = await accountElement(stage);
      await accountFormRead(el);
      const question = byLabel<HTMLSelectElement>(el, labels.question);
      question.value = 'first-pet';
      question.dispatchEvent(new Event('change'));
      fill(byLabel(el, labels.answer), 'Biscuit');
      fill(byLabel(el, labels.username), 'sue.miller62');
      fill(byLabel(el, labels.newPassword), 'Blue-Heron-42');
      fill(byLabel(el, labels.retype), 'Blue-Heron-42');
      await el.updateComplete;
    },
    act: async (stage) => submitButton(stage.el!).click(),
    busy: (stage) => isBusy(stage.el!),
    failed: async (stage, fault) => {
      await formFailed(stage, fault);
      expect(inShadow(stage.el!, '.summary').textContent).to.contain('type your new password twice again');
    },
    typed: {
      kept: { [labels.question]: 'first-pet', [labels.answer]: 'Biscuit', [labels.username]: 'sue.miller62' },
      emptied: [labels.newPassword, labels.retype],
    },
    goOn: pressAgain((stage) => {
      fill(byLabel(stage.el!, labels.newPassword), 'Blue-Heron-42');
      fill(byLabel(stage.el!, labels.retype), 'Blue-Heron-42');
    }),
    succeeded: async (stage) => {
      await waitUntil(() => heardOf('pf-account-created').length === 1, 'pf-account-created', { timeout: 5000 });
      expect(heardOf('pf-account-created')[0]?.detail).to.deep.equal({ username: 'sue.miller62' });
      await waitForText(stage.el!, 'Your account is ready');
    },
  },
  {
    name: 'POST /sessions: Sign in (the username kept; the password emptied)',
    route: 'POST /sessions',
    is: request('POST', /\/sessions$/),
    kind: 'action',
    prepare: async (stage) => {
      stage.portalEl = await fixture<PfPortal>(
        html`<pf-portal lang="en"><pf-sign-in .client=${stage.client}></pf-sign-in></pf-portal>`,
      );
      const el = stage.portalEl.querySelector('pf-sign-in') as PfSignIn;
      stage.el = el;
      await el.updateComplete;
      fill(byLabel(el, labels.username), ana.email);
      fill(byLabel(el, labels.password), ana.password);
      await el.updateComplete;
    },
    act: async (stage) => submitButton(stage.el!).click(),
    busy: (stage) => isBusy(stage.el!),
    failed: formFailed,
    typed: { kept: { [labels.username]: ana.email }, emptied: [labels.password] },
    goOn: pressAgain((stage) => fill(byLabel(stage.el!, labels.password), ana.password)),
    succeeded: async (stage) => {
      await waitUntil(() => heardOf('pf-signed-in').length === 1, 'pf-signed-in', { timeout: 5000 });
      await waitForText(stage.el!, 'You are signed in.');
      expect(stage.portalEl?.session?.patientId).to.equal('p-c3f0a4');
    },
  },
  {
    name: 'POST /sessions/current/keepalive: Stay signed in, in the idle warning',
    route: 'POST /sessions/current/keepalive',
    is: keepalives,
    kind: 'action',
    prepare: async (stage) => {
      const session = await signInAna();
      const portalEl = document.createElement('pf-portal');
      portalEl.lang = 'en';
      let now = Date.now();
      Object.defineProperty(portalEl, 'now', { value: () => now });
      const reader = document.createElement('faults-context-reader') as FaultsContextReader;
      portalEl.append(reader);
      (await fixture<HTMLElement>(html`<div></div>`)).append(portalEl);
      await portalEl.updateComplete;
      // <pf-portal> takes no client: its keepalive goes out with the elements' short timeout, as its own call.
      reader.context!.client.keepalive = createPortalClient({
        timeout: timeoutMs,
        session: () => sessionHeldBy(portalEl),
        onUnauthorized: () => void portalEl.endSession('expired'),
      }).keepalive;
      portalEl.startSession(session);
      await portalEl.updateComplete;
      Object.assign(stage, { portalEl, el: portalEl, session });
      stage.pass = (ms) => {
        now += ms;
        stage.mock.clock.advance(ms);
      };
      stage.pass(13 * MINUTE + SECOND);
      await waitUntil(() => idleDialog(portalEl)?.open, 'the idle warning', { timeout: 3000 });
    },
    act: async (stage) => dialogButton(stage.portalEl!, 'Stay signed in')!.click(),
    // Staying is at once; the keepalive goes on behind.
    busy: (stage) => !idleDialog(stage.portalEl!) && sessionHeldBy(stage.portalEl) === stage.session,
    failed: async (stage) => {
      const portalEl = stage.portalEl!;
      // The keepalive did not reach the server, whose clock still runs: the warning comes back and says so.
      await waitUntil(
        () =>
          idleDialog(portalEl)?.open &&
          idleDialog(portalEl)?.textContent?.includes('The patient portal did not answer'),
        'the warning comes back, saying why',
        { timeout: 5000 },
      );
      const text = idleDialog(portalEl)?.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text, 'the countdown goes on where it was').to.match(/Signing out in 1:[45]\d/);
      expect(sessionHeldBy(portalEl)).to.equal(stage.session);
      expect(portalEl.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Stay signed in');
    },
    goOn: async (stage) => dialogButton(stage.portalEl!, 'Stay signed in')!.click(),
    succeeded: async (stage) => {
      const portalEl = stage.portalEl!;
      await waitUntil(() => !idleDialog(portalEl), 'the warning closes');
      await waitUntil(() => sent.filter(keepalives).every((entry) => entry.settled), 'the keepalive is answered');
      expect(sessionHeldBy(portalEl)).to.equal(stage.session);
      // It reached the server: 14 more minutes there do not end the session.
      stage.pass!(14 * MINUTE);
      expect(await serverKeeps(stage.session!)).to.equal(true);
    },
  },
  {
    name: 'DELETE /sessions/current: Sign out (signed out here at once, whatever the server answers)',
    route: 'DELETE /sessions/current',
    is: signOuts,
    kind: 'action',
    prepare: async (stage) => {
      const el = await recordsElement(stage, true);
      await waitUntil(() => recordItems(el).length, 'the records', { timeout: 5000 });
    },
    act: async (stage) => button(stage.el!, 'Sign out').click(),
    busy: (stage) => textOf(stage.el!).includes('You are signed out.'),
    failed: async (stage, fault) => {
      const el = stage.el!;
      await waitForText(el, 'You are signed out.');
      // The session is gone from the page whatever the server said, and with it every piece of health data.
      expect(stage.portalEl?.session).to.equal(undefined);
      expect(allInShadow(el, '.item, [role="tab"]')).to.have.length(0);
      expect(textOf(el)).to.not.contain('Ana García');
      expect(heardOf('pf-session-ended').map((event) => event.detail)).to.deep.equal([{ reason: 'signed-out' }]);
      // The outcome takes focus as soon as it shows, not once the server has answered (it may never).
      await waitUntil(() => focusedIn(el)?.textContent?.includes('You are signed out.'), 'the outcome takes focus', {
        timeout: 3000,
      });
      // Nothing to fix and nothing to try again: the failure of the server's half is not the patient's to see.
      expect(allInShadow(el, '.summary, [role="alert"]')).to.have.length(0);
      if (fault === 'an answer that never comes') {
        expect(
          sent.filter(signOuts).map((entry) => entry.settled),
          'still waiting',
        ).to.deep.equal([false]);
      }
    },
    goOn: async (stage) => {
      const signIn = stage.other!;
      fill(byLabel(signIn, labels.username), ana.email);
      fill(byLabel(signIn, labels.password), ana.password);
      await (signIn as LitElement).updateComplete;
      submitButton(signIn).click();
    },
    succeeded: async (stage) => {
      await waitUntil(() => heardOf('pf-signed-in').length === 1, 'signed in again', { timeout: 5000 });
      await waitUntil(() => recordItems(stage.el!).length, 'the records again', { timeout: 5000 });
    },
    slowDone: async (stage) => {
      await waitForText(stage.el!, 'You are signed out.');
      expect(stage.portalEl?.session).to.equal(undefined);
      await waitUntil(() => sent.filter(signOuts).every((entry) => entry.settled), 'the server answers');
      expect(await serverKeeps(stage.session!), 'signed out on the server too').to.equal(false);
    },
    sentInAll: () => 1,
  },
  {
    name: 'GET /fhir/:type/:id: the records read the patient (her name is left out; the records stay)',
    route: 'GET /fhir/:type/:id',
    is: patientReads,
    kind: 'load',
    prepare: async (stage) => {
      stage.session = await signInAna();
    },
    act: async (stage) => {
      await recordsElement(stage);
    },
    busy: (stage) => heading(stage.el!) === 'Your health records',
    failed: async (stage, fault) => {
      const el = elOf<PfHealthRecords>(stage);
      await waitUntil(
        () => sent.filter(patientReads).length === faults[fault].getTries && sent.every((entry) => entry.settled),
        'every try is answered',
        { timeout: 5000 },
      );
      await waitUntil(() => recordItems(el).length, 'the records', { timeout: 5000 });
      await el.updateComplete;
      // The name only adorns the heading: without it the heading says whose records in general words.
      expect(heading(el)).to.equal('Your health records');
      expect(allInShadow(el, '[role="alert"]')).to.have.length(0);
    },
    goOn: async () => undefined,
    succeeded: async (stage) => {
      expect(recordItems(stage.el!).length).to.be.greaterThan(0);
      expect(button(stage.el!, 'Sign out').disabled).to.equal(false);
    },
    slowDone: async (stage) => {
      await waitForText(stage.el!, 'Health records of Ana García');
      await waitUntil(() => recordItems(stage.el!).length, 'the records', { timeout: 5000 });
    },
    sentInAll: (tries) => tries,
  },
  {
    name: 'GET /fhir/:type: a records section loads',
    route: 'GET /fhir/:type',
    is: request('GET', /\/fhir\/r4\/Condition$/),
    kind: 'load',
    prepare: async (stage) => {
      stage.session = await signInAna();
    },
    act: async (stage) => {
      await recordsElement(stage);
    },
    busy: (stage) => allInShadow(stage.el!, '.skeleton').length > 0,
    failed: async (stage, fault) => {
      const el = stage.el!;
      await waitUntil(() => el.shadowRoot?.querySelector('.panel [role="alert"]'), 'the section’s error', {
        timeout: 5000,
      });
      const alert = inShadow(el, '.panel [role="alert"]').textContent ?? '';
      expect(alert).to.contain('We could not load your diagnoses.');
      if (fault === 'a 429 with Retry-After') expect(alert).to.match(faults[fault].says);
      expect(Boolean(offered(el, 'Try again')), 'Try again').to.equal(true);
      // The rest of the page stays: the heading with her name, and Sign out.
      await waitForText(el, 'Health records of Ana García');
    },
    goOn: tryAgain,
    succeeded: async (stage) => {
      await waitUntil(() => recordItems(stage.el!).length, 'the diagnoses', { timeout: 5000 });
    },
  },
];

/** The recovery element on the page, walked by the patient to `step` of a forgotten password (or the username form). */
async function recoveryAt(
  stage: Stage,
  step: 'identify' | 'channel' | 'code' | 'question' | 'password' | 'username',
): Promise<PfAccountRecovery> {
  const mode = step === 'username' ? 'username' : 'password';
  stage.portalEl = await fixture<PfPortal>(
    html`<pf-portal lang="en"
      ><pf-account-recovery mode=${mode} .client=${stage.client}></pf-account-recovery
    ></pf-portal>`,
  );
  const el = stage.portalEl.querySelector('pf-account-recovery') as PfAccountRecovery;
  stage.el = el;
  await el.updateComplete;
  const next = async (words: string) => {
    submitButton(el).click();
    await waitForText(el, words);
  };
  if (step === 'username' || step === 'identify') return el;
  fill(byLabel(el, recoveryLabels.identifier), ana.email);
  await next('Choose where to get a code');
  if (step === 'channel') return el;
  byLabel(el, recoveryLabels.text).click();
  await next('Enter your code');
  if (step === 'code') return el;
  fill(byLabel(el, recoveryLabels.code), recoveryCode(stage));
  await next('Answer your security question');
  if (step === 'question') return el;
  fill(byLabel(el, recoveryLabels.question), 'Canela');
  await next('At least 8 characters');
  return el;
}

/** The code the mock texted Ana last. */
const recoveryCode = (stage: Stage) => lastMessage(stage.mock, 'sms', '(555) 402-1187')?.code ?? '';

const recoveryLabels = {
  identifier: 'Email address or username',
  text: 'Text message to (•••) •••-1187',
  code: 'Security code',
  question: 'What was the name of your first pet?',
  password: 'New password',
  retype: 'Retype new password',
  contact: 'Email address or phone number',
  dob: 'Date of birth',
};

/** A recovery step's press, its fields kept or emptied as `typed` says. */
const recoveryCall = (
  call: Pick<Call, 'name' | 'route' | 'is' | 'typed' | 'goOn'> & {
    step: Parameters<typeof recoveryAt>[1];
    fillIn: (el: PfAccountRecovery, stage: Stage) => void;
    then: string;
  },
): Call => ({
  ...call,
  kind: 'action',
  prepare: async (stage) => {
    const el = await recoveryAt(stage, call.step);
    call.fillIn(el, stage);
    await el.updateComplete;
  },
  act: async (stage) => submitButton(stage.el!).click(),
  busy: (stage) => isBusy(stage.el!),
  failed: formFailed,
  succeeded: async (stage) => waitForText(stage.el!, call.then),
});

const fillPasswords = (el: PfAccountRecovery) => {
  fill(byLabel(el, recoveryLabels.password), 'Quiet-Harbor-58');
  fill(byLabel(el, recoveryLabels.retype), 'Quiet-Harbor-58');
};

const recoveryCalls: Call[] = [
  recoveryCall({
    name: 'POST /recovery: Continue with the username (kept)',
    route: 'POST /recovery',
    is: request('POST', /\/recovery$/),
    step: 'identify',
    fillIn: (el) => fill(byLabel(el, recoveryLabels.identifier), ana.email),
    typed: { kept: { [recoveryLabels.identifier]: ana.email }, emptied: [] },
    goOn: pressAgain(),
    then: 'Choose where to get a code',
  }),
  recoveryCall({
    name: 'POST /recovery/codes: Send code by text (the choice kept)',
    route: 'POST /recovery/codes',
    is: request('POST', /\/recovery\/codes$/),
    step: 'channel',
    fillIn: (el) => byLabel(el, recoveryLabels.text).click(),
    typed: { kept: { [recoveryLabels.text]: true }, emptied: [] },
    goOn: pressAgain(),
    then: 'Enter your code',
  }),
  recoveryCall({
    name: 'POST /recovery/codes/verify: Continue with the code (never kept)',
    route: 'POST /recovery/codes/verify',
    is: request('POST', /\/recovery\/codes\/verify$/),
    step: 'code',
    fillIn: (el, stage) => fill(byLabel(el, recoveryLabels.code), recoveryCode(stage)),
    typed: { kept: {}, emptied: [recoveryLabels.code] },
    goOn: pressAgain((stage) => fill(byLabel(stage.el!, recoveryLabels.code), recoveryCode(stage))),
    then: 'Answer your security question',
  }),
  recoveryCall({
    name: 'POST /recovery/answer: Continue with the answer (never kept)',
    route: 'POST /recovery/answer',
    is: request('POST', /\/recovery\/answer$/),
    step: 'question',
    fillIn: (el) => fill(byLabel(el, recoveryLabels.question), 'Canela'),
    typed: { kept: {}, emptied: [recoveryLabels.question] },
    goOn: pressAgain((stage) => fill(byLabel(stage.el!, recoveryLabels.question), 'Canela')),
    then: 'At least 8 characters',
  }),
  {
    name: 'GET /password-policy: the new password step gets ready',
    route: 'GET /password-policy',
    is: request('GET', /\/password-policy$/),
    kind: 'load',
    prepare: async (stage) => {
      const el = await recoveryAt(stage, 'question');
      fill(byLabel(el, recoveryLabels.question), 'Canela');
      await el.updateComplete;
    },
    act: async (stage) => submitButton(stage.el!).click(),
    // The new password's form is drawn at once and takes typing while its rules are read.
    busy: (stage) => Boolean(stage.el!.shadowRoot?.querySelector('input#password')),
    failed: readFailed,
    goOn: tryAgain,
    succeeded: async (stage) => {
      await waitForText(stage.el!, 'At least 8 characters');
      expect(stage.el!.shadowRoot?.querySelector('.summary'), 'the failure goes').to.equal(null);
    },
  },
  recoveryCall({
    name: 'POST /recovery/password: Change password (both emptied)',
    route: 'POST /recovery/password',
    is: request('POST', /\/recovery\/password$/),
    step: 'password',
    fillIn: fillPasswords,
    typed: { kept: {}, emptied: [recoveryLabels.password, recoveryLabels.retype] },
    goOn: pressAgain((stage) => fillPasswords(stage.el as PfAccountRecovery)),
    then: 'Your password was changed',
  }),
  recoveryCall({
    name: 'POST /recovery/username: Send my username (both kept)',
    route: 'POST /recovery/username',
    is: request('POST', /\/recovery\/username$/),
    step: 'username',
    fillIn: (el) => {
      fill(byLabel(el, recoveryLabels.contact), 'grace.liu@example.com');
      fill(byLabel(el, recoveryLabels.dob), '09/09/2001');
    },
    typed: {
      kept: { [recoveryLabels.contact]: 'grace.liu@example.com', [recoveryLabels.dob]: '09/09/2001' },
      emptied: [],
    },
    goOn: pressAgain(),
    then: 'Check your email',
  }),
];

/** What the patient may see of the server: nothing it wrote, and no element it sent. */
function expectNothingFromTheServer(stage: Stage): void {
  for (const host of [stage.el!, stage.other].filter((item): item is HTMLElement => Boolean(item))) {
    const text = host.shadowRoot?.textContent ?? '';
    for (const words of serverWords) expect(text, `<${host.localName}> shows ${words}`).to.not.contain(words);
    expect(
      allInShadow(host, 'script, img, iframe, object, embed, h1, html, body'),
      'elements from a body',
    ).to.have.length(0);
  }
  expect((window as { __pwned?: unknown }).__pwned, 'a script of the server ran').to.equal(undefined);
}

function expectTyped(stage: Stage, typed: NonNullable<Call['typed']>): void {
  const el = stage.el!;
  for (const [label, value] of Object.entries(typed.kept)) {
    const field = byLabel<HTMLInputElement>(el, label);
    if (typeof value === 'boolean') expect(field.checked, `${label} stays chosen`).to.equal(value);
    else expect(field.value, `${label} is kept`).to.equal(value);
  }
  for (const label of typed.emptied) expect(byLabel(el, label).value, `${label} is emptied`).to.equal('');
}

async function runCell(call: Call, name: FaultName): Promise<void> {
  const { fault, getTries } = faults[name];
  const stage = await newStage();
  await call.prepare(stage);
  sent = [];
  heard = [];
  // A load meets the fault on every try the client makes; a press meets it once.
  if (call.kind === 'load') stage.mock.failRoute(fault, call.route);
  else stage.mock.failNext(fault, call.route);
  await call.act(stage);
  const ofCall = () => sent.filter(call.is).length;
  const tries = call.kind === 'load' ? getTries : 1;

  if (name === 'a slow answer') {
    await waitUntil(() => call.busy(stage), 'busy while the answer is on its way', { timeout: 3000 });
    // More presses while it is busy send nothing more.
    const submit = stage.el!.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (call.kind === 'action' && submit && isBusy(stage.el!)) {
      submit.click();
      submit.click();
    }
    await (call.slowDone ?? call.succeeded)(stage);
    expect(ofCall(), 'requests sent').to.equal(1);
    return;
  }

  await call.failed(stage, name);
  expectNothingFromTheServer(stage);
  expect(ofCall(), 'requests sent').to.equal(tries);
  if (call.typed) expectTyped(stage, call.typed);
  await expect(stage.el!).to.be.accessible();

  if (name === 'an answer that never comes') for (const entry of sent.filter(call.is)) entry.heldForGood = true;
  stage.mock.clearFaults();
  await call.goOn(stage, name);
  await call.succeeded(stage);
  expect(ofCall(), 'requests sent, the way on included').to.equal(call.sentInAll?.(tries) ?? tries + 1);
}

describe('faults: every call meets every fault, and the patient always has a way on', () => {
  for (const call of [...calls, ...recoveryCalls]) {
    describe(call.name, () => {
      for (const name of faultNames) {
        const outcome =
          name === 'a slow answer'
            ? 'shows it is busy, sends once, then goes on'
            : 'ends in a clear state in plain words, sends as it should, and the way on works';
        it(`${name}: ${outcome}`, async () => runCell(call, name));
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Answers out of order

const noop = () => undefined;

interface Held {
  request: Request;
  /** The answer is in (held or not). */
  arrived: Promise<void>;
  release: () => void;
}

/**
 * A fetch that sends each request at once but holds the answers it is told to hold until the test lets them go. An
 * abort does not stop a held answer: it arrives anyway, as from a server (or a framework's fetch) that answers late.
 */
function heldAnswers(hold: (request: Request) => boolean) {
  const held: Held[] = [];
  const fetchHeld: typeof fetch = async (input, init) => {
    const outgoing = new Request(input, init);
    if (!hold(outgoing)) return pageFetch(outgoing);
    const answer = pageFetch(new Request(outgoing, { signal: null }));
    let release: () => void = noop;
    const gate = new Promise<void>((resolve) => (release = resolve));
    held.push({ request: outgoing, arrived: answer.then(noop, noop), release });
    await gate;
    return answer;
  };
  /** Lets go of some held answers, the newest first, once all of them are in. */
  const releaseNewestFirst = async (indexes: number[]) => {
    await Promise.all(held.map((item) => item.arrived));
    for (const index of [...indexes].sort((a, b) => b - a)) held[index]!.release();
  };
  return { fetch: fetchHeld, held, releaseNewestFirst };
}

/** Gives a late answer time to arrive and to be dropped (nothing shows when it is). */
async function letLateAnswersLand(el: LitElement): Promise<void> {
  await aTimeout(150);
  await el.updateComplete;
}

/** The verify form is on screen, and nothing said its link was bad. */
function expectFormStillThere(el: PfRegisterVerify) {
  expect(textOf(el)).to.contain('All fields are required');
  expect(textOf(el)).to.not.contain('This link is not valid');
  expect(heardOf('pf-invitation-invalid')).to.have.length(0);
}

describe('answers out of order: the newer one wins', () => {
  it('a slow answer about the old link, arriving after the new link’s, does not close the form', async () => {
    const mock = await freshMockPortal();
    const { fetch: fetchHeld, held, releaseNewestFirst } = heldAnswers((outgoing) => outgoing.method === 'GET');
    const wrapper = await fixture<PfPortal>(html`
      <pf-portal lang="en"
        ><pf-register-verify
          .client=${testClient({ fetch: fetchHeld })}
          invitation="an-old-link-the-portal-does-not-know"
        ></pf-register-verify
      ></pf-portal>
    `);
    const el = wrapper.querySelector('pf-register-verify') as PfRegisterVerify;
    await waitUntil(() => held.length === 1, 'the old link is asked about');
    el.invitation = invitationToken(mock, sue.email);
    await waitUntil(() => held.length === 2, 'the new link is asked about');
    await releaseNewestFirst([1]);
    await waitForText(el, 'All fields are required');
    await releaseNewestFirst([0]);
    await letLateAnswersLand(el);
    expectFormStillThere(el);
  });

  it('an answer that timed out, arriving after the answer to Try again, does not undo it', async () => {
    const mock = await freshMockPortal();
    // The first reading of the link meets a 404, held back until the client has given up on it.
    mock.failNext({ kind: 'status', status: 404 }, 'GET /invitations/:token');
    const { fetch: fetchHeld, held, releaseNewestFirst } = heldAnswers(() => held.length === 0);
    const wrapper = await fixture<PfPortal>(html`
      <pf-portal lang="en"
        ><pf-register-verify
          .client=${testClient({ fetch: fetchHeld, timeout: 300 })}
          invitation=${invitationToken(mock, sue.email)}
        ></pf-register-verify
      ></pf-portal>
    `);
    const el = wrapper.querySelector('pf-register-verify') as PfRegisterVerify;
    await waitForText(el, 'taking too long to answer');
    button(el, 'Try again').click();
    await waitForText(el, 'All fields are required');
    await releaseNewestFirst([0]);
    await letLateAnswersLand(el);
    expectFormStillThere(el);
  });

  it('a verification answered after the page changed the link is dropped: no pf-verified for the old one', async () => {
    const mock = await freshMockPortal();
    const { fetch: fetchHeld, held, releaseNewestFirst } = heldAnswers((outgoing) => outgoing.method === 'POST');
    const wrapper = await fixture<PfPortal>(html`
      <pf-portal lang="en"
        ><pf-register-verify
          .client=${testClient({ fetch: fetchHeld })}
          invitation=${invitationToken(mock, sue.email)}
        ></pf-register-verify
      ></pf-portal>
    `);
    const el = wrapper.querySelector('pf-register-verify') as PfRegisterVerify;
    await waitForText(el, 'All fields are required');
    fill(byLabel(el, labels.dob), '03/14/1962');
    fill(byLabel(el, labels.pin), '482913');
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => held.length === 1, 'the PIN is sent');
    // The page hands the element another patient's link meanwhile (Marcus has no PIN: only his phone is asked).
    el.invitation = invitationToken(mock, marcus.email);
    await waitUntil(() => allInShadow(el, 'input[type="tel"]').length === 1, 'Marcus’s form', { timeout: 5000 });
    await releaseNewestFirst([0]);
    await letLateAnswersLand(el);
    expect(heardOf('pf-verified')).to.have.length(0);
    expect(textOf(el)).to.not.contain('Your identity is verified');
    expect(() => byLabel(el, labels.pin), 'still Marcus’s form, which has no PIN').to.throw();
    expect(isBusy(el)).to.equal(false);
  });

  it('the security questions of the old language, arriving last, do not replace those of the new one', async () => {
    const mock = await freshMockPortal();
    const { registrationToken } = await testClient().verifyPin(invitationToken(mock, sue.email), {
      dateOfBirth: sue.dateOfBirth,
      pin: sue.pin,
    });
    const { fetch: fetchHeld, held, releaseNewestFirst } = heldAnswers((outgoing) => outgoing.method === 'GET');
    const client = testClient({ fetch: fetchHeld, locale: () => pagePortal()?.lang });
    const portalEl = withRegistration<PfPortal>(
      html`<pf-portal lang="en"><pf-register-account .client=${client}></pf-register-account></pf-portal>`,
      registrationToken,
    ).root;
    const el = portalEl.querySelector('pf-register-account') as PfRegisterAccount;
    await waitUntil(() => held.length === 2, 'the English questions and policy are asked for');
    portalEl.lang = 'es';
    await waitUntil(() => held.length === 4, 'the Spanish ones are asked for');
    await releaseNewestFirst([2, 3]);
    await waitUntil(() => hasForm(el), 'the form', { timeout: 5000 });
    await releaseNewestFirst([0, 1]);
    await letLateAnswersLand(el);
    const options = [...byLabel<HTMLSelectElement>(el, 'Seleccione una pregunta de seguridad').options].map((option) =>
      option.text.trim(),
    );
    expect(options).to.include('¿Cómo se llamaba su primera mascota?');
    expect(options).to.not.include('What was the name of your first pet?');
  });

  it('the records of the patient before, arriving after those of the patient now, never show', async () => {
    await freshMockPortal();
    const anaSession = await signInAna();
    const graceSession = await testClient().signIn({ username: 'grace.liu@example.com', password: ana.password });
    const { fetch: fetchHeld, held, releaseNewestFirst } = heldAnswers((outgoing) => outgoing.url.includes('/fhir/'));
    const client = testClient({ fetch: fetchHeld, session: () => sessionHeldBy(pagePortal()) });
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal lang="en" .session=${anaSession}
        ><pf-health-records sections="diagnoses" .client=${client}></pf-health-records
      ></pf-portal>
    `);
    const el = portalEl.querySelector('pf-health-records') as PfHealthRecords;
    await waitUntil(() => held.length === 2, 'Ana’s name and diagnoses are asked for');
    // Another patient signs in on this page before Ana's records arrived.
    portalEl.session = graceSession;
    await waitUntil(() => held.length === 4, 'Grace’s are asked for');
    await releaseNewestFirst([2, 3]);
    await waitForText(el, 'Health records of Grace Liu');
    await waitForText(el, 'No diagnoses on record.');
    await releaseNewestFirst([0, 1]);
    await letLateAnswersLand(el);
    expect(textOf(el)).to.contain('Health records of Grace Liu');
    expect(textOf(el)).to.contain('No diagnoses on record.');
    expect(textOf(el)).to.not.contain('Ana García');
    expect(textOf(el)).to.not.contain('Asma');
  });

  it('sections asked for together and answered in reverse order each show their own records', async () => {
    await freshMockPortal();
    const session = await signInAna();
    const { fetch: fetchHeld, held, releaseNewestFirst } = heldAnswers((outgoing) => outgoing.url.includes('/fhir/'));
    const client = testClient({ fetch: fetchHeld, session: () => sessionHeldBy(pagePortal()) });
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal lang="en" .session=${session}
        ><pf-health-records sections="diagnoses immunizations" .client=${client}></pf-health-records
      ></pf-portal>
    `);
    const el = portalEl.querySelector('pf-health-records') as PfHealthRecords;
    // The section shown is asked for first; the patient opens the other before its answer comes.
    await waitUntil(() => held.length === 2, 'the name and the section shown are asked for');
    const immunizations = allInShadow<HTMLButtonElement>(el, '[role="tab"]').find((tab) =>
      tab.textContent?.includes('Immunizations'),
    )!;
    immunizations.click();
    await waitUntil(() => held.length === 3, 'the section opened is asked for too');
    await releaseNewestFirst([0, 1, 2]);
    allInShadow<HTMLButtonElement>(el, '#tab-diagnoses')[0]!.click();
    await waitForText(el, 'Asma intermitente leve');
    immunizations.click();
    await el.updateComplete;
    expect(inShadow(el, '[role="tabpanel"]').textContent).to.contain('Vacuna contra la influenza');
    expect(inShadow(el, '[role="tabpanel"]').textContent).to.not.contain('Asma');
  });
});
