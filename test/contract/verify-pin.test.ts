import { expect } from '@open-wc/testing';
import { type PortalProblemError } from '../../src/api/index.js';
import { MINUTE, mockRules } from '../../src/mocks/index.js';
import { freshMockPortal, invitationToken, marcus, rejection, sue, testClient } from '../helpers/mock-portal.js';

const problemOf = async (promise: Promise<unknown>) => (await rejection(promise)) as PortalProblemError;

describe('contract: date of birth and PIN', () => {
  it('verifies Sue with her date of birth and PIN and suggests her email as username', async () => {
    const portal = await freshMockPortal();
    const verification = await testClient().verifyPin(invitationToken(portal, sue.email), {
      dateOfBirth: sue.dateOfBirth,
      pin: sue.pin,
    });
    expect(verification.registrationToken).to.match(/^[A-Za-z0-9_-]{22,}$/);
    expect(verification.suggestedUsername).to.equal('Sue@gmail.com');
    expect(Date.parse(verification.expiresAt) - portal.clock.now()).to.be.closeTo(30 * MINUTE, 60_000);
  });

  it('ignores spaces and dashes inside the PIN', async () => {
    const portal = await freshMockPortal();
    const verification = await testClient().verifyPin(invitationToken(portal, sue.email), {
      dateOfBirth: sue.dateOfBirth,
      pin: '482-913',
    });
    expect(verification.registrationToken).to.be.a('string');
    const again = await testClient().verifyPin(invitationToken(portal, sue.email), {
      dateOfBirth: sue.dateOfBirth,
      pin: ' 48 29 13 ',
    });
    expect(again.registrationToken).to.not.equal(verification.registrationToken);
  });

  it('gives the same answer for a wrong date and a wrong PIN, with the tries left', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const token = invitationToken(portal, sue.email);
    const wrongDate = await problemOf(client.verifyPin(token, { dateOfBirth: '1962-03-15', pin: sue.pin }));
    const wrongPin = await problemOf(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }));
    const both = await problemOf(client.verifyPin(token, { dateOfBirth: '1970-01-01', pin: '111111' }));
    for (const problem of [wrongDate, wrongPin, both]) {
      expect(problem.status).to.equal(401);
      expect(problem.code).to.equal('identity-not-verified');
      expect(problem.fieldErrors).to.deep.equal([]);
    }
    expect(wrongPin.title).to.equal(wrongDate.title);
    expect(wrongPin.detail).to.equal(wrongDate.detail);
    expect([wrongDate.attemptsRemaining, wrongPin.attemptsRemaining, both.attemptsRemaining]).to.deep.equal([4, 3, 2]);
  });

  it('locks the invitation for 15 minutes after 5 failures in a row, then opens again', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const token = invitationToken(portal, sue.email);
    for (let attempt = 1; attempt < 5; attempt += 1) {
      expect(
        (await problemOf(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }))).status,
      ).to.equal(401);
    }
    const locked = await problemOf(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }));
    expect(locked.status).to.equal(429);
    expect(locked.code).to.equal('locked');
    expect(locked.retryAfter).to.equal(15 * 60);

    // The right answer does not get through a lock.
    portal.clock.advance(14 * MINUTE);
    const still = await problemOf(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: sue.pin }));
    expect(still.code).to.equal('locked');
    expect(still.retryAfter).to.equal(60);

    portal.clock.advance(MINUTE);
    const verification = await client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: sue.pin });
    expect(verification.registrationToken).to.be.a('string');
  });

  it('starts the count again after a success', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const token = invitationToken(portal, sue.email);
    for (let attempt = 0; attempt < mockRules.identityFailuresBeforeLock - 1; attempt += 1) {
      await problemOf(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }));
    }
    await client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: sue.pin });
    const next = await problemOf(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }));
    expect(next.status).to.equal(401);
    expect(next.attemptsRemaining).to.equal(4);
  });

  it('never verifies by PIN a patient the practice gave none', async () => {
    const portal = await freshMockPortal();
    const problem = await problemOf(
      testClient().verifyPin(invitationToken(portal, marcus.email), { dateOfBirth: marcus.dateOfBirth, pin: '123456' }),
    );
    expect(problem.code).to.equal('identity-not-verified');
  });

  it('refuses malformed input with field errors, without counting a try', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const token = invitationToken(portal, sue.email);
    const problem = await problemOf(client.verifyPin(token, { dateOfBirth: '1962-02-30', pin: '12345' }));
    expect(problem.status).to.equal(422);
    expect(problem.errorsFor('dateOfBirth').map((error) => error.code)).to.deep.equal(['date-invalid']);
    expect(problem.errorsFor('pin').map((error) => error.code)).to.deep.equal(['six-digits']);
    const future = await problemOf(client.verifyPin(token, { dateOfBirth: '2999-01-01', pin: sue.pin }));
    expect(future.errorsFor('dateOfBirth')[0]?.code).to.equal('date-future');
    const next = await problemOf(client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }));
    expect(next.attemptsRemaining).to.equal(4);
  });

  it('answers 410 for a used invitation before looking at the identity', async () => {
    const portal = await freshMockPortal();
    const problem = await problemOf(
      testClient().verifyPin(invitationToken(portal, 'ana.garcia@example.com'), {
        dateOfBirth: '1990-07-22',
        pin: '730518',
      }),
    );
    expect(problem.status).to.equal(410);
    expect(problem.code).to.equal('invitation-used');
  });
});
