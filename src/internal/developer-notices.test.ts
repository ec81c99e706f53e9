import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SessionEndReason } from '../index.js';
import '../pf-portal.js';
import '../pf-health-records.js';
import '../pf-register-verify.js';
import '../pf-sign-in.js';
import { warnings } from '../../test/helpers/console.js';
import { sueSignedUp } from '../../test/helpers/mock-portal.js';

describe('what the elements tell the page and its developer', () => {
  it('tells the page once when lang asks for a language the elements do not speak, and speaks English', async () => {
    let shown = '';
    const said = await warnings(async () => {
      const first = await fixture(html`<div lang="fr-CA"><pf-sign-in></pf-sign-in></div>`);
      await fixture(html`<div lang="fr-CA"><pf-sign-in></pf-sign-in></div>`);
      const signIn = first.querySelector('pf-sign-in')!;
      await signIn.updateComplete;
      shown = signIn.shadowRoot!.textContent ?? '';
    });
    expect(said.filter((line) => line.includes('lang="fr-CA"'))).to.have.length(1);
    expect(said[0]).to.contain('en, es');
    expect(shown).to.contain('Sign in to your health records');
  });

  it('says nothing for a language it speaks, in any region', async () => {
    const said = await warnings(async () => {
      for (const lang of ['es-MX', 'en-GB', 'ES']) {
        const el = await fixture(html`<div lang=${lang}><pf-sign-in></pf-sign-in></div>`);
        await el.querySelector('pf-sign-in')!.updateComplete;
      }
    });
    expect(said).to.deep.equal([]);
  });

  it('tells the page once of a section the records do not have, and shows the ones they do', async () => {
    const { client } = await sueSignedUp();
    let shown = '';
    const said = await warnings(async () => {
      for (let twice = 0; twice < 2; twice += 1) {
        const el = await fixture(
          html`<pf-health-records .client=${client} sections="lab-result appointments"></pf-health-records>`,
        );
        await waitUntil(() => el.shadowRoot?.querySelector('h3'), 'the section shown', { timeout: 8000 });
        shown = [...el.shadowRoot!.querySelectorAll('h2, h3')].map((node) => node.textContent?.trim()).join(' | ');
      }
    });
    const told = said.filter((line) => line.includes('"lab-result"'));
    expect(told).to.have.length(1);
    expect(told[0]).to.contain('lab-results').and.to.contain('appointments');
    // The one section named right is shown under its own heading, and the lab results are not.
    expect(shown).to.contain('Appointments').and.not.to.contain('Lab results');
  });

  it('names why a session ended with a type the package exports', () => {
    const reasons: SessionEndReason[] = ['signed-out', 'idle', 'expired'];
    expect(reasons).to.have.length(3);
  });

  it('tells the page once when an element calls the portal on its own, outside any <pf-portal>', async () => {
    const said = await warnings(async () => {
      for (let twice = 0; twice < 2; twice += 1) {
        const alone = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
          html`<pf-register-verify invitation="not-a-real-token"></pf-register-verify>`,
        );
        await alone.updateComplete;
      }
      const inPortal = await fixture(
        html`<pf-portal><pf-register-verify invitation="x"></pf-register-verify></pf-portal>`,
      );
      await inPortal.querySelector('pf-register-verify')!.updateComplete;
    });
    const alone = said.filter((line) => line.includes('is in no <pf-portal>'));
    expect(alone).to.have.length(1);
    expect(alone[0]).to.contain('<pf-register-verify>');
  });
});
