// The portal page: a registration link opens the identity step; the token leaves the address bar once read.
import { mock } from '/mock.js';

const params = new URLSearchParams(location.search);
const invitation = params.get('invitation');

if (invitation) {
  params.delete('invitation');
  const rest = params.toString();
  history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
  await mock;
  const verify = document.createElement('pf-register-verify');
  verify.invitation = invitation;
  verify.homeUrl = '/';
  const portal = document.querySelector('#portal');
  portal.append(verify);
  portal.hidden = false;
} else {
  document.querySelector('#no-link').hidden = false;
}
