/**
 * What every flow of the mock portal shares: the state, the clock, the practice and its settings, the audit log,
 * the outbox and the hashes. The flows (`invitations.ts`, `accounts.ts`, `sessions.ts`) read and change the state
 * only through this; `portal.ts` puts them together.
 */
import type { PasswordPolicy, Practice, ProblemCode } from '../api/schemas.js';
import { HOUR, MockClock, SECOND } from './clock.js';
import { hashSecret, hashToken, randomToken } from './crypto.js';
import { type MockRequestContext, type MockResponse, problem } from './responses.js';
import { mockRules } from './rules.js';
import type { MockPortalSnapshot, OutboxMessage, PatientSecrets } from './state.js';
import { type SeedPatient, seedPatients, seedPractice, seedSecurityQuestions } from './seed/patients.js';
import type { MockLanguage } from './texts.js';

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoDay = (ms: number): string => iso(ms).slice(0, 10);

/** A security question's words in each language the mock speaks. */
export type SecurityQuestionTexts = { id: string } & Record<MockLanguage, string>;

export const seedQuestions = (): SecurityQuestionTexts[] => seedSecurityQuestions.map((question) => ({ ...question }));

/** The patient of a seeded id (every id in the state is one). */
export function seededPatient(id: string): SeedPatient {
  const patient = seedPatients.find((candidate) => candidate.id === id);
  if (!patient) throw new Error(`Unknown patient ${id}`);
  return patient;
}

export interface PortalCoreOptions {
  /** Where the registration emails' button points. */
  registrationUrl: string;
  /** PBKDF2 iterations for guessable secrets. */
  iterations: number;
  /** The password policy `reset()` restores. */
  passwordPolicy: PasswordPolicy;
}

export class PortalCore {
  readonly clock = new MockClock();
  readonly practice: Practice = { ...seedPractice };
  readonly passwordPolicy: PasswordPolicy;
  readonly securityQuestions: SecurityQuestionTexts[] = seedQuestions();
  /** The state; replaced whole by `reset()` and `restore()`, so a flow reads it here each time. */
  state!: MockPortalSnapshot;
  private readonly listeners = new Set<() => void>();
  /**
   * A hash of nothing anyone knows, compared against when there is no secret, so the answer takes as long. Made at
   * once, so the first request that needs it does no more work than any other.
   */
  private readonly decoy: Promise<string>;

  readonly options: PortalCoreOptions;

  constructor(options: PortalCoreOptions) {
    this.options = options;
    this.passwordPolicy = { ...options.passwordPolicy };
    this.decoy = this.hash(randomToken());
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** An audit event, without secrets, with where the request came from when the transport says. */
  log(event: string, patientId?: string, detail?: string, context?: MockRequestContext): void {
    this.state.audit.push({
      at: iso(this.clock.now()),
      event,
      ...(patientId ? { patientId } : {}),
      ...(detail ? { detail } : {}),
      ...(context?.clientAddress ? { clientAddress: context.clientAddress } : {}),
      ...(context?.userAgent ? { userAgent: context.userAgent } : {}),
    });
  }

  nextId(prefix: string): string {
    return `${prefix}-${this.state.nextId++}`;
  }

  /** Puts a message in the outbox (the mock's email, text and voice). */
  send(message: Omit<OutboxMessage, 'id' | 'sentAt'>, sentAt = this.clock.now()): OutboxMessage {
    const sent = { ...message, id: this.nextId('msg'), sentAt: iso(sentAt) };
    this.state.outbox.push(sent);
    return sent;
  }

  /** A token as stored: an HMAC with the state's pepper (see `crypto.ts`). */
  tokenHash(token: string): Promise<string> {
    return hashToken(token, this.state.pepper);
  }

  /** A guessable secret as stored: PBKDF2 with its own salt (see `crypto.ts`). */
  hash(secret: string): Promise<string> {
    return hashSecret(secret, this.options.iterations);
  }

  decoyHash(): Promise<string> {
    return this.decoy;
  }

  secretsOf(patientId: string): PatientSecrets {
    const entry = this.state.secrets.find(([id]) => id === patientId);
    if (!entry) throw new Error(`No secrets for ${patientId}`);
    return entry[1];
  }

  /** A 429 `locked` answer that says when tries open again. */
  lockedResponse(until: number, context: MockRequestContext): MockResponse {
    return problem(429, 'locked', context, {
      retryAfter: Math.max(1, Math.ceil((until - this.clock.now()) / SECOND)),
      practice: { ...this.practice },
    });
  }

  /**
   * One more code (or username) sent to what `sentAt` counts, if the rules allow it: one every 30 s, 5 an hour.
   * Answers the times to keep (the last hour's, and now), or the 429 that says when to ask again.
   */
  nextSend(sentAt: readonly number[], context: MockRequestContext): number[] | MockResponse {
    const now = this.clock.now();
    const last = sentAt.at(-1);
    if (last !== undefined && now - last < mockRules.codeResendAfterMs) {
      return problem(429, 'resend-too-soon', context, {
        retryAfter: Math.ceil((last + mockRules.codeResendAfterMs - now) / SECOND),
      });
    }
    const lastHour = sentAt.filter((time) => now - time < HOUR);
    if (lastHour.length >= mockRules.codesPerHour) {
      const oldest = lastHour[0] ?? now;
      return problem(429, 'too-many-codes', context, { retryAfter: Math.ceil((oldest + HOUR - now) / SECOND) });
    }
    return [...lastHour, now];
  }

  /** A link that no longer works: only the practice can send a new one, so the answer says how to reach it. */
  linkProblem(status: 404 | 410, code: ProblemCode, context: MockRequestContext): MockResponse {
    return problem(status, code, context, { practice: { ...this.practice } });
  }
}
