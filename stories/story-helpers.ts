/** What the stories share: the mock portal's invitation links, and a patient's actions done for them. */
import { langOf, toLocale } from '../src/internal/localize.js';
import type { MockPortal } from '../src/mocks/index.js';
import { ContextEvent } from '@lit/context';
import type { Verification } from '../src/api/index.js';
import { portalContext, type PortalContextValue } from '../src/internal/context.js';
import { pendingRegistration } from '../src/internal/registration.js';

export interface Loaded {
  portal: MockPortal;
  /** Where the story's mock portal answers: the shared one alone, one of its own on a Docs page. */
  apiBase: string;
}

/** Where the story's mock portal answers: for `<pf-portal api-base>`, and for any client the story makes. */
export const apiBaseOf = (loaded: unknown): string => (loaded as Loaded).apiBase;

/**
 * The longest a client may wait for an answer (ky's limit, about 24 days): for a story that shows a call still on its
 * way, which a client's own 15 seconds would otherwise end, there and on a Docs page.
 */
export const longestWait = 2_147_483_647;

/** The invitation token of the last registration email to an address. */
export const invitationFor = (portal: MockPortal, email: string): string => {
  const link = portal.outbox.filter((message) => message.kind === 'email' && message.to === email).at(-1)?.link ?? '';
  return new URL(link, location.href).searchParams.get('invitation') ?? '';
};

/** Waits until a custom element's shadow root has something matching the selector. */
export async function shadowQuery<T extends Element>(host: Element, selector: string, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = host.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error(`${selector} never appeared in <${host.localName}>`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Types a value into an input as a patient would, firing the events the element listens to. */
export async function fill(host: Element, selector: string, value: string): Promise<void> {
  const input = await shadowQuery<HTMLInputElement>(host, selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  input.dispatchEvent(new FocusEvent('blur'));
}

/** Clicks what the selector finds, once it is there. */
export async function press(host: Element, selector: string): Promise<void> {
  (await shadowQuery<HTMLElement>(host, selector)).click();
}

/** Words in each language of the SDK: a story's play waits for the ones of the language it renders in. */
export type Words = string | { en: string; es: string };

/**
 * The tries left, as the forms say them after a miss ("You have 3 tries left", "Le quedan 3 intentos"): a play that
 * misses again waits for the next count, not for words the last miss already put on screen.
 */
export const triesLeft = (tries: number): Words => ({
  en: `You have ${tries} ${tries === 1 ? 'try' : 'tries'} left`,
  es: `${tries === 1 ? 'Le queda' : 'Le quedan'} ${tries} ${tries === 1 ? 'intento' : 'intentos'}`,
});

/** Waits until the element's text contains the words (in the element's language, when given in both). */
export async function waitForWords(host: Element, words: Words, timeout = 5000): Promise<void> {
  const wanted = typeof words === 'string' ? words : toLocale(langOf(host)) === 'es' ? words.es : words.en;
  const start = Date.now();
  while (!(host.shadowRoot?.textContent ?? '').includes(wanted)) {
    if (Date.now() - start > timeout) throw new Error(`"${wanted}" never appeared in <${host.localName}>`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Puts a verified registration into the `<pf-portal>` around it, as `<pf-register-verify>` leaves it after the
 * identity step (the token never goes through the page). Place it in the portal before `<pf-register-account>`:
 * it hands the registration over as it connects, before the account step first looks for one.
 */
class StoryRegistration extends HTMLElement {
  verification?: Verification;

  connectedCallback(): void {
    if (!this.verification) return;
    let portal: PortalContextValue | undefined;
    this.dispatchEvent(
      new ContextEvent(portalContext, this, (value: PortalContextValue | undefined) => (portal = value)),
    );
    if (!portal) throw new Error('<pf-story-registration> is not inside a <pf-portal>');
    portal.holdRegistration(pendingRegistration(this.verification));
  }
}
if (!customElements.get('pf-story-registration')) customElements.define('pf-story-registration', StoryRegistration);
