/** What `<pf-portal>` provides to the elements inside it. */
import { createContext } from '@lit/context';
import type { PortalClient } from '../api/client.js';
import type { Session } from '../api/schemas.js';

export const sessionEndReasons = ['signed-out', 'idle', 'expired'] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];

export interface PortalContextValue {
  client: PortalClient;
  /** The signed-in session, held in memory only; `undefined` when nobody is signed in. */
  session: Session | undefined;
  /** Puts a new session into the portal (after an account is created or the patient signs in). */
  startSession(session: Session): void;
  /** Ends the session: signs out on the server for `signed-out`, forgets it, and tells the page. */
  endSession(reason: SessionEndReason): Promise<void>;
}

// A string key, so two copies of the SDK on one page still find each other's portal.
export const portalContext = createContext<PortalContextValue | undefined>('pf-portal');
