/**
 * `pf-portal-elements/mocks`: a stateful mock of the whole portal API (the README's "The portal API" and "The mock portal") as MSW handlers,
 * started in a browser page with `startMockPortal()`. For tests, Storybook and the demo; never imported by the
 * SDK's production entries. In Node, use `pf-portal-elements/mocks/node`.
 */
export * from './common.js';
export { startMockPortal, type RunningMockPortal, type StartMockPortalOptions } from './browser.js';
