/**
 * The portal API contract as zod schemas: the single source of every request and response type, and of
 * `openapi.json` (shipped as `pf-portal-elements/openapi.json`), which describes the routes, statuses and problems.
 * Shipped code uses `zod/mini`: a fifth of classic zod's size, and it never compiles code with `new Function`, so
 * a strict Content-Security-Policy on the host page stays clean.
 */
import * as z from 'zod/mini';
import { codeChannels, recoveryChannels, verificationMethods } from './codes.js';

export * from './codes.js';

const isoDateTime = z.iso.datetime({ offset: true });
/** A calendar date as the API carries it: `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

// ---------------------------------------------------------------------------------------------------------------
// Problem details (RFC 9457)

export const FieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** The practice that runs the portal: its name and the phone number patients call. */
export const PracticeSchema = z.object({
  name: z.string(),
  phone: z.string(),
});
export type Practice = z.infer<typeof PracticeSchema>;

export const ProblemSchema = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z._default(z.string(), ''),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(FieldErrorSchema)),
  /** Seconds until the call may be tried again (also sent as the `Retry-After` header). */
  retryAfter: z.optional(z.number()),
  /** Tries left before the invitation or the recovery locks (identity checks) or sign-in pauses (passwords). */
  attemptsRemaining: z.optional(z.int()),
  /**
   * Whom to call, on a problem only the practice can solve: a link that no longer works, a paused sign-in. A
   * malformed one is dropped, never the problem it came with.
   */
  practice: z.optional(z.catch(z.optional(PracticeSchema), undefined)),
});
export type Problem = z.infer<typeof ProblemSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Invitations and identity verification

export const InvitationSchema = z.object({
  status: z.literal('pending'),
  practice: PracticeSchema,
  expiresAt: isoDateTime,
  methods: z.array(z.enum(verificationMethods)),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const VerifyPinRequestSchema = z.object({
  dateOfBirth: isoDate,
  pin: z.string(),
});
export type VerifyPinRequest = z.infer<typeof VerifyPinRequestSchema>;

export const SendCodeRequestSchema = z.object({
  dateOfBirth: isoDate,
  phone: z.string(),
  channel: z.enum(codeChannels),
});
export type SendCodeRequest = z.infer<typeof SendCodeRequestSchema>;

export const CodeSentSchema = z.object({
  channel: z.enum(codeChannels),
  /** The phone number the code went to, masked: `(•••) •••-4477`. */
  sentTo: z.string(),
  expiresAt: isoDateTime,
  /** When a new code may be asked for. */
  resendAfter: isoDateTime,
});
export type CodeSent = z.infer<typeof CodeSentSchema>;

export const VerifyCodeRequestSchema = z.object({
  code: z.string(),
});
export type VerifyCodeRequest = z.infer<typeof VerifyCodeRequestSchema>;

export const VerificationSchema = z.object({
  registrationToken: z.string().check(z.minLength(1)),
  suggestedUsername: z.string(),
  expiresAt: isoDateTime,
});
export type Verification = z.infer<typeof VerificationSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Account creation

export const SecurityQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
});
export type SecurityQuestion = z.infer<typeof SecurityQuestionSchema>;
export const SecurityQuestionListSchema = z.array(SecurityQuestionSchema);

export const PasswordPolicySchema = z.object({
  minLength: z.int().check(z.positive()),
  maxLength: z.int().check(z.positive()),
  requireUppercase: z.boolean(),
  requireNumberOrSymbol: z.boolean(),
  disallowCommon: z.boolean(),
  disallowPersonalInfo: z.boolean(),
});
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>;

export const CreateAccountRequestSchema = z.object({
  registrationToken: z.string(),
  username: z.string(),
  password: z.string(),
  securityQuestionId: z.string(),
  securityAnswer: z.string(),
  acceptedTerms: z.literal(true),
});
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Sessions

/**
 * A signed-in session. `expiresAt` is when it ends if the patient does nothing more: the idle deadline, or the
 * absolute limit when that comes first. Every authenticated call and every keepalive moves the idle deadline.
 */
export const SessionSchema = z.object({
  accessToken: z.string().check(z.minLength(1)),
  /**
   * The FHIR server's own token, when `fhir-base` is on another origin than the portal (a SMART on FHIR or EHR
   * server): FHIR calls there carry it, and the portal's calls never do.
   */
  fhirAccessToken: z.optional(z.string().check(z.minLength(1))),
  patientId: z.string().check(z.minLength(1)),
  expiresAt: isoDateTime,
  idleTimeoutSeconds: z.int().check(z.positive()),
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionResponseSchema = z.object({
  session: SessionSchema,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const SignInRequestSchema = z.object({
  username: z.string(),
  password: z.string(),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** The answer to a keepalive: the session's new `expiresAt` (see `SessionSchema`). */
export const KeepaliveSchema = z.object({
  expiresAt: isoDateTime,
});
export type Keepalive = z.infer<typeof KeepaliveSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Account recovery
//
// A forgotten password: the username or email (answered alike whether or not an account matches), a code to the
// email or phone on record, then the security question (shown only after the code), then a new password. A
// forgotten username: the email or phone on record and the date of birth; the username goes there, never to the
// screen. The recovery token travels in request bodies only, never in a URL.

export const StartRecoveryRequestSchema = z.object({
  /** The username, or the email on record. */
  identifier: z.string(),
});
export type StartRecoveryRequest = z.infer<typeof StartRecoveryRequestSchema>;

/**
 * A recovery begun. The same answer whether or not an account matched: for none, the destinations are made up
 * (and the same each time for the same words), and no code will ever be right.
 */
export const RecoveryStartedSchema = z.object({
  recoveryToken: z.string().check(z.minLength(1)),
  expiresAt: isoDateTime,
  /**
   * Where a code can go, masked: the email as it was typed (`a•••@example.com`; empty when a username was typed: the
   * email on record is not shown), and the phone on record (`(•••) •••-1187`).
   */
  destinations: z.object({
    email: z.optional(z.string()),
    phone: z.optional(z.string()),
  }),
});
export type RecoveryStarted = z.infer<typeof RecoveryStartedSchema>;

export const SendRecoveryCodeRequestSchema = z.object({
  recoveryToken: z.string(),
  channel: z.enum(recoveryChannels),
});
export type SendRecoveryCodeRequest = z.infer<typeof SendRecoveryCodeRequestSchema>;

export const RecoveryCodeSentSchema = z.object({
  channel: z.enum(recoveryChannels),
  /** Where the code went, masked. */
  sentTo: z.string(),
  expiresAt: isoDateTime,
  /** When a new code may be asked for. */
  resendAfter: isoDateTime,
});
export type RecoveryCodeSent = z.infer<typeof RecoveryCodeSentSchema>;

export const VerifyRecoveryCodeRequestSchema = z.object({
  recoveryToken: z.string(),
  code: z.string(),
});
export type VerifyRecoveryCodeRequest = z.infer<typeof VerifyRecoveryCodeRequestSchema>;

/** The right code: the account's security question, in the request's language. */
export const RecoveryQuestionSchema = z.object({
  securityQuestion: SecurityQuestionSchema,
  expiresAt: isoDateTime,
});
export type RecoveryQuestion = z.infer<typeof RecoveryQuestionSchema>;

export const AnswerRecoveryRequestSchema = z.object({
  recoveryToken: z.string(),
  answer: z.string(),
});
export type AnswerRecoveryRequest = z.infer<typeof AnswerRecoveryRequestSchema>;

/** The right answer: a new password may be set until `expiresAt`. */
export const RecoveryAnsweredSchema = z.object({
  expiresAt: isoDateTime,
});
export type RecoveryAnswered = z.infer<typeof RecoveryAnsweredSchema>;

export const ResetPasswordRequestSchema = z.object({
  recoveryToken: z.string(),
  password: z.string(),
});
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequestSchema>;

export const RecoverUsernameRequestSchema = z.object({
  /** The email or the phone number on record. */
  contact: z.string(),
  dateOfBirth: isoDate,
});
export type RecoverUsernameRequest = z.infer<typeof RecoverUsernameRequestSchema>;

/** The same answer whether or not anything matched: where the username went if it did, masked. */
export const UsernameSentSchema = z.object({
  channel: z.enum(['email', 'sms']),
  sentTo: z.string(),
  /** When it may be asked for again. */
  resendAfter: isoDateTime,
});
export type UsernameSent = z.infer<typeof UsernameSentSchema>;
