export const invitationInvalidReasons = ['used', 'expired', 'revoked', 'not-found'] as const;
export type InvitationInvalidReason = (typeof invitationInvalidReasons)[number];

/**
 * The identity is verified. No credential: the registration token went to `<pf-portal>`, where the account step
 * (`<pf-register-account>`) finds it.
 */
export interface VerifiedDetail {
  /** The patient's email or most recent username, to pre-fill the username. */
  suggestedUsername: string;
  /** When the account step stops accepting this verification (30 minutes). */
  expiresAt: string;
}

/** The patient proved who they are. */
export class PfVerifiedEvent extends Event {
  readonly detail: VerifiedDetail;
  constructor(detail: VerifiedDetail) {
    super('pf-verified', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface InvitationInvalidDetail {
  /** Why the link cannot be used. */
  reason: InvitationInvalidReason;
}

/**
 * The registration link cannot be used. Cancelable: its default action sends the patient to `home-url`; call
 * `preventDefault()` to keep them on the page.
 */
export class PfInvitationInvalidEvent extends Event {
  readonly detail: InvitationInvalidDetail;
  constructor(detail: InvitationInvalidDetail) {
    super('pf-invitation-invalid', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-verified': PfVerifiedEvent;
    'pf-invitation-invalid': PfInvitationInvalidEvent;
  }
}
