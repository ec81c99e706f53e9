/**
 * Invitations and the identity step (the README's "The mock portal"): the link's state, the date of birth and PIN, security codes
 * by text or voice, the lock and the ceiling on failures, and the registration token a success hands out.
 */
import { SendCodeRequestSchema, VerifyCodeRequestSchema, VerifyPinRequestSchema } from '../api/schemas.js';
import {
  formatUsPhone,
  isoDateOfBirthError,
  phoneError,
  sixDigitsError,
  stripSeparators,
  usPhoneDigits,
} from '../internal/validation.js';
import { iso, isoDay, type PortalCore, seededPatient } from './core.js';
import { randomDigits, randomToken, verifySecret } from './crypto.js';
import { giveBack, newTryCounter, returnTry, takeTry } from './limits.js';
import { type FieldRule, type ReadRequest, readRequest, validationProblem } from './requests.js';
import { json, type MockRequestContext, type MockResponse, problem } from './responses.js';
import { identityLimit, mockRules } from './rules.js';
import type { InvitationState, OutboxMessage } from './state.js';
import type { SeedPatient } from './seed/patients.js';
import { messageTexts } from './texts.js';

/** Masks a phone number for display: `(•••) •••-4477`. */
export const maskPhone = (digits: string): string => `(•••) •••-${digits.slice(-4)}`;

export class InvitationFlow {
  private readonly core: PortalCore;

  constructor(core: PortalCore) {
    this.core = core;
  }

  async getInvitation(token: string, context: MockRequestContext): Promise<MockResponse> {
    const found = await this.usableInvitation(token, context);
    if ('status' in found) return found;
    const patient = seededPatient(found.patientId);
    return json(200, {
      status: 'pending',
      practice: this.core.practice,
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
    const patient = seededPatient(invitation.patientId);
    const secrets = this.core.secretsOf(patient.id);
    // The PIN is hashed whether or not the patient has one: the answer takes as long either way.
    const pinMatches =
      (await verifySecret(stripSeparators(pin), secrets.pinHash ?? (await this.core.decoyHash()))) &&
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
    const now = this.core.clock.now();
    const sends = this.core.nextSend(found.codeSentAt, context);
    if (!Array.isArray(sends)) return sends;
    found.codeSentAt = sends;
    const digits = usPhoneDigits(phone) ?? '';
    const patient = seededPatient(found.patientId);
    // A new request voids the previous code, whether or not this one matches the record.
    delete found.code;
    const sendTo = channel;
    if (digits === patient.phone && dateOfBirth === patient.birthDate) {
      const code = randomDigits(6);
      found.code = {
        hash: await this.core.hash(code),
        channel: sendTo,
        expiresAt: now + mockRules.codeLifetimeMs,
        used: false,
      };
      const spoken = code.split('').join(', ');
      // In the language the identity step ran in: the patient is reading it as the code arrives.
      const say = messageTexts[context.language];
      this.core.send({
        kind: sendTo,
        to: formatUsPhone(digits),
        body:
          sendTo === 'sms'
            ? say.codeSms(this.core.practice.name, code)
            : say.codeVoice(this.core.practice.name, spoken),
        code,
      });
      this.core.log('code.sent', patient.id, sendTo);
    } else {
      this.core.log('code.requested-no-match', patient.id, sendTo);
    }
    this.core.changed();
    // The same answer whether or not the phone and date matched: the caller learns nothing about the record.
    return json(202, {
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
    const matches = await verifySecret(stripSeparators(code), current?.hash ?? (await this.core.decoyHash()));
    // Checked again after the hash, in the step that uses the code up: of parallel calls with the right code, one
    // gets it, and a code replaced meanwhile no longer counts.
    if (!current || current.used || invitation.code !== current || !matches) {
      return this.identityFailure(invitation, left, 'code-invalid', context);
    }
    if (this.core.clock.now() >= current.expiresAt) {
      // The right code, too late: not a guess, so the try is given back.
      returnTry(invitation.tries, identityLimit);
      this.core.log('code.expired', invitation.patientId);
      this.core.changed();
      return problem(410, 'code-expired', context);
    }
    current.used = true;
    return this.verified(invitation, current.channel);
  }

  /** A new invitation for the patient (voiding the pending one), and its email in the outbox. */
  async invite(patient: SeedPatient, sentAt: number): Promise<OutboxMessage> {
    for (const old of this.core.state.invitations) {
      if (old.patientId === patient.id && old.usedAt === undefined && old.voidedAt === undefined) {
        old.voidedAt = sentAt;
        this.core.log('invitation.voided', patient.id);
      }
    }
    const token = randomToken();
    const invitation: InvitationState = {
      id: this.core.nextId('inv'),
      tokenHash: await this.core.tokenHash(token),
      patientId: patient.id,
      createdAt: sentAt,
      expiresAt: sentAt + mockRules.invitationLifetimeMs,
      tries: newTryCounter(),
      codeSentAt: [],
    };
    this.core.state.invitations.push(invitation);
    this.core.log('invitation.created', patient.id);
    const link = `${this.core.options.registrationUrl}${this.core.options.registrationUrl.includes('?') ? '&' : '?'}invitation=${token}`;
    // In the language the patient's record prefers: no flow has run yet to say otherwise.
    const say = messageTexts[patient.language];
    const { name, phone } = this.core.practice;
    return this.core.send(
      {
        kind: 'email',
        to: patient.email,
        subject: say.inviteSubject(name),
        body: say.inviteBody(patient.given, name, link, phone),
        link,
      },
      sentAt,
    );
  }

  /** The pending invitation for a token, or the problem that says why there is none. */
  private async usableInvitation(token: string, context: MockRequestContext): Promise<InvitationState | MockResponse> {
    const hash = await this.core.tokenHash(token);
    const invitation = this.core.state.invitations.find((candidate) => candidate.tokenHash === hash);
    if (!invitation) return this.core.linkProblem(404, 'invitation-not-found', context);
    if (invitation.usedAt !== undefined) return this.core.linkProblem(410, 'invitation-used', context);
    if (invitation.revokedAt !== undefined) return this.core.linkProblem(410, 'invitation-revoked', context);
    if (invitation.voidedAt !== undefined || this.core.clock.now() >= invitation.expiresAt) {
      return this.core.linkProblem(410, 'invitation-expired', context);
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
    const now = this.core.clock.now();
    const { tries } = invitation;
    if (mode === 'check-the-lock') {
      return tries.lockedUntil !== undefined && now < tries.lockedUntil
        ? this.core.lockedResponse(tries.lockedUntil, context)
        : { invitation, left: identityLimit.failuresBeforeLock - tries.failures, input };
    }
    // Past the ceiling (a burst may reach it between two answers), the invitation is void.
    if (tries.consecutive >= mockRules.identityFailureCap) return this.revoke(invitation, context);
    const taken = takeTry(tries, identityLimit, now);
    if (!taken.taken) return this.core.lockedResponse(taken.lockedUntil, context);
    this.core.changed();
    return { invitation, left: taken.left, input };
  }

  /** A compared answer that was wrong: its try is already counted; `left` is what remained after it. */
  private identityFailure(
    invitation: InvitationState,
    left: number,
    code: 'identity-not-verified' | 'code-invalid',
    context: MockRequestContext,
  ): MockResponse {
    this.core.log('identity.failed', invitation.patientId, code);
    if (invitation.tries.consecutive >= mockRules.identityFailureCap) return this.revoke(invitation, context);
    if (left <= 0) {
      this.core.log('identity.locked', invitation.patientId);
      this.core.changed();
      return this.core.lockedResponse(invitation.tries.lockedUntil ?? this.core.clock.now(), context);
    }
    this.core.changed();
    return problem(401, code, context, { attemptsRemaining: left });
  }

  /** Too many failures in a row: the link is void, and only the practice can send a new one. */
  private revoke(invitation: InvitationState, context: MockRequestContext): MockResponse {
    if (invitation.revokedAt === undefined) {
      invitation.revokedAt = this.core.clock.now();
      delete invitation.code;
      this.core.log('invitation.revoked', invitation.patientId, 'too-many-failures');
      this.core.changed();
    }
    return this.core.linkProblem(410, 'invitation-revoked', context);
  }

  private async verified(invitation: InvitationState, method: string): Promise<MockResponse> {
    giveBack(invitation.tries);
    const token = randomToken();
    const expiresAt = this.core.clock.now() + mockRules.registrationLifetimeMs;
    this.core.state.registrations.push({
      tokenHash: await this.core.tokenHash(token),
      invitationId: invitation.id,
      patientId: invitation.patientId,
      expiresAt,
      usernameProbes: 0,
    });
    this.core.log('identity.verified', invitation.patientId, method);
    this.core.changed();
    const patient = seededPatient(invitation.patientId);
    const account = this.core.state.accounts.find((candidate) => candidate.patientId === patient.id);
    return json(200, {
      registrationToken: token,
      suggestedUsername:
        account?.username ?? this.core.state.formerUsernames.find(([id]) => id === patient.id)?.[1] ?? patient.email,
      expiresAt: iso(expiresAt),
    });
  }

  /** The date of birth's rule, as the element checks it, against the mock's today. */
  private dateOfBirthRule(): FieldRule {
    return (value) => isoDateOfBirthError(value, isoDay(this.core.clock.now()));
  }
}
