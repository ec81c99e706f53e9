import type { SessionEndReason } from '../../internal/context.js';

export type { SessionEndReason };

/** A session began: an account was created or the patient signed in. Carries no token. */
export class PfSessionStartedEvent extends Event {
  readonly detail: { expiresAt: string };
  constructor(detail: { expiresAt: string }) {
    super('pf-session-started', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The session ended: the patient signed out, was idle too long, or the server ended it. */
export class PfSessionEndedEvent extends Event {
  readonly detail: { reason: SessionEndReason };
  constructor(detail: { reason: SessionEndReason }) {
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
