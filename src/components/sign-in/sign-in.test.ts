import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MINUTE } from '../../mocks/index.js';
import '../../pf-portal.js';
import '../../pf-sign-in.js';
import type { PfPortal } from '../../pf-portal.js';
import type { PfSignIn } from '../../pf-sign-in.js';
import {
  allInShadow,
  button,
  byLabel,
  emptiedFieldSays,
  focusedIn,
  inShadow,
  pressTab,
  submitAndSettle,
  textOf,
  typeInto,
  waitForText,
} from '../../../test/helpers/dom.js';
import { ana, freshMockPortal } from '../../../test/helpers/mock-portal.js';

const labels = { username: 'Email address or username', password: 'Password' };

async function signInForm(lang = 'en') {
  const mock = await freshMockPortal();
  const portalEl = await fixture<PfPortal>(html`
    <pf-portal lang=${lang}><pf-sign-in forgot-url="/portal/forgot-password"></pf-sign-in></pf-portal>
  `);
  const el = portalEl.querySelector('pf-sign-in') as PfSignIn;
  await el.updateComplete;
  return { mock, portalEl, el };
}

async function fill(el: PfSignIn, username: string, password: string) {
  await typeInto(byLabel(el, labels.username), username);
  await typeInto(byLabel(el, labels.password), password);
}

describe('<pf-sign-in>', () => {
  it('signs a returning patient in: the session goes into the portal and the page hears of it', async () => {
    const { portalEl, el } = await signInForm();
    await expect(el).to.be.accessible();
    await fill(el, ana.email, ana.password);
    const signedIn = oneEvent(el, 'pf-signed-in');
    const started = oneEvent(portalEl, 'pf-session-started');
    button(el, 'Sign in').click();
    await signedIn;
    await started;
    expect(portalEl.session?.patientId).to.equal('p-c3f0a4');
    await waitForText(el, 'You are signed in.');
    expect(allInShadow(el, 'input[type="password"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone, with the hints password managers look for', async () => {
    const { el } = await signInForm();
    const username = byLabel(el, labels.username);
    const password = byLabel(el, labels.password);
    expect(username.autocomplete).to.equal('username');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.form).to.equal(username.form);
    username.focus();
    await sendKeys({ type: ana.email });
    await pressTab();
    await sendKeys({ type: ana.password });
    const signedIn = oneEvent(el, 'pf-signed-in');
    await sendKeys({ press: 'Enter' });
    await signedIn;
  });

  it('gives one message for an unknown username and a wrong password, and forgets the password', async () => {
    const { el } = await signInForm();
    await fill(el, 'nobody@example.com', ana.password);
    await submitAndSettle(el);
    const unknown = inShadow(el, '.summary').textContent?.trim();
    expect(focusedIn(el)).to.equal(inShadow(el, '.summary'));
    expect(byLabel(el, labels.password).value).to.equal('');
    expect(byLabel(el, labels.username).value).to.equal('nobody@example.com');
    await fill(el, ana.email, 'Riverside#2025');
    await submitAndSettle(el);
    // The tries left are counted per username, known or not: the words differ by the count alone.
    expect(inShadow(el, '.summary').textContent?.trim()).to.equal(unknown);
    expect(unknown).to.equal(
      'The username or password is not correct. Check them and try again. You have 4 tries left before sign-in pauses.',
    );
    await expect(el).to.be.accessible();
  });

  it('never blames the password field it emptied: a hint to type it again, in both languages', async () => {
    for (const [lang, hint] of [
      ['en', 'Cleared for your safety. Type it again.'],
      ['es', 'Se borró por su seguridad. Escríbalo de nuevo.'],
    ] as const) {
      const { mock, el } = await signInForm(lang);
      const usernameLabel = lang === 'en' ? labels.username : 'Correo electrónico o nombre de usuario';
      const passwordLabel = lang === 'en' ? labels.password : 'Contraseña';
      await typeInto(byLabel(el, usernameLabel), ana.email);
      await typeInto(byLabel(el, passwordLabel), 'Wrong#Pass1');
      await submitAndSettle(el);
      expect(emptiedFieldSays(el, byLabel(el, passwordLabel)), lang).to.contain(hint);
      expect(byLabel(el, usernameLabel).value).to.equal(ana.email);
      await expect(el).to.be.accessible();
      // The same after the network dropped.
      await typeInto(byLabel(el, passwordLabel), ana.password);
      mock.failNext({ kind: 'network' }, 'POST /sessions');
      await submitAndSettle(el);
      expect(emptiedFieldSays(el, byLabel(el, passwordLabel)), lang).to.contain(hint);
      // Sent again empty, it is the patient's to fill: then it says so.
      inShadow(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect(inShadow(el, '#password-error').textContent?.trim()).to.not.equal('');
    }
  });

  it('counts down the tries, then says when sign-in opens again and whom to call, and opens a minute later', async () => {
    const { mock, el } = await signInForm();
    const said: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await fill(el, ana.email, 'Wrong#Pass1');
      await submitAndSettle(el);
      said.push(inShadow(el, '.summary').textContent?.replace(/\s+/g, ' ').trim() ?? '');
    }
    expect(said.slice(2, 4).map((words) => words.replace(/.*again\. /, ''))).to.deep.equal([
      'You have 2 tries left before sign-in pauses.',
      'You have 1 try left before sign-in pauses.',
    ]);
    expect(said[4]).to.contain('You can try again at');
    expect(said[4]).to.contain('(in 1 minute)');
    expect(said[4]).to.contain('Need help? Call Riverside Family Medicine at (555) 201-0100.');
    const phone = inShadow<HTMLAnchorElement>(el, '.summary a');
    expect([phone.textContent, phone.getAttribute('href')]).to.deep.equal(['(555) 201-0100', 'tel:+15552010100']);
    await expect(el).to.be.accessible();
    mock.clock.advance(MINUTE);
    await fill(el, ana.email, ana.password);
    const signedIn = oneEvent(el, 'pf-signed-in');
    button(el, 'Sign in').click();
    await signedIn;
  });

  it('asks for both fields before sending anything', async () => {
    const { mock, el } = await signInForm();
    button(el, 'Sign in').click();
    await el.updateComplete;
    expect(inShadow(el, '#username-error').textContent).to.equal('Enter your email address or username.');
    expect(inShadow(el, '#password-error').textContent).to.equal('Enter your password.');
    expect(mock.audit.filter((event) => event.event === 'signin.failed')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('offers a retry after a network failure, keeping the username', async () => {
    const { mock, el } = await signInForm();
    await fill(el, ana.email, ana.password);
    mock.failNext({ kind: 'network' }, 'POST /sessions');
    await submitAndSettle(el);
    expect(inShadow(el, '.summary').textContent).to.contain('We could not reach the patient portal');
    expect(byLabel(el, labels.username).value).to.equal(ana.email);
    await typeInto(byLabel(el, labels.password), ana.password);
    const signedIn = oneEvent(el, 'pf-signed-in');
    button(el, 'Sign in').click();
    await signedIn;
  });

  it('links Forgot password? and shows and hides the password', async () => {
    const { el } = await signInForm();
    expect(inShadow<HTMLAnchorElement>(el, 'a').href).to.equal(new URL('/portal/forgot-password', location.href).href);
    expect(textOf(el)).to.contain('Forgot your password?');
    const toggle = button(el, 'Show password');
    toggle.click();
    await el.updateComplete;
    expect(byLabel(el, labels.password).type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });

  it('comes back empty when the session ends, saying why, in both languages', async () => {
    const cases = [
      ['en', 'signed-out', 'You signed out.'],
      ['en', 'idle', 'You were signed out after 15 minutes without activity. Sign in again to continue.'],
      ['en', 'expired', 'Your session ended. Sign in again to continue.'],
      [
        'en',
        'password-changed',
        'Your password was changed, and you were signed out everywhere. Sign in with the new one.',
      ],
      ['es', 'signed-out', 'Cerró la sesión.'],
      ['es', 'idle', 'Se cerró su sesión tras 15 minutos sin actividad. Inicie sesión de nuevo para continuar.'],
      ['es', 'expired', 'Su sesión terminó. Inicie sesión de nuevo para continuar.'],
      [
        'es',
        'password-changed',
        'Se cambió su contraseña y se cerraron todas sus sesiones. Inicie sesión con la contraseña nueva.',
      ],
    ] as const;
    for (const [lang, reason, words] of cases) {
      const { portalEl, el } = await signInForm(lang);
      const username = () => byLabel(el, lang === 'en' ? labels.username : 'Correo electrónico o nombre de usuario');
      const password = () => byLabel(el, lang === 'en' ? labels.password : 'Contraseña');
      await typeInto(username(), ana.email);
      await typeInto(password(), ana.password);
      const signedIn = oneEvent(el, 'pf-signed-in');
      inShadow(el, 'button[type="submit"]').click();
      await signedIn;
      await portalEl.endSession(reason);
      await el.updateComplete;
      // On a shared tablet, the next person learns nothing of who used the portal.
      expect(username().value, `${lang} ${reason}`).to.equal('');
      expect(password().value).to.equal('');
      expect(inShadow(el, '.notice').textContent?.trim()).to.equal(words);
      expect(allInShadow(el, '.error')).to.have.length(0);
      // A page that shows the form in place of the records hands it focus: the reason is read first.
      el.focus();
      await el.updateComplete;
      expect(focusedIn(el)).to.equal(inShadow(el, '.notice'));
      await expect(el).to.be.accessible();
      // Once the patient tries again, the reason has been read: what is said is about this try.
      await typeInto(username(), ana.email);
      await typeInto(password(), 'Wrong#Pass1');
      await submitAndSettle(el);
      expect(allInShadow(el, '.notice')).to.have.length(0);
    }
  });

  it('says why a session ended to a form the page puts in only then', async () => {
    const { portalEl, el } = await signInForm();
    await fill(el, ana.email, ana.password);
    const signedIn = oneEvent(el, 'pf-signed-in');
    button(el, 'Sign in').click();
    await signedIn;
    el.remove();
    await portalEl.endSession('idle');
    const fresh = document.createElement('pf-sign-in');
    portalEl.append(fresh);
    await fresh.updateComplete;
    expect(inShadow(fresh, '.notice').textContent?.trim()).to.equal(
      'You were signed out after 15 minutes without activity. Sign in again to continue.',
    );
  });

  it('speaks Spanish under lang="es", its tries and its pause too', async () => {
    const { el } = await signInForm('es');
    expect(textOf(el)).to.contain('Inicie sesión para ver sus registros de salud');
    expect(byLabel(el, 'Contraseña').type).to.equal('password');
    await expect(el).to.be.accessible();
    const said: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await typeInto(byLabel(el, 'Correo electrónico o nombre de usuario'), ana.email);
      await typeInto(byLabel(el, 'Contraseña'), 'Wrong#Pass1');
      await submitAndSettle(el);
      said.push(inShadow(el, '.summary').textContent?.replace(/\s+/g, ' ').trim() ?? '');
    }
    expect(said[0]).to.contain('Le quedan 4 intentos antes de que se pause el inicio de sesión.');
    expect(said[3]).to.contain('Le queda 1 intento antes de que se pause el inicio de sesión.');
    expect(said[4]).to.contain('(en 1 minuto)');
    expect(said[4]).to.contain('¿Necesita ayuda? Llame a Riverside Family Medicine al (555) 201-0100.');
    await expect(el).to.be.accessible();
  });
});
