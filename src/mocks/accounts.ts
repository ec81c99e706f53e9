/**
 * Accounts (the README's "The mock portal"): the account step a registration token opens, the password and username rules, the
 * limit on `username-taken` answers, and the practice's "reset my access".
 */
import { CreateAccountRequestSchema, type FieldError } from '../api/schemas.js';
import {
  codePointLength,
  isWellFormed,
  normalizeSecurityAnswer,
  securityAnswerError,
  usernameError,
  usernameKey,
} from '../internal/validation.js';
import { type PortalCore, seededPatient } from './core.js';
import { addFieldError, readField, readRequest, validationProblem } from './requests.js';
import { json, type MockRequestContext, type MockResponse, problem } from './responses.js';
import { mockRules, passwordErrors, securityAnswerMaxLength } from './rules.js';
import type { SessionFlow } from './sessions.js';
import type { AccountState, RegistrationState } from './state.js';
import { type SeedPatient, seedPatients } from './seed/patients.js';
import { messageTexts } from './texts.js';

/** What an account is made of before its secrets are hashed. */
export interface AccountSecrets {
  username: string;
  password: string;
  securityQuestionId: string;
  securityAnswer: string;
}

export class AccountFlow {
  private readonly core: PortalCore;
  private readonly sessions: SessionFlow;

  constructor(core: PortalCore, sessions: SessionFlow) {
    this.core = core;
    this.sessions = sessions;
  }

  securityQuestions(context: MockRequestContext): MockResponse {
    return json(
      200,
      this.core.securityQuestions.map((question) => ({ id: question.id, text: question[context.language] })),
    );
  }

  passwordPolicy(): MockResponse {
    return json(200, this.core.passwordPolicy);
  }

  async create(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const registration = await this.usableRegistration(
      readField(CreateAccountRequestSchema, body, 'registrationToken') ?? '',
    );
    if (!registration) return problem(401, 'registration-invalid', context);
    const patient = seededPatient(registration.patientId);
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
          core.securityQuestions.some((question) => question.id === value)
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
    const account = await this.record(patient.id, { username, password, securityQuestionId, securityAnswer });
    // Checked again and used up in one step, after the hashing: of parallel calls with one token, or for one
    // username, one creates the account.
    if (!this.registrationUsable(registration)) return problem(401, 'registration-invalid', context);
    if (this.usernameTaken(key, patient.id)) {
      this.probedUsername(registration);
      const taken: FieldError[] = [];
      addFieldError(taken, 'username', 'username-taken', context);
      return validationProblem(taken, context);
    }
    const now = core.clock.now();
    registration.usedAt = now;
    const invitation = core.state.invitations.find((candidate) => candidate.id === registration.invitationId);
    if (invitation) invitation.usedAt = now;
    core.state.accounts.push(account);
    core.log('account.created', patient.id);
    return json(201, { session: await this.sessions.start(patient.id) });
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
      policy: this.core.passwordPolicy,
      practiceName: this.core.practice.name,
      username,
      patient,
    });
  }

  /** An account as stored: its secrets hashed. */
  async record(patientId: string, account: AccountSecrets): Promise<AccountState> {
    return {
      patientId,
      username: account.username,
      usernameKey: usernameKey(account.username),
      passwordHash: await this.core.hash(account.password),
      securityQuestionId: account.securityQuestionId,
      securityAnswerHash: await this.core.hash(normalizeSecurityAnswer(account.securityAnswer)),
    };
  }

  /** The practice's "reset my access": a registered patient's credentials and sessions go, and the patient is told. */
  resetAccess(patient: SeedPatient): void {
    const { core } = this;
    const accounts = core.state.accounts.filter((account) => account.patientId === patient.id);
    if (!accounts.length) return;
    core.state.accounts = core.state.accounts.filter((account) => account.patientId !== patient.id);
    core.state.formerUsernames = [
      ...core.state.formerUsernames.filter(([id]) => id !== patient.id),
      [patient.id, accounts.at(-1)?.username ?? patient.email],
    ];
    this.sessions.endAll(patient.id, 'access-reset');
    core.log('account.reset', patient.id);
    const { name, phone } = core.practice;
    const say = messageTexts[patient.language];
    core.send({
      kind: 'email',
      to: patient.email,
      subject: say.resetSubject(name),
      body: say.resetBody(patient.given, name, phone),
    });
  }

  private async usableRegistration(token: string): Promise<RegistrationState | undefined> {
    if (!token) return undefined;
    const hash = await this.core.tokenHash(token);
    const registration = this.core.state.registrations.find((candidate) => candidate.tokenHash === hash);
    return registration && this.registrationUsable(registration) ? registration : undefined;
  }

  /** Whether a registration token still opens the account step (checked again right before it is used up). */
  private registrationUsable(registration: RegistrationState): boolean {
    const { state, clock } = this.core;
    if (registration.usedAt !== undefined || clock.now() >= registration.expiresAt) return false;
    const invitation = state.invitations.find((candidate) => candidate.id === registration.invitationId);
    // The invitation may have been used, replaced or revoked since the patient verified.
    return (
      invitation !== undefined &&
      invitation.usedAt === undefined &&
      invitation.voidedAt === undefined &&
      invitation.revokedAt === undefined
    );
  }

  /** Whether a username is another's: an account's, or another patient's email on record. */
  private usernameTaken(key: string, patientId: string): boolean {
    return (
      this.core.state.accounts.some((account) => account.usernameKey === key) ||
      seedPatients.some((patient) => patient.id !== patientId && usernameKey(patient.email) === key)
    );
  }

  /** A `username-taken` answer: after a few, the token is used up, so it cannot list who has an account. */
  private probedUsername(registration: RegistrationState): void {
    registration.usernameProbes += 1;
    if (registration.usernameProbes >= mockRules.usernameProbesPerRegistration && registration.usedAt === undefined) {
      registration.usedAt = this.core.clock.now();
      this.core.log('registration.voided', registration.patientId, 'username-probes');
    }
    this.core.changed();
  }
}
