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

  it('goes on with a search from a page it linked to, held to the FHIR server as every link is', async () => {
    const base = 'https://records.example/fhir/r4/';
    const second = `${base}Procedure?patient=p1&page=2`;
    const { fetch, requests } = fakeFetch({ [second]: searchset(['c'], `${base}Procedure?patient=p1&page=3`) });
    const client = createPortalClient({
      apiBase: 'https://records.example/api/',
      fhirBase: base,
      fetch,
      session: () => session,
    });
    const page = await client.searchPages('Procedure', { from: second }).next();
    expect(page.done ? [] : page.value.resources.map((resource) => resource.id)).to.deep.equal(['c']);
    expect(page.done ? undefined : page.value.next).to.equal(`${base}Procedure?patient=p1&page=3`);
    expect(requests.map((request) => request.url)).to.deep.equal([second]);
    for (const from of ['https://elsewhere.example/fhir/r4/Procedure?page=2', `${base}..%2f..%2fapi/portal/sessions`]) {
      const error = await client
        .searchPages('Procedure', { from })
        .next()
        .catch((caught: unknown) => caught);
      expect(error, from).to.be.instanceOf(PortalResponseError);
    }
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

  it('reads whom to call from a problem, and drops a malformed one without losing the problem', async () => {
    const answer = (practice: unknown) => async () =>
      new Response(
        JSON.stringify({ type: '/problems/locked', title: 'Paused', status: 429, retryAfter: 60, practice }),
        { status: 429, headers: { 'Content-Type': 'application/problem+json' } },
      );
    const problemWith = async (practice: unknown) => {
      const client = createPortalClient({
        apiBase: 'https://portal.example/api/',
        fetch: answer(practice),
        retries: 0,
      });
      return (await client
        .signIn({ username: 'a', password: 'b' })
        .catch((error: unknown) => error)) as PortalProblemError;
    };
    const named = await problemWith({ name: 'Riverside Family Medicine', phone: '(555) 201-0100' });
    expect([named.code, named.retryAfter, named.practice]).to.deep.equal([
      'locked',
      60,
      { name: 'Riverside Family Medicine', phone: '(555) 201-0100' },
    ]);
    for (const malformed of [{ name: 7 }, 'call us', null]) {
      const problem = await problemWith(malformed);
      expect([problem.code, problem.retryAfter, problem.practice], JSON.stringify(malformed)).to.deep.equal([
        'locked',
        60,
        undefined,
      ]);
    }
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

  it("follows next links in the shapes real servers write: HAPI's on the base, and another path of the same host", async () => {
    const base = 'https://records.example/fhir/r4/';
    const hapi =
      'https://records.example/fhir/r4?_getpages=3a1f&_getpagesoffset=2&_count=2&_pretty=true&_bundletype=searchset';
    const elsewhere = 'https://records.example/paging/continue?ct=eyJ0b2tlbiI6MX0%3D';
    const { fetch, requests } = fakeFetch({
      [`${base}Procedure?patient=p1`]: searchset(['a', 'b'], hapi),
      [hapi]: searchset(['c', 'd'], elsewhere),
      [elsewhere]: searchset(['e']),
    });
    const client = createPortalClient({
      apiBase: 'https://records.example/api/',
      fhirBase: base,
      fetch,
      session: () => session,
    });
    const result = await client.searchAll('Procedure');
    expect(result.resources.map((resource) => resource.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal(Array(3).fill('Bearer tok'));
  });

  it('never follows a next link that hides a climb in escapes, nor one to another host or scheme', async () => {
    const base = 'https://records.example/fhir/r4/';
    const links = [
      'https://records.example/fhir/r4/..%2f..%2fapi/portal/sessions/current',
      'https://records.example/fhir/r4/%2E%2E%2Fadmin?page=2',
      'https://records.example/fhir/r4/..%5c..%5cadmin',
      'https://records.example.evil.test/fhir/r4/Procedure?page=2',
      'http://records.example/fhir/r4/Procedure?page=2',
      'https://records.example:8443/fhir/r4/Procedure?page=2',
    ];
    for (const link of links) {
      const { fetch, requests } = fakeFetch({ [`${base}Procedure?patient=p1`]: searchset(['a'], link) });
      const client = createPortalClient({
        apiBase: 'https://records.example/api/',
        fhirBase: base,
        fetch,
        session: () => session,
      });
      const error = await client.searchAll('Procedure').catch((caught: unknown) => caught);
      expect(error, link).to.be.instanceOf(PortalResponseError);
      expect(requests, link).to.have.length(1);
    }
  });

  it('stops an endless chain of pages at its most pages, and says so', async () => {
    const base = 'https://records.example/fhir/r4/';
    let served = 0;
    const fetch = async () => {
      served += 1;
      return new Response(JSON.stringify(searchset([`r${served}`], `${base}Procedure?patient=p1&page=${served + 1}`)), {
        headers: { 'Content-Type': 'application/fhir+json' },
      });
    };
    const client = createPortalClient({
      apiBase: 'https://records.example/api/',
      fhirBase: base,
      fetch,
      session: () => session,
      maxPages: 25,
    });
    const result = await client.searchAll('Procedure');
    expect(served).to.equal(25);
    expect(result.resources).to.have.length(25);
    expect(result.capped).to.equal(true);
  });

  it('keeps each token to its own server when the FHIR server is another one (SMART on FHIR)', async () => {
    const fhirBase = 'https://ehr.example/fhir/R4/';
    const { fetch, requests } = fakeFetch({
      [`${fhirBase}Procedure?patient=p1`]: searchset(['a']),
      'https://portal.example/api/sessions/current/keepalive': { expiresAt: '2030-01-01T00:00:00Z' },
    });
    let unauthorized = 0;
    const client = createPortalClient({
      apiBase: 'https://portal.example/api/',
      fhirBase,
      fetch,
      session: () => ({ ...session, fhirAccessToken: 'ehr-token' }),
      onUnauthorized: () => (unauthorized += 1),
    });
    await client.searchAll('Procedure');
    await client.keepalive();
    await client.signOut().catch(() => undefined);
    const sent = requests.map((request) => [new URL(request.url).origin, request.headers.get('Authorization')]);
    expect(sent).to.deep.equal([
      ['https://ehr.example', 'Bearer ehr-token'],
      ['https://portal.example', 'Bearer tok'],
      ['https://portal.example', 'Bearer tok'],
    ]);
    // The EHR's refusal is the EHR's: the portal's session is not ended for it.
    const refusing = createPortalClient({
      apiBase: 'https://portal.example/api/',
      fhirBase,
      fetch: async () => new Response('{}', { status: 401 }),
      session: () => ({ ...session, fhirAccessToken: 'ehr-token' }),
      onUnauthorized: () => (unauthorized += 1),
    });
    await refusing.searchAll('Procedure').catch(() => undefined);
    expect(unauthorized).to.equal(0);
  });

  it("never sends the portal's token to a FHIR server on another origin that has no token of its own", async () => {
    const { fetch, requests } = fakeFetch({});
    const client = createPortalClient({
      apiBase: 'https://portal.example/api/',
      fhirBase: 'https://ehr.example/fhir/R4/',
      fetch,
      session: () => session,
    });
    const error = await client.searchAll('Procedure').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(PortalProblemError);
    expect(requests).to.have.length(0);
  });

  it('reads the self link, to know what the server says it searched with', async () => {
    const base = 'https://records.example/fhir/r4/';
    const { fetch } = fakeFetch({
      [`${base}Procedure?patient=p1&_sort=-date`]: {
        ...searchset(['a']),
        link: [{ relation: 'self', url: `${base}Procedure?patient=p1` }],
      },
    });
    const client = createPortalClient({
      apiBase: 'https://records.example/api/',
      fhirBase: base,
      fetch,
      session: () => session,
    });
    const first = await client.searchPages('Procedure', { params: { _sort: '-date' } }).next();
    expect(first.done).to.equal(false);
    expect(first.value?.self?.has('_sort')).to.equal(false);
  });

  describe('readPatient', () => {
    const base = 'https://records.example/fhir/r4/';
    const patientUrl = `${base}Patient/p1`;
    /** A fetch that holds each answer until `answer()` is called, so reads can overlap. */
    const heldFetch = () => {
      const requests: Request[] = [];
      const waiting: (() => void)[] = [];
      let status = 200;
      const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        requests.push(request);
        return new Promise<Response>((resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
          waiting.push(() =>
            resolve(
              new Response(JSON.stringify({ resourceType: 'Patient', id: 'p1', birthDate: '1990-07-22' }), {
                status,
                headers: { 'Content-Type': 'application/fhir+json' },
              }),
            ),
          );
        });
      };
      /** Answers every request sent so far, once at least one is (the client sends after a few tasks). */
      const answer = async () => {
        for (let tries = 0; !waiting.length && tries < 100; tries += 1) {
          await new Promise((resolve) => setTimeout(resolve));
        }
        for (const each of waiting.splice(0)) each();
      };
      return { fetch, requests, answer, failNext: () => (status = 404) };
    };
    // A patient is read only once signed in, which took a call: the client's transport is on the page by then, and a
    // call starts as it is made, with the session and the signal of that moment.
    before(() =>
      createPortalClient({ apiBase: 'https://records.example/api/', fetch: () => Promise.reject(new TypeError()) })
        .getPasswordPolicy()
        .catch(() => undefined),
    );
    let current: typeof session | undefined;
    const clientOn = (fetch: typeof globalThis.fetch) => {
      current = session;
      return createPortalClient({
        apiBase: 'https://records.example/api/',
        fhirBase: base,
        fetch,
        session: () => current,
      });
    };

    it('reads the patient once for every caller while a read is under way (the portal and the records)', async () => {
      const { fetch, requests, answer } = heldFetch();
      const client = clientOn(fetch);
      const reads = [client.readPatient(), client.readPatient(), client.readPatient()];
      await answer();
      const patients = await Promise.all(reads);
      expect(patients.map((patient) => patient.birthDate)).to.deep.equal(['1990-07-22', '1990-07-22', '1990-07-22']);
      expect(requests.map((request) => request.url)).to.deep.equal([patientUrl]);
    });

    it('reads again once a read is over, and after a read that failed', async () => {
      const { fetch, requests, answer, failNext } = heldFetch();
      const client = clientOn(fetch);
      const first = client.readPatient();
      await answer();
      await first;
      failNext();
      const failed = client.readPatient().catch((error: unknown) => error);
      await answer();
      expect(await failed).to.be.instanceOf(PortalProblemError);
      const again = client.readPatient().catch((error: unknown) => error);
      await answer();
      await again;
      expect(requests.length).to.equal(3);
    });

    it('keeps a read for the callers still waiting when one of them gives up, and stops it when all do', async () => {
      const { fetch, requests, answer } = heldFetch();
      const client = clientOn(fetch);
      const leaving = new AbortController();
      const left = client.readPatient({ signal: leaving.signal }).catch((error: unknown) => error);
      const staying = client.readPatient();
      leaving.abort();
      expect((await left) as Error).to.have.property('name', 'AbortError');
      await answer();
      expect((await staying).id).to.equal('p1');

      const both = [new AbortController(), new AbortController()];
      const gone = both.map((controller) =>
        client.readPatient({ signal: controller.signal }).catch((error: unknown) => error),
      );
      for (const controller of both) controller.abort();
      await Promise.all(gone);
      expect(requests.length).to.equal(2);
      expect(requests[1]?.signal.aborted).to.equal(true);
    });

    it('never shares a read across sessions: another sign-in reads its own', async () => {
      const { fetch, requests, answer } = heldFetch();
      const client = clientOn(fetch);
      const before = client.readPatient();
      current = { ...session, accessToken: 'another' };
      const after = client.readPatient();
      await answer();
      await Promise.all([before, after]);
      expect(requests.map((request) => request.headers.get('Authorization'))).to.deep.equal([
        'Bearer tok',
        'Bearer another',
      ]);
    });
  });
});
