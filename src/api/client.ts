import { PortalNetworkError } from './errors.js';
import {
  acceptJson,
  invitationPath,
  localeOf,
  passwordPolicyPath,
  requestInit,
  securityQuestionsPath,
} from './requests.js';
import type { SearchPage } from './fhir/bundle.js';
import type { IncludableResource, IncludableType, Patient, SearchableType } from './fhir/schemas.js';
import type {
  AnswerRecoveryRequest,
  CodeSent,
  CreateAccountRequest,
  Invitation,
  Keepalive,
  PasswordPolicy,
  RecoverUsernameRequest,
  RecoveryAnswered,
  RecoveryCodeSent,
  RecoveryQuestion,
  RecoveryStarted,
  ResetPasswordRequest,
  SecurityQuestion,
  SendCodeRequest,
  SendRecoveryCodeRequest,
  Session,
  SignInRequest,
  StartRecoveryRequest,
  UsernameSent,
  Verification,
  VerifyCodeRequest,
  VerifyPinRequest,
  VerifyRecoveryCodeRequest,
} from './schemas.js';

export interface PortalClientOptions {
  /** Where the portal API lives; relative to the page in a browser, absolute elsewhere. Default `/api/portal`. */
  apiBase?: string;
  /** Where the FHIR R4 API lives. Default `<apiBase>/fhir/r4`. */
  fhirBase?: string;
  /** The fetch to use (a test double, or a framework's). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** The language for texts the server writes (security questions, problem titles): sent as `Accept-Language`. */
  locale?: string | (() => string | undefined);
  /** The current session, read on every authenticated call. */
  session?: () => Session | undefined;
  /** Called when the server refuses the session (a 401 on an authenticated call). */
  onUnauthorized?: () => void;
  /** Milliseconds before a request gives up. Default 15,000. */
  timeout?: number;
  /**
   * The most pages one search follows before it stops and says so (`SearchPage.capped`): a server whose `next`
   * links never end cannot keep the patient waiting. Default 200.
   */
  maxPages?: number;
  /** How many times a GET is tried again after a network error or a 408/5xx. POSTs never are. Default 2. */
  retries?: number;
}

/** Options every call takes. */
export interface CallOptions {
  /** Aborts the request; the call then rejects with the signal's `AbortError`, which is not a failure to show. */
  signal?: AbortSignal;
}

export interface SearchOptions extends CallOptions {
  /**
   * Search parameters besides `patient` (for example `category`, `_count`, `_sort`, `_include`); a list repeats the
   * parameter (`_include` twice).
   */
  params?: Record<string, string | readonly string[]>;
  /**
   * Goes on with a search from one of its pages' `next` link (`SearchPage.next`) instead of starting it: after a page
   * failed, the search asks for that page again. The link is held to the FHIR server as every `next` link is.
   */
  from?: string;
}

/** Everything a FHIR search gathered, across its pages. */
export interface SearchResult<T extends SearchableType> extends Omit<SearchPage<T>, 'next'> {
  pages: number;
}

/**
 * A typed client for the portal API, whose contract is `pf-portal-elements/openapi.json`. It knows no DOM: elements get
 * it from `<pf-portal>`.
 */
export interface PortalClient {
  readonly apiBase: string;
  readonly fhirBase: string;
  /**
   * The portal's clock in epoch milliseconds: this device's clock corrected by the `Date` of the last answer, so
   * countdowns to the server's deadlines (`resendAfter`, `expiresAt`) hold even when the two clocks disagree.
   */
  serverNow(): number;
  getInvitation(token: string, options?: CallOptions): Promise<Invitation>;
  verifyPin(token: string, body: VerifyPinRequest, options?: CallOptions): Promise<Verification>;
  sendCode(token: string, body: SendCodeRequest, options?: CallOptions): Promise<CodeSent>;
  verifyCode(token: string, body: VerifyCodeRequest, options?: CallOptions): Promise<Verification>;
  getSecurityQuestions(options?: CallOptions): Promise<SecurityQuestion[]>;
  getPasswordPolicy(options?: CallOptions): Promise<PasswordPolicy>;
  createAccount(body: CreateAccountRequest, options?: CallOptions): Promise<Session>;
  signIn(body: SignInRequest, options?: CallOptions): Promise<Session>;
  /**
   * Begins the recovery of a forgotten password from the username or the email on record. The answer is the same
   * whether or not an account matches; the token it holds goes in the bodies of the next steps, never in a URL.
   */
  startRecovery(body: StartRecoveryRequest, options?: CallOptions): Promise<RecoveryStarted>;
  /** Sends a recovery code to the email or the phone on record (by text or voice). */
  sendRecoveryCode(body: SendRecoveryCodeRequest, options?: CallOptions): Promise<RecoveryCodeSent>;
  /** Checks the recovery code; the right one answers the account's security question. */
  verifyRecoveryCode(body: VerifyRecoveryCodeRequest, options?: CallOptions): Promise<RecoveryQuestion>;
  /** Checks the answer to the security question; the right one lets a new password be set. */
  answerRecoveryQuestion(body: AnswerRecoveryRequest, options?: CallOptions): Promise<RecoveryAnswered>;
  /** Sets the new password: every session of the account ends, and sign-in's pauses for it are lifted. */
  resetPassword(body: ResetPasswordRequest, options?: CallOptions): Promise<void>;
  /** Sends the username to the email or phone on record when it and the date of birth match; answers alike if not. */
  recoverUsername(body: RecoverUsernameRequest, options?: CallOptions): Promise<UsernameSent>;
  keepalive(options?: CallOptions): Promise<Keepalive>;
  signOut(options?: CallOptions): Promise<void>;
  /** The signed-in patient's FHIR Patient resource. */
  readPatient(options?: CallOptions): Promise<Patient>;
  /** One resource the records refer to (a Medication, a Practitioner...), read by its id from the FHIR base. */
  read<T extends IncludableType>(type: T, id: string, options?: CallOptions): Promise<IncludableResource<T>>;
  /** One FHIR search for the signed-in patient, page by page, following the server's `next` links. */
  searchPages<T extends SearchableType>(type: T, options?: SearchOptions): AsyncGenerator<SearchPage<T>>;
  /** One FHIR search for the signed-in patient, every page gathered. */
  searchAll<T extends SearchableType>(type: T, options?: SearchOptions): Promise<SearchResult<T>>;
}

const absolute = (base: string, name: string): URL => {
  try {
    const url = new URL(base, globalThis.location?.href);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  } catch {
    throw new TypeError(`${name} must be an absolute URL where the page has no location`);
  }
};

/** The client's calls, which go to the servers (`transport.ts`). */
export type Calls = Omit<PortalClient, 'apiBase' | 'fhirBase' | 'serverNow'>;

/** Where a client keeps the difference between the server's clock and this device's. */
export interface Clock {
  offsetMs: number;
}

/** What `transport.ts` gives: the calls of one client, to the bases it resolved. */
interface TransportModule {
  createTransport(options: PortalClientOptions, apiBase: URL, fhirBase: URL, clock: Clock): Calls;
}

/** What talks to the servers, fetched once for the page; a file that could not be fetched is the network's fault. */
let transportModule: TransportModule | undefined;
let loadingTransport: Promise<TransportModule> | undefined;
const loadTransport = () =>
  (loadingTransport ??= import('./transport.js').then(
    (module) => (transportModule = module),
    () => {
      loadingTransport = undefined;
      throw new PortalNetworkError();
    },
  ));

/**
 * The reads that need nothing but their path (no session, no body): made before the transport has arrived, each is
 * sent at once, and the transport takes its answer over (`headStarts`), so a form that reads as it shows is not kept
 * waiting for ky and zod to download before its request even leaves.
 */
type PathOf = (args: unknown[]) => { path: string; options?: CallOptions | undefined };
const headStartPaths: Partial<Record<keyof Calls, PathOf>> = {
  getInvitation: ([token, options]) => ({ path: invitationPath(token as string), options: options as CallOptions }),
  getSecurityQuestions: ([options]) => ({ path: securityQuestionsPath, options: options as CallOptions }),
  getPasswordPolicy: ([options]) => ({ path: passwordPolicyPath, options: options as CallOptions }),
};

/** What must be the same for a request sent early to stand for the transport's own. */
const sameRequest = (request: Request) =>
  [request.method, request.url, request.credentials, request.cache, ...request.headers].join('\n');

interface HeadStart {
  key: string;
  response: Promise<Response>;
  stop: AbortController;
}

/**
 * Reads a client sent before its transport arrived, each waiting for the transport's fetch of the same request
 * (method, URL, headers and options alike), which it answers instead of a second request. The transport's signal
 * (its timeout, the caller's abort) then stops it; one the transport asks for differently (the language changed
 * meanwhile) is stopped, and the transport's own is sent.
 */
function headStarts(send: typeof fetch, apiBase: URL, options: PortalClientOptions) {
  const waiting: HeadStart[] = [];
  /** A read the transport did not take (the call gave up, or the transport never came) is stopped. */
  const drop = (start: HeadStart) => {
    const at = waiting.indexOf(start);
    if (at < 0) return;
    waiting.splice(at, 1);
    start.stop.abort();
  };
  return {
    /** The fetch the transport sends with: a read sent early answers it, any other request goes out. */
    fetch: ((input, init) => {
      // ky sends a Request. Only a GET is looked at (a request with a body is never copied, which would use it up),
      // and one already given up takes no read another call may still want: it fails as the browser fails it.
      const request = input instanceof Request && input.method === 'GET' && !input.signal.aborted ? input : undefined;
      const key = request && waiting.length > 0 ? sameRequest(request) : undefined;
      const early = waiting.find((start) => start.key === key);
      if (!request || !early) return send(input, init);
      waiting.splice(waiting.indexOf(early), 1);
      request.signal.addEventListener('abort', () => early.stop.abort(request.signal.reason), { once: true });
      return early.response;
    }) as typeof fetch,
    /** Sends the call's read now, as the transport will ask for it, when it is one (`headStartPaths`). */
    start(name: keyof Calls, args: unknown[]): HeadStart | undefined {
      const read = headStartPaths[name]?.(args);
      const signal = read?.options?.signal;
      if (!read || signal?.aborted) return undefined;
      const locale = localeOf(options.locale);
      const stop = new AbortController();
      const request = new Request(new URL(read.path, apiBase), {
        ...requestInit,
        headers: { Accept: acceptJson, ...(locale ? { 'Accept-Language': locale } : {}) },
        signal: stop.signal,
      });
      const start: HeadStart = { key: sameRequest(request), response: send(request), stop };
      // Its failure is the call's, once the transport takes it; one never taken fails no one.
      start.response.catch(() => undefined);
      waiting.push(start);
      signal?.addEventListener('abort', () => drop(start), { once: true });
      return start;
    },
    drop,
  };
}

/**
 * Creates a client for one portal. See `PortalClientOptions` for the defaults. It returns at once: what talks to the
 * servers (ky, zod/mini and the API's schemas) is fetched as the client is made, and a call made before it has
 * arrived waits for it; a read that needs nothing but its path (the invitation, the security questions, the password
 * rules) is sent at once, and its answer waits for it instead.
 */
export function createPortalClient(options: PortalClientOptions = {}): PortalClient {
  const apiBase = absolute(options.apiBase ?? '/api/portal', 'apiBase');
  const fhirBase = absolute(options.fhirBase ?? new URL('fhir/r4', apiBase).href, 'fhirBase');
  const clock: Clock = { offsetMs: 0 };
  const given = options.fetch;
  const early = headStarts((input, init) => (given ?? globalThis.fetch)(input, init), apiBase, options);
  const transportOptions: PortalClientOptions = { ...options, fetch: early.fetch };

  // Once the transport is on the page, a call starts as it is made (with the session and the signal of that moment).
  // Before, it is asked for now, while the page draws what it shows, and a call made sooner waits for it; when it
  // could not be fetched, that call says so, and the next one asks again.
  let transport = transportModule?.createTransport(transportOptions, apiBase, fhirBase, clock);
  const ready = async (): Promise<Calls> => {
    const module = await loadTransport();
    return (transport ??= module.createTransport(transportOptions, apiBase, fhirBase, clock));
  };
  if (!transport) ready().catch(() => undefined);
  const later = <K extends Exclude<keyof Calls, 'searchPages'>>(name: K): Calls[K] =>
    ((...args: unknown[]) => {
      const call = (calls: Calls) => (calls[name] as (...a: unknown[]) => unknown)(...args);
      if (transport) return call(transport);
      const sent = early.start(name, args);
      const answer = ready().then(call);
      if (sent) {
        const done = () => early.drop(sent);
        void answer.then(done, done);
      }
      return answer;
    }) as Calls[K];

  return {
    apiBase: apiBase.href,
    fhirBase: fhirBase.href,
    serverNow: () => Date.now() + clock.offsetMs,
    getInvitation: later('getInvitation'),
    verifyPin: later('verifyPin'),
    sendCode: later('sendCode'),
    verifyCode: later('verifyCode'),
    getSecurityQuestions: later('getSecurityQuestions'),
    getPasswordPolicy: later('getPasswordPolicy'),
    createAccount: later('createAccount'),
    signIn: later('signIn'),
    startRecovery: later('startRecovery'),
    sendRecoveryCode: later('sendRecoveryCode'),
    verifyRecoveryCode: later('verifyRecoveryCode'),
    answerRecoveryQuestion: later('answerRecoveryQuestion'),
    resetPassword: later('resetPassword'),
    recoverUsername: later('recoverUsername'),
    keepalive: later('keepalive'),
    signOut: later('signOut'),
    readPatient: later('readPatient'),
    read: later('read'),
    searchPages: async function* (type, searchOptions) {
      yield* (transport ?? (await ready())).searchPages(type, searchOptions);
    },
    searchAll: later('searchAll'),
  };
}
