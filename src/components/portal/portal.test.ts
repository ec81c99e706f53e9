import { consume } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { portalContext, type PortalContextValue } from '../../internal/context.js';
import '../../pf-portal.js';
import '../../pf-register-verify.js';
import '../../pf-sign-in.js';
import type { PfPortal } from '../../pf-portal.js';
import { sendKeys } from '@web/test-runner-commands';
import { byLabel, pressTab, textOf, typeInto, waitForText } from '../../../test/helpers/dom.js';
import { ana, freshMockPortal, invitationToken, rejection, sue } from '../../../test/helpers/mock-portal.js';
import type { PortalProblemError } from '../../api/errors.js';
import { sessionHeldBy } from '../../../test/helpers/registration.js';

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
    const { accessToken: _token, ...info } = session;
    // The elements and the page know whose session it is and until when; the token stays in the portal's client.
    expect(reader.context?.session).to.deep.equal(info);
    expect(portalEl.session).to.deep.equal(info);
    expect(JSON.stringify([reader.context, portalEl.session])).to.not.contain(session.accessToken);
    expect(Object.values(portalEl).map(String).join(' ')).to.not.contain(session.accessToken);
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

  describe('the patient’s language', () => {
    async function signInAna(template: ReturnType<typeof html>) {
      await freshMockPortal();
      const portalEl = await fixture<PfPortal>(template);
      const signIn = portalEl.querySelector('pf-sign-in')!;
      await typeInto(
        byLabel(signIn, /^(Email address or username|Correo electrónico o nombre de usuario)$/),
        ana.email,
      );
      await typeInto(byLabel(signIn, /^(Password|Contraseña)$/), ana.password);
      const started = oneEvent(portalEl, 'pf-session-started');
      signIn.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await started;
      return { portalEl, signIn };
    }

    it('follows the language Ana’s record prefers once she signs in, and gives the page’s back at sign-out', async () => {
      const { portalEl, signIn } = await signInAna(html`<pf-portal><pf-sign-in></pf-sign-in></pf-portal>`);
      await waitForText(signIn, 'Inició sesión.');
      expect(portalEl.getAttribute('lang')).to.equal('es');
      await expect(signIn).to.be.accessible();
      await portalEl.endSession('signed-out');
      await waitForText(signIn, 'Sign in to your health records');
      expect(portalEl.hasAttribute('lang')).to.equal(false);
    });

    it('keeps the language the page fixed with lang on the portal', async () => {
      const fixed = await signInAna(html`<pf-portal lang="en"><pf-sign-in></pf-sign-in></pf-portal>`);
      // The same sign-in on a portal whose language the page left open, after it: that one turns Spanish.
      const open = await signInAna(html`<pf-portal><pf-sign-in></pf-sign-in></pf-portal>`);
      await waitForText(open.signIn, 'Inició sesión.');
      expect(fixed.portalEl.getAttribute('lang')).to.equal('en');
      expect(textOf(fixed.signIn)).to.contain('You are signed in.');
    });

    it('speaks the browser’s first language it knows when the page asks for it, until the patient’s leads', async () => {
      const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['fr-CA', 'es-MX', 'en'] });
      try {
        await freshMockPortal();
        const portalEl = await fixture<PfPortal>(
          html`<pf-portal browser-language><pf-sign-in></pf-sign-in></pf-portal>`,
        );
        const signIn = portalEl.querySelector('pf-sign-in')!;
        await waitForText(signIn, 'Inicie sesión para ver sus registros de salud');
        expect(portalEl.getAttribute('lang')).to.equal('es');
        await expect(signIn).to.be.accessible();
      } finally {
        Object.defineProperty(navigator, 'languages', languages);
        delete (navigator as { languages?: unknown }).languages;
      }
    });
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

describe('<pf-portal> session life', () => {
  /** A signed-in portal whose idle clock the test moves. */
  /** Ana signed in to a portal whose language the page fixed (English unless asked), with a clock the test moves. */
  async function signedInPortal(lang = 'en') {
    const mock = await freshMockPortal();
    const portalEl = document.createElement('pf-portal');
    portalEl.lang = lang;
    let now = Date.now();
    // The page's own clock, as a demo that moves time gives it.
    portalEl.clock = () => now;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(portalEl);
    await portalEl.updateComplete;
    const session = await (portalEl as unknown as { provided: PortalContextValue }).provided.client.signIn({
      username: ana.email,
      password: ana.password,
    });
    portalEl.startSession(session);
    await portalEl.updateComplete;
    const pass = (ms: number) => {
      now += ms;
      mock.clock.advance(ms);
    };
    const dialog = () => portalEl.shadowRoot?.querySelector('dialog');
    return { mock, portalEl, session, pass, dialog };
  }

  it('warns two minutes before the idle limit, with a countdown, and stays signed in on request', async () => {
    const { portalEl, session, pass, dialog } = await signedInPortal();
    pass(13 * 60_000 + 1000);
    await waitUntil(() => dialog()?.open, 'the warning', { timeout: 3000 });
    const text = dialog()?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('Are you still there?');
    expect(text).to.match(/Signing out in 1:5\d/);
    expect(dialog()?.getAttribute('aria-labelledby')).to.equal('idle-heading');
    expect(portalEl.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Stay signed in');
    await expect(portalEl).to.be.accessible();
    const stay = [...(dialog()?.querySelectorAll('button') ?? [])].find(
      (item) => item.textContent?.trim() === 'Stay signed in',
    );
    stay?.click();
    await waitUntil(() => !dialog()?.open, 'the warning closes');
    expect(sessionHeldBy(portalEl)).to.equal(session);
    // The keepalive reached the server: 14 more minutes there do not end the session.
    pass(14 * 60_000);
    const after = await fetch('/api/portal/sessions/current/keepalive', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.accessToken}` },
    });
    expect(after.status).to.equal(200);
  });

  it('asks, in Spanish too, in a modal dialog the keyboard answers: Tab stays inside, Escape stays signed in', async () => {
    const { portalEl, session, pass, dialog } = await signedInPortal('es');
    const outside = document.createElement('button');
    outside.textContent = 'A control of the page';
    portalEl.before(outside);
    pass(13 * 60_000 + 1000);
    await waitUntil(() => dialog()?.open, 'the warning', { timeout: 3000 });
    const text = dialog()?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('¿Sigue ahí?');
    // 2.2.1: far more than the 20 seconds WCAG asks for, with one key to stay.
    expect(text).to.match(/La sesión se cerrará en 1:5\d/);
    // The countdown is a timer that does not talk every second; the dialog's name and text are read once.
    expect(dialog()?.querySelector('[role="timer"]')?.getAttribute('aria-live')).to.equal('off');
    expect(dialog()?.getAttribute('aria-describedby')).to.equal('idle-text');
    await expect(portalEl).to.be.accessible();
    const focused = () => portalEl.shadowRoot?.activeElement?.textContent?.trim();
    expect(focused()).to.equal('Seguir conectado');
    await pressTab();
    expect(focused()).to.equal('Cerrar sesión');
    await pressTab();
    expect(document.activeElement, 'the page behind the dialog is out of reach').to.not.equal(outside);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog()?.open, 'Escape closes the warning');
    expect(sessionHeldBy(portalEl)).to.equal(session);
    expect(portalEl.shadowRoot?.querySelector('dialog'), 'the warning is gone, not hidden').to.equal(null);
  });

  it('ends the session as idle at the limit, on the server too', async () => {
    const { portalEl, session, pass } = await signedInPortal();
    const ended = oneEvent(portalEl, 'pf-session-ended');
    pass(15 * 60_000);
    expect((await ended).detail.reason).to.equal('idle');
    expect(portalEl.session).to.equal(undefined);
    await waitUntil(async () => {
      const response = await fetch('/api/portal/sessions/current/keepalive', {
        method: 'POST',
        headers: { Authorization: `Bearer ${session.accessToken}` },
      });
      return response.status === 401;
    }, 'the server ends it too');
  });

  it('counts activity inside the portal as the patient being there', async () => {
    const { portalEl, pass, dialog } = await signedInPortal();
    const inside = document.createElement('button');
    portalEl.append(inside);
    pass(10 * 60_000);
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    pass(10 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(dialog()?.open ?? false).to.equal(false);
    expect(portalEl.session).to.not.equal(undefined);
  });

  it('signs the other tabs of the site out too, with no token in the message', async () => {
    await freshMockPortal();
    const [first, second] = await Promise.all([
      fixture<PfPortal>(html`<pf-portal></pf-portal>`),
      fixture<PfPortal>(html`<pf-portal></pf-portal>`),
    ]);
    const listener = new BroadcastChannel('pf-portal-session');
    const messages: unknown[] = [];
    listener.onmessage = ({ data }) => messages.push(data);
    const client = (first as unknown as { provided: PortalContextValue }).provided.client;
    const session = await client.signIn({ username: ana.email, password: ana.password });
    // Each tab signed in on its own, with its own token.
    const other = await client.signIn({ username: ana.email, password: ana.password });
    first.startSession(session);
    second.session = other;
    const ended = oneEvent(second, 'pf-session-ended');
    await first.endSession('signed-out');
    expect((await ended).detail.reason).to.equal('signed-out');
    expect(second.session).to.equal(undefined);
    await waitUntil(() => messages.length === 1, 'the message');
    expect(JSON.stringify(messages)).to.not.contain(session.accessToken);
    listener.close();
    // Both tokens are over on the server, not only on the page.
    const answers = async (token: string) =>
      (
        await fetch('/api/portal/sessions/current/keepalive', {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        })
      ).status;
    await waitUntil(async () => (await answers(other.accessToken)) === 401, 'the other tab’s token ends');
    expect(await answers(session.accessToken)).to.equal(401);
  });
});
