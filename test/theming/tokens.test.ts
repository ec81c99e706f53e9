/**
 * A practice's brand through the `--pf-*` tokens: what it sets is what the patient sees, and what it leaves out
 * follows from what it set, never the portal's own green.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/pf-portal.js';
import '../../src/pf-sign-in.js';
import { inShadow } from '../helpers/dom.js';

/** A sign-in form on a page that sets the given tokens. */
async function signInOn(tokens: string) {
  const page = await fixture(
    html`<div style=${tokens}>
      <pf-portal><pf-sign-in></pf-sign-in></pf-portal>
    </div>`,
  );
  const signIn = page.querySelector('pf-sign-in')!;
  await signIn.updateComplete;
  return signIn;
}

/** The main button's background, under the pointer, on a page that sets the given tokens. */
async function hoveredButton(tokens: string): Promise<{ rest: string; hover: string }> {
  const signIn = await signInOn(tokens);
  const button = inShadow<HTMLButtonElement>(signIn, 'button[type="submit"]');
  const rest = getComputedStyle(button).backgroundColor;
  const box = button.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  const hover = getComputedStyle(button).backgroundColor;
  await resetMouse();
  return { rest, hover };
}

/** The red, green and blue of a computed colour (`rgb(…)`, or `color(srgb …)` as a mix computes to). */
const channels = (color: string): number[] => {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(color);
  if (srgb) return srgb.slice(1, 4).map((part) => Math.round(Number(part) * 255));
  return (/rgba?\((\d+), (\d+), (\d+)/.exec(color) ?? []).slice(1, 4).map(Number);
};

describe('theming tokens', () => {
  afterEach(() => resetMouse());

  it("gives a practice that sets only its primary colour a hover of that colour, not the portal's green", async () => {
    const { rest, hover } = await hoveredButton('--pf-color-primary: #6d28d9');
    expect(channels(rest)).to.deep.equal([109, 40, 217]);
    const [red = 0, green = 0, blue = 0] = channels(hover);
    expect(hover).to.not.equal(rest);
    // Still the practice's violet, a shade apart: blue leads, green stays least.
    expect(blue).to.be.above(red);
    expect(red).to.be.above(green);
    expect(red + green + blue).to.be.below(109 + 40 + 217);
  });

  it('keeps the hover a practice sets', async () => {
    const { hover } = await hoveredButton('--pf-color-primary: #6d28d9; --pf-color-primary-hover: #3730a3');
    expect(channels(hover)).to.deep.equal([55, 48, 163]);
  });
});

describe('theming tokens: corners', () => {
  /** The corners of an input and a button, and of the notice and the error summary, on a page that sets `tokens`. */
  async function corners(tokens: string) {
    const signIn = await signInOn(tokens);
    inShadow<HTMLButtonElement>(signIn, 'button[type="submit"]').click();
    await signIn.updateComplete;
    const radius = (selector: string) => getComputedStyle(inShadow(signIn, selector)).borderTopLeftRadius;
    return { input: radius('input'), button: radius('button[type="submit"]'), summary: radius('.summary') };
  }

  it('rounds controls into pills without turning the surfaces into pills', async () => {
    expect(await corners('--pf-radius-control: 999px')).to.deep.equal({
      input: '999px',
      button: '999px',
      summary: '6px',
    });
    expect(await corners('--pf-radius-surface: 12px')).to.deep.equal({ input: '6px', button: '6px', summary: '12px' });
  });

  it('still rounds everything alike with the one radius a practice set before there were two', async () => {
    expect(await corners('--pf-radius: 2px')).to.deep.equal({ input: '2px', button: '2px', summary: '2px' });
    expect(await corners('--pf-radius: 2px; --pf-radius-control: 10px')).to.deep.equal({
      input: '10px',
      button: '10px',
      summary: '2px',
    });
  });
});
