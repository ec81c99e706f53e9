import { expect } from '@open-wc/testing';
import { recordingClient } from '../../test/helpers/network.js';
import { createPortalClient } from './client.js';

/**
 * The client's transport (ky, zod/mini, the API's schemas) is not on a form's critical path: the page loads it when a
 * client is made, and a call made before it arrived is sent once it has. This file runs in a page of its own, before
 * anything else loaded the transport.
 */
const loaded = (pattern: RegExp) =>
  performance.getEntriesByType('resource').some((entry) => pattern.test(new URL(entry.name).pathname));
const transportFiles = /\/src\/api\/transport\.ts$|\/node_modules\/(ky|zod)\//;

describe('the client before its transport arrives', () => {
  it('loads neither ky nor zod until a client is made, then fetches them at once, with no call yet', async () => {
    expect(loaded(transportFiles), 'loaded with the client module').to.equal(false);
    const requests: Request[] = [];
    createPortalClient({
      apiBase: 'https://portal.example/api/',
      fetch: (input, init) => {
        requests.push(new Request(input, init));
        return Promise.reject(new TypeError('offline'));
      },
    });
    for (let tries = 0; !loaded(/\/src\/api\/transport\.ts$/) && tries < 200; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(loaded(/\/src\/api\/transport\.ts$/), 'fetched once a client is made').to.equal(true);
    expect(requests, 'no request of its own').to.deep.equal([]);
  });

  it('sends each call made before the transport arrived, once it has', async () => {
    const { client, sent } = recordingClient();
    const first = client.signIn({ username: 'sue', password: 'first try' });
    const second = client.signIn({ username: 'sue', password: 'second try' });
    expect((await first).patientId).to.equal('p1');
    expect((await second).accessToken).to.equal('tok');
    expect(sent).to.deep.equal(['POST /api/sessions', 'POST /api/sessions']);
  });
});
