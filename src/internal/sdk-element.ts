import { type CSSResultGroup, type CSSResultOrNative, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { type MessageOverrides, wordsLoading } from './localize.js';
import { baseStyles, formStyles } from './styles.js';

/**
 * Every element of the SDK: its own styles come after the ones they all share (the theme's tokens, type, focus,
 * buttons, fields and messages), so an element names only its own. The tokens below are every element's; their
 * defaults are the ones `styles.ts` gives.
 *
 * @cssprop --pf-color-primary - The main button, links, secondary buttons, the selected section, met password rules.
 * @cssprop --pf-color-primary-hover - The main button under the pointer; left off, the primary a shade towards the text colour.
 * @cssprop --pf-color-on-primary - Text on the main button.
 * @cssprop --pf-color-text - Text.
 * @cssprop --pf-color-muted - Hints and secondary text.
 * @cssprop --pf-color-surface - The elements' background.
 * @cssprop --pf-color-subtle - The background of record cards.
 * @cssprop --pf-color-border - Input borders.
 * @cssprop --pf-color-danger - Error text and error borders.
 * @cssprop --pf-color-danger-surface - The error summary's background.
 * @cssprop --pf-color-info-surface - Notices.
 * @cssprop --pf-color-focus - The focus ring.
 * @cssprop --pf-radius - Corners of controls and surfaces alike, unless the two below say otherwise.
 * @cssprop --pf-radius-control - Corners of inputs, selects and buttons (`999px` for pills).
 * @cssprop --pf-radius-surface - Corners of record cards, notices, the error summary and the idle warning.
 * @cssprop --pf-spacing - The base space between fields.
 * @cssprop --pf-font-family - Every text.
 * @cssprop --pf-font-size - The base text size.
 */
export class SdkElement extends LitElement {
  /**
   * The practice's own words in place of the element's, by language: `{ en: { heading: 'Sign in to Riverside Family
   * Medicine' }, es: { heading: '…' } }`. Each key is one of the element's messages (the README lists where to find
   * them); a message that shows values may be a function of them. Words for a key the element does not have, or a
   * language it does not speak, are told once in the console.
   */
  @property({ attribute: false }) messages?: MessageOverrides;

  /**
   * Renders once the words of its language are in: another language's come in a module of their own the first time
   * the page speaks it (at once from the single file), and an element never shows a moment of English meanwhile.
   */
  // Lit's own signature: an update runs at once, or after the promise it returns.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = wordsLoading(this);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([baseStyles, formStyles, styles ?? []]);
  }
}
