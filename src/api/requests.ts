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

/** What the FHIR server's reads accept. */
export const acceptFhir = 'application/fhir+json';

/** A search's parameters besides `patient`; a list repeats the parameter. */
export type SearchParams = Record<string, string | readonly string[]>;

/** The first page of a FHIR search of the patient's record: the type, `patient` and the search's own parameters. */
export const searchUrl = (fhirBase: URL, type: string, patientId: string, params: SearchParams = {}): URL => {
  const url = new URL(type, fhirBase);
  const query = new URLSearchParams({ patient: patientId });
  for (const [name, value] of Object.entries(params)) {
    for (const each of typeof value === 'string' ? [value] : value) query.append(name, each);
  }
  url.search = query.toString();
  return url;
};

/** One resource, read by its type and id from the FHIR base. */
export const readUrl = (fhirBase: URL, type: string, id: string): URL =>
  new URL(`${type}/${encodeURIComponent(id)}`, fhirBase);

/**
 * The session's token for a server: a FHIR server on another origin than the portal (a SMART on FHIR or EHR server)
 * has its own, and the portal's never goes there.
 */
export const tokenFor = (
  session: { accessToken: string; fhirAccessToken?: string | undefined } | undefined,
  server: 'api' | 'fhir',
  fhirElsewhere: boolean,
): string | undefined => (server === 'fhir' && fhirElsewhere ? session?.fhirAccessToken : session?.accessToken);

/**
 * Whether the bearer token may go to `url`: only to the FHIR base's origin, whatever path a server's link takes there
 * (HAPI's `<base>?_getpages=`, another path of the same host); never elsewhere, and never down a path that hides a
 * climb in escapes (`..%2f`, `%2e%2e`, `%5c`), which the server might decode into somewhere else.
 */
export const staysOnFhirServer = (url: URL, fhirBase: URL): boolean => {
  const rawPath = url.href.slice(url.origin.length).split(/[?#]/)[0] ?? '';
  return url.origin === fhirBase.origin && url.protocol === fhirBase.protocol && !/%2e|%2f|%5c|\\/i.test(rawPath);
};
