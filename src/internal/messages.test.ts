/**
 * A practice's own words: each element takes `messages`, words by language in place of its own, checked against the
 * element's catalogs so a typo is told to the page's developer instead of doing nothing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../pf-sign-in.js';
import type { PfSignIn } from '../pf-sign-in.js';
import { byLabel, button, textOf, waitForText } from '../../test/helpers/dom.js';
import { warnings } from '../../test/helpers/console.js';

const riverside = {
  en: {
    heading: 'Sign in to Riverside Family Medicine',
    usernameRequired: 'Type the email address you gave us, or your username.',
    triesLeft: (tries: number) => `${tries} more tries before sign-in pauses.`,
  },
  es: { heading: 'Entre a Riverside Family Medicine' },
};

describe("a practice's own words", () => {
  for (const [lang, heading, kept] of [
    ['en', 'Sign in to Riverside Family Medicine', 'Password'],
    ['es', 'Entre a Riverside Family Medicine', 'Contraseña'],
  ] as const) {
    it(`puts the page's words in place of the element's own, and keeps the rest (${lang})`, async () => {
      const el = await fixture<PfSignIn>(html`<pf-sign-in lang=${lang} .messages=${riverside}></pf-sign-in>`);
      expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal(heading);
      expect(byLabel(el, kept)).to.not.equal(undefined);
      await expect(el).to.be.accessible();
    });
  }

  it('says the page’s words beside the field, and changes when the page changes them', async () => {
    const el = await fixture<PfSignIn>(html`<pf-sign-in .messages=${riverside}></pf-sign-in>`);
    button(el, 'Sign in').click();
    await waitForText(el, 'Type the email address you gave us, or your username.');
    // Next to the field it is about: among what describes the field.
    const field = byLabel(el, 'Email address or username');
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const about = describedBy.map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ');
    expect(about).to.contain('Type the email address you gave us, or your username.');
    expect(textOf(el)).to.contain('Enter your password.');
    el.messages = { en: { heading: 'Welcome back' } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Welcome back');
  });

  it("says a function's words, and its own when the page's function fails", async () => {
    const shown: string[] = [];
    const said = await warnings(async () => {
      for (const heading of [
        () => 'Sign in, please',
        () => {
          throw new TypeError('a typo in the page');
        },
      ]) {
        const el = await fixture<PfSignIn>(html`<pf-sign-in .messages=${{ en: { heading } }}></pf-sign-in>`);
        shown.push(el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '');
      }
    });
    expect(shown).to.deep.equal(['Sign in, please', 'Sign in to your health records']);
    expect(said.some((line) => line.includes('"heading" failed') && line.includes('a typo in the page'))).to.equal(
      true,
    );
  });

  it('tells the page once of a word the element does not have, or a language it does not speak', async () => {
    const said = await warnings(async (heard) => {
      const el = await fixture<PfSignIn>(
        html`<pf-sign-in
          .messages=${{
            en: { headng: 'Sign in', submit: 42, passwordHeading: 'Forgot it? Reset it here' },
            fr: { heading: 'Connexion' },
          }}
        ></pf-sign-in>`,
      );
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      // Words that are not text are not shown: the element's own are.
      expect(button(el, 'Sign in')).to.not.equal(undefined);
      // An unknown key is told once the words of what sign-in opens later (recovery, loaded with its code) are in.
      await waitUntil(() => heard.some((line) => line.includes('"headng"')), 'the unknown word told');
    });
    expect(said.filter((line) => line.includes('"headng"'))).to.have.length(1);
    expect(said.filter((line) => line.includes('"fr"'))).to.have.length(1);
    expect(said.filter((line) => line.includes('"submit" that are not text'))).to.have.length(1);
    // A word for recovery, which sign-in opens in place, is one it says.
    expect(said.filter((line) => line.includes('"passwordHeading"'))).to.deep.equal([]);
  });
});
