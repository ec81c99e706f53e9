/**
 * Starts the mock portal in a browser page, behind MSW's service worker. Only a demo, a story or a test calls this:
 * the SDK's production entries never import it.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockHandlers, type MockHandlersOptions } from './handlers.js';
import { MockPortal, type MockPortalOptions, type MockPortalSnapshot } from './portal.js';

export interface StartMockPortalOptions extends MockHandlersOptions, MockPortalOptions {
  /** Where the page serves MSW's worker script. Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /**
   * Keep the mock's (fictional) state in sessionStorage so it survives navigation between pages; a new browser
   * session starts from the seed. Default `true`.
   */
  persist?: boolean;
  /** The sessionStorage key. Default `pf-mock-portal`. */
  storageKey?: string;
  /** Log each intercepted request to the console. Default `false`. */
  logRequests?: boolean;
}

export interface RunningMockPortal {
  portal: MockPortal;
  worker: SetupWorker;
  /** Stops intercepting; the state stays where it was saved. */
  stop(): void;
}

/** The Trusted Types policy the mock registers its worker through; a page that enforces Trusted Types lists it. */
export const mockWorkerPolicyName = 'pf-mock-worker';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

let workerPolicy: ReturnType<TrustedTypesLike['createPolicy']> | undefined;

/**
 * Registers the worker through the mock's own Trusted Types policy, which passes only the one URL the page named,
 * on a page that requires Trusted Types for scripts (MSW hands `register` a plain string, which such a page
 * refuses). Elsewhere, and once the worker is registered, `register` is the browser's own.
 */
async function withTrustedWorkerUrl<T>(url: string, start: () => Promise<T>): Promise<T> {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  const container = navigator.serviceWorker;
  if (!trustedTypes || !container) return start();
  workerPolicy ??= trustedTypes.createPolicy(mockWorkerPolicyName, {
    createScriptURL: (candidate) => {
      if (new URL(candidate, location.href).href !== new URL(url, location.href).href)
        throw new TypeError(`The mock registers only its own worker, not ${candidate}`);
      return candidate;
    },
  });
  const policy = workerPolicy;
  const register = container.register.bind(container);
  container.register = (scriptUrl, options) => register(policy.createScriptURL(String(scriptUrl)) as string, options);
  try {
    return await start();
  } finally {
    delete (container as Partial<ServiceWorkerContainer>).register;
  }
}

const readSnapshot = (key: string): MockPortalSnapshot | undefined => {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as MockPortalSnapshot | null;
    return saved?.version === 5 ? saved : undefined;
  } catch {
    return undefined;
  }
};

/** Starts the mock portal in this page and resolves once the service worker intercepts requests. */
export async function startMockPortal(options: StartMockPortalOptions = {}): Promise<RunningMockPortal> {
  const { serviceWorkerUrl = '/mockServiceWorker.js', persist = true, storageKey = 'pf-mock-portal' } = options;
  const portal = new MockPortal(options);
  const saved = persist ? readSnapshot(storageKey) : undefined;
  if (saved) portal.restore(saved);
  else await portal.reset();
  if (persist) {
    let pending = false;
    const save = () => sessionStorage.setItem(storageKey, JSON.stringify(portal.snapshot()));
    portal.onChange(() => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        save();
      });
    });
    save();
  }
  // MSW asks a worker already installed to update itself and does not wait for the answer: when the page navigates
  // meanwhile, the browser rejects that update and the rejection goes unhandled. The installed worker keeps
  // serving, so that one rejection is not an error of the page.
  addEventListener('unhandledrejection', (event) => {
    if (event.reason instanceof Error && event.reason.message.startsWith('Failed to update a ServiceWorker'))
      event.preventDefault();
  });
  const worker = setupWorker(...createMockHandlers(portal, options));
  await withTrustedWorkerUrl(serviceWorkerUrl, () =>
    worker.start({
      serviceWorker: { url: serviceWorkerUrl },
      onUnhandledRequest: 'bypass',
      quiet: !options.logRequests,
    }),
  );
  warnOfElementsBeforeTheMock();
  return { portal, worker, stop: () => worker.stop() };
}

/**
 * Says so in the console when elements of the SDK were already on the page, upgraded, before the mock intercepted
 * anything: MSW passes a page's requests to the network until `worker.start()` resolves, so whatever they asked for
 * meanwhile went to the page's own server (and an invitation read that way is "not valid"). The remedy is the
 * order: `await startMockPortal()`, then load the elements.
 */
function warnOfElementsBeforeTheMock(): void {
  const early = [...document.querySelectorAll(':defined')].filter((element) => element.localName.startsWith('pf-'));
  if (!early.length) return;
  const tags = [...new Set(early.map((element) => `<${element.localName}>`))].join(', ');
  console.warn(
    `pf-portal-elements mock: ${tags} ran before the mock portal was ready, so the calls they made went to this ` +
      "page's own server. Load the elements after `await startMockPortal()` resolves (README: A page without a " +
      'bundler).',
  );
}
