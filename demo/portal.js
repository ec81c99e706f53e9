// The portal page: with a registration link, <pf-registration> walks the patient through verify, account and
// records (it reads the link's token and removes it from the address bar); without one, a returning patient signs
// in and sees the records. Whoever signs out (or is signed out when idle) comes back to the sign-in form.
import { mock } from '/mock.js';

const portal = document.querySelector('#portal');
const signIn = document.createElement('pf-sign-in');
const records = document.createElement('pf-health-records');

portal.addEventListener('pf-session-started', () => {
  if (portal.firstElementChild === signIn) portal.replaceChildren(records);
});
portal.addEventListener('pf-session-ended', () => portal.replaceChildren(signIn));

await mock;
if (new URLSearchParams(location.search).has('invitation')) {
  const registration = document.createElement('pf-registration');
  registration.homeUrl = '/';
  registration.termsUrl = 'https://www.practicefusion.com/terms-of-use/';
  registration.privacyUrl = 'https://www.practicefusion.com/privacy-policy/';
  portal.replaceChildren(registration);
} else {
  portal.replaceChildren(signIn);
}
portal.hidden = false;
