/**
 * Sign-in and sessions (the README's "The mock portal"): tries counted per username and client with growing pauses, a ceiling per
 * username, idle and absolute limits, and a sign-out that ends the token on the server.
 */
import { SignInRequestSchema } from '../api/schemas.js';
import { isWellFormed, usernameKey } from '../internal/validation.js';
import { SECOND } from './clock.js';
import { type PortalCore, iso } from './core.js';
import { randomToken, verifySecret } from './crypto.js';
import { giveBack, newTryCounter, takeTry, type TryCounter } from './limits.js';
import { readRequest, validationProblem } from './requests.js';
import { json, type MockRequestContext, type MockResponse, problem } from './responses.js';
import { maxSignInCounters, mockRules, signInAccountLimit, signInLimit } from './rules.js';
import type { SessionState } from './state.js';

/** A new session as the API answers it. */
export interface StartedSession {
  accessToken: string;
  patientId: string;
  expiresAt: string;
  idleTimeoutSeconds: number;
}

export class SessionFlow {
  private readonly core: PortalCore;

  constructor(core: PortalCore) {
    this.core = core;
  }

  async signIn(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const { input, errors } = readRequest(
      SignInRequestSchema,
      body,
      {
        username: (value) => (usernameKey(value) ? undefined : 'required'),
        password: (value) => (value ? undefined : 'required'),
      },
      context,
    );
    if (!input) return validationProblem(errors, context);
    const key = usernameKey(input.username);
    const rawPassword = input.password;
    // As at account creation: NFKC, and a lone surrogate never matches (it would hash as U+FFFD).
    const password = rawPassword.normalize('NFKC');
    // Tries are counted per username whether or not it exists, so a pause reveals nothing either; per client (the
    // address the transport gives), so a stranger's guesses do not keep the patient out, and per username across
    // clients, a ceiling for guesses spread over many addresses. Taken before the password is compared.
    const now = core.clock.now();
    const counters = [
      this.signInCounter(`client ${context.clientAddress ?? 'unknown'} ${key}`),
      this.signInCounter(`account ${key}`),
    ] as const;
    const limits = [signInLimit, signInAccountLimit] as const;
    const pausedUntil = Math.max(
      ...counters.map((counter) =>
        counter.lockedUntil !== undefined && now < counter.lockedUntil ? counter.lockedUntil : 0,
      ),
    );
    if (pausedUntil) return core.lockedResponse(pausedUntil, context);
    const left = Math.min(
      ...counters.map((counter, index) => {
        const taken = takeTry(counter, limits[index] ?? signInLimit, now);
        return taken.taken ? taken.left : 0;
      }),
    );
    core.changed();
    const account = core.state.accounts.find((candidate) => candidate.usernameKey === key);
    // An unknown username is hashed too: the answer takes as long as for a known one.
    const matches = await verifySecret(password, account?.passwordHash ?? (await core.decoyHash()));
    if (!account || !matches || !isWellFormed(rawPassword)) {
      core.log('signin.failed', account?.patientId, undefined, context);
      if (left <= 0) {
        core.log('signin.locked', account?.patientId, undefined, context);
        core.changed();
        const until = Math.max(...counters.map((counter) => counter.lockedUntil ?? now));
        return core.lockedResponse(until, context);
      }
      core.changed();
      return problem(401, 'invalid-credentials', context, { attemptsRemaining: left });
    }
    for (const counter of counters) giveBack(counter);
    return json(201, { session: await this.start(account.patientId) });
  }

  async keepalive(context: MockRequestContext): Promise<MockResponse> {
    const session = await this.live(context);
    if (!session) return problem(401, 'unauthorized', context);
    this.core.changed();
    return json(200, { expiresAt: iso(this.expiresAt(session)) });
  }

  async signOut(context: MockRequestContext): Promise<MockResponse> {
    const session = await this.live(context);
    if (session) {
      session.endedAt = this.core.clock.now();
      this.core.log('session.ended', session.patientId, 'signed-out');
      this.core.changed();
    }
    return { status: 204 };
  }

  /** The patient a bearer token belongs to, or `undefined` when the session is gone. */
  async patientOf(context: MockRequestContext): Promise<string | undefined> {
    const session = await this.live(context);
    if (session) this.core.changed();
    return session?.patientId;
  }

  /** A new session for the patient: the token is handed out once and kept only as its hash. */
  async start(patientId: string): Promise<StartedSession> {
    const { core } = this;
    const token = randomToken();
    const now = core.clock.now();
    const session: SessionState = {
      tokenHash: await core.tokenHash(token),
      patientId,
      createdAt: now,
      lastSeenAt: now,
    };
    core.state.sessions.push(session);
    core.log('session.started', patientId);
    core.changed();
    return {
      accessToken: token,
      patientId,
      expiresAt: iso(this.expiresAt(session)),
      idleTimeoutSeconds: mockRules.sessionIdleMs / SECOND,
    };
  }

  /** Ends every live session of a patient on the server, saying why in the audit log. */
  endAll(patientId: string, reason: string): void {
    const now = this.core.clock.now();
    for (const session of this.core.state.sessions) {
      if (session.patientId === patientId && session.endedAt === undefined) {
        session.endedAt = now;
        this.core.log('session.ended', patientId, reason);
      }
    }
  }

  /** Lifts every pause of sign-in for a username, from every client (a password set by recovery). */
  liftPauses(usernameKey: string): void {
    const state = this.core.state;
    state.signIns = state.signIns.filter(
      ([key]) => key !== `account ${usernameKey}` && !(key.startsWith('client ') && key.endsWith(` ${usernameKey}`)),
    );
  }

  private expiresAt(session: SessionState): number {
    return Math.min(session.lastSeenAt + mockRules.sessionIdleMs, session.createdAt + mockRules.sessionAbsoluteMs);
  }

  /** The session a request's token names, touched, when it is still alive. */
  private async live(context: MockRequestContext): Promise<SessionState | undefined> {
    const { core } = this;
    if (!context.accessToken) return undefined;
    const hash = await core.tokenHash(context.accessToken);
    const session = core.state.sessions.find((candidate) => candidate.tokenHash === hash);
    if (!session || session.endedAt !== undefined) return undefined;
    const now = core.clock.now();
    if (now >= this.expiresAt(session)) {
      session.endedAt = now;
      const idle = now >= session.lastSeenAt + mockRules.sessionIdleMs;
      core.log('session.ended', session.patientId, idle ? 'idle' : 'expired');
      core.changed();
      return undefined;
    }
    session.lastSeenAt = now;
    return session;
  }

  /** A sign-in counter; the mock keeps at most `maxSignInCounters`, dropping the oldest that pause nothing. */
  private signInCounter(key: string): TryCounter {
    const { state } = this.core;
    const found = state.signIns.find(([candidate]) => candidate === key);
    if (found) return found[1];
    if (state.signIns.length >= maxSignInCounters) {
      const now = this.core.clock.now();
      const idle = state.signIns.findIndex(([, counter]) => !counter.lockedUntil || counter.lockedUntil <= now);
      state.signIns.splice(idle === -1 ? 0 : idle, 1);
    }
    const counter = newTryCounter();
    state.signIns.push([key, counter]);
    return counter;
  }
}
