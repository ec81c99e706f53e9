/** Test helpers: one mock portal per test page, reset before each test, and clients that talk to it. */
import {
  createPortalClient,
  type CreateAccountRequest,
  type PortalClient,
  type PortalClientOptions,
  type Session,
} from '../../src/api/index.js';
import { type MockPortal, type OutboxMessage, startMockPortal } from '../../src/mocks/index.js';

let running: Promise<MockPortal> | undefined;

/**
 * PBKDF2 iterations in tests: fewer than the mock's default (OWASP's 600,000) so that seeding before every test stays
 * fast. `test/contract/mock-persistence.test.ts` checks the real cost.
 */
export const testHashIterations = 1_000;

/** The page's mock portal, started once and reset to the seed (and a real-time clock) on every call. */
export async function freshMockPortal(): Promise<MockPortal> {
  running ??= startMockPortal({ persist: false, secretHashIterations: testHashIterations }).then(
    ({ portal }) => portal,
  );
  const portal = await running;
  await portal.reset();
  return portal;
}

/**
 * A client whose answers to the requests `hold` picks wait until the test calls `release`, as on a phone's slow
 * network (the request reaches the mock at once; only its answer waits). A request whose signal fires is dropped at
 * once, as the browser drops it, and one given up before it was sent is not sent. Every request it sends is listed in
 * `sent` as `METHOD /path` and in `requests` (with its signal), and `posts()` lists those that are not reads.
 */
export function heldClient(hold: (request: Request) => boolean, options: PortalClientOptions = {}) {
  const sent: string[] = [];
  const requests: Request[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const client = testClient({
    retries: 0,
    ...options,
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (request.signal.aborted) return Promise.reject(request.signal.reason as Error);
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      requests.push(request);
      const answer = fetch(request.clone());
      // Dropped, its answer is not the page's to read: that it fails too is expected.
      answer.catch(() => undefined);
      return new Promise<Response>((resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true });
        void (hold(request) ? released : Promise.resolve()).then(() => resolve(answer));
      });
    },
  });
  return { client, sent, requests, release, posts: () => sent.filter((line) => !line.startsWith('GET ')) };
}

/** A client with a session slot the test can fill, and a count of the 401s it was told about. */
export interface TestClient extends PortalClient {
  session: Session | undefined;
  unauthorized: number;
}

export function testClient(options: PortalClientOptions = {}): TestClient {
  const holder = { session: undefined as Session | undefined, unauthorized: 0 };
  const client = createPortalClient({
    session: () => holder.session,
    onUnauthorized: () => {
      holder.unauthorized += 1;
    },
    ...options,
  });
  return {
    ...client,
    get session() {
      return holder.session;
    },
    set session(value: Session | undefined) {
      holder.session = value;
    },
    get unauthorized() {
      return holder.unauthorized;
    },
  };
}

/** The last message of a kind sent to someone. */
export function lastMessage(portal: MockPortal, kind: OutboxMessage['kind'], to: string): OutboxMessage | undefined {
  return portal.outbox
    .filter((message) => message.kind === kind && message.to.toLowerCase() === to.toLowerCase())
    .at(-1);
}

/** The invitation token of the last registration email sent to an address. */
export function invitationToken(portal: MockPortal, email: string): string {
  const link = lastMessage(portal, 'email', email)?.link;
  const token = link ? new URL(link, location.href).searchParams.get('invitation') : null;
  if (!token) throw new Error(`No invitation email for ${email}`);
  return token;
}

/** The rejection of a promise that must reject. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, and it succeeded');
}

export const sue = { email: 'Sue@gmail.com', dateOfBirth: '1962-03-14', pin: '482913', phone: '(555) 201-4477' };
export const marcus = { email: 'marcus.reed@example.com', dateOfBirth: '1979-11-02', phone: '555-310-8820' };
export const ana = { email: 'ana.garcia@example.com', password: 'Riverside#2024' };
export const minutes = (count: number) => count * 60_000;

/** Sue verified by date of birth and PIN, with a builder of her account request (change any field). */
export async function verifiedSue() {
  const portal = await freshMockPortal();
  const client = testClient();
  const token = invitationToken(portal, sue.email);
  const { registrationToken } = await client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin: sue.pin });
  const request = (changes: Partial<CreateAccountRequest> = {}): CreateAccountRequest => ({
    registrationToken,
    username: 'Sue@gmail.com',
    password: 'Blue-Heron-42',
    securityQuestionId: 'first-pet',
    securityAnswer: 'Biscuit',
    acceptedTerms: true,
    ...changes,
  });
  return { portal, client, token, request };
}

/** Sue with a new account (she has none in the seed) and a client holding her session. */
export async function sueSignedUp() {
  const { portal, client, request } = await verifiedSue();
  client.session = await client.createAccount(request());
  return { portal, client };
}

/** A pre-registered patient (they share the seed's password), signed in. */
export async function signedIn(username: string) {
  const portal = await freshMockPortal();
  const client = testClient();
  client.session = await client.signIn({ username, password: ana.password });
  return { portal, client };
}

/**
 * The PBKDF2 derivations a call makes (the mock runs in this page): the same work with or without a secret, counted
 * rather than timed.
 */
export async function derivationsDuring(call: () => Promise<unknown>): Promise<number> {
  const subtle = crypto.subtle;
  const original = subtle.deriveBits.bind(subtle);
  let count = 0;
  subtle.deriveBits = (...args: Parameters<SubtleCrypto['deriveBits']>) => {
    count += 1;
    return original(...args);
  };
  try {
    await call();
  } finally {
    subtle.deriveBits = original;
  }
  return count;
}
