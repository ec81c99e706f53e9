import { expect } from '@open-wc/testing';
import { createPortalClient } from './client.js';
import { PortalProblemError, PortalResponseError } from './errors.js';

const session = { accessToken: 'tok', patientId: 'p1', expiresAt: '2030-01-01T00:00:00Z', idleTimeoutSeconds: 900 };

/** A fetch that answers from a table of URL → body and records what it was asked. */
const fakeFetch = (answers: Record<string, unknown>) => {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const body = answers[request.url];
    return body === undefined
      ? new Response('{}', { status: 404 })
      : new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
  };
  return { fetch, requests };
};

const searchset = (ids: string[], next?: string) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  link: next ? [{ relation: 'next', url: next }] : [],
  entry: ids.map((id) => ({ resource: { resourceType: 'Procedure', id, status: 'completed' } })),
});

describe('createPortalClient', () => {
  it('follows next links across pages, with the bearer token, and gathers every page', async () => {
    const base = 'https://records.example/fhir/r4/';
    const { fetch, requests } = fakeFetch({
      [`${base}Procedure?patient=p1`]: searchset(['a', 'b'], `${base}Procedure?patient=p1&page=2`),
      [`${base}Procedure?patient=p1&page=2`]: searchset(['c']),
    });
    const client = createPortalClient({
      apiBase: 'https://records.example/api/',
      fhirBase: base,
      fetch,
      session: () => session,
    });
    const result = await client.searchAll('Procedure');
    expect(result.resources.map((resource) => resource.id)).to.deep.equal(['a', 'b', 'c']);
    expect(result.pages).to.equal(2);
    expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal(['Bearer tok', 'Bearer tok']);
    expect(requests[0]?.headers.get('Accept')).to.equal('application/fhir+json');
  });

  it('never sends the token to a next link outside the FHIR base', async () => {
    const base = 'https://records.example/fhir/r4/';
    const { fetch, requests } = fakeFetch({
      [`${base}Procedure?patient=p1`]: searchset(['a'], 'https://elsewhere.example/fhir/r4/Procedure?page=2'),
    });
    const client = createPortalClient({
      apiBase: 'https://records.example/api/',
      fhirBase: base,
      fetch,
      session: () => session,
    });
    const error = await client.searchAll('Procedure').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(PortalResponseError);
    expect(requests).to.have.length(1);
  });

  it('stops a search whose pages loop', async () => {
    const base = 'https://records.example/fhir/r4/';
    const { fetch } = fakeFetch({ [`${base}Procedure?patient=p1`]: searchset(['a'], `${base}Procedure?patient=p1`) });
    const client = createPortalClient({
      apiBase: 'https://records.example/api/',
      fhirBase: base,
      fetch,
      session: () => session,
    });
    expect(await client.searchAll('Procedure').catch((caught: unknown) => caught)).to.be.instanceOf(
      PortalResponseError,
    );
  });

  it('sends the locale as Accept-Language and resolves a relative base against the page', async () => {
    const { fetch, requests } = fakeFetch({});
    const client = createPortalClient({ fetch, locale: () => 'es', retries: 0 });
    expect(client.apiBase).to.equal(new URL('/api/portal/', location.href).href);
    expect(client.fhirBase).to.equal(new URL('/api/portal/fhir/r4/', location.href).href);
    const error = await client.getPasswordPolicy().catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(PortalProblemError);
    expect((error as PortalProblemError).code).to.equal('not-found');
    expect(requests[0]?.headers.get('Accept-Language')).to.equal('es');
    expect(requests[0]?.url).to.equal(new URL('/api/portal/password-policy', location.href).href);
  });

  it('keeps PHI out of URLs: the date of birth and PIN travel in the body', async () => {
    const { fetch, requests } = fakeFetch({});
    const client = createPortalClient({ fetch });
    await client.verifyPin('inv-token', { dateOfBirth: '1962-03-14', pin: '482913' }).catch(() => undefined);
    const request = requests[0];
    expect(request?.method).to.equal('POST');
    expect(request?.url).to.not.contain('1962');
    expect(request?.url).to.not.contain('482913');
    expect(await request?.text()).to.equal('{"dateOfBirth":"1962-03-14","pin":"482913"}');
  });

  it("follows the server's clock from the Date of its answers", async () => {
    const serverTime = Date.now() + 3_600_000;
    const fetch = async () =>
      new Response('{"expiresAt":"2030-01-01T00:00:00Z"}', {
        headers: { 'Content-Type': 'application/json', Date: new Date(serverTime).toUTCString() },
      });
    const client = createPortalClient({ apiBase: 'https://portal.example/api/', fetch, session: () => session });
    expect(client.serverNow() - Date.now()).to.be.below(1000);
    await client.keepalive();
    expect(client.serverNow() - Date.now()).to.be.closeTo(3_600_000, 2000);
  });
});
