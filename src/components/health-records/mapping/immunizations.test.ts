import { expect } from '@open-wc/testing';
import { ImmunizationSchema } from '../../../api/fhir/schemas.js';
import { patient } from '../../../../test/helpers/fhir.js';
import { toImmunizations } from './immunizations.js';

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
