import { type Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PortalClient } from '../api/client.js';
import type { PasswordPolicy } from '../api/schemas.js';
import {
  isAbortError,
  PortalNetworkError,
  PortalProblemError,
  PortalResponseError,
  PortalTimeoutError,
} from '../api/errors.js';
import { commonMessages } from './common.messages.js';
import { describedBy, FormFeedback } from './form-feedback.js';
import { LocaleController } from './localize.js';
import type { NewPasswordController } from './new-password.js';
import { PortalElement } from './portal-element.js';
import { CallController } from './call-controller.js';

/** A problem shown above a form, with a way on. */
export interface Alert {
  message: string;
  /** A second line, such as whom to call (its phone number a link that calls it). */
  help?: string | (TemplateResult | string)[];
  /** Offered when the same call may work if tried again (network, timeout, server error). */
  retry?: () => void;
}

export interface FieldOptions {
  label: string;
  hint?: string;
  type?: 'text' | 'tel' | 'email' | 'password';
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  autocomplete: 'bday' | 'off' | 'tel' | 'one-time-code' | 'username' | 'new-password' | 'current-password';
  maxlength: number;
  className?: string;
  /** Formats what the patient types at the end of the field, as they type it. */
  format?: (value: string) => string;
  /** More ids for `aria-describedby` (a checklist, say). */
  describedBy?: string;
  /** Rendered inside the field, after the input (a show-password toggle, a checklist). */
  after?: TemplateResult;
  /** Called after each change of the value. */
  onInput?: () => void;
}

/** A field's rule: what is wrong with its value, in the patient's words, or `undefined` when nothing is. */
export type FieldRule = (value: string) => string | undefined;

/**
 * A field's rule from one of the shared validators (`validation.ts`), as data: the message each key it can answer
 * is said with (`other` for the keys not named), and how the element says a message in its language.
 */
export const keyedRule =
  <K extends string, M>(
    validator: (value: string) => K | undefined,
    messages: { [Key in K]?: M } & { other: M },
    say: (message: M) => string,
  ): FieldRule =>
  (value) => {
    const key = validator(value);
    return key === undefined ? undefined : say(messages[key] ?? messages.other);
  };

/**
 * What the portal's forms share: values, when errors show (after a field was changed and left, or on submit), a
 * focused error summary, one call at a time with its busy state and abort, failures turned into what a patient can
 * act on, polite announcements, and focus on the heading when the step changes.
 */
export abstract class FormElement<Field extends string> extends PortalElement {
  protected readonly text = new LocaleController(this, commonMessages);
  protected readonly feedback = new FormFeedback<Field>();
  private readonly calls = new CallController(this);
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** A press on the main button under way: until it is released, nothing may move the button. */
  private press?: AbortController;

  @query('.summary') protected summary?: HTMLElement;

  @state() protected values = {} as Record<Field, string>;
  @state() protected alert?: Alert;
  @state() protected serverErrors: Partial<Record<Field, string>> = {};
  @state() protected revealed: Partial<Record<Field, boolean>> = {};
  @state() protected announcement = '';

  /** The request fields the server may name in a 422, and the fields they belong to. */
  protected abstract readonly serverFields: Record<string, Field>;

  /** Each field's rule: the form's checks are data, said in the element's words (see `keyedRule`). */
  protected abstract readonly rules: Record<Field, FieldRule>;

  /** Whether a call is under way (the main button says so, and presses wait). */
  protected get busy(): boolean {
    return this.calls.busy;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.press?.abort();
  }

  /** The field's error now, shown or not: what the server said of it, else what its rule says. */
  protected fieldError(field: Field): string | undefined {
    return this.serverErrors[field] || this.rules[field](this.value(field));
  }

  /** The fields the current step submits. */
  protected abstract fieldsOfStep(): Field[];

  protected value(field: Field): string {
    return this.values[field] ?? '';
  }

  protected setValues(values: Partial<Record<Field, string>>): void {
    this.values = { ...this.values, ...values };
  }

  protected shownError(field: Field): string | undefined {
    return this.feedback.shows(field) || this.serverErrors[field] ? this.fieldError(field) : undefined;
  }

  /**
   * Empties fields the form does not keep after a try (a password, a code). They are not blamed for being empty: each
   * says it was cleared and to type it again, until the patient does or submits again.
   */
  protected emptySecrets(...fields: Field[]): void {
    this.setValues(Object.fromEntries(fields.map((field) => [field, ''])) as Partial<Record<Field, string>>);
    for (const field of fields) this.feedback.empty(field);
  }

  protected onFieldInput(field: Field, event: InputEvent, format?: (value: string) => string): void {
    const input = event.target as HTMLInputElement;
    const typing = event.inputType?.startsWith('insert') ?? true;
    // Format only while the patient types at the end, so deleting a separator or fixing a digit is never fought.
    if (format && typing && input.selectionStart === input.value.length) {
      const formatted = format(input.value);
      if (formatted !== input.value) input.value = formatted;
    }
    this.setValues({ [field]: input.value } as Partial<Record<Field, string>>);
    this.feedback.change(field);
    if (this.serverErrors[field]) this.serverErrors = { ...this.serverErrors, [field]: undefined };
  }

  protected onFieldBlur(field: Field): void {
    const wasShown = this.shownError(field);
    this.feedback.leave(field);
    // The patient left the field by pressing the main button: its error, drawn now, would move the button from under
    // the pointer and the press would never click. The press submits and shows it; a press let go elsewhere shows
    // it then.
    if (this.press) return;
    const error = this.shownError(field);
    if (error && error !== wasShown) this.announce(error);
    this.requestUpdate();
  }

  /** Marks the form submitted; when a field is wrong, shows the summary, focuses it and answers `false`. */
  protected readyToSubmit(): boolean {
    this.feedback.submit();
    if (!this.fieldsOfStep().some((field) => this.fieldError(field))) return true;
    this.alert = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() => this.summary?.focus());
    return false;
  }

  /**
   * Runs one call: busy while it lasts, aborted with the element, its failure shown. `retry` is offered as Try again
   * where trying again may work; leave it out when the call sends a secret the form does not keep (the patient types
   * it again). `problem` may answer what to show for a problem the element knows; the rest (field errors, waits,
   * server errors) is shown the usual way.
   */
  protected async call<T>(
    request: (client: PortalClient, signal: AbortSignal) => Promise<T>,
    done: (value: T) => void,
    retry: (() => void) | undefined,
    problem: (error: PortalProblemError) => Alert | 'handled' | undefined = () => undefined,
  ): Promise<void> {
    this.alert = undefined;
    const outcome = await this.calls.run((signal) => request(this.activeClient, signal));
    // A call given up (the step or the link changed, or the element left) changes nothing.
    if (!outcome) return;
    if (outcome.ok) done(outcome.value);
    else await this.showFailure(outcome.error, retry, problem);
  }

  /**
   * A press on a form drawn before its read finished: waits for the read as a call (the button busy), trying a read
   * that failed again, then runs `then` (the press again, now that the read is in); a failure shows as a call's does.
   */
  protected async waitForRead<T>(
    task: Task<readonly unknown[], T>,
    then: () => void,
    problem?: (error: PortalProblemError) => Alert | 'handled' | undefined,
  ): Promise<void> {
    await this.call(
      async () => {
        await this.updateComplete;
        if (task.status === TaskStatus.ERROR) void task.run();
        return task.taskComplete;
      },
      then,
      then,
      problem,
    );
  }

  /**
   * A read the form needs failed while no press waited for it (a press shows its failure itself). The patient may be
   * typing: the failure shows above the form with Try again (`retry`) and is said; focus stays where it is.
   */
  protected showReadFailure(error: unknown, retry: () => void): void {
    if (isAbortError(error) || this.busy) return;
    const message =
      error instanceof PortalProblemError && error.status === 429
        ? this.waitAlert(error).message
        : this.failureMessage(error);
    this.alert = {
      message,
      retry: () => {
        this.alert = undefined;
        retry();
      },
    };
    this.announce(message);
  }

  /** Gives up the call under way, if any. */
  protected cancelCall(): void {
    this.calls.cancel();
  }

  /** The wait a 429 asks for, said as the time it ends (and in minutes), in the element's own words if it has them. */
  protected waitAlert(
    error: PortalProblemError,
    say: (time: string, minutes: number) => string = (time, minutes) => this.text.t('waitUntil', time, minutes),
  ): Alert {
    const { time, minutes } = this.text.wait(error.retryAfter);
    return { message: say(time, minutes) };
  }

  /** What to tell the patient about a failure that is not a problem the element knows. */
  protected failureMessage(error: unknown): string {
    const t = this.text.t.bind(this.text);
    if (error instanceof PortalTimeoutError) return t('timeout');
    if (error instanceof PortalResponseError) return t('responseError');
    if (error instanceof PortalNetworkError) return t('networkError');
    return t('serverError');
  }

  private async showFailure(
    error: unknown,
    retry: (() => void) | undefined,
    problem: (error: PortalProblemError) => Alert | 'handled' | undefined,
  ): Promise<void> {
    const t = this.text.t.bind(this.text);
    if (error instanceof PortalProblemError) {
      const known = problem(error);
      if (known === 'handled') return;
      if (known) this.alert = known;
      else if (error.fieldErrors.length) {
        this.serverErrors = Object.fromEntries(
          error.fieldErrors
            .filter((fieldError) => this.serverFields[fieldError.field])
            .map((fieldError) => [this.serverFields[fieldError.field], fieldError.message]),
        ) as Partial<Record<Field, string>>;
        this.feedback.submitted = true;
      } else if (error.status === 429) this.alert = this.waitAlert(error);
      else this.alert = { message: t('serverError'), retry };
    } else this.alert = { message: this.failureMessage(error), retry };
    await this.updateComplete;
    // Focus the patient took elsewhere on the page while the call ran stays there: the summary is announced instead.
    if (this.holdsFocus) this.summary?.focus();
    else if (this.summary) this.announce(this.summary.innerText.replace(/\s+/g, ' ').trim());
  }

  /** Says something to screen readers, politely; the same words again are read again. */
  protected announce(message: string): void {
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = message;
    }, 100);
  }

  /**
   * Moves focus to the step's heading, so a screen reader says where the patient now is. The heading stays one
   * element through the steps (only its words change), so focus already on it is moved off and back to be read.
   * Focus the patient took elsewhere on the page while a call ran is left where it is.
   */
  protected async focusHeading(): Promise<void> {
    await this.updateComplete;
    if (!this.holdsFocus) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    if (heading && heading === (this.renderRoot as ShadowRoot).activeElement) heading.blur();
    heading?.focus();
  }

  protected renderField(field: Field, options: FieldOptions): TemplateResult {
    const id: string = field;
    const error = this.shownError(field);
    const hint = [options.hint, this.feedback.emptied(field) ? this.text.t('emptied') : undefined]
      .filter(Boolean)
      .join(' ');
    const ids = [describedBy(field, { hint: Boolean(hint), error: Boolean(error) }), options.describedBy ?? '']
      .filter(Boolean)
      .join(' ');
    const type = options.type === 'password' && this.revealed[field] ? 'text' : (options.type ?? 'text');
    return html`
      <div class="field" part="field">
        <label part="label" for=${id}>${options.label}</label>
        ${hint ? html`<p class="hint" part="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
        <input
          part="input"
          id=${id}
          name=${id}
          class=${options.className ?? ''}
          type=${type}
          inputmode=${options.inputmode ?? nothing}
          .autocomplete=${options.autocomplete}
          maxlength=${options.maxlength}
          spellcheck="false"
          autocapitalize="off"
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ids || nothing}
          .value=${live(this.value(field))}
          @input=${(event: InputEvent) => {
            this.onFieldInput(field, event, options.format);
            options.onInput?.();
          }}
          @blur=${() => this.onFieldBlur(field)}
        />
        ${options.after ?? nothing}
        ${error ? html`<p class="error" part="error" id=${`${id}-error`}>${error}</p>` : nothing}
      </div>
    `;
  }

  /**
   * A new password and the same typed again (`autocomplete="new-password"`, each with show/hide), the first with the
   * live checklist of the server's `policy` and its spoken progress.
   */
  protected renderNewPassword(
    [password, retype]: [Field, Field],
    newPassword: NewPasswordController,
    policy: () => PasswordPolicy | undefined,
    words: { password: string; retype: string; avoid: string },
  ): TemplateResult {
    return html`
      ${this.renderField(password, {
        label: words.password,
        type: 'password',
        autocomplete: 'new-password',
        maxlength: 256,
        describedBy: 'password-rules',
        after: html`${this.renderRevealToggle(password)}${newPassword.render(this.value(password), policy(), words.avoid)}`,
        onInput: () => newPassword.typed(() => this.value(password), policy),
      })}
      ${this.renderField(retype, {
        label: words.retype,
        type: 'password',
        autocomplete: 'new-password',
        maxlength: 256,
        after: this.renderRevealToggle(retype),
      })}
    `;
  }

  /** A button that shows or hides what was typed in a password field. */
  protected renderRevealToggle(field: Field): TemplateResult {
    const t = this.text.t.bind(this.text);
    const id: string = field;
    const shown = Boolean(this.revealed[field]);
    return html`
      <button
        type="button"
        class="link reveal"
        aria-controls=${id}
        aria-pressed=${shown ? 'true' : 'false'}
        @click=${() => (this.revealed = { ...this.revealed, [field]: !shown })}
      >
        ${shown ? t('hidePassword') : t('showPassword')}
      </button>
    `;
  }

  /** The alert, or after a submit the list of what to fix, each a way to its field. */
  protected renderSummary(): TemplateResult | typeof nothing {
    const t = this.text.t.bind(this.text);
    if (this.alert) {
      const { message, help, retry } = this.alert;
      return html`
        <div
          class="summary"
          tabindex="-1"
          role="group"
          aria-labelledby="summary-message"
          aria-describedby=${help ? 'summary-help' : nothing}
        >
          <p id="summary-message">${message}</p>
          ${help ? html`<p id="summary-help">${help}</p>` : nothing}
          ${retry ? html`<button type="button" class="secondary" @click=${retry}>${t('retry')}</button>` : nothing}
        </div>
      `;
    }
    if (!this.feedback.submitted) return nothing;
    const errors = this.fieldsOfStep()
      .map((field) => [field, this.shownError(field)] as const)
      .filter(([, error]) => error);
    if (!errors.length) return nothing;
    // role="list" is said again on purpose: a list drawn without markers (each error has its own bullet) is no longer
    // a list to Safari's VoiceOver unless its role is given.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`
      <div class="summary" tabindex="-1" role="group" aria-labelledby="summary-heading" aria-describedby="summary-list">
        <p id="summary-heading">${t('summaryHeading')}</p>
        <ul id="summary-list" role="list">
          ${errors.map(
            ([field, error]) => html`
              <li>
                <span class="bullet" aria-hidden="true">•</span>
                <button
                  type="button"
                  class="link"
                  @click=${() => this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus()}
                >
                  ${error}
                </button>
              </li>
            `,
          )}
        </ul>
      </div>
    `;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  /** A pointer went down on the main button: the form holds still until it is let go (and its click has run). */
  private readonly onSubmitPress = (): void => {
    this.press?.abort();
    const press = new AbortController();
    this.press = press;
    const release = () => {
      press.abort();
      // After the click the release brings: a redraw before it could still move the button.
      setTimeout(() => {
        if (this.press !== press) return;
        this.press = undefined;
        this.requestUpdate();
      });
    };
    for (const type of ['pointerup', 'pointercancel'])
      window.addEventListener(type, release, { once: true, signal: press.signal });
  };

  /**
   * The step's main button: busy (and deaf to more presses) while a call lasts; with `wait`, the words of a countdown
   * the server asked for, said beside it, and the button off until it ends (the element ignores presses meanwhile).
   */
  protected renderSubmit(label: string, wait?: string): TemplateResult {
    const t = this.text.t.bind(this.text);
    return html`
      <button
        class="primary"
        part="button"
        type="submit"
        aria-disabled=${this.busy || wait ? 'true' : 'false'}
        aria-describedby=${wait ? 'submit-wait' : nothing}
        @pointerdown=${this.onSubmitPress}
      >
        ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${t('working')}` : label}
      </button>
      ${wait ? html`<p id="submit-wait" class="hint">${wait}</p>` : nothing}
    `;
  }

  protected renderAnnouncer(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }
}
