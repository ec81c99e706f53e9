/**
 * What the patient is told is what the record says: resources shaped as real servers and the HL7 examples send
 * them go into a patient's record on the mock, and the element, in English and in Spanish, says what they mean.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../pf-health-records.js';
import '../../pf-portal.js';
import type { PfHealthRecords } from '../../pf-health-records.js';
import type { PfPortal } from '../../pf-portal.js';
import { allInShadow, button, labRowsSettled, textOf, waitForText } from '../../../test/helpers/dom.js';
import { signedIn, testClient } from '../../../test/helpers/mock-portal.js';

type Json = { resourceType: string; id: string; [key: string]: unknown };
const sct = 'http://snomed.info/sct';
const coded = (system: string, code: string, display?: string, text?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
  ...(text ? { text } : {}),
});
const allergyClinical = (code: string) =>
  coded('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code);
const allergyVerification = (code: string) =>
  coded('http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code);
const conditionVerification = (code: string) =>
  coded('http://terminology.hl7.org/CodeSystem/condition-ver-status', code);

/**
 * Grace (whose record is empty) signed in, with the given resources as her whole record, and the element showing one
 * section in a language. With `fetch`, the element calls the mock through it (and never tries a call again).
 */
async function showRecord(
  resources: Json[],
  section: string,
  lang: 'en' | 'es' = 'en',
  fetch?: typeof globalThis.fetch,
) {
  const { portal, client } = await signedIn('grace.liu@example.com');
  const patientId = client.session!.patientId;
  const record = portal.fhir.record(patientId)!;
  record.resources.splice(
    0,
    record.resources.length,
    ...resources.map((resource) => ({
      ...resource,
      patient: { reference: `Patient/${patientId}` },
      subject: { reference: `Patient/${patientId}` },
    })),
  );
  const own = fetch ? testClient({ fetch, retries: 0, session: () => client.session }) : undefined;
  const portalEl = await fixture<PfPortal>(html`
    <pf-portal lang=${lang} .session=${client.session}
      ><pf-health-records sections=${section} .client=${own}></pf-health-records
    ></pf-portal>
  `);
  const el = portalEl.querySelector<PfHealthRecords>('pf-health-records')!;
  // Its first screen, in the language asked for (Spanish words come in a module of their own).
  await el.updateComplete;
  return el;
}

/** `showRecord`, once the section has loaded. */
async function recordOf(resources: Json[], section: string, lang: 'en' | 'es' = 'en') {
  const el = await showRecord(resources, section, lang);
  await waitUntil(() => !allInShadow(el, '.skeleton').length, `the ${section} load`, { timeout: 8000 });
  await labRowsSettled(el);
  return el;
}

/** The words of a node as a patient reads them: each piece of text on its own, one space between pieces. */
const words = (node: Node): string => {
  const pieces: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const piece = text.textContent?.replace(/\s+/g, ' ').trim();
    if (piece) pieces.push(piece);
  }
  return pieces.join(' ');
};

const items = (el: PfHealthRecords) => allInShadow(el, '.items > .item').map(words);
const inShadowText = (el: PfHealthRecords, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ') ?? '';
/** The lab table row that holds focus. */
const focusedRow = (el: PfHealthRecords) => el.shadowRoot!.activeElement!.closest('tr')!;
/** The rows of the lab tables, each as a patient reads it. */
const rows = (el: PfHealthRecords) => allInShadow(el, '.lab-table tbody tr').map(words);

describe('what the records say, as the record says it', () => {
  describe('allergies', () => {
    const resources: Json[] = [
      // As the HL7 R4 example "nkda" is written: coded, with "NKDA" as its text.
      {
        resourceType: 'AllergyIntolerance',
        id: 'nkda',
        clinicalStatus: allergyClinical('active'),
        verificationStatus: allergyVerification('confirmed'),
        code: coded(sct, '409137002', 'No Known Drug Allergies', 'NKDA'),
        recordedDate: '2015-08-06T15:37:31-06:00',
      },
      // A blanket statement from an older visit, out of date now that a real allergy is on record.
      {
        resourceType: 'AllergyIntolerance',
        id: 'nka',
        clinicalStatus: allergyClinical('active'),
        verificationStatus: allergyVerification('confirmed'),
        code: coded(sct, '716186003', 'No known allergy (situation)', 'NKA'),
      },
      {
        resourceType: 'AllergyIntolerance',
        id: 'cat',
        clinicalStatus: allergyClinical('active'),
        verificationStatus: allergyVerification('unconfirmed'),
        category: ['environment'],
        criticality: 'low',
        code: { text: 'Cat dander' },
      },
      {
        resourceType: 'AllergyIntolerance',
        id: 'peanut',
        clinicalStatus: allergyClinical('active'),
        verificationStatus: allergyVerification('confirmed'),
        type: 'allergy',
        category: ['food'],
        criticality: 'high',
        code: coded(sct, '91935009', 'Allergy to peanuts'),
        reaction: [{ manifestation: [coded(sct, '39579001', 'Anaphylactic reaction')], severity: 'severe' }],
      },
      {
        resourceType: 'AllergyIntolerance',
        id: 'refuted',
        clinicalStatus: allergyClinical('inactive'),
        verificationStatus: allergyVerification('refuted'),
        code: { text: 'Shellfish' },
      },
    ];

    it('keeps the scope of "no known drug allergies", never says "no known allergies" beside real ones', async () => {
      const el = await recordOf(resources, 'allergies');
      const shown = items(el);
      expect(shown[0]).to.match(/^Allergy to peanuts High risk/);
      expect(shown[1]).to.match(/^Cat dander Not confirmed/);
      expect(shown[2]).to.equal('No known drug allergies');
      expect(shown).to.have.length(3);
      expect(textOf(el)).to.not.contain('No known allergies');
      expect(textOf(el)).to.not.contain('NKDA');
      expect(textOf(el)).to.not.contain('Shellfish');
      expect(allInShadow(el, '.item.critical')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says the same in Spanish', async () => {
      const el = await recordOf(resources, 'allergies', 'es');
      const shown = items(el);
      expect(shown[0]).to.contain('Riesgo alto');
      expect(shown[1]).to.contain('No confirmada');
      expect(shown[2]).to.equal('Sin alergias conocidas a medicamentos');
      await expect(el).to.be.accessible();
    });
  });

  describe('diagnoses', () => {
    const resources: Json[] = [
      {
        resourceType: 'Condition',
        id: 'differential',
        clinicalStatus: coded('http://terminology.hl7.org/CodeSystem/condition-clinical', 'active'),
        verificationStatus: conditionVerification('differential'),
        code: coded(sct, '195967001', 'Asthma'),
        onsetAge: { value: 45, unit: 'yr', system: 'http://unitsofmeasure.org', code: 'a' },
      },
      {
        resourceType: 'Condition',
        id: 'childhood',
        clinicalStatus: coded('http://terminology.hl7.org/CodeSystem/condition-clinical', 'resolved'),
        verificationStatus: conditionVerification('confirmed'),
        code: { text: 'Eczema' },
        onsetRange: {
          low: { value: 2, system: 'http://unitsofmeasure.org', code: 'a' },
          high: { value: 5, code: 'a' },
        },
        abatementString: 'in her teens',
      },
    ];

    it('says a differential diagnosis is possible, not confirmed, and gives an onset as an age', async () => {
      const el = await recordOf(resources, 'diagnoses');
      const [asthma, eczema] = items(el);
      expect(asthma).to.contain('Asthma Possible, not confirmed');
      expect(asthma).to.contain('Began at 45 years of age');
      expect(eczema).to.not.contain('Possible');
      expect(eczema).to.contain('Began at 2–5 years of age');
      expect(eczema).to.contain('Resolved in her teens');
      await expect(el).to.be.accessible();
    });

    it('says the same in Spanish', async () => {
      const el = await recordOf(resources, 'diagnoses', 'es');
      const [asthma, eczema] = items(el);
      expect(asthma).to.contain('Posible, sin confirmar');
      expect(asthma).to.contain('Comenzó a los 45 años de edad');
      expect(eczema).to.contain('a los 2-5 años de edad');
      await expect(el).to.be.accessible();
    });
  });

  describe('medications', () => {
    const rxnorm = 'http://www.nlm.nih.gov/research/umls/rxnorm';
    const resources: Json[] = [
      { resourceType: 'Medication', id: 'med0310', code: coded(rxnorm, '1049221', 'Acetaminophen 325 MG Oral Tablet') },
      {
        resourceType: 'Practitioner',
        id: 'careful',
        name: [{ use: 'official', family: 'Careful', given: ['Adam'], prefix: ['Dr.'] }],
      },
      // Reported, by reference to a Medication the server holds, and stopped: never "Taken since" as if current.
      {
        resourceType: 'MedicationStatement',
        id: 'stopped',
        status: 'stopped',
        medicationReference: { reference: 'Medication/med0310' },
        effectiveDateTime: '2015-01-23',
        dosage: [{ text: '1 tablet at bedtime' }],
      },
      // Prescribed with a structured dosage and no text, by a practitioner named only by reference.
      {
        resourceType: 'MedicationRequest',
        id: 'structured',
        status: 'active',
        intent: 'order',
        authoredOn: '2024-05-02',
        medicationCodeableConcept: coded(rxnorm, '1049621', 'Oxycodone Hydrochloride 5 MG Oral Tablet'),
        requester: { reference: 'Practitioner/careful' },
        dosageInstruction: [
          {
            timing: {
              repeat: {
                frequency: 1,
                period: 4,
                periodMax: 6,
                periodUnit: 'h',
                when: ['PC'],
                boundsDuration: { value: 10, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' },
              },
            },
            asNeededCodeableConcept: coded(sct, '22253000', 'Pain'),
            route: coded(sct, '26643006', 'Oral route'),
            additionalInstruction: [coded(sct, '418914006', 'Warning. May cause drowsiness')],
            doseAndRate: [{ doseRange: { low: { value: 1, unit: 'tablet' }, high: { value: 2, unit: 'tablet' } } }],
          },
        ],
      },
    ];

    it('names a referenced medication and its prescriber, puts a structured dosage into words', async () => {
      const el = await recordOf(resources, 'medications');
      const [current, past] = items(el);
      expect(current).to.contain('Oxycodone Hydrochloride 5 MG Oral Tablet');
      expect(current).to.contain(
        'How to take it 1 tablet to 2 tablet every 4 to 6 hours after meals for 10 days, as needed',
      );
      expect(current).to.contain('Take it for Pain');
      expect(current).to.contain('Route Oral route');
      expect(current).to.contain('Also Warning. May cause drowsiness');
      expect(current).to.contain('Prescribed by Dr. Adam Careful');
      expect(past).to.contain('Acetaminophen 325 MG Oral Tablet');
      expect(past).to.contain('Started');
      expect(past).to.not.contain('Taken since');
      expect(past).to.not.contain('at bedtime');
      expect(textOf(el)).to.not.contain('Not named in the record');
      await expect(el).to.be.accessible();
    });

    it('says the same in Spanish', async () => {
      const el = await recordOf(resources, 'medications', 'es');
      const [current, past] = items(el);
      expect(current).to.contain(
        'Cómo tomarlo de 1 tablet a 2 tablet cada 4 a 6 horas después de las comidas durante 10 días, cuando lo necesite',
      );
      expect(current).to.contain('Recetado por Dr. Adam Careful');
      expect(past).to.contain('Comenzó');
      expect(past).to.not.contain('Lo toma desde');
      await expect(el).to.be.accessible();
    });
  });

  describe('immunizations', () => {
    const cvx = 'http://hl7.org/fhir/sid/cvx';
    const resources: Json[] = [
      {
        resourceType: 'Immunization',
        id: 'hepb-2',
        status: 'completed',
        vaccineCode: coded(cvx, '08', 'Hep B, adolescent or pediatric'),
        occurrenceDateTime: '2021-03-10',
        route: coded(
          'http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration',
          'IM',
          'Injection, intramuscular',
        ),
        site: coded('http://terminology.hl7.org/CodeSystem/v3-ActSite', 'LA', 'left arm'),
        doseQuantity: { value: 0.5, unit: 'mL', system: 'http://unitsofmeasure.org', code: 'mL' },
        isSubpotent: true,
        subpotentReason: [
          coded('http://terminology.hl7.org/CodeSystem/immunization-subpotent-reason', 'partial', 'Partial Dose'),
        ],
        protocolApplied: [{ series: '3-dose series', doseNumberPositiveInt: 2, seriesDosesPositiveInt: 3 }],
      },
    ];

    it('says the dose number in its series, the amount and route, and that a subpotent dose did not count', async () => {
      const el = await recordOf(resources, 'immunizations');
      const [dose] = items(el);
      expect(dose).to.contain('This dose did not count');
      expect(dose).to.contain('In the series Dose 2 of 3 · 3-dose series');
      expect(dose).to.contain('Amount 0.5 mL');
      expect(dose).to.contain('Route Injection, intramuscular');
      expect(dose).to.contain('Reason Partial Dose');
      await expect(el).to.be.accessible();
    });

    it('says the same in Spanish', async () => {
      const el = await recordOf(resources, 'immunizations', 'es');
      const [dose] = items(el);
      expect(dose).to.contain('Esta dosis no contó');
      expect(dose).to.contain('En la serie Dosis 2 de 3');
      expect(dose).to.contain('Cantidad 0.5 mL');
      await expect(el).to.be.accessible();
    });
  });

  describe('appointments', () => {
    const resources: Json[] = [
      // As the HL7 R4 example "appointment-example-request" is written: proposed, asked for in a period, no start.
      {
        resourceType: 'Appointment',
        id: 'examplereq',
        status: 'proposed',
        serviceType: [{ coding: [{ code: '52', display: 'General Discussion' }] }],
        specialty: [coded('http://snomed.info/sct', '394814009', 'General practice')],
        minutesDuration: 15,
        requestedPeriod: [{ start: '2016-06-02', end: '2016-06-09' }],
        participant: [
          { actor: { reference: 'Patient/example', display: 'Peter James Chalmers' }, status: 'needs-action' },
        ],
      },
      {
        resourceType: 'Appointment',
        id: 'narrative-only',
        status: 'pending',
        text: {
          status: 'generated',
          div: '<div xmlns="http://www.w3.org/1999/xhtml">Brian MRI results discussion</div>',
        },
        participant: [],
      },
      {
        resourceType: 'Appointment',
        id: 'past',
        status: 'fulfilled',
        start: '2020-02-03T09:00:00Z',
        end: '2020-02-03T09:30:00Z',
        appointmentType: { text: 'Follow-up' },
        participant: [],
      },
    ];
    const headings = (el: PfHealthRecords) =>
      allInShadow(el, '.panel-name, .items > .item > .name').map((node) => words(node));

    it('lists one not yet scheduled under its own heading, with the period asked for, never under Past', async () => {
      const el = await recordOf(resources, 'appointments');
      const shown = headings(el);
      expect(shown.slice(0, 4)).to.deep.equal([
        'Upcoming',
        'Not yet scheduled',
        'General Discussion',
        'Brian MRI results discussion',
      ]);
      expect(shown[4]).to.equal('Past');
      const [discussion] = items(el);
      expect(discussion).to.contain('Status Not yet scheduled');
      expect(discussion).to.contain('Asked for Jun 2, 2016 to Jun 9, 2016');
      expect(textOf(el)).to.contain('No upcoming appointments.');
      expect(textOf(el)).to.not.contain('Not named in the record');
      await expect(el).to.be.accessible();
    });

    it('says the same in Spanish', async () => {
      const el = await recordOf(resources, 'appointments', 'es');
      const shown = headings(el);
      expect(shown[1]).to.equal('Sin fecha todavía');
      expect(items(el)[0]).to.contain('Pedida para');
      await expect(el).to.be.accessible();
    });
  });

  describe('lab results', () => {
    const loinc = 'http://loinc.org';
    const ucum = 'http://unitsofmeasure.org';
    const v3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
    const laboratory = [coded('http://terminology.hl7.org/CodeSystem/observation-category', 'laboratory')];
    const result = (id: string, display: string, extra: Json | object) => ({
      resourceType: 'Observation',
      id,
      status: 'final',
      code: coded(loinc, id, display),
      effectiveDateTime: '2024-05-01T08:30:00-04:00',
      ...extra,
    });
    const resources: Json[] = [
      {
        resourceType: 'DiagnosticReport',
        id: 'panel',
        status: 'final',
        category: [coded('http://terminology.hl7.org/CodeSystem/v2-0074', 'LAB')],
        code: coded(loinc, '24323-8', 'Comprehensive metabolic panel'),
        effectiveDateTime: '2024-05-01T08:30:00-04:00',
        result: [{ reference: 'Observation/glucose' }, { reference: 'Observation/potassium' }],
      },
      // No category at all: a lab result all the same, because a lab report names it.
      result('glucose', 'Glucose', {
        valueQuantity: { value: 5.338218608238325, unit: 'mmol/L', system: ucum, code: 'mmol/L' },
      }),
      result('potassium', 'Potassium', {
        category: laboratory,
        valueQuantity: { value: 6.9, unit: 'mmol/L', system: ucum, code: 'mmol/L' },
        interpretation: [coded(v3, 'HH', 'Critical high')],
      }),
      result('hiv', 'HIV 1+2 Ab', {
        category: laboratory,
        valueCodeableConcept: { text: 'Reactive' },
        interpretation: [coded(v3, 'RR')],
      }),
      result('hemoglobin', 'Hemoglobin', {
        category: laboratory,
        valueQuantity: { value: 11.2, unit: 'g/dL', system: ucum, code: 'g/dL' },
        interpretation: [{ text: 'LOW' }],
        referenceRange: [
          {
            low: { value: 13.5, unit: 'g/dL' },
            high: { value: 17.5, unit: 'g/dL' },
            appliesTo: [coded('http://hl7.org/fhir/administrative-gender', 'male', undefined, 'Male')],
          },
          {
            low: { value: 12, unit: 'g/dL' },
            high: { value: 15.5, unit: 'g/dL' },
            appliesTo: [coded('http://hl7.org/fhir/administrative-gender', 'female', undefined, 'Female')],
            age: { low: { value: 18, system: ucum, code: 'a' } },
          },
        ],
      }),
      result('wbc', 'Leukocytes', {
        category: laboratory,
        valueQuantity: { value: 7.2, system: ucum, code: '10*3/uL' },
      }),
    ];

    it('shows uncategorized results of a lab report, every flag in words, critical apart, ranges for the patient', async () => {
      const el = await recordOf(resources, 'lab-results');
      const text = textOf(el).replace(/\s+/g, ' ');
      const shown = rows(el);
      const of = (test: string) => shown.find((item) => item.startsWith(test)) ?? '';
      expect(of('Glucose')).to.contain('Glucose 5.338 mmol/L');
      expect(of('Potassium')).to.contain('6.9 mmol/L Critically high');
      expect(of('HIV 1+2 Ab')).to.contain('Reactive Reactive');
      expect(of('Hemoglobin')).to.contain('11.2 g/dL Low');
      expect(of('Hemoglobin')).to.contain('12 g/dL – 15.5 g/dL (for Female, aged 18 years or more)');
      expect(of('Leukocytes')).to.contain('7.2 10³/µL');
      expect(allInShadow(el, '.lab-table .flag.critical').map((flag) => flag.textContent?.trim())).to.deep.equal([
        'Critically high',
      ]);
      expect(allInShadow(el, '.attention li').map(words)).to.deep.equal([
        'Potassium 6.9 mmol/L Critically high May 1, 2024',
      ]);
      expect(
        allInShadow(el, '.lab-table .flag.warn')
          .map((flag) => flag.textContent?.trim())
          .sort(),
      ).to.deep.equal(['Low', 'Reactive']);
      expect(text).to.not.contain('No lab results on record');
      await expect(el).to.be.accessible();
    });

    it('says the same in Spanish', async () => {
      const el = await recordOf(resources, 'lab-results', 'es');
      const shown = rows(el);
      const of = (test: string) => shown.find((item) => item.startsWith(test)) ?? '';
      expect(of('Potassium')).to.contain('Críticamente alto');
      expect(of('HIV 1+2 Ab')).to.contain('Reactivo');
      expect(of('Hemoglobin')).to.contain('(para Female, de 18 años o más)');
      await expect(el).to.be.accessible();
    });

    /** A fetch that holds the searches by id (the results a report names outside the laboratory search). */
    const holdingReadsById = () => {
      const gate: { open?: () => void; fail: boolean } = { fail: false };
      const opened = new Promise<void>((resolve) => (gate.open = resolve));
      const fetchThrough: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).searchParams.has('_id')) {
          await opened;
          if (gate.fail) throw new TypeError('Failed to fetch');
        }
        return fetch(request);
      };
      return { gate, fetchThrough };
    };
    const testsOf = (el: PfHealthRecords, report: string) =>
      allInShadow(el, '.lab-table')
        .filter((table) => table.getAttribute('aria-label') === report)
        .flatMap((table) => [...table.querySelectorAll('tbody tr')].map((row) => words(row).split(' ')[0]));

    it('shows the laboratory results at once, and the rest of a report in it when it comes', async () => {
      const { gate, fetchThrough } = holdingReadsById();
      const el = await showRecord(resources, 'lab-results', 'en', fetchThrough);
      await waitUntil(() => rows(el).some((row) => row.startsWith('Potassium')), 'the first results', {
        timeout: 8000,
      });
      expect(testsOf(el, 'Comprehensive metabolic panel')).to.deep.equal(['Potassium']);
      expect(allInShadow(el, '.panel .skeleton')).to.have.length(1);
      expect(textOf(el)).to.contain('Loading the rest of these results…');
      expect(inShadowText(el, '#lab-count')).to.contain('of 4 or more');
      await expect(el).to.be.accessible();
      gate.open!();
      await waitUntil(() => !allInShadow(el, '.skeleton').length, 'the rest', { timeout: 8000 });
      expect(testsOf(el, 'Comprehensive metabolic panel')).to.deep.equal(['Glucose', 'Potassium']);
      expect(inShadowText(el, '#lab-count')).to.contain('Results 1 to 5 of 5');
    });

    it('asks for the rest of a report only once the first results are painted', async () => {
      let shownWhenAsked: string[] | undefined;
      const page: { el?: PfHealthRecords } = {};
      const fetchThrough: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).searchParams.has('_id')) shownWhenAsked = page.el ? rows(page.el) : [];
        return fetch(request);
      };
      page.el = await showRecord(resources, 'lab-results', 'en', fetchThrough);
      await waitUntil(() => shownWhenAsked, 'the rest asked for', { timeout: 8000 });
      expect(shownWhenAsked!.some((row) => row.startsWith('Potassium'))).to.equal(true);
    });

    for (const [lang, failed, retry] of [
      ['en', 'Some results of your lab reports could not be loaded just now.', 'Try again'],
      [
        'es',
        'Algunos resultados de sus informes de laboratorio no se pudieron cargar en este momento.',
        'Intentar de nuevo',
      ],
    ] as const) {
      it(`says when the rest of a report could not be loaded, and brings it on Try again (${lang})`, async () => {
        const { gate, fetchThrough } = holdingReadsById();
        gate.fail = true;
        gate.open!();
        const el = await showRecord(resources, 'lab-results', lang, fetchThrough);
        await waitForText(el, failed);
        expect(testsOf(el, 'Comprehensive metabolic panel')).to.deep.equal(['Potassium']);
        expect(allInShadow(el, '.skeleton')).to.have.length(0);
        await expect(el).to.be.accessible();
        gate.fail = false;
        button(el, retry)!.click();
        await waitUntil(() => testsOf(el, 'Comprehensive metabolic panel').length === 2, 'the rest', { timeout: 8000 });
        expect(textOf(el)).to.not.contain(failed);
        // The patient is taken to what came.
        expect(words(focusedRow(el))).to.match(/^Glucose/);
      });
    }

    it('says lab reports are on record when none of their results was shared, not that there are none', async () => {
      const el = await recordOf([resources[0]!], 'lab-results');
      expect(textOf(el)).to.contain(
        'Lab reports are on record, but none of their results has been shared with you yet.',
      );
      expect(textOf(el)).to.not.contain('No lab results on record');
      await expect(el).to.be.accessible();
    });
  });

  describe('record text in another language than the page', () => {
    const es = { language: 'es' };
    const spanish: [string, Json[], string[]][] = [
      [
        'diagnoses',
        [
          {
            resourceType: 'Condition',
            id: 'c',
            ...es,
            code: coded(sct, '61582004', 'Allergic rhinitis', 'Rinitis alérgica'),
            onsetString: 'Desde la adolescencia',
          },
        ],
        ['Rinitis alérgica', 'Desde la adolescencia'],
      ],
      [
        'allergies',
        [
          {
            resourceType: 'AllergyIntolerance',
            id: 'a',
            ...es,
            code: { text: 'Penicilina' },
            reaction: [{ manifestation: [{ text: 'Urticaria' }], severity: 'moderate' }],
          },
        ],
        ['Penicilina', 'Urticaria'],
      ],
      [
        'medications',
        [
          {
            resourceType: 'MedicationRequest',
            id: 'm',
            ...es,
            status: 'active',
            intent: 'order',
            medicationCodeableConcept: { text: 'Albuterol inhalador' },
            dosageInstruction: [{ text: 'Inhalar 2 disparos cada 4 horas' }],
          },
        ],
        ['Albuterol inhalador', 'Inhalar 2 disparos cada 4 horas'],
      ],
      [
        'immunizations',
        [
          {
            resourceType: 'Immunization',
            id: 'i',
            ...es,
            status: 'completed',
            vaccineCode: { text: 'Vacuna contra la influenza' },
            occurrenceDateTime: '2024-10-01',
            site: { text: 'Brazo izquierdo' },
          },
        ],
        ['Vacuna contra la influenza', 'Brazo izquierdo'],
      ],
      [
        'care-plans',
        [
          {
            resourceType: 'CarePlan',
            id: 'cp',
            ...es,
            status: 'active',
            intent: 'plan',
            title: 'Plan para el asma',
            activity: [{ detail: { status: 'in-progress', description: 'Usar el inhalador antes del ejercicio' } }],
          },
        ],
        ['Plan para el asma', 'Usar el inhalador antes del ejercicio'],
      ],
      [
        'appointments',
        [
          {
            resourceType: 'Appointment',
            id: 'ap',
            ...es,
            status: 'booked',
            start: '2030-01-01T15:00:00Z',
            reasonCode: [{ text: 'Revisión del asma' }],
          },
        ],
        ['Revisión del asma'],
      ],
      [
        'procedures',
        [{ resourceType: 'Procedure', id: 'p', ...es, status: 'completed', code: { text: 'Espirometría' } }],
        ['Espirometría'],
      ],
      [
        'lab-results',
        [
          {
            resourceType: 'Observation',
            id: 'o',
            ...es,
            status: 'final',
            category: [coded('http://terminology.hl7.org/CodeSystem/observation-category', 'laboratory')],
            code: { text: 'Prueba de embarazo' },
            valueCodeableConcept: { text: 'Negativo' },
            effectiveDateTime: '2024-05-01',
          },
        ],
        ['Prueba de embarazo', 'Negativo'],
      ],
    ];
    const marked = (el: PfHealthRecords) => allInShadow(el, 'span[lang]').map(words);

    for (const [section, resources, said] of spanish) {
      it(`marks the record's Spanish words on an English page, and only them (${section})`, async () => {
        const el = await recordOf(resources, section);
        expect(marked(el)).to.deep.equal(said);
        await expect(el).to.be.accessible();
      });
    }

    it('marks nothing when the record is in the language the element speaks', async () => {
      const [, resources] = spanish[0]!;
      expect(marked(await recordOf(resources, 'diagnoses', 'es'))).to.deep.equal([]);
      const english = resources.map((resource) => ({ ...resource, language: 'en-US' }));
      const el = await recordOf(english, 'diagnoses');
      expect(allInShadow(el, '.items [lang]')).to.have.length(0);
    });

    it('puts no language a record writes wrongly in the page', async () => {
      const [, resources] = spanish[0]!;
      const el = await recordOf(
        resources.map((resource) => ({ ...resource, language: 'es"><b' })),
        'diagnoses',
      );
      expect(allInShadow(el, '.items [lang]')).to.have.length(0);
      expect(textOf(el)).to.contain('Rinitis alérgica');
    });
  });

  it('says each status in Spanish agreeing with what it describes: una cita cancelada, un diagnóstico activo', async () => {
    const appointments = await recordOf(
      [
        {
          resourceType: 'Appointment',
          id: 'ap',
          status: 'cancelled',
          start: '2030-01-01T15:00:00Z',
          reasonCode: [{ text: 'Control' }],
        },
      ],
      'appointments',
      'es',
    );
    expect(items(appointments).join(' ')).to.contain('Estado Cancelada');
    const allergies = await recordOf(
      [
        {
          resourceType: 'AllergyIntolerance',
          id: 'a',
          clinicalStatus: allergyClinical('active'),
          criticality: 'high',
          code: { text: 'Penicilina' },
          reaction: [{ manifestation: [{ text: 'Urticaria' }], severity: 'moderate' }],
        },
      ],
      'allergies',
      'es',
    );
    const allergy = items(allergies).join(' ');
    expect(allergy).to.contain('Estado Activa');
    expect(allergy).to.contain('Urticaria (Moderada)');
    // Its criticality is "Riesgo": el riesgo alto.
    expect(allergy).to.contain('Riesgo Alto');
    const diagnoses = await recordOf(
      [
        {
          resourceType: 'Condition',
          id: 'c',
          clinicalStatus: coded('http://terminology.hl7.org/CodeSystem/condition-clinical', 'active'),
          code: { text: 'Asma' },
        },
      ],
      'diagnoses',
      'es',
    );
    expect(items(diagnoses).join(' ')).to.contain('Estado Activo');
  });
});
