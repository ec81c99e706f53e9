import { expect } from '@open-wc/testing';
import { createPortalClient } from './client.js';
import type { Invitation, PasswordPolicy, SecurityQuestion } from './schemas.js';

/**
 * A read that needs nothing but its path (the invitation, the security questions, the password rules), made before the
 * client's transport (ky, zod/mini) has arrived, is sent at once, not once the transport has downloaded: the identity
 * form's link is checked a round trip sooner on a slow network. The transport then takes the answer over, as if it
 * had sent the request itself: one request, its retries, its signal. This file runs in a page of its own, before
 * anything else loaded the transport: every call is made as the page starts.
 */
const loaded = (pattern: RegExp) =>
  performance.getEntriesByType('resource').some((entry) => pattern.test(new URL(entry.name).pathname));
const transportFile = /\/src\/api\/transport\.ts$/;

const invitation: Invitation = {
  status: 'pending',
  practice: { name: 'Riverside Family Medicine', phone: '(555) 010-0100' },
  expiresAt: '2030-01-01T00:00:00Z',
  methods: ['pin'],
};
const policy: PasswordPolicy = {
  minLength: 8,
  maxLength: 128,
  requireUppercase: true,
  requireNumberOrSymbol: true,
  disallowCommon: true,
  disallowPersonalInfo: true,
};
const questions: SecurityQuestion[] = [{ id: 'first-pet', text: 'What was the name of your first pet?' }];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Every request sent, as the page's fetch got it, with what the transport had done by then. */
const sent: { request: Request; transportLoaded: boolean }[] = [];
const named = (path: string) => sent.filter(({ request }) => new URL(request.url).pathname === path);
let policyTries = 0;
/** A portal whose answers come when the test says (`answer`), or at once. */
const held = new Map<string, () => void>();
const portalFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  // As the browser's fetch: a request given up before it is sent is not sent.
  if (request.signal.aborted) throw request.signal.reason as Error;
  sent.push({ request, transportLoaded: loaded(transportFile) });
  const path = new URL(request.url).pathname;
  if (path === '/api/invitations/held-link') {
    return new Promise<Response>((resolve, reject) => {
      held.set(path, () => resolve(json(invitation)));
      request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
    });
  }
  if (path.startsWith('/api/invitations/')) return json(invitation);
  if (path === '/api/password-policy') {
    policyTries += 1;
    return policyTries === 1 ? json({ title: 'down' }, 503) : json(policy);
  }
  if (path === '/api/security-questions') return json(questions);
  return json({}, 404);
};

let language = 'en';
const client = createPortalClient({ apiBase: 'https://portal.example/api/', fetch: portalFetch });
const speaking = createPortalClient({
  apiBase: 'https://portal.example/api/',
  fetch: portalFetch,
  locale: () => language,
});

// The calls, made as the page starts (the transport was asked for just now, by the clients above).
const sentAtOnce = { before: sent.length, after: 0 };
const reads = {
  invitation: client.getInvitation('link one'),
  policy: client.getPasswordPolicy(),
};
sentAtOnce.after = sent.length;
const givenUp = new AbortController();
const abandoned = client.getInvitation('held-link', { signal: givenUp.signal }).catch((error: unknown) => error);
givenUp.abort();
// The same link, read again once a first read was given up (an element taken off the page and put back).
const leftBehind = new AbortController();
const readFirst = client.getInvitation('read again', { signal: leftBehind.signal }).catch((error: unknown) => error);
leftBehind.abort();
const readAgain = client.getInvitation('read again');
const inSpanish = speaking.getSecurityQuestions();
// The patient switched to Spanish while the transport was on its way.
language = 'es';
const post = client
  .verifyPin('link one', { dateOfBirth: '1962-03-14', pin: '482913' })
  .catch((error: unknown) => error);

describe('a read made before the client’s transport arrives', () => {
  it('is sent at once, before the transport has arrived, and answered through it: one request', async () => {
    expect(sentAtOnce.after - sentAtOnce.before, 'sent as the calls were made').to.equal(2);
    const [first] = named('/api/invitations/link%20one');
    expect(first?.transportLoaded, 'the transport had not arrived').to.equal(false);
    expect(first?.request.method).to.equal('GET');
    expect(first?.request.headers.get('Accept')).to.equal('application/json, application/problem+json');
    expect(first?.request.cache).to.equal('no-store');
    expect(first?.request.credentials).to.equal('same-origin');

    expect(await reads.invitation).to.deep.equal(invitation);
    expect(named('/api/invitations/link%20one'), 'no second request').to.have.length(1);
  });

  it('is tried again by the transport when its early answer is a 503, as any read is', async () => {
    expect(await reads.policy).to.deep.equal(policy);
    const tries = named('/api/password-policy');
    expect(tries).to.have.length(2);
    expect(tries[0]?.transportLoaded, 'the first try went before the transport').to.equal(false);
    expect(tries[1]?.transportLoaded, 'the second, by the transport').to.equal(true);
  });

  it('stops its request when the caller gives it up, and sends no other', async () => {
    const error = (await abandoned) as Error;
    expect(error.name).to.equal('AbortError');
    const requests = named('/api/invitations/held-link');
    expect(requests).to.have.length(1);
    expect(requests[0]?.request.signal.aborted, 'the early request stopped').to.equal(true);
  });

  it('is not taken by a call given up before the transport arrived: the same read made again gets it', async () => {
    expect(((await readFirst) as Error).name).to.equal('AbortError');
    expect(await readAgain).to.deep.equal(invitation);
    const requests = named('/api/invitations/read%20again');
    expect(requests.map(({ request }) => request.signal.aborted)).to.deep.equal([true, false]);
  });

  it('is stopped, and the transport’s own sent, when the language changed before the transport arrived', async () => {
    expect(await inSpanish).to.deep.equal(questions);
    const requests = named('/api/security-questions');
    expect(requests.map(({ request }) => request.headers.get('Accept-Language'))).to.deep.equal(['en', 'es']);
    expect(requests[0]?.request.signal.aborted, 'the early request in English stopped').to.equal(true);
    expect(requests[1]?.request.signal.aborted).to.equal(false);
  });

  it('leaves a call that sends a body to the transport, which sends it once, body and all', async () => {
    await post;
    const posts = named('/api/invitations/link%20one/verify');
    expect(posts).to.have.length(1);
    expect(posts[0]?.transportLoaded).to.equal(true);
    expect(await posts[0]?.request.json()).to.deep.equal({ dateOfBirth: '1962-03-14', pin: '482913' });
  });
});
