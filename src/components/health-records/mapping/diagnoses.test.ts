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
