// The home page tells a patient why a registration link brought them here instead of to the portal.
const notices = {
  used: 'That registration link was already used to create an account. Sign in to the patient portal instead.',
  expired: 'That registration link has expired. Call us at (555) 201-0100 and we will send you a new one.',
  revoked:
    'For your security, that registration link stopped working after too many tries. Call us at (555) 201-0100 and we will send you a new one.',
  'not-found': 'That registration link is not valid. Open the whole link from your email, or call us for a new one.',
};
const reason = new URLSearchParams(location.search).get('pf-invitation');
const notice = document.querySelector('#link-notice');
if (reason && notices[reason]) {
  notice.textContent = notices[reason];
  notice.hidden = false;
}
