/**
 * The browser tests see the fonts a fresh Debian Chromium brings, DejaVu, and no other, on any Linux machine
 * (scripts/fonts/fonts.conf through scripts/find-chrome.mjs): a family the machine may or may not have, such as
 * Arial or Liberation Sans, falls back to DejaVu Sans, so sizes, wraps and axe's target sizes measure alike
 * everywhere. On other systems the browser has the system's fonts and this does not apply.
 */
import { expect, fixture, html } from '@open-wc/testing';

const linux = navigator.userAgent.includes('Linux');

/** How wide a line of text is in a family, with generic `fallback` behind it. */
const width = async (family: string, fallback: string) => {
  const line = await fixture<HTMLSpanElement>(
    html`<span style="font: 20px ${family}, ${fallback}; white-space: nowrap">Patient portal 0123456789</span>`,
  );
  return line.getBoundingClientRect().width;
};

describe('the fonts the browser tests render with', () => {
  it('are DejaVu alone: other families fall back to it', async function dejaVuOnly() {
    if (!linux) this.skip();
    const sans = await width("'DejaVu Sans'", 'serif');
    const serif = await width("'DejaVu Serif'", 'sans-serif');
    expect(sans).to.not.equal(serif);
    for (const family of ['Arial', 'Helvetica', "'Liberation Sans'", 'Roboto', "'Noto Sans'", 'system-ui']) {
      expect(await width(family, 'sans-serif'), family).to.equal(sans);
    }
    for (const family of ['Georgia', "'Times New Roman'", "'Liberation Serif'", "'Noto Serif'"]) {
      expect(await width(family, 'serif'), family).to.equal(serif);
    }
    expect(await width('ui-monospace', 'monospace')).to.equal(await width("'DejaVu Sans Mono'", 'serif'));
  });
});
