import { createPortalClient, type PortalClient } from '../../src/api/client.js';

/** The session a fake portal hands out. */
export const fakeSession = {
  accessToken: 'tok',
  patientId: 'p1',
  expiresAt: '2030-01-01T00:00:00Z',
  idleTimeoutSeconds: 900,
};

/**
 * A client of a portal that is not there: each request it sends is recorded (`METHOD /path`), and answered as a sign-in
 * is, with `fakeSession`. For the tests of the client's own loading, which must not load the mock.
 */
export function recordingClient(): { client: PortalClient; sent: string[] } {
  const sent: string[] = [];
  const client = createPortalClient({
    apiBase: 'https://portal.example/api/',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      return new Response(JSON.stringify({ session: fakeSession }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
  return { client, sent };
}
