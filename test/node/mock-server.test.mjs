// The mock portal in Node, behind MSW's setupServer, driven by the built client: the same rules as in the browser.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createPortalClient, PortalProblemError } from '../../dist/api/index.js';
import { createMockPortalServer } from '../../dist/mocks/node.js';

const apiBase = 'http://portal.test/api/portal';
let portal;
let server;

before(async () => {
  ({ portal, server } = await createMockPortalServer({ apiBase }));
  server.listen({ onUnhandledRequest: 'error' });
});
after(() => server.close());
beforeEach(() => portal.reset());

const sueToken = () => {
  const link = portal.outbox.find((message) => message.kind === 'email' && message.to === 'Sue@gmail.com').link;
  return new URL(link, 'http://portal.test').searchParams.get('invitation');
};

describe('mock portal in Node', () => {
  it('walks from the invitation to the records', async () => {
    let session;
    const client = createPortalClient({ apiBase, session: () => session });
    const token = sueToken();
    assert.equal((await client.getInvitation(token)).practice.name, 'Riverside Family Medicine');
    const { registrationToken } = await client.verifyPin(token, { dateOfBirth: '1962-03-14', pin: '482913' });
    session = await client.createAccount({
      registrationToken,
      username: 'Sue@gmail.com',
      password: 'Blue-Heron-42',
      securityQuestionId: 'first-pet',
      securityAnswer: 'Biscuit',
      acceptedTerms: true,
    });
    const conditions = await client.searchAll('Condition');
    assert.ok(conditions.resources.length >= 5);
    await client.signOut();
    await assert.rejects(client.keepalive(), (error) => error instanceof PortalProblemError && error.status === 401);
  });

  it('locks an invitation on the moved clock and opens it 15 minutes later', async () => {
    const client = createPortalClient({ apiBase });
    const token = sueToken();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await assert.rejects(client.verifyPin(token, { dateOfBirth: '1962-03-14', pin: '000000' }));
    }
    await assert.rejects(
      client.verifyPin(token, { dateOfBirth: '1962-03-14', pin: '482913' }),
      (error) => error.code === 'locked' && error.retryAfter === 900,
    );
    portal.clock.advance(15 * 60_000);
    assert.ok((await client.verifyPin(token, { dateOfBirth: '1962-03-14', pin: '482913' })).registrationToken);
  });

  it('answers the controls under __mock', async () => {
    const response = await fetch(`${apiBase}/__mock/outbox`);
    const { messages } = await response.json();
    assert.ok(messages.some((message) => message.kind === 'email' && message.to === 'Sue@gmail.com'));
  });
});
