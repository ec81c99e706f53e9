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
      type: 'allergy',
      categories: ['medication'],
      reactions: [{ manifestations: ['Hives', 'Wheezing'], severity: 'severe' }],
      criticality: 'high',
      clinicalStatus: 'active',
      verificationStatus: 'confirmed',
      unconfirmed: false,
    });
  });

  it('drops refuted and entered-in-error records; active ones first, high criticality first among them', () => {
    expect(toAllergies(allergies).map((view) => view.id)).to.deep.equal(['penicillin', 'cats', 'latex']);
  });

  it('says when the record does not confirm an allergy (unconfirmed, or presumed)', () => {
    const views = toAllergies(
      ['unconfirmed', 'presumed', 'confirmed'].map((status) =>
        AllergyIntoleranceSchema.parse({
          resourceType: 'AllergyIntolerance',
          id: status,
          verificationStatus: allergyVerification(status),
          code: { text: `Walnut (${status})` },
        }),
      ),
    );
    expect(Object.fromEntries(views.map((view) => [view.id, view.unconfirmed]))).to.deep.equal({
      unconfirmed: true,
      presumed: true,
      confirmed: false,
    });
  });

  const statement = (id: string, code: object, extra: object = {}) =>
    AllergyIntoleranceSchema.parse({
      resourceType: 'AllergyIntolerance',
      id,
      clinicalStatus: allergyClinical('active'),
      verificationStatus: allergyVerification('confirmed'),
      code,
      ...extra,
    });
  const sct = (code: string, display?: string) => ({ coding: [{ system: snomed, code, display }] });

  it('knows each "no known allergy" by its SNOMED code or its words, with its scope', () => {
    // One at a time: beside "no known allergies", a scoped statement would be left out as said already.
    const views = [
      statement('nka', sct('716186003', 'No known allergy')),
      statement('nkda', sct('409137002')),
      statement('nkfa', sct('429625007')),
      statement('nkea', sct('428607008')),
      statement('nkla', sct('716184000')),
      statement('insects', sct('428197003')),
      statement('animals', sct('716220001')),
      statement('old-nka', sct('160244002')),
      statement('nkda-text', { text: 'NKDA' }),
      statement('nka-text', { text: 'N.K.A.' }),
      statement('words', { text: 'No Known Allergies' }),
      statement('drug-words', { text: 'No known medication allergies' }),
      statement('food-display', { coding: [{ code: 'x', display: 'No known food allergy (situation)' }] }),
    ].flatMap((one) => toAllergies([one]));
    expect(Object.fromEntries(views.map((view) => [view.id, view.noKnown]))).to.deep.equal({
      nka: 'all',
      nkda: 'drug',
      nkfa: 'food',
      nkea: 'environment',
      nkla: 'latex',
      insects: 'insect',
      animals: 'animal',
      'old-nka': 'all',
      'nkda-text': 'drug',
      'nka-text': 'all',
      words: 'all',
      'drug-words': 'drug',
      'food-display': 'food',
    });
    // The same code in another system is a real allergy.
    const [walnut] = toAllergies([
      statement('walnut', { coding: [{ system: 'http://example.org/codes', code: '716186003', display: 'Walnut' }] }),
    ]);
    expect(walnut?.noKnown).to.equal(undefined);
    expect(walnut?.substance).to.equal('Walnut');
  });

  it('keeps a scoped statement beside real allergies of other kinds, after them, and never a blanket one', () => {
    const food = statement('peanut', { text: 'Peanut' }, { category: ['food'], criticality: 'high' });
    const views = toAllergies([statement('nka', sct('716186003')), statement('nkda', sct('409137002')), food]);
    expect(views.map((view) => [view.id, view.noKnown])).to.deep.equal([
      ['peanut', undefined],
      ['nkda', 'drug'],
    ]);
  });

  it('drops a statement that a real allergy in its scope contradicts, unless that allergy is no longer active', () => {
    const drug = (status: string) =>
      statement(
        'amoxicillin',
        { text: 'Amoxicillin' },
        { category: ['medication'], clinicalStatus: allergyClinical(status) },
      );
    const nkda = statement('nkda', { text: 'NKDA' });
    expect(toAllergies([nkda, drug('active')]).map((view) => view.id)).to.deep.equal(['amoxicillin']);
    expect(toAllergies([nkda, drug('resolved')]).map((view) => view.id)).to.deep.equal(['amoxicillin', 'nkda']);
    const latex = statement('gloves', { text: 'Latex gloves' }, { category: ['environment'] });
    expect(toAllergies([statement('nkla', sct('716184000')), latex]).map((view) => view.id)).to.deep.equal(['gloves']);
  });

  it('says "no known allergies" once, without the scoped statements it already covers', () => {
    // As the HL7 R4 examples "nka" and "nkda" are written, both for the patient "mom".
    const views = toAllergies([
      statement('nkda', sct('409137002'), {}),
      statement('nka', sct('716186003')),
      statement('again', { text: 'NKA' }),
    ]);
    expect(views.map((view) => [view.id, view.noKnown])).to.deep.equal([['nka', 'all']]);
  });
});
