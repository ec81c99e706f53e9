import { executeServerCommand } from '@web/test-runner-commands';
import { createPortalClient, type PortalClient } from '../../src/api/client.js';

/** The session a fake portal hands out. */
export const fakeSession = {
  accessToken: 'tok',
  patientId: 'p1',
  expiresAt: '2030-01-01T00:00:00Z',
  idleTimeoutSeconds: 900,
};

/**
 * A client of a portal that is not there: each request it sends is recorded (`METHOD /path`), and answered with
 * `answer` (by default as a sign-in is, with `fakeSession`), signed in as `fakeSession`. For the tests of the client's
 * own loading, which must not load the mock.
 */
export function recordingClient(
  answer: { body: unknown; status: number } = { body: { session: fakeSession }, status: 201 },
): { client: PortalClient; sent: string[] } {
  const sent: string[] = [];
  const client = createPortalClient({
    apiBase: 'https://portal.example/api/',
    session: () => fakeSession,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
  return { client, sent };
}

/**
 * From now on, until called again, the page's requests for files whose paths end with these fail as a dropped
 * connection does (`[]` ends that): see the `fail-requests` command in web-test-runner.config.mjs.
 */
export const failRequests = (paths: string[]) => executeServerCommand('fail-requests', paths);
