import { expect } from '@open-wc/testing';
import { ImmunizationSchema } from '../../../api/fhir/schemas.js';
import { patient } from '../../../../test/helpers/fhir.js';
import { groupByVaccine, toImmunizations } from './immunizations.js';

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
      vaccineKeys: ['name tetanus and diphtheria'],
      date: { iso: '2024-01-05' },
      status: 'not-done',
      notGiven: true,
      reason: 'Patient objection',
      didNotCount: false,
    });
  });

  it('maps dose numbers, lots and dates in words, newest first, without the ones entered in error', () => {
    const views = toImmunizations(immunizations);
    expect(views.map((view) => view.id)).to.deep.equal(['refused', 'flu', 'childhood']);
    expect(views[1]).to.deep.equal({
      id: 'flu',
      vaccine: 'Influenza',
      vaccineKeys: ['cvx 158', 'name influenza'],
      date: { iso: '2023-10-12T14:30:00-04:00' },
      series: { dose: 2, of: 2 },
      lot: 'FL-2291',
      status: 'completed',
      notGiven: false,
      didNotCount: false,
    });
    expect(views[2]?.date).to.deep.equal({ text: 'in childhood' });
    expect(views[2]?.series).to.deep.equal({ doseText: 'booster' });
  });

  it('groups the doses of one vaccine, by its CVX code or else its name, the vaccine given most recently first', () => {
    const dose = (id: string, vaccineCode: object, date: string, status = 'completed') =>
      ImmunizationSchema.parse({
        resourceType: 'Immunization',
        id,
        status,
        vaccineCode,
        patient,
        occurrenceDateTime: date,
      });
    const fluCode = (display: string) => ({
      coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: '158', display }],
    });
    const groups = groupByVaccine(
      toImmunizations([
        dose('flu-2022', fluCode('Influenza, injectable'), '2022-10-01'),
        dose('tdap', { text: 'Tdap' }, '2021-05-01'),
        dose('flu-2024', fluCode('Influenza'), '2024-10-03'),
        dose('tdap-again', { text: ' TDAP ' }, '2023-02-01'),
        dose('flu-2023', fluCode('Flu'), '2023-10-02', 'not-done'),
        // Another code for the same shot, named as the record names the others: still one vaccine.
        dose(
          'flu-2020',
          { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: '150' }], text: 'flu' },
          '2020-10-02',
        ),
        dose('mmr', { text: 'MMR' }, '2019-01-01'),
      ]),
    );
    expect(groups.map((group) => [group.vaccine, group.doses.map((view) => view.id)])).to.deep.equal([
      ['Influenza', ['flu-2024', 'flu-2023', 'flu-2022', 'flu-2020']],
      ['TDAP', ['tdap-again', 'tdap']],
      ['MMR', ['mmr']],
    ]);
  });

  it('gives the amount, route and site, and says when a dose did not count', () => {
    // As the HL7 R4 example "immunization-example" and a subpotent dose are written.
    const [view] = toImmunizations([
      ImmunizationSchema.parse({
        resourceType: 'Immunization',
        id: 'example',
        status: 'completed',
        vaccineCode: {
          coding: [{ system: 'urn:oid:1.2.36.1.2001.1005.17', code: 'FLUVAX' }],
          text: 'Fluvax (Influenza)',
        },
        occurrenceDateTime: '2013-01-10',
        lotNumber: 'AAJN11K',
        site: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActSite', code: 'LA', display: 'left arm' }],
        },
        route: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration',
              code: 'IM',
              display: 'Injection, intramuscular',
            },
          ],
        },
        doseQuantity: { value: 5, system: 'http://unitsofmeasure.org', code: 'mg' },
        isSubpotent: true,
        subpotentReason: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/immunization-subpotent-reason',
                code: 'partial',
                display: 'Partial Dose',
              },
            ],
          },
        ],
        protocolApplied: [{ series: 'Hepatitis B 3-dose series', doseNumberPositiveInt: 2, seriesDosesPositiveInt: 3 }],
      }),
    ]);
    expect(view).to.deep.include({
      amount: '5 mg',
      route: 'Injection, intramuscular',
      site: 'left arm',
      didNotCount: true,
      didNotCountReason: 'Partial Dose',
      series: { dose: 2, of: 3, name: 'Hepatitis B 3-dose series' },
    });
  });
});
