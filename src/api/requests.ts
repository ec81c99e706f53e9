/**
 * What a portal API request is, whoever sends it: the transport (`transport.ts`, through ky), or the client itself for
 * a read made before the transport arrived (`client.ts`), which the transport then takes over. Both build the same
 * request from these, so the one sent early is the one the transport would have sent.
 */
/** The fetch options of every request. */
export const requestInit = { credentials: 'same-origin', cache: 'no-store' } as const satisfies RequestInit;

/** What the portal's calls accept: the answer, or a problem. */
export const acceptJson = 'application/json, application/problem+json';

/** The language for texts the server writes, as the client's `locale` option gives it now. */
export const localeOf = (locale: string | (() => string | undefined) | undefined): string | undefined =>
  typeof locale === 'function' ? locale() : locale;

/** The paths of the portal's reads, under its API base. */
export const invitationPath = (token: string) => `invitations/${encodeURIComponent(token)}`;
export const securityQuestionsPath = 'security-questions';
export const passwordPolicyPath = 'password-policy';
