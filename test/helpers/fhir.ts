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

/**
 * Counts what the page reads from FHIR searches (through `window.fetch`, as the elements call it): the resources of
 * each type the search Bundles brought (their matches, not what they included), and the URLs asked for. `stop()`
 * puts the page's fetch back.
 */
export function watchFhirReads() {
  const original = window.fetch;
  const read = new Map<string, number>();
  const asked: URL[] = [];
  window.fetch = async (input, init) => {
    // Not `new Request(input)`: that would use up the body of a request ky made.
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    asked.push(url);
    const response = await original(input, init);
    if (response.ok && response.headers.get('Content-Type')?.includes('json')) {
      const body = (await response.clone().json()) as {
        resourceType?: string;
        entry?: { resource?: { resourceType?: string }; search?: { mode?: string } }[];
      };
      if (body.resourceType === 'Bundle') {
        for (const entry of body.entry ?? []) {
          const type = entry.resource?.resourceType;
          if (type && entry.search?.mode !== 'include') read.set(type, (read.get(type) ?? 0) + 1);
        }
      }
    }
    return response;
  };
  return {
    /** How many resources of a type the searches brought so far. */
    read: (type: string) => read.get(type) ?? 0,
    /** The URLs asked for so far whose path ends with the type (a search's first page). */
    searches: (type: string) => asked.filter((url) => url.pathname.endsWith(`/${type}`)),
    stop: () => {
      window.fetch = original;
    },
  };
}
