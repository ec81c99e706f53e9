/** What `<pf-portal>` provides to the elements inside it. */
import { createContext } from '@lit/context';
import type { PortalClient } from '../api/client.js';
import type { Session } from '../api/schemas.js';
import type { PendingRegistration } from './registration.js';

/** What an element, or a page, may know of the session: everything but its token, which the portal's client holds. */
export type SessionInfo = Omit<Session, 'accessToken' | 'fhirAccessToken'>;

/** Why a session ended: `password-changed` when a recovery set a new password, which ends every session. */
export const sessionEndReasons = ['signed-out', 'idle', 'expired', 'password-changed'] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];

/** How the last session ended, for what the patient is told where they land. */
export interface SessionEnd {
  reason: SessionEndReason;
  /** The idle limit it ran under, in minutes (said when the reason is `idle`). */
  idleMinutes: number;
}

export interface PortalContextValue {
  client: PortalClient;
  /** The signed-in session, without its token; `undefined` when nobody is signed in. */
  session: SessionInfo | undefined;
  /** How the last session ended, until a new one starts; `undefined` when none has ended here. */
  ended: SessionEnd | undefined;
  /** The identity the patient verified, waiting for its account (its token stays inside the SDK). */
  registration: PendingRegistration | undefined;
  /** Holds a verified registration for the account step, or lets it go (`undefined`). */
  holdRegistration(registration: PendingRegistration | undefined): void;
  /** Puts a new session into the portal (after an account is created or the patient signs in). */
  startSession(session: Session): void;
  /** Ends the session: signs out on the server for `signed-out`, forgets it, and tells the page. */
  endSession(reason: SessionEndReason): Promise<void>;
  /**
   * A recovery set a new password, which ended every session of the account on the server: this page's portal and
   * every other tab's end theirs now, rather than at their next call.
   */
  passwordChanged(): void;
}

// A string key, so two copies of the SDK on one page still find each other's portal.
export const portalContext = createContext<PortalContextValue | undefined>('pf-portal');
