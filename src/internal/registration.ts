/**
 * A verified identity waiting for its account. The registration token is a credential (it creates the account), so
 * it stays inside the SDK: the identity step hands `<pf-portal>` an opaque registration, the account step reads the
 * token back from it here, and no event, attribute or property a page can read ever holds the token.
 */
import type { Verification } from '../api/schemas.js';

/** What a page may see of a pending registration: never its token. */
export interface PendingRegistration {
  /** The patient's email or most recent username, to pre-fill the username. */
  readonly suggestedUsername: string;
  readonly expiresAt: string;
}

const tokens = new WeakMap<PendingRegistration, string>();

/** The registration a verification opened, its token kept where only this module reads it. */
export function pendingRegistration(verification: Verification): PendingRegistration {
  const registration = Object.freeze({
    suggestedUsername: verification.suggestedUsername,
    expiresAt: verification.expiresAt,
  });
  tokens.set(registration, verification.registrationToken);
  return registration;
}

/** The token of a pending registration (for the account call), or `undefined` when there is none or it was used. */
export const registrationTokenOf = (registration: PendingRegistration | undefined): string | undefined =>
  registration ? tokens.get(registration) : undefined;

/** Forgets a registration's token once it has made the account or can no longer be used. */
export const forgetRegistration = (registration: PendingRegistration | undefined): void => {
  if (registration) tokens.delete(registration);
};
