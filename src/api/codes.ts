/**
 * The portal API's words that elements use as they are: the methods, channels, problem codes and field codes. Plain
 * values with no zod, so a page that only draws a form needs none of the transport to know them.
 */

/** Identity-check methods an invitation can offer. */
export const verificationMethods = ['pin', 'sms', 'voice'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

/** Channels a security code can be sent by. */
export const codeChannels = ['sms', 'voice'] as const;
export type CodeChannel = (typeof codeChannels)[number];

/** The problem codes the portal answers with; the `type` of a problem is `/problems/<code>`. */
export const problemCodes = [
  'invitation-not-found',
  'invitation-used',
  'invitation-expired',
  'invitation-revoked',
  'identity-not-verified',
  'locked',
  'resend-too-soon',
  'too-many-codes',
  'code-invalid',
  'code-expired',
  'registration-invalid',
  'recovery-invalid',
  'answer-incorrect',
  'recovery-closed',
  'validation-failed',
  'invalid-credentials',
  'unauthorized',
  'forbidden',
  'not-found',
  'bad-request',
  'server-error',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** The `type` URI reference of a problem with the given code. */
export const problemType = (code: ProblemCode): string => `/problems/${code}`;

/** Field-level error codes the portal may return inside a 422 problem. */
export const fieldErrorCodes = [
  'required',
  'invalid',
  'six-digits',
  'phone',
  'contact',
  'date-format',
  'date-invalid',
  'date-future',
  'date-too-old',
  'too-short',
  'too-long',
  'username-characters',
  'username-taken',
  'password-too-short',
  'password-too-long',
  'password-characters',
  'password-uppercase',
  'password-number-or-symbol',
  'password-common',
  'password-context',
  'password-personal-info',
  'password-reused',
  'terms-not-accepted',
  'unknown-question',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/** Where a recovery code can go: the email on record, or the phone on record by text or voice. */
export const recoveryChannels = ['email', 'sms', 'voice'] as const;
export type RecoveryChannel = (typeof recoveryChannels)[number];
