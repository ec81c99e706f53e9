/**
 * What the client reads the record with: the schemas of a search's bundle, of the patient and of the resources the
 * records read by id, and the paging of searches. The client loads it the first time it reads the record, so a page
 * that only shows a form never does.
 */
export { BundleSchema, includableSchemas, PatientSchema } from './schemas.js';
export { parseSearchBundle } from './bundle.js';
