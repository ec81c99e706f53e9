import { consume } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import '../../pf-portal.js';
import '../../pf-register-verify.js';
import type { PfPortal } from '../../pf-portal.js';
import { waitForText } from '../../../test/helpers/dom.js';
import { ana, freshMockPortal, invitationToken, rejection, sue } from '../../../test/helpers/mock-portal.js';
import type { PortalProblemError } from '../../api/errors.js';

/** A stand-in for any element inside the portal: it only reads the context. */
class ContextReader extends LitElement {
  @consume({ context: portalContext, subscribe: true })
  @state()
  context?: PortalContextValue;
}
customElements.define('test-context-reader', ContextReader);

async function portalWithReader(template = html`<pf-portal><test-context-reader></test-context-reader></pf-portal>`) {
  const portalEl = await fixture<PfPortal>(template);
  const reader = portalEl.querySelector('test-context-reader') as ContextReader;
  return { portalEl, reader };
}

describe('<pf-portal>', () => {
  it('gives the elements inside it a client for its api-base and fhir-base', async () => {
    const { reader } = await portalWithReader(
      html`<pf-portal api-base="/somewhere/api" fhir-base="https://fhir.example/r4"
        ><test-context-reader></test-context-reader
      ></pf-portal>`,
    );
    expect(reader.context?.client.apiBase).to.equal(new URL('/somewhere/api/', location.href).href);
    expect(reader.context?.client.fhirBase).to.equal('https://fhir.example/r4/');
    expect(reader.context?.session).to.equal(undefined);
  });

  it('is the one the elements call: a portal elsewhere makes the link unknown', async () => {
    const mock = await freshMockPortal();
    const portalEl = await fixture<PfPortal>(
      html`<pf-portal api-base="/no-portal-here"
        ><pf-register-verify invitation=${invitationToken(mock, sue.email)}></pf-register-verify
      ></pf-portal>`,
    );
    await waitForText(portalEl.querySelector('pf-register-verify')!, 'This link is not valid');
  });

  it('starts a session, tells the page without the token, and hands it to the elements', async () => {
    await freshMockPortal();
    const { portalEl, reader } = await portalWithReader();
    const session = await reader.context!.client.signIn({ username: ana.email, password: ana.password });
    const started = oneEvent(portalEl, 'pf-session-started');
    reader.context!.startSession(session);
    const event = await started;
    expect(JSON.stringify(event.detail)).to.not.contain(session.accessToken);
    expect(event.bubbles && event.composed).to.equal(true);
    await portalEl.updateComplete;
    expect(reader.context?.session).to.deep.equal(session);
    expect((await reader.context!.client.readPatient()).birthDate).to.equal('1990-07-22');
  });

  it('signs out on the server, forgets the session and says why', async () => {
    await freshMockPortal();
    const { portalEl, reader } = await portalWithReader();
    const client = reader.context!.client;
    const session = await client.signIn({ username: ana.email, password: ana.password });
    portalEl.startSession(session);
    const ended = oneEvent(portalEl, 'pf-session-ended');
    const done = portalEl.endSession('signed-out');
    expect((await ended).detail).to.deep.equal({ reason: 'signed-out' });
    await done;
    await portalEl.updateComplete;
    expect(reader.context?.session).to.equal(undefined);
    const after = await fetch('/api/portal/sessions/current/keepalive', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.accessToken}` },
    });
    expect(after.status).to.equal(401);
  });

  it('ends the session as expired when the server refuses it', async () => {
    const mock = await freshMockPortal();
    const { portalEl, reader } = await portalWithReader();
    portalEl.session = await reader.context!.client.signIn({ username: ana.email, password: ana.password });
    await portalEl.updateComplete;
    mock.clock.advance(16 * 60_000);
    const ended = oneEvent(portalEl, 'pf-session-ended');
    expect(((await rejection(reader.context!.client.readPatient())) as PortalProblemError).status).to.equal(401);
    expect((await ended).detail.reason).to.equal('expired');
    await waitUntil(() => reader.context?.session === undefined);
  });

  it('asks the server for texts in the language of its lang', async () => {
    await freshMockPortal();
    const { reader } = await portalWithReader(
      html`<pf-portal lang="es"><test-context-reader></test-context-reader></pf-portal>`,
    );
    const questions = await reader.context!.client.getSecurityQuestions();
    expect(questions[0]?.text).to.equal('¿Cómo se llamaba su primera mascota?');
  });

  it('keeps the session in memory only', async () => {
    await freshMockPortal();
    localStorage.clear();
    sessionStorage.clear();
    const { portalEl, reader } = await portalWithReader();
    const session = await reader.context!.client.signIn({ username: ana.email, password: ana.password });
    portalEl.startSession(session);
    await portalEl.updateComplete;
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(location.href).to.not.contain(session.accessToken);
  });
});
