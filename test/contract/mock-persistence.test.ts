import { expect } from '@open-wc/testing';
import { MockPortal, startMockPortal } from '../../src/mocks/index.js';
import { invitationToken, sue, testClient } from '../helpers/mock-portal.js';

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
});
