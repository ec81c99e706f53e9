import { expect } from '@open-wc/testing';
import { preferredLocale } from './patient-language.js';

const speaks = (system: string | undefined, code: string, preferred?: boolean) => ({
  language: { coding: [{ ...(system && { system }), code }] },
  ...(preferred !== undefined && { preferred }),
});
const bcp47 = 'urn:ietf:bcp:47';

describe('preferredLocale', () => {
  it('reads the preferred language as real records write it', () => {
    for (const [communication, locale] of [
      [[speaks(bcp47, 'es', true)], 'es'],
      // Synthea and US Core examples: a region subtag.
      [[speaks(bcp47, 'en-US', false), speaks(bcp47, 'es-MX', true)], 'es'],
      // A bare code, and an older record's ISO 639-2.
      [[speaks(undefined, 'es', true)], 'es'],
      [[speaks('urn:iso:std:iso:639-2', 'spa', true)], 'es'],
      // The only language listed is the one the patient speaks, preferred or not said.
      [[speaks(bcp47, 'es')], 'es'],
    ] as const) {
      expect(preferredLocale({ communication: [...communication] }), JSON.stringify(communication)).to.equal(locale);
    }
  });

  it('leaves the page’s language when the record does not say one the elements speak', () => {
    for (const communication of [
      undefined,
      [],
      [speaks(bcp47, 'fr', true)],
      // Two languages, neither preferred, or both: which one is not said.
      [speaks(bcp47, 'es'), speaks(bcp47, 'en')],
      [speaks(bcp47, 'es', true), speaks(bcp47, 'en', true)],
      // A code of another system is not a language tag.
      [speaks('http://snomed.info/sct', 'es', true)],
      [{ language: { text: 'Spanish' }, preferred: true }],
    ]) {
      expect(preferredLocale({ communication }), JSON.stringify(communication)).to.equal(undefined);
    }
  });
});
