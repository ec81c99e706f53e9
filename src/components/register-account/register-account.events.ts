export interface AccountCreatedDetail {
  /** The username the patient chose, to sign in with. */
  username: string;
}

/** The account exists and the patient is signed in: the session went into `<pf-portal>`. */
export class PfAccountCreatedEvent extends Event {
  readonly detail: AccountCreatedDetail;
  constructor(detail: AccountCreatedDetail) {
    super('pf-account-created', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/**
 * The registration token is no longer good (expired after 30 minutes, already used, or the invitation changed):
 * the patient starts again from the email link, with the identity step.
 */
export class PfRegistrationExpiredEvent extends Event {
  constructor() {
    super('pf-registration-expired', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-account-created': PfAccountCreatedEvent;
    'pf-registration-expired': PfRegistrationExpiredEvent;
  }
}
