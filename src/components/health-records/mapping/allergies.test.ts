import { expect } from '@open-wc/testing';
import { AllergyIntoleranceSchema } from '../../../api/fhir/schemas.js';
import { patient, snomed } from '../../../../test/helpers/fhir.js';
import { toAllergies } from './allergies.js';

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
