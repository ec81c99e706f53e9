import { expect } from '@open-wc/testing';
import { DiagnosticReportSchema, ObservationSchema } from '../../../api/fhir/schemas.js';
import {
  interpretation,
  interpretationSystem,
  laboratory,
  loinc,
  patient,
  snomed,
  vitalSigns,
} from '../../../../test/helpers/fhir.js';
import { groupLabResults, isCritical, toLabResults } from './lab-results.js';

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
      key: { coding: `${loinc}|4548-4`, name: 'Hemoglobin A1c' },
      amount: { value: 7.2, unit: '%' },
      value: '7.2 %',
      range: { low: '4 %', high: '5.6 %', text: '4.0 - 5.6 %' },
      flags: ['high'],
      date: '2024-03-01T08:30:00Z',
      status: 'final',
      components: [],
      panel: { id: 'panel-1', name: 'Diabetes panel', date: '2024-03-01', status: 'final', performers: [] },
      measure: { value: 7.2, low: 4, high: 5.6 },
    });
  });

  it('keeps each report together, in its own order, when other results share its date', () => {
    const taken = '2024-07-28T09:00:00Z';
    const observation = (id: string, name: string, category = laboratory) =>
      ObservationSchema.parse({
        resourceType: 'Observation',
        id,
        status: 'final',
        category,
        code: { text: name },
        effectiveDateTime: taken,
        valueQuantity: { value: 1, unit: 'mmol/L' },
      });
    const panel = (id: string, name: string, results: string[], extra: object = {}) =>
      DiagnosticReportSchema.parse({
        resourceType: 'DiagnosticReport',
        id,
        status: 'final',
        code: { text: name },
        effectiveDateTime: taken,
        result: results.map((result) => ({ reference: `Observation/${result}` })),
        ...extra,
      });
    const metabolic = panel('cmp', 'Comprehensive metabolic panel', ['sodium', 'albumin', 'glucose'], {
      status: 'amended',
      performer: [{ reference: 'Organization/lab', display: 'Quest Diagnostics' }, { reference: 'Practitioner/x' }],
    });
    const lipids = panel('lipids', 'Lipid panel', ['triglycerides', 'cholesterol']);
    const results = toLabResults(
      [
        observation('albumin', 'Albumin'),
        observation('cholesterol', 'Cholesterol'),
        observation('glucose', 'Glucose'),
        observation('ferritin', 'Ferritin'),
        observation('sodium', 'Sodium'),
        observation('triglycerides', 'Triglycerides'),
      ],
      [metabolic, lipids],
    );
    expect(results.map((result) => result.id)).to.deep.equal([
      'sodium',
      'albumin',
      'glucose',
      'triglycerides',
      'cholesterol',
      'ferritin',
    ]);
    const groups = groupLabResults([...results].reverse());
    expect(groups.map((group) => [group.report?.name ?? group.day, group.results.length])).to.deep.equal([
      ['2024-07-28', 1],
      ['Lipid panel', 2],
      ['Comprehensive metabolic panel', 3],
    ]);
    expect(groups[2]?.report).to.deep.include({
      status: 'amended',
      performers: ['Quest Diagnostics'],
      date: taken,
    });
  });

  it('gives a value against its range only when both are plain numbers in one unit', () => {
    const measured = (value: object, range: object) =>
      toLabResults(
        [
          ObservationSchema.parse({
            resourceType: 'Observation',
            id: 'x',
            status: 'final',
            category: laboratory,
            code: { text: 'X' },
            valueQuantity: value,
            referenceRange: [range],
          }),
        ],
        [],
      )[0]?.measure;
    const ucum = 'http://unitsofmeasure.org';
    expect(
      measured({ value: 9, system: ucum, code: 'mg/dL' }, { high: { value: 5, system: ucum, code: 'mg/dL' } }),
    ).to.deep.equal({ value: 9, high: 5 });
    expect(
      measured({ value: 9, code: 'mg/dL' }, { low: { value: 1, code: 'g/L' }, high: { value: 5, code: 'mg/dL' } }),
    ).to.deep.equal({ value: 9, high: 5 });
    expect(measured({ value: 9, comparator: '>', code: 'mg/dL' }, { high: { value: 5, code: 'mg/dL' } })).to.equal(
      undefined,
    );
    expect(measured({ value: 9, code: 'mg/dL' }, { text: 'Negative' })).to.equal(undefined);
    expect(measured({ value: 9, code: 'mg/dL' }, { low: { value: 8 }, high: { value: 2 } })).to.equal(undefined);
  });

  it('calls a result critical when it or one of its parts is', () => {
    const results = toLabResults([potassium, hba1c], []);
    const critical = results.find((result) => result.id === 'potassium');
    const plain = results.find((result) => result.id === 'hba1c');
    expect(critical && isCritical(critical)).to.equal(true);
    expect(plain && isCritical(plain)).to.equal(false);
    expect(isCritical({ ...plain!, components: [critical!] })).to.equal(true);
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
    expect(view?.panel).to.deep.include({ id: 'panel-2', name: 'Second panel' });
  });

  it('gives the reason a value is absent and a text-only range', () => {
    expect(toLabResults([absent], [])).to.deep.equal([
      {
        id: 'absent',
        test: 'Culture',
        key: { name: 'Culture' },
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
    expect(view?.panel).to.deep.include({ id: 'panel-1', name: 'Diabetes panel' });
    expect(view?.components).to.deep.equal([
      {
        id: 'bp#0',
        test: 'Systolic blood pressure',
        key: { coding: `${loinc}|8480-6`, name: 'Systolic blood pressure' },
        of: { coding: `${loinc}|85354-9`, name: 'Blood pressure panel' },
        amount: { value: 142, unit: 'mmHg' },
        value: '142 mmHg',
        range: { high: '130 mmHg' },
        measure: { value: 142, high: 130 },
        flags: ['high'],
        date: '2023-12-01T09:00:00Z',
        status: 'final',
        components: [],
      },
      {
        id: 'bp#1',
        test: 'Diastolic blood pressure',
        key: { coding: `${loinc}|8462-4`, name: 'Diastolic blood pressure' },
        of: { coding: `${loinc}|85354-9`, name: 'Blood pressure panel' },
        amount: { value: 81, unit: 'mmHg' },
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

  const lab = (id: string, extra: object) =>
    ObservationSchema.parse({
      resourceType: 'Observation',
      id,
      status: 'final',
      category: laboratory,
      code: { text: id },
      effectiveDateTime: '2024-05-01',
      ...extra,
    });

  it('gives every interpretation that means out of the ordinary a flag in words, critical apart', () => {
    const flagOf = (...codes: string[]) =>
      toLabResults([lab('x', { interpretation: interpretation(...codes) })], [])[0]?.flags;
    const expected: [string, string][] = [
      ['A', 'abnormal'],
      ['AA', 'critical'],
      ['H', 'high'],
      ['HU', 'high'],
      ['HH', 'critical-high'],
      ['L', 'low'],
      ['LU', 'low'],
      ['LL', 'critical-low'],
      ['POS', 'positive'],
      ['DET', 'detected'],
      ['RR', 'reactive'],
      ['WR', 'reactive'],
      ['R', 'resistant'],
      ['I', 'intermediate'],
      ['IND', 'inconclusive'],
      ['E', 'inconclusive'],
      ['UNE', 'unexpected'],
      ['W', 'worse'],
      ['>', 'off-scale-high'],
      ['<', 'off-scale-low'],
      ['U', 'rising'],
      ['D', 'falling'],
      ['B', 'better'],
      ['CAR', 'carrier'],
      ['N', 'normal'],
    ];
    for (const [code, flag] of expected) expect(flagOf(code), code).to.deep.equal([flag]);
    for (const code of ['NEG', 'ND', 'NR', 'EXP', 'S']) expect(flagOf(code), code).to.deep.equal([]);
    expect(flagOf('HH', 'H')).to.deep.equal(['critical-high']);
    expect(flagOf('A', 'H')).to.deep.equal(['high']);
  });

  it('reads an interpretation given only in words', () => {
    const flagOfText = (text: string) => toLabResults([lab('x', { interpretation: [{ text }] })], [])[0]?.flags;
    expect(flagOfText('HIGH')).to.deep.equal(['high']);
    expect(flagOfText('Critically low')).to.deep.equal(['critical-low']);
    expect(flagOfText('Positive')).to.deep.equal(['positive']);
    expect(flagOfText('Above normal')).to.deep.equal(['high']);
    expect(flagOfText('within normal limits')).to.deep.equal(['normal']);
    expect(flagOfText('See comment')).to.deep.equal([]);
    // A coding without a code, only a display, as some systems send it.
    const [coded] = toLabResults([lab('y', { interpretation: [{ coding: [{ display: 'Low' }] }] })], []);
    expect(coded?.flags).to.deep.equal(['low']);
  });

  it('chooses the reference range that fits the patient, and says whom it is for', () => {
    const ucum = 'http://unitsofmeasure.org';
    const hemoglobin = lab('hemoglobin', {
      valueQuantity: { value: 13.2, unit: 'g/dL', system: ucum, code: 'g/dL' },
      referenceRange: [
        {
          low: { value: 13.5, unit: 'g/dL' },
          high: { value: 17.5, unit: 'g/dL' },
          appliesTo: [{ coding: [{ system: 'http://hl7.org/fhir/administrative-gender', code: 'male' }], text: 'Men' }],
        },
        {
          low: { value: 12, unit: 'g/dL' },
          high: { value: 15.5, unit: 'g/dL' },
          appliesTo: [{ coding: [{ system: 'http://snomed.info/sct', code: '248152002', display: 'Female' }] }],
          age: { low: { value: 18, unit: 'a', system: ucum, code: 'a' } },
        },
        {
          low: { value: 11, unit: 'g/dL' },
          high: { value: 16, unit: 'g/dL' },
          type: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning', code: 'therapeutic' }],
            text: 'Therapeutic',
          },
        },
      ],
    });
    const [woman] = toLabResults([hemoglobin], [], { gender: 'female', birthDate: '1980-01-01' });
    expect(woman?.range).to.deep.equal({
      low: '12 g/dL',
      high: '15.5 g/dL',
      appliesTo: ['Female'],
      ages: { low: { value: 18, unit: 'a' } },
    });
    const [man] = toLabResults([hemoglobin], [], { gender: 'male', birthDate: '1980-01-01' });
    expect(man?.range).to.deep.include({ low: '13.5 g/dL', appliesTo: ['Men'] });
    // A girl of 12: the adult female range is not hers, the men's neither; the therapeutic one says what it is.
    const [girl] = toLabResults([hemoglobin], [], { gender: 'female', birthDate: '2012-01-01' });
    expect(girl?.range).to.deep.equal({ low: '11 g/dL', high: '16 g/dL', type: 'Therapeutic' });
    // Not knowing the patient: the first range, with whom it is for.
    expect(toLabResults([hemoglobin], [])[0]?.range?.appliesTo).to.deep.equal(['Men']);
  });

  it('writes values with the precision they need and units for people', () => {
    const [cells] = toLabResults(
      [
        lab('wbc', {
          valueQuantity: { value: 5.338218608238325, system: 'http://unitsofmeasure.org', code: '10*3/uL' },
          referenceRange: [{ low: { value: 4.5, code: '10*3/uL' }, high: { value: 11, code: '10*3/uL' } }],
        }),
      ],
      [],
    );
    expect(cells?.value).to.equal('5.338 10³/µL');
    expect(cells?.range).to.deep.equal({ low: '4.5 10³/µL', high: '11 10³/µL' });
    const [a1c] = toLabResults(
      [lab('a1c', { valueQuantity: { value: 7.1, unit: '%{HemoglobinA1C}', code: '%{HemoglobinA1C}' } })],
      [],
    );
    expect(a1c?.value).to.equal('7.1 %');
  });

  it('shows a lab result without a category when a lab report names it', () => {
    const uncategorized = ObservationSchema.parse({
      resourceType: 'Observation',
      id: 'glucose',
      status: 'final',
      code: { text: 'Glucose' },
      effectiveDateTime: '2024-05-01',
      valueQuantity: { value: 99, unit: 'mg/dL' },
    });
    const labReport = DiagnosticReportSchema.parse({
      resourceType: 'DiagnosticReport',
      id: 'bmp',
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB' }] }],
      code: { text: 'Basic metabolic panel' },
      result: [{ reference: 'Observation/glucose' }],
    });
    expect(toLabResults([uncategorized], [labReport]).map((view) => [view.test, view.panel?.name])).to.deep.equal([
      ['Glucose', 'Basic metabolic panel'],
    ]);
    expect(toLabResults([uncategorized], [])).to.deep.equal([]);
  });
});
