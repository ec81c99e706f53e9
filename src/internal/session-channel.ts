/**
 * The channel the tabs of one site tell each other about sessions on: a sign-out, or a new password that ended every
 * session of an account. A message names what happened and nothing else: no token, no patient.
 */
export const sessionChannelName = 'pf-portal-session';

export type SessionChannelMessage = { type: 'signed-out' } | { type: 'password-changed' };

/** Tells the site's other tabs (and any other listener in this one), where the browser can. */
export function tellTabs(message: SessionChannelMessage): void {
  if (!('BroadcastChannel' in globalThis)) return;
  // The message is on its way to every other channel of the name once posted: closing this one does not stop it.
  const channel = new BroadcastChannel(sessionChannelName);
  channel.postMessage(message);
  channel.close();
}
