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
  securityQuestionId: string;
  securityAnswerHash: string;
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
  version: 4;
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
  outbox: OutboxMessage[];
  audit: AuditEvent[];
  faults: MockFaultRule[];
  nextId: number;
}
