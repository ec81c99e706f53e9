/** Which recovery, and where in it the patient now is. */
export type RecoveryMode = 'password' | 'username';
export type RecoveryStep = 'identify' | 'channel' | 'code' | 'question' | 'password' | 'done' | 'sent' | 'closed';

export interface RecoveryStepDetail {
  mode: RecoveryMode;
  step: RecoveryStep;
}

/** The patient moved to another step of recovery (the page may follow it, for analytics or its own layout). */
export class PfRecoveryStepEvent extends CustomEvent<RecoveryStepDetail> {
  constructor(detail: RecoveryStepDetail) {
    super('pf-recovery-step', { detail, bubbles: true, composed: true });
  }
}

/** The new password is set: every session of the account ended, and the patient was told by email. */
export class PfPasswordResetEvent extends Event {
  constructor() {
    super('pf-password-reset', { bubbles: true, composed: true });
  }
}

export interface UsernameSentDetail {
  /** Where it went if the details matched: `email` or `sms`. */
  channel: 'email' | 'sms';
}

/** The username was sent to the email or phone given, if the details matched an account (the answer never says). */
export class PfUsernameSentEvent extends CustomEvent<UsernameSentDetail> {
  constructor(detail: UsernameSentDetail) {
    super('pf-username-sent', { detail, bubbles: true, composed: true });
  }
}

/**
 * The patient asked to sign in (Back to sign in, or Sign in once done). Cancelable: by default the page goes to
 * `sign-in-url`; `<pf-sign-in>` cancels it and shows its form again.
 */
export class PfRecoverySignInEvent extends Event {
  constructor() {
    super('pf-recovery-sign-in', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-recovery-step': PfRecoveryStepEvent;
    'pf-password-reset': PfPasswordResetEvent;
    'pf-username-sent': PfUsernameSentEvent;
    'pf-recovery-sign-in': PfRecoverySignInEvent;
  }
}
