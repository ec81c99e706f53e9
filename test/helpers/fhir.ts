/** Codes and small pieces that FHIR resources in the tests are written with. */
export const loinc = 'http://loinc.org';
export const snomed = 'http://snomed.info/sct';
export const interpretationSystem = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const categorySystem = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const patient = { reference: 'Patient/p1', display: 'Ada Lovelace' };

export const clinical = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code }],
});
export const verification = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code }],
});
export const laboratory = [{ coding: [{ system: categorySystem, code: 'laboratory', display: 'Laboratory' }] }];
export const vitalSigns = [{ coding: [{ system: categorySystem, code: 'vital-signs', display: 'Vital Signs' }] }];
export const interpretation = (...codes: string[]) => [
  { coding: codes.map((code) => ({ system: interpretationSystem, code })) },
];
