import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createPortalClient, type Session } from '../src/api/index.js';
import { seedPassword } from '../src/mocks/index.js';
import '../src/pf-health-records.js';
import '../src/pf-portal.js';
import {
  apiBaseOf,
  invitationFor,
  type Loaded,
  longestWait,
  press,
  shadowQuery,
  waitForWords,
  type Words,
} from './story-helpers.js';

interface Args {
  patient: 'Sue@gmail.com' | 'ana.garcia@example.com' | 'grace.liu@example.com' | 'harold.whitaker@example.com';
  sections: string;
  lang: 'en' | 'es';
}

interface RecordsLoaded extends Loaded {
  session?: Session;
}

/** A session for the story's patient: Sue signs up first (she has no account in the seed), the others sign in. */
async function sessionFor(context: RecordsLoaded, patient: Args['patient']): Promise<Session> {
  const client = createPortalClient({ apiBase: context.apiBase });
  if (patient !== 'Sue@gmail.com') return client.signIn({ username: patient, password: seedPassword });
  const { registrationToken } = await client.verifyPin(invitationFor(context.portal, patient), {
    dateOfBirth: '1962-03-14',
    pin: '482913',
  });
  return client.createAccount({
    registrationToken,
    username: patient,
    password: 'Blue-Heron-42',
    securityQuestionId: 'first-pet',
    securityAnswer: 'Biscuit',
    acceptedTerms: true,
  });
}

const meta: Meta<Args> = {
  title: 'Records/pf-health-records',
  component: 'pf-health-records',
  args: { patient: 'Sue@gmail.com', sections: '', lang: 'en' },
  argTypes: {
    patient: {
      control: 'select',
      options: ['Sue@gmail.com', 'ana.garcia@example.com', 'grace.liu@example.com', 'harold.whitaker@example.com'],
    },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  beforeEach: async ({ loaded, args }) => {
    const context = loaded as RecordsLoaded;
    context.session = await sessionFor(context, args.patient);
  },
  render: ({ sections, lang }, { loaded }) => html`
    <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)} .session=${(loaded as RecordsLoaded).session}>
      <pf-health-records sections=${sections}></pf-health-records>
    </pf-portal>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const records = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('pf-health-records');
  if (!el) throw new Error('no pf-health-records');
  await shadowQuery(el, '[role="tablist"], .stacked');
  return el;
};

const showTab =
  (name: string, words: Words): Story['play'] =>
  async ({ canvasElement }) => {
    const el = await records(canvasElement);
    await press(el, `#tab-${name}`);
    await waitForWords(el, words, 8000);
  };

/** Sue's diagnoses: the first tab. */
export const Diagnoses: Story = { play: showTab('diagnoses', 'Type 2 diabetes') };

/** Prescriptions and reported medications, active first. */
export const Medications: Story = { play: showTab('medications', { en: 'How to take it', es: 'Cómo tomarlo' }) };

/** Vaccines, one not given. */
export const Immunizations: Story = { play: showTab('immunizations', { en: 'Not given', es: 'No se aplicó' }) };

/** Allergies with their reactions and risk. */
export const Allergies: Story = { play: showTab('allergies', 'Penicillin') };

export const Procedures: Story = { play: showTab('procedures', { en: 'Status', es: 'Estado' }) };

/** Care plans, one with only a narrative (shown as text). */
export const CarePlans: Story = { play: showTab('care-plans', { en: 'Status', es: 'Estado' }) };

/** Shared lab results, newest first, flagged in words. */
export const LabResults: Story = { play: showTab('lab-results', { en: 'Normal range', es: 'Rango normal' }) };

/** Upcoming and past appointments, in the patient's time zone. */
export const Appointments: Story = { play: showTab('appointments', { en: 'Upcoming', es: 'Próximas' }) };

// What real records hold and a renderer easily gets wrong (Sue's record has one of each), said as the record says it.

/** A scoped "no known food allergy" beside real drug allergies: it keeps its scope, after them. */
export const ScopedNoKnownAllergy: Story = {
  play: showTab('allergies', { en: 'No known food allergies', es: 'Sin alergias conocidas a alimentos' }),
};

/** A differential diagnosis, its onset given as an age. */
export const PossibleDiagnosis: Story = {
  play: showTab('diagnoses', { en: 'Possible, not confirmed', es: 'Posible, sin confirmar' }),
};

/** A reported medication named by the Medication it refers to, its structured dosage in words. */
export const MedicationByReference: Story = {
  play: showTab('medications', {
    en: '1 tablet twice a day after meals, as needed',
    es: '1 tablet dos veces al día después de las comidas, cuando lo necesite',
  }),
};

/** A prescription with structured dosage only: dose, frequency, time of day, route and instructions in words. */
export const StructuredDosage: Story = {
  play: showTab('medications', {
    en: '1 tablet once a day in the morning',
    es: '1 tablet una vez al día por la mañana',
  }),
};

/** A dose that was given but did not count (subpotent), with its place in the series. */
export const DoseThatDidNotCount: Story = {
  play: showTab('immunizations', { en: 'This dose did not count', es: 'Esta dosis no contó' }),
};

/** An appointment asked for but not yet given a time: under its own heading, with the period asked for. */
export const NotYetScheduled: Story = {
  play: showTab('appointments', { en: 'Asked for', es: 'Pedida para' }),
};

/** A reactive screen: flagged in words, as every abnormal interpretation is. */
export const ReactiveResult: Story = { play: showTab('lab-results', { en: 'Reactive', es: 'Reactivo' }) };

/** A lab report whose results carry no category: shown under their report, with units for people. */
export const LabsWithoutCategory: Story = {
  play: showTab('lab-results', { en: 'Urine protein', es: 'Urine protein' }),
};

/**
 * Sue's lab results with the client's searches by id (the results a report names outside the laboratory search)
 * answered by `byId` instead of the server.
 */
const readsById =
  (byId: (request: Request) => Promise<Response>): Story['render'] =>
  ({ lang }, { loaded }) => {
    const session = (loaded as RecordsLoaded).session;
    const client = createPortalClient({
      apiBase: apiBaseOf(loaded),
      session: () => session,
      retries: 0,
      // A read by id that never ends stays "loading": the client's own 15 seconds would end it.
      timeout: longestWait,
      fetch: (input, init) => {
        const request = new Request(input, init);
        return new URL(request.url).searchParams.has('_id') ? byId(request) : fetch(request);
      },
    });
    return html`<pf-portal lang=${lang} api-base=${apiBaseOf(loaded)} .session=${session}>
      <pf-health-records sections="lab-results" .client=${client}></pf-health-records>
    </pf-portal>`;
  };

/** The first results are shown while the rest of their reports is read: a placeholder line below them. */
export const LabReportRestLoading: Story = {
  render: readsById(() => new Promise<Response>(() => undefined)),
  play: async ({ canvasElement }) => {
    await waitForWords(
      await records(canvasElement),
      { en: 'Loading the rest of these results', es: 'Cargando el resto de estos resultados' },
      8000,
    );
  },
};

/** The rest of the reports could not be read: the results shown stay, with what happened and Try again. */
export const LabReportRestFailed: Story = {
  render: readsById(() => Promise.reject(new TypeError('Failed to fetch'))),
  play: async ({ canvasElement }) => {
    await waitForWords(
      await records(canvasElement),
      { en: 'could not be loaded just now', es: 'no se pudieron cargar en este momento' },
      8000,
    );
  },
};

/** A critically high result: gathered at the top of the lab results with what to do, and marked in its report. */
export const CriticalResult: Story = {
  play: showTab('lab-results', { en: 'Results that need attention', es: 'Resultados que requieren atención' }),
};

/** Types a test name into the lab results' search. */
const searchFor = async (canvasElement: HTMLElement, term: string) => {
  const el = await records(canvasElement);
  await waitForWords(el, { en: 'newest first', es: 'primero los más recientes' }, 10000);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#lab-filter')!;
  input.value = term;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  return el;
};

/** A search by test name over all of a large record's results, on the server. */
export const SearchAllResults: Story = {
  args: { patient: 'harold.whitaker@example.com', sections: 'lab-results' },
  play: async ({ canvasElement }) => {
    const el = await searchFor(canvasElement, 'A1c');
    // The count the search gives (the hint under the field says "todos sus resultados" too).
    await waitForWords(el, { en: '” in all your results.', es: '” en todos sus resultados.' }, 10000);
  },
};

/** A search that matches nothing says so, over the whole record. */
export const SearchWithoutMatch: Story = {
  args: { patient: 'harold.whitaker@example.com', sections: 'lab-results' },
  play: async ({ canvasElement }) => {
    const el = await searchFor(canvasElement, 'zzz');
    await waitForWords(el, { en: 'No results for', es: 'No hay resultados para' }, 10000);
  },
};

/** A test over time: Harold's A1c found by a search, then opened from its row: a chart, its range, and a table. */
export const LabTrend: Story = {
  args: { patient: 'harold.whitaker@example.com', sections: 'lab-results' },
  play: async ({ canvasElement }) => {
    const el = await searchFor(canvasElement, 'A1c');
    // The count the search gives (the hint under the field says "todos sus resultados" too).
    await waitForWords(el, { en: '” in all your results.', es: '” en todos sus resultados.' }, 10000);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.lab-table .name button')!.click();
    await waitForWords(el, { en: 'Every result of', es: 'Todos los resultados de' }, 10000);
  },
};

/** Only the sections a page asks for. */
export const SomeSections: Story = { args: { sections: 'allergies medications' } };

/** A record with nothing in it. */
export const Empty: Story = { args: { patient: 'grace.liu@example.com' } };

/** Thousands of lab results, a page at a time. */
export const LargeRecord: Story = {
  args: { patient: 'harold.whitaker@example.com', sections: 'lab-results' },
  play: async ({ canvasElement }) => {
    const el = await records(canvasElement);
    await waitForWords(el, { en: 'newest first', es: 'primero los más recientes' }, 10000);
  },
};

/** In Spanish. */
export const Spanish: Story = { args: { patient: 'ana.garcia@example.com', lang: 'es' } };

/** The first screen: what needs attention (a critical result, the latest report, the next visit, allergies). */
export const Overview: Story = {
  play: async ({ canvasElement }) => {
    const el = await records(canvasElement);
    await waitForWords(el, { en: 'Latest:', es: 'Lo más reciente:' }, 10000);
  },
};

/** The records as wide as a phone, once their menu of sections is drawn. */
const onPhone: Story['render'] = (args, context) =>
  html`<div style="max-width: 360px">${meta.render!(args, context)}</div>`;
const phoneRecords = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('pf-health-records')!;
  await shadowQuery(el, '.menu');
  return el;
};

/** On a phone: the overview, then a short menu of the sections with their counts. */
export const PhoneMenu: Story = {
  render: onPhone,
  play: async ({ canvasElement }) => {
    const el = await phoneRecords(canvasElement);
    await waitForWords(el, { en: 'Latest:', es: 'Lo más reciente:' }, 10000);
  },
};

/** On a phone, one section is its own view, with the way back to the menu. */
export const PhoneSection: Story = {
  render: onPhone,
  play: async ({ canvasElement }) => {
    const el = await phoneRecords(canvasElement);
    await press(el, '#menu-allergies');
    await waitForWords(el, 'Penicillin', 8000);
  },
};

/** The records cannot be loaded: each section offers to try again. */
export const LoadError: Story = {
  play: async ({ canvasElement, loaded }) => {
    (loaded as RecordsLoaded).portal.failRoute({ kind: 'status', status: 503 }, 'GET /fhir/:type');
    const el = canvasElement.querySelector('pf-health-records')!;
    el.setAttribute('sections', 'diagnoses');
    await waitForWords(el, { en: 'could not load', es: 'No pudimos cargar' }, 10000);
  },
};

/** The server is down: every section failed, so the records say it once, with one Try again. */
export const ServerDown: Story = {
  beforeEach: ({ loaded }) => {
    (loaded as RecordsLoaded).portal.failRoute({ kind: 'status', status: 503 }, 'GET /fhir/:type');
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('pf-health-records')!;
    await waitForWords(
      el,
      { en: 'We could not load your health records', es: 'No pudimos cargar sus registros de salud' },
      10000,
    );
  },
};

/** The portal asks to wait (429): the section says when to try again. */
export const TooManyRequests: Story = {
  play: async ({ canvasElement, loaded }) => {
    (loaded as RecordsLoaded).portal.failRoute({ kind: 'status', status: 429, retryAfter: 120 }, 'GET /fhir/:type');
    const el = canvasElement.querySelector('pf-health-records')!;
    el.setAttribute('sections', 'diagnoses');
    await waitForWords(el, { en: 'Please try again at', es: 'Intente de nuevo a las' }, 10000);
  },
};

/** Loading: the skeletons. */
export const Loading: Story = {
  // The portal's client gives up after 15 seconds, which would end this state: the element's own waits on.
  render: ({ sections, lang }, { loaded }) => {
    const session = (loaded as RecordsLoaded).session;
    const client = createPortalClient({ apiBase: apiBaseOf(loaded), session: () => session, timeout: longestWait });
    return html`<pf-portal lang=${lang} api-base=${apiBaseOf(loaded)} .session=${session}>
      <pf-health-records sections=${sections} .client=${client}></pf-health-records>
    </pf-portal>`;
  },
  beforeEach: ({ loaded }) => {
    (loaded as RecordsLoaded).portal.failRoute({ kind: 'delay', ms: 'infinite' }, 'GET /fhir/:type');
  },
};

/** Signed out: no health data at all. */
export const SignedOut: Story = {
  render: ({ lang }, { loaded }) =>
    html`<pf-portal lang=${lang} api-base=${apiBaseOf(loaded)}><pf-health-records></pf-health-records></pf-portal>`,
};
