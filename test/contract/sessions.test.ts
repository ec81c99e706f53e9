import { expect } from '@open-wc/testing';
import { type PortalProblemError } from '../../src/api/index.js';
import { HOUR, MINUTE, mockRules } from '../../src/mocks/index.js';
import { ana, freshMockPortal, rejection, testClient } from '../helpers/mock-portal.js';

const problemOf = async (promise: Promise<unknown>) => (await rejection(promise)) as PortalProblemError;

describe('contract: sign-in and sessions', () => {
  it('signs in a registered patient', async () => {
    await freshMockPortal();
    const session = await testClient().signIn({ username: ana.email, password: ana.password });
    expect(session.patientId).to.equal('p-c3f0a4');
    expect(session.accessToken).to.match(/^[A-Za-z0-9_-]{22,}$/);
    expect(session.idleTimeoutSeconds).to.equal(900);
  });

  it('gives one generic answer for an unknown username and a wrong password', async () => {
    await freshMockPortal();
    const client = testClient();
    const unknown = await problemOf(client.signIn({ username: 'nobody@example.com', password: ana.password }));
    const wrong = await problemOf(client.signIn({ username: ana.email, password: 'Riverside#2025' }));
    for (const problem of [unknown, wrong]) {
      expect(problem.status).to.equal(401);
      expect(problem.code).to.equal('invalid-credentials');
    }
    expect(unknown.title).to.equal(wrong.title);
    expect(unknown.detail).to.equal(wrong.detail);
    // The tries left are counted per username whether or not it exists: the count tells nothing either.
    expect([unknown.attemptsRemaining, wrong.attemptsRemaining]).to.deep.equal([4, 4]);
  });

  it('says the tries left before the pause, one fewer for each of a burst sent at once, and whom to call', async () => {
    await freshMockPortal();
    const client = testClient();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => problemOf(client.signIn({ username: ana.email, password: 'Wrong#Pass1' }))),
    );
    const refused = answers.filter((problem) => problem.status === 401).map((problem) => problem.attemptsRemaining);
    expect(refused.sort()).to.deep.equal([1, 2, 3, 4]);
    const paused = answers.filter((problem) => problem.status === 429);
    expect(paused).to.have.length(2);
    for (const problem of paused) {
      expect(problem.practice).to.deep.equal({ name: 'Riverside Family Medicine', phone: '(555) 201-0100' });
    }
  });

  it('pauses sign-in a minute after 5 failures in a row, for known and unknown usernames alike', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    for (const username of [ana.email, 'nobody@example.com']) {
      for (let attempt = 1; attempt < 5; attempt += 1) {
        expect((await problemOf(client.signIn({ username, password: 'Wrong#Pass1' }))).status).to.equal(401);
      }
      const locked = await problemOf(client.signIn({ username, password: 'Wrong#Pass1' }));
      expect(locked.status).to.equal(429);
      expect(locked.code).to.equal('locked');
      expect(locked.retryAfter).to.equal(60);
    }
    expect((await problemOf(client.signIn({ username: ana.email, password: ana.password }))).code).to.equal('locked');
    portal.clock.advance(MINUTE);
    expect((await client.signIn({ username: ana.email, password: ana.password })).patientId).to.equal('p-c3f0a4');
  });

  it('doubles the pause with each further failure, up to 15 minutes, and starts over after a success', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const wrong = () => problemOf(client.signIn({ username: ana.email, password: 'Wrong#Pass1' }));
    for (let attempt = 1; attempt < 5; attempt += 1) expect((await wrong()).status).to.equal(401);
    const pauses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const paused = await wrong();
      expect(paused.code).to.equal('locked');
      pauses.push(paused.retryAfter ?? 0);
      // A try while paused is refused without counting.
      expect((await wrong()).retryAfter).to.equal(paused.retryAfter);
      portal.clock.advance((paused.retryAfter ?? 0) * 1000);
    }
    expect(pauses).to.deep.equal([60, 120, 240, 480, 900, 900, 900]);
    expect((await client.signIn({ username: ana.email, password: ana.password })).patientId).to.equal('p-c3f0a4');
    for (let attempt = 1; attempt < 5; attempt += 1) expect((await wrong()).status).to.equal(401);
    expect((await wrong()).retryAfter).to.equal(60);
  });

  it('pauses the client that guessed, not the patient signing in from elsewhere', async () => {
    const portal = await freshMockPortal();
    const stranger = { language: 'en' as const, clientAddress: '203.0.113.9' };
    const patient = { language: 'en' as const, clientAddress: '198.51.100.7' };
    const signIn = (password: string, context: typeof stranger) =>
      portal.signIn({ username: ana.email, password }, context);
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn('Wrong#Pass1', stranger);
    expect((await signIn(ana.password, stranger)).status).to.equal(429);
    expect((await signIn(ana.password, patient)).status).to.equal(201);
    // Where the transport tells, the audit says who guessed.
    const failed = portal.audit.filter((event) => event.event === 'signin.failed');
    expect(failed.map((event) => event.clientAddress)).to.deep.equal(Array(5).fill('203.0.113.9'));
  });

  it('pauses a username for an hour after 100 failures spread over many clients', async () => {
    const portal = await freshMockPortal();
    const from = (index: number) => ({ language: 'en' as const, clientAddress: `198.51.100.${index}` });
    for (let index = 0; index < mockRules.signInAccountFailuresBeforeLock; index += 1) {
      expect((await portal.signIn({ username: ana.email, password: 'Wrong#Pass1' }, from(index))).status).to.be.oneOf([
        401, 429,
      ]);
    }
    const paused = await portal.signIn({ username: ana.email, password: ana.password }, from(200));
    expect(paused.status).to.equal(429);
    expect(paused.headers?.['Retry-After']).to.equal(String(HOUR / 1000));
    portal.clock.advance(HOUR);
    expect((await portal.signIn({ username: ana.email, password: ana.password }, from(200))).status).to.equal(201);
  });

  it('keeps at most 10,000 sign-in counters, however many usernames are guessed', async () => {
    const portal = await freshMockPortal();
    const context = { language: 'en' as const, clientAddress: '203.0.113.9' };
    for (let index = 0; index < 5_100; index += 1) {
      await portal.signIn({ username: `nobody.${index}@example.com`, password: 'Wrong#Pass1' }, context);
    }
    expect(portal.snapshot().signIns.length).to.equal(10_000);
  });

  it('keeps a session alive on activity and ends it after 15 idle minutes', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    client.session = await client.signIn({ username: ana.email, password: ana.password });
    portal.clock.advance(14 * MINUTE);
    const { expiresAt } = await client.keepalive();
    expect(Date.parse(expiresAt) - portal.clock.now()).to.be.closeTo(15 * MINUTE, 5000);
    portal.clock.advance(14 * MINUTE);
    await client.readPatient();
    portal.clock.advance(15 * MINUTE);
    const problem = await problemOf(client.keepalive());
    expect(problem.status).to.equal(401);
    expect(client.unauthorized).to.equal(1);
    expect(portal.audit.at(-1)).to.include({ event: 'session.ended', detail: 'idle' });
  });

  it('ends a session 12 hours after it started, however active', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    client.session = await client.signIn({ username: ana.email, password: ana.password });
    for (let elapsed = 0; elapsed < 12 * HOUR - 10 * MINUTE; elapsed += 10 * MINUTE) {
      portal.clock.advance(10 * MINUTE);
      await client.keepalive();
    }
    const { expiresAt } = await client.keepalive();
    expect(Date.parse(expiresAt) - portal.clock.now()).to.be.at.most(10 * MINUTE + 5000);
    portal.clock.advance(10 * MINUTE);
    expect((await problemOf(client.keepalive())).status).to.equal(401);
    expect(portal.audit.at(-1)).to.include({ event: 'session.ended', detail: 'expired' });
  });

  it('signs out on the server: the token no longer opens anything', async () => {
    await freshMockPortal();
    const client = testClient();
    client.session = await client.signIn({ username: ana.email, password: ana.password });
    await client.readPatient();
    await client.signOut();
    expect((await problemOf(client.readPatient())).status).to.equal(401);
    expect((await problemOf(client.keepalive())).status).to.equal(401);
    expect(client.unauthorized).to.equal(2);
  });

  it('refuses authenticated calls without a session before sending anything', async () => {
    await freshMockPortal();
    let sent = 0;
    const client = testClient({
      fetch: (input, init) => {
        sent += 1;
        return fetch(input, init);
      },
    });
    expect((await problemOf(client.keepalive())).status).to.equal(401);
    expect(sent).to.equal(0);
  });
});
