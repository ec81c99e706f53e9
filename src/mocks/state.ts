/** Everything the mock portal remembers, as plain JSON (the browser keeps it across the demo's pages). */
import type { TryCounter } from './limits.js';

/** A message the mock "sent": an invitation email, a text or a voice call. */
export interface OutboxMessage {
  id: string;
  kind: 'email' | 'sms' | 'voice';
  to: string;
  subject?: string;
  body: string;
  link?: string;
  code?: string;
  sentAt: string;
}

export interface AuditEvent {
  at: string;
  event: string;
  patientId?: string;
  /** A short, secret-free description (never a PIN, code, password, answer or token). */
  detail?: string;
  /** Where the request came from and what sent it, when the transport tells (the HTTP mock server does). */
  clientAddress?: string;
  userAgent?: string;
}

/** Something to go wrong on purpose: a dropped connection, a slow or endless answer, an error, a broken body. */
export type MockFault =
  | { kind: 'network' }
  | { kind: 'delay'; ms: number | 'infinite' }
  | { kind: 'status'; status: number; body?: string; contentType?: string; retryAfter?: number }
  | { kind: 'malformed' }
  | { kind: 'wrong-shape' };

export const mockFaultKinds = ['network', 'delay', 'status', 'malformed', 'wrong-shape'] as const;

export interface MockFaultRule {
  fault: MockFault;
  /** The route it hits (`'POST /invitations/:token/verify'`, `'GET /fhir/:type'`, ...); every route when absent. */
  route?: string;
  /** How many more calls it hits; `null` until the faults are cleared. */
  times: number | null;
}

export interface CodeState {
  hash: string;
  channel: 'sms' | 'voice';
  expiresAt: number;
  used: boolean;
}

export interface InvitationState {
  id: string;
  tokenHash: string;
  patientId: string;
  createdAt: number;
  expiresAt: number;
  usedAt?: number;
  voidedAt?: number;
  /** Voided after too many failures: only a new invitation from the practice opens registration again. */
  revokedAt?: number;
  tries: TryCounter;
  code?: CodeState;
  codeSentAt: number[];
}

export interface RegistrationState {
  tokenHash: string;
  invitationId: string;
  patientId: string;
  expiresAt: number;
  usedAt?: number;
  /** `username-taken` answers given to this token. */
  usernameProbes: number;
}

export interface AccountState {
  patientId: string;
  username: string;
  usernameKey: string;
  passwordHash: string;
  /** The passwords before this one (newest first, at most `mockRules.recentPasswords - 1`), hashed. */
  previousPasswordHashes?: string[];
  securityQuestionId: string;
  securityAnswerHash: string;
}

export interface RecoveryCodeState {
  hash: string;
  channel: 'email' | 'sms' | 'voice';
  expiresAt: number;
  used: boolean;
}

/** A password recovery under way; its token is kept only as its hash. */
export interface RecoveryState {
  tokenHash: string;
  /** Whose account: absent when nothing matched (the same steps follow, and no code is ever right). */
  patientId?: string;
  /** What its codes and tries are counted by (see `RecoveryLimitState`). */
  key: string;
  /** Where a code can go, masked, as the first answer said. */
  destinations: { email?: string; phone?: string };
  createdAt: number;
  expiresAt: number;
  stage: 'started' | 'code-verified' | 'answered';
  /** Used up (the password was set), or given up (a lock, a newer recovery's success). */
  endedAt?: number;
  code?: RecoveryCodeState;
}

/**
 * The codes and tries of recovery for one account (`patient <id>`), or for words that match none (`unknown <key>`):
 * counted across recoveries, so starting again gives no new tries.
 */
export interface RecoveryLimitState {
  key: string;
  codeSentAt: number[];
  codeTries: TryCounter;
  answerTries: TryCounter;
  /** Past the ceiling of failures: only the practice opens recovery again ("reset my access"). */
  closedAt?: number;
}

export interface SessionState {
  tokenHash: string;
  patientId: string;
  createdAt: number;
  lastSeenAt: number;
  endedAt?: number;
}

export interface PatientSecrets {
  pinHash?: string;
}

/** Everything the mock remembers, as plain JSON so the browser can keep it across the demo's pages. */
export interface MockPortalSnapshot {
  version: 5;
  clockOffsetMs: number;
  pepper: string;
  seededAt: number;
  invitations: InvitationState[];
  registrations: RegistrationState[];
  accounts: AccountState[];
  sessions: SessionState[];
  signIns: [string, TryCounter][];
  /** The usernames of accounts the practice reset, suggested again at the next registration. */
  formerUsernames: [string, string][];
  secrets: [string, PatientSecrets][];
  recoveries: RecoveryState[];
  recoveryLimits: RecoveryLimitState[];
  /** When a username was last asked for, by the email or phone it was asked for (`email <key>`, `phone <digits>`). */
  usernameRequests: [string, number[]][];
  outbox: OutboxMessage[];
  audit: AuditEvent[];
  faults: MockFaultRule[];
  nextId: number;
}
