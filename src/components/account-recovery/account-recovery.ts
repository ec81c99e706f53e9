import { Task } from '@lit/task';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PortalProblemError } from '../../api/errors.js';
import { problemType, type RecoveryChannel } from '../../api/codes.js';
import type { Practice, RecoveryCodeSent, RecoveryStarted, UsernameSent } from '../../api/schemas.js';
import { type Alert, type FieldRule, FormElement, keyedRule } from '../../internal/form-element.js';
import { formatDateInput, usDateOfBirthError, usDateToIso } from '../../internal/format.js';
import { ResendCountdown } from '../../internal/countdown.js';
import { LocaleController, type PlainKey } from '../../internal/localize.js';
import { NewPasswordController, newPasswordStyles } from '../../internal/new-password.js';
import { callButton, withPhoneLink } from '../../internal/phone.js';
import { safeNavigationUrl } from '../../internal/portal-element.js';
import { tellTabs } from '../../internal/session-channel.js';
import { ReadsWhileShown, taskRead } from '../../internal/reads-while-shown.js';
import { contactError, sixDigitsError, stripSeparators } from '../../internal/validation.js';
import {
  PfPasswordResetEvent,
  PfRecoverySignInEvent,
  PfRecoveryStepEvent,
  PfUsernameSentEvent,
  type RecoveryMode,
  type RecoveryStep,
} from './account-recovery.events.js';
import { recoveryMessages } from './account-recovery.messages.js';

type RecoveryCatalog = (typeof recoveryMessages)['en'];
type Field = 'identifier' | 'code' | 'answer' | 'password' | 'retype' | 'contact' | 'dob';

const recoveryStyles = [
  newPasswordStyles,
  css`
    .pf {
      max-width: var(--pf-account-recovery-max-width, 32rem);
      padding: var(--pf-account-recovery-padding, 0);
    }
    .code-input {
      max-width: 12rem;
      letter-spacing: 0.2em;
      font-variant-numeric: tabular-nums;
    }
  `,
];

/**
 * Account recovery, for a patient who forgot their password or their username, without calling the front desk.
 *
 * A forgotten password: the username or the email on record, a code to the email or the phone on record (by text or
 * voice), the security question (asked only after the code), then a new password under the server's policy. Every
 * session of the account ends, and sign-in's pause after too many tries is lifted. A forgotten username: the email
 * or phone on record and the date of birth; the username goes there, never to the screen. Each answer is the same
 * whether or not an account matches. The recovery token stays inside the element: never in a URL or an event.
 *
 * `<pf-sign-in>` opens it in place from its "Forgot your password?" and "Forgot your username?" links.
 *
 * @summary Lets a patient reset a forgotten password, or get a forgotten username, by themselves.
 * @fires pf-recovery-step - The patient moved to another step: `detail.mode` (`password` or `username`) and `detail.step`.
 * @fires pf-password-reset - The new password is set; every session of the account ended.
 * @fires pf-username-sent - The username was sent, if the details matched (`detail.channel`: `email` or `sms`).
 * @fires pf-recovery-sign-in - The patient asked to sign in. Cancelable: by default the page goes to `sign-in-url`.
 * @csspart section - The element's frame.
 * @csspart heading - The heading of the current step.
 * @csspart form - Each form.
 * @csspart field - A field: its label, hint, input and error.
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text input.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart button - The main button of a step.
 * @cssprop --pf-account-recovery-max-width - The widest the element grows (default 32rem).
 * @cssprop --pf-account-recovery-padding - Space inside the element's frame (default 0).
 */
export class PfAccountRecovery extends FormElement<Field> {
  static override styles = recoveryStyles;

  private readonly l10n = new LocaleController(this, recoveryMessages);
  /** The wait before a new code may be asked for. */
  private readonly countdown = new ResendCountdown(this, () => this.activeClient.serverNow());
  private readonly newPassword = new NewPasswordController(this, (words) => this.announce(words));
  protected readonly serverFields: Record<string, Field> = {
    identifier: 'identifier',
    code: 'code',
    answer: 'answer',
    password: 'password',
    contact: 'contact',
    dateOfBirth: 'dob',
  };

  /** What the patient forgot: `password` (the default) or `username`. */
  @property({ reflect: true }) mode: RecoveryMode = 'password';

  /** The username or email to start with (`<pf-sign-in>` passes what the patient typed there). */
  @property() identifier?: string;

  /** Where Back to sign in and Sign in go when the page does not handle `pf-recovery-sign-in` (`http:`, `https:`). */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;

  @state() private step: RecoveryStep = 'identify';
  @state() private destinations?: RecoveryStarted['destinations'];
  @state() private channel: RecoveryChannel = 'email';
  @state() private sent?: RecoveryCodeSent;
  @state() private question?: string;
  @state() private usernameSent?: UsernameSent;
  @state() private practice?: Practice;

  /** The recovery under way: only ever in request bodies, never in a URL, an attribute or an event. */
  private recoveryToken?: string;
  private prefilled?: string;
  /** The patient chose the mode (a link), rather than the page setting it. */
  private modeChosen = false;
  /** This update's new step came from a mode the page set. */
  private setByPage = false;

  private readonly policyTask = new Task(this, {
    task: async ([client, wanted], { signal }) => (wanted ? client.getPasswordPolicy({ signal }) : undefined),
    args: () => [this.activeClient, this.step === 'password'] as const,
    onError: (error) => this.showReadFailure(error, () => void this.policyTask.run()),
  });
  private readonly reads = new ReadsWhileShown(this, () => [taskRead(this.policyTask)]);

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Pre-fill once per value given, never over what the patient typed.
    if (this.identifier !== undefined && this.identifier !== this.prefilled) {
      this.prefilled = this.identifier;
      if (!this.value('identifier')) this.setValues({ identifier: this.identifier });
    }
    // Another mode starts over; set by the page (not the patient's link), it moves no focus and tells nothing.
    if (changed.has('mode') && changed.get('mode') !== undefined) {
      this.startOver('identify');
      this.setByPage = !this.modeChosen;
    }
  }

  override updated(changed: PropertyValues): void {
    const moved = changed.has('step') && changed.get('step') !== undefined;
    // A mode the patient chose moves them on; one the page set (a property) neither moves focus nor tells the page.
    const switched = changed.has('mode') && changed.get('mode') !== undefined && this.modeChosen;
    const setByPage = this.setByPage;
    this.modeChosen = false;
    this.setByPage = false;
    if ((!moved && !switched) || setByPage) return;
    // A step changed by a problem (the recovery ended, a lock) leaves focus to the alert that says why; the last
    // step's words take focus themselves.
    if (!this.alert && this.step !== 'done') void this.focusHeading();
    this.dispatchEvent(new PfRecoveryStepEvent({ mode: this.mode, step: this.step }));
  }

  // -----------------------------------------------------------------------------------------------------------
  // Validation

  private readonly say = (message: PlainKey<RecoveryCatalog>) => this.l10n.t(message);
  protected readonly rules = {
    identifier: (value: string) =>
      !value.trim()
        ? this.say('identifierRequired')
        : value.trim().length > 254
          ? this.say('identifierLong')
          : undefined,
    code: keyedRule(sixDigitsError, { required: 'codeRequired', other: 'codeDigits' }, this.say),
    answer: (value: string) => (value.trim() ? undefined : this.say('answerRequired')),
    password: (value: string) => this.newPassword.error(value, this.policyTask.value, this.say('passwordRequired')),
    retype: (value: string) => this.newPassword.retypeError(value, this.value('password')),
    contact: keyedRule(contactError, { required: 'contactRequired', other: 'contactInvalid' }, this.say),
    dob: keyedRule(
      usDateOfBirthError,
      {
        required: 'dobRequired',
        'date-invalid': 'dobInvalid',
        'date-future': 'dobFuture',
        'date-too-old': 'dobTooOld',
        other: 'dobFormat',
      },
      this.say,
    ),
  } satisfies Record<Field, FieldRule>;

  protected fieldsOfStep(): Field[] {
    switch (this.step) {
      case 'identify':
        return this.mode === 'username' ? ['contact', 'dob'] : ['identifier'];
      case 'code':
        return ['code'];
      case 'question':
        return ['answer'];
      case 'password':
        return ['password', 'retype'];
      default:
        return [];
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // Steps

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (this.step === 'channel' && this.countdown.seconds > 0) return;
    // The new password's form is drawn before the rules are read: a press first waits for them (busy), then checks.
    if (this.step === 'password' && !this.policyTask.value) {
      await this.waitForRead(this.policyTask, () => void this.onSubmit(event));
      return;
    }
    if (!this.readyToSubmit()) return;
    switch (this.step) {
      case 'identify':
        await (this.mode === 'username' ? this.sendUsername() : this.start());
        break;
      case 'channel':
        await this.sendCode(false);
        break;
      case 'code':
        await this.verifyCode();
        break;
      case 'question':
        await this.answer();
        break;
      case 'password':
        await this.setPassword();
        break;
      default:
    }
  }

  private async start(): Promise<void> {
    await this.call(
      (client, signal) => client.startRecovery({ identifier: this.value('identifier').trim() }, { signal }),
      ({ recoveryToken, destinations }) => {
        this.recoveryToken = recoveryToken;
        this.destinations = destinations;
        this.channel = destinations.email !== undefined ? 'email' : 'sms';
        this.feedback.reset();
        this.step = 'channel';
      },
      () => void this.start(),
      (error) => this.problemAlert(error),
    );
  }

  private async sendCode(resending: boolean): Promise<void> {
    const channel = this.channel;
    await this.call(
      (client, signal) => client.sendRecoveryCode({ recoveryToken: this.recoveryToken ?? '', channel }, { signal }),
      (sent) => {
        this.sent = sent;
        this.setValues({ code: '' });
        this.serverErrors = {};
        this.feedback.reset();
        this.countdown.until(Date.parse(sent.resendAfter));
        if (resending) this.announce(this.l10n.t('codeResent', sent.sentTo));
        this.step = 'code';
      },
      () => void this.sendCode(resending),
      (error) => this.problemAlert(error),
    );
  }

  private async verifyCode(): Promise<void> {
    await this.call(
      (client, signal) =>
        client.verifyRecoveryCode(
          { recoveryToken: this.recoveryToken ?? '', code: stripSeparators(this.value('code')) },
          { signal },
        ),
      ({ securityQuestion }) => {
        this.countdown.stop();
        this.question = securityQuestion.text;
        this.setValues({ code: '' });
        this.feedback.reset();
        this.step = 'question';
      },
      // No Try again: a code is never kept after a try; the patient types it again.
      undefined,
      (error) => this.problemAlert(error),
    );
    if (this.step === 'code') this.emptySecrets('code');
  }

  private async answer(): Promise<void> {
    await this.call(
      (client, signal) =>
        client.answerRecoveryQuestion(
          { recoveryToken: this.recoveryToken ?? '', answer: this.value('answer') },
          { signal },
        ),
      () => {
        this.setValues({ answer: '' });
        this.feedback.reset();
        this.step = 'password';
      },
      // No Try again: the answer is a secret, not kept after a try.
      undefined,
      (error) => this.problemAlert(error),
    );
    if (this.step === 'question') this.emptySecrets('answer');
  }

  private async setPassword(): Promise<void> {
    let done = false;
    await this.call(
      (client, signal) =>
        client.resetPassword({ recoveryToken: this.recoveryToken ?? '', password: this.value('password') }, { signal }),
      () => {
        done = true;
      },
      undefined,
      (error) => this.problemAlert(error),
    );
    if (done) {
      this.recoveryToken = undefined;
      this.setValues({ password: '', retype: '' });
      this.revealed = {};
      this.feedback.reset();
      this.step = 'done';
      // Every session of the account ended on the server: this page's portal, and every other tab's, end theirs
      // (told by this page's portal, or by the element itself on a page with none).
      if (this.portal) this.portal.passwordChanged();
      else tellTabs({ type: 'password-changed' });
      if (this.holdsFocus) this.focus();
      this.dispatchEvent(new PfPasswordResetEvent());
      return;
    }
    if (this.step !== 'password') return;
    // A failed try keeps nothing of the passwords.
    this.emptySecrets('password', 'retype');
    this.revealed = {};
    if (this.alert && !this.serverErrors.password) {
      this.alert = { ...this.alert, help: this.l10n.t('retypePasswords') };
    }
  }

  private async sendUsername(): Promise<void> {
    await this.call(
      (client, signal) =>
        client.recoverUsername(
          { contact: this.value('contact').trim(), dateOfBirth: usDateToIso(this.value('dob')) },
          { signal },
        ),
      (sent) => {
        this.usernameSent = sent;
        this.feedback.reset();
        this.step = 'sent';
        this.dispatchEvent(new PfUsernameSentEvent({ channel: sent.channel }));
      },
      () => void this.sendUsername(),
      (error) => this.problemAlert(error),
    );
  }

  /** What the patient is told for the problems of recovery; the rest (field errors, outages) the usual way. */
  private problemAlert(error: PortalProblemError): Alert | 'handled' | undefined {
    const t = this.l10n.t.bind(this.l10n);
    const practice = error.practice ?? this.practice;
    if (error.practice) this.practice = error.practice;
    const help = practice
      ? { help: withPhoneLink(t('callPractice', practice.name, practice.phone), practice.phone) }
      : {};
    switch (error.code) {
      case 'recovery-closed':
        this.startOver('closed');
        return 'handled';
      case 'recovery-invalid':
        // The recovery ended (its time ran out, or a lock ended it): the patient starts again, their words kept.
        this.startOver('identify');
        return { message: t('ended') };
      case 'locked':
        // The portal's own lock ends the recovery; another 429 (a proxy's) is a wait, said the usual way.
        if (error.type !== problemType('locked')) return undefined;
        this.startOver('identify');
        return { ...this.waitAlert(error, (time, minutes) => t('locked', time, minutes)), ...help };
      case 'code-invalid':
        return { message: t('codeInvalid', error.attemptsRemaining ?? 0) };
      case 'code-expired':
        return { message: t('codeExpired') };
      case 'answer-incorrect':
        return { message: t('answerIncorrect', error.attemptsRemaining ?? 0), ...help };
      case 'resend-too-soon':
        // The server's clock has the last word: the countdown runs to the end it gave.
        this.countdown.until(this.activeClient.serverNow() + (error.retryAfter ?? 30) * 1000);
        return { message: t('resendTooSoon') };
      case 'too-many-codes':
        return { message: t('tooManyCodes', this.l10n.wait(error.retryAfter).time), ...help };
      default:
        return undefined;
    }
  }

  /** Back to a first step (`identify`) or to the closed screen: the recovery's secrets go, the patient's words stay. */
  private startOver(step: 'identify' | 'closed'): void {
    this.cancelCall();
    this.countdown.reset();
    this.recoveryToken = undefined;
    this.destinations = undefined;
    this.sent = undefined;
    this.question = undefined;
    this.usernameSent = undefined;
    this.alert = undefined;
    this.serverErrors = {};
    this.revealed = {};
    this.setValues({ code: '', answer: '', password: '', retype: '' });
    this.feedback.reset();
    this.step = step;
  }

  private onResend(): void {
    if (this.busy || this.countdown.seconds > 0) return;
    void this.sendCode(true);
  }

  private onOtherWay(): void {
    this.cancelCall();
    this.alert = undefined;
    this.setValues({ code: '' });
    this.feedback.reset();
    // The wait for a new code goes on: Send code counts it down.
    this.step = 'channel';
  }

  private onMode(mode: RecoveryMode): void {
    this.modeChosen = true;
    this.mode = mode;
  }

  private onSignIn(): void {
    const url = safeNavigationUrl(this.signInUrl);
    if (this.dispatchEvent(new PfRecoverySignInEvent()) && url) this.navigate(url);
  }

  /**
   * Sends the patient to another page (the default action of `pf-recovery-sign-in`).
   * @internal
   */
  protected navigate(url: string): void {
    window.location.assign(url);
  }

  // -----------------------------------------------------------------------------------------------------------
  // Time

  // -----------------------------------------------------------------------------------------------------------
  // Rendering

  private renderSignInLink(): TemplateResult {
    return html`<button type="button" class="link" @click=${this.onSignIn}>${this.l10n.t('backToSignIn')}</button>`;
  }

  private renderIdentify(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    if (this.mode === 'username') {
      return html`
        <p>${t('usernameText')}</p>
        <form part="form" novalidate @submit=${this.onSubmit}>
          ${this.renderSummary()}
          ${this.renderField('contact', {
            label: t('contactLabel'),
            hint: t('contactHint'),
            type: 'text',
            inputmode: 'email',
            autocomplete: 'off',
            maxlength: 254,
          })}
          ${this.renderField('dob', {
            label: t('dobLabel'),
            hint: t('dobHint'),
            inputmode: 'numeric',
            autocomplete: 'bday',
            maxlength: 10,
            format: formatDateInput,
          })}
          ${this.renderSubmit(t('sendUsername'))}
        </form>
        <p class="link-row">
          ${this.renderSignInLink()}
          <button type="button" class="link" @click=${() => this.onMode('password')}>${t('forgotPassword')}</button>
        </p>
      `;
    }
    return html`
      <p>${t('identifyText')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary()}
        ${this.renderField('identifier', {
          label: t('identifierLabel'),
          type: 'text',
          inputmode: 'email',
          autocomplete: 'username',
          maxlength: 254,
        })}
        ${this.renderSubmit(t('continue'))}
      </form>
      <p class="link-row">
        ${this.renderSignInLink()}
        <button type="button" class="link" @click=${() => this.onMode('username')}>${t('forgotUsername')}</button>
      </p>
    `;
  }

  private renderChannel(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const { email, phone } = this.destinations ?? {};
    const choices: [RecoveryChannel, string][] = [
      ...(email !== undefined
        ? [['email', email ? t('channelEmail', email) : t('channelEmailOnRecord')] as [RecoveryChannel, string]]
        : []),
      ...(phone
        ? [
            ['sms', t('channelSms', phone)] as [RecoveryChannel, string],
            ['voice', t('channelVoice', phone)] as [RecoveryChannel, string],
          ]
        : []),
    ];
    const wait = this.countdown.seconds;
    return html`
      <p>${t('channelText')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary()}
        <fieldset>
          <legend part="label">${t('channelLegend')}</legend>
          <div class="choices">
            ${choices.map(
              ([channel, words]) => html`
                <label class="choice">
                  <input
                    type="radio"
                    name="channel"
                    value=${channel}
                    .checked=${live(this.channel === channel)}
                    @change=${() => (this.channel = channel)}
                  />
                  ${words}
                </label>
              `,
            )}
          </div>
        </fieldset>
        ${this.renderSubmit(t('sendCode'), wait > 0 ? t('resendWait', wait) : undefined)}
      </form>
      <p class="link-row">${this.renderSignInLink()}</p>
    `;
  }

  private renderCode(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const sent = this.sent;
    const to = sent?.sentTo ?? '';
    const wait = this.countdown.seconds;
    const said =
      sent?.channel === 'voice'
        ? t('codeSentVoice', to)
        : sent?.channel === 'sms'
          ? t('codeSentSms', to)
          : to
            ? t('codeSentEmail', to)
            : t('codeSentEmailOnRecord');
    return html`
      <p>${said} ${t('codeArrives')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary()}
        ${this.renderField('code', {
          label: t('codeLabel'),
          hint: t('codeHint'),
          inputmode: 'numeric',
          autocomplete: 'one-time-code',
          maxlength: 11,
          className: 'code-input',
        })}
        ${this.renderSubmit(t('continue'))}
      </form>
      <div class="link-row">
        <button
          type="button"
          class="secondary"
          aria-disabled=${wait > 0 || this.busy ? 'true' : 'false'}
          aria-describedby=${wait > 0 ? 'resend-wait' : nothing}
          @click=${this.onResend}
        >
          ${t('resend')}
        </button>
        ${wait > 0 ? html`<span id="resend-wait" class="hint">${t('resendWait', wait)}</span>` : nothing}
        <button type="button" class="link" @click=${this.onOtherWay}>${t('otherWay')}</button>
      </div>
    `;
  }

  private renderQuestion(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary()}
        ${this.renderField('answer', {
          // The question is the label: read with the field, and never shown before the code.
          label: this.question ?? '',
          hint: t('answerHint'),
          autocomplete: 'off',
          maxlength: 200,
        })}
        ${this.renderSubmit(t('continue'))}
      </form>
    `;
  }

  private renderPassword(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary()}
        ${this.renderNewPassword(['password', 'retype'], this.newPassword, () => this.policyTask.value, {
          password: t('passwordLabel'),
          retype: t('retypeLabel'),
          avoid: t('rulesAvoid'),
        })}
        ${this.renderSubmit(t('changePassword'))}
      </form>
    `;
  }

  private renderBody(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    switch (this.step) {
      case 'channel':
        return this.renderChannel();
      case 'code':
        return this.renderCode();
      case 'question':
        return this.renderQuestion();
      case 'password':
        // Drawn at once, while the password rules are read: the checklist fills in when they come.
        return this.renderPassword();
      case 'done':
        return html`
          <p class="notice" role="status" tabindex="-1" data-pf-focus>${t('doneText')}</p>
          <p><button type="button" class="primary" part="button" @click=${this.onSignIn}>${t('signIn')}</button></p>
        `;
      case 'sent':
        return html`
          <p class="notice" role="status">${t('sentText', this.usernameSent?.sentTo ?? '')}</p>
          <p class="link-row">
            <button type="button" class="primary" part="button" @click=${this.onSignIn}>${t('signIn')}</button>
            <button type="button" class="link" @click=${() => this.startOver('identify')}>${t('tryOther')}</button>
          </p>
        `;
      case 'closed': {
        const practice = this.practice;
        const call = practice ? callButton(t('call', practice.name), practice.phone) : undefined;
        return html`
          <p>${practice ? t('closedText', practice.name) : t('closedTextNoPractice')}</p>
          <p class="link-row">${call ?? nothing} ${this.renderSignInLink()}</p>
        `;
      }
      default:
        return this.renderIdentify();
    }
  }

  /** One heading element through every step (only its words change), so focus put on it stays there. */
  private get heading(): string {
    const t = this.l10n.t.bind(this.l10n);
    switch (this.step) {
      case 'channel':
        return t('channelHeading');
      case 'code':
        return t('codeHeading');
      case 'question':
        return t('questionHeading');
      case 'password':
        return t('passwordHeading2');
      case 'done':
        return t('doneHeading');
      case 'sent':
        return this.usernameSent?.channel === 'sms' ? t('sentHeadingSms') : t('sentHeadingEmail');
      case 'closed':
        return t('closedHeading');
      default:
        return this.mode === 'username' ? t('usernameHeading') : t('passwordHeading');
    }
  }

  override render() {
    return html`
      <section class="pf" part="section" lang=${this.l10n.locale}>
        <h2 part="heading" tabindex="-1">${this.heading}</h2>
        ${this.renderBody()} ${this.renderAnnouncer()}
      </section>
    `;
  }
}
