import { expect } from '@open-wc/testing';
import {
  isAbortError,
  PortalNetworkError,
  PortalProblemError,
  PortalResponseError,
  PortalTimeoutError,
} from '../../src/api/index.js';
import { freshMockPortal, invitationToken, rejection, sue, testClient } from '../helpers/mock-portal.js';

/** A client whose requests are counted, by method. */
const countingClient = (options: Parameters<typeof testClient>[0] = {}) => {
  const sent: string[] = [];
  const client = testClient({
    fetch: (input, init) => {
      sent.push(input instanceof Request ? input.method : (init?.method ?? 'GET'));
      return fetch(input, init);
    },
    ...options,
  });
  return { client, sent };
};

const pinBody = { dateOfBirth: sue.dateOfBirth, pin: sue.pin };

describe('contract: faults become typed errors', () => {
  it('retries a GET after a network error, and twice at most', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, sue.email);
    const { client, sent } = countingClient();
    portal.failNext({ kind: 'network' }, 'GET /invitations/:token');
    portal.failNext({ kind: 'network' }, 'GET /invitations/:token');
    expect((await client.getInvitation(token)).status).to.equal('pending');
    expect(sent).to.deep.equal(['GET', 'GET', 'GET']);

    portal.failRoute({ kind: 'network' }, 'GET /invitations/:token');
    sent.length = 0;
    expect(await rejection(client.getInvitation(token))).to.be.instanceOf(PortalNetworkError);
    expect(sent).to.have.length(3);
  });

  it('never sends a POST twice by itself', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, sue.email);
    const { client, sent } = countingClient();
    portal.failNext({ kind: 'network' });
    expect(await rejection(client.verifyPin(token, pinBody))).to.be.instanceOf(PortalNetworkError);
    portal.failNext({ kind: 'status', status: 503 });
    expect(((await rejection(client.verifyPin(token, pinBody))) as PortalProblemError).status).to.equal(503);
    expect(sent).to.deep.equal(['POST', 'POST']);
    // The next try is the patient's, and it works.
    expect((await client.verifyPin(token, pinBody)).registrationToken).to.be.a('string');
  });

  it('gives up after the timeout when the server never answers', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, sue.email);
    portal.failNext({ kind: 'delay', ms: 'infinite' });
    const error = await rejection(testClient({ timeout: 300 }).verifyPin(token, pinBody));
    expect(error).to.be.instanceOf(PortalTimeoutError);
    expect((error as PortalTimeoutError).timeoutMs).to.equal(300);
  });

  it('waits out a slow answer that comes within the timeout', async () => {
    const portal = await freshMockPortal();
    portal.failNext({ kind: 'delay', ms: 100 });
    expect((await testClient({ timeout: 5000 }).getPasswordPolicy()).minLength).to.equal(8);
  });

  it('keeps a stack trace or an HTML page out of the error', async () => {
    const portal = await freshMockPortal();
    const client = testClient({ retries: 0 });
    portal.failNext({ kind: 'status', status: 500, body: 'Error: boom\n    at Object.handler (/srv/app.js:12:3)' });
    const trace = (await rejection(client.getPasswordPolicy())) as PortalProblemError;
    expect(trace).to.be.instanceOf(PortalProblemError);
    expect(trace.code).to.equal('server-error');
    expect(`${trace.message} ${trace.title} ${trace.detail ?? ''}`).to.not.contain('app.js');

    portal.failNext({
      kind: 'status',
      status: 502,
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      contentType: 'text/html',
    });
    const gateway = (await rejection(client.getPasswordPolicy())) as PortalProblemError;
    expect(gateway.status).to.equal(502);
    expect(`${gateway.message} ${gateway.title}`).to.not.contain('<');
  });

  it('surfaces Retry-After on a 429', async () => {
    const portal = await freshMockPortal();
    portal.failNext({ kind: 'status', status: 429, retryAfter: 42, body: 'slow down' });
    const error = (await rejection(testClient().getPasswordPolicy())) as PortalProblemError;
    expect(error.status).to.equal(429);
    expect(error.retryAfter).to.equal(42);
  });

  it('fails closed on a malformed body and on a body of the wrong shape', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, sue.email);
    portal.failNext({ kind: 'malformed' });
    expect(await rejection(testClient().getInvitation(token))).to.be.instanceOf(PortalResponseError);
    portal.failNext({ kind: 'wrong-shape' });
    const shape = (await rejection(testClient().getInvitation(token))) as PortalResponseError;
    expect(shape).to.be.instanceOf(PortalResponseError);
    expect(shape.paths).to.include.members(['status', 'practice', 'expiresAt', 'methods']);
  });

  it('turns an abort into an AbortError, not a failure', async () => {
    const portal = await freshMockPortal();
    portal.failNext({ kind: 'delay', ms: 'infinite' });
    const controller = new AbortController();
    const pending = testClient().getPasswordPolicy({ signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(isAbortError(error)).to.equal(true);
  });

  it('keeps a route failing until the faults are cleared', async () => {
    const portal = await freshMockPortal();
    const client = testClient({ retries: 0 });
    portal.failRoute({ kind: 'status', status: 500 }, 'GET /password-policy');
    for (let call = 0; call < 3; call += 1)
      expect(await rejection(client.getPasswordPolicy())).to.be.instanceOf(PortalProblemError);
    expect((await client.getSecurityQuestions()).length).to.be.greaterThan(0);
    portal.clearFaults();
    expect((await client.getPasswordPolicy()).minLength).to.equal(8);
  });

  it('marks every answer no-store', async () => {
    const portal = await freshMockPortal();
    const response = await fetch(`/api/portal/invitations/${invitationToken(portal, sue.email)}`);
    expect(response.headers.get('Cache-Control')).to.equal('no-store');
    const problem = await fetch('/api/portal/invitations/nope');
    expect(problem.headers.get('Content-Type')).to.equal('application/problem+json');
    expect(problem.headers.get('Cache-Control')).to.equal('no-store');
  });
});

describe('mock controls over HTTP', () => {
  it('answers the outbox, resets, moves the clock and injects faults', async () => {
    const portal = await freshMockPortal();
    const { messages } = (await (await fetch('/api/portal/__mock/outbox')).json()) as {
      messages: { kind: string; to: string; link?: string }[];
    };
    expect(messages.some((message) => message.kind === 'email' && message.to === sue.email && message.link)).to.equal(
      true,
    );

    const before = portal.clock.now();
    const clock = await fetch('/api/portal/__mock/clock', {
      method: 'POST',
      body: JSON.stringify({ advanceSeconds: 3600 }),
    });
    expect(clock.status).to.equal(200);
    expect(portal.clock.now() - before).to.be.at.least(3600_000);

    const fault = await fetch('/api/portal/__mock/faults', {
      method: 'POST',
      body: JSON.stringify({ route: 'GET /password-policy', fault: { kind: 'status', status: 503 } }),
    });
    expect(fault.status).to.equal(200);
    expect(((await rejection(testClient({ retries: 0 }).getPasswordPolicy())) as PortalProblemError).status).to.equal(
      503,
    );

    const oldToken = invitationToken(portal, sue.email);
    const invite = await fetch('/api/portal/__mock/invitations', {
      method: 'POST',
      body: JSON.stringify({ patient: sue.email }),
    });
    const { pin } = (await invite.json()) as { pin: string };
    expect(pin).to.match(/^\d{6}$/);
    expect(invitationToken(portal, sue.email)).to.not.equal(oldToken);

    expect((await fetch('/api/portal/__mock/reset', { method: 'POST' })).status).to.equal(204);
    expect(portal.clock.offsetMs).to.equal(0);
    expect(portal.outbox.filter((message) => message.to === sue.email)).to.have.length(1);
  });
});
