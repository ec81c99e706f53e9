import { expect } from '@open-wc/testing';
import { telUri } from './phone.js';

describe('telUri', () => {
  it('dials a US number however it is written, and one written with its country code', () => {
    for (const [written, uri] of [
      ['(555) 201-0100', 'tel:+15552010100'],
      ['555.201.0100', 'tel:+15552010100'],
      ['1-555-201-0100', 'tel:+15552010100'],
      ['+1 555 201 0100', 'tel:+15552010100'],
      ['+52 55 1234 5678', 'tel:+525512345678'],
    ]) {
      expect(telUri(written!), written).to.equal(uri);
    }
  });

  it('leaves as text what it cannot dial as written, rather than dial something else', () => {
    for (const written of [
      '(555) 201-0100 ext. 4',
      '555-0100',
      'CALL-US-NOW',
      '',
      '+1 (555) <b>201</b>',
      '2010100555123',
    ]) {
      expect(telUri(written), written).to.equal(undefined);
    }
  });
});
