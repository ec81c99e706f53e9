import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isAbortError, PortalProblemError } from '../../api/errors.js';
import type { CodeChannel, CodeSent, Invitation, Practice, Verification } from '../../api/schemas.js';
import { type Alert, type FieldRule, FormElement, keyedRule } from '../../internal/form-element.js';
import { formatDateInput, formatPhoneInput, usDateOfBirthError, usDateToIso } from '../../internal/format.js';
import { ResendCountdown } from '../../internal/countdown.js';
import { LocaleController, type PlainKey } from '../../internal/localize.js';
import { callButton, withPhoneLink } from '../../internal/phone.js';
import { pendingRegistration } from '../../internal/registration.js';
import { safeNavigationUrl } from '../../internal/portal-element.js';
import { ReadsWhileShown, taskRead } from '../../internal/reads-while-shown.js';
import { phoneError, sixDigitsError, stripSeparators } from '../../internal/validation.js';
import { type InvitationInvalidReason, PfInvitationInvalidEvent, PfVerifiedEvent } from './register-verify.events.js';
import { verifyMessages } from './register-verify.messages.js';
import { verifyStyles } from './register-verify.styles.js';

type VerifyCatalog = (typeof verifyMessages)['en'];

type Field = 'dob' | 'pin' | 'phone' | 'code';
type Method = 'pin' | 'phone';
type Step = 'form' | 'code' | 'verified' | 'invalid';

const problemReasons: Partial<Record<string, InvitationInvalidReason>> = {
  'invitation-used': 'used',
  'invitation-expired': 'expired',
  'invitation-revoked': 'revoked',
  'invitation-not-found': 'not-found',
};

/** The heading and the words of each reason a link does not work. */
const invalidTexts = {
  used: ['usedHeading', 'usedText'],
  expired: ['expiredHeading', 'expiredText'],
  revoked: ['revokedHeading', 'revokedText'],
  'not-found': ['notFoundHeading', 'notFoundText'],
} as const satisfies Record<InvitationInvalidReason, readonly [string, string]>;

/**
 * Step one of registration: the patient opens the link from their registration email and proves who they are,
 * with their date of birth and either the PIN the practice gave them or a code sent to the phone on record.
 *
 * @summary Verifies the patient's identity from a registration link (date of birth, and a PIN or a phone code).
 * @fires pf-verified - The identity is verified: `detail` holds `suggestedUsername` and `expiresAt`; the registration token went to `<pf-portal>`, for `<pf-register-account>`.
 * @fires pf-invitation-invalid - The link was used, expired, revoked after too many tries, or not found (`detail.reason`). Cancelable: by default the page goes to `home-url`.
 * @csspart form - Each form.
 * @csspart field - A field: its label, hint, input and error.
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text input.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart button - The main button of a step.
 * @csspart section - The element's frame.
 * @csspart heading - The heading of the current step.
 * @cssprop --pf-register-verify-max-width - The widest the element grows (default 36rem).
 * @cssprop --pf-register-verify-padding - Space inside the element's frame (default 0).
 */
export class PfRegisterVerify extends FormElement<Field> {
  static override styles = verifyStyles;

  private readonly l10n = new LocaleController(this, verifyMessages);
  /** The wait before a new code may be asked for. */
  private readonly countdown = new ResendCountdown(this, () => this.activeClient.serverNow());
  protected readonly serverFields: Record<string, Field> = {
    dateOfBirth: 'dob',
    pin: 'pin',
    phone: 'phone',
    code: 'code',
  };

  private readonly invitationTask = new Task(this, {
    task: async ([token, client], { signal }) => {
      if (!token) throw new PortalProblemError({ type: '/problems/invitation-not-found', title: '', status: 404 });
      return client.getInvitation(token, { signal });
    },
    args: () => [this.invitation, this.activeClient] as const,
    onComplete: (invitation) => this.onInvitationRead(invitation),
    onError: (error) => this.onInvitationError(error),
  });
  private readonly reads = new ReadsWhileShown(this, () => [taskRead(this.invitationTask)]);
  /** The PIN field or its choice had focus when the link said it takes no PIN: the phone field takes it instead. */
  private focusPhone = false;

  @state() private step: Step = 'form';
  @state() private invalidReason?: InvitationInvalidReason;
  /** Whom to call about a link that no longer works: from the problem that said so, or from the link when read. */
  @state() private invalidPractice?: Practice;
  @state() private method: Method = 'pin';
  @state() private channel: CodeChannel = 'sms';
  @state() private whyOpen = false;
  @state() private sent?: CodeSent;
  /** When the portal said a new code may be sent (server time, ms), after it refused one as too soon. */

  /** The token from the registration email's link. */
  @property() invitation?: string;

  /** Where a patient with a used, expired or unknown link is sent: the portal's home or sign-in page. */
  @property({ attribute: 'home-url' }) homeUrl?: string;

  /**
   * The portal's sign-in page: a link to it on the screen a used (or expired, or unknown) link shows, for the
   * patient who already has an account.
   */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;

  /**
   * Lets `home-url` name another origin. The element goes there without a click, so by default it only follows a
   * `home-url` on the page's own origin. Never take `home-url` from the page's address.
   */
  @property({ attribute: 'cross-origin-home', type: Boolean }) crossOriginHome = false;

  /** The home the element may send the patient to: `http:` or `https:`, on this origin unless the page allows. */
  private get home(): string | undefined {
    const home = safeNavigationUrl(this.homeUrl);
    return home && (this.crossOriginHome || new URL(home).origin === location.origin) ? home : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invitation') && changed.get('invitation') !== undefined) this.startOver();
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('step') && changed.get('step') !== undefined) void this.focusHeading();
    if (this.focusPhone) {
      this.focusPhone = false;
      this.renderRoot.querySelector<HTMLElement>('#phone')?.focus();
    }
  }

  private get invitationData(): Invitation | undefined {
    return this.invitationTask.status === TaskStatus.COMPLETE ? this.invitationTask.value : undefined;
  }

  private get canUsePin(): boolean {
    return this.invitationData?.methods.includes('pin') ?? true;
  }

  private get activeMethod(): Method {
    return this.canUsePin ? this.method : 'phone';
  }

  // -----------------------------------------------------------------------------------------------------------
  // Validation

  private readonly say = (message: PlainKey<VerifyCatalog>) => this.l10n.t(message);
  protected readonly rules = {
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
    pin: keyedRule(sixDigitsError, { required: 'pinRequired', other: 'pinDigits' }, this.say),
    phone: keyedRule(phoneError, { required: 'phoneRequired', other: 'phoneInvalid' }, this.say),
    code: keyedRule(sixDigitsError, { required: 'codeRequired', other: 'codeDigits' }, this.say),
  } satisfies Record<Field, FieldRule>;

  protected fieldsOfStep(): Field[] {
    return this.step === 'code' ? ['code'] : ['dob', this.activeMethod === 'pin' ? 'pin' : 'phone'];
  }

  // -----------------------------------------------------------------------------------------------------------
  // Event handlers

  private onMethod(method: Method): void {
    this.method = method;
    this.alert = undefined;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    await this.send();
  }

  /**
   * Sends the step. The form is drawn before the link is read, so a press may come first: it then waits for the
   * link (the button busy), and goes on only with what the link allows; nothing that depends on the link is sent
   * before it is known.
   */
  private async send(): Promise<void> {
    // A code may not be sent yet: the countdown beside the button says when.
    if (this.step === 'form' && this.activeMethod === 'phone' && this.countdown.seconds > 0) return;
    if (!this.readyToSubmit()) return;
    if (this.step === 'form' && !this.invitationData) {
      await this.waitForRead(
        this.invitationTask,
        () => void this.send(),
        (error) => this.problemAlert(error),
      );
      return;
    }
    if (this.step === 'code') await this.verifyCode();
    else if (this.activeMethod === 'pin') await this.verifyPin();
    else await this.sendCode(this.channel);
  }

  private onResend(): void {
    if (this.busy || this.countdown.seconds > 0) return;
    void this.sendCode(this.channel, true);
  }

  private onChangePhone(): void {
    this.cancelCall();
    this.step = 'form';
    this.method = 'phone';
    this.setValues({ code: '' });
    this.alert = undefined;
    this.feedback.reset();
    // The wait for a new code goes on: Continue counts it down, so the portal never has to refuse the number.
  }

  // -----------------------------------------------------------------------------------------------------------
  // Calls

  private async verifyPin(): Promise<void> {
    await this.call(
      (client, signal) =>
        client.verifyPin(
          this.token,
          { dateOfBirth: usDateToIso(this.value('dob')), pin: stripSeparators(this.value('pin')) },
          { signal },
        ),
      (verification) => this.verified(verification),
      () => void this.verifyPin(),
      (error) => this.problemAlert(error),
    );
  }

  private async sendCode(channel: CodeChannel, resending = false): Promise<void> {
    await this.call(
      (client, signal) =>
        client.sendCode(
          this.token,
          { dateOfBirth: usDateToIso(this.value('dob')), phone: this.value('phone'), channel },
          { signal },
        ),
      (sent) => {
        this.sent = sent;
        this.setValues({ code: '' });
        this.serverErrors = {};
        this.feedback.reset();
        this.countdown.until(Date.parse(sent.resendAfter));
        if (resending) this.announce(this.l10n.t('codeResent', sent.sentTo));
        this.step = 'code';
      },
      () => void this.sendCode(channel, resending),
      (error) => this.problemAlert(error),
    );
  }

  private async verifyCode(): Promise<void> {
    await this.call(
      (client, signal) => client.verifyCode(this.token, { code: stripSeparators(this.value('code')) }, { signal }),
      (verification) => this.verified(verification),
      // No Try again: a code is never kept after a try; the patient types it again.
      undefined,
      (error) => this.problemAlert(error),
    );
    if (this.step === 'code') this.emptySecrets('code');
  }

  private get token(): string {
    return this.invitation ?? '';
  }

  private verified(verification: Verification): void {
    this.countdown.stop();
    this.setValues({ pin: '', code: '' });
    this.step = 'verified';
    // The token goes to the portal, never into the event: every script on the page can read an event.
    this.portal?.holdRegistration(pendingRegistration(verification));
    this.dispatchEvent(
      new PfVerifiedEvent({ suggestedUsername: verification.suggestedUsername, expiresAt: verification.expiresAt }),
    );
  }

  /** What the patient is told for the problems of the identity steps; the rest is shown the usual way. */
  private problemAlert(error: PortalProblemError): Alert | 'handled' | undefined {
    const t = this.l10n.t.bind(this.l10n);
    // A wrong code is never kept: the patient types the right one fresh.
    if (this.step === 'code') this.emptySecrets('code');
    const reason = problemReasons[error.code];
    if (reason) {
      this.invalidate(reason, error.practice);
      return 'handled';
    }
    const practice = error.practice ?? this.invitationData?.practice;
    const help = practice
      ? { help: withPhoneLink(t('callPractice', practice.name, practice.phone), practice.phone) }
      : {};
    const paused = () => ({ ...this.waitAlert(error, (time, minutes) => t('locked', time, minutes)), ...help });
    switch (error.code) {
      case 'identity-not-verified':
        return { message: t('identityFailed', error.attemptsRemaining ?? 0), ...help };
      case 'locked':
        return paused();
      case 'code-invalid':
        return { message: t('codeInvalid', error.attemptsRemaining ?? 0) };
      case 'code-expired':
        return { message: t('codeExpired') };
      case 'resend-too-soon':
        // The server's clock has the last word: the countdown beside the button runs to the end it gave.
        this.countdown.until(this.activeClient.serverNow() + (error.retryAfter ?? 30) * 1000);
        return { message: t('resendTooSoon') };
      case 'too-many-codes':
        return { message: t('tooManyCodes', this.l10n.wait(error.retryAfter).time) };
      default:
        // A rate limit the portal did not name is still a pause of the link, with its end.
        return error.status === 429 ? paused() : undefined;
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // The link's state

  private onInvitationRead(invitation: Invitation): void {
    if (invitation.methods.includes('pin')) return;
    // The form was drawn with the choice of a PIN before the link said it takes none: the choice goes, and focus in
    // it goes to the phone field.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    this.focusPhone = Boolean(focused?.closest('.method'));
  }

  private onInvitationError(error: unknown): void {
    if (isAbortError(error)) return;
    // Reading the link, a bare 404 (a server that names no problem) also means the link is unknown.
    const reason =
      error instanceof PortalProblemError
        ? (problemReasons[error.code] ?? (error.status === 404 ? 'not-found' : undefined))
        : undefined;
    if (reason) this.invalidate(reason, error instanceof PortalProblemError ? error.practice : undefined);
    else this.showReadFailure(error, () => void this.invitationTask.run());
  }

  private invalidate(reason: InvitationInvalidReason, practice?: Practice): void {
    // Said once: the link's read and a press waiting for it may both learn it.
    if (this.step === 'invalid' && this.invalidReason === reason) return;
    this.cancelCall();
    this.countdown.stop();
    this.invalidReason = reason;
    this.invalidPractice = practice ?? this.invitationData?.practice;
    this.step = 'invalid';
    const event = new PfInvitationInvalidEvent({ reason });
    const home = this.home;
    // Never to this very page: a home-url that names the page with the element would send the patient in circles.
    const elsewhere = home && new URL(home).pathname !== location.pathname;
    if (this.dispatchEvent(event) && home && elsewhere) {
      const url = new URL(home);
      url.searchParams.set('pf-invitation', reason);
      this.navigate(url.href);
    }
  }

  /**
   * Sends the patient to another page (the default action of `pf-invitation-invalid`).
   * @internal
   */
  protected navigate(url: string): void {
    window.location.assign(url);
  }

  private startOver(): void {
    this.cancelCall();
    this.countdown.reset();
    this.step = 'form';
    this.setValues({ pin: '', code: '' });
    this.sent = undefined;
    this.alert = undefined;
    this.feedback.reset();
  }

  // -----------------------------------------------------------------------------------------------------------
  // Time

  // -----------------------------------------------------------------------------------------------------------
  // Rendering

  private renderChannels(name: string, legend: string): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <fieldset>
        <legend part="label">${legend}</legend>
        <div class="choices">
          ${(['sms', 'voice'] as const).map(
            (channel) => html`
              <label class="choice">
                <input
                  type="radio"
                  name=${name}
                  value=${channel}
                  .checked=${live(this.channel === channel)}
                  @change=${() => (this.channel = channel)}
                />
                ${channel === 'sms' ? t('channelSms') : t('channelVoice')}
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderForm(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const method = this.activeMethod;
    const wait = this.countdown.seconds;
    const pinField = this.renderField('pin', {
      label: t('pinLabel'),
      hint: t('pinHint'),
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: 11,
    });
    const phoneFields = html`
      ${this.renderField('phone', {
        label: t('phoneLabel'),
        hint: t('phoneHint'),
        type: 'tel',
        inputmode: 'tel',
        autocomplete: 'tel',
        maxlength: 16,
        format: formatPhoneInput,
      })}
      ${this.renderChannels('channel', t('channelLegend'))}
    `;
    return html`
      <p>${t('intro')}</p>
      <p class="required">
        ${this.text.t('allRequired')}
        <button
          type="button"
          class="link why"
          aria-expanded=${this.whyOpen ? 'true' : 'false'}
          aria-controls="why-text"
          @click=${() => (this.whyOpen = !this.whyOpen)}
        >
          ${t('why')}
        </button>
      </p>
      <p id="why-text" class="hint why-text" ?hidden=${!this.whyOpen}>${t('whyText')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary()}
        ${this.renderField('dob', {
          label: t('dobLabel'),
          hint: t('dobHint'),
          inputmode: 'numeric',
          autocomplete: 'bday',
          maxlength: 10,
          format: formatDateInput,
        })}
        ${
          this.canUsePin
            ? html`
                <fieldset class="method">
                  <legend part="label">${t('methodLegend')}</legend>
                  <div class="choices">
                    ${(['pin', 'phone'] as const).map(
                      (choice) => html`
                        <label class="choice">
                          <input
                            type="radio"
                            name="method"
                            value=${choice}
                            .checked=${live(method === choice)}
                            @change=${() => this.onMethod(choice)}
                          />
                          ${choice === 'pin' ? t('methodPin') : t('methodPhone')}
                        </label>
                      `,
                    )}
                  </div>
                  <div class="method-input">${method === 'pin' ? pinField : phoneFields}</div>
                </fieldset>
              `
            : phoneFields
        }
        ${this.renderSubmit(t('continue'), method === 'phone' && wait > 0 ? t('sendWait', wait) : undefined)}
        <p class="fine-print">${t('consent')}</p>
      </form>
    `;
  }

  private renderCode(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const sent = this.sent;
    const wait = this.countdown.seconds;
    return html`
      <p>${sent?.channel === 'voice' ? t('codeSentVoice', sent.sentTo) : t('codeSentSms', sent?.sentTo ?? '')}</p>
      <p>${t('codeArrives')}</p>
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
      <div class="resend">
        ${this.renderChannels('resend-channel', t('resendVia'))}
        <div class="resend-row">
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
        </div>
        <p><button type="button" class="link" @click=${this.onChangePhone}>${t('changePhone')}</button></p>
      </div>
    `;
  }

  /**
   * A link that no longer works is a screen of its own: what happened, and the ways on. A used link's way is to sign
   * in; every other link comes back only through the practice, so a call to it comes first (one tap on a phone).
   */
  private renderInvalid(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const reason = this.invalidReason ?? 'not-found';
    const home = this.home;
    const signIn = safeNavigationUrl(this.signInUrl);
    const practice = this.invalidPractice;
    const call = practice && callButton(t('callButton', practice.name, practice.phone), practice.phone);
    const signInLink = signIn
      ? html`<a class=${reason === 'used' ? 'primary' : 'link'} href=${signIn}>
          ${reason === 'used' ? t('signIn') : t('signInInstead')}
        </a>`
      : nothing;
    return html`
      <p class="notice">${t(invalidTexts[reason][1])}</p>
      <div class="ways-on">
        ${reason === 'used' ? [signInLink, call ?? nothing] : [call ?? nothing, signInLink]}
        ${practice && !call ? html`<p>${t('callPractice', practice.name, practice.phone)}</p>` : nothing}
        ${home ? html`<a class="link" href=${home}>${t('goHome')}</a>` : nothing}
      </div>
    `;
  }

  private renderBody(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    if (this.step === 'invalid') return this.renderInvalid();
    if (this.step === 'code') return this.renderCode();
    if (this.step === 'verified') return html`<p class="notice" role="status">${t('verified')}</p>`;
    // Drawn at once, while the link is read: the patient types meanwhile, and a press waits for the link.
    return this.renderForm();
  }

  /** One heading through every step: its words change, the element stays (and keeps focus). */
  private get heading(): string {
    const t = this.l10n.t.bind(this.l10n);
    if (this.step === 'invalid') return t(invalidTexts[this.invalidReason ?? 'not-found'][0]);
    return this.step === 'code' ? t('codeHeading') : t('heading');
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
