import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { createPortalClient, type PortalClient } from '../api/client.js';
import { portalContext, type PortalContextValue } from './context.js';
import { composedParent, holdsFocus } from './dom.js';
import { SdkElement } from './sdk-element.js';

const toldAlone = new Set<string>();
/**
 * Tells the page's developer, once per tag, that an element calls the portal on its own: it shares no session with
 * the others (a sign-in beside it signs in nobody it knows of), which is almost always a `<pf-portal>` left out.
 */
const warnAlone = (tag: string): void => {
  if (toldAlone.has(tag)) return;
  toldAlone.add(tag);
  console.warn(
    `pf-portal-elements: <${tag}> is in no <pf-portal> and has no client, so it calls /api/portal on its own and shares no session with the other elements. Put it inside a <pf-portal>.`,
  );
};

/** Whether a `<pf-portal>` is above the element, across the shadow roots of the elements that hold it. */
const insidePortal = (element: Element): boolean => {
  for (let node = composedParent(element); node; node = composedParent(node)) {
    if (node.localName === 'pf-portal') return true;
  }
  return false;
};

/**
 * What every element inside `<pf-portal>` shares: the portal's context, and the client to call, which is the
 * `client` property when the page set one, else the portal's, else a default client for `/api/portal`.
 */
export class PortalElement extends SdkElement {
  private fallbackClient?: PortalClient;

  /** @internal */
  @consume({ context: portalContext, subscribe: true })
  @state()
  protected portal?: PortalContextValue;

  /** A client to use instead of the one `<pf-portal>` provides (for tests and frameworks). */
  @property({ attribute: false }) client?: PortalClient;

  /** The client this element calls. */
  protected get activeClient(): PortalClient {
    const given = this.client ?? this.portal?.client;
    if (given) return given;
    if (!this.fallbackClient) {
      // A portal above that is not defined yet gives its context when it is: only an element with none is alone.
      if (!insidePortal(this)) warnAlone(this.localName);
      this.fallbackClient = createPortalClient();
    }
    return this.fallbackClient;
  }

  /**
   * Moves focus to what the element says first: its message when it has one to give (`You are signed in.`), else
   * its heading; or, when it shows another element of the SDK in its place (a registration's step, the recovery
   * sign-in opened), to what that one says first. A page that shows the element in place of another calls it, so a
   * screen reader says where the patient now is and the keyboard goes on from there.
   */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => {
      const own = this.renderRoot.querySelector<HTMLElement>('[data-pf-focus]') ?? this.renderRoot.querySelector('h2');
      if (own) return own.focus(options);
      const shown = [...this.renderRoot.querySelectorAll('*')].find((node) => node instanceof PortalElement);
      shown?.focus(options);
    });
  }

  /** Whether focus is inside the element, or was on something it has just removed (and so is nowhere). */
  protected get holdsFocus(): boolean {
    return holdsFocus(this);
  }
}

/**
 * A URL the element may send the patient to or link: resolved against the page, and only with one of the allowed
 * protocols (`http:` and `https:` by default), so data or attributes never make a `javascript:` link.
 */
export const safeNavigationUrl = (
  value: string | undefined,
  protocols: readonly string[] = ['http:', 'https:'],
): string | undefined => {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};
