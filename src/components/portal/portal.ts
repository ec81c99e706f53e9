import { provide } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createPortalClient, type PortalClient } from '../../api/client.js';
import type { Session } from '../../api/schemas.js';
import {
  portalContext,
  type PortalContextValue,
  type SessionEnd,
  type SessionEndReason,
  type SessionInfo,
} from '../../internal/context.js';
import { langOf, type Locale, LocaleController, spokenLocale } from '../../internal/localize.js';
import { preferredLocale } from '../../internal/patient-language.js';
import { forgetRegistration, type PendingRegistration } from '../../internal/registration.js';
import { CallController } from '../../internal/call-controller.js';
import { SdkElement } from '../../internal/sdk-element.js';
import { sessionChannelName, type SessionChannelMessage } from '../../internal/session-channel.js';
import { PfSessionEndedEvent, PfSessionStartedEvent } from './portal.events.js';
import { portalMessages } from './portal.messages.js';

/** How long before the idle limit the patient is warned. */
const warnBeforeSeconds = 120;

/** A session as the elements and the page see it: without its token. */
const sessionInfo = ({ patientId, expiresAt, idleTimeoutSeconds }: Session): SessionInfo => ({
  patientId,
  expiresAt,
  idleTimeoutSeconds,
});
/** Events inside the portal that count as the patient being there. */
const activityEvents = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * The portal's context: it gives the elements inside it the client for one portal and the patient's session,
 * which it holds in memory only.
 *
 * @summary Provides the portal client and the session to the elements inside it.
 * @attribute {'en' | 'es' | 'vi'} lang - Fixes the language of the elements inside (English `en`, Spanish `es`, or a language the page registered, such as the Vietnamese `vi` the package ships) and of the texts the server writes. Left off, the language is the page's until a session starts, then the one the patient's record prefers.
 * @slot - The portal's elements and anything else of the page.
 * @fires pf-session-started - A session began: an account was created or the patient signed in. No token in it.
 * @fires pf-session-ended - The session ended; `detail.reason` is `signed-out`, `idle`, `expired` or `password-changed`.
 */
export class PfPortal extends SdkElement {
  static override styles = [
    css`
      dialog {
        max-width: min(28rem, calc(100vw - 2rem));
        padding: 0;
        border: 0;
        border-radius: var(--pf-radius-surface, var(--pf-radius, 0.5rem));
        box-shadow: 0 10px 40px rgb(0 0 0 / 30%);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 45%);
      }
      .dialog {
        display: grid;
        gap: 0.75rem;
        padding: 1.5rem;
      }
      .countdown {
        font-size: 1.25em;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
    `,
  ];

  /** The session a sign-out is ending: its token goes to the server once more, so the server can end it too. */
  private signingOut?: Session;
  private portalClient?: PortalClient;
  private clientKey?: string;
  private readonly l10n = new LocaleController(this, portalMessages);
  /** The keepalive that "Stay signed in" sends: given up if the portal leaves the page. */
  private readonly keepalives = new CallController(this);
  private lastActivity = 0;
  private ticker?: ReturnType<typeof setInterval>;
  private channel?: BroadcastChannel;
  /** A keepalive is asking whether a new password ended the session (see `checkPasswordChanged`). */
  private passwordMayHaveChanged = false;
  private readonly onActivity = () => {
    if (this.session && !this.warning) this.lastActivity = this.now();
  };

  @provide({ context: portalContext })
  private provided?: PortalContextValue;

  @query('dialog') private dialog?: HTMLDialogElement;

  /** Seconds left before the session ends for inactivity, while the warning shows. */
  @state() private warning?: number;

  /** The last Stay signed in did not reach the server: the warning says so. */
  @state() private stayFailed = false;

  /** Where the portal API lives. */
  @property({ attribute: 'api-base' }) apiBase = '/api/portal';

  /** Where the FHIR R4 API lives; `<api-base>/fhir/r4` when not set. */
  @property({ attribute: 'fhir-base' }) fhirBase?: string;

  /** Seconds without activity before the session ends (the server's own limit also applies). */
  @property({ attribute: 'idle-timeout', type: Number }) idleTimeout = 900;

  /**
   * The clock the idle limit is measured by, in milliseconds since 1970: the device's by default. A page that moves
   * time on purpose (a demo, a test) gives its own.
   */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  /**
   * Lets the browser's languages choose the elements' language until a session starts, when the page puts no `lang`
   * on the portal: a patient whose browser asks for Spanish first reads Spanish.
   */
  @property({ attribute: 'browser-language', type: Boolean }) browserLanguage = false;

  /** The `lang` this portal put on itself (the patient's or the browser's language); any other value is the page's. */
  private langSetHere?: string;

  /** The signed-in session with its token, private to the portal: its client reads the token for each call. */
  @state() private current?: Session;
  /** How the last session ended, until a new one starts. */
  private ended?: SessionEnd;
  /** The session the elements were last handed (without its token). */
  private providedFor?: Session;
  /** The identity the patient verified, for the account step; its token stays inside the SDK. */
  @state() private registration?: PendingRegistration;

  /**
   * The signed-in session, for a page whose patient is already signed in (for example after a SMART on FHIR
   * launch). Kept in memory only; setting it fires no event. Read back, it has no `accessToken`: the token never
   * leaves the portal.
   */
  set session(value: Session | undefined) {
    this.current = value;
  }
  get session(): SessionInfo | undefined {
    if (this.current !== this.infoOf) {
      this.info = this.current && sessionInfo(this.current);
      this.infoOf = this.current;
    }
    return this.info;
  }
  private info?: SessionInfo;
  private infoOf?: Session;

  override connectedCallback(): void {
    // Provide before the elements inside ask, so none of them renders twice on start.
    this.provided ??= this.contextValue(this.currentClient());
    super.connectedCallback();
    for (const type of activityEvents) this.addEventListener(type, this.onActivity, { passive: true });
    if ('BroadcastChannel' in globalThis) {
      this.channel = new BroadcastChannel(sessionChannelName);
      // Another tab of this site signed out: so does this one (the other tab already told the server).
      this.channel.onmessage = ({ data }: MessageEvent<Partial<SessionChannelMessage> | undefined>) => {
        if (data?.type === 'signed-out' && this.current) void this.endSession('signed-out', { quiet: true });
        if (data?.type === 'password-changed') void this.checkPasswordChanged();
      };
    }
    if (this.current) this.startWatching();
    else this.speak(this.browserLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of activityEvents) this.removeEventListener(type, this.onActivity);
    this.channel?.close();
    this.channel = undefined;
    this.stopWatching();
  }

  override willUpdate(changed: PropertyValues): void {
    const client = this.currentClient();
    const stale = this.current !== this.providedFor || this.registration !== this.provided?.registration;
    if (client !== this.provided?.client || stale) {
      this.provided = this.contextValue(client);
    }
    if (changed.has('current')) {
      if (this.current) this.startWatching();
      else this.stopWatching();
      if (this.current) void this.followPatient(this.current);
      else if (changed.get('current')) this.speak(this.browserLocale());
    }
    if (changed.has('browserLanguage') && !this.current) this.speak(this.browserLocale());
  }

  /**
   * Speaks a language unless the page fixed one with `lang` on the portal; `undefined` gives the page's own back.
   * Every element inside follows, and so does each call's `Accept-Language`.
   */
  private speak(locale: Locale | undefined): void {
    if (this.langFixed) return;
    this.langSetHere = locale;
    if (locale === undefined) this.removeAttribute('lang');
    else if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
  }

  /** Whether the page fixed the language with `lang` on the portal (a value the portal did not put there). */
  private get langFixed(): boolean {
    const lang = this.getAttribute('lang');
    return lang !== null && lang !== this.langSetHere;
  }

  /** The first of the browser's languages the elements speak, when the page asked for it. */
  private browserLocale(): Locale | undefined {
    if (!this.browserLanguage) return undefined;
    return (navigator.languages ?? [navigator.language]).map(spokenLocale).find(Boolean);
  }

  /** After sign-in or account creation: the language the patient's record prefers, once it is read. */
  private async followPatient(session: Session): Promise<void> {
    // A language the page fixed stays: the record need not be read for it.
    if (this.langFixed) return;
    try {
      const locale = preferredLocale(await this.currentClient().readPatient());
      if (locale && this.current === session) this.speak(locale);
    } catch {
      // The language stays as it is: the records say why they cannot be read, if they cannot.
    }
  }

  override updated(): void {
    if (this.warning !== undefined && this.dialog && !this.dialog.open) this.dialog.showModal();
    if (this.warning === undefined && this.dialog?.open) this.dialog.close();
  }

  /**
   * Hands the elements the session now, not at the next render: an element the page puts in on the event (the
   * records in place of the sign-in form) then renders, and takes focus, as it will stay.
   */
  private provideSession(): void {
    this.provided = this.contextValue(this.currentClient());
  }

  /** Puts a new session into the portal and tells the page. */
  startSession(session: Session): void {
    this.current = session;
    this.ended = undefined;
    this.provideSession();
    this.dispatchEvent(new PfSessionStartedEvent({ expiresAt: session.expiresAt }));
  }

  /** Ends the session: on the server too when the patient signs out. Every element drops its health data. */
  async endSession(
    reason: SessionEndReason = 'signed-out',
    { quiet = false }: { quiet?: boolean } = {},
  ): Promise<void> {
    const session = this.current;
    if (!session) return;
    this.ended = { reason, idleMinutes: Math.max(1, Math.round(this.idleSeconds / 60)) };
    this.current = undefined;
    this.provideSession();
    this.stopWatching();
    this.dispatchEvent(new PfSessionEndedEvent({ reason }));
    if (!quiet) this.channel?.postMessage({ type: 'signed-out' } satisfies SessionChannelMessage);
    // An expired session, or one a new password ended, is already over on the server; a sign-out or an idle end is
    // ended there too, and so is a sign-out another tab told of (each tab has its own token, which would still
    // answer).
    if (reason === 'expired' || reason === 'password-changed' || !this.provided) return;
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

  /**
   * A recovery set a new password here or in another tab: if it was this session's account, the server ended the
   * session, and so does the portal now, saying why. Another patient's session (the server still keeps it) goes on.
   */
  private async checkPasswordChanged(): Promise<void> {
    const session = this.current;
    if (!session || !this.provided) return;
    this.passwordMayHaveChanged = true;
    try {
      await this.provided.client.keepalive();
    } catch {
      // A 401 ended the session through onUnauthorized, as password-changed; anything else changes nothing.
    } finally {
      this.passwordMayHaveChanged = false;
    }
  }

  /** The time the idle limit is measured in. */
  protected now(): number {
    return this.clock();
  }

  /** The idle limit: the page's, or the server's when that is shorter. */
  private get idleSeconds(): number {
    return Math.min(this.idleTimeout, this.current?.idleTimeoutSeconds ?? this.idleTimeout);
  }

  private startWatching(): void {
    this.lastActivity = this.now();
    this.warning = undefined;
    this.stayFailed = false;
    if (this.ticker !== undefined) return;
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  private stopWatching(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
    this.warning = undefined;
    this.stayFailed = false;
  }

  private tick(): void {
    if (!this.current) return;
    const left = Math.ceil(this.idleSeconds - (this.now() - this.lastActivity) / 1000);
    if (left <= 0) void this.endSession('idle');
    else if (left <= warnBeforeSeconds) this.warning = left;
  }

  private async onStay(): Promise<void> {
    const { current: session, lastActivity } = this;
    this.warning = undefined;
    this.stayFailed = false;
    this.lastActivity = this.now();
    const client = this.provided?.client;
    if (!client) return;
    const outcome = await this.keepalives.run((signal) => client.keepalive({ signal }));
    // A refused keepalive ends the session through the client's 401. Any other failure did not reach the server,
    // whose idle clock still runs: the warning comes back with the time really left, and says why.
    if (!outcome || outcome.ok || !session || this.current !== session) return;
    this.lastActivity = lastActivity;
    this.stayFailed = true;
    this.tick();
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
      session: () => this.current ?? this.signingOut,
      onUnauthorized: () => {
        if (this.current) void this.endSession(this.passwordMayHaveChanged ? 'password-changed' : 'expired');
      },
    });
  }

  private contextValue(client: PortalClient): PortalContextValue {
    this.providedFor = this.current;
    return {
      client,
      session: this.session,
      ended: this.ended,
      registration: this.registration,
      holdRegistration: (registration) => {
        if (registration !== this.registration) forgetRegistration(this.registration);
        this.registration = registration;
        this.provided = this.contextValue(this.currentClient());
      },
      startSession: (session) => this.startSession(session),
      endSession: (reason) => this.endSession(reason),
      passwordChanged: () => {
        this.channel?.postMessage({ type: 'password-changed' } satisfies SessionChannelMessage);
        void this.checkPasswordChanged();
      },
    };
  }

  override render() {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <slot></slot>
      ${
        this.warning === undefined
          ? nothing
          : html`<dialog
              aria-labelledby="idle-heading"
              aria-describedby=${this.stayFailed ? 'idle-text idle-error' : 'idle-text'}
              @cancel=${this.onStay}
            >
              <div class="pf dialog" lang=${this.l10n.locale}>
                <h2 id="idle-heading">${t('idleHeading')}</h2>
                <p id="idle-text">${t('idleText')}</p>
                ${this.stayFailed ? html`<p id="idle-error" class="error">${t('stayFailed')}</p>` : nothing}
                <p class="countdown" role="timer" aria-live="off">${t('idleCountdown', this.warning)}</p>
                <div class="actions">
                  <button type="button" class="primary" @click=${this.onStay}>${t('stay')}</button>
                  <button type="button" class="secondary" @click=${() => void this.endSession('signed-out')}>
                    ${t('signOut')}
                  </button>
                </div>
              </div>
            </dialog>`
      }
    `;
  }
}
