import { expect } from '@open-wc/testing';
import { MedicationRequestSchema, MedicationSchema, MedicationStatementSchema } from '../../../api/fhir/schemas.js';
import { patient } from '../../../../test/helpers/fhir.js';
import { toMedications } from './medications.js';

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
      instructions: 'Take 1 tablet twice a day with meals',
      prescriber: 'Dr. Grace Hopper',
      date: '2024-02-10',
      status: 'active',
      active: true,
      refills: 3,
    });
  });

  it('names a medication through a contained, an included or a displayed reference', () => {
    const views = toMedications(requests, statements, included);
    const byId = (id: string) => views.find((view) => view.id === id);
    expect(byId('contained')?.name).to.equal('Lisinopril 10 MG');
    expect(byId('contained')?.instructions).to.equal('One each morning');
    expect(byId('included')?.name).to.equal('Atorvastatin 20 mg');
    expect(byId('included')?.active).to.equal(false);
    expect(byId('display-only')?.name).to.equal('Amoxicillin 250 mg');
    expect(toMedications([requests[2]!], [])[0]?.name).to.equal('');
  });

  it('maps a reported medication, taken now when intended', () => {
    const views = toMedications([], statements);
    expect(views[0]).to.deep.equal({
      id: 'ibuprofen',
      source: 'reported',
      name: 'Ibuprofen 200 mg',
      instructions: 'As needed for pain',
      prescriber: 'Ada Lovelace',
      date: '2024-03-01',
      status: 'intended',
      active: true,
    });
    expect(views[1]?.date).to.equal('2020-08-08');
    expect(views[1]?.active).to.equal(false);
  });

  it('drops those entered in error and sorts active first, then newest, then by name', () => {
    expect(toMedications(requests, statements, included).map((view) => view.id)).to.deep.equal([
      'ibuprofen',
      'metformin',
      'contained',
      'display-only',
      'included',
      'asserted',
    ]);
  });
});
