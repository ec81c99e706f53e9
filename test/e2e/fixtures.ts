/**
 * What the end-to-end walk is made of: a `patient` who acts on the page with a pointer or with the keyboard only
 * (the project decides), axe on every screen, and a page that may log no error.
 */
import { readFileSync } from 'node:fs';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { configureAxe } from '../../scripts/axe-rules.mjs';

export interface WalkOptions {
  /** Act with the keyboard alone: Tab to a control, then type, Enter, Space or arrow keys. */
  keyboardOnly: boolean;
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Whether focus, followed through open shadow roots, is on the element or, with `inGroup` for radios and tabs,
 * anywhere in its group (where arrow keys move).
 */
const hasFocus = (element: Element, inGroup: boolean): boolean => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active === element) return true;
  if (!active || !inGroup) return false;
  if (element instanceof HTMLInputElement && element.type === 'radio')
    return active instanceof HTMLInputElement && active.type === 'radio' && active.name === element.name;
  if (element.getAttribute('role') === 'tab') return active.parentElement === element.parentElement;
  return false;
};

/**
 * What is wrong with how the focused control shows its focus, or `''`: it must match `:focus-visible` and draw an
 * outline of at least 2 px or a box shadow (WCAG 2.4.7), and the page must not hide it entirely: at least one of its
 * centre and inner corners is on top when hit-tested through the shadow roots (WCAG 2.4.11, focus not obscured).
 */
const focusProblem = (): string => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return '';
  const name = `<${active.localName}> "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40)}"`;
  const style = getComputedStyle(active);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  if (!active.matches(':focus-visible') || !ring) return `${name} has focus but shows no focus indicator`;
  const topmost = (x: number, y: number): Element | null => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const box = active.getBoundingClientRect();
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2],
    [box.right - 2, box.top + 2],
    [box.left + 2, box.bottom - 2],
    [box.right - 2, box.bottom - 2],
  ];
  const shown = points.some(([x, y]) => {
    const hit = topmost(x!, y!);
    return hit !== null && (hit === active || active.contains(hit));
  });
  return shown ? '' : `${name} has focus but is hidden behind other content`;
};

export class Patient {
  readonly page: Page;
  readonly keyboardOnly: boolean;

  constructor(page: Page, keyboardOnly: boolean) {
    this.page = page;
    this.keyboardOnly = keyboardOnly;
  }

  /** Moves focus with Tab until `target` (or, for a group, one of its members) has it, as a keyboard user does. */
  async tabTo(target: Locator, inGroup = false): Promise<void> {
    await expect(target).toBeVisible();
    const handle = await target.elementHandle();
    for (let presses = 0; presses < 120; presses += 1) {
      if (await handle!.evaluate(hasFocus, inGroup)) return;
      await this.page.keyboard.press('Tab');
      // Every stop on the way is checked, not only the target: the whole tab order must show where focus is.
      expect(await this.page.evaluate(focusProblem), 'focus visible and not obscured').toBe('');
    }
    throw new Error(`Tab never reached ${String(target)}`);
  }

  /** Presses a button or follows a link. */
  async press(target: Locator): Promise<void> {
    if (!this.keyboardOnly) return target.click();
    await this.tabTo(target);
    await this.page.keyboard.press('Enter');
  }

  /** Clears a field and types into it. */
  async fill(field: Locator, text: string): Promise<void> {
    if (!this.keyboardOnly) return field.fill(text);
    await this.tabTo(field);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  /** Picks a radio button or a tab: arrow keys within the group, for the keyboard. */
  async choose(option: Locator): Promise<void> {
    if (!this.keyboardOnly) return option.click();
    await this.tabTo(option, true);
    const handle = await option.elementHandle();
    for (let presses = 0; presses < 12; presses += 1) {
      if (await handle!.evaluate(hasFocus, false)) break;
      await this.page.keyboard.press('ArrowRight');
    }
    expect(await handle!.evaluate(hasFocus, false), `arrow keys reach ${String(option)}`).toBe(true);
    if (await option.evaluate((element) => element instanceof HTMLInputElement && !element.checked))
      await this.page.keyboard.press('Space');
  }

  /** Picks an option of a select by its text: arrow keys on the closed select, for the keyboard. */
  async select(field: Locator, label: string): Promise<void> {
    if (!this.keyboardOnly) {
      await field.selectOption({ label });
      return;
    }
    await this.tabTo(field);
    for (let presses = 0; presses < 20; presses += 1) {
      const chosen = await field.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text.trim());
      if (chosen === label) return;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`No option "${label}" in ${String(field)}`);
  }

  /**
   * Checks the screen as it stands: axe on the whole page (shadow roots included) finds nothing, and the page
   * reflows to the window's width without scrolling sideways (WCAG 1.4.10, which the 320 px project tests).
   */
  async expectAccessible(screen: string): Promise<void> {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways scrolling on the ${screen} screen, in px`).toBeLessThanOrEqual(0);
    // Evaluated by the browser's debugging protocol, not by a script tag: the page's own policies do not apply.
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(`${axeSource};${configureAxe}`);
    const violations = await this.page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } };
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
    });
    expect(violations, `axe on the ${screen} screen`).toEqual([]);
  }
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

export const test = base.extend<WalkOptions & { patient: Patient; consoleErrors: string[] }>({
  keyboardOnly: [false, { option: true }],
  // Every test fails when the page logs an error or throws (the browser's own line for an HTTP error status aside:
  // the portal answers 401 and 410 on purpose).
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:'))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  patient: async ({ page, keyboardOnly }, use) => {
    await use(new Patient(page, keyboardOnly));
  },
});

export { expect };
