/** The mock portal in Node (`setupServer`): for tests and tools that run outside a browser. */
import { setupServer } from 'msw/node';
import { createMockHandlers, type MockHandlersOptions } from './handlers.js';
import { MockPortal, type MockPortalOptions } from './portal.js';

export interface MockPortalServer {
  portal: MockPortal;
  /** An MSW server; call `listen()` to start intercepting and `close()` to stop. */
  server: ReturnType<typeof setupServer>;
}

/** A seeded mock portal behind an MSW server (not yet listening). Give absolute bases: Node has no page URL. */
export async function createMockPortalServer(
  options: MockHandlersOptions & MockPortalOptions = {},
): Promise<MockPortalServer> {
  const portal = new MockPortal(options);
  await portal.reset();
  return { portal, server: setupServer(...createMockHandlers(portal, options)) };
}

export * from './common.js';
