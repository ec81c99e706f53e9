// The portal page: with a registration link, <pf-registration> walks the patient through verify, account and
// records (it reads the link's token and removes it from the address bar); without one, a returning patient signs
// in and sees the records. Whoever signs out (or is signed out when idle) comes back to the sign-in form.
import { mock } from '/mock.js';

const portal = document.querySelector('#portal');

// The page's language switch: it sets lang on <pf-portal>, which fixes the language for the rest of the visit. It
// shows whichever language the portal speaks, the patient's own once she signs in included. It works from the
// first moment: the portal takes the attribute whenever its code arrives.
const switches = [...document.querySelectorAll('.language-switch button')];
const showLanguage = () => {
  const lang = (portal.getAttribute('lang') || document.documentElement.lang || 'en').slice(0, 2);
  for (const button of switches) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
};
for (const button of switches) button.addEventListener('click', () => portal.setAttribute('lang', button.dataset.lang));
new MutationObserver(showLanguage).observe(portal, { attributes: true, attributeFilter: ['lang'] });
showLanguage();

// The elements load once the mock portal answers: what they ask for before would go to this demo's own server.
const { portal: mockPortal } = await mock;
const { registerLanguage } = await import('/dist/pf-elements.min.js');
// Vietnamese, the pack the package ships: fetched only when the portal first speaks it.
registerLanguage('vi', () => import('/dist/languages/vi.min.js'));

const signIn = document.createElement('pf-sign-in');
const records = document.createElement('pf-health-records');

// Each swap hands focus to the element shown (its heading), so a screen reader says where the patient now is and
// the keyboard goes on from there instead of from the top of the page.
portal.addEventListener('pf-session-started', () => {
  if (portal.firstElementChild !== signIn) return;
  portal.replaceChildren(records);
  records.focus();
});
portal.addEventListener('pf-session-ended', () => {
  const hadFocus = portal.contains(document.activeElement) || document.activeElement === document.body;
  portal.replaceChildren(signIn);
  if (hadFocus) signIn.focus();
});

// The page's idle limit runs on the mock's clock: moving it (the developer tools' clock button) signs an idle
// patient out here as well as on the server, with the words a real idle sign-out has.
portal.clock = () => mockPortal.clock.now();
// A registration link, or a registration this tab was in the middle of (a reload, Back then Forward): the patient
// goes on where they were, never to a sign-in form for an account they have not made.
if (customElements.get('pf-registration').inProgress()) {
  const registration = document.createElement('pf-registration');
  // A used, expired or unknown link gets its own screen here, with the ways on: sign in, or call the practice.
  registration.signInUrl = '/portal.html';
  registration.termsUrl = 'https://www.practicefusion.com/terms-of-use/';
  registration.privacyUrl = 'https://www.practicefusion.com/privacy-policy/';
  portal.replaceChildren(registration);
} else {
  portal.replaceChildren(signIn);
}
portal.hidden = false;
