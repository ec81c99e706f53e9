/**
 * Choosing a new password, as every form that sets one shows it: the server's policy as a live checklist, its
 * progress said once the patient pauses, the rules the field is checked by, and the retyped copy.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PasswordPolicy } from '../api/schemas.js';
import { type Catalogs, LocaleController } from './localize.js';
import { codePointLength, type LivePasswordRule, unmetPasswordRules } from './validation.js';

const en = {
  rulesHeading: 'Your password needs:',
  ruleLength: (count: number) => `At least ${count} characters`,
  ruleUppercase: 'An UPPERCASE letter',
  ruleNumberOrSymbol: 'A number or a symbol',
  ruleMet: 'done',
  ruleNotMet: 'not yet',
  rulesProgress: (met: number, total: number) =>
    met === total ? 'All password rules are met.' : `${met} of ${total} password rules met.`,
  passwordRules: 'The password does not meet every rule in the list yet.',
  passwordLong: (count: number) => `The password can have at most ${count} characters.`,
  retypeRequired: 'Type the password again.',
  mismatch: 'The two passwords do not match.',
};

/** The checklist's look: each rule a circle until it is met, then a tick. */
export const newPasswordStyles = css`
  .rules {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25rem;
  }
  .rules li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_pf-muted);
  }
  .rules li::before {
    content: '○';
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    flex: none;
    font-weight: 700;
  }
  .rules li.met {
    color: var(--_pf-text);
  }
  .rules li.met::before {
    content: '✓';
    color: var(--_pf-primary);
  }
`;

export const newPasswordMessages: Catalogs<typeof en> = {
  name: 'new-password',
  en,
  es: () => import('./new-password.es.js').then((module) => module.es),
};

/** The rules the checklist shows as the patient types: the ones a browser can check. */
const checklistRules = ['password-too-short', 'password-uppercase', 'password-number-or-symbol'] as const;

export class NewPasswordController implements ReactiveController {
  private readonly l10n: LocaleController<typeof en>;
  private readonly announce: (words: string) => void;
  private timer?: ReturnType<typeof setTimeout>;
  private lastSaid = '';

  /** `announce` says the checklist's progress politely (the form's live region). */
  constructor(host: ReactiveControllerHost & HTMLElement, announce: (words: string) => void) {
    this.l10n = new LocaleController(host, newPasswordMessages);
    this.announce = announce;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /**
   * What is wrong with the password: `required` when it is empty; once the server's policy is in, its length and the
   * checklist's rules (until then, only an empty password is wrong).
   */
  error(password: string, policy: PasswordPolicy | undefined, required: string): string | undefined {
    if (!password) return required;
    if (!policy) return undefined;
    if (codePointLength(password) > policy.maxLength) return this.l10n.t('passwordLong', policy.maxLength);
    return unmetPasswordRules(password, policy).length ? this.l10n.t('passwordRules') : undefined;
  }

  /** What is wrong with the password typed again. */
  retypeError(retyped: string, password: string): string | undefined {
    if (!retyped) return this.l10n.t('retypeRequired');
    return retyped === password ? undefined : this.l10n.t('mismatch');
  }

  checklist(
    password: string,
    policy: PasswordPolicy | undefined,
  ): { rule: LivePasswordRule; text: string; met: boolean }[] {
    if (!policy) return [];
    const t = this.l10n.t.bind(this.l10n);
    const unmet = unmetPasswordRules(password, policy);
    const texts: Record<(typeof checklistRules)[number], string | undefined> = {
      'password-too-short': t('ruleLength', policy.minLength),
      'password-uppercase': policy.requireUppercase ? t('ruleUppercase') : undefined,
      'password-number-or-symbol': policy.requireNumberOrSymbol ? t('ruleNumberOrSymbol') : undefined,
    };
    return checklistRules.flatMap((rule) => {
      const text = texts[rule];
      return text ? [{ rule, text, met: !unmet.includes(rule) }] : [];
    });
  }

  /** The checklist (`#password-rules`, for the field's `aria-describedby`), with what else to avoid under it. */
  render(password: string, policy: PasswordPolicy | undefined, avoid: string): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`
      <div id="password-rules">
        <p class="hint" id="password-rules-heading">${t('rulesHeading')}</p>
        <ul class="rules" aria-labelledby="password-rules-heading">
          ${this.checklist(password, policy).map(
            ({ text, met }) => html`
              <li class=${met ? 'met' : ''}>
                ${text}<span class="visually-hidden">: ${met ? t('ruleMet') : t('ruleNotMet')}</span>
              </li>
            `,
          )}
        </ul>
        <p class="hint">${avoid}</p>
      </div>
    `;
  }

  /** Speaks the checklist's progress once the patient pauses typing, and only when it changed: no chatter. */
  typed(password: () => string, policy: () => PasswordPolicy | undefined): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const rules = this.checklist(password(), policy());
      const said = this.l10n.t('rulesProgress', rules.filter((rule) => rule.met).length, rules.length);
      if (said !== this.lastSaid) {
        this.lastSaid = said;
        this.announce(said);
      }
    }, 1200);
  }
}
