import { expect } from '@open-wc/testing';
import { snomed } from '../../../../test/helpers/fhir.js';
import { conceptText } from './datatypes.js';

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
