import { expect } from '@open-wc/testing';
import {
  MedicationRequestSchema,
  MedicationSchema,
  MedicationStatementSchema,
  type Organization,
  OrganizationSchema,
  type Practitioner,
  type PractitionerRole,
  PractitionerRoleSchema,
  PractitionerSchema,
} from '../../../api/fhir/schemas.js';
import { patient } from '../../../../test/helpers/fhir.js';
import { actorReferences, toMedications } from './medications.js';

describe('toMedications', () => {
  const requests = [
    MedicationRequestSchema.parse({
      resourceType: 'MedicationRequest',
      id: 'metformin',
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: {
        coding: [
          { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975', display: 'Metformin 500 MG' },
        ],
        text: 'Metformin 500 mg tablet',
      },
      subject: patient,
      authoredOn: '2024-02-10',
      requester: { reference: 'Practitioner/dr1', display: 'Dr. Grace Hopper' },
      dosageInstruction: [{ text: 'Take 1 tablet twice a day with meals', patientInstruction: 'With food' }],
      dispenseRequest: { numberOfRepeatsAllowed: 3 },
    }),
    MedicationRequestSchema.parse({
      resourceType: 'MedicationRequest',
      id: 'contained',
      status: 'active',
      intent: 'order',
      contained: [
        { resourceType: 'Medication', id: 'other', code: { text: 'Not this one' } },
        {
          resourceType: 'Medication',
          id: 'med',
          code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', display: 'Lisinopril 10 MG' }] },
        },
      ],
      medicationReference: { reference: '#med', display: 'Fallback name' },
      authoredOn: '2023-05-01',
      dosageInstruction: [{ patientInstruction: 'One each morning' }],
    }),
    MedicationRequestSchema.parse({
      resourceType: 'MedicationRequest',
      id: 'included',
      status: 'stopped',
      intent: 'order',
      medicationReference: { reference: 'https://fhir.example/r4/Medication/atorva' },
      authoredOn: '2022-01-15T09:00:00Z',
    }),
    MedicationRequestSchema.parse({
      resourceType: 'MedicationRequest',
      id: 'display-only',
      status: 'completed',
      intent: 'order',
      medicationReference: { reference: 'Medication/unknown', display: 'Amoxicillin 250 mg' },
      authoredOn: '2022-01-15T09:00:00Z',
    }),
    MedicationRequestSchema.parse({
      resourceType: 'MedicationRequest',
      id: 'in-error',
      status: 'entered-in-error',
      intent: 'order',
      medicationCodeableConcept: { text: 'Warfarin' },
    }),
  ];
  const statements = [
    MedicationStatementSchema.parse({
      resourceType: 'MedicationStatement',
      id: 'ibuprofen',
      status: 'intended',
      medicationCodeableConcept: { text: 'Ibuprofen 200 mg' },
      effectivePeriod: { start: '2024-03-01' },
      dateAsserted: '2024-03-05',
      informationSource: { reference: 'Patient/p1', display: 'Ada Lovelace' },
      dosage: [{ text: 'As needed for pain', asNeededBoolean: true }],
    }),
    MedicationStatementSchema.parse({
      resourceType: 'MedicationStatement',
      id: 'asserted',
      status: 'completed',
      medicationCodeableConcept: { text: 'Vitamin D' },
      dateAsserted: '2020-08-08',
    }),
    MedicationStatementSchema.parse({
      resourceType: 'MedicationStatement',
      id: 'statement-in-error',
      status: 'entered-in-error',
      medicationCodeableConcept: { text: 'Aspirin' },
    }),
  ];
  const included = [
    MedicationSchema.parse({ resourceType: 'Medication', id: 'atorva', code: { text: 'Atorvastatin 20 mg' } }),
  ];

  it('maps a prescription with its instructions, prescriber, date and refills', () => {
    const view = toMedications(requests, statements, included).find((item) => item.id === 'metformin');
    expect(view).to.deep.equal({
      id: 'metformin',
      source: 'prescription',
      name: 'Metformin 500 mg tablet',
      dosage: [
        {
          text: 'Take 1 tablet twice a day with meals',
          patientInstruction: 'With food',
          when: [],
          timeOfDay: [],
          dayOfWeek: [],
          asNeeded: false,
          additional: [],
        },
      ],
      prescriber: 'Dr. Grace Hopper',
      authored: '2024-02-10',
      status: 'active',
      current: true,
      doNotTake: false,
      refills: 3,
    });
  });

  it('names a medication through a contained, an included or a displayed reference', () => {
    const views = toMedications(requests, statements, included);
    const byId = (id: string) => views.find((view) => view.id === id);
    expect(byId('contained')?.name).to.equal('Lisinopril 10 MG');
    expect(byId('contained')?.dosage[0]?.patientInstruction).to.equal('One each morning');
    expect(byId('included')?.name).to.equal('Atorvastatin 20 mg');
    expect(byId('included')?.current).to.equal(false);
    expect(byId('display-only')?.name).to.equal('Amoxicillin 250 mg');
    expect(toMedications([requests[2]!], [])[0]?.name).to.equal('');
  });

  it('maps a reported medication with when it was taken, current when intended', () => {
    const views = toMedications([], statements);
    expect(views[0]).to.deep.include({
      id: 'ibuprofen',
      source: 'reported',
      name: 'Ibuprofen 200 mg',
      prescriber: 'Ada Lovelace',
      taken: { start: '2024-03-01' },
      asserted: '2024-03-05',
      status: 'intended',
      current: true,
    });
    expect(views[0]?.dosage[0]).to.deep.include({ text: 'As needed for pain', asNeeded: true });
    expect(views[1]).to.deep.include({ id: 'asserted', asserted: '2020-08-08', current: false });
    expect(views[1]?.taken).to.equal(undefined);
  });

  it('drops those entered in error and sorts current first, then newest, then by name', () => {
    expect(toMedications(requests, statements, included).map((view) => view.id)).to.deep.equal([
      'ibuprofen',
      'metformin',
      'contained',
      'display-only',
      'included',
      'asserted',
    ]);
  });

  it('names the medication of a statement that refers to one, and knows stopped or completed ones are past', () => {
    const [view] = toMedications(
      [],
      [
        MedicationStatementSchema.parse({
          resourceType: 'MedicationStatement',
          id: 'statement',
          status: 'stopped',
          medicationReference: { reference: 'Medication/med0310' },
          effectivePeriod: { start: '2015-01-23', end: '2015-03-02' },
          dosage: [{ sequence: 1, text: '0.25mg PO every 6-12 hours as needed for nausea' }],
        }),
      ],
      [MedicationSchema.parse({ resourceType: 'Medication', id: 'med0310', code: { text: 'Tylenol PM' } })],
    );
    expect(view).to.deep.include({
      name: 'Tylenol PM',
      current: false,
      taken: { start: '2015-01-23', end: '2015-03-02' },
    });
  });

  it('puts a structured dosage with no text into its parts: dose, frequency, times, route, as needed', () => {
    const [view] = toMedications(
      [
        MedicationRequestSchema.parse({
          resourceType: 'MedicationRequest',
          id: 'structured',
          status: 'active',
          intent: 'order',
          medicationCodeableConcept: { text: 'Oxycodone 5 mg tablet' },
          dosageInstruction: [
            {
              sequence: 2,
              timing: {
                code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation', code: 'BID' }] },
              },
              route: { coding: [{ system: 'http://snomed.info/sct', code: '26643006', display: 'Oral route' }] },
              doseAndRate: [
                {
                  doseQuantity: {
                    value: 1,
                    unit: 'TAB',
                    system: 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm',
                    code: 'TAB',
                  },
                },
              ],
            },
            {
              sequence: 1,
              additionalInstruction: [{ text: 'With food' }],
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
              asNeededCodeableConcept: {
                coding: [{ system: 'http://snomed.info/sct', code: '22253000', display: 'Pain' }],
              },
              doseAndRate: [{ doseRange: { low: { value: 1, unit: 'tablet' }, high: { value: 2, unit: 'tablet' } } }],
            },
          ],
        }),
      ],
      [],
    );
    expect(view?.dosage).to.deep.equal([
      {
        dose: { low: '1 tablet', high: '2 tablet' },
        frequency: { times: 1, every: 4, everyMax: 6, unit: 'h' },
        when: ['PC'],
        timeOfDay: [],
        dayOfWeek: [],
        asNeeded: true,
        asNeededFor: 'Pain',
        bounds: { duration: { value: 10, unit: 'd' } },
        additional: ['With food'],
      },
      {
        dose: { value: '1 TAB' },
        frequency: { times: 2, every: 1, unit: 'd' },
        when: [],
        timeOfDay: [],
        dayOfWeek: [],
        asNeeded: false,
        route: 'Oral route',
        additional: [],
      },
    ]);
  });

  it('names the prescriber from the Practitioner, role or Organization the server holds', () => {
    const request = (id: string, reference: string) =>
      MedicationRequestSchema.parse({
        resourceType: 'MedicationRequest',
        id,
        status: 'active',
        intent: 'order',
        medicationCodeableConcept: { text: id },
        requester: { reference },
      });
    const actors = new Map<string, Practitioner | PractitionerRole | Organization>([
      [
        'Practitioner/p1',
        PractitionerSchema.parse({
          resourceType: 'Practitioner',
          id: 'p1',
          name: [{ use: 'official', family: 'Careful', given: ['Adam'], prefix: ['Dr.'] }],
        }),
      ],
      [
        'PractitionerRole/r1',
        PractitionerRoleSchema.parse({
          resourceType: 'PractitionerRole',
          id: 'r1',
          practitioner: { reference: 'Practitioner/p1' },
        }),
      ],
      [
        'Organization/o1',
        OrganizationSchema.parse({ resourceType: 'Organization', id: 'o1', name: 'Burgers University Medical Center' }),
      ],
    ]);
    const views = toMedications(
      [
        request('a', 'Practitioner/p1'),
        request('b', 'https://fhir.example/r4/PractitionerRole/r1'),
        request('c', 'Organization/o1'),
        request('d', 'Practitioner/unknown'),
      ],
      [],
      [],
      actors,
    );
    expect(Object.fromEntries(views.map((view) => [view.id, view.prescriber]))).to.deep.equal({
      a: 'Dr. Adam Careful',
      b: 'Dr. Adam Careful',
      c: 'Burgers University Medical Center',
      d: undefined,
    });
    expect(actorReferences([request('a', 'Practitioner/p1'), request('c', 'Organization/o1')], [])).to.deep.equal([
      'Practitioner/p1',
      'Organization/o1',
    ]);
  });

  it('marks a request not to take a medication, and lists it as past', () => {
    const [view] = toMedications(
      [
        MedicationRequestSchema.parse({
          resourceType: 'MedicationRequest',
          id: 'dnp',
          status: 'active',
          intent: 'order',
          doNotPerform: true,
          medicationCodeableConcept: { text: 'Aspirin' },
        }),
      ],
      [],
    );
    expect(view).to.deep.include({ doNotTake: true, current: false });
  });
});
