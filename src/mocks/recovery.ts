/**
 * Account recovery (the README's "The mock portal"): a forgotten password (the username or email, a code to the email or phone on
 * record, the security question, a new password) and a forgotten username (sent to the email or phone on record).
 *
 * Every answer is the same whether or not an account matched, and takes the same work: words that match no account
 * get a recovery too, with made-up destinations (the same each time for the same words), codes that are hashed and
 * never sent, and tries counted like any other. Codes and tries at the code are counted by the words typed across
 * recoveries (starting again gives no new tries), so a username and an email of one account answer alike; the
 * account's phone or email gets no more codes than the same limits allow whatever words ask (a code over them is
 * withheld, not refused); tries at the answer are counted by the account. Tries are taken before anything is
 * compared (`limits.ts`), and used up in the same step as the last check, so parallel requests cannot get more than
 * one through.
 */
import {
  AnswerRecoveryRequestSchema,
  type RecoveryChannel,
  RecoverUsernameRequestSchema,
  ResetPasswordRequestSchema,
  SendRecoveryCodeRequestSchema,
  StartRecoveryRequestSchema,
  VerifyRecoveryCodeRequestSchema,
} from '../api/schemas.js';
import {
  codePointLength,
  contactError,
  formatUsPhone,
  isoDateOfBirthError,
  isWellFormed,
  normalizeSecurityAnswer,
  sixDigitsError,
  stripSeparators,
  usernameKey,
  usPhoneDigits,
} from '../internal/validation.js';
import type { AccountFlow } from './accounts.js';
import { HOUR } from './clock.js';
import { iso, isoDay, type PortalCore, seededPatient } from './core.js';
import { randomDigits, randomToken, verifySecret } from './crypto.js';
import { maskPhone } from './invitations.js';
import { giveBack, newTryCounter, returnTry, takeTry, type TryCounter } from './limits.js';
import { addFieldError, readField, readRequest, validationProblem } from './requests.js';
import { json, type MockRequestContext, type MockResponse, problem } from './responses.js';
import { identityLimit, mockRules } from './rules.js';
import type { SessionFlow } from './sessions.js';
import type { AccountState, RecoveryLimitState, RecoveryState } from './state.js';
import { seedPatients } from './seed/patients.js';
import { messageTexts } from './texts.js';

/** Masks an email address for display: `a•••@example.com`. */
export const maskEmail = (address: string): string => {
  const [local = '', domain = ''] = address.trim().split(/@(?=[^@]*$)/);
  return `${[...local][0] ?? ''}•••@${domain}`;
};

type Stage = RecoveryState['stage'];

export class RecoveryFlow {
  private readonly core: PortalCore;
  private readonly sessions: SessionFlow;
  private readonly accounts: AccountFlow;

  constructor(core: PortalCore, sessions: SessionFlow, accounts: AccountFlow) {
    this.core = core;
    this.sessions = sessions;
    this.accounts = accounts;
  }

  // -----------------------------------------------------------------------------------------------------------
  // A forgotten password

  async start(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const read = readRequest(
      StartRecoveryRequestSchema,
      body,
      {
        identifier: (value) =>
          !usernameKey(value) ? 'required' : codePointLength(value.trim()) > 254 ? 'too-long' : undefined,
      },
      context,
    );
    if (!read.input) return validationProblem(read.errors, context);
    const key = usernameKey(read.input.identifier);
    const account = this.accountFor(key);
    const now = core.clock.now();
    this.prune(now);
    // Where a code can go, said alike whether or not an account matched: the email only as it was typed (masked), or
    // not at all for a username; a phone's last digits, made up (the same each time for the same words) for none.
    // The made-up digits are worked out for every request, so a match takes the same work as none.
    const decoyPhone = await this.decoyPhone(key);
    const patient = account && seededPatient(account.patientId);
    const destinations = {
      email: key.includes('@') ? maskEmail(key) : '',
      phone: patient ? maskPhone(patient.phone) : decoyPhone,
    };
    const token = randomToken();
    const recovery: RecoveryState = {
      tokenHash: await core.tokenHash(token),
      ...(account ? { patientId: account.patientId } : {}),
      // Codes and tries at the code are counted by the words typed, known or not, so no answer differs between the
      // two; tries at the answer (which only the code's owner reaches) by the account.
      key: `identifier ${key}`,
      destinations,
      createdAt: now,
      expiresAt: now + mockRules.recoveryLifetimeMs,
      stage: 'started',
    };
    core.state.recoveries.push(recovery);
    core.log(account ? 'recovery.started' : 'recovery.started-no-match', account?.patientId, undefined, context);
    core.changed();
    return json(200, { recoveryToken: token, expiresAt: iso(recovery.expiresAt), destinations });
  }

  async sendCode(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const read = readRequest(SendRecoveryCodeRequestSchema, body, {}, context);
    const opened = await this.open(read.fields.recoveryToken, 'started', context);
    if ('status' in opened) return opened;
    if (!read.input) return validationProblem(read.errors, context);
    const { recovery, limits } = opened;
    const { channel } = read.input;
    const sentTo = channel === 'email' ? recovery.destinations.email : recovery.destinations.phone;
    if (sentTo === undefined) {
      const errors: Parameters<typeof validationProblem>[0] = [];
      addFieldError(errors, 'channel', 'invalid', context);
      return validationProblem(errors, context);
    }
    const now = core.clock.now();
    const sends = core.nextSend(limits.codeSentAt, context);
    if (!Array.isArray(sends)) return sends;
    limits.codeSentAt = sends;
    // Made and hashed whether or not it goes anywhere: the answer takes as long either way.
    const code = randomDigits(6);
    const hash = await core.hash(code);
    // Checked again after the hash: a recovery ended or closed meanwhile sends nothing.
    if (!this.usable(recovery, 'started') || limits.closedAt !== undefined) {
      return problem(401, 'recovery-invalid', context);
    }
    // The account's own count, beside the words': a patient's phone or email gets one code every 30 s and 5 an hour
    // however many of their words (a username, an email) the codes are asked with. A code over it is not sent, and
    // the answer does not say so (it would tell that the words are one account's).
    const patientId = recovery.patientId;
    const accountLimits = patientId ? this.limitsOf(`patient ${patientId}`) : undefined;
    const accountSends = accountLimits && core.nextSend(accountLimits.codeSentAt, context);
    if (accountSends && !Array.isArray(accountSends)) {
      core.log('recovery.code-withheld', patientId, channel);
    } else {
      // A new code voids every earlier one of the account (or of the words), in this recovery or another.
      for (const other of core.state.recoveries) if (this.sameAccount(other, recovery)) delete other.code;
      if (patientId && accountLimits && accountSends) {
        accountLimits.codeSentAt = accountSends;
        recovery.code = { hash, channel, expiresAt: now + mockRules.codeLifetimeMs, used: false };
        this.deliverCode(patientId, channel, code, context);
        core.log('recovery.code-sent', patientId, channel);
      } else {
        core.log('recovery.code-requested-no-match', undefined, channel);
      }
    }
    core.changed();
    return json(202, {
      channel,
      sentTo,
      expiresAt: iso(now + mockRules.codeLifetimeMs),
      resendAfter: iso(now + mockRules.codeResendAfterMs),
    });
  }

  async verifyCode(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const read = readRequest(VerifyRecoveryCodeRequestSchema, body, { code: sixDigitsError }, context);
    const opened = await this.open(read.fields.recoveryToken, 'started', context);
    if ('status' in opened) return opened;
    if (!read.input) return validationProblem(read.errors, context);
    const { recovery, limits } = opened;
    const taken = this.takeTry(recovery, limits, limits.codeTries, context);
    if ('status' in taken) return taken;
    const current = recovery.code;
    // Hashed whether or not a code was sent: the answer takes as long either way.
    const matches = await verifySecret(stripSeparators(read.input.code), current?.hash ?? (await core.decoyHash()));
    // Checked again after the hash, in the step that uses the code up: of parallel calls with the right code, one
    // gets it, and a code replaced meanwhile no longer counts.
    if (!current || current.used || recovery.code !== current || !matches || !this.usable(recovery, 'started')) {
      return this.failure(recovery, limits, limits.codeTries, taken.left, 'code-invalid', context);
    }
    if (core.clock.now() >= current.expiresAt) {
      // The right code, too late: not a guess, so the try is given back.
      returnTry(limits.codeTries, identityLimit);
      core.log('recovery.code-expired', recovery.patientId);
      core.changed();
      return problem(410, 'code-expired', context);
    }
    current.used = true;
    giveBack(limits.codeTries);
    recovery.stage = 'code-verified';
    const account = recovery.patientId ? this.accountOf(recovery.patientId) : undefined;
    const question = core.securityQuestions.find((candidate) => candidate.id === account?.securityQuestionId);
    core.log('recovery.code-verified', recovery.patientId, current.channel);
    core.changed();
    return json(200, {
      // The question is shown only now, after the code: it is never a first factor.
      securityQuestion: { id: question?.id ?? '', text: question?.[context.language] ?? '' },
      expiresAt: iso(recovery.expiresAt),
    });
  }

  async answer(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const read = readRequest(
      AnswerRecoveryRequestSchema,
      body,
      { answer: (value) => (value.trim() ? undefined : 'required') },
      context,
    );
    const opened = await this.open(read.fields.recoveryToken, 'code-verified', context);
    if ('status' in opened) return opened;
    if (!read.input) return validationProblem(read.errors, context);
    const { recovery } = opened;
    const limits = this.limitsOf(`patient ${recovery.patientId ?? ''}`);
    if (limits.closedAt !== undefined) return this.closed(context);
    const taken = this.takeTry(recovery, limits, limits.answerTries, context);
    if ('status' in taken) return taken;
    const account = recovery.patientId ? this.accountOf(recovery.patientId) : undefined;
    const matches = await verifySecret(
      normalizeSecurityAnswer(read.input.answer),
      account?.securityAnswerHash ?? (await core.decoyHash()),
    );
    if (!account || !matches || !this.usable(recovery, 'code-verified')) {
      return this.failure(recovery, limits, limits.answerTries, taken.left, 'answer-incorrect', context);
    }
    giveBack(limits.answerTries);
    recovery.stage = 'answered';
    core.log('recovery.answered', recovery.patientId);
    core.changed();
    return json(200, { expiresAt: iso(recovery.expiresAt) });
  }

  async resetPassword(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const opened = await this.open(readField(ResetPasswordRequestSchema, body, 'recoveryToken'), 'answered', context);
    if ('status' in opened) return opened;
    const { recovery } = opened;
    const account = recovery.patientId ? this.accountOf(recovery.patientId) : undefined;
    if (!account) return problem(401, 'recovery-invalid', context);
    const patient = seededPatient(account.patientId);
    const read = readRequest(
      ResetPasswordRequestSchema,
      body,
      {
        password: (value) =>
          isWellFormed(value)
            ? this.accounts.passwordErrors(value.normalize('NFKC'), account.username, patient)
            : 'password-characters',
      },
      context,
    );
    if (!read.input) return validationProblem(read.errors, context);
    const password = read.input.password.normalize('NFKC');
    const recent = [account.passwordHash, ...(account.previousPasswordHashes ?? [])];
    const reused = await Promise.all(recent.map((hash) => verifySecret(password, hash)));
    if (reused.some(Boolean)) {
      const errors: Parameters<typeof validationProblem>[0] = [];
      addFieldError(errors, 'password', 'password-reused', context);
      return validationProblem(errors, context);
    }
    const hash = await core.hash(password);
    // Checked again and used up in one step, after the hashing: of parallel calls with one token, one sets it.
    if (!this.usable(recovery, 'answered') || this.accountOf(account.patientId) !== account) {
      return problem(401, 'recovery-invalid', context);
    }
    const now = core.clock.now();
    recovery.endedAt = now;
    account.previousPasswordHashes = recent.slice(0, mockRules.recentPasswords - 1);
    account.passwordHash = hash;
    // Every other recovery of the account ends too, and every session, on the server (the tabs learn it at their
    // next call); sign-in's pauses for the username are lifted: the one who set the password knows it.
    for (const other of core.state.recoveries) {
      if (this.sameAccount(other, recovery) && other.endedAt === undefined) other.endedAt = now;
    }
    this.sessions.endAll(account.patientId, 'password-changed');
    this.sessions.liftPauses(account.usernameKey);
    core.log('recovery.password-changed', account.patientId, undefined, context);
    const say = messageTexts[context.language];
    const { name, phone } = core.practice;
    core.send({
      kind: 'email',
      to: patient.email,
      subject: say.passwordChangedSubject(name),
      body: say.passwordChangedBody(patient.given, name, phone),
    });
    // The phone hears of it too when the code went there: the one who asked may not read that email.
    if (recovery.code && recovery.code.channel !== 'email') {
      core.send({ kind: 'sms', to: formatUsPhone(patient.phone), body: say.passwordChangedSms(name, phone) });
    }
    core.changed();
    return { status: 204 };
  }

  // -----------------------------------------------------------------------------------------------------------
  // A forgotten username

  async recoverUsername(body: unknown, context: MockRequestContext): Promise<MockResponse> {
    const { core } = this;
    const read = readRequest(
      RecoverUsernameRequestSchema,
      body,
      { contact: contactError, dateOfBirth: (value) => isoDateOfBirthError(value, isoDay(core.clock.now())) },
      context,
    );
    if (!read.input) return validationProblem(read.errors, context);
    const { contact, dateOfBirth } = read.input;
    const digits = contact.includes('@') ? undefined : usPhoneDigits(contact);
    const key = digits ? `phone ${digits}` : `email ${usernameKey(contact)}`;
    const now = core.clock.now();
    // Counted per email or phone whether or not it is on record: a wait tells nothing either.
    const sends = core.nextSend(this.usernameRequests(key, now), context);
    if (!Array.isArray(sends)) return sends;
    this.recordUsernameRequests(key, sends);
    const patient = seedPatients.find(
      (candidate) =>
        candidate.birthDate === dateOfBirth &&
        (digits ? candidate.phone === digits : usernameKey(candidate.email) === usernameKey(contact)),
    );
    const channel = digits ? 'sms' : 'email';
    if (patient) {
      const account = this.accountOf(patient.id);
      const say = messageTexts[context.language];
      const { name, phone } = core.practice;
      // To the email or phone on record, never to the screen; a patient with no account yet is told how to get one.
      if (channel === 'email') {
        core.send({
          kind: 'email',
          to: patient.email,
          subject: say.usernameSubject(name),
          body: account
            ? say.usernameBody(patient.given, name, account.username, phone)
            : say.noAccountBody(patient.given, name, phone),
        });
      } else {
        core.send({
          kind: 'sms',
          to: formatUsPhone(patient.phone),
          body: account ? say.usernameSms(name, account.username) : say.noAccountSms(name, phone),
        });
      }
      core.log('recovery.username-sent', patient.id, channel, context);
    } else {
      core.log('recovery.username-no-match', undefined, channel, context);
    }
    core.changed();
    return json(202, {
      channel,
      sentTo: digits ? maskPhone(digits) : maskEmail(contact),
      resendAfter: iso(now + mockRules.codeResendAfterMs),
    });
  }

  // -----------------------------------------------------------------------------------------------------------
  // The practice

  /** The practice's "reset my access" opens recovery again for the patient, and ends any under way. */
  reopen(patientId: string): void {
    const now = this.core.clock.now();
    const { state } = this.core;
    const patient = seededPatient(patientId);
    const keys = new Set([
      `patient ${patientId}`,
      `identifier ${usernameKey(patient.email)}`,
      ...state.accounts
        .filter((account) => account.patientId === patientId)
        .map((account) => `identifier ${account.usernameKey}`),
    ]);
    state.recoveryLimits = state.recoveryLimits.filter((limits) => !keys.has(limits.key));
    for (const recovery of state.recoveries)
      if (recovery.patientId === patientId && recovery.endedAt === undefined) recovery.endedAt = now;
  }

  // -----------------------------------------------------------------------------------------------------------
  // Shared steps

  /** The account a username or an email on record names. */
  private accountFor(key: string): AccountState | undefined {
    if (!key) return undefined;
    const { accounts } = this.core.state;
    return (
      accounts.find((account) => account.usernameKey === key) ??
      accounts.find((account) => usernameKey(seededPatient(account.patientId).email) === key)
    );
  }

  private accountOf(patientId: string): AccountState | undefined {
    return this.core.state.accounts.find((account) => account.patientId === patientId);
  }

  /** A phone made up for words that match no account, masked: the same each time for the same words. */
  private async decoyPhone(key: string): Promise<string> {
    const hash = await this.core.tokenHash(`recovery decoy ${key}`);
    const digits = [...hash].slice(0, 4).map((char) => String(char.charCodeAt(0) % 10));
    return maskPhone(digits.join(''));
  }

  /** Whether two recoveries are of one account (or, matching none, of the same words). */
  private sameAccount(one: RecoveryState, other: RecoveryState): boolean {
    return one.patientId !== undefined ? one.patientId === other.patientId : one.key === other.key;
  }

  private usable(recovery: RecoveryState, stage: Stage): boolean {
    return recovery.endedAt === undefined && recovery.stage === stage && this.core.clock.now() < recovery.expiresAt;
  }

  /** The recovery a token names at the step it is at, and its account's counters; or the answer that stops it. */
  private async open(
    token: string | undefined,
    stage: Stage,
    context: MockRequestContext,
  ): Promise<{ recovery: RecoveryState; limits: RecoveryLimitState } | MockResponse> {
    const { core } = this;
    const hash = token ? await core.tokenHash(token) : undefined;
    const recovery = hash ? core.state.recoveries.find((candidate) => candidate.tokenHash === hash) : undefined;
    if (!recovery || !this.usable(recovery, stage)) return problem(401, 'recovery-invalid', context);
    const limits = this.limitsOf(recovery.key);
    const account = recovery.patientId ? this.limitsOf(`patient ${recovery.patientId}`) : undefined;
    if (limits.closedAt !== undefined || account?.closedAt !== undefined) return this.closed(context);
    return { recovery, limits };
  }

  private closed(context: MockRequestContext): MockResponse {
    return problem(403, 'recovery-closed', context, { practice: { ...this.core.practice } });
  }

  /** A try taken at a code or an answer before it is compared, or the answer that stops it (a lock, the ceiling). */
  private takeTry(
    recovery: RecoveryState,
    limits: RecoveryLimitState,
    tries: TryCounter,
    context: MockRequestContext,
  ): { left: number } | MockResponse {
    if (tries.consecutive >= mockRules.recoveryFailureCap) return this.close(recovery, limits, context);
    const taken = takeTry(tries, identityLimit, this.core.clock.now());
    if (!taken.taken) return this.core.lockedResponse(taken.lockedUntil, context);
    this.core.changed();
    return { left: taken.left };
  }

  /** A wrong code or answer: its try is already counted; `left` is what remained after it. */
  private failure(
    recovery: RecoveryState,
    limits: RecoveryLimitState,
    tries: TryCounter,
    left: number,
    code: 'code-invalid' | 'answer-incorrect',
    context: MockRequestContext,
  ): MockResponse {
    const { core } = this;
    core.log(code === 'code-invalid' ? 'recovery.code-failed' : 'recovery.answer-failed', recovery.patientId);
    if (tries.consecutive >= mockRules.recoveryFailureCap) return this.close(recovery, limits, context);
    if (left <= 0) {
      // Locked: this recovery is over, and the next one waits for the lock to end (its code, too, is void).
      recovery.endedAt = core.clock.now();
      delete recovery.code;
      core.log('recovery.locked', recovery.patientId);
      core.changed();
      return core.lockedResponse(tries.lockedUntil ?? core.clock.now(), context);
    }
    core.changed();
    return problem(401, code, context, { attemptsRemaining: left });
  }

  /** Too many failures in a row: recovery is closed for the account until the practice opens it again. */
  private close(recovery: RecoveryState, limits: RecoveryLimitState, context: MockRequestContext): MockResponse {
    const { core } = this;
    if (limits.closedAt === undefined) {
      limits.closedAt = core.clock.now();
      for (const other of core.state.recoveries) {
        if (limits.key === other.key || limits.key === `patient ${other.patientId ?? ''}`) {
          other.endedAt ??= limits.closedAt;
          delete other.code;
        }
      }
      core.log('recovery.closed', recovery.patientId, 'too-many-failures');
      core.changed();
    }
    return this.closed(context);
  }

  private limitsOf(key: string): RecoveryLimitState {
    const { state } = this.core;
    const found = state.recoveryLimits.find((limits) => limits.key === key);
    if (found) return found;
    if (state.recoveryLimits.length >= mockRules.maxRecoveries) {
      const now = this.core.clock.now();
      // Only counters that hold nothing (no failure, no code in the last hour, not closed) go: flooding the mock
      // with new words cannot wipe an account's tries.
      const idle = state.recoveryLimits.findIndex(
        (limits) =>
          limits.closedAt === undefined &&
          limits.codeSentAt.every((sentAt) => now - sentAt >= HOUR) &&
          [limits.codeTries, limits.answerTries].every((tries) => tries.failures === 0 && tries.consecutive === 0),
      );
      state.recoveryLimits.splice(idle === -1 ? 0 : idle, 1);
    }
    const limits: RecoveryLimitState = {
      key,
      codeSentAt: [],
      codeTries: newTryCounter(),
      answerTries: newTryCounter(),
    };
    state.recoveryLimits.push(limits);
    return limits;
  }

  /** The times a username was asked for by `key` in the last hour (older ones, and others', forgotten). */
  private usernameRequests(key: string, now: number): number[] {
    const { state } = this.core;
    state.usernameRequests = state.usernameRequests
      .map(([other, times]): [string, number[]] => [other, times.filter((time) => now - time < HOUR)])
      .filter(([, times]) => times.length);
    return state.usernameRequests.find(([other]) => other === key)?.[1] ?? [];
  }

  private recordUsernameRequests(key: string, times: number[]): void {
    const { state } = this.core;
    state.usernameRequests = [...state.usernameRequests.filter(([other]) => other !== key), [key, times]];
  }

  /** Recoveries over or expired are forgotten; past the most kept, the oldest go. */
  private prune(now: number): void {
    const { state } = this.core;
    state.recoveries = state.recoveries.filter(
      (recovery) => recovery.endedAt === undefined && now < recovery.expiresAt,
    );
    if (state.recoveries.length >= mockRules.maxRecoveries)
      state.recoveries.splice(0, state.recoveries.length - mockRules.maxRecoveries + 1);
  }

  private deliverCode(patientId: string, channel: RecoveryChannel, code: string, context: MockRequestContext): void {
    const { core } = this;
    const patient = seededPatient(patientId);
    const say = messageTexts[context.language];
    const practice = core.practice.name;
    if (channel === 'email') {
      core.send({
        kind: 'email',
        to: patient.email,
        subject: say.recoveryCodeSubject(practice),
        body: say.recoveryCodeEmail(practice, code),
        code,
      });
    } else {
      core.send({
        kind: channel,
        to: formatUsPhone(patient.phone),
        body: channel === 'sms' ? say.codeSms(practice, code) : say.codeVoice(practice, code.split('').join(', ')),
        code,
      });
    }
  }
}
