import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PortalProblemError } from '../../api/errors.js';
import type { PasswordPolicy, Session } from '../../api/schemas.js';
import { type Alert, type FieldRule, FormElement, keyedRule } from '../../internal/form-element.js';
import { LocaleController, type PlainKey } from '../../internal/localize.js';
import { safeNavigationUrl } from '../../internal/portal-element.js';
import { type PendingRegistration, registrationTokenOf } from '../../internal/registration.js';
import { NewPasswordController } from '../../internal/new-password.js';
import { ReadsWhileShown, taskRead } from '../../internal/reads-while-shown.js';
import { securityAnswerError, usernameError } from '../../internal/validation.js';
import { PfAccountCreatedEvent, PfRegistrationExpiredEvent } from './register-account.events.js';
import { accountMessages } from './register-account.messages.js';
import { accountStyles } from './register-account.styles.js';

type AccountCatalog = (typeof accountMessages)['en'];

type Field = 'question' | 'answer' | 'username' | 'password' | 'retype';
type Step = 'form' | 'expired' | 'created';

/**
 * Step two of registration: the patient chooses a security question and its answer, confirms a username and
 * creates a password, and accepts the User Agreement and Privacy Policy by pressing **Access your records**.
 *
 * @summary Creates the patient's account: security question, username, password, and the agreement.
 * @fires pf-account-created - The account exists; `detail.username`. The new session went into `<pf-portal>`.
 * @fires pf-registration-expired - The registration token is no longer good: start again from the email link.
 * @csspart section - The element's frame.
 * @csspart heading - The heading of the current step.
 * @csspart form - The form.
 * @csspart field - A field: its label, hint, input and error.
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text input or the security question's select.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart button - The Access your records button.
 * @cssprop --pf-register-account-max-width - The widest the element grows (default 36rem).
 * @cssprop --pf-register-account-padding - Space inside the element's frame (default 0).
 */
export class PfRegisterAccount extends FormElement<Field> {
  static override styles = accountStyles;

  private readonly l10n = new LocaleController(this, accountMessages);
  protected readonly serverFields: Record<string, Field> = {
    securityQuestionId: 'question',
    securityAnswer: 'answer',
    username: 'username',
    password: 'password',
  };
  private prefilled?: string;
  private readonly newPassword = new NewPasswordController(this, (words) => this.announce(words));

  private readonly formTask = new Task(this, {
    task: async ([client], { signal }) => {
      const [questions, policy] = await Promise.all([
        client.getSecurityQuestions({ signal }),
        client.getPasswordPolicy({ signal }),
      ]);
      return { questions, policy };
    },
    // The questions come in the page's language: read them again when it changes.
    args: () => [this.activeClient, this.l10n.locale] as const,
    onError: (error) => this.showReadFailure(error, () => void this.formTask.run()),
  });
  private readonly reads = new ReadsWhileShown(this, () => [taskRead(this.formTask)]);

  @state() private step: Step = 'form';

  /** The username to start with; by default the one the identity step suggests (the patient's email or username). */
  @property() username?: string;

  /** The registration this form was last opened for. */
  private openedFor?: PendingRegistration;

  /** The identity the patient verified in `<pf-register-verify>`, held by `<pf-portal>`; its token stays there. */
  private get registration(): PendingRegistration | undefined {
    return this.portal?.registration;
  }

  /** The User Agreement (`https:` only). */
  @property({ attribute: 'terms-url' }) termsUrl?: string;

  /** The Privacy Policy (`https:` only). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!registrationTokenOf(this.registration)) queueMicrotask(() => this.checkToken());
  }

  override willUpdate(): void {
    // Pre-fill the username once per suggestion, never over what the patient typed.
    const suggestion = this.username ?? this.registration?.suggestedUsername;
    if (suggestion !== undefined && suggestion !== this.prefilled) {
      this.prefilled = suggestion;
      if (!this.feedback.shows('username') || !this.value('username')) this.setValues({ username: suggestion });
    }
    // A new verification (the patient went through the identity step again) opens the form again.
    const registration = this.registration;
    if (registration !== this.openedFor) {
      if (registrationTokenOf(registration) && this.step !== 'form') {
        this.step = 'form';
        this.alert = undefined;
      }
      this.openedFor = registration;
    }
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('step') && changed.get('step') !== undefined) void this.focusHeading();
  }

  private get policy(): PasswordPolicy | undefined {
    return this.formTask.value?.policy;
  }

  // -----------------------------------------------------------------------------------------------------------
  // Validation

  protected fieldsOfStep(): Field[] {
    return ['username', 'password', 'retype', 'question', 'answer'];
  }

  private readonly say = (message: PlainKey<AccountCatalog>) => this.l10n.t(message);
  protected readonly rules = {
    question: (value: string) => (value ? undefined : this.say('questionRequired')),
    answer: keyedRule(securityAnswerError, { required: 'answerRequired', other: 'answerShort' }, this.say),
    username: keyedRule(
      usernameError,
      {
        required: 'usernameRequired',
        'too-short': 'usernameShort',
        'too-long': 'usernameLong',
        other: 'usernameCharacters',
      },
      this.say,
    ),
    password: (value: string) => this.newPassword.error(value, this.policy, this.say('passwordRequired')),
    retype: (value: string) => this.newPassword.retypeError(value, this.value('password')),
  } satisfies Record<Field, FieldRule>;

  // -----------------------------------------------------------------------------------------------------------
  // Event handlers

  private onQuestion(event: Event): void {
    this.setValues({ question: (event.target as HTMLSelectElement).value });
    this.feedback.change('question');
    this.serverErrors = { ...this.serverErrors, question: undefined };
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    await this.send();
  }

  /**
   * Sends the form. It is drawn before its questions and password rules are read, so a press may come first: it
   * then waits for them (the button busy), and the fields are checked once they are known.
   */
  private async send(): Promise<void> {
    if (!this.formTask.value) {
      await this.waitForRead(this.formTask, () => void this.send());
      return;
    }
    if (!this.readyToSubmit()) return;
    const token = registrationTokenOf(this.registration);
    if (!token) {
      this.expire();
      return;
    }
    const username = this.value('username').normalize('NFKC').trim();
    let created: Session | undefined;
    await this.call(
      (client, signal) =>
        client.createAccount(
          {
            registrationToken: token,
            username,
            password: this.value('password'),
            securityQuestionId: this.value('question'),
            securityAnswer: this.value('answer'),
            acceptedTerms: true,
          },
          { signal },
        ),
      (session) => {
        created = session;
      },
      // No Try again: the passwords are not kept after a try; the patient types them again.
      undefined,
      (error) => this.problemAlert(error),
    );
    if (created) {
      this.accountCreated(created, username);
      return;
    }
    if (this.step !== 'form') return;
    // A failed submit keeps everything but the passwords.
    this.emptySecrets('password', 'retype');
    this.revealed = {};
    if (this.alert && !this.serverErrors.password) {
      this.alert = { message: this.alert.message, help: this.l10n.t('retypePasswords') };
    }
  }

  private problemAlert(error: PortalProblemError): Alert | 'handled' | undefined {
    if (error.code === 'registration-invalid' || (error.status === 401 && !error.fieldErrors.length)) {
      this.expire();
      return 'handled';
    }
    const terms = error.errorsFor('acceptedTerms')[0];
    return terms ? { message: terms.message } : undefined;
  }

  private accountCreated(session: Session, username: string): void {
    this.setValues({ password: '', retype: '', answer: '' });
    this.step = 'created';
    // The form, and the button that had focus, are gone: the words with the username take focus, and are read.
    if (this.holdsFocus) this.focus();
    // The registration made its account: its token is spent, and forgotten.
    this.portal?.holdRegistration(undefined);
    this.portal?.startSession(session);
    this.dispatchEvent(new PfAccountCreatedEvent({ username }));
  }

  private checkToken(): void {
    if (!registrationTokenOf(this.registration) && this.isConnected && this.step === 'form') this.expire();
  }

  private expire(): void {
    this.cancelCall();
    this.setValues({ password: '', retype: '' });
    this.step = 'expired';
    if (this.registration) this.portal?.holdRegistration(undefined);
    this.dispatchEvent(new PfRegistrationExpiredEvent());
  }

  // -----------------------------------------------------------------------------------------------------------
  // Rendering

  /** The question list; `undefined` while the questions are read (the list then says so, and has no choice). */
  private renderQuestion(questions: { id: string; text: string }[] | undefined): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const error = this.shownError('question');
    return html`
      <div class="field" part="field">
        <label part="label" for="question">${t('questionLabel')}</label>
        <select
          part="input"
          id="question"
          name="question"
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'question-error' : nothing}
          .value=${live(this.value('question'))}
          @change=${this.onQuestion}
          @blur=${() => this.onFieldBlur('question')}
        >
          <option value="">${questions ? t('questionPlaceholder') : t('questionsLoading')}</option>
          ${(questions ?? []).map(
            (question) =>
              html`<option value=${question.id} ?selected=${question.id === this.value('question')}>
                ${question.text}
              </option>`,
          )}
        </select>
        ${error ? html`<p class="error" part="error" id="question-error">${error}</p>` : nothing}
      </div>
    `;
  }

  private renderAgreement(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    // The agreement links only to https pages, opened in a new window that cannot reach back to this one.
    const links = {
      terms: safeNavigationUrl(this.termsUrl, ['https:']),
      privacy: safeNavigationUrl(this.privacyUrl, ['https:']),
    };
    const parts = t('agreement').split(/(\{terms\}|\{privacy\})/);
    return html`
      <p class="agreement">
        ${parts.map((part) => {
          const key = part === '{terms}' ? 'terms' : part === '{privacy}' ? 'privacy' : undefined;
          if (!key) return part;
          const href = links[key];
          return href
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
                >${t(key)}<span class="visually-hidden"> ${t('newWindow')}</span></a
              >`
            : t(key);
        })}
      </p>
    `;
  }

  private renderForm(questions: { id: string; text: string }[] | undefined): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const chosen = questions?.find((question) => question.id === this.value('question'));
    return html`
      <p class="required">${this.text.t('allRequired')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderSummary()}
        <fieldset class="group">
          <legend part="label">${t('accountLegend')}</legend>
          ${this.renderField('username', {
            label: t('usernameLabel'),
            hint: t('usernameHint'),
            type: 'text',
            inputmode: 'email',
            autocomplete: 'username',
            maxlength: 64,
          })}
          ${this.renderNewPassword(['password', 'retype'], this.newPassword, () => this.policy, {
            password: t('passwordLabel'),
            retype: t('retypeLabel'),
            avoid: t('rulesAvoid'),
          })}
        </fieldset>
        <div class="group">
          ${this.renderQuestion(questions)}
          ${this.renderField('answer', {
            label: t('answerLabel'),
            // The question in full, however narrow the screen: a closed select shows only what fits of it.
            hint: chosen ? t('answerHintFor', chosen.text) : t('answerHint'),
            autocomplete: 'off',
            maxlength: 200,
          })}
        </div>
        ${this.renderAgreement()} ${this.renderSubmit(t('submit'))}
      </form>
    `;
  }

  private renderBody(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    if (this.step === 'expired') return html`<p class="notice">${t('expiredText')}</p>`;
    if (this.step === 'created') {
      return html`
        <p class="notice" role="status" tabindex="-1" data-pf-focus>
          ${t('createdText', this.value('username').normalize('NFKC').trim())}
        </p>
      `;
    }
    // Drawn at once, while the questions and the password rules are read (and again in another language): the
    // patient types meanwhile, and a press waits for them.
    return this.renderForm(this.formTask.value?.questions);
  }

  /** One heading through every step: its words change, the element stays (and keeps focus). */
  private get heading(): string {
    const t = this.l10n.t.bind(this.l10n);
    if (this.step === 'expired') return t('expiredHeading');
    return this.step === 'created' ? t('createdHeading') : t('heading');
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
