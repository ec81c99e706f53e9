import { expect } from '@open-wc/testing';
import {
  conceptText,
  toAllergies,
  toAppointments,
  toCarePlans,
  toDiagnoses,
  toImmunizations,
  toLabResults,
  toMedications,
  toProcedures,
} from './records.js';
import {
  AllergyIntoleranceSchema,
  AppointmentSchema,
  CarePlanSchema,
  ConditionSchema,
  DiagnosticReportSchema,
  ImmunizationSchema,
  MedicationRequestSchema,
  MedicationSchema,
  MedicationStatementSchema,
  ObservationSchema,
  ProcedureSchema,
} from './schemas.js';

const loinc = 'http://loinc.org';
const snomed = 'http://snomed.info/sct';
const interpretationSystem = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const categorySystem = 'http://terminology.hl7.org/CodeSystem/observation-category';
const patient = { reference: 'Patient/p1', display: 'Ada Lovelace' };

const clinical = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code }],
});
const verification = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code }],
});
const laboratory = [{ coding: [{ system: categorySystem, code: 'laboratory', display: 'Laboratory' }] }];
const vitalSigns = [{ coding: [{ system: categorySystem, code: 'vital-signs', display: 'Vital Signs' }] }];
const interpretation = (...codes: string[]) => [
  { coding: codes.map((code) => ({ system: interpretationSystem, code })) },
];

describe('conceptText', () => {
  it('prefers the text, then the first display, then the first code', () => {
    expect(conceptText({ text: 'Sugar diabetes', coding: [{ code: '44054006', display: 'Diabetes' }] })).to.equal(
      'Sugar diabetes',
    );
    expect(conceptText({ coding: [{ code: '1' }, { code: '44054006', display: 'Diabetes' }] })).to.equal('Diabetes');
    expect(conceptText({ text: '  ', coding: [{ system: snomed, code: '44054006' }] })).to.equal('44054006');
    expect(conceptText({ coding: [] })).to.equal(undefined);
    expect(conceptText(undefined)).to.equal(undefined);
  });
});

describe('toDiagnoses', () => {
  const conditions = [
    ConditionSchema.parse({
      resourceType: 'Condition',
      id: 'old-active',
      clinicalStatus: clinical('active'),
      verificationStatus: verification('confirmed'),
      code: { coding: [{ system: snomed, code: '38341003', display: 'Hypertension' }] },
      subject: patient,
      onsetDateTime: '2012-03-04',
    }),
    ConditionSchema.parse({
      resourceType: 'Condition',
      id: 'resolved',
      clinicalStatus: clinical('resolved'),
      code: { text: 'Ankle sprain' },
      onsetPeriod: { start: '2023-06-01', end: '2023-06-20' },
      abatementDateTime: '2023-07-01',
      recordedDate: '2023-06-02',
    }),
    ConditionSchema.parse({
      resourceType: 'Condition',
      id: 'recorded-only',
      clinicalStatus: clinical('active'),
      code: { text: 'Type 2 diabetes' },
      recordedDate: '2019-11-20T10:15:00Z',
    }),
    ConditionSchema.parse({
      resourceType: 'Condition',
      id: 'in-error',
      clinicalStatus: clinical('active'),
      verificationStatus: verification('entered-in-error'),
      code: { text: 'Wrong patient' },
      onsetDateTime: '2024-01-01',
    }),
    ConditionSchema.parse({
      resourceType: 'Condition',
      id: 'refuted',
      verificationStatus: verification('refuted'),
      code: { text: 'Ruled out' },
    }),
    ConditionSchema.parse({
      resourceType: 'Condition',
      id: 'words',
      clinicalStatus: clinical('recurrence'),
      onsetString: 'about 2010',
      onsetAge: { value: 45, unit: 'a' },
      abatementString: 'last spring',
    }),
  ];

  it('maps names, statuses and dates, using the recorded date when there is no onset', () => {
    const views = toDiagnoses(conditions);
    expect(views.find((view) => view.id === 'recorded-only')).to.deep.equal({
      id: 'recorded-only',
      name: 'Type 2 diabetes',
      clinicalStatus: 'active',
      onset: { iso: '2019-11-20T10:15:00Z' },
      onsetIsRecorded: true,
    });
    expect(views.find((view) => view.id === 'resolved')).to.deep.equal({
      id: 'resolved',
      name: 'Ankle sprain',
      clinicalStatus: 'resolved',
      onset: { iso: '2023-06-01' },
      onsetIsRecorded: false,
      resolved: { iso: '2023-07-01' },
    });
    const words = views.find((view) => view.id === 'words');
    expect(words).to.deep.equal({
      id: 'words',
      name: '',
      clinicalStatus: 'recurrence',
      onset: { text: 'about 2010' },
      onsetIsRecorded: false,
      resolved: { text: 'last spring' },
    });
    expect(JSON.stringify(words)).to.not.contain('45');
  });

  it('drops conditions entered in error or refuted', () => {
    const ids = toDiagnoses(conditions).map((view) => view.id);
    expect(ids).to.not.include('in-error');
    expect(ids).to.not.include('refuted');
    expect(ids).to.have.length(4);
  });

  it('lists active ones first, then the newest onset first', () => {
    expect(toDiagnoses(conditions).map((view) => view.id)).to.deep.equal([
      'recorded-only',
      'old-active',
      'words',
      'resolved',
    ]);
  });

  it('does not count an onset age as an onset', () => {
    const [view] = toDiagnoses([
      ConditionSchema.parse({
        resourceType: 'Condition',
        id: 'age',
        code: { text: 'Gout' },
        onsetAge: { value: 45, unit: 'years', system: 'http://unitsofmeasure.org', code: 'a' },
        recordedDate: '2021-02-03',
      }),
    ]);
    expect(view?.onset).to.deep.equal({ iso: '2021-02-03' });
    expect(view?.onsetIsRecorded).to.equal(true);
  });
});

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

describe('toImmunizations', () => {
  const immunizations = [
    ImmunizationSchema.parse({
      resourceType: 'Immunization',
      id: 'flu',
      status: 'completed',
      vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: '158', display: 'Influenza' }] },
      patient,
      occurrenceDateTime: '2023-10-12T14:30:00-04:00',
      lotNumber: 'FL-2291',
      protocolApplied: [{ doseNumberPositiveInt: 2, seriesDosesPositiveInt: 2 }],
    }),
    ImmunizationSchema.parse({
      resourceType: 'Immunization',
      id: 'refused',
      status: 'not-done',
      statusReason: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
            code: 'PATOBJ',
            display: 'Patient objection',
          },
        ],
      },
      vaccineCode: { text: 'Tetanus and diphtheria' },
      occurrenceDateTime: '2024-01-05',
    }),
    ImmunizationSchema.parse({
      resourceType: 'Immunization',
      id: 'childhood',
      status: 'completed',
      vaccineCode: { text: 'MMR' },
      occurrenceString: 'in childhood',
      protocolApplied: [{ doseNumberString: 'booster' }],
    }),
    ImmunizationSchema.parse({
      resourceType: 'Immunization',
      id: 'in-error',
      status: 'entered-in-error',
      vaccineCode: { text: 'Hepatitis B' },
      occurrenceDateTime: '2024-06-01',
    }),
  ];

  it('maps a vaccine not given with its reason', () => {
    expect(toImmunizations(immunizations).find((view) => view.id === 'refused')).to.deep.equal({
      id: 'refused',
      vaccine: 'Tetanus and diphtheria',
      date: { iso: '2024-01-05' },
      status: 'not-done',
      notGiven: true,
      reason: 'Patient objection',
    });
  });

  it('maps dose numbers, lots and dates in words, newest first, without the ones entered in error', () => {
    const views = toImmunizations(immunizations);
    expect(views.map((view) => view.id)).to.deep.equal(['refused', 'flu', 'childhood']);
    expect(views[1]).to.deep.equal({
      id: 'flu',
      vaccine: 'Influenza',
      date: { iso: '2023-10-12T14:30:00-04:00' },
      doseNumber: '2',
      lot: 'FL-2291',
      status: 'completed',
      notGiven: false,
    });
    expect(views[2]?.date).to.deep.equal({ text: 'in childhood' });
    expect(views[2]?.doseNumber).to.equal('booster');
  });
});

describe('toAllergies', () => {
  const allergyClinical = (code: string) => ({
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code }],
  });
  const allergyVerification = (code: string) => ({
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code }],
  });
  const allergies = [
    AllergyIntoleranceSchema.parse({
      resourceType: 'AllergyIntolerance',
      id: 'penicillin',
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      type: 'allergy',
      category: ['medication'],
      criticality: 'high',
      code: {
        coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7980', display: 'Penicillin G' }],
      },
      patient,
      reaction: [
        {
          manifestation: [
            { coding: [{ system: snomed, code: '247472004', display: 'Hives' }] },
            { text: 'Wheezing' },
            { coding: [] },
          ],
          severity: 'severe',
        },
      ],
    }),
    AllergyIntoleranceSchema.parse({
      resourceType: 'AllergyIntolerance',
      id: 'cats',
      clinicalStatus: allergyClinical('active'),
      code: { text: 'Cat dander' },
      reaction: [{ manifestation: [{ text: 'Sneezing' }] }],
    }),
    AllergyIntoleranceSchema.parse({
      resourceType: 'AllergyIntolerance',
      id: 'latex',
      clinicalStatus: allergyClinical('resolved'),
      code: { text: 'Anaesthetic latex' },
    }),
    AllergyIntoleranceSchema.parse({
      resourceType: 'AllergyIntolerance',
      id: 'refuted',
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('refuted'),
      code: { text: 'Peanuts' },
    }),
    AllergyIntoleranceSchema.parse({
      resourceType: 'AllergyIntolerance',
      id: 'in-error',
      verificationStatus: allergyVerification('entered-in-error'),
      code: { text: 'Shellfish' },
    }),
  ];

  it('maps the substance, reactions, criticality and statuses', () => {
    expect(toAllergies(allergies).find((view) => view.id === 'penicillin')).to.deep.equal({
      id: 'penicillin',
      substance: 'Penicillin G',
      noKnownAllergies: false,
      reactions: [{ manifestations: ['Hives', 'Wheezing'], severity: 'severe' }],
      criticality: 'high',
      clinicalStatus: 'active',
      verificationStatus: 'confirmed',
    });
  });

  it('drops refuted and entered-in-error records and lists active ones first, then by substance', () => {
    expect(toAllergies(allergies).map((view) => view.id)).to.deep.equal(['cats', 'penicillin', 'latex']);
  });

  it('recognizes "No known allergies" by SNOMED code or by its words', () => {
    const views = toAllergies([
      AllergyIntoleranceSchema.parse({
        resourceType: 'AllergyIntolerance',
        id: 'nka',
        clinicalStatus: allergyClinical('active'),
        verificationStatus: allergyVerification('confirmed'),
        code: { coding: [{ system: snomed, code: '716186003', display: 'No known allergy' }] },
      }),
      AllergyIntoleranceSchema.parse({
        resourceType: 'AllergyIntolerance',
        id: 'nkda',
        code: { coding: [{ system: snomed, code: '409137002' }] },
      }),
      AllergyIntoleranceSchema.parse({
        resourceType: 'AllergyIntolerance',
        id: 'words',
        code: { text: 'No Known Allergies' },
      }),
      AllergyIntoleranceSchema.parse({
        resourceType: 'AllergyIntolerance',
        id: 'other-system',
        code: { coding: [{ system: 'http://example.org/codes', code: '716186003', display: 'Walnut' }] },
      }),
    ]);
    const nka = Object.fromEntries(views.map((view) => [view.id, view.noKnownAllergies]));
    expect(nka).to.deep.equal({ nka: true, nkda: true, words: true, 'other-system': false });
    expect(views.find((view) => view.id === 'nka')?.substance).to.equal('No known allergy');
  });
});

describe('toProcedures', () => {
  it('maps names and dates, newest first, without the ones entered in error', () => {
    const views = toProcedures([
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'appendectomy',
        status: 'completed',
        code: { coding: [{ system: snomed, code: '80146002', display: 'Appendectomy' }] },
        subject: patient,
        performedPeriod: { start: '2015-04-02T08:00:00Z', end: '2015-04-02T09:30:00Z' },
      }),
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'colonoscopy',
        status: 'completed',
        code: { text: 'Colonoscopy' },
        performedDateTime: '2022-09-14',
      }),
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'tonsils',
        status: 'completed',
        code: { text: 'Tonsillectomy' },
        performedString: 'as a child',
      }),
      ProcedureSchema.parse({
        resourceType: 'Procedure',
        id: 'in-error',
        status: 'entered-in-error',
        code: { text: 'Biopsy' },
        performedDateTime: '2024-01-01',
      }),
    ]);
    expect(views).to.deep.equal([
      { id: 'colonoscopy', name: 'Colonoscopy', date: { iso: '2022-09-14' }, status: 'completed' },
      { id: 'appendectomy', name: 'Appendectomy', date: { iso: '2015-04-02T08:00:00Z' }, status: 'completed' },
      { id: 'tonsils', name: 'Tonsillectomy', date: { text: 'as a child' }, status: 'completed' },
    ]);
  });
});

describe('toCarePlans', () => {
  const narrativeOnly = CarePlanSchema.parse({
    resourceType: 'CarePlan',
    id: 'narrative',
    status: 'active',
    intent: 'plan',
    subject: patient,
    text: {
      status: 'generated',
      div:
        '<div xmlns="http://www.w3.org/1999/xhtml">\n  <p><b>Diet</b> &amp; exercise plan</p>' +
        '<script type="text/javascript">alert(1)</script><style>p { color: red }</style>' +
        '<ul>\n    <li>Walk 30&nbsp;minutes a day</li>\n    <li class="x"><i>Less</i> salt &#8212; &#x2264;2 g</li>' +
        '</ul><p>Call us &quot;any time&quot;<br/>at the clinic</p><!-- internal comment --></div>',
    },
  });

  it('turns a narrative into plain text when the plan has nothing else to say', () => {
    const [view] = toCarePlans([narrativeOnly]);
    expect(view?.narrative).to.equal(
      'Diet & exercise plan\n• Walk 30 minutes a day\n• Less salt — ≤2 g\nCall us "any time"\nat the clinic',
    );
    expect(view?.narrative).to.not.contain('<');
    expect(view?.narrative).to.not.contain('alert');
    expect(view?.narrative).to.not.contain('color');
    expect(view?.narrative).to.not.contain('comment');
    expect(view?.title).to.equal('');
    expect(view?.activities).to.deep.equal([]);
  });

  it('drops scripts that are never closed, broken tags and attributes holding ">"', () => {
    const [view] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'broken',
        status: 'active',
        text: {
          div: '<div><a title="a>b" href="#x">Rest</a> well<img src=x onerror=alert(2)><br><script>alert(3)',
        },
      }),
    ]);
    expect(view?.narrative).to.equal('Rest well');
    const [unfinished] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'u',
        status: 'active',
        text: { div: '<div>Drink water <b' },
      }),
    ]);
    expect(unfinished?.narrative).to.equal('Drink water');
    const [stray] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 's',
        status: 'active',
        text: { div: '<p>a <<b>b</b></p>' },
      }),
    ]);
    expect(stray?.narrative).to.equal('a b');
    const [escaped] = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'e',
        status: 'active',
        text: { div: '<p>&amp;lt;b&amp;gt; &#65;&#x42;&#0;</p>' },
      }),
    ]);
    expect(escaped?.narrative).to.equal('&lt;b&gt; AB');
  });

  it('titles a plan by its title, its categories or the start of its description, and lists its activities', () => {
    const description =
      'Keep blood sugar in range through diet, daily exercise, and checking glucose levels every morning before food.';
    const views = toCarePlans([
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'described',
        status: 'completed',
        description,
        period: { start: '2021-01-01', end: '2021-12-31' },
        text: { div: '<div>Narrative that is not needed</div>' },
      }),
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'categorized',
        status: 'active',
        category: [
          { coding: [{ system: snomed, code: '698360004', display: 'Diabetes self management plan' }] },
          { text: 'Nutrition' },
        ],
        period: { start: '2024-01-01' },
        activity: [
          { detail: { kind: 'ServiceRequest', description: 'Check feet daily', status: 'in-progress' } },
          { detail: { code: { text: 'HbA1c every 3 months' }, status: 'scheduled' } },
          { reference: { reference: 'ServiceRequest/9', display: 'Dietitian visit' } },
          { reference: { reference: 'ServiceRequest/10' } },
        ],
      }),
      CarePlanSchema.parse({
        resourceType: 'CarePlan',
        id: 'titled',
        status: 'active',
        title: 'Heart health',
        period: { start: '2023-05-01' },
        text: { div: '<div>Narrative of a titled plan</div>' },
      }),
      CarePlanSchema.parse({ resourceType: 'CarePlan', id: 'in-error', status: 'entered-in-error', title: 'Wrong' }),
    ]);
    expect(views.map((view) => view.id)).to.deep.equal(['categorized', 'titled', 'described']);
    expect(views[0]).to.deep.equal({
      id: 'categorized',
      title: 'Diabetes self management plan, Nutrition',
      categories: ['Diabetes self management plan', 'Nutrition'],
      period: { start: '2024-01-01' },
      status: 'active',
      activities: ['Check feet daily', 'HbA1c every 3 months', 'Dietitian visit'],
    });
    expect(views[1]?.title).to.equal('Heart health');
    expect(views[1]?.narrative).to.equal(undefined);
    expect(views[2]?.title).to.equal(description.slice(0, 80).trim());
    expect(views[2]?.description).to.equal(description);
    expect(views[2]?.narrative).to.equal(undefined);
    expect(views[2]?.period).to.deep.equal({ start: '2021-01-01', end: '2021-12-31' });
  });
});

describe('toLabResults', () => {
  const hba1c = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'hba1c',
    status: 'final',
    category: laboratory,
    code: { coding: [{ system: loinc, code: '4548-4', display: 'Hemoglobin A1c' }] },
    subject: patient,
    effectiveDateTime: '2024-03-01T08:30:00Z',
    issued: '2024-03-02T10:00:00Z',
    valueQuantity: { value: 7.2, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
    interpretation: [
      { coding: [{ system: interpretationSystem, code: 'H', display: 'High' }] },
      { coding: [{ system: 'http://example.org/local', code: 'H' }] },
    ],
    referenceRange: [{ low: { value: 4, unit: '%' }, high: { value: 5.6, unit: '%' }, text: '4.0 - 5.6 %' }],
  });
  const glucose = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'ketones',
    status: 'final',
    category: laboratory,
    code: { text: 'Ketones, urine' },
    effectiveDateTime: '2024-03-01T08:30:00Z',
    valueQuantity: { value: 5, comparator: '<', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
    referenceRange: [{ high: { value: 5, unit: 'mg/dL' } }],
  });
  const potassium = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'potassium',
    status: 'final',
    category: laboratory,
    code: { coding: [{ system: loinc, code: '2823-3', display: 'Potassium' }] },
    effectiveDateTime: '2024-01-10',
    valueQuantity: { value: 6.85, unit: 'mmol/L' },
    interpretation: interpretation('HH', 'UNKNOWN', 'H>'),
    referenceRange: [{ low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5.1, unit: 'mmol/L' } }],
  });
  const absent = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'absent',
    status: 'final',
    category: laboratory,
    code: { text: 'Culture' },
    effectiveDateTime: '2024-01-10',
    dataAbsentReason: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'error', display: 'Error' }],
      text: 'Sample was haemolysed',
    },
    referenceRange: [{ text: 'Negative' }],
  });
  const bloodPressure = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'bp',
    status: 'final',
    category: vitalSigns,
    code: { coding: [{ system: loinc, code: '85354-9', display: 'Blood pressure panel' }] },
    effectivePeriod: { start: '2023-12-01T09:00:00Z' },
    component: [
      {
        code: { coding: [{ system: loinc, code: '8480-6', display: 'Systolic blood pressure' }] },
        valueQuantity: { value: 142, unit: 'mmHg' },
        interpretation: interpretation('H'),
        referenceRange: [{ high: { value: 130, unit: 'mmHg' } }],
      },
      {
        code: { coding: [{ system: loinc, code: '8462-4', display: 'Diastolic blood pressure' }] },
        valueQuantity: { value: 81, unit: 'mmHg' },
        interpretation: interpretation('N'),
      },
    ],
  });
  const heartRate = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'heart-rate',
    status: 'final',
    category: vitalSigns,
    code: { text: 'Heart rate' },
    effectiveDateTime: '2024-04-01',
    valueQuantity: { value: 70, unit: '/min' },
  });
  const cancelled = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'cancelled',
    status: 'cancelled',
    category: laboratory,
    code: { text: 'Lipase' },
  });
  const inError = ObservationSchema.parse({
    resourceType: 'Observation',
    id: 'in-error',
    status: 'entered-in-error',
    category: laboratory,
    code: { text: 'Sodium' },
    effectiveDateTime: '2024-05-01',
    valueQuantity: { value: 1, unit: 'mmol/L' },
  });
  const report = DiagnosticReportSchema.parse({
    resourceType: 'DiagnosticReport',
    id: 'panel-1',
    status: 'final',
    category: [{ coding: [{ code: 'LAB' }] }],
    code: { coding: [{ system: loinc, code: '4548-4', display: 'Diabetes panel' }] },
    effectiveDateTime: '2024-03-01',
    result: [
      { reference: 'https://fhir.example/r4/Observation/hba1c' },
      { reference: 'Observation/ketones' },
      { reference: 'Observation/bp' },
    ],
  });
  const laterReport = DiagnosticReportSchema.parse({
    resourceType: 'DiagnosticReport',
    id: 'panel-2',
    status: 'final',
    code: { text: 'Second panel' },
    result: [{ reference: 'Observation/hba1c' }, { reference: 'Observation/potassium' }],
  });
  const all = [hba1c, glucose, potassium, absent, bloodPressure, heartRate, cancelled, inError];

  it('maps a value with its unit, range, flags and the panel of the first report that names it', () => {
    const view = toLabResults(all, [report, laterReport]).find((item) => item.id === 'hba1c');
    expect(view).to.deep.equal({
      id: 'hba1c',
      test: 'Hemoglobin A1c',
      value: '7.2 %',
      range: { low: '4 %', high: '5.6 %', text: '4.0 - 5.6 %' },
      flags: ['high'],
      date: '2024-03-01T08:30:00Z',
      status: 'final',
      components: [],
      panel: { id: 'panel-1', name: 'Diabetes panel' },
    });
  });

  it('keeps a comparator, a one-sided range and the unit code when there is no unit', () => {
    const view = toLabResults([glucose], [])[0];
    expect(view?.value).to.equal('< 5 mg/dL');
    expect(view?.range).to.deep.equal({ high: '5 mg/dL' });
    expect(view?.panel).to.equal(undefined);
  });

  it('reads critical interpretations and ignores codes it does not know', () => {
    const view = toLabResults([potassium], [laterReport])[0];
    expect(view?.flags).to.deep.equal(['critical-high']);
    expect(view?.value).to.equal('6.85 mmol/L');
    expect(view?.panel).to.deep.equal({ id: 'panel-2', name: 'Second panel' });
  });

  it('gives the reason a value is absent and a text-only range', () => {
    expect(toLabResults([absent], [])).to.deep.equal([
      {
        id: 'absent',
        test: 'Culture',
        absentReason: 'Sample was haemolysed',
        range: { text: 'Negative' },
        flags: [],
        date: '2024-01-10',
        status: 'final',
        components: [],
      },
    ]);
  });

  it('maps the components of a blood pressure that a report names', () => {
    const view = toLabResults(all, [report]).find((item) => item.id === 'bp');
    expect(view?.test).to.equal('Blood pressure panel');
    expect(view?.value).to.equal(undefined);
    expect(view?.date).to.equal('2023-12-01T09:00:00Z');
    expect(view?.panel).to.deep.equal({ id: 'panel-1', name: 'Diabetes panel' });
    expect(view?.components).to.deep.equal([
      {
        id: 'bp#0',
        test: 'Systolic blood pressure',
        value: '142 mmHg',
        range: { high: '130 mmHg' },
        flags: ['high'],
        date: '2023-12-01T09:00:00Z',
        status: 'final',
        components: [],
      },
      {
        id: 'bp#1',
        test: 'Diastolic blood pressure',
        value: '81 mmHg',
        flags: ['normal'],
        date: '2023-12-01T09:00:00Z',
        status: 'final',
        components: [],
      },
    ]);
  });

  it('leaves out vital signs no report names and results entered in error, and keeps cancelled ones', () => {
    const ids = toLabResults(all, [report]).map((view) => view.id);
    expect(ids).to.include('bp');
    expect(ids).to.include('cancelled');
    expect(ids).to.not.include('heart-rate');
    expect(ids).to.not.include('in-error');
    expect(toLabResults(all, []).map((view) => view.id)).to.not.include('bp');
  });

  it('sorts the newest first, ties by test name, results without a date last', () => {
    expect(toLabResults(all, [report]).map((view) => view.id)).to.deep.equal([
      'hba1c',
      'ketones',
      'absent',
      'potassium',
      'bp',
      'cancelled',
    ]);
  });

  it('writes integer, coded, string and range values, and leaves booleans and dates out', () => {
    const value = (extra: Record<string, unknown>) =>
      toLabResults(
        [
          ObservationSchema.parse({
            resourceType: 'Observation',
            id: 'v',
            status: 'final',
            category: laboratory,
            code: { text: 'Test' },
            ...extra,
          }),
        ],
        [],
      )[0]?.value;
    expect(value({ valueInteger: 12 })).to.equal('12');
    expect(value({ valueString: 'Trace' })).to.equal('Trace');
    expect(
      value({ valueCodeableConcept: { coding: [{ system: snomed, code: '260385009', display: 'Negative' }] } }),
    ).to.equal('Negative');
    expect(value({ valueRange: { low: { value: 10, unit: 'mg' }, high: { value: 20, unit: 'mg' } } })).to.equal(
      '10–20 mg',
    );
    expect(value({ valueQuantity: { value: 0.125, unit: 'ng/mL' } })).to.equal('0.125 ng/mL');
    expect(value({ valueBoolean: true })).to.equal(undefined);
    expect(value({ valueDateTime: '2024-01-01' })).to.equal(undefined);
  });

  it('gives every one of 6,000 observations the panel of its report among 1,000 reports', () => {
    const observations = Array.from({ length: 6000 }, (_, index) =>
      ObservationSchema.parse({
        resourceType: 'Observation',
        id: `obs-${index}`,
        status: 'final',
        category: index % 2 === 0 ? laboratory : vitalSigns,
        code: { coding: [{ system: loinc, code: `${1000 + (index % 50)}-0`, display: `Test ${index % 50}` }] },
        effectiveDateTime: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(),
        valueQuantity: { value: index / 10, unit: 'mg/dL' },
        interpretation: interpretation(index % 3 === 0 ? 'H' : 'N'),
        referenceRange: [{ low: { value: 1, unit: 'mg/dL' }, high: { value: 9, unit: 'mg/dL' } }],
      }),
    );
    const reports = Array.from({ length: 1000 }, (_, reportIndex) =>
      DiagnosticReportSchema.parse({
        resourceType: 'DiagnosticReport',
        id: `report-${reportIndex}`,
        status: 'final',
        code: { text: `Panel ${reportIndex}` },
        result: Array.from({ length: 6 }, (__, offset) => ({
          reference: `Observation/obs-${reportIndex * 6 + offset}`,
        })),
      }),
    );
    const views = toLabResults(observations, reports);
    expect(views).to.have.length(6000);
    for (const view of views) {
      const index = Number(view.id.slice('obs-'.length));
      expect(view.panel?.id).to.equal(`report-${Math.floor(index / 6)}`);
    }
    expect(views[0]?.id).to.equal('obs-5999');
  });
});

describe('toAppointments', () => {
  const appointments = [
    AppointmentSchema.parse({
      resourceType: 'Appointment',
      id: 'later',
      status: 'booked',
      serviceType: [{ coding: [{ code: '124', display: 'General Practice' }] }],
      reasonCode: [{ text: 'Annual check-up' }],
      description: 'Yearly physical',
      start: '2025-06-01T15:00:00Z',
      end: '2025-06-01T15:30:00Z',
      participant: [
        { actor: { reference: 'Patient/p1', display: 'Ada Lovelace' }, status: 'accepted' },
        { actor: { reference: 'Practitioner/dr1', display: 'Dr. Grace Hopper' }, status: 'accepted' },
        { actor: { reference: 'Practitioner/dr2' }, status: 'accepted' },
        { actor: { reference: 'PractitionerRole/role1', display: 'Nurse Joy' }, status: 'accepted' },
        {
          type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'ATND' }] }],
          actor: { display: 'Dr. Who' },
          status: 'accepted',
        },
        { actor: { reference: 'Location/clinic', display: 'Main Street Clinic' }, status: 'accepted' },
      ],
    }),
    AppointmentSchema.parse({
      resourceType: 'Appointment',
      id: 'sooner',
      status: 'pending',
      appointmentType: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0276', code: 'FOLLOWUP', display: 'Follow-up' }],
      },
      serviceType: [{ text: 'Cardiology' }],
      description: 'Blood pressure review',
      start: '2025-05-20T09:00:00-04:00',
      participant: [
        { actor: { reference: 'Patient/p1', display: 'Ada Lovelace' }, status: 'accepted' },
        { actor: { reference: 'Location/lab' }, status: 'accepted' },
      ],
    }),
    AppointmentSchema.parse({ resourceType: 'Appointment', id: 'unscheduled', status: 'proposed' }),
    AppointmentSchema.parse({
      resourceType: 'Appointment',
      id: 'in-error',
      status: 'entered-in-error',
      start: '2025-01-01T09:00:00Z',
    }),
  ];

  it('names practitioners and the location by display only, never by id', () => {
    const view = toAppointments(appointments).find((item) => item.id === 'later');
    expect(view).to.deep.equal({
      id: 'later',
      start: '2025-06-01T15:00:00Z',
      end: '2025-06-01T15:30:00Z',
      practitioners: ['Dr. Grace Hopper', 'Nurse Joy', 'Dr. Who'],
      location: 'Main Street Clinic',
      type: 'General Practice',
      reason: 'Annual check-up',
      status: 'booked',
    });
    expect(JSON.stringify(view)).to.not.contain('dr2');
  });

  it('maps an appointment with no practitioner, and sorts by start, soonest first', () => {
    const views = toAppointments(appointments);
    expect(views.map((view) => view.id)).to.deep.equal(['sooner', 'later', 'unscheduled']);
    expect(views[0]).to.deep.equal({
      id: 'sooner',
      start: '2025-05-20T09:00:00-04:00',
      practitioners: [],
      type: 'Follow-up',
      reason: 'Blood pressure review',
      status: 'pending',
    });
    expect(views[2]).to.deep.equal({ id: 'unscheduled', practitioners: [], status: 'proposed' });
  });
});

describe('free-text notes', () => {
  const note = 'SECRET-NOTE patient mentioned family trouble';
  const withNote = <T extends object>(resource: T) => ({
    ...resource,
    note: [{ text: note }],
    text: { status: 'generated', div: `<div>${note}</div>` },
    conclusion: note,
    comment: note,
  });

  it('never reach a view, whether the schema stripped them or not', () => {
    const raw = {
      condition: {
        resourceType: 'Condition',
        id: 'c',
        code: { text: 'Asthma' },
        onsetDateTime: '2001',
      },
      request: {
        resourceType: 'MedicationRequest',
        id: 'm',
        status: 'active',
        medicationCodeableConcept: { text: 'Salbutamol' },
        dosageInstruction: [{ text: 'Two puffs' }],
      },
      statement: { resourceType: 'MedicationStatement', id: 's', status: 'active', medicationCodeableConcept: {} },
      immunization: { resourceType: 'Immunization', id: 'i', status: 'completed', vaccineCode: { text: 'Flu' } },
      allergy: { resourceType: 'AllergyIntolerance', id: 'a', code: { text: 'Pollen' } },
      procedure: { resourceType: 'Procedure', id: 'p', status: 'completed', code: { text: 'X-ray' } },
      plan: { resourceType: 'CarePlan', id: 'cp', status: 'active', title: 'Asthma plan' },
      observation: {
        resourceType: 'Observation',
        id: 'o',
        status: 'final',
        category: laboratory,
        code: { text: 'IgE' },
        valueQuantity: { value: 300, unit: 'kU/L' },
      },
      report: {
        resourceType: 'DiagnosticReport',
        id: 'r',
        status: 'final',
        code: { text: 'Allergy panel' },
        result: [{ reference: 'Observation/o' }],
        conclusion: note,
        presentedForm: [{ contentType: 'text/plain', data: btoa(note) }],
      },
      appointment: {
        resourceType: 'Appointment',
        id: 'ap',
        status: 'booked',
        start: '2025-01-01T10:00:00Z',
        comment: note,
        patientInstruction: note,
      },
    };
    const parsed = {
      condition: ConditionSchema.parse(withNote(raw.condition)),
      request: MedicationRequestSchema.parse(withNote(raw.request)),
      statement: MedicationStatementSchema.parse(withNote(raw.statement)),
      immunization: ImmunizationSchema.parse(withNote(raw.immunization)),
      allergy: AllergyIntoleranceSchema.parse(withNote(raw.allergy)),
      procedure: ProcedureSchema.parse(withNote(raw.procedure)),
      plan: CarePlanSchema.parse(withNote(raw.plan)),
      observation: ObservationSchema.parse(withNote(raw.observation)),
      report: DiagnosticReportSchema.parse(withNote(raw.report)),
      appointment: AppointmentSchema.parse(withNote(raw.appointment)),
    };
    // The same resources with the notes kept, as a schema that let them through would leave them.
    const kept = Object.fromEntries(
      Object.entries(parsed).map(([key, resource]) => [key, withNote(resource)]),
    ) as unknown as typeof parsed;
    for (const resources of [parsed, kept]) {
      const views = [
        toDiagnoses([resources.condition]),
        toMedications([resources.request], [resources.statement]),
        toImmunizations([resources.immunization]),
        toAllergies([resources.allergy]),
        toProcedures([resources.procedure]),
        toCarePlans([resources.plan]),
        toLabResults([resources.observation], [resources.report]),
        toAppointments([resources.appointment]),
      ];
      expect(views.map((list) => list.length)).to.deep.equal([1, 2, 1, 1, 1, 1, 1, 1]);
      expect(JSON.stringify(views)).to.not.contain('SECRET');
      expect(JSON.stringify(views)).to.contain('Asthma plan');
    }
  });
});
