import { css } from 'lit';
import { newPasswordStyles } from '../../internal/new-password.js';

export const accountStyles = [
  newPasswordStyles,
  css`
    .pf {
      max-width: var(--pf-register-account-max-width, 36rem);
      padding: var(--pf-register-account-padding, 0);
    }
    .required {
      margin: 0 0 calc(var(--_pf-space) * 0.5);
      font-weight: 600;
    }
    fieldset.group,
    div.group {
      display: grid;
      gap: var(--_pf-space);
      padding-top: calc(var(--_pf-space) * 0.5);
    }
    fieldset.group > legend {
      font-size: 1.125em;
    }
    .reveal {
      justify-self: start;
    }
    .agreement {
      margin: 0;
    }
  `,
];
