/** Every event the elements tell the page of (see the README's event tables): what a test listens to on the page. */
export const sdkEvents = [
  'pf-verified',
  'pf-invitation-invalid',
  'pf-account-created',
  'pf-registration-expired',
  'pf-signed-in',
  'pf-session-started',
  'pf-session-ended',
  'pf-recovery-step',
  'pf-password-reset',
  'pf-username-sent',
  'pf-recovery-sign-in',
] as const;
