import { type CSSResultGroup, type CSSResultOrNative, LitElement } from 'lit';
import { baseStyles, formStyles } from './styles.js';

/**
 * Every element of the SDK: its own styles come after the ones they all share (the theme's tokens, type, focus,
 * buttons, fields and messages), so an element names only its own.
 */
export class SdkElement extends LitElement {
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([baseStyles, formStyles, styles ?? []]);
  }
}
