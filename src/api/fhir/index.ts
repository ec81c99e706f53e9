export * from './schemas.js';
export { parseSearchBundle, type IncludedResource, type SearchPage, type SkippedResource } from './bundle.js';
