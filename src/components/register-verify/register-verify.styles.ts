import { css } from 'lit';

export const verifyStyles = css`
  .pf {
    --_pf-width: var(--pf-register-verify-max-width, 36rem);
    max-width: var(--_pf-width);
    padding: var(--pf-register-verify-padding, 0);
  }
  .required {
    margin: 0 0 calc(var(--_pf-space) * 0.5);
    font-weight: 600;
  }
  .why {
    margin-inline-start: 0.5rem;
  }
  .why-text {
    margin: 0.5rem 0 0;
  }
  .method-input {
    display: grid;
    gap: var(--_pf-space);
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_pf-subtle);
  }
  .code-input {
    max-width: 12rem;
    letter-spacing: 0.2em;
    font-variant-numeric: tabular-nums;
  }
  .resend {
    display: grid;
    gap: 0.5rem;
    margin-top: calc(var(--_pf-space) * 1.5);
    padding-top: var(--_pf-space);
    border-top: 1px solid var(--_pf-subtle);
  }
  .resend-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
`;
