import { css } from 'lit';

export const accountStyles = css`
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
  .rules {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25rem;
  }
  .rules li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_pf-muted);
  }
  .rules li::before {
    content: '○';
    display: inline-grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    flex: none;
    font-weight: 700;
  }
  .rules li.met {
    color: var(--_pf-text);
  }
  .rules li.met::before {
    content: '✓';
    color: var(--_pf-primary);
  }
  .agreement {
    margin: 0;
  }
`;
