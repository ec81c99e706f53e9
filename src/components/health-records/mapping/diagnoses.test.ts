import { expect } from '@open-wc/testing';
import { ConditionSchema } from '../../../api/fhir/schemas.js';
import { clinical, patient, snomed, verification } from '../../../../test/helpers/fhir.js';
import { toDiagnoses } from './diagnoses.js';

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
      abatementString: 'last spring',
    }),
  ];

  it('maps names, statuses and dates, using the recorded date when there is no onset', () => {
    const views = toDiagnoses(conditions);
    expect(views.find((view) => view.id === 'recorded-only')).to.deep.equal({
      id: 'recorded-only',
      name: 'Type 2 diabetes',
      clinicalStatus: 'active',
      possible: false,
      onset: { iso: '2019-11-20T10:15:00Z' },
      onsetIsRecorded: true,
    });
    expect(views.find((view) => view.id === 'resolved')).to.deep.equal({
      id: 'resolved',
      name: 'Ankle sprain',
      clinicalStatus: 'resolved',
      possible: false,
      onset: { iso: '2023-06-01' },
      onsetIsRecorded: false,
      resolved: { iso: '2023-07-01' },
    });
    const words = views.find((view) => view.id === 'words');
    expect(words).to.deep.equal({
      id: 'words',
      name: '',
      clinicalStatus: 'recurrence',
      possible: false,
      onset: { text: 'about 2010' },
      onsetIsRecorded: false,
      resolved: { text: 'last spring' },
    });
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

  it('gives an onset or an end as an age, or between two ages, in their units', () => {
    const ucum = 'http://unitsofmeasure.org';
    const views = toDiagnoses([
      ConditionSchema.parse({
        resourceType: 'Condition',
        id: 'age',
        code: { text: 'Gout' },
        onsetAge: { value: 45, unit: 'years', system: ucum, code: 'a' },
        recordedDate: '2021-02-03',
      }),
      ConditionSchema.parse({
        resourceType: 'Condition',
        id: 'range',
        code: { text: 'Asthma' },
        onsetRange: { low: { value: 6, unit: 'mo', system: ucum, code: 'mo' }, high: { value: 2, unit: 'years' } },
        abatementAge: { value: 12, unit: 'yr' },
      }),
      ConditionSchema.parse({
        resourceType: 'Condition',
        id: 'open-range',
        code: { text: 'Migraine' },
        onsetRange: { low: { value: 30, system: ucum, code: 'a' } },
        abatementRange: { high: { value: 40, system: ucum, code: 'a' } },
      }),
      ConditionSchema.parse({
        resourceType: 'Condition',
        id: 'period-end',
        code: { text: 'Sprain' },
        onsetPeriod: { start: '2024-01-02' },
        abatementPeriod: { start: '2024-01-20', end: '2024-02-01' },
      }),
    ]);
    const by = Object.fromEntries(views.map((view) => [view.id, view]));
    expect(by.age?.onset).to.deep.equal({ age: { value: 45, unit: 'a' } });
    expect(by.age?.onsetIsRecorded).to.equal(false);
    expect(by.range?.onset).to.deep.equal({ ages: { low: { value: 6, unit: 'mo' }, high: { value: 2, unit: 'a' } } });
    expect(by.range?.resolved).to.deep.equal({ age: { value: 12, unit: 'a' } });
    expect(by['open-range']?.onset).to.deep.equal({ ages: { low: { value: 30, unit: 'a' } } });
    expect(by['open-range']?.resolved).to.deep.equal({ ages: { high: { value: 40, unit: 'a' } } });
    // An abatement period ends the condition at its end, not its start.
    expect(by['period-end']?.resolved).to.deep.equal({ iso: '2024-02-01' });
  });

  it('says a provisional, differential or unconfirmed diagnosis is possible, not confirmed', () => {
    const views = toDiagnoses(
      ['provisional', 'differential', 'unconfirmed', 'confirmed'].map((status) =>
        ConditionSchema.parse({
          resourceType: 'Condition',
          id: status,
          verificationStatus: verification(status),
          code: { text: `Condition ${status}` },
        }),
      ),
    );
    expect(Object.fromEntries(views.map((view) => [view.id, view.possible]))).to.deep.equal({
      provisional: true,
      differential: true,
      unconfirmed: true,
      confirmed: false,
    });
  });
});
