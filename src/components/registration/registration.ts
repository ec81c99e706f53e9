import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { LocaleController } from '../../internal/localize.js';
import { PortalElement } from '../../internal/portal-element.js';
import { baseStyles, formStyles } from '../../internal/styles.js';
import type { PfVerifiedEvent, VerifiedDetail } from '../register-verify/register-verify.events.js';
import { registrationMessages } from './registration.messages.js';

type Step = 'verify' | 'account' | 'records';

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
 * The whole registration in one tag: the identity step, the account step, then the patient's records.
 *
 * @summary Walks a patient from the registration email's link to their records: verify, create account, records.
 * @fires pf-verified - From the identity step.
 * @fires pf-invitation-invalid - The link was used, expired, revoked or not found. Cancelable: by default the page goes to `home-url`.
 * @fires pf-account-created - From the account step; the session went into `<pf-portal>`.
 * @fires pf-registration-expired - The account step ran out of time; the element goes back to the identity step.
 * @csspart section - The element's frame.
 */
export class PfRegistration extends PortalElement {
  static override styles = [baseStyles, formStyles, registrationStyles];

  private readonly l10n = new LocaleController(this, registrationMessages);

  @state() private step: Step = 'verify';
  @state() private verification?: VerifiedDetail;
  @state() private restarts = 0;
  @state() private token?: string;

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

  override connectedCallback(): void {
    super.connectedCallback();
    // Read once, and leave the address without it, whether or not the page also gave the attribute.
    const fromAddress = takeInvitationFromAddress();
    this.token ??= this.invitation || fromAddress;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invitation') && this.invitation && this.invitation !== this.token) {
      this.token = this.invitation;
      this.step = 'verify';
    }
  }

  override updated(changed: PropertyValues): void {
    if ((changed.has('step') && changed.get('step') !== undefined) || changed.has('restarts')) {
      void this.focusStepHeading();
    }
  }

  private onVerified(event: PfVerifiedEvent): void {
    this.verification = event.detail;
    this.step = 'account';
  }

  private onExpired(): void {
    this.verification = undefined;
    this.restarts += 1;
    this.step = 'verify';
  }

  /** The new step's own heading takes focus, so a screen reader says where the patient now is. */
  private async focusStepHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('pf-register-verify, pf-register-account, pf-health-records')?.focus();
  }

  private renderStep() {
    const t = this.l10n.t.bind(this.l10n);
    switch (this.step) {
      case 'verify':
        return html`
          <p class="step">${t('step', 1, 2)}</p>
          ${this.restarts ? html`<p class="notice" role="status">${t('restarted')}</p>` : nothing}
          ${keyed(
            this.restarts,
            html`<pf-register-verify
              .client=${this.client}
              .invitation=${this.token}
              .homeUrl=${this.homeUrl}
              .signInUrl=${this.signInUrl}
              .crossOriginHome=${this.crossOriginHome}
              @pf-verified=${this.onVerified}
            ></pf-register-verify>`,
          )}
        `;
      case 'account':
        return html`
          <p class="step">${t('step', 2, 2)}</p>
          <pf-register-account
            .client=${this.client}
            username=${this.verification?.suggestedUsername ?? ''}
            .termsUrl=${this.termsUrl}
            .privacyUrl=${this.privacyUrl}
            @pf-registration-expired=${this.onExpired}
            @pf-account-created=${() => (this.step = 'records')}
          ></pf-register-account>
        `;
      case 'records':
        return html`<pf-health-records .client=${this.client}></pf-health-records>`;
    }
  }

  override render() {
    return html`<div class="pf" part="section" lang=${this.l10n.locale}>${this.renderStep()}</div>`;
  }
}
