// The portal page: a registration link opens the identity step, then the account step, then the records. The token
// leaves the address bar once read.
import { mock } from '/mock.js';

const params = new URLSearchParams(location.search);
const invitation = params.get('invitation');
const portal = document.querySelector('#portal');

/** The identity step for the link; once verified, the account step takes its place. */
function showVerify() {
  const verify = document.createElement('pf-register-verify');
  verify.invitation = invitation;
  verify.homeUrl = '/';
  verify.addEventListener('pf-verified', ({ detail }) => showAccount(verify, detail));
  portal.replaceChildren(verify);
}

function showAccount(verify, { registrationToken, suggestedUsername }) {
  const account = document.createElement('pf-register-account');
  account.registrationToken = registrationToken;
  account.username = suggestedUsername;
  account.termsUrl = 'https://www.practicefusion.com/terms-of-use/';
  account.privacyUrl = 'https://www.practicefusion.com/privacy-policy/';
  // Too late to create the account: start again with the identity step.
  account.addEventListener('pf-registration-expired', () => setTimeout(showVerify, 4000));
  // The account exists and the session is in <pf-portal>: the records take its place.
  account.addEventListener('pf-account-created', () =>
    account.replaceWith(document.createElement('pf-health-records')),
  );
  verify.replaceWith(account);
}

if (invitation) {
  params.delete('invitation');
  const rest = params.toString();
  history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
  await mock;
  showVerify();
  portal.hidden = false;
} else {
  document.querySelector('#no-link').hidden = false;
}
