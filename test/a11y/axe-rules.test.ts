/**
 * The rules every axe run adds (scripts/axe-rules.mjs) catch what they are for, on planted layouts, and leave sound
 * ones alone. A link styled as a button but left `display: inline` spreads its padding over the control below it by
 * an amount that depends on the font: pf-target-overlap fails it whatever the font, target-size only with some.
 */
import { expect, fixture, html } from '@open-wc/testing';

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<AxeResults> } }).axe;

const violations = async (element: Element, rule: string) =>
  (await axe.run(element, { runOnly: [rule], resultTypes: ['violations'] })).violations.flatMap((violation) =>
    violation.nodes.map((node) => node.target.join(' ')),
  );

describe('the audit rules every axe run adds', () => {
  it('target-size fails two 10 px buttons side by side and passes 24 px ones', async () => {
    const small = await fixture(html`
      <div>
        <button style="all: unset; display: inline-block; width: 10px; height: 10px">a</button
        ><button style="all: unset; display: inline-block; width: 10px; height: 10px">b</button>
      </div>
    `);
    expect(await violations(small, 'target-size')).to.have.length.greaterThan(0);
    const large = await fixture(html`
      <div>
        <button style="all: unset; display: inline-block; width: 24px; height: 24px">a</button
        ><button style="all: unset; display: inline-block; width: 24px; height: 24px">b</button>
      </div>
    `);
    expect(await violations(large, 'target-size')).to.deep.equal([]);
  });

  it('judges what is drawn only once scrolled near (content-visibility: auto) as it will be drawn', async () => {
    // Each box stands for 24 px until it is drawn, but holds four 24 px buttons: measured as it stands, the first
    // box's buttons would lie over the second's.
    const group = (name: string) => html`
      <div style="content-visibility: auto; contain-intrinsic-size: auto 24px">
        ${[1, 2, 3, 4].map(
          (n) => html`<button style="all: unset; display: block; width: 24px; height: 24px">${name}${n}</button>`,
        )}
      </div>
    `;
    const below = await fixture(
      html`<div>
        <div style="height: 3000px"></div>
        ${group('a')}${group('b')}
      </div>`,
    );
    expect(await violations(below, 'pf-target-overlap')).to.deep.equal([]);
    expect(await violations(below, 'target-size')).to.deep.equal([]);
  });

  it('pf-target-overlap fails an inline link whose padding covers the summary under it, with any font', async () => {
    for (const font of ['16px/1.5 serif', '16px/1.5 monospace', '12px/1 sans-serif']) {
      const planted = await fixture(html`
        <div style="font: ${font}">
          <a href="#x" style="padding: 12px 8px; border: 2px solid">Create your account</a>
          <details>
            <summary style="min-height: 24px">The whole email</summary>
            <p>Body</p>
          </details>
        </div>
      `);
      const found = await violations(planted, 'pf-target-overlap');
      // Both are named: the link, and the summary it covers.
      expect(found, font).to.have.length(2);
      expect(
        found.find((target) => target.endsWith('summary')),
        font,
      ).to.be.a('string');
    }
  });

  it('pf-target-overlap passes the same link as an inline block, controls nested in one another, and links wrapping in a sentence', async () => {
    const sound = await fixture(html`
      <div>
        <a href="#x" style="display: inline-block; padding: 12px 8px; border: 2px solid">Create your account</a>
        <details>
          <summary>The whole email</summary>
          <p>Body</p>
        </details>
        <div tabindex="0" role="button"><button>Inside</button></div>
        <label>Remember me <input type="checkbox" /></label>
        <p style="width: 9em">
          You agree to the <a href="#t">Patient Fusion User Agreement</a> and the <a href="#p">Privacy Policy</a>.
        </p>
      </div>
    `);
    expect(await violations(sound, 'pf-target-overlap')).to.deep.equal([]);
  });

  it('pf-target-overlap sees controls inside shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <button style="display: block; width: 100px; height: 40px">Under</button>
      <button style="display: block; position: relative; top: -20px; width: 100px; height: 40px">Over</button>`;
    expect(await violations(host, 'pf-target-overlap')).to.have.length.greaterThan(0);
  });
});
