/**
 * A registration that survives Reload, Back and Forward: what it needs is kept in the tab's own history entry
 * (`history.state`), which the browser gives back to that entry alone, on a reload or on coming back to it. Never in
 * storage, a cookie or the address: another tab, a later visit or a shared link never sees it.
 *
 * Kept: the invitation token from the email's link (it opens nothing alone: the identity step still asks for the date
 * of birth and a PIN or code), and how far the patient got. Never the registration token the identity step gives
 * (it would create the account without another check): after a reload on the account step the patient verifies again.
 * Once the account exists, the invitation is dropped and only "created" is kept.
 */

/** How far a registration got, as its tab's history entry keeps it. */
export interface KeptRegistration {
  /** The invitation token, until the account exists. */
  invitation?: string;
  step: 'verify' | 'account' | 'created';
}

const key = 'pf-registration';
const steps: readonly string[] = ['verify', 'account', 'created'];

/** The history entry's state when it is ours to add to: none, or a plain object (a router's keys stay as they are). */
const entryState = (): Record<string, unknown> | undefined => {
  const state: unknown = window.history.state;
  if (state === null || state === undefined) return {};
  return typeof state === 'object' && Object.getPrototypeOf(state) === Object.prototype
    ? (state as Record<string, unknown>)
    : undefined;
};

/** The registration this tab's history entry kept, if any and well formed. */
export const keptRegistration = (): KeptRegistration | undefined => {
  const kept = entryState()?.[key] as Partial<KeptRegistration> | undefined;
  if (!kept || typeof kept !== 'object' || !steps.includes(kept.step as string)) return undefined;
  const invitation = typeof kept.invitation === 'string' && kept.invitation ? kept.invitation : undefined;
  if (kept.step !== 'created' && !invitation) return undefined;
  return { step: kept.step as KeptRegistration['step'], ...(invitation && { invitation }) };
};

/**
 * Keeps (or with `undefined`, forgets) how far the registration got, in this history entry only: the address stays
 * as it is. A page whose router keeps something other than a plain object there is left alone.
 */
export const keepRegistration = (kept: KeptRegistration | undefined): void => {
  const state = entryState();
  if (!state) return;
  const { [key]: _previous, ...rest } = state;
  window.history.replaceState(kept ? { ...rest, [key]: kept } : rest, '');
};
