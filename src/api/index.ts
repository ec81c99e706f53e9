/** `pf-portal-elements/api`: the typed portal client and the API contract, with no element and no DOM. */
export * from './schemas.js';
export * from './errors.js';
export {
  createPortalClient,
  type CallOptions,
  type PortalClient,
  type PortalClientOptions,
  type SearchOptions,
  type SearchResult,
} from './client.js';
export * from './fhir/index.js';
