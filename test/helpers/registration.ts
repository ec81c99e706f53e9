/**
 * The account step's fixture: `<pf-register-account>` inside a `<pf-portal>` that holds a verified registration, as
 * `<pf-register-verify>` leaves it. The token goes in the way the identity step puts it (through the portal's
 * context), before the account step first looks for it.
 */
import { ContextEvent } from '@lit/context';
import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Session } from '../../src/api/schemas.js';
import { portalContext, type PortalContextValue } from '../../src/internal/context.js';
import { pendingRegistration } from '../../src/internal/registration.js';

/** The context of the `<pf-portal>` around an element. */
export function portalContextOf(element: Element): PortalContextValue {
  let found: PortalContextValue | undefined;
  element.dispatchEvent(
    new ContextEvent(portalContext, element, (value: PortalContextValue | undefined) => (found = value)),
  );
  if (!found) throw new Error('No <pf-portal> around the element');
  return found;
}

/**
 * Renders `template`, which holds a `<pf-portal>` with a `<pf-register-account>` in it, and hands the portal the
 * registration `registrationToken` opens. Answers the rendered root and the account element.
 */
export function withRegistration<T extends Element = HTMLElement>(
  template: TemplateResult,
  registrationToken: string,
  suggestedUsername = '',
) {
  const root = fixtureSync<T>(template);
  const el = root.querySelector('pf-register-account');
  if (!el) throw new Error('No <pf-register-account> in the template');
  portalContextOf(el).holdRegistration(
    pendingRegistration({
      registrationToken,
      suggestedUsername,
      expiresAt: new Date(Date.now() + 1_800_000).toISOString(),
    }),
  );
  return { root, el };
}

/**
 * The session a `<pf-portal>` holds, token included. A page cannot read it (`portal.session` has no token); tests
 * whose own client stands in for the portal's read it here.
 */
export const sessionHeldBy = (portal: Element | undefined): Session | undefined =>
  (portal as unknown as { current?: Session } | undefined)?.current;

/**
 * Waits for the identity form as a link without a PIN has it: the form is drawn before the link is read, with the
 * choice of a PIN, and asks for the phone alone once the link says so.
 */
export const phoneOnlyForm = (el: Element) =>
  waitUntil(
    () => el.shadowRoot?.querySelector('#phone') && !el.shadowRoot.querySelector('input[name="method"]'),
    'the form asks for the phone alone',
  );

/** Waits for the account form with its questions read: the form is drawn at once, before they are. */
export const accountFormRead = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('#question option:nth-child(2)'), 'the account form’s questions', {
    timeout: 5000,
  });
