import { expect, fixture, html } from '@open-wc/testing';
import type { SessionEndReason } from '../index.js';
import '../pf-sign-in.js';

/** What the elements write to the console as warnings while `work` runs. */
async function warnings(work: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    console.warn = warn;
  }
  return said;
}

describe('the language an element speaks', () => {
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

  it('names why a session ended with a type the package exports', () => {
    const reasons: SessionEndReason[] = ['signed-out', 'idle', 'expired'];
    expect(reasons).to.have.length(3);
  });
});
