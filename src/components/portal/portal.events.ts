import type { SessionEndReason } from '../../internal/context.js';

export type { SessionEndReason };

export interface SessionStartedDetail {
  /** When the session ends unless the patient is active (ISO 8601). */
  expiresAt: string;
}

export interface SessionEndedDetail {
  /** Why: `signed-out`, `idle`, `expired` (the server ended it) or `password-changed` (recovery ended it). */
  reason: SessionEndReason;
}

/** A session began: an account was created or the patient signed in. Carries no token. */
export class PfSessionStartedEvent extends Event {
  readonly detail: SessionStartedDetail;
  constructor(detail: SessionStartedDetail) {
    super('pf-session-started', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The session ended: the patient signed out, was idle too long, or the server ended it. */
export class PfSessionEndedEvent extends Event {
  readonly detail: SessionEndedDetail;
  constructor(detail: SessionEndedDetail) {
    super('pf-session-ended', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-session-started': PfSessionStartedEvent;
    'pf-session-ended': PfSessionEndedEvent;
  }
}
