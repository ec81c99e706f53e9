/** What the browser and the Node entries of the mock portal share. */
export { MockClock, SECOND, MINUTE, HOUR, DAY } from './clock.js';
export { clientAddressHeader, createMockHandlers, type MockHandlersOptions } from './handlers.js';
export { MockFhirServer } from './fhir.js';
export {
  MockPortal,
  mockRules,
  defaultPasswordPolicy,
  nistPasswordPolicy,
  securityAnswerMaxLength,
  maskPhone,
  mockFaultKinds,
  type AuditEvent,
  type MockFault,
  type MockFaultRule,
  type MockPortalOptions,
  type MockPortalSnapshot,
  type MockResponse,
  type OutboxMessage,
} from './portal.js';
export { seedPatients, seedPractice, seedPassword, seedSecurityQuestions, type SeedPatient } from './seed/patients.js';
