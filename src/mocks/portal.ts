/**
 * The mock portal (DESIGN section 5), free of HTTP: each public operation takes what a request carried and answers a
 * `MockResponse`; `handlers.ts` puts it behind MSW. The numbers and password rules are in `rules.ts`, the state's
 * shape in `state.ts`, the way tries are counted in `limits.ts`. Secrets are kept only as slow salted hashes; the
 * audit log never holds one.
 */
import {
  CreateAccountRequestSchema,
  type FieldError,
  type PasswordPolicy,
  type Practice,
  type ProblemCode,
  SendCodeRequestSchema,
  SignInRequestSchema,
  VerifyCodeRequestSchema,
  VerifyPinRequestSchema,
} from '../api/schemas.js';
import {
  codePointLength,
  formatUsPhone,
  isoDateOfBirthError,
  isWellFormed,
  normalizeSecurityAnswer,
  phoneError,
  securityAnswerError,
  sixDigitsError,
  stripSeparators,
  usernameError,
  usernameKey,
  usPhoneDigits,
} from '../internal/validation.js';
import { DAY, HOUR, MockClock, SECOND } from './clock.js';
import { hashSecret, hashToken, randomDigits, randomToken, secretHashIterations, verifySecret } from './crypto.js';
import { MockFhirServer } from './fhir.js';
import { json, type MockRequestContext, type MockResponse, problem } from './responses.js';
import { giveBack, newTryCounter, returnTry, takeTry, type TryCounter } from './limits.js';
import {
  addFieldError,
  type FieldRule,
  readField,
  type ReadRequest,
  readRequest,
  validationProblem,
} from './requests.js';
import {
  defaultPasswordPolicy,
  identityLimit,
  maxSignInCounters,
  mockRules,
  passwordErrors,
  securityAnswerMaxLength,
  signInAccountLimit,
  signInLimit,
} from './rules.js';
import type {
  AccountState,
  AuditEvent,
  InvitationState,
  MockFault,
  MockFaultRule,
  MockPortalSnapshot,
  OutboxMessage,
  PatientSecrets,
  RegistrationState,
  SessionState,
} from './state.js';
import { type SeedPatient, seedPatients, seedPractice, seedSecurityQuestions } from './seed/patients.js';
import type { MockLanguage } from './texts.js';

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

const iso = (ms: number) => new Date(ms).toISOString();
const isoDay = (ms: number) => iso(ms).slice(0, 10);

/** Masks a phone number for display: `(•••) •••-4477`. */
/** A security question's words in each language the mock speaks. */
export type SecurityQuestionTexts = { id: string } & Record<MockLanguage, string>;

const seedQuestions = (): SecurityQuestionTexts[] => seedSecurityQuestions.map((question) => ({ ...question }));

export const maskPhone = (digits: string): string => `(•••) •••-${digits.slice(-4)}`;

export class MockPortal {
  readonly clock = new MockClock();
  /** The practice's name and phone as the portal serves them; a test may change them, `reset()` restores them. */
  readonly practice: Practice = { ...seedPractice };
  /** The password policy the portal publishes and enforces; a test may change it, `reset()` restores it. */
  readonly passwordPolicy: PasswordPolicy;
  private readonly initialPolicy: PasswordPolicy;
  /** The security questions the portal offers, in each language; a test may change them, `reset()` restores them. */
  readonly securityQuestions: SecurityQuestionTexts[] = seedQuestions();
  /** The records side: each patient's FHIR record, built from the seed on first use (a test may edit it). */
  readonly fhir = new MockFhirServer(this);
  private readonly registrationUrl: string;
  private state!: MockPortalSnapshot;
  private readonly listeners = new Set<() => void>();

  private readonly iterations: number;
  /**
   * A hash of nothing anyone knows, compared against when there is no secret, so the answer takes as long. Made at
   * once, so the first request that needs it does no more work than any other.
   */
  private readonly decoy: Promise<string>;

  constructor(options: MockPortalOptions = {}) {
    this.registrationUrl = options.registrationUrl ?? '/portal.html';
    this.iterations = options.secretHashIterations ?? secretHashIterations;
    this.initialPolicy = { ...(options.passwordPolicy ?? defaultPasswordPolicy) };
    this.passwordPolicy = { ...this.initialPolicy };
    this.decoy = this.hash(randomToken());
  }

  /** Starts over from the seed: the seeded invitations (with their emails in the outbox), accounts and nothing else. */
  async reset(): Promise<void> {
    this.clock.offsetMs = 0;
    Object.assign(this.practice, seedPractice);
    Object.assign(this.passwordPolicy, this.initialPolicy);
    this.securityQuestions.splice(0, Infinity, ...seedQuestions());
    const now = this.clock.now();
    this.state = {
      version: 4,
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
      outbox: [],
      audit: [],
      faults: [],
      nextId: 1,
    };
    // The slow hashes of every seeded secret at once (Web Crypto works them out in parallel).
    const seeded = await Promise.all(
      seedPatients.map(async (patient) => ({
        pinHash: patient.pin ? await this.hash(patient.pin) : undefined,
        account:
          patient.invitation === 'used' && patient.account
            ? await this.accountRecord(patient.id, patient.account)
            : undefined,
      })),
    );
    for (const [index, patient] of seedPatients.entries()) {
      const { pinHash, account } = seeded[index] ?? {};
      this.state.secrets.push([patient.id, pinHash ? { pinHash } : {}]);
      // An expired invitation was sent 15 days ago; a used one 3 weeks ago, and used 20 days ago.
      const sentAt =
        patient.invitation === 'expired' ? now - 15 * DAY : patient.invitation === 'used' ? now - 21 * DAY : now;
      await this.invite(patient, sentAt);
      const invitation = this.state.invitations.at(-1);
      if (invitation && account) {
        invitation.usedAt = sentAt + DAY;
        this.state.accounts.push(account);
      }
    }
    this.state.audit = [];
    this.changed();
  }

  /** The state as JSON-safe data (for keeping it across page loads). */
  snapshot(): MockPortalSnapshot {
    return structuredClone({ ...this.state, clockOffsetMs: this.clock.offsetMs });
  }

  /** Takes back a `snapshot()`. */
  restore(snapshot: MockPortalSnapshot): void {
    this.state = structuredClone(snapshot);
    this.clock.offsetMs = snapshot.clockOffsetMs;
  }

  /** Calls `listener` after every change of state (the browser entry saves the state then). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every message sent so far, oldest first. */
  get outbox(): readonly OutboxMessage[] {
    return this.state.outbox;
  }

  /** What happened, oldest first, without secrets. */
  get audit(): readonly AuditEvent[] {
    return this.state.audit;
  }

  /** When the seed was laid (the mock clock at `reset()`): seeded records' dates are relative to it. */
  get seededAt(): number {
    return this.state.seededAt;
  }

  /** Makes the next call (of `route`, or of any route) fail with `fault`. */
  failNext(fault: MockFault, route?: string): void {
    this.state.faults.push({ fault, times: 1, ...(route ? { route } : {}) });
    this.changed();
  }

  /** Makes every call of `route` (or of every route) fail with `fault` until `clearFaults()`. */
  failRoute(fault: MockFault, route?: string): void {
    this.state.faults.push({ fault, times: null, ...(route ? { route } : {}) });
    this.changed();
  }

  clearFaults(): void {
    this.state.faults = [];
    this.changed();
  }

  /** The fault the next call of `route` meets, used up as it goes. */
  takeFault(route: string): MockFault | undefined {
    const rule = this.state.faults.find((candidate) => candidate.route === undefined || candidate.route === route);
    if (!rule) return undefined;
    if (rule.times !== null) {
      rule.times -= 1;
      if (rule.times <= 0) this.state.faults.splice(this.state.faults.indexOf(rule), 1);
    }
    this.changed();
    return rule.fault;
  }

  /** The faults in force. */
  get faults(): readonly MockFaultRule[] {
    return this.state.faults;
  }

  /** A seeded patient by id, email or username. */
  findPatient(key: string): SeedPatient | undefined {
    const wanted = usernameKey(key);
    return seedPatients.find(
      (patient) =>
        patient.id === key ||
        usernameKey(patient.email) === wanted ||
        this.state.accounts.some((account) => account.patientId === patient.id && account.usernameKey === wanted),
    );
  }

  /** Whether the patient has an account. */
  hasAccount(patientId: string): boolean {
    return this.state.accounts.some((account) => account.patientId === patientId);
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
    this.resetAccess(patient);
    let pin: string | undefined;
    if (patient.pin) {
      pin = randomDigits(6);
      const secrets = this.secretsOf(patient.id);
      secrets.pinHash = await this.hash(pin);
    }
    const message = await this.invite(patient, this.clock.now());
    this.changed();
    return { link: message.link ?? '', ...(pin ? { pin } : {}), message };
  }

  /** Takes a registered patient's credentials and sessions away, and tells the patient. */
  private resetAccess(patient: SeedPatient): void {
    const accounts = this.state.accounts.filter((account) => account.patientId === patient.id);
    if (!accounts.length) return;
    this.state.accounts = this.state.accounts.filter((account) => account.patientId !== patient.id);
    this.state.formerUsernames = [
      ...this.state.formerUsernames.filter(([id]) => id !== patient.id),
      [patient.id, accounts.at(-1)?.username ?? patient.email],
    ];
    const now = this.clock.now();
    for (const session of this.state.sessions) {
      if (session.patientId === patient.id && session.endedAt === undefined) {
        session.endedAt = now;
        this.log('session.ended', patient.id, 'access-reset');
      }
    }
    this.log('account.reset', patient.id);
    this.send({
      kind: 'email',
      to: patient.email,
      subject: `${this.practice.name} reset your access to your online health records`,
      body:
        `Hello ${patient.given},\n\n${this.practice.name} reset your access to the Patient Fusion patient portal. ` +
        `Your old password no longer works, and you were signed out everywhere. A new registration email follows: ` +
        `use it to create your account again.\n\nIf you did not ask for this, call us at ${this.practice.phone}.`,
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // The API

  async getInvitation(token: string, context: MockRequestContext): Promise<MockResponse> {
    const found = await this.usableInvitation(token, context);
    if ('status' in found) return found;
    const patient = this.patient(found.patientId);
    return this.json(200, {
      status: 'pending',
      practice: this.practice,
      expiresAt: iso(found.expiresAt),
      methods: patient.pin ? ['pin', 'sms', 'voice'] : ['sms', 'voice'],
    });
  }

  async verifyPin(token: string, body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const read = readRequest(
      VerifyPinRequestSchema,
      body,
      { dateOfBirth: this.dateOfBirthRule(), pin: sixDigitsError },
      context,
    );
    const opened = await this.openInvitation(token, read, context, 'take-a-try');
    if ('status' in opened) return opened;
    const { invitation, left } = opened;
    const { dateOfBirth, pin } = opened.input;
    const patient = this.patient(invitation.patientId);
    const secrets = this.secretsOf(patient.id);
    // The PIN is hashed whether or not the patient has one: the answer takes as long either way.
    const pinMatches =
      (await verifySecret(stripSeparators(pin), secrets.pinHash ?? (await this.decoyHash()))) &&
      secrets.pinHash !== undefined;
    // One answer for a wrong date, a wrong PIN, or both: nothing tells which part was wrong.
    if (!pinMatches || dateOfBirth !== patient.birthDate)
      return this.identityFailure(invitation, left, 'identity-not-verified', context);
    return this.verified(invitation, 'pin');
  }

  async sendCode(token: string, body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const read = readRequest(
      SendCodeRequestSchema,
      body,
      { dateOfBirth: this.dateOfBirthRule(), phone: phoneError },
      context,
    );
    const opened = await this.openInvitation(token, read, context, 'check-the-lock');
    if ('status' in opened) return opened;
    const found = opened.invitation;
    const { dateOfBirth, phone, channel } = opened.input;
    const now = this.clock.now();
    const last = found.codeSentAt.at(-1);
    if (last !== undefined && now - last < mockRules.codeResendAfterMs) {
      return this.problem(429, 'resend-too-soon', context, {
        retryAfter: Math.ceil((last + mockRules.codeResendAfterMs - now) / SECOND),
      });
    }
    const lastHour = found.codeSentAt.filter((sentAt) => now - sentAt < HOUR);
    if (lastHour.length >= mockRules.codesPerHour) {
      const oldest = lastHour[0] ?? now;
      return this.problem(429, 'too-many-codes', context, { retryAfter: Math.ceil((oldest + HOUR - now) / SECOND) });
    }
    found.codeSentAt = [...lastHour, now];
    const digits = usPhoneDigits(phone) ?? '';
    const patient = this.patient(found.patientId);
    // A new request voids the previous code, whether or not this one matches the record.
    delete found.code;
    const sendTo = channel;
    if (digits === patient.phone && dateOfBirth === patient.birthDate) {
      const code = randomDigits(6);
      found.code = {
        hash: await this.hash(code),
        channel: sendTo,
        expiresAt: now + mockRules.codeLifetimeMs,
        used: false,
      };
      const spoken = code.split('').join(', ');
      this.send({
        kind: sendTo,
        to: formatUsPhone(digits),
        body:
          sendTo === 'sms'
            ? `${this.practice.name}: your Patient Fusion security code is ${code}. It expires in 10 minutes. Do not share it.`
            : `This is ${this.practice.name}. Your Patient Fusion security code is ${spoken}. Again: ${spoken}.`,
        code,
      });
      this.log('code.sent', patient.id, sendTo);
    } else {
      this.log('code.requested-no-match', patient.id, sendTo);
    }
    this.changed();
    // The same answer whether or not the phone and date matched: the caller learns nothing about the record.
    return this.json(202, {
      channel: sendTo,
      sentTo: maskPhone(digits),
      expiresAt: iso(now + mockRules.codeLifetimeMs),
      resendAfter: iso(now + mockRules.codeResendAfterMs),
    });
  }

  async verifyCode(token: string, body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const read = readRequest(VerifyCodeRequestSchema, body, { code: sixDigitsError }, context);
    const opened = await this.openInvitation(token, read, context, 'take-a-try');
    if ('status' in opened) return opened;
    const { invitation, left } = opened;
    const { code } = opened.input;
    const current = invitation.code;
    // Hashed whether or not a code was sent (the phone may not have matched): the answer takes as long either way.
    const matches = await verifySecret(stripSeparators(code), current?.hash ?? (await this.decoyHash()));
    // Checked again after the hash, in the step that uses the code up: of parallel calls with the right code, one
    // gets it, and a code replaced meanwhile no longer counts.
    if (!current || current.used || invitation.code !== current || !matches) {
      return this.identityFailure(invitation, left, 'code-invalid', context);
    }
    if (this.clock.now() >= current.expiresAt) {
      // The right code, too late: not a guess, so the try is given back.
      returnTry(invitation.tries, identityLimit);
      this.log('code.expired', invitation.patientId);
      this.changed();
      return this.problem(410, 'code-expired', context);
    }
    current.used = true;
    return this.verified(invitation, current.channel);
  }

  getSecurityQuestions(context: MockRequestContext): MockResponse {
    return this.json(
      200,
      this.securityQuestions.map((question) => ({ id: question.id, text: question[context.language] })),
    );
  }

  getPasswordPolicy(): MockResponse {
    return this.json(200, this.passwordPolicy);
  }

  async createAccount(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const registration = await this.usableRegistration(
      readField(CreateAccountRequestSchema, body, 'registrationToken') ?? '',
    );
    if (!registration) return this.problem(401, 'registration-invalid', context);
    const patient = this.patient(registration.patientId);
    const username = (readField(CreateAccountRequestSchema, body, 'username') ?? '').normalize('NFKC').trim();
    const { fields, errors } = readRequest(
      CreateAccountRequestSchema,
      body,
      {
        username: usernameError,
        // Counted and hashed NFKC, so a composed and a decomposed `é` are one password. A lone surrogate is refused
        // rather than hashed, where encoding would make every one of them the same U+FFFD.
        password: (value) =>
          isWellFormed(value) ? this.passwordErrors(value.normalize('NFKC'), username, patient) : 'password-characters',
        securityQuestionId: (value) =>
          this.securityQuestions.some((question) => question.id === value)
            ? undefined
            : value
              ? 'unknown-question'
              : 'required',
        securityAnswer: (value) =>
          codePointLength(value.trim()) > securityAnswerMaxLength ? 'too-long' : securityAnswerError(value),
        acceptedTerms: 'terms-not-accepted',
      },
      context,
    );
    const password = (fields.password ?? '').normalize('NFKC');
    const { securityQuestionId = '', securityAnswer = '' } = fields;
    const key = usernameKey(username);
    if (fields.username !== undefined && this.usernameTaken(key, patient.id)) {
      addFieldError(errors, 'username', 'username-taken', context);
      this.probedUsername(registration);
    }
    if (errors.length) return validationProblem(errors, context);
    const account = await this.accountRecord(patient.id, { username, password, securityQuestionId, securityAnswer });
    // Checked again and used up in one step, after the hashing: of parallel calls with one token, or for one
    // username, one creates the account.
    if (!this.registrationUsable(registration)) return this.problem(401, 'registration-invalid', context);
    if (this.usernameTaken(key, patient.id)) {
      this.probedUsername(registration);
      const taken: FieldError[] = [];
      addFieldError(taken, 'username', 'username-taken', context);
      return validationProblem(taken, context);
    }
    const now = this.clock.now();
    registration.usedAt = now;
    const invitation = this.state.invitations.find((candidate) => candidate.id === registration.invitationId);
    if (invitation) invitation.usedAt = now;
    this.state.accounts.push(account);
    this.log('account.created', patient.id);
    return this.json(201, { session: await this.startSession(patient.id) });
  }

  async signIn(body: unknown, context: MockRequestContext): Promise<MockResponse> {
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
    const now = this.clock.now();
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
    if (pausedUntil) return this.lockedResponse(pausedUntil, context);
    const left = Math.min(
      ...counters.map((counter, index) => {
        const taken = takeTry(counter, limits[index] ?? signInLimit, now);
        return taken.taken ? taken.left : 0;
      }),
    );
    this.changed();
    const account = this.state.accounts.find((candidate) => candidate.usernameKey === key);
    // An unknown username is hashed too: the answer takes as long as for a known one.
    const matches = await verifySecret(password, account?.passwordHash ?? (await this.decoyHash()));
    if (!account || !matches || !isWellFormed(rawPassword)) {
      this.log('signin.failed', account?.patientId, undefined, context);
      if (left <= 0) {
        this.log('signin.locked', account?.patientId, undefined, context);
        this.changed();
        const until = Math.max(...counters.map((counter) => counter.lockedUntil ?? now));
        return this.lockedResponse(until, context);
      }
      this.changed();
      return this.problem(401, 'invalid-credentials', context);
    }
    for (const counter of counters) giveBack(counter);
    return this.json(201, { session: await this.startSession(account.patientId) });
  }

  async keepalive(context: MockRequestContext): Promise<MockResponse> {
    const session = await this.liveSession(context);
    if (!session) return this.problem(401, 'unauthorized', context);
    this.changed();
    return this.json(200, { expiresAt: iso(this.sessionExpiresAt(session)) });
  }

  async signOut(context: MockRequestContext): Promise<MockResponse> {
    const session = await this.liveSession(context);
    if (session) {
      session.endedAt = this.clock.now();
      this.log('session.ended', session.patientId, 'signed-out');
      this.changed();
    }
    return { status: 204 };
  }

  /** The patient a bearer token belongs to, or `undefined` when the session is gone (which ends no other state). */
  async sessionPatient(context: MockRequestContext): Promise<string | undefined> {
    const session = await this.liveSession(context);
    if (session) this.changed();
    return session?.patientId;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Inner workings

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private log(event: string, patientId?: string, detail?: string, context?: MockRequestContext): void {
    this.state.audit.push({
      at: iso(this.clock.now()),
      event,
      ...(patientId ? { patientId } : {}),
      ...(detail ? { detail } : {}),
      ...(context?.clientAddress ? { clientAddress: context.clientAddress } : {}),
      ...(context?.userAgent ? { userAgent: context.userAgent } : {}),
    });
  }

  private nextId(prefix: string): string {
    return `${prefix}-${this.state.nextId++}`;
  }

  private send(message: Omit<OutboxMessage, 'id' | 'sentAt'>, sentAt = this.clock.now()): OutboxMessage {
    const sent = { ...message, id: this.nextId('msg'), sentAt: iso(sentAt) };
    this.state.outbox.push(sent);
    return sent;
  }

  private tokenHash(token: string): Promise<string> {
    return hashToken(token, this.state.pepper);
  }

  private patient(id: string): SeedPatient {
    const patient = seedPatients.find((candidate) => candidate.id === id);
    if (!patient) throw new Error(`Unknown patient ${id}`);
    return patient;
  }

  /** A guessable secret as stored: PBKDF2 with its own salt (see `crypto.ts`). */
  private hash(secret: string): Promise<string> {
    return hashSecret(secret, this.iterations);
  }

  private decoyHash(): Promise<string> {
    return this.decoy;
  }

  private secretsOf(patientId: string): PatientSecrets {
    const entry = this.state.secrets.find(([id]) => id === patientId);
    if (!entry) throw new Error(`No secrets for ${patientId}`);
    return entry[1];
  }

  private async invite(patient: SeedPatient, sentAt: number): Promise<OutboxMessage> {
    for (const old of this.state.invitations) {
      if (old.patientId === patient.id && old.usedAt === undefined && old.voidedAt === undefined) {
        old.voidedAt = sentAt;
        this.log('invitation.voided', patient.id);
      }
    }
    const token = randomToken();
    const invitation: InvitationState = {
      id: this.nextId('inv'),
      tokenHash: await this.tokenHash(token),
      patientId: patient.id,
      createdAt: sentAt,
      expiresAt: sentAt + mockRules.invitationLifetimeMs,
      tries: newTryCounter(),
      codeSentAt: [],
    };
    this.state.invitations.push(invitation);
    this.log('invitation.created', patient.id);
    const link = `${this.registrationUrl}${this.registrationUrl.includes('?') ? '&' : '?'}invitation=${token}`;
    return this.send(
      {
        kind: 'email',
        to: patient.email,
        subject: `${this.practice.name} invites you to your online health records`,
        body:
          `Hello ${patient.given},\n\n${this.practice.name} has enabled your access to the Patient Fusion patient portal, ` +
          `where you can see your health records online.\n\nCreate your account: ${link}\n\n` +
          `This link works once and expires in 14 days. Questions? Call us at ${this.practice.phone}.`,
        link,
      },
      sentAt,
    );
  }

  /** An account as stored: its secrets hashed. */
  private async accountRecord(
    patientId: string,
    account: { username: string; password: string; securityQuestionId: string; securityAnswer: string },
  ): Promise<AccountState> {
    return {
      patientId,
      username: account.username,
      usernameKey: usernameKey(account.username),
      passwordHash: await this.hash(account.password),
      securityQuestionId: account.securityQuestionId,
      securityAnswerHash: await this.hash(normalizeSecurityAnswer(account.securityAnswer)),
    };
  }

  /** The pending invitation for a token, or the problem that says why there is none. */
  private async usableInvitation(token: string, context: MockRequestContext): Promise<InvitationState | MockResponse> {
    const hash = await this.tokenHash(token);
    const invitation = this.state.invitations.find((candidate) => candidate.tokenHash === hash);
    if (!invitation) return this.problem(404, 'invitation-not-found', context);
    if (invitation.usedAt !== undefined) return this.problem(410, 'invitation-used', context);
    if (invitation.revokedAt !== undefined) return this.problem(410, 'invitation-revoked', context);
    if (invitation.voidedAt !== undefined || this.clock.now() >= invitation.expiresAt) {
      return this.problem(410, 'invitation-expired', context);
    }
    return invitation;
  }

  /**
   * The invitation an identity step may use, or the answer that stops it, in the order a real portal checks: the
   * link's state, then the input, then the lock. With `take-a-try`, a try is taken in the same step as the lock is
   * checked, before anything is compared (see `limits.ts`).
   */
  private async openInvitation<T>(
    token: string,
    read: ReadRequest<T>,
    context: MockRequestContext,
    mode: 'take-a-try' | 'check-the-lock',
  ): Promise<{ invitation: InvitationState; left: number; input: T } | MockResponse> {
    const invitation = await this.usableInvitation(token, context);
    if ('status' in invitation) return invitation;
    const { input } = read;
    if (!input) return validationProblem(read.errors, context);
    const now = this.clock.now();
    const { tries } = invitation;
    if (mode === 'check-the-lock') {
      return tries.lockedUntil !== undefined && now < tries.lockedUntil
        ? this.lockedResponse(tries.lockedUntil, context)
        : { invitation, left: identityLimit.failuresBeforeLock - tries.failures, input };
    }
    // Past the ceiling (a burst may reach it between two answers), the invitation is void.
    if (tries.consecutive >= mockRules.identityFailureCap) return this.revoke(invitation, context);
    const taken = takeTry(tries, identityLimit, now);
    if (!taken.taken) return this.lockedResponse(taken.lockedUntil, context);
    this.changed();
    return { invitation, left: taken.left, input };
  }

  private lockedResponse(until: number, context: MockRequestContext): MockResponse {
    return this.problem(429, 'locked', context, {
      retryAfter: Math.max(1, Math.ceil((until - this.clock.now()) / SECOND)),
    });
  }

  /** A compared answer that was wrong: its try is already counted; `left` is what remained after it. */
  private identityFailure(
    invitation: InvitationState,
    left: number,
    code: 'identity-not-verified' | 'code-invalid',
    context: MockRequestContext,
  ): MockResponse {
    this.log('identity.failed', invitation.patientId, code);
    if (invitation.tries.consecutive >= mockRules.identityFailureCap) return this.revoke(invitation, context);
    if (left <= 0) {
      this.log('identity.locked', invitation.patientId);
      this.changed();
      return this.lockedResponse(invitation.tries.lockedUntil ?? this.clock.now(), context);
    }
    this.changed();
    return this.problem(401, code, context, { attemptsRemaining: left });
  }

  /** Too many failures in a row: the link is void, and only the practice can send a new one. */
  private revoke(invitation: InvitationState, context: MockRequestContext): MockResponse {
    if (invitation.revokedAt === undefined) {
      invitation.revokedAt = this.clock.now();
      delete invitation.code;
      this.log('invitation.revoked', invitation.patientId, 'too-many-failures');
      this.changed();
    }
    return this.problem(410, 'invitation-revoked', context);
  }

  private async verified(invitation: InvitationState, method: string): Promise<MockResponse> {
    giveBack(invitation.tries);
    const token = randomToken();
    const expiresAt = this.clock.now() + mockRules.registrationLifetimeMs;
    this.state.registrations.push({
      tokenHash: await this.tokenHash(token),
      invitationId: invitation.id,
      patientId: invitation.patientId,
      expiresAt,
      usernameProbes: 0,
    });
    this.log('identity.verified', invitation.patientId, method);
    this.changed();
    const patient = this.patient(invitation.patientId);
    const account = this.state.accounts.find((candidate) => candidate.patientId === patient.id);
    return this.json(200, {
      registrationToken: token,
      suggestedUsername:
        account?.username ?? this.state.formerUsernames.find(([id]) => id === patient.id)?.[1] ?? patient.email,
      expiresAt: iso(expiresAt),
    });
  }

  private async usableRegistration(token: string): Promise<RegistrationState | undefined> {
    if (!token) return undefined;
    const hash = await this.tokenHash(token);
    const registration = this.state.registrations.find((candidate) => candidate.tokenHash === hash);
    return registration && this.registrationUsable(registration) ? registration : undefined;
  }

  /** Whether a registration token still opens the account step (checked again right before it is used up). */
  private registrationUsable(registration: RegistrationState): boolean {
    if (registration.usedAt !== undefined || this.clock.now() >= registration.expiresAt) return false;
    const invitation = this.state.invitations.find((candidate) => candidate.id === registration.invitationId);
    // The invitation may have been used, replaced or revoked since the patient verified.
    return (
      invitation !== undefined &&
      invitation.usedAt === undefined &&
      invitation.voidedAt === undefined &&
      invitation.revokedAt === undefined
    );
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
    return passwordErrors(password, {
      policy: this.passwordPolicy,
      practiceName: this.practice.name,
      username,
      patient,
    });
  }

  /** A sign-in counter; the mock keeps at most `maxSignInCounters`, dropping the oldest that pause nothing. */
  private signInCounter(key: string): TryCounter {
    const found = this.state.signIns.find(([candidate]) => candidate === key);
    if (found) return found[1];
    if (this.state.signIns.length >= maxSignInCounters) {
      const now = this.clock.now();
      const idle = this.state.signIns.findIndex(([, counter]) => !counter.lockedUntil || counter.lockedUntil <= now);
      this.state.signIns.splice(idle === -1 ? 0 : idle, 1);
    }
    const counter = newTryCounter();
    this.state.signIns.push([key, counter]);
    return counter;
  }

  /** Whether a username is another's: an account's, or another patient's email on record. */
  private usernameTaken(key: string, patientId: string): boolean {
    return (
      this.state.accounts.some((account) => account.usernameKey === key) ||
      seedPatients.some((patient) => patient.id !== patientId && usernameKey(patient.email) === key)
    );
  }

  /** A `username-taken` answer: after a few, the token is used up, so it cannot list who has an account. */
  private probedUsername(registration: RegistrationState): void {
    registration.usernameProbes += 1;
    if (registration.usernameProbes >= mockRules.usernameProbesPerRegistration && registration.usedAt === undefined) {
      registration.usedAt = this.clock.now();
      this.log('registration.voided', registration.patientId, 'username-probes');
    }
    this.changed();
  }

  private async startSession(
    patientId: string,
  ): Promise<{ accessToken: string; patientId: string; expiresAt: string; idleTimeoutSeconds: number }> {
    const token = randomToken();
    const now = this.clock.now();
    const session: SessionState = {
      tokenHash: await this.tokenHash(token),
      patientId,
      createdAt: now,
      lastSeenAt: now,
    };
    this.state.sessions.push(session);
    this.log('session.started', patientId);
    this.changed();
    return {
      accessToken: token,
      patientId,
      expiresAt: iso(this.sessionExpiresAt(session)),
      idleTimeoutSeconds: mockRules.sessionIdleMs / SECOND,
    };
  }

  private sessionExpiresAt(session: SessionState): number {
    return Math.min(session.lastSeenAt + mockRules.sessionIdleMs, session.createdAt + mockRules.sessionAbsoluteMs);
  }

  /** The session a request's token names, touched, when it is still alive. */
  private async liveSession(context: MockRequestContext): Promise<SessionState | undefined> {
    if (!context.accessToken) return undefined;
    const hash = await this.tokenHash(context.accessToken);
    const session = this.state.sessions.find((candidate) => candidate.tokenHash === hash);
    if (!session || session.endedAt !== undefined) return undefined;
    const now = this.clock.now();
    if (now >= this.sessionExpiresAt(session)) {
      session.endedAt = now;
      const idle = now >= session.lastSeenAt + mockRules.sessionIdleMs;
      this.log('session.ended', session.patientId, idle ? 'idle' : 'expired');
      this.changed();
      return undefined;
    }
    session.lastSeenAt = now;
    return session;
  }

  /** The date of birth's rule, as the element checks it, against the mock's today. */
  private dateOfBirthRule(): FieldRule {
    return (value) => isoDateOfBirthError(value, isoDay(this.clock.now()));
  }

  json(status: number, body: unknown): MockResponse {
    return json(status, body);
  }

  /** An RFC 9457 problem in the request's language. */
  problem(
    status: number,
    code: ProblemCode,
    context: MockRequestContext,
    extra: { retryAfter?: number; attemptsRemaining?: number; errors?: FieldError[] } = {},
  ): MockResponse {
    return problem(status, code, context, extra);
  }
}
