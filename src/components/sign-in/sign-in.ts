import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalProblemError } from '../../api/errors.js';
import type { Session } from '../../api/schemas.js';
import type { PortalContextValue } from '../../internal/context.js';
import { type Alert, FormElement } from '../../internal/form-element.js';
import { LocaleController } from '../../internal/localize.js';
import { withPhoneLink } from '../../internal/phone.js';
import { safeNavigationUrl } from '../../internal/portal-element.js';
import { PfSignedInEvent } from './sign-in.events.js';
import { signInMessages } from './sign-in.messages.js';

type Field = 'username' | 'password';

const signInStyles = css`
  .pf {
    max-width: var(--pf-sign-in-max-width, 28rem);
    padding: var(--pf-sign-in-padding, 0);
  }
  .reveal {
    justify-self: start;
  }
`;

/**
 * Sign-in for a returning patient: username and password, one message for any wrong answer, and the time sign-in
 * opens again after too many tries.
 *
 * @summary Signs a returning patient in; the session goes into `<pf-portal>`.
 * @fires pf-signed-in - The patient signed in; the session is in `<pf-portal>`, which fired `pf-session-started`.
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
  protected readonly serverFields: Record<string, Field> = { username: 'username', password: 'password' };

  @state() private signedIn = false;

  /** Where a patient who forgot their password can reset it (`http:` or `https:`). */
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
        ...this.waitAlert(error, (time, minutes) => t('locked', time, minutes)),
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

  /** Why the last session ended, until the patient tries to sign in again. */
  private renderEnded(): TemplateResult | typeof nothing {
    const ended = this.portal?.ended;
    if (!ended || this.portal?.session || this.feedback.submitted || this.alert) return nothing;
    const t = this.l10n.t.bind(this.l10n);
    const words =
      ended.reason === 'idle'
        ? t('endedIdle', ended.idleMinutes)
        : ended.reason === 'expired'
          ? t('endedExpired')
          : t('endedSignedOut');
    // Not a live region: it comes with the form, where some screen readers would skip it. It is read when it takes
    // focus (the page hands the form focus, or the form had it), or as the first words of the form.
    return html`<p class="notice" tabindex="-1" data-pf-focus>${words}</p>`;
  }

  override render() {
    const t = this.l10n.t.bind(this.l10n);
    const forgot = safeNavigationUrl(this.forgotUrl);
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
                  ${forgot ? html`<p><a href=${forgot}>${t('forgot')}</a></p>` : nothing}
                </form>
              `
        }
        ${this.renderAnnouncer()}
      </section>
    `;
  }
}
