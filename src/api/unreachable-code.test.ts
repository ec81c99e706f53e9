import { expect } from '@open-wc/testing';
import { PortalNetworkError } from './errors.js';
import { failRequests, recordingClient } from '../../test/helpers/network.js';

/**
 * The client's code that arrives after the page (its transport; the FHIR side, the first time it reads the record)
 * may not: a patient's network drops a file as it drops a call. Each such call fails as a network error, as a call
 * the network dropped does, and the next call fetches the code again. This file runs in a page of its own, before
 * anything else loaded that code.
 */
describe('the client when its code cannot be fetched', () => {
  afterEach(() => failRequests([]));

  it('fails a call as a network error, sending nothing, while its transport cannot be fetched; then sends the next', async () => {
    await failRequests(['src/api/transport.ts']);
    const { client, sent } = recordingClient();
    const failed = await client.signIn({ username: 'sue', password: 'Blue-Heron-42' }).catch((error) => error);
    expect(failed).to.be.instanceOf(PortalNetworkError);
    expect(sent, 'nothing sent without the transport').to.deep.equal([]);

    await failRequests([]);
    expect((await client.signIn({ username: 'sue', password: 'Blue-Heron-42' })).patientId).to.equal('p1');
    expect(sent).to.deep.equal(['POST /api/sessions']);
  });

  it('fails a read of the record as a network error while the FHIR side cannot be fetched; then reads', async () => {
    const { client, sent: read } = recordingClient({
      body: { resourceType: 'Patient', id: 'p1', name: [{ given: ['Sue'], family: 'Lee' }] },
      status: 200,
    });
    await failRequests(['src/api/fhir/reading.ts']);
    const failed = await client.readPatient().catch((error) => error);
    expect(failed).to.be.instanceOf(PortalNetworkError);

    await failRequests([]);
    const patient = await client.readPatient();
    expect(patient.name?.[0]?.family).to.equal('Lee');
    expect(read.at(-1)).to.equal('GET /api/fhir/r4/Patient/p1');
  });
});
