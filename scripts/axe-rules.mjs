// The axe rules every accessibility check turns on beyond axe's defaults, so the tests audit WCAG 2.2 AA:
// 2.5.8 target size (each control at least 24 by 24 CSS px, or spaced as far apart), which axe leaves off.
export const axeRules = [{ id: 'target-size', enabled: true }];

/** A script that sets them once axe is on the page. */
export const configureAxe = `axe.configure(${JSON.stringify({ rules: axeRules })});`;
