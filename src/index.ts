/**
 * `pf-portal-elements`: every element, registered, and the typed portal client. Load it once per page, either
 * through a bundler or as the single file `pf-elements.min.js`.
 */
export * from './api/index.js';
export * from './pf-portal.js';
export * from './pf-register-verify.js';
export * from './pf-register-account.js';
export * from './pf-health-records.js';
export * from './pf-sign-in.js';
export * from './pf-account-recovery.js';
export * from './pf-registration.js';
/** The shape of `messages`, the practice's own words, on every element. */
export type { Message, MessageOverrides, Words } from './internal/localize.js';
