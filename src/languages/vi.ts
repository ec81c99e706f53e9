/**
 * Vietnamese (Tiếng Việt), a language pack for the elements. A page registers it, and it loads the first time an
 * element speaks Vietnamese:
 *
 * ```js
 * import { registerLanguage } from 'pf-portal-elements';
 * registerLanguage('vi', () => import('pf-portal-elements/languages/vi.js'));
 * ```
 */
import type { LanguagePack } from '../language-pack.js';
import { words as recovery } from './vi/account-recovery.js';
import { words as common } from './vi/common.js';
import { words as records } from './vi/health-records.js';
import { words as newPassword } from './vi/new-password.js';
import { words as portal } from './vi/portal.js';
import { words as account } from './vi/register-account.js';
import { words as verify } from './vi/register-verify.js';
import { words as registration } from './vi/registration.js';
import { words as signIn } from './vi/sign-in.js';

const vi: LanguagePack = {
  common,
  'new-password': newPassword,
  'pf-portal': portal,
  'pf-registration': registration,
  'pf-register-verify': verify,
  'pf-register-account': account,
  'pf-sign-in': signIn,
  'pf-account-recovery': recovery,
  'pf-health-records': records,
};

export default vi;
