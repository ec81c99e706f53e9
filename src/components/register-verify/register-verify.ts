import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  isAbortError,
  PortalNetworkError,
  PortalProblemError,
  PortalResponseError,
  PortalTimeoutError,
} from '../../api/errors.js';
import type { PortalClient } from '../../api/client.js';
import type { CodeChannel, CodeSent, Invitation } from '../../api/schemas.js';
import { describedBy, FormFeedback } from '../../internal/form-feedback.js';
import { formatDateInput, formatPhoneInput, localIsoDate, usDateToIso } from '../../internal/format.js';
import { LocaleController } from '../../internal/localize.js';
import { PortalElement, safeNavigationUrl } from '../../internal/portal-element.js';
import { baseStyles, formStyles } from '../../internal/styles.js';
import { isoDateOfBirthError, phoneError, sixDigitsError, stripSeparators } from '../../internal/validation.js';
import {
  type InvitationInvalidReason,
  PfInvitationInvalidEvent,
  PfVerifiedEvent,
  type VerifiedDetail,
} from './register-verify.events.js';
import { verifyMessages } from './register-verify.messages.js';
import { verifyStyles } from './register-verify.styles.js';

type Field = 'dob' | 'pin' | 'phone' | 'code';
type Method = 'pin' | 'phone';
type Step = 'form' | 'code' | 'verified' | 'invalid';

/** A problem to show above the form, with a way on. */
interface Alert {
  message: string;
  /** A second line: who to call. */
  help?: string;
  /** Offered when trying the same thing again may work (network, timeout, server error). */
  retry?: () => void;
}

const problemReasons: Partial<Record<string, InvitationInvalidReason>> = {
  'invitation-used': 'used',
  'invitation-expired': 'expired',
  'invitation-not-found': 'not-found',
};

/** The request fields the server may name in a 422, and the inputs they belong to. */
const serverFields: Record<string, Field> = { dateOfBirth: 'dob', pin: 'pin', phone: 'phone', code: 'code' };

/**
 * Step one of registration: the patient opens the link from their registration email and proves who they are,
 * with their date of birth and either the PIN the practice gave them or a code sent to the phone on record.
 *
 * @summary Verifies the patient's identity from a registration link (date of birth, and a PIN or a phone code).
 * @fires pf-verified - The identity is verified: `detail` holds `registrationToken`, `suggestedUsername`, `expiresAt`.
 * @fires pf-invitation-invalid - The link was used, expired or not found (`detail.reason`). Cancelable: by default the page goes to `home-url`.
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
 * @cssprop --pf-color-primary - The main button's colour (green, as the portal's).
 * @cssprop --pf-color-text - Text colour.
 * @cssprop --pf-color-danger - Error colour.
 * @cssprop --pf-color-focus - Focus ring colour.
 * @cssprop --pf-font-family - The elements' font.
 * @cssprop --pf-radius - Corner radius of inputs and buttons.
 */
export class PfRegisterVerify extends PortalElement {
  static override styles = [baseStyles, formStyles, verifyStyles];

  private readonly l10n = new LocaleController(this, verifyMessages);
  private readonly feedback = new FormFeedback<Field>();
  private inFlight?: AbortController;
  private ticker?: ReturnType<typeof setInterval>;

  private readonly invitationTask = new Task(this, {
    task: async ([token, client], { signal }) => {
      if (!token) throw new PortalProblemError({ type: '/problems/invitation-not-found', title: '', status: 404 });
      return client.getInvitation(token, { signal });
    },
    args: () => [this.invitation, this.activeClient] as const,
    onError: (error) => this.onInvitationError(error),
  });

  @query('.summary') private summary?: HTMLElement;

  @state() private step: Step = 'form';
  @state() private invalidReason?: InvitationInvalidReason;
  @state() private method: Method = 'pin';
  @state() private dob = '';
  @state() private pin = '';
  @state() private phone = '';
  @state() private channel: CodeChannel = 'sms';
  @state() private code = '';
  @state() private busy = false;
  @state() private alert?: Alert;
  @state() private serverErrors: Partial<Record<Field, string>> = {};
  @state() private whyOpen = false;
  @state() private sent?: CodeSent;
  @state() private now = Date.now();
  @state() private announcement = '';

  /** The token from the registration email's link. */
  @property() invitation?: string;

  /** Where a patient with a used, expired or unknown link is sent: the portal's home or sign-in page. */
  @property({ attribute: 'home-url' }) homeUrl?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inFlight?.abort();
    this.stopTicking();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invitation') && changed.get('invitation') !== undefined) this.startOver();
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('step') && changed.get('step') !== undefined) this.focusHeading();
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

  private fieldError(field: Field): string | undefined {
    const t = this.l10n.t.bind(this.l10n);
    const server = this.serverErrors[field];
    if (server) return server;
    switch (field) {
      case 'dob': {
        const iso = usDateToIso(this.dob);
        if (!this.dob.trim()) return t('dobRequired');
        if (!iso) return t('dobFormat');
        const key = isoDateOfBirthError(iso, localIsoDate());
        if (key === 'date-invalid') return t('dobInvalid');
        if (key === 'date-future') return t('dobFuture');
        if (key === 'date-too-old') return t('dobTooOld');
        return key ? t('dobFormat') : undefined;
      }
      case 'pin': {
        const key = sixDigitsError(this.pin);
        return key === 'required' ? t('pinRequired') : key ? t('pinDigits') : undefined;
      }
      case 'phone': {
        const key = phoneError(this.phone);
        return key === 'required' ? t('phoneRequired') : key ? t('phoneInvalid') : undefined;
      }
      case 'code': {
        const key = sixDigitsError(this.code);
        return key === 'required' ? t('codeRequired') : key ? t('codeDigits') : undefined;
      }
    }
  }

  private shownError(field: Field): string | undefined {
    return this.feedback.shows(field) || this.serverErrors[field] ? this.fieldError(field) : undefined;
  }

  private fieldsOfStep(): Field[] {
    return this.step === 'code' ? ['code'] : ['dob', this.activeMethod === 'pin' ? 'pin' : 'phone'];
  }

  // -----------------------------------------------------------------------------------------------------------
  // Event handlers

  private onInput(field: Field, event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const typing = event.inputType?.startsWith('insert') ?? true;
    const atEnd = input.selectionStart === input.value.length;
    let value = input.value;
    // Format only while the patient types at the end, so deleting a slash or fixing a digit is never fought.
    if (typing && atEnd && field === 'dob') value = formatDateInput(value);
    if (typing && atEnd && field === 'phone') value = formatPhoneInput(value);
    if (value !== input.value) input.value = value;
    this[field] = value;
    this.feedback.change(field);
    if (this.serverErrors[field]) this.serverErrors = { ...this.serverErrors, [field]: undefined };
  }

  private onBlur(field: Field): void {
    const wasShown = this.shownError(field);
    this.feedback.leave(field);
    const error = this.shownError(field);
    if (error && error !== wasShown) this.announce(error);
    this.requestUpdate();
  }

  private onMethod(method: Method): void {
    this.method = method;
    this.alert = undefined;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.feedback.submitted = true;
    const invalid = this.fieldsOfStep().filter((field) => this.fieldError(field));
    if (invalid.length) {
      this.alert = undefined;
      this.requestUpdate();
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    if (this.step === 'code') await this.verifyCode();
    else if (this.activeMethod === 'pin') await this.verifyPin();
    else await this.sendCode(this.channel);
  }

  private onResend(): void {
    if (this.busy || this.waitSeconds > 0) return;
    void this.sendCode(this.channel, true);
  }

  private onChangePhone(): void {
    this.inFlight?.abort();
    this.step = 'form';
    this.method = 'phone';
    this.code = '';
    this.alert = undefined;
    this.feedback.reset();
    this.stopTicking();
  }

  // -----------------------------------------------------------------------------------------------------------
  // Calls

  private async verifyPin(): Promise<void> {
    await this.call(
      (client, token, signal) =>
        client.verifyPin(token, { dateOfBirth: usDateToIso(this.dob), pin: stripSeparators(this.pin) }, { signal }),
      (verification) => this.verified(verification),
      () => void this.verifyPin(),
    );
  }

  private async sendCode(channel: CodeChannel, resending = false): Promise<void> {
    await this.call(
      (client, token, signal) =>
        client.sendCode(token, { dateOfBirth: usDateToIso(this.dob), phone: this.phone, channel }, { signal }),
      (sent) => {
        this.sent = sent;
        this.code = '';
        this.serverErrors = {};
        this.feedback.reset();
        this.startTicking();
        if (resending) this.announce(this.l10n.t('codeResent', sent.sentTo));
        this.step = 'code';
      },
      () => void this.sendCode(channel, resending),
    );
  }

  private async verifyCode(): Promise<void> {
    await this.call(
      (client, token, signal) => client.verifyCode(token, { code: stripSeparators(this.code) }, { signal }),
      (verification) => this.verified(verification),
      () => void this.verifyCode(),
    );
  }

  /** Runs one call: busy while it lasts, aborted with the element, its failure turned into what the patient sees. */
  private async call<T>(
    request: (client: PortalClient, token: string, signal: AbortSignal) => Promise<T>,
    done: (value: T) => void,
    retry: () => void,
  ): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    this.busy = true;
    this.alert = undefined;
    try {
      done(await request(this.activeClient, this.invitation ?? '', controller.signal));
    } catch (error) {
      if (!isAbortError(error)) await this.showFailure(error, retry);
    } finally {
      if (this.inFlight === controller) {
        this.inFlight = undefined;
        this.busy = false;
      }
    }
  }

  private verified(verification: VerifiedDetail): void {
    this.stopTicking();
    this.pin = '';
    this.code = '';
    this.step = 'verified';
    this.dispatchEvent(
      new PfVerifiedEvent({
        registrationToken: verification.registrationToken,
        suggestedUsername: verification.suggestedUsername,
        expiresAt: verification.expiresAt,
      }),
    );
  }

  private async showFailure(error: unknown, retry: () => void): Promise<void> {
    const t = this.l10n.t.bind(this.l10n);
    // A wrong code is never kept: the patient types the right one fresh.
    if (this.step === 'code') this.code = '';
    if (error instanceof PortalProblemError) {
      const reason = problemReasons[error.code];
      if (reason) {
        this.invalidate(reason);
        return;
      }
      const practice = this.invitationData?.practice;
      const help = practice ? t('callPractice', practice.name, practice.phone) : undefined;
      const tries = error.attemptsRemaining ?? 0;
      const wait = error.retryAfter ?? 0;
      const at = this.l10n.time(Date.now() + wait * 1000);
      switch (error.code) {
        case 'identity-not-verified':
          this.alert = { message: t('identityFailed', tries), ...(help ? { help } : {}) };
          break;
        case 'locked':
          this.alert = { message: t('locked', at, Math.max(1, Math.ceil(wait / 60))), ...(help ? { help } : {}) };
          break;
        case 'code-invalid':
          this.alert = { message: t('codeInvalid', tries) };
          break;
        case 'code-expired':
          this.alert = { message: t('codeExpired') };
          break;
        case 'resend-too-soon':
          this.alert = { message: t('resendTooSoon', wait) };
          break;
        case 'too-many-codes':
          this.alert = { message: t('tooManyCodes', at) };
          break;
        case 'validation-failed':
          this.serverErrors = Object.fromEntries(
            error.fieldErrors
              .filter((fieldError) => serverFields[fieldError.field])
              .map((fieldError) => [serverFields[fieldError.field], fieldError.message]),
          );
          this.feedback.submitted = true;
          this.alert = undefined;
          break;
        default:
          // A rate limit the portal did not name is still a wait, with its end.
          this.alert =
            error.status === 429
              ? { message: t('locked', at, Math.max(1, Math.ceil(wait / 60))), ...(help ? { help } : {}) }
              : { message: t('serverError'), retry };
      }
    } else if (error instanceof PortalTimeoutError) {
      this.alert = { message: t('timeout'), retry };
    } else if (error instanceof PortalResponseError) {
      this.alert = { message: t('responseError'), retry };
    } else if (error instanceof PortalNetworkError) {
      this.alert = { message: t('networkError'), retry };
    } else {
      this.alert = { message: t('serverError'), retry };
    }
    await this.updateComplete;
    this.summary?.focus();
  }

  // -----------------------------------------------------------------------------------------------------------
  // The link's state

  private onInvitationError(error: unknown): void {
    if (isAbortError(error)) return;
    // Reading the link, a bare 404 (a server that names no problem) also means the link is unknown.
    const reason =
      error instanceof PortalProblemError
        ? (problemReasons[error.code] ?? (error.status === 404 ? 'not-found' : undefined))
        : undefined;
    if (reason) this.invalidate(reason);
  }

  private invalidate(reason: InvitationInvalidReason): void {
    this.inFlight?.abort();
    this.stopTicking();
    this.invalidReason = reason;
    this.step = 'invalid';
    const event = new PfInvitationInvalidEvent({ reason });
    const home = safeNavigationUrl(this.homeUrl);
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
    this.inFlight?.abort();
    this.stopTicking();
    this.step = 'form';
    this.pin = '';
    this.code = '';
    this.sent = undefined;
    this.alert = undefined;
    this.feedback.reset();
  }

  // -----------------------------------------------------------------------------------------------------------
  // Time

  private get waitSeconds(): number {
    if (!this.sent) return 0;
    return Math.max(0, Math.ceil((Date.parse(this.sent.resendAfter) - this.now) / 1000));
  }

  private startTicking(): void {
    this.stopTicking();
    this.now = this.activeClient.serverNow();
    this.ticker = setInterval(() => {
      this.now = this.activeClient.serverNow();
      if (this.waitSeconds === 0) this.stopTicking();
    }, 1000);
  }

  private stopTicking(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private announce(message: string): void {
    // The same words again must still be read out: clear first, then set them in a later task.
    this.announcement = '';
    setTimeout(() => {
      this.announcement = message;
    }, 100);
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  // -----------------------------------------------------------------------------------------------------------
  // Rendering

  private renderField(
    field: Field,
    options: {
      label: string;
      hint?: string;
      type?: 'text' | 'tel';
      inputmode: 'numeric' | 'tel';
      autocomplete: 'bday' | 'off' | 'tel' | 'one-time-code';
      maxlength: number;
      className?: string;
    },
  ): TemplateResult {
    const error = this.shownError(field);
    return html`
      <div class="field" part="field">
        <label part="label" for=${field}>${options.label}</label>
        ${options.hint ? html`<p class="hint" part="hint" id=${`${field}-hint`}>${options.hint}</p>` : nothing}
        <input
          part="input"
          id=${field}
          name=${field}
          class=${options.className ?? ''}
          type=${options.type ?? 'text'}
          inputmode=${options.inputmode}
          .autocomplete=${options.autocomplete}
          maxlength=${options.maxlength}
          spellcheck="false"
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(field, { hint: Boolean(options.hint), error: Boolean(error) }) || nothing}
          .value=${live(this[field])}
          @input=${(event: InputEvent) => this.onInput(field, event)}
          @blur=${() => this.onBlur(field)}
        />
        ${error ? html`<p class="error" part="error" id=${`${field}-error`}>${error}</p>` : nothing}
      </div>
    `;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const t = this.l10n.t.bind(this.l10n);
    if (this.alert) {
      const { message, help, retry } = this.alert;
      return html`
        <div class="summary" tabindex="-1" role="group" aria-labelledby="summary-message">
          <p id="summary-message">${message}</p>
          ${help ? html`<p>${help}</p>` : nothing}
          ${retry ? html`<button type="button" class="secondary" @click=${retry}>${t('retry')}</button>` : nothing}
        </div>
      `;
    }
    if (!this.feedback.submitted) return nothing;
    const errors = this.fieldsOfStep()
      .map((field) => [field, this.fieldError(field)] as const)
      .filter(([, error]) => error);
    if (!errors.length) return nothing;
    return html`
      <div class="summary" tabindex="-1" role="group" aria-labelledby="summary-heading">
        <p id="summary-heading">${t('summaryHeading')}</p>
        <ul>
          ${errors.map(
            ([field, error]) =>
              html`<li>
                <button
                  type="button"
                  class="link"
                  @click=${() => this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus()}
                >
                  ${error}
                </button>
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderSubmit(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <button class="primary" part="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${t('working')}` : t('continue')}
      </button>
    `;
  }

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
      })}
      ${this.renderChannels('channel', t('channelLegend'))}
    `;
    return html`
      <h2 part="heading" tabindex="-1">${t('heading')}</h2>
      <p>${t('intro')}</p>
      <p class="required">
        ${t('allRequired')}
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
        })}
        ${
          this.canUsePin
            ? html`
                <fieldset>
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
        ${this.renderSubmit()}
        <p class="fine-print">${t('consent')}</p>
      </form>
    `;
  }

  private renderCode(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const sent = this.sent;
    const wait = this.waitSeconds;
    return html`
      <h2 part="heading" tabindex="-1">${t('codeHeading')}</h2>
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
        ${this.renderSubmit()}
      </form>
      <div class="resend">
        ${this.renderChannels('resend-channel', t('resendVia'))}
        <div class="resend-row">
          <button
            type="button"
            class="secondary"
            ?disabled=${wait > 0 || this.busy}
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

  private renderInvalid(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const [heading, text] =
      this.invalidReason === 'used'
        ? [t('usedHeading'), t('usedText')]
        : this.invalidReason === 'expired'
          ? [t('expiredHeading'), t('expiredText')]
          : [t('notFoundHeading'), t('notFoundText')];
    const home = safeNavigationUrl(this.homeUrl);
    return html`
      <h2 part="heading" tabindex="-1">${heading}</h2>
      <p class="notice">${text}</p>
      ${home ? html`<p><a href=${home}>${t('goHome')}</a></p>` : nothing}
    `;
  }

  private renderBody(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    if (this.step === 'invalid') return this.renderInvalid();
    return this.invitationTask.render({
      initial: () => html`<p role="status">${t('loading')}</p>`,
      pending: () => html`
        <p role="status">${t('loading')}</p>
        <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
      `,
      error: (error) => {
        const message =
          error instanceof PortalTimeoutError
            ? t('timeout')
            : error instanceof PortalNetworkError
              ? t('networkError')
              : error instanceof PortalResponseError
                ? t('responseError')
                : t('serverError');
        return html`
          <h2 part="heading" tabindex="-1">${t('heading')}</h2>
          <div class="summary" role="alert">
            <p>${message}</p>
            <button type="button" class="secondary" @click=${() => void this.invitationTask.run()}>
              ${t('retry')}
            </button>
          </div>
        `;
      },
      complete: () =>
        this.step === 'code'
          ? this.renderCode()
          : this.step === 'verified'
            ? html`<h2 part="heading" tabindex="-1">${t('heading')}</h2>
                <p class="notice" role="status">${t('verified')}</p>`
            : this.renderForm(),
    });
  }

  override render() {
    return html`
      <section class="pf" part="section" lang=${this.l10n.locale}>
        ${this.renderBody()}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </section>
    `;
  }
}
