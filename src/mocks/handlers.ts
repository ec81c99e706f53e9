/**
 * The mock portal as MSW request handlers: the portal API, the FHIR API and the `__mock` controls, the same in the
 * browser (service worker), in Node, in tests, in Storybook and in the demo.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { MockFault, MockPortal } from './portal.js';
import { type MockRequestContext, type MockResponse, problem } from './responses.js';
import { seedPatients } from './seed/patients.js';
import { pickLanguage } from './texts.js';

export interface MockHandlersOptions {
  /** Where the portal API answers. Default `/api/portal`. */
  apiBase?: string;
  /** Where the FHIR API answers. Default `<apiBase>/fhir/r4`. */
  fhirBase?: string;
}

type Method = 'get' | 'post' | 'delete';
type Operation = (
  request: Request,
  params: Record<string, string>,
  context: MockRequestContext,
) => Promise<MockResponse> | MockResponse;

const trimSlash = (value: string) => value.replace(/\/+$/, '');

/** A base MSW can match in this runtime: a relative one becomes `*<base>` where there is no page to resolve it. */
const matchable = (base: string): string =>
  /^[a-z][a-z\d+.-]*:\/\//i.test(base) || typeof location !== 'undefined' ? trimSlash(base) : `*${trimSlash(base)}`;

const toHttpResponse = ({ status, body, headers }: MockResponse, now: number): Response =>
  new HttpResponse(body === undefined ? null : JSON.stringify(body), {
    status,
    // The Date header tells clients the mock's (movable) time, as a real server's tells its own. No answer of the
    // portal is kept by a cache, an empty one (a session's end) included.
    headers: { Date: new Date(now).toUTCString(), 'Cache-Control': 'no-store', ...headers },
  });

/** The header the HTTP mock server sets from the socket (replacing any the client sent). */
export const clientAddressHeader = 'x-pf-client-address';

/** `application/json` or a `+json` type: what a cross-site form cannot send without a preflight. */
const isJson = (contentType: string | null): boolean =>
  /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType ?? '');

const contextOf = (request: Request): MockRequestContext => {
  const authorization = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const clientAddress = request.headers.get(clientAddressHeader);
  const userAgent = request.headers.get('User-Agent');
  return {
    language: pickLanguage(request.headers.get('Accept-Language')),
    ...(match?.[1] ? { accessToken: match[1] } : {}),
    ...(clientAddress ? { clientAddress } : {}),
    ...(userAgent ? { userAgent: userAgent.slice(0, 200) } : {}),
  };
};

const readBody = async (request: Request): Promise<unknown> => {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return Symbol.for('unreadable');
  }
};

/** Plays a fault: an answer to send instead, or nothing when the call should go on (after a delay). */
const playFault = async (
  fault: MockFault,
  portal: MockPortal,
  context: MockRequestContext,
): Promise<Response | undefined> => {
  switch (fault.kind) {
    case 'network':
      return HttpResponse.error();
    case 'delay':
      await delay(fault.ms);
      return undefined;
    case 'malformed':
      return new HttpResponse('{"status": "pending", "practice": {"na', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'wrong-shape':
      return HttpResponse.json({ ok: true, data: [1, 2, 3] }, { status: 200 });
    case 'status': {
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
      if (fault.body !== undefined) {
        headers['Content-Type'] = fault.contentType ?? 'text/plain';
        return new HttpResponse(fault.body, { status: fault.status, headers });
      }
      const answer = problem(fault.status, fault.status >= 500 ? 'server-error' : 'bad-request', context, {
        ...(fault.retryAfter !== undefined ? { retryAfter: fault.retryAfter } : {}),
      });
      return toHttpResponse({ ...answer, headers: { ...answer.headers, ...headers } }, portal.clock.now());
    }
  }
};

/** The handlers of one mock portal. */
export function createMockHandlers(portal: MockPortal, options: MockHandlersOptions = {}): HttpHandler[] {
  const apiBase = matchable(options.apiBase ?? '/api/portal');
  const fhirBase = options.fhirBase ? matchable(options.fhirBase) : `${apiBase}/fhir/r4`;
  const { fhir } = portal;

  const route = (
    method: Method,
    path: string,
    operation: Operation,
    base = apiBase,
    name = `${method.toUpperCase()} ${path}`,
  ) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const context = contextOf(request);
      const fault = portal.takeFault(name);
      if (fault) {
        const answer = await playFault(fault, portal, context);
        if (answer) return answer;
      }
      const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
      return toHttpResponse(await operation(request, flat, context), portal.clock.now());
    });

  const withBody =
    (
      operation: (params: Record<string, string>, body: unknown, context: MockRequestContext) => Promise<MockResponse>,
    ): Operation =>
    async (request, params, context) => {
      // Only JSON: a text/plain, form-encoded or multipart body is what another site's form can send unasked.
      if (!isJson(request.headers.get('Content-Type'))) return problem(415, 'bad-request', context);
      const body = await readBody(request);
      if (typeof body === 'symbol') return problem(400, 'bad-request', context);
      return operation(params, body, context);
    };

  const controls = (method: Method, path: string, respond: (request: Request) => Promise<unknown> | unknown) =>
    http[method](`${apiBase}/__mock${path}`, async ({ request }) => {
      try {
        const body = await respond(request);
        return body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body);
      } catch (error) {
        return HttpResponse.json({ error: (error as Error).message }, { status: 400 });
      }
    });

  return [
    route('get', '/invitations/:token', (_request, { token = '' }, context) => portal.getInvitation(token, context)),
    route(
      'post',
      '/invitations/:token/verify',
      withBody(({ token = '' }, body, context) => portal.verifyPin(token, body, context)),
    ),
    route(
      'post',
      '/invitations/:token/codes',
      withBody(({ token = '' }, body, context) => portal.sendCode(token, body, context)),
    ),
    route(
      'post',
      '/invitations/:token/codes/verify',
      withBody(({ token = '' }, body, context) => portal.verifyCode(token, body, context)),
    ),
    route('get', '/security-questions', (_request, _params, context) => portal.getSecurityQuestions(context)),
    route('get', '/password-policy', () => portal.getPasswordPolicy()),
    route(
      'post',
      '/accounts',
      withBody((_params, body, context) => portal.createAccount(body, context)),
    ),
    route(
      'post',
      '/sessions',
      withBody((_params, body, context) => portal.signIn(body, context)),
    ),
    ...(
      [
        ['/recovery', 'startRecovery'],
        ['/recovery/codes', 'sendRecoveryCode'],
        ['/recovery/codes/verify', 'verifyRecoveryCode'],
        ['/recovery/answer', 'answerRecoveryQuestion'],
        ['/recovery/password', 'resetPassword'],
        ['/recovery/username', 'recoverUsername'],
      ] as const
    ).map(([path, operation]) =>
      route(
        'post',
        path,
        withBody((_params, body, context) => portal[operation](body, context)),
      ),
    ),
    route('post', '/sessions/current/keepalive', (_request, _params, context) => portal.keepalive(context)),
    route('delete', '/sessions/current', (_request, _params, context) => portal.signOut(context)),
    route(
      'get',
      '/:type/:id',
      (_request, { type = '', id = '' }, context) => fhir.read(type, id, context),
      fhirBase,
      'GET /fhir/:type/:id',
    ),
    route(
      'get',
      '/:type',
      (request, _params, context) => fhir.search(new URL(request.url), context),
      fhirBase,
      'GET /fhir/:type',
    ),

    controls('get', '/outbox', () => ({ messages: portal.outbox })),
    controls('get', '/audit', () => ({ events: portal.audit })),
    controls('get', '/patients', () => ({
      patients: seedPatients.map(({ id, given, family, email, birthDate }) => ({
        id,
        name: `${given} ${family}`,
        email,
        birthDate,
        registered: portal.hasAccount(id),
      })),
    })),
    controls('post', '/reset', async () => {
      await portal.reset();
    }),
    controls('post', '/clock', async (request) => {
      const { advanceSeconds } = (await request.json()) as { advanceSeconds?: unknown };
      if (typeof advanceSeconds !== 'number' || !Number.isFinite(advanceSeconds))
        throw new Error('advanceSeconds must be a number');
      portal.clock.advance(advanceSeconds * 1000);
      return { now: portal.clock.date().toISOString() };
    }),
    controls('post', '/faults', async (request) => {
      const {
        fault,
        route: name,
        once = true,
      } = (await request.json()) as { fault?: MockFault; route?: string; once?: boolean };
      if (!fault || typeof fault !== 'object') throw new Error('fault is required');
      if (once) portal.failNext(fault, name);
      else portal.failRoute(fault, name);
      return { faults: portal.faults };
    }),
    controls('delete', '/faults', () => {
      portal.clearFaults();
    }),
    controls('post', '/invitations', async (request) => {
      const { patient } = (await request.json()) as { patient?: unknown };
      if (typeof patient !== 'string') throw new Error('patient is required');
      return portal.frontDeskInvite(patient);
    }),
  ];
}
