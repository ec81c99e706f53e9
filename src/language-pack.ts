/**
 * Another language for the elements, which a page registers: `registerLanguage('vi', () =>
 * import('pf-portal-elements/languages/vi.js'))`. A language pack is every catalog's words, by the catalog's name,
 * typed against the English words, so a message left out or given the wrong values is a type error.
 */
import type { recoveryMessages } from './components/account-recovery/account-recovery.messages.js';
import type { recordsMessages } from './components/health-records/health-records.messages.js';
import type { portalMessages } from './components/portal/portal.messages.js';
import type { accountMessages } from './components/register-account/register-account.messages.js';
import type { verifyMessages } from './components/register-verify/register-verify.messages.js';
import type { registrationMessages } from './components/registration/registration.messages.js';
import type { signInMessages } from './components/sign-in/sign-in.messages.js';
import type { commonMessages } from './internal/common.messages.js';
import { type LanguageSource, registerLanguage as register } from './internal/localize.js';
import type { newPasswordMessages } from './internal/new-password.js';

/** Every message of a language, by the catalog that says it: what the English words of each catalog are. */
export interface LanguagePack {
  /** What every form says: errors of the network and the server, Try again, show and hide a password. */
  common: (typeof commonMessages)['en'];
  /** A new password's rules and their checklist (account creation and recovery). */
  'new-password': (typeof newPasswordMessages)['en'];
  'pf-portal': (typeof portalMessages)['en'];
  'pf-registration': (typeof registrationMessages)['en'];
  'pf-register-verify': (typeof verifyMessages)['en'];
  'pf-register-account': (typeof accountMessages)['en'];
  'pf-sign-in': (typeof signInMessages)['en'];
  'pf-account-recovery': (typeof recoveryMessages)['en'];
  'pf-health-records': (typeof recordsMessages)['en'];
}

/**
 * The languages a page may give `<pf-portal lang>` in its framework's types: those the elements bring, and the pack
 * the package ships. A page that registers another adds it, and its templates type-check with it:
 * `declare module 'pf-portal-elements' { interface PortalLanguages { fr: true } }`.
 */
export interface PortalLanguages {
  en: true;
  es: true;
  vi: true;
}
/** A language `lang` may name on `<pf-portal>`: one of `PortalLanguages`. */
export type PortalLanguage = keyof PortalLanguages;

/** A pack's module as `import()` gives it (its default export), or the pack. */
export type LanguagePackLoader = () => Promise<LanguagePack | { default: LanguagePack }>;

/**
 * Registers another language for every element on the page, by its BCP 47 tag (`vi`, `zh-Hant`, `fr-CA`): its words
 * load the first time an element speaks it (a `lang` that names it, or a more specific tag such as `vi-VN`; the
 * patient's preferred language on their record; the browser's with `browser-language`). A message a pack leaves out
 * is said in English, and the console names it. A tag that is not BCP 47, or a language the elements bring (`en`,
 * `es`: change their words with `messages`), is refused with a `RangeError`. Register before the elements render,
 * or they change to it when it is registered.
 */
export const registerLanguage = (tag: string, pack: LanguagePack | LanguagePackLoader): void =>
  register(tag, pack as unknown as LanguageSource);
