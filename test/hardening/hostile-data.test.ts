/**
 * Hostile data from the portal: every kind of payload goes into every string the portal serves that an element
 * shows (the practice's name and phone, the masked phone a code went to, the security questions, the texts of a
 * problem and its field errors, recovery's masked destinations and question, the patient's name and the records),
 * through the mock portal itself. Each time the words show literally, no script runs, the page does not scroll
 * sideways, and the element renders the very same elements and attributes as it does with plain words.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { problemType } from '../../src/api/index.js';
import type { MockPortal } from '../../src/mocks/index.js';
import '../../src/pf-account-recovery.js';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import '../../src/pf-sign-in.js';
import type { PfAccountRecovery } from '../../src/pf-account-recovery.js';
import type { PfHealthRecords } from '../../src/pf-health-records.js';
import type { PfRegisterAccount } from '../../src/pf-register-account.js';
import type { PfRegisterVerify } from '../../src/pf-register-verify.js';
import type { PfSignIn } from '../../src/pf-sign-in.js';
import { allInShadow, byLabel, submitAndSettle, typeInto, waitForText } from '../helpers/dom.js';
import {
  asShown,
  deepText,
  intruders,
  pageScrollsSideways,
  payloads,
  skeleton,
  trapScripts,
} from '../helpers/hostile.js';
import {
  ana,
  freshMockPortal,
  invitationToken,
  lastMessage,
  marcus,
  sue,
  sueSignedUp,
  verifiedSue,
} from '../helpers/mock-portal.js';
import { accountFormRead, phoneOnlyForm, withRegistration } from '../helpers/registration.js';

/** A screen of an element showing `words` where the portal's string goes, and how many forms its template has. */
interface Scenario {
  what: string;
  /** False where the element says it in its own words and never shows the portal's. */
  shows?: false;
  show: (words: string) => Promise<{ el: HTMLElement; forms: number }>;
}

const problemBody = (status: number, code: Parameters<typeof problemType>[0], words: string, field?: string) =>
  JSON.stringify({
    type: problemType(code),
    title: words,
    status,
    detail: words,
    ...(field ? { errors: [{ field, code: 'username-taken', message: words }] } : {}),
  });

/** The portal's next answer on `route`: a code texted to `sentTo`, as the portal masks the phone. */
function answersCodeSentTo(portal: MockPortal, route: string, sentTo: string): void {
  const now = Date.now();
  portal.failNext(
    {
      kind: 'status',
      status: 202,
      contentType: 'application/json',
      body: JSON.stringify({
        channel: 'sms',
        sentTo,
        expiresAt: new Date(now + 600_000).toISOString(),
        resendAfter: new Date(now + 30_000).toISOString(),
      }),
    },
    route,
  );
}

async function verifyScreen(portal: MockPortal, email: string): Promise<PfRegisterVerify> {
  const wrapper = await fixture<HTMLElement>(
    html`<pf-portal><pf-register-verify invitation=${invitationToken(portal, email)}></pf-register-verify></pf-portal>`,
  );
  const el = wrapper.querySelector('pf-register-verify') as PfRegisterVerify;
  await waitForText(el, 'All fields are required');
  if (email === marcus.email) await phoneOnlyForm(el);
  return el;
}

/** The account screen on a mock changed by `change` once Sue is verified. */
async function accountScreenWith(change: (portal: MockPortal) => void) {
  const { portal, request } = await verifiedSue();
  change(portal);
  const el = withRegistration(
    html`<pf-portal><pf-register-account username="Sue@gmail.com"></pf-register-account></pf-portal>`,
    request().registrationToken,
  ).el as PfRegisterAccount;
  await accountFormRead(el);
  return { portal, el };
}

async function fillAccount(el: PfRegisterAccount, question = 1) {
  const select = byLabel<HTMLSelectElement>(el, 'Select a security question');
  select.selectedIndex = question;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await typeInto(byLabel(el, 'Enter your answer'), 'Biscuit');
  await typeInto(byLabel(el, 'Create password'), 'Blue-Heron-42');
  await typeInto(byLabel(el, 'Retype password'), 'Blue-Heron-42');
}

/** Ana's password recovery, walked by text up to `step`, on a mock changed by `change` first. */
async function recoveryAt(step: 'channel' | 'code' | 'question', change: (portal: MockPortal) => void = () => {}) {
  const portal = await freshMockPortal();
  change(portal);
  const wrapper = await fixture<HTMLElement>(html`<pf-portal><pf-account-recovery></pf-account-recovery></pf-portal>`);
  const el = wrapper.querySelector('pf-account-recovery') as PfAccountRecovery;
  await el.updateComplete;
  await typeInto(byLabel(el, 'Email address or username'), ana.email);
  await submitAndSettle(el);
  await waitForText(el, 'Choose where to get a code');
  if (step === 'channel') return { portal, el };
  byLabel(el, /^Text message/).click();
  await submitAndSettle(el);
  await waitForText(el, 'Enter your code');
  if (step === 'code') return { portal, el };
  await typeInto(byLabel(el, 'Security code'), lastMessage(portal, 'sms', '(555) 402-1187')?.code ?? '');
  await submitAndSettle(el);
  await waitForText(el, 'Answer your security question');
  return { portal, el };
}

const tab = (el: PfHealthRecords, name: string) =>
  allInShadow<HTMLButtonElement>(el, '[role="tab"]').find((candidate) =>
    candidate.textContent?.trim().startsWith(name),
  )!;

/** Sue's records, with `words` in her name and in a string of the first entry of each section. */
async function recordsWith(words: string): Promise<PfHealthRecords> {
  const { portal, client } = await sueSignedUp();
  const record = portal.fhir.record(client.session?.patientId ?? '');
  if (!record) throw new Error('Sue has no record');
  record.patient.name = [{ text: words, given: [words], family: words }];
  const first = (type: string) => {
    const found = record.resources.find((resource) => resource.resourceType === type);
    if (!found) throw new Error(`Sue has no ${type}`);
    return found;
  };
  first('Condition').code = { text: words };
  first('MedicationRequest').dosageInstruction = [{ text: words }];
  first('Immunization').lotNumber = words;
  first('AllergyIntolerance').reaction = [{ manifestation: [{ text: words }], description: words }];
  first('Procedure').code = { text: words };
  Object.assign(first('CarePlan'), { title: words, description: words });
  first('Observation').valueString = words;
  delete first('Observation').valueQuantity;
  first('Appointment').participant = [{ actor: { reference: 'Practitioner/x', display: words } }];
  const el = await fixture<PfHealthRecords>(html`<pf-health-records .client=${client}></pf-health-records>`);
  // The first screen's sections, then the rest once it is in; each tab shows its count when its section is in.
  await waitUntil(
    () => allInShadow(el, '[role="tab"] .count').length === allInShadow(el, '[role="tab"]:not(#tab-overview)').length,
    'every section loads',
    { timeout: 8000 },
  );
  return el;
}

const scenarios: Scenario[] = [
  {
    what: 'the practice’s name and phone, in the help after a failed check',
    show: async (words) => {
      const portal = await freshMockPortal();
      portal.practice.name = words;
      portal.practice.phone = words;
      const el = await verifyScreen(portal, sue.email);
      await typeInto(byLabel(el, 'Patient’s date of birth'), '03141962');
      await typeInto(byLabel(el, 'PIN received from patient’s doctor'), '000000');
      await submitAndSettle(el);
      await waitForText(el, 'Need help? Call');
      return { el, forms: 1 };
    },
  },
  {
    what: 'the masked phone number a code went to',
    show: async (words) => {
      const portal = await freshMockPortal();
      const el = await verifyScreen(portal, marcus.email);
      await typeInto(byLabel(el, 'Patient’s date of birth'), '11021979');
      await typeInto(byLabel(el, 'Patient’s phone # from his/her doctor’s record'), marcus.phone);
      answersCodeSentTo(portal, 'POST /invitations/:token/codes', words);
      await submitAndSettle(el);
      await waitForText(el, 'we sent a text message');
      return { el, forms: 1 };
    },
  },
  {
    what: 'a security question, listed and chosen',
    show: async (words) => {
      const { el } = await accountScreenWith((mock) => {
        const chosen = mock.securityQuestions[2];
        if (chosen) chosen.en = words;
      });
      const select = byLabel<HTMLSelectElement>(el, 'Select a security question');
      select.selectedIndex = 3;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      return { el, forms: 1 };
    },
  },
  {
    what: 'the title, detail and field message of a refusal',
    show: async (words) => {
      const { portal, el } = await accountScreenWith(() => undefined);
      await fillAccount(el);
      portal.failNext(
        {
          kind: 'status',
          status: 422,
          contentType: 'application/problem+json',
          body: problemBody(422, 'validation-failed', words, 'username'),
        },
        'POST /accounts',
      );
      await submitAndSettle(el);
      await waitUntil(
        () => byLabel(el, 'Email address or username').getAttribute('aria-invalid') === 'true',
        'the refusal shows',
      );
      return { el, forms: 1 };
    },
  },
  {
    what: 'the practice’s name and phone, in the help of a paused sign-in',
    show: async (words) => {
      const portal = await freshMockPortal();
      portal.practice.name = words;
      portal.practice.phone = words;
      const wrapper = await fixture<HTMLElement>(html`<pf-portal><pf-sign-in></pf-sign-in></pf-portal>`);
      const el = wrapper.querySelector('pf-sign-in') as PfSignIn;
      await el.updateComplete;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await typeInto(byLabel(el, 'Email address or username'), ana.email);
        await typeInto(byLabel(el, 'Password'), 'Wrong#2024');
        await submitAndSettle(el);
      }
      await waitForText(el, 'Need help? Call');
      return { el, forms: 1 };
    },
  },
  {
    what: 'the title and detail of a failed sign-in (never shown: the element says it in its own words)',
    shows: false,
    show: async (words) => {
      const portal = await freshMockPortal();
      const wrapper = await fixture<HTMLElement>(html`<pf-portal><pf-sign-in></pf-sign-in></pf-portal>`);
      const el = wrapper.querySelector('pf-sign-in') as PfSignIn;
      await el.updateComplete;
      await typeInto(byLabel(el, 'Email address or username'), ana.email);
      await typeInto(byLabel(el, 'Password'), 'Wrong#2024');
      portal.failNext(
        {
          kind: 'status',
          status: 401,
          contentType: 'application/problem+json',
          body: problemBody(401, 'invalid-credentials', words),
        },
        'POST /sessions',
      );
      await submitAndSettle(el);
      await waitUntil(() => allInShadow(el, '.summary').length, 'the refusal shows');
      return { el, forms: 1 };
    },
  },
  {
    what: 'the masked email and phone a recovery offers',
    show: async (words) => {
      const { el } = await recoveryAt('channel', (portal) =>
        portal.failNext(
          {
            kind: 'status',
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({
              recoveryToken: 'a-token',
              expiresAt: new Date(Date.now() + 1_200_000).toISOString(),
              destinations: { email: words, phone: words },
            }),
          },
          'POST /recovery',
        ),
      );
      return { el, forms: 1 };
    },
  },
  {
    what: 'the masked phone a recovery code went to',
    show: async (words) => {
      const { portal, el } = await recoveryAt('channel');
      answersCodeSentTo(portal, 'POST /recovery/codes', words);
      byLabel(el, /^Text message/).click();
      await submitAndSettle(el);
      await waitForText(el, 'Enter your code');
      return { el, forms: 1 };
    },
  },
  {
    what: 'the security question recovery asks after the code',
    show: async (words) => {
      const { el } = await recoveryAt('question', (portal) => {
        const asked = portal.securityQuestions.find((question) => question.id === 'first-pet');
        if (asked) asked.en = words;
      });
      return { el, forms: 1 };
    },
  },
  {
    what: 'the practice’s name and phone when recovery is closed',
    show: async (words) => {
      const { portal, el } = await recoveryAt('code');
      portal.failNext(
        {
          kind: 'status',
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            ...JSON.parse(problemBody(403, 'recovery-closed', 'Closed')),
            practice: { name: words, phone: words },
          }),
        },
        'POST /recovery/codes/verify',
      );
      await typeInto(byLabel(el, 'Security code'), '123456');
      await submitAndSettle(el);
      await waitForText(el, 'Recovery is closed for this account');
      return { el, forms: 0 };
    },
  },
  ...(
    [
      ['Diagnoses', 'the patient’s name and a diagnosis'],
      ['Medications', 'a medication’s dose'],
      ['Immunizations', 'a vaccine’s lot number'],
      ['Allergies', 'an allergic reaction'],
      ['Procedures', 'a procedure'],
      ['Care plans', 'a care plan’s title and description'],
      ['Lab results', 'a lab result’s value'],
      ['Appointments', 'the clinician of an appointment'],
      ['Overview', 'the clinician of the next appointment'],
    ] as const
  ).map(([section, what]): Scenario => ({
    what: `${section}: ${what}`,
    show: async (words) => {
      const el = await recordsWith(words);
      tab(el, section).click();
      await el.updateComplete;
      await waitUntil(() => !allInShadow(el, '.skeleton').length, `${section} loads`, { timeout: 8000 });
      return { el, forms: 0 };
    },
  })),
];

describe('hostile data from the portal shows as text', () => {
  for (const scenario of scenarios) {
    describe(scenario.what, () => {
      let plain: string[] = [];

      before(async () => {
        const { el } = await scenario.show('Plain words');
        expect(deepText(el).includes('Plain words')).to.equal(scenario.shows ?? true);
        plain = skeleton(el);
      });

      for (const [name, words] of Object.entries(payloads)) {
        it(name, async function () {
          this.timeout(30_000);
          const ran = trapScripts();
          const { el, forms } = await scenario.show(words);
          const shown = asShown(words);
          if (scenario.shows === false) expect(deepText(el)).to.not.contain(shown.slice(0, 40));
          else await waitUntil(() => deepText(el).includes(shown), 'the words show', { timeout: 5000 });
          expect(intruders(el, forms)).to.deep.equal([]);
          expect(skeleton(el)).to.deep.equal(plain);
          expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
          // Give an injected handler its chance: focus, hover and a frame.
          for (const element of allInShadow(el, 'p, li, dd, h2, h3, option, label'))
            element.dispatchEvent(new MouseEvent('mouseover'));
          await new Promise(requestAnimationFrame);
          expect(ran).to.deep.equal([]);
          expect(document.getElementById('__pwned')).to.equal(null);
          expect(typeof customElements.define).to.equal('function');
        });
      }
    });
  }
});
