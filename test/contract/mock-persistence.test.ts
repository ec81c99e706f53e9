import { expect } from '@open-wc/testing';
import { MockPortal, startMockPortal } from '../../src/mocks/index.js';
import { invitationToken, marcus, sue, testClient } from '../helpers/mock-portal.js';

describe('mock portal across page loads', () => {
  it('keeps its state in sessionStorage, secrets hashed, and picks it up again', async () => {
    sessionStorage.removeItem('pf-mock-test');
    const { portal, stop } = await startMockPortal({ storageKey: 'pf-mock-test' });
    try {
      const token = invitationToken(portal, sue.email);
      const client = testClient();
      await client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }).catch(() => undefined);
      await Promise.resolve();
      const saved = sessionStorage.getItem('pf-mock-test') ?? '';
      const state = JSON.parse(saved) as ReturnType<MockPortal['snapshot']>;
      expect(state.audit.map((event) => event.event)).to.deep.equal(['identity.failed']);
      // The outbox holds what was "sent" (the link, so the token); the rest holds no secret in the clear.
      const rest = JSON.stringify({ ...state, outbox: [] });
      expect(rest.includes(sue.pin), 'PIN in the saved state').to.equal(false);
      expect(rest.includes(token), 'token in the saved state').to.equal(false);

      // What the next page of the demo does: a new mock portal from the saved state.
      const next = new MockPortal();
      next.restore(state);
      const problem = await next.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: '000000' }, { language: 'en' });
      expect(problem.status).to.equal(401);
      expect((problem.body as { attemptsRemaining: number }).attemptsRemaining).to.equal(3);
      const verified = await next.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: sue.pin }, { language: 'en' });
      expect(verified.status).to.equal(200);
    } finally {
      stop();
      sessionStorage.removeItem('pf-mock-test');
    }
  });

  it('keeps PINs, codes, passwords and answers as PBKDF2 at OWASP’s cost, each with its own salt', async () => {
    const portal = new MockPortal();
    await portal.reset();
    const token = invitationToken(portal, marcus.email);
    const sent = { dateOfBirth: marcus.dateOfBirth, phone: marcus.phone, channel: 'sms' };
    expect((await portal.sendCode(token, sent, { language: 'en' })).status).to.equal(202);
    const state = portal.snapshot();
    const pinHashes = state.secrets.flatMap(([, secrets]) => (secrets.pinHash ? [secrets.pinHash] : []));
    const accountHashes = state.accounts.flatMap((account) => [account.passwordHash, account.securityAnswerHash]);
    const codeHashes = state.invitations.flatMap((invitation) => (invitation.code ? [invitation.code.hash] : []));
    expect(pinHashes.length).to.be.greaterThan(1);
    expect(accountHashes.length).to.be.greaterThan(1);
    expect(codeHashes.length).to.equal(1);
    const stored = [...pinHashes, ...accountHashes, ...codeHashes];
    for (const hash of stored) expect(hash).to.match(/^pbkdf2-sha256\$600000\$[\w-]{22}\$[\w-]{43}$/);
    const salts = stored.map((hash) => hash.split('$')[2]);
    expect(new Set(salts).size, 'a salt of its own for every secret').to.equal(salts.length);
  });
});
