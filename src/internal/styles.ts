/**
 * Shared styles. Global tokens `--pf-*` theme every element; each element reads its own `--pf-<element>-*` first;
 * `--_pf-*` are private. The inner wrapper (`.pf`) sets every inherited property itself, so the host page's CSS
 * cannot leak into the elements through inheritance.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .pf {
    --_pf-primary: var(--pf-color-primary, #1f7a3a);
    /* Unless the practice gives one, the hover is its own primary a shade towards the text: darker on a light theme. */
    --_pf-primary-hover: var(--pf-color-primary-hover, color-mix(in srgb, var(--_pf-primary) 80%, var(--_pf-text)));
    --_pf-on-primary: var(--pf-color-on-primary, #ffffff);
    --_pf-text: var(--pf-color-text, #1d2430);
    --_pf-muted: var(--pf-color-muted, #4b5563);
    --_pf-surface: var(--pf-color-surface, #ffffff);
    --_pf-subtle: var(--pf-color-subtle, #f3f5f7);
    --_pf-border: var(--pf-color-border, #6b7280);
    --_pf-danger: var(--pf-color-danger, #b42318);
    --_pf-danger-surface: var(--pf-color-danger-surface, #fdf1f0);
    --_pf-info-surface: var(--pf-color-info-surface, #eef4fb);
    --_pf-focus: var(--pf-color-focus, #1a56db);
    /* Controls and surfaces round apart (pill buttons need not make pill cards); --pf-radius rounds both alike. */
    --_pf-radius-control: var(--pf-radius-control, var(--pf-radius, 0.375rem));
    --_pf-radius-surface: var(--pf-radius-surface, var(--pf-radius, 0.375rem));
    --_pf-space: var(--pf-spacing, 1rem);
    --_pf-font: var(--pf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_pf-font-size: var(--pf-font-size, 1rem);
    box-sizing: border-box;
    color: var(--_pf-text);
    background: var(--_pf-surface);
    font-family: var(--_pf-font);
    font-size: var(--_pf-font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    overflow-wrap: anywhere;
  }
  .pf *,
  .pf *::before,
  .pf *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_pf-space) * 0.75);
    font-size: 1.375em;
    line-height: 1.25;
    color: var(--_pf-text);
  }
  /* Headings take focus only when a step changes, to tell screen readers where they are: no ring for that. */
  h2[tabindex='-1']:focus,
  h3[tabindex='-1']:focus {
    outline: none;
  }
  p {
    margin: 0 0 calc(var(--_pf-space) * 0.75);
  }
  a {
    color: var(--_pf-primary);
  }
  @media (prefers-reduced-motion: reduce) {
    .pf *,
    .pf *::before,
    .pf *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

export const formStyles = css`
  form {
    display: grid;
    gap: var(--_pf-space);
    margin: 0;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_pf-space) * 0.5);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: calc(var(--_pf-space) * 0.5);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  .label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_pf-muted);
    font-size: 0.9375em;
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  input[type='password'],
  select {
    display: block;
    width: 100%;
    max-width: 22rem;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_pf-border);
    border-radius: var(--_pf-radius-control);
    background: var(--_pf-surface);
    color: var(--_pf-text);
    font: inherit;
    opacity: 1;
    visibility: visible;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_pf-focus);
    outline-offset: 2px;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_pf-danger);
  }
  .error {
    display: flex;
    gap: 0.375rem;
    margin: 0;
    color: var(--_pf-danger);
    font-weight: 600;
    font-size: 0.9375em;
  }
  .error::before {
    content: '!';
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.125em;
    border-radius: 50%;
    background: var(--_pf-danger);
    color: var(--_pf-surface);
    font-size: 0.875em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_pf-primary);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .primary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    min-width: 10rem;
    padding: 0.5rem 1.5rem;
    border: 2px solid transparent;
    border-radius: var(--_pf-radius-control);
    background: var(--_pf-primary);
    color: var(--_pf-on-primary);
    font-weight: 700;
    justify-self: start;
  }
  .primary:hover {
    background: var(--_pf-primary-hover);
  }
  .primary[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  /* A call to the practice looks like a secondary button: a button-sized link (one tap on a phone). */
  .secondary,
  .call {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_pf-primary);
    border-radius: var(--_pf-radius-control);
    background: var(--_pf-surface);
    color: var(--_pf-primary);
    font-weight: 600;
  }
  .secondary:disabled,
  .secondary[aria-disabled='true'] {
    border-color: var(--_pf-border);
    color: var(--_pf-muted);
    cursor: not-allowed;
  }
  .link {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_pf-primary);
    text-decoration: underline;
    font-weight: 600;
  }
  a.primary {
    text-decoration: none;
  }
  /* Its words wrap rather than overflow. */
  .call {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
    justify-self: start;
    overflow-wrap: anywhere;
  }
  .call:hover {
    text-decoration: underline;
  }
  .link-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
  }
  .reveal {
    justify-self: start;
  }
  .ways-on {
    display: grid;
    gap: var(--_pf-space);
    justify-items: start;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: pf-spin 0.8s linear infinite;
  }
  @keyframes pf-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .notice {
    padding: calc(var(--_pf-space) * 0.75) var(--_pf-space);
    border-inline-start: 4px solid var(--_pf-primary);
    border-radius: var(--_pf-radius-surface);
    background: var(--_pf-info-surface);
  }
  .summary {
    padding: calc(var(--_pf-space) * 0.75) var(--_pf-space);
    border: 2px solid var(--_pf-danger);
    border-radius: var(--_pf-radius-surface);
    background: var(--_pf-danger-surface);
  }
  .summary:focus {
    outline: 3px solid var(--_pf-focus);
    outline-offset: 2px;
  }
  .summary p,
  .summary ul {
    margin: 0 0 0.5rem;
  }
  /* Each error a block beside its bullet, the bullet at its first line however many lines it wraps to (a list
     marker sits on the last line of a button that wraps). role="list" keeps it a list without its markers. */
  .summary ul {
    display: grid;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }
  .summary li {
    display: grid;
    grid-template-columns: 1.25rem minmax(0, 1fr);
    align-items: start;
  }
  .summary .link {
    text-align: start;
  }
  .summary > :last-child {
    margin-bottom: 0;
  }
  .fine-print {
    margin: 0;
    color: var(--_pf-muted);
    font-size: 0.875em;
  }
`;
