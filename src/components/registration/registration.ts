import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { commonMessages } from '../../internal/common.messages.js';
import { LocaleController, speaksAlso, speaksLater } from '../../internal/localize.js';
import { whenIdle } from '../../internal/dom.js';
import { verifyMessages } from '../register-verify/register-verify.messages.js';
import { innerParts } from '../../internal/parts.js';
import { PortalElement } from '../../internal/portal-element.js';
import { keepRegistration, keptRegistration } from '../../internal/registration-history.js';
import type { PfVerifiedEvent, VerifiedDetail } from '../register-verify/register-verify.events.js';
import { registrationMessages } from './registration.messages.js';

type Step = 'verify' | 'account' | 'welcome' | 'sign-in' | 'records';

/**
 * The code of each step after the first, loaded when the registration may reach it: a patient on the identity step
 * does not wait for the account form, sign-in and the records to download (a bundler makes each a chunk of its own).
 */
const accountCode = () => import('../../pf-register-account.js');
const stepCode: Partial<Record<Step, () => Promise<unknown>>> = {
  account: accountCode,
  welcome: accountCode,
  'sign-in': () => import('../../pf-sign-in.js'),
  records: () => import('../../pf-health-records.js'),
};

/** The step that may follow each: its code is fetched while the patient is on this one, once the page is idle. */
const nextStep: Partial<Record<Step, Step>> = {
  verify: 'account',
  account: 'records',
  welcome: 'records',
  'sign-in': 'records',
};

const registrationStyles = css`
  .pf {
    background: transparent;
  }
  .step {
    margin: 0 0 0.5rem;
    color: var(--_pf-muted);
    font-weight: 600;
  }
`;

/** The invitation token in the page's address, removed from it at once (history and Referer never keep it). */
const takeInvitationFromAddress = (): string | undefined => {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('invitation') ?? undefined;
  if (token === undefined) return undefined;
  url.searchParams.delete('invitation');
  window.history.replaceState(window.history.state, '', url.href);
  return token;
};

/**
 * The whole registration in one tag: the identity step, the account step, then the patient's records. Reload, Back
 * and Forward find the patient where they were: the link is kept in the tab's own history entry (see
 * `registration-history.ts`); after a reload on the account step the patient verifies again, told why, and after
 * one once the account exists, they sign in, told their account is ready.
 *
 * @summary Walks a patient from the registration email's link to their records: verify, create account, records.
 * @fires pf-verified - From the identity step.
 * @fires pf-invitation-invalid - The link was used, expired, revoked or not found. Cancelable: by default the page goes to `home-url`.
 * @fires pf-account-created - From the account step; the session went into `<pf-portal>`.
 * @fires pf-registration-expired - The account step ran out of time; the element goes back to the identity step.
 * @csspart section - The element's frame.
 * @csspart heading - Each step's heading.
 * @csspart form - Each step's form.
 * @csspart field - A field: its label, input and error.
 * @csspart label - A field's label.
 * @csspart input - An input.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart button - The steps' buttons, and See your health records.
 */
export class PfRegistration extends PortalElement {
  static override styles = registrationStyles;

  private readonly l10n = new LocaleController(this, registrationMessages);

  private readonly common = new LocaleController(this, commonMessages);

  constructor() {
    super();
    // The page's words (`messages`) are passed on to each step, so they are checked against every step's: the first
    // step's now, the others' with their code.
    speaksAlso(this, verifyMessages.en, commonMessages.en);
    speaksLater(this, async () => {
      const catalogs = await Promise.all([
        import('../register-account/register-account.messages.js').then((module) => module.accountMessages),
        import('../sign-in/sign-in.messages.js').then((module) => module.signInMessages),
        import('../account-recovery/account-recovery.messages.js').then((module) => module.recoveryMessages),
        import('../health-records/health-records.messages.js').then((module) => module.recordsMessages),
        import('../../internal/new-password.js').then((module) => module.newPasswordMessages),
      ]);
      return catalogs.map((catalog) => catalog.en);
    });
  }

  @state() private step: Step = 'verify';
  @state() private verification?: VerifiedDetail;
  @state() private restarts = 0;
  @state() private token?: string;
  /** Why the registration starts over, or goes on from sign-in: the page was reloaded, or left and come back to. */
  @state() private resumed?: 'interrupted' | 'created';
  /** A step whose code could not be fetched (the network): said, with Try again. */
  @state() private unreached?: Step;
  /** The code of the steps that is in. */
  private readonly codeIn = new Set<() => Promise<unknown>>();

  /** The token from the registration email's link; read from the page's `invitation` parameter when not set. */
  @property() invitation?: string;

  /** Where a used, expired or unknown link sends the patient. */
  @property({ attribute: 'home-url' }) homeUrl?: string;

  /** The portal's sign-in page, linked from the screen of a link that no longer works (see `<pf-register-verify>`). */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;

  /** Lets `home-url` name another origin (see `<pf-register-verify>`). */
  @property({ attribute: 'cross-origin-home', type: Boolean }) crossOriginHome = false;

  /** The User Agreement (`https:` only). */
  @property({ attribute: 'terms-url' }) termsUrl?: string;

  /** The Privacy Policy (`https:` only). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /**
   * Whether this tab is in the middle of a registration: its address carries a link, or its history entry kept one
   * (a reload, or Back then Forward). A page that shows `<pf-sign-in>` when there is no link asks this first, so a
   * patient who reloads mid-registration is not met by a sign-in form for an account they have not made.
   */
  static inProgress(): boolean {
    return new URL(window.location.href).searchParams.has('invitation') || keptRegistration() !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.token) return;
    // Read once, and leave the address without it, whether or not the page also gave the attribute.
    const fromAddress = takeInvitationFromAddress();
    const fresh = this.invitation || fromAddress;
    const kept = keptRegistration();
    if (fresh) {
      this.token = fresh;
      if (kept?.invitation !== fresh) keepRegistration({ invitation: fresh, step: 'verify' });
    } else if (kept?.step === 'created') {
      this.step = 'sign-in';
      this.resumed = 'created';
    } else if (kept) {
      this.token = kept.invitation;
      // The registration token the identity step gave lived in memory only: the patient verifies again, told why.
      if (kept.step === 'account') this.resumed = 'interrupted';
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invitation') && this.invitation && this.invitation !== this.token) {
      this.token = this.invitation;
      this.step = 'verify';
      this.resumed = undefined;
      keepRegistration({ invitation: this.invitation, step: 'verify' });
    }
  }

  override updated(changed: PropertyValues): void {
    // A step the patient moved to (not the one the page opened on, which leaves focus to the page).
    const moved = ['step', 'restarts'].some((name) => changed.has(name) && changed.get(name) !== undefined);
    if (!changed.has('step') && !moved) return;
    // The step is shown at once, as its code comes (a reload may start on sign-in); its heading takes focus then.
    const code = stepCode[this.step];
    const waits = code !== undefined && !this.codeIn.has(code);
    const loaded = this.loadStep(this.step);
    if (moved) void this.focusStepHeading(loaded, waits);
    // Once the page is idle, the code of the step that may follow, so going on is instant.
    const next = nextStep[this.step];
    if (next && changed.has('step')) whenIdle(() => void stepCode[next]?.().catch(() => undefined));
  }

  /**
   * The code of a step, fetched once (at once, when it was fetched ahead); when it cannot be, the registration says so
   * with Try again. Resolves with whether it is in.
   */
  private async loadStep(step: Step): Promise<boolean> {
    const code = stepCode[step];
    try {
      await code?.();
      if (code) this.codeIn.add(code);
      return true;
    } catch {
      if (this.step === step) this.unreached = step;
      return false;
    }
  }

  private goTo(step: Step): void {
    this.unreached = undefined;
    this.step = step;
  }

  /** Try again, after a step's code could not be fetched. */
  private retryStep(step: Step): void {
    this.unreached = undefined;
    void this.focusStepHeading(this.loadStep(step));
  }

  private onVerified(event: PfVerifiedEvent): void {
    this.verification = event.detail;
    this.resumed = undefined;
    if (this.token) keepRegistration({ invitation: this.token, step: 'account' });
    this.goTo('account');
  }

  private onExpired(): void {
    this.verification = undefined;
    this.restarts += 1;
    this.step = 'verify';
    if (this.token) keepRegistration({ invitation: this.token, step: 'verify' });
  }

  /** A link that no longer works leaves nothing to go on with: a reload, or its Sign in link, shows sign-in. */
  private onInvalid(): void {
    keepRegistration(undefined);
  }

  /** The account exists: a moment that says so, and the username to sign in with next time, before the records. */
  private onAccountCreated(): void {
    this.step = 'welcome';
    // The invitation made its account: it is forgotten, and a reload from here leads to sign-in.
    keepRegistration({ step: 'created' });
  }

  /**
   * The new step's own heading takes focus once its code is in, so a screen reader says where the patient now is; or
   * the words that it could not be fetched, with Try again.
   */
  private async focusStepHeading(loaded: Promise<boolean>, waited = true): Promise<void> {
    const ready = await loaded;
    await this.updateComplete;
    // Focus the patient took meanwhile stays where it is: elsewhere on the page, or, when the step's code came late,
    // in the new step already.
    const stepElement = this.renderRoot.querySelector(
      'pf-register-verify, pf-register-account, pf-sign-in, pf-health-records',
    );
    const typingInStep = waited && stepElement && (this.renderRoot as ShadowRoot).activeElement === stepElement;
    if (!this.holdsFocus || typingInStep) return;
    if (!ready) {
      this.renderRoot.querySelector<HTMLElement>('.unreached')?.focus();
      return;
    }
    (stepElement as HTMLElement | null)?.focus();
  }

  private renderStep() {
    const t = this.l10n.t.bind(this.l10n);
    switch (this.step) {
      case 'verify':
        return html`
          <p class="step">${t('step', 1, 2)}</p>
          ${
            this.restarts
              ? html`<p class="notice" role="status">${t('restarted')}</p>`
              : this.resumed === 'interrupted'
                ? html`<p class="notice">${t('interrupted')}</p>`
                : nothing
          }
          ${keyed(
            this.restarts,
            html`<pf-register-verify
              exportparts=${innerParts}
              .messages=${this.messages}
              .client=${this.client}
              .invitation=${this.token}
              .homeUrl=${this.homeUrl}
              .signInUrl=${this.signInUrl}
              .crossOriginHome=${this.crossOriginHome}
              @pf-verified=${this.onVerified}
              @pf-invitation-invalid=${this.onInvalid}
            ></pf-register-verify>`,
          )}
        `;
      case 'account':
      case 'welcome':
        return html`
          ${this.step === 'account' ? html`<p class="step">${t('step', 2, 2)}</p>` : nothing}
          <pf-register-account
            exportparts=${innerParts}
            .messages=${this.messages}
            .client=${this.client}
            username=${this.verification?.suggestedUsername ?? ''}
            .termsUrl=${this.termsUrl}
            .privacyUrl=${this.privacyUrl}
            @pf-registration-expired=${this.onExpired}
            @pf-account-created=${this.onAccountCreated}
          ></pf-register-account>
          ${
            this.step === 'welcome'
              ? html`<p>
                  <button type="button" class="primary" part="button" @click=${() => this.goTo('records')}>
                    ${t('toRecords')}
                  </button>
                </p>`
              : nothing
          }
        `;
      case 'sign-in':
        return html`
          <p class="notice">${t('accountReady')}</p>
          <pf-sign-in
            exportparts=${innerParts}
            .messages=${this.messages}
            .client=${this.client}
            @pf-signed-in=${() => this.goTo('records')}
          ></pf-sign-in>
        `;
      case 'records':
        return html`<pf-health-records
          exportparts=${innerParts}
          .client=${this.client}
          .messages=${this.messages}
        ></pf-health-records>`;
    }
  }

  /** A step whose code could not be fetched: what happened, and Try again. */
  private renderUnreached(step: Step) {
    return html`<div class="summary unreached" role="alert" tabindex="-1" data-pf-focus>
      <p>${this.l10n.t('unreached')}</p>
      <button type="button" class="secondary" @click=${() => this.retryStep(step)}>${this.common.t('retry')}</button>
    </div>`;
  }

  override render() {
    const unreached = this.unreached;
    return html`<div class="pf" part="section" lang=${this.l10n.locale}>
      ${unreached ? this.renderUnreached(unreached) : nothing}${this.renderStep()}
    </div>`;
  }
}
