import { expect } from '@open-wc/testing';
import type { FieldError } from '../../src/api/index.js';
import type { MockResponse } from '../../src/mocks/index.js';
import { ana, freshMockPortal, invitationToken, sue, verifiedSue } from '../helpers/mock-portal.js';

const en = { language: 'en' as const };

/** The field errors of a 422 answer, as `field code` pairs. */
const fieldCodes = (answer: MockResponse) => {
  expect(answer.status).to.equal(422);
  return ((answer.body as { errors: FieldError[] }).errors ?? []).map((error) => `${error.field} ${error.code}`);
};

describe('contract: request bodies are read with the contract schemas', () => {
  it('calls a value of the wrong type not valid, never missing', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, sue.email);
    expect(fieldCodes(await portal.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: 482913 }, en))).to.deep.equal([
      'pin invalid',
    ]);
    expect(
      fieldCodes(await portal.sendCode(token, { dateOfBirth: sue.dateOfBirth, phone: 5552014477, channel: 'sms' }, en)),
    ).to.deep.equal(['phone invalid']);
    expect(fieldCodes(await portal.verifyCode(token, { code: ['1', '2'] }, en))).to.deep.equal(['code invalid']);
    expect(fieldCodes(await portal.signIn({ username: ana.email, password: 12345678 }, en))).to.deep.equal([
      'password invalid',
    ]);
  });

  it('says which fields are missing, and what is wrong with those that are there, in one answer', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, sue.email);
    expect(fieldCodes(await portal.verifyPin(token, { dateOfBirth: '1962-3-14' }, en))).to.deep.equal([
      'dateOfBirth date-format',
      'pin required',
    ]);
    expect(fieldCodes(await portal.sendCode(token, 'not an object', en))).to.deep.equal([
      'dateOfBirth required',
      'phone required',
      'channel required',
    ]);
    expect(fieldCodes(await portal.sendCode(token, { ...sue, channel: 'fax' }, en))).to.deep.equal(['channel invalid']);
  });

  it('reads an account request field by field: a bad field does not hide the others', async () => {
    const { portal, request } = await verifiedSue();
    const answer = await portal.createAccount(
      { ...request(), username: ['Sue'], password: 'short', acceptedTerms: 'true' },
      en,
    );
    expect(fieldCodes(answer)).to.include.members([
      'username invalid',
      'password password-too-short',
      'acceptedTerms terms-not-accepted',
    ]);
    // The token was not used up by a refused body.
    expect((await portal.createAccount(request(), en)).status).to.equal(201);
  });

  it('ignores fields the contract does not have', async () => {
    const { portal, request } = await verifiedSue();
    const answer = await portal.createAccount({ ...request(), isAdmin: true, patientId: 'p-c3f0a4' }, en);
    expect(answer.status).to.equal(201);
    expect((answer.body as { session: { patientId: string } }).session.patientId).to.not.equal('p-c3f0a4');
  });
});
