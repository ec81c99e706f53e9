/**
 * A language a page adds (`registerLanguage`): the Vietnamese pack the package ships, through the same path a
 * practice's own pack takes. The elements speak it from `lang`, load its words once, say in English only what a
 * pack leaves out (and tell the page's developer), and pass axe in it at a phone's width. Nothing the elements say
 * in English is left on screen in Vietnamese.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { recoveryMessages } from '../../src/components/account-recovery/account-recovery.messages.js';
import { recordsMessages } from '../../src/components/health-records/health-records.messages.js';
import { accountMessages } from '../../src/components/register-account/register-account.messages.js';
import { verifyMessages } from '../../src/components/register-verify/register-verify.messages.js';
import { signInMessages } from '../../src/components/sign-in/sign-in.messages.js';
import { commonMessages } from '../../src/internal/common.messages.js';
import { newPasswordMessages } from '../../src/internal/new-password.js';
import type { Catalogs, Catalog } from '../../src/internal/localize.js';
import { preferredLocale } from '../../src/internal/patient-language.js';
import vi from '../../src/languages/vi.js';
import '../../src/pf-health-records.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import { type LanguagePack, registerLanguage } from '../../src/pf-portal.js';
import '../../src/pf-sign-in.js';
import type { PfHealthRecords } from '../../src/pf-health-records.js';
import type { PfSignIn } from '../../src/pf-sign-in.js';
import { warnings } from '../helpers/console.js';
import { allInShadow, button, byLabel, describedBy, inShadow, labResultsDrawn, waitForText } from '../helpers/dom.js';
import { deepText } from '../helpers/hostile.js';
import { freshMockPortal, invitationToken, sue, sueSignedUp, verifiedSue } from '../helpers/mock-portal.js';
import { accountFormRead, withRegistration } from '../helpers/registration.js';

let packLoads = 0;
const loadVietnamese = () => {
  packLoads += 1;
  return import('../../src/languages/vi.js');
};

/** The English sentences of the catalogs an element speaks: none of them may be on screen in another language. */
const englishOf = (...catalogs: Catalogs<Catalog>[]) =>
  catalogs.flatMap((catalog) =>
    Object.values(catalog.en).filter((words): words is string => typeof words === 'string' && words.length >= 12),
  );
const englishLeft = (host: Element, ...catalogs: Catalogs<Catalog>[]) => {
  const text = deepText(host);
  return englishOf(...catalogs).filter((words) => text.includes(words));
};

const heading = (host: Element) => inShadow(host, 'h2').textContent?.trim();

describe('a language the page adds', () => {
  it('refuses a tag that is not a language, and a language the elements bring', () => {
    expect(() => registerLanguage('not a tag', {} as LanguagePack)).to.throw(RangeError, /BCP 47/);
    expect(() => registerLanguage('ES', {} as LanguagePack)).to.throw(RangeError, /messages/);
    expect(() => registerLanguage('en', {} as LanguagePack)).to.throw(RangeError);
  });

  it('speaks English for a language not registered yet, says why, and changes once it is', async () => {
    await freshMockPortal();
    const said = await warnings(async () => {
      const el = await fixture<PfSignIn>(html`<pf-sign-in lang="vi"></pf-sign-in>`);
      await el.updateComplete;
      expect(heading(el)).to.equal(signInMessages.en.heading);
      registerLanguage('vi', loadVietnamese);
      await waitUntil(() => heading(el) === vi['pf-sign-in'].heading, 'the heading in Vietnamese');
      expect(byLabel(el, vi['pf-sign-in'].passwordLabel)).to.not.equal(undefined);
    });
    expect(said.filter((line) => line.includes('lang="vi"') && line.includes('registerLanguage'))).to.have.length(1);
  });

  it('loads the words once for every element, and reads a region subtag as the language', async () => {
    const before = packLoads;
    const page = await fixture<HTMLElement>(
      html`<div lang="vi-VN"><pf-sign-in></pf-sign-in><pf-sign-in lang="vi"></pf-sign-in></div>`,
    );
    const [one, two] = [...page.querySelectorAll('pf-sign-in')] as PfSignIn[];
    await Promise.all([one!.updateComplete, two!.updateComplete]);
    expect([heading(one!), heading(two!)]).to.deep.equal([vi['pf-sign-in'].heading, vi['pf-sign-in'].heading]);
    expect(packLoads - before).to.be.at.most(1);
  });

  it('takes the patient’s preferred language from their record once it is registered', () => {
    const record = (system: string, code: string) => ({
      communication: [{ language: { coding: [{ system, code }] }, preferred: true }],
    });
    expect(preferredLocale(record('urn:ietf:bcp:47', 'vi-VN'))).to.equal('vi');
    expect(preferredLocale(record('urn:iso:std:iso:639-2', 'vie'))).to.equal('vi');
    // Korean is not registered: the page's language stays.
    expect(preferredLocale(record('urn:ietf:bcp:47', 'ko'))).to.equal(undefined);
  });

  it('says in English what a pack leaves out, and names it for the page’s developer once', async () => {
    const said = await warnings(async () => {
      registerLanguage('fr', {
        'pf-sign-in': { heading: 'Connectez-vous à votre dossier' },
      } as unknown as LanguagePack);
      for (let round = 0; round < 2; round++) {
        const el = await fixture<PfSignIn>(html`<pf-sign-in lang="fr-CA"></pf-sign-in>`);
        await el.updateComplete;
        expect(heading(el)).to.equal('Connectez-vous à votre dossier');
        expect(byLabel(el, signInMessages.en.passwordLabel)).to.not.equal(undefined);
      }
    });
    const told = said.filter((line) => line.includes('"fr" words for pf-sign-in'));
    expect(told).to.have.length(1);
    expect(told[0]).to.contain('passwordLabel');
    expect(said.some((line) => line.includes('"fr" words for common'))).to.equal(true);
  });

  it('takes the page’s words for a registered language, and tells of words for one not registered', async () => {
    const said = await warnings(async () => {
      const el = await fixture<PfSignIn>(
        html`<pf-sign-in
          lang="vi"
          .messages=${{ vi: { heading: 'Đăng nhập vào Phòng khám Riverside' }, de: { heading: 'Anmelden' } }}
        ></pf-sign-in>`,
      );
      await el.updateComplete;
      expect(heading(el)).to.equal('Đăng nhập vào Phòng khám Riverside');
    });
    expect(said.some((line) => line.includes('"vi"'))).to.equal(false);
    expect(said.some((line) => line.includes('"de", a language the elements do not speak'))).to.equal(true);
  });

  it('takes the new words of a language registered again, in elements already speaking it', async () => {
    const pack = (heading: string) => ({ 'pf-sign-in': { heading } }) as unknown as LanguagePack;
    await warnings(async () => {
      registerLanguage('pt', pack('Entre nos seus registros'));
      const el = await fixture<PfSignIn>(html`<pf-sign-in lang="pt-BR"></pf-sign-in>`);
      await el.updateComplete;
      expect(heading(el)).to.equal('Entre nos seus registros');
      registerLanguage('pt', pack('Acesse seus registros de saúde'));
      await waitUntil(() => heading(el) === 'Acesse seus registros de saúde', 'the new words');
    });
  });

  it('stays in English when a pack cannot be loaded, and says why', async () => {
    const said = await warnings(async () => {
      registerLanguage('ko', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const el = await fixture<PfSignIn>(html`<pf-sign-in lang="ko"></pf-sign-in>`);
      await el.updateComplete;
      expect(heading(el)).to.equal(signInMessages.en.heading);
    });
    expect(said.some((line) => line.includes('could not be loaded') && line.includes('Failed to fetch'))).to.equal(
      true,
    );
  });
});

describe('the elements in Vietnamese, at 320 px', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('sign-in: its words, its messages beside each field, and account recovery', async () => {
    await freshMockPortal();
    const page = await fixture<HTMLElement>(html`<pf-portal lang="vi"><pf-sign-in></pf-sign-in></pf-portal>`);
    const el = page.querySelector('pf-sign-in') as PfSignIn;
    await el.updateComplete;
    const words = vi['pf-sign-in'];
    expect(heading(el)).to.equal(words.heading);
    button(el, words.submit).click();
    await waitForText(el, words.usernameRequired);
    expect(describedBy(el, byLabel(el, words.usernameLabel))).to.contain(words.usernameRequired);
    expect(describedBy(el, byLabel(el, words.passwordLabel))).to.contain(words.passwordRequired);
    expect(englishLeft(el, signInMessages, commonMessages)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    button(el, words.forgot).click();
    await waitUntil(() => el.shadowRoot!.querySelector('pf-account-recovery'), 'recovery opens', { timeout: 8000 });
    const recovery = el.shadowRoot!.querySelector('pf-account-recovery')!;
    await waitUntil(() => heading(recovery) === vi['pf-account-recovery'].passwordHeading, 'in Vietnamese', {
      timeout: 8000,
    });
    expect(englishLeft(recovery, recoveryMessages, commonMessages)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the identity step: its form, and what it says of a field left empty', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, sue.email);
    const page = await fixture<HTMLElement>(
      html`<pf-portal lang="vi"><pf-register-verify invitation=${token}></pf-register-verify></pf-portal>`,
    );
    const el = page.querySelector('pf-register-verify')!;
    const words = vi['pf-register-verify'];
    await waitUntil(() => heading(el) === words.heading, 'the form in Vietnamese', { timeout: 8000 });
    button(el, words.continue).click();
    await waitForText(el, words.dobRequired);
    expect(describedBy(el, byLabel(el, words.dobLabel))).to.contain(words.dobRequired);
    expect(englishLeft(el, verifyMessages, commonMessages)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the account step: its form and the server’s security questions', async () => {
    const { request } = await verifiedSue();
    const root = withRegistration(
      html`<pf-portal lang="vi"><pf-register-account username="Sue@gmail.com"></pf-register-account></pf-portal>`,
      request().registrationToken,
    ).root;
    const el = root.querySelector('pf-register-account')!;
    await accountFormRead(el);
    const words = vi['pf-register-account'];
    await waitUntil(() => heading(el) === words.heading, 'the form in Vietnamese', { timeout: 8000 });
    // The mock speaks Vietnamese too (Accept-Language): its questions are not in English.
    const question = byLabel<HTMLSelectElement>(el, words.questionLabel);
    await waitUntil(() => question.options.length > 1, 'the questions', { timeout: 8000 });
    expect(question.options[1]?.textContent).to.not.match(/^What /);
    expect(englishLeft(el, accountMessages, newPasswordMessages, commonMessages)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the records: sections, dates in Vietnamese, nothing of the English catalog', async () => {
    const { client } = await sueSignedUp();
    const el = await fixture<PfHealthRecords>(
      html`<pf-health-records lang="vi" .client=${client}></pf-health-records>`,
    );
    const words = vi['pf-health-records'];
    await waitUntil(() => allInShadow(el, '.menu .go').length, 'the menu', { timeout: 8000 });
    // The heading names the patient once her resource is read (with the menu's sections, or just after).
    await waitUntil(() => deepText(el).includes(words.patient('Sue Miller')), 'the heading in Vietnamese', {
      timeout: 8000,
    });
    inShadow<HTMLButtonElement>(el, '#menu-lab-results').click();
    await labResultsDrawn(el, 'the lab reports');
    // Dates as Vietnamese readers write them (day, "thg" and the month, year), from Intl.
    expect(deepText(el)).to.match(/\b\d{1,2} thg \d{1,2}, \d{4}\b/);
    expect(englishLeft(el, recordsMessages, commonMessages)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
