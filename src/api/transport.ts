/**
 * How the client talks to the servers: ky for the requests, zod/mini for the answers, the API's schemas. The client
 * (`client.ts`) loads it as it is made, so a page whose form reads nothing before the patient sends it draws the form
 * without waiting for it; an element that reads at once imports it with its own code.
 */
import ky, { HTTPError, type KyInstance, TimeoutError } from 'ky';
import type * as z from 'zod/mini';
import {
  isAbortError,
  PortalError,
  PortalNetworkError,
  PortalProblemError,
  PortalResponseError,
  PortalTimeoutError,
} from './errors.js';
import type { SearchPage } from './fhir/bundle.js';
import type * as FhirSide from './fhir/reading.js';
import type { Bundle, IncludableResource, Patient, SearchableType } from './fhir/schemas.js';
import {
  CodeSentSchema,
  InvitationSchema,
  KeepaliveSchema,
  PasswordPolicySchema,
  ProblemSchema,
  RecoveryAnsweredSchema,
  RecoveryCodeSentSchema,
  RecoveryQuestionSchema,
  RecoveryStartedSchema,
  SecurityQuestionListSchema,
  SessionResponseSchema,
  UsernameSentSchema,
  VerificationSchema,
} from './schemas.js';
import type { CallOptions, Calls, Clock, PortalClientOptions, SearchOptions, SearchResult } from './client.js';
import {
  acceptJson,
  invitationPath,
  localeOf,
  passwordPolicyPath,
  requestInit,
  securityQuestionsPath,
} from './requests.js';

const segment = (value: string) => encodeURIComponent(value);

/** Seconds from a `Retry-After` header: a number of seconds, or an HTTP date. */
const parseRetryAfter = (header: string | null): number | undefined => {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
};

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PortalResponseError('the body is not JSON');
  }
};

const validate = <T>(schema: z.ZodMiniType<T>, data: unknown): T => {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(body)'))];
  throw new PortalResponseError('it does not have the expected shape', paths);
};

/** Turns an HTTP error answer into a problem; a body that is not a problem is dropped (it may be HTML or a trace). */
const toProblemError = async (response: Response): Promise<PortalProblemError> => {
  const retryAfterHeader = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown;
  try {
    body = JSON.parse(await response.text()) as unknown;
  } catch {
    body = undefined;
  }
  const parsed = ProblemSchema.safeParse(body);
  const isProblem =
    parsed.success &&
    (response.headers.get('Content-Type') ?? '').includes('json') &&
    parsed.data.status === response.status;
  const problem = isProblem ? parsed.data : { type: 'about:blank', title: '', status: response.status };
  return new PortalProblemError({ ...problem, retryAfter: problem.retryAfter ?? retryAfterHeader });
};

/**
 * The FHIR side (its schemas and the paging of searches), loaded the first time a client reads the record, once for
 * the page: a page that only shows a form never loads it, and the records load it with their own code.
 */
let fhirSide: Promise<typeof FhirSide> | undefined;
const loadFhirSide = () =>
  (fhirSide ??= import('./fhir/reading.js').catch(() => {
    // Its file could not be fetched: the network's fault, as a call's would be, and the next read tries again.
    fhirSide = undefined;
    throw new PortalNetworkError();
  }));

/** The calls of one client, to the bases it resolved. */
export function createTransport(options: PortalClientOptions, apiBase: URL, fhirBase: URL, clock: Clock): Calls {
  const timeout = options.timeout ?? 15_000;
  const maxPages = options.maxPages ?? 200;

  const http: KyInstance = ky.create({
    timeout,
    throwHttpErrors: true,
    ...requestInit,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: options.retries ?? 2,
      methods: ['get'],
      statusCodes: [408, 500, 502, 503, 504],
      afterStatusCodes: [],
      shouldRetry: ({ error }) => (isAbortError(error) ? false : undefined),
    },
    hooks: {
      beforeRequest: [
        (request) => {
          const locale = localeOf(options.locale);
          if (locale) request.headers.set('Accept-Language', locale);
        },
      ],
    },
  });

  // Date headers have a one-second resolution: a smaller difference is noise, not a clock apart.
  const noteServerTime = (response: Response) => {
    const date = Date.parse(response.headers.get('Date') ?? '');
    if (Number.isNaN(date)) return;
    const offset = date - Date.now();
    clock.offsetMs = Math.abs(offset) < 2000 ? 0 : offset;
  };

  // A FHIR server on another origin (a SMART on FHIR or EHR server) has its own token: the portal's never goes
  // there, and that one never comes to the portal.
  const fhirElsewhere = fhirBase.origin !== apiBase.origin;

  const authorization = (server: 'api' | 'fhir' = 'api'): Record<string, string> => {
    const session = options.session?.();
    if (!session) throw new PortalProblemError({ type: 'about:blank', title: 'Not signed in', status: 401 });
    const token = server === 'fhir' && fhirElsewhere ? session.fhirAccessToken : session.accessToken;
    if (!token)
      throw new PortalProblemError({ type: 'about:blank', title: 'No token for the FHIR server', status: 401 });
    return { Authorization: `Bearer ${token}` };
  };

  /** Sends one request and returns its body; every failure becomes a `PortalError` (an abort stays an abort). */
  const send = async (
    method: 'get' | 'post' | 'delete',
    url: URL,
    init: {
      json?: unknown;
      signal?: AbortSignal | undefined;
      authenticated?: boolean;
      accept?: string;
      server?: 'api' | 'fhir';
    },
  ): Promise<Response> => {
    const headers: Record<string, string> = {
      Accept: init.accept ?? acceptJson,
      ...(init.authenticated ? authorization(init.server) : {}),
    };
    try {
      const response = await http(url, {
        method,
        headers,
        ...(init.json === undefined ? {} : { json: init.json }),
        ...(init.signal ? { signal: init.signal } : {}),
      });
      noteServerTime(response);
      return response;
    } catch (error) {
      if (isAbortError(error)) throw error;
      if (error instanceof HTTPError) {
        noteServerTime(error.response);
        const problem = await toProblemError(error.response);
        // Only the portal's own refusal ends the portal's session: another FHIR server's 401 is that server's.
        if (problem.status === 401 && init.authenticated && !(init.server === 'fhir' && fhirElsewhere))
          options.onUnauthorized?.();
        throw problem;
      }
      if (error instanceof TimeoutError) throw new PortalTimeoutError(timeout);
      if (error instanceof PortalError) throw error;
      throw new PortalNetworkError();
    }
  };

  const call = async <T>(
    schema: z.ZodMiniType<T>,
    method: 'get' | 'post',
    path: string,
    init: { json?: unknown; signal?: AbortSignal | undefined; authenticated?: boolean } = {},
  ): Promise<T> => {
    const response = await send(method, new URL(path, apiBase), init);
    return validate(schema, await readJson(response));
  };

  const fhirGet = async (url: URL, signal: AbortSignal | undefined): Promise<unknown> => {
    // The bearer token goes only to the FHIR base's origin, whatever path a server's link takes there (HAPI's
    // `<base>?_getpages=`, another path of the same host); never elsewhere, and never down a path that hides a
    // climb in escapes (`..%2f`, `%2e%2e`, `%5c`), which the server might decode into somewhere else.
    const rawPath = url.href.slice(url.origin.length).split(/[?#]/)[0] ?? '';
    if (url.origin !== fhirBase.origin || url.protocol !== fhirBase.protocol || /%2e|%2f|%5c|\\/i.test(rawPath)) {
      throw new PortalResponseError('a link leaves the FHIR server');
    }
    const response = await send('get', url, {
      signal,
      authenticated: true,
      accept: 'application/fhir+json',
      server: 'fhir',
    });
    return readJson(response);
  };

  const patientId = (): string => {
    authorization();
    return options.session?.()?.patientId ?? '';
  };

  /**
   * The read of the patient under way, shared by every caller of the same session (the portal reads the patient for
   * its language as the records read it for their heading): one request, which stops when every caller gave up.
   */
  let patientRead: { key: string; promise: Promise<Patient>; stop: AbortController; waiting: number } | undefined;
  const readPatient = async ({ signal }: CallOptions = {}): Promise<Patient> => {
    signal?.throwIfAborted();
    const key = `${authorization('fhir').Authorization}\n${patientId()}`;
    if (patientRead?.key !== key) {
      const stop = new AbortController();
      const read = {
        key,
        stop,
        waiting: 0,
        promise: fhirGet(new URL(`Patient/${segment(patientId())}`, fhirBase), stop.signal)
          .then(async (json) => validate((await loadFhirSide()).PatientSchema, json))
          .finally(() => patientRead === read && (patientRead = undefined)),
      };
      patientRead = read;
    }
    const read = patientRead;
    read.waiting += 1;
    try {
      return await new Promise<Patient>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
        read.promise.then(resolve, reject);
      });
    } finally {
      // The last caller gone: a read still under way stops (once over, stopping it changes nothing).
      if (--read.waiting === 0) {
        read.stop.abort();
        if (patientRead === read) patientRead = undefined;
      }
    }
  };

  async function* searchPages<T extends SearchableType>(
    type: T,
    { params = {}, signal, from }: SearchOptions = {},
  ): AsyncGenerator<SearchPage<T>> {
    const first = new URL(type, fhirBase);
    const query = new URLSearchParams({ patient: patientId() });
    for (const [name, value] of Object.entries(params)) {
      for (const each of typeof value === 'string' ? [value] : value) query.append(name, each);
    }
    first.search = query.toString();
    let url: URL | undefined = from === undefined ? first : new URL(from, fhirBase);
    const seen = new Set<string>();
    while (url) {
      // A server that links a page to itself (or loops) would otherwise keep the patient waiting forever.
      if (seen.has(url.href)) throw new PortalResponseError('the search pages loop');
      seen.add(url.href);
      const [json, { BundleSchema, parseSearchBundle }] = await Promise.all([fhirGet(url, signal), loadFhirSide()]);
      const bundle: Bundle = validate(BundleSchema, json);
      const page: SearchPage<T> = parseSearchBundle(bundle, type, url.href);
      if (page.next && seen.size >= maxPages) {
        delete page.next;
        page.capped = true;
      }
      yield page;
      url = page.next ? new URL(page.next) : undefined;
    }
  }

  return {
    getInvitation: (token, { signal } = {}) => call(InvitationSchema, 'get', invitationPath(token), { signal }),
    verifyPin: (token, json, { signal } = {}) =>
      call(VerificationSchema, 'post', `${invitationPath(token)}/verify`, { json, signal }),
    sendCode: (token, json, { signal } = {}) =>
      call(CodeSentSchema, 'post', `${invitationPath(token)}/codes`, { json, signal }),
    verifyCode: (token, json, { signal } = {}) =>
      call(VerificationSchema, 'post', `${invitationPath(token)}/codes/verify`, { json, signal }),
    getSecurityQuestions: ({ signal } = {}) =>
      call(SecurityQuestionListSchema, 'get', securityQuestionsPath, { signal }),
    getPasswordPolicy: ({ signal } = {}) => call(PasswordPolicySchema, 'get', passwordPolicyPath, { signal }),
    createAccount: async (json, { signal } = {}) =>
      (await call(SessionResponseSchema, 'post', 'accounts', { json, signal })).session,
    signIn: async (json, { signal } = {}) =>
      (await call(SessionResponseSchema, 'post', 'sessions', { json, signal })).session,
    startRecovery: (body, { signal } = {}) => call(RecoveryStartedSchema, 'post', 'recovery', { json: body, signal }),
    sendRecoveryCode: (body, { signal } = {}) =>
      call(RecoveryCodeSentSchema, 'post', 'recovery/codes', { json: body, signal }),
    verifyRecoveryCode: (body, { signal } = {}) =>
      call(RecoveryQuestionSchema, 'post', 'recovery/codes/verify', { json: body, signal }),
    answerRecoveryQuestion: (body, { signal } = {}) =>
      call(RecoveryAnsweredSchema, 'post', 'recovery/answer', { json: body, signal }),
    resetPassword: async (body, { signal } = {}) => {
      const response = await send('post', new URL('recovery/password', apiBase), { json: body, signal });
      // Only a 204 says the password was set: any other answer (a proxy's page, a body) leaves it unknown.
      if (response.status !== 204) throw new PortalResponseError(`expected 204, got ${response.status}`);
    },
    recoverUsername: (body, { signal } = {}) =>
      call(UsernameSentSchema, 'post', 'recovery/username', { json: body, signal }),
    keepalive: ({ signal } = {}) =>
      call(KeepaliveSchema, 'post', 'sessions/current/keepalive', { signal, authenticated: true }),
    signOut: async ({ signal } = {}) => {
      await send('delete', new URL('sessions/current', apiBase), { signal, authenticated: true });
    },
    readPatient,
    read: async (type, id, { signal } = {}) => {
      const [json, { includableSchemas }] = await Promise.all([
        fhirGet(new URL(`${type}/${segment(id)}`, fhirBase), signal),
        loadFhirSide(),
      ]);
      return validate(includableSchemas[type] as unknown as z.ZodMiniType<IncludableResource<typeof type>>, json);
    },
    searchPages,
    searchAll: async (type, options) => {
      const result: SearchResult<typeof type> = { resources: [], included: [], skipped: [], pages: 0 };
      for await (const page of searchPages(type, options)) {
        result.resources.push(...page.resources);
        result.included.push(...page.included);
        result.skipped.push(...page.skipped);
        if (page.total !== undefined) result.total = page.total;
        if (page.capped) result.capped = true;
        result.pages += 1;
      }
      return result;
    },
  };
}
