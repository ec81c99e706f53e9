/**
 * The mock portal (the README's "The mock portal"), free of HTTP: each public operation takes what a request carried and answers a
 * `MockResponse`; `handlers.ts` puts it behind MSW. A reader finds each part in its own module:
 *
 * - `invitations.ts`: the link, the date of birth and PIN, codes, the lock and the ceiling;
 * - `accounts.ts`: the account step, the password and username rules, resetting access;
 * - `sessions.ts`: sign-in and its pauses, sessions and sign-out;
 * - `recovery.ts`: a forgotten password (a code, the security question, a new password) and a forgotten username;
 * - `rules.ts` the numbers and password rules, `limits.ts` how tries are counted, `requests.ts` how bodies are
 *   read, `responses.ts` the answers, `state.ts` what is remembered, `faults.ts` faults on purpose, `fhir.ts` records.
 *
 * Secrets are kept only as slow salted hashes; the audit log never holds one.
 */
import type { PasswordPolicy, Practice } from '../api/schemas.js';
import { usernameKey } from '../internal/validation.js';
import { AccountFlow } from './accounts.js';
import { DAY, type MockClock } from './clock.js';
import { randomDigits, randomToken, secretHashIterations } from './crypto.js';
import { PortalCore, type SecurityQuestionTexts, seedQuestions } from './core.js';
import { addFault, takeFault } from './faults.js';
import { MockFhirServer } from './fhir.js';
import { InvitationFlow } from './invitations.js';
import { RecoveryFlow } from './recovery.js';
import type { MockRequestContext, MockResponse } from './responses.js';
import { defaultPasswordPolicy } from './rules.js';
import { SessionFlow } from './sessions.js';
import type { AuditEvent, MockFault, MockFaultRule, MockPortalSnapshot, OutboxMessage } from './state.js';
import { type SeedPatient, seedPatients, seedPractice } from './seed/patients.js';

export type { SecurityQuestionTexts } from './core.js';
export { maskPhone } from './invitations.js';
export type { MockRequestContext, MockResponse } from './responses.js';
export { defaultPasswordPolicy, mockRules, nistPasswordPolicy, securityAnswerMaxLength } from './rules.js';
export {
  mockFaultKinds,
  type AuditEvent,
  type MockFault,
  type MockFaultRule,
  type MockPortalSnapshot,
  type OutboxMessage,
} from './state.js';

export interface MockPortalOptions {
  /** Where the registration emails' "Create your account" button points; the token is added as `invitation`. */
  registrationUrl?: string;
  /**
   * PBKDF2 iterations for PINs, codes, passwords and security answers: OWASP's 600,000 unless a test asks for fewer
   * (the test suite and the stories do, to stay fast; the demo and `npx pf-portal-mock` keep the real cost).
   */
  secretHashIterations?: number;
  /** The password policy (`defaultPasswordPolicy` unless given; `nistPasswordPolicy` is the other one shipped). */
  passwordPolicy?: PasswordPolicy;
}

export class MockPortal {
  private readonly core: PortalCore;
  private readonly invitations: InvitationFlow;
  private readonly sessions: SessionFlow;
  private readonly accounts: AccountFlow;
  private readonly recovery: RecoveryFlow;

  readonly clock: MockClock;
  /** The practice's name and phone as the portal serves them; a test may change them, `reset()` restores them. */
  readonly practice: Practice;
  /** The password policy the portal publishes and enforces; a test may change it, `reset()` restores it. */
  readonly passwordPolicy: PasswordPolicy;
  /** The security questions the portal offers, in each language; a test may change them, `reset()` restores them. */
  readonly securityQuestions: SecurityQuestionTexts[];
  /** The records side: each patient's FHIR record, built from the seed on first use (a test may edit it). */
  readonly fhir: MockFhirServer;

  constructor(options: MockPortalOptions = {}) {
    this.core = new PortalCore({
      registrationUrl: options.registrationUrl ?? '/portal.html',
      iterations: options.secretHashIterations ?? secretHashIterations,
      passwordPolicy: { ...(options.passwordPolicy ?? defaultPasswordPolicy) },
    });
    this.invitations = new InvitationFlow(this.core);
    this.sessions = new SessionFlow(this.core);
    this.accounts = new AccountFlow(this.core, this.sessions);
    this.recovery = new RecoveryFlow(this.core, this.sessions, this.accounts);
    this.clock = this.core.clock;
    this.practice = this.core.practice;
    this.passwordPolicy = this.core.passwordPolicy;
    this.securityQuestions = this.core.securityQuestions;
    this.fhir = new MockFhirServer(this);
  }

  /** Starts over from the seed: the seeded invitations (with their emails in the outbox), accounts and nothing else. */
  async reset(): Promise<void> {
    const { core } = this;
    core.clock.offsetMs = 0;
    Object.assign(core.practice, seedPractice);
    Object.assign(core.passwordPolicy, core.options.passwordPolicy);
    core.securityQuestions.splice(0, Infinity, ...seedQuestions());
    const now = core.clock.now();
    core.state = {
      version: 5,
      clockOffsetMs: 0,
      pepper: randomToken(),
      seededAt: now,
      invitations: [],
      registrations: [],
      accounts: [],
      sessions: [],
      signIns: [],
      formerUsernames: [],
      secrets: [],
      recoveries: [],
      recoveryLimits: [],
      usernameRequests: [],
      outbox: [],
      audit: [],
      faults: [],
      nextId: 1,
    };
    // The slow hashes of every seeded secret at once (Web Crypto works them out in parallel).
    const seeded = await Promise.all(
      seedPatients.map(async (patient) => ({
        pinHash: patient.pin ? await core.hash(patient.pin) : undefined,
        account:
          patient.invitation === 'used' && patient.account
            ? await this.accounts.record(patient.id, patient.account)
            : undefined,
      })),
    );
    for (const [index, patient] of seedPatients.entries()) {
      const { pinHash, account } = seeded[index] ?? {};
      core.state.secrets.push([patient.id, pinHash ? { pinHash } : {}]);
      // An expired invitation was sent 15 days ago; a used one 3 weeks ago, and used 20 days ago.
      const sentAt =
        patient.invitation === 'expired' ? now - 15 * DAY : patient.invitation === 'used' ? now - 21 * DAY : now;
      await this.invitations.invite(patient, sentAt);
      const invitation = core.state.invitations.at(-1);
      if (invitation && account) {
        invitation.usedAt = sentAt + DAY;
        core.state.accounts.push(account);
      }
    }
    core.state.audit = [];
    core.changed();
  }

  /** The state as JSON-safe data (for keeping it across page loads). */
  snapshot(): MockPortalSnapshot {
    return structuredClone({ ...this.core.state, clockOffsetMs: this.clock.offsetMs });
  }

  /** Takes back a `snapshot()`. */
  restore(snapshot: MockPortalSnapshot): void {
    this.core.state = structuredClone(snapshot);
    this.clock.offsetMs = snapshot.clockOffsetMs;
  }

  /** Calls `listener` after every change of state (the browser entry saves the state then). */
  onChange(listener: () => void): () => void {
    return this.core.onChange(listener);
  }

  /** Every message sent so far, oldest first. */
  get outbox(): readonly OutboxMessage[] {
    return this.core.state.outbox;
  }

  /** What happened, oldest first, without secrets. */
  get audit(): readonly AuditEvent[] {
    return this.core.state.audit;
  }

  /** When the seed was laid (the mock clock at `reset()`): seeded records' dates are relative to it. */
  get seededAt(): number {
    return this.core.state.seededAt;
  }

  /** Makes the next call (of `route`, or of any route) fail with `fault`. */
  failNext(fault: MockFault, route?: string): void {
    addFault(this.core.state.faults, fault, 1, route);
    this.core.changed();
  }

  /** Makes every call of `route` (or of every route) fail with `fault` until `clearFaults()`. */
  failRoute(fault: MockFault, route?: string): void {
    addFault(this.core.state.faults, fault, null, route);
    this.core.changed();
  }

  clearFaults(): void {
    this.core.state.faults = [];
    this.core.changed();
  }

  /** The fault the next call of `route` meets, used up as it goes. */
  takeFault(route: string): MockFault | undefined {
    const fault = takeFault(this.core.state.faults, route);
    if (fault) this.core.changed();
    return fault;
  }

  /** The faults in force. */
  get faults(): readonly MockFaultRule[] {
    return this.core.state.faults;
  }

  /** A seeded patient by id, email or username. */
  findPatient(key: string): SeedPatient | undefined {
    const wanted = usernameKey(key);
    return seedPatients.find(
      (patient) =>
        patient.id === key ||
        usernameKey(patient.email) === wanted ||
        this.core.state.accounts.some((account) => account.patientId === patient.id && account.usernameKey === wanted),
    );
  }

  /** Whether the patient has an account. */
  hasAccount(patientId: string): boolean {
    return this.core.state.accounts.some((account) => account.patientId === patientId);
  }

  /**
   * The front desk enables a patient for the portal: a new invitation (the old one is void), its email in the
   * outbox, and a new PIN for the staff to hand over when the patient had one. For a patient who already has an
   * account this is the practice's "reset my access": the old password stops working at once, every session of
   * the account ends, and the patient gets a notice before the new invitation.
   */
  async frontDeskInvite(patientKey: string): Promise<{ link: string; pin?: string; message: OutboxMessage }> {
    const patient = this.findPatient(patientKey);
    if (!patient) throw new Error(`No seeded patient ${patientKey}`);
    this.accounts.resetAccess(patient);
    this.recovery.reopen(patient.id);
    let pin: string | undefined;
    if (patient.pin) {
      pin = randomDigits(6);
      this.core.secretsOf(patient.id).pinHash = await this.core.hash(pin);
    }
    const message = await this.invitations.invite(patient, this.clock.now());
    this.core.changed();
    return { link: message.link ?? '', ...(pin ? { pin } : {}), message };
  }

  /**
   * The server's password rules, live ones first, in the order the element lists them; then what only the server
   * knows: the breached list, the words of this site and practice, and the patient's own details.
   */
  passwordErrors(
    password: string,
    username: string,
    patient: Pick<SeedPatient, 'given' | 'family' | 'birthDate'>,
  ): string[] {
    return this.accounts.passwordErrors(password, username, patient);
  }

  // -------------------------------------------------------------------------------------------------------------
  // The API, one method per operation of the portal API (the README's "The portal API")

  getInvitation(token: string, context: MockRequestContext): Promise<MockResponse> {
    return this.invitations.getInvitation(token, context);
  }

  verifyPin(token: string, body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.invitations.verifyPin(token, body, context);
  }

  sendCode(token: string, body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.invitations.sendCode(token, body, context);
  }

  verifyCode(token: string, body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.invitations.verifyCode(token, body, context);
  }

  getSecurityQuestions(context: MockRequestContext): MockResponse {
    return this.accounts.securityQuestions(context);
  }

  getPasswordPolicy(): MockResponse {
    return this.accounts.passwordPolicy();
  }

  createAccount(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.accounts.create(body, context);
  }

  signIn(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.sessions.signIn(body, context);
  }

  keepalive(context: MockRequestContext): Promise<MockResponse> {
    return this.sessions.keepalive(context);
  }

  signOut(context: MockRequestContext): Promise<MockResponse> {
    return this.sessions.signOut(context);
  }

  startRecovery(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.recovery.start(body, context);
  }

  sendRecoveryCode(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.recovery.sendCode(body, context);
  }

  verifyRecoveryCode(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.recovery.verifyCode(body, context);
  }

  answerRecoveryQuestion(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.recovery.answer(body, context);
  }

  resetPassword(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.recovery.resetPassword(body, context);
  }

  recoverUsername(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    return this.recovery.recoverUsername(body, context);
  }

  /** The patient a bearer token belongs to, or `undefined` when the session is gone (which ends no other state). */
  sessionPatient(context: MockRequestContext): Promise<string | undefined> {
    return this.sessions.patientOf(context);
  }
}
