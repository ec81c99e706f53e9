import { provide } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { createPortalClient, type PortalClient } from '../../api/client.js';
import type { Session } from '../../api/schemas.js';
import { portalContext, type PortalContextValue, type SessionEndReason } from '../../internal/context.js';
import { langOf } from '../../internal/localize.js';
import { PfSessionEndedEvent, PfSessionStartedEvent } from './portal.events.js';

/**
 * The portal's context: it gives the elements inside it the client for one portal and the patient's session,
 * which it holds in memory only.
 *
 * @summary Provides the portal client and the session to the elements inside it.
 * @attribute lang - The language of the elements inside (English `en` or Spanish `es`) and of the texts the server writes.
 * @slot - The portal's elements and anything else of the page.
 * @fires pf-session-started - A session began: an account was created or the patient signed in. No token in it.
 * @fires pf-session-ended - The session ended; `detail.reason` is `signed-out`, `idle` or `expired`.
 */
export class PfPortal extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** The session a sign-out is ending: its token goes to the server once more, so the server can end it too. */
  private signingOut?: Session;
  private portalClient?: PortalClient;
  private clientKey?: string;

  @provide({ context: portalContext })
  private provided?: PortalContextValue;

  /** Where the portal API lives. */
  @property({ attribute: 'api-base' }) apiBase = '/api/portal';

  /** Where the FHIR R4 API lives; `<api-base>/fhir/r4` when not set. */
  @property({ attribute: 'fhir-base' }) fhirBase?: string;

  /** Seconds without activity before the session ends (the server's own limit also applies). */
  @property({ attribute: 'idle-timeout', type: Number }) idleTimeout = 900;

  /**
   * The signed-in session, for a page whose patient is already signed in (for example after a SMART on FHIR
   * launch). Kept in memory only; setting it fires no event.
   */
  @property({ attribute: false }) session?: Session;

  override connectedCallback(): void {
    // Provide before the elements inside ask, so none of them renders twice on start.
    this.provided ??= this.contextValue(this.currentClient());
    super.connectedCallback();
  }

  override willUpdate(): void {
    const client = this.currentClient();
    if (client !== this.provided?.client || this.session !== this.provided.session) {
      this.provided = this.contextValue(client);
    }
  }

  /** Puts a new session into the portal and tells the page. */
  startSession(session: Session): void {
    this.session = session;
    this.dispatchEvent(new PfSessionStartedEvent({ expiresAt: session.expiresAt }));
  }

  /** Ends the session: on the server too when the patient signs out. Every element drops its health data. */
  async endSession(reason: SessionEndReason = 'signed-out'): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    this.dispatchEvent(new PfSessionEndedEvent({ reason }));
    if (reason !== 'signed-out' || !this.provided) return;
    this.signingOut = session;
    try {
      // The session is already gone here; a failed server call cannot bring it back.
      await this.provided.client.signOut();
    } catch {
      // Nothing to show: the patient is signed out on this page either way.
    } finally {
      this.signingOut = undefined;
    }
  }

  /** The client for the current bases, made again only when a base changes. */
  private currentClient(): PortalClient {
    const key = `${this.apiBase} ${this.fhirBase ?? ''}`;
    if (!this.portalClient || key !== this.clientKey) {
      this.portalClient = this.createClient();
      this.clientKey = key;
    }
    return this.portalClient;
  }

  private createClient(): PortalClient {
    return createPortalClient({
      apiBase: this.apiBase,
      ...(this.fhirBase ? { fhirBase: this.fhirBase } : {}),
      locale: () => langOf(this) || undefined,
      session: () => this.session ?? this.signingOut,
      onUnauthorized: () => {
        if (this.session) void this.endSession('expired');
      },
    });
  }

  private contextValue(client: PortalClient): PortalContextValue {
    return {
      client,
      session: this.session,
      startSession: (session) => this.startSession(session),
      endSession: (reason) => this.endSession(reason),
    };
  }

  override render() {
    return html`<slot></slot>`;
  }
}
