import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalProblemError } from '../../api/errors.js';
import type { Session } from '../../api/schemas.js';
import type { PortalContextValue } from '../../internal/context.js';
import { type Alert, FormElement } from '../../internal/form-element.js';
import { LocaleController, speaksLater } from '../../internal/localize.js';
import { innerParts } from '../../internal/parts.js';
import { withPhoneLink } from '../../internal/phone.js';
import { whenIdle } from '../../internal/dom.js';
import { safeNavigationUrl } from '../../internal/portal-element.js';
import type { RecoveryMode } from '../account-recovery/account-recovery.events.js';
import { PfSignedInEvent } from './sign-in.events.js';
import { signInMessages } from './sign-in.messages.js';

type Field = 'username' | 'password';

/**
 * Recovery's code, which a sign-in page does not need to show its form: asked for once the form is drawn and the
 * page is idle, or when a link opens it, whichever comes first (a bundler makes it a chunk of its own).
 */
const loadRecovery = () => import('../../pf-account-recovery.js');

const signInStyles = css`
  .pf {
    max-width: var(--pf-sign-in-max-width, 28rem);
    padding: var(--pf-sign-in-padding, 0);
  }
`;

/**
 * Sign-in for a returning patient: username and password, one message for any wrong answer, and the time sign-in
 * opens again after too many tries. "Forgot your password?" and "Forgot your username?" open `<pf-account-recovery>`
 * in place (unless `forgot-url` sends a forgotten password elsewhere); Back to sign in returns to the form.
 *
 * @summary Signs a returning patient in; the session goes into `<pf-portal>`.
 * @fires pf-signed-in - The patient signed in; the session is in `<pf-portal>`, which fired `pf-session-started`.
 * @fires pf-recovery-step - From recovery, opened in place by "Forgot your password?" or "Forgot your username?".
 * @fires pf-password-reset - From recovery: the new password is set; every session of the account ended.
 * @fires pf-username-sent - From recovery: the username was sent, if the details matched.
 * @csspart section - The element's frame.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart field - A field: its label, input and error.
 * @csspart label - A field's label.
 * @csspart input - An input.
 * @csspart error - A field's error message.
 * @csspart button - The Sign in button.
 * @cssprop --pf-sign-in-max-width - The widest the element grows (default 28rem).
 * @cssprop --pf-sign-in-padding - Space inside the element's frame (default 0).
 */
export class PfSignIn extends FormElement<Field> {
  static override styles = signInStyles;

  private readonly l10n = new LocaleController(this, signInMessages);

  constructor() {
    super();
    // The page's words (`messages`) are passed on to recovery when it opens in place: checked against its words,
    // which come with its code.
    speaksLater(this, async () => {
      const [{ recoveryMessages }, { newPasswordMessages }] = await Promise.all([
        import('../account-recovery/account-recovery.messages.js'),
        import('../../internal/new-password.js'),
      ]);
      return [recoveryMessages.en, newPasswordMessages.en];
    });
  }
  protected readonly serverFields: Record<string, Field> = { username: 'username', password: 'password' };

  @state() private signedIn = false;
  /** The recovery open in place of the form, if any. */
  @state() private recovering?: RecoveryMode;
  /** A recovery here set a new password: the form says so, until the patient signs in. */
  @state() private recovered = false;

  /**
   * Where a patient who forgot their password can reset it (`http:` or `https:`), when the practice has its own
   * page; without it, recovery opens in place.
   */
  @property({ attribute: 'forgot-url' }) forgotUrl?: string;

  /**
   * A sign-out anywhere (the portal's session ends) brings the form back, empty: on a shared device the next person
   * learns nothing of who signed in.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const before = (changed as Map<PropertyKey, unknown>).get('portal') as PortalContextValue | undefined;
    if (before?.session && !this.portal?.session) {
      // The form had focus (on its "You are signed in."): the words of why it ended take it.
      if (this.signedIn && this.holdsFocus) this.focus();
      this.signedIn = false;
      this.setValues({ username: '', password: '' });
      this.feedback.reset();
      this.alert = undefined;
      this.serverErrors = {};
      this.revealed = {};
    }
  }

  protected fieldsOfStep(): Field[] {
    return ['username', 'password'];
  }

  protected readonly rules = {
    username: (value: string) => (value.trim() ? undefined : this.l10n.t('usernameRequired')),
    password: (value: string) => (value ? undefined : this.l10n.t('passwordRequired')),
  };

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.readyToSubmit()) return;
    let session: Session | undefined;
    await this.call(
      (client, signal) =>
        client.signIn({ username: this.value('username').trim(), password: this.value('password') }, { signal }),
      (value) => {
        session = value;
      },
      // No Try again: the password does not stay in the page, whatever happened; the patient types it again.
      undefined,
      (error) => this.problemAlert(error),
    );
    this.emptySecrets('password');
    this.revealed = {};
    if (!session) return;
    this.signedIn = true;
    this.recovered = false;
    this.feedback.reset();
    this.portal?.startSession(session);
    // The form, and the button that had focus, are gone: the message takes focus, and a screen reader reads it.
    if (this.holdsFocus) this.focus();
    this.dispatchEvent(new PfSignedInEvent());
  }

  private problemAlert(error: PortalProblemError): Alert | undefined {
    const t = this.l10n.t.bind(this.l10n);
    if (error.status === 429) {
      const practice = error.practice;
      return {
        // Recovery is the way out of the pause: a new password lifts it.
        ...this.waitAlert(error, (time, minutes) => `${t('locked', time, minutes)} ${t('lockedRecover')}`),
        ...(practice && { help: withPhoneLink(t('callPractice', practice.name, practice.phone), practice.phone) }),
      };
    }
    // One answer for an unknown username and a wrong password: nothing tells which. The tries left are counted per
    // username whether or not it exists, so they tell nothing either; they warn of the pause before it comes.
    const tries = error.attemptsRemaining;
    if (error.status === 401 && tries !== undefined && tries > 0) {
      return { message: `${t('failed')} ${t('triesLeft', tries)}` };
    }
    if (error.status === 401 || error.status === 422) return { message: t('failed') };
    return undefined;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Fetched ahead, while the patient types: a link pressed later opens recovery at once. A failure here is
    // met again, and said, when a link is pressed.
    whenIdle(() => void loadRecovery().catch(() => undefined));
  }

  private async recover(mode: RecoveryMode): Promise<void> {
    try {
      await loadRecovery();
    } catch {
      // Its code could not be fetched (the network): said where the form's alerts are, the form kept, with Try again.
      this.alert = { message: this.text.t('networkError'), retry: () => void this.recover(mode) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    this.recovering = mode;
    this.alert = undefined;
    // What the form said of the last try goes: on the way back, it says what the recovery did.
    this.feedback.reset();
    this.serverErrors = {};
    await this.updateComplete;
    const recovery = this.renderRoot.querySelector('pf-account-recovery');
    await recovery?.updateComplete;
    recovery?.shadowRoot?.querySelector<HTMLElement>('h2')?.focus();
  }

  private async backFromRecovery(event: Event): Promise<void> {
    // The form is here: no page to go to.
    event.preventDefault();
    this.recovering = undefined;
    await this.updateComplete;
    const field = this.value('username').trim() ? 'password' : 'username';
    const notice = this.recovered ? this.renderRoot.querySelector<HTMLElement>('.notice') : null;
    (notice ?? this.renderRoot.querySelector<HTMLElement>(`#${field}`))?.focus();
  }

  /** Why the last session ended, until the patient tries to sign in again. */
  private renderEnded(): TemplateResult | typeof nothing {
    if (this.recovered && !this.feedback.submitted && !this.alert) {
      return html`<p class="notice" tabindex="-1" data-pf-focus>${this.l10n.t('recovered')}</p>`;
    }
    const ended = this.portal?.ended;
    if (!ended || this.portal?.session || this.feedback.submitted || this.alert) return nothing;
    const t = this.l10n.t.bind(this.l10n);
    const words =
      ended.reason === 'idle'
        ? t('endedIdle', ended.idleMinutes)
        : ended.reason === 'expired'
          ? t('endedExpired')
          : ended.reason === 'password-changed'
            ? t('endedPasswordChanged')
            : t('endedSignedOut');
    // Not a live region: it comes with the form, where some screen readers would skip it. It is read when it takes
    // focus (the page hands the form focus, or the form had it), or as the first words of the form.
    return html`<p class="notice" tabindex="-1" data-pf-focus>${words}</p>`;
  }

  override render() {
    const t = this.l10n.t.bind(this.l10n);
    const forgot = safeNavigationUrl(this.forgotUrl);
    if (this.recovering && !this.signedIn) {
      return html`
        <pf-account-recovery
          exportparts=${`section, ${innerParts}`}
          mode=${this.recovering}
          .messages=${this.messages}
          .identifier=${this.value('username').trim() || undefined}
          @pf-password-reset=${() => (this.recovered = true)}
          @pf-recovery-sign-in=${this.backFromRecovery}
        ></pf-account-recovery>
      `;
    }
    return html`
      <section class="pf" part="section" lang=${this.l10n.locale}>
        <h2 part="heading" tabindex="-1">${t('heading')}</h2>
        ${
          this.signedIn
            ? html`<p class="notice" role="status" tabindex="-1" data-pf-focus>${t('signedIn')}</p>`
            : html`
                ${this.renderEnded()}
                <form part="form" novalidate @submit=${this.onSubmit}>
                  ${this.renderSummary()}
                  ${this.renderField('username', {
                    label: t('usernameLabel'),
                    type: 'text',
                    inputmode: 'email',
                    autocomplete: 'username',
                    maxlength: 64,
                  })}
                  ${this.renderField('password', {
                    label: t('passwordLabel'),
                    type: 'password',
                    autocomplete: 'current-password',
                    maxlength: 256,
                    after: this.renderRevealToggle('password'),
                  })}
                  ${this.renderSubmit(t('submit'))}
                  <p class="link-row">
                    ${
                      forgot
                        ? html`<a href=${forgot}>${t('forgot')}</a>`
                        : html`<button type="button" class="link" @click=${() => this.recover('password')}>
                            ${t('forgot')}
                          </button>`
                    }
                    <button type="button" class="link" @click=${() => this.recover('username')}>
                      ${t('forgotUsername')}
                    </button>
                  </p>
                </form>
              `
        }
        ${this.renderAnnouncer()}
      </section>
    `;
  }
}
