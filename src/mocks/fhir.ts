/**
 * The records side of the mock portal: a small FHIR R4 server over the seeded records. It serves only the types the
 * portal shares, only the patient the session belongs to, only lab results the practice released, and no chart
 * notes at all.
 */
import type { SearchableType } from '../api/fhir/schemas.js';
import { searchableTypes } from '../api/fhir/schemas.js';
import { foldedWords } from '../internal/validation.js';
import type { MockRequestContext, MockResponse, SessionLookup } from './responses.js';
import { seedPatients } from './seed/patients.js';
import { buildRecord, type FhirJson, type PatientRecord } from './seed/records.js';

export const defaultPageSize = 50;
export const maxPageSize = 1000;

const fhirHeaders = { 'Content-Type': 'application/fhir+json', 'Cache-Control': 'no-store' };

const outcome = (status: number, code: string, diagnostics: string): MockResponse => ({
  status,
  headers: fhirHeaders,
  body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] },
});

/** The date a resource sorts by, newest first for results. */
const sortDate = (resource: FhirJson): string => {
  const value =
    resource.effectiveDateTime ?? resource.issued ?? resource.start ?? resource.authoredOn ?? resource.recordedDate;
  return typeof value === 'string' ? value : '';
};

const categoryCodes = (resource: FhirJson): string[] => {
  const categories = Array.isArray(resource.category) ? (resource.category as unknown[]) : [];
  return categories.flatMap((category) => {
    if (typeof category === 'string') return [category];
    const codings = (category as { coding?: { code?: string }[] }).coding ?? [];
    return codings.map((coding) => coding.code ?? '');
  });
};

interface CodeJson {
  text?: string;
  coding?: { system?: string; code?: string; display?: string }[];
}

/** A code's text and its codings' displays, folded: worked out once for each code (a code set anew is new). */
const foldedCodes = new WeakMap<CodeJson, string[]>();
const codeWords = (resource: FhirJson): string[] => {
  const code = (resource.code ?? {}) as CodeJson;
  let words = foldedCodes.get(code);
  if (!words) {
    words = [code.text, ...(code.coding ?? []).map((coding) => coding.display)]
      .filter((text): text is string => typeof text === 'string')
      .map((text) => foldedWords(text));
    foldedCodes.set(code, words);
  }
  return words;
};

/** `code:text`: the term within the code's text or one of its codings' displays. */
const codeTextMatches = (resource: FhirJson, wanted: string): boolean =>
  codeWords(resource).some((words) => words.includes(wanted));

/** `code`: a comma-separated list of `system|code` or bare codes, any of which the resource's code has. */
const codeMatches = (resource: FhirJson, tokens: string): boolean => {
  const codings = ((resource.code ?? {}) as CodeJson).coding ?? [];
  return tokens.split(',').some((token) => {
    const [system, code] = token.includes('|') ? token.split('|') : [undefined, token];
    return codings.some((coding) => coding.code === code && (!system || coding.system === system));
  });
};

/** `result` (a DiagnosticReport's): any of these references (`Observation/{id}`) is among its results. */
const namesAny = (resource: FhirJson, references: string[]): boolean => {
  const results = Array.isArray(resource.result) ? (resource.result as { reference?: unknown }[]) : [];
  return results.some((result) => typeof result.reference === 'string' && references.includes(result.reference));
};

/** Resources the records refer to that may be read by id. */
const readableTypes = ['Medication', 'Practitioner', 'PractitionerRole', 'Organization'];

/** The element each `_include` parameter follows. */
const includeElements: Record<string, string> = {
  medication: 'medicationReference',
  requester: 'requester',
  source: 'informationSource',
  result: 'result',
};

/** A record's resources by type, newest first, and by reference (`Type/id`). */
interface RecordIndex {
  /** The record's resources when indexed: one that has changed since (grown, or spliced) is indexed again. */
  resources: FhirJson[];
  byType: Map<string, FhirJson[]>;
  byReference: Map<string, FhirJson>;
}

const newestFirst = (a: FhirJson, b: FhirJson): number => {
  const [older, newer] = [sortDate(a), sortDate(b)];
  return older === newer ? 0 : older < newer ? 1 : -1;
};

export class MockFhirServer {
  private readonly portal: SessionLookup;
  private readonly records = new Map<string, PatientRecord>();
  private readonly indexes = new WeakMap<PatientRecord, RecordIndex>();
  private builtFor = Number.NaN;

  constructor(portal: SessionLookup) {
    this.portal = portal;
  }

  /** A seeded patient's whole record, built on first use, dated relative to the seed. */
  record(patientId: string): PatientRecord | undefined {
    if (this.builtFor !== this.portal.seededAt) {
      this.records.clear();
      this.builtFor = this.portal.seededAt;
    }
    const cached = this.records.get(patientId);
    if (cached) return cached;
    const patient = seedPatients.find((candidate) => candidate.id === patientId);
    if (!patient) return undefined;
    const record = buildRecord(patient, new Date(this.portal.seededAt));
    this.records.set(patientId, record);
    return record;
  }

  /**
   * The record's resources sorted and keyed once, not on every request: a search over a 20,000-result record then
   * filters a list already in order, and an `_include` finds each reference at once.
   */
  private index(record: PatientRecord): RecordIndex {
    const known = this.indexes.get(record);
    const { resources } = record;
    if (known?.resources.length === resources.length && known.resources.every((was, at) => was === resources[at]))
      return known;
    const byType = new Map<string, FhirJson[]>();
    const byReference = new Map<string, FhirJson>();
    for (const resource of resources) {
      const list = byType.get(resource.resourceType);
      if (list) list.push(resource);
      else byType.set(resource.resourceType, [resource]);
      const reference = `${resource.resourceType}/${resource.id}`;
      if (!byReference.has(reference)) byReference.set(reference, resource);
    }
    // ISO dates order as plain strings: no collation, which took tens of milliseconds on a 20,000-result record.
    // The sort is stable: resources of the same date keep the record's order.
    for (const list of byType.values()) list.sort(newestFirst);
    const index = { resources: [...resources], byType, byReference };
    this.indexes.set(record, index);
    return index;
  }

  async read(type: string, id: string, context: MockRequestContext): Promise<MockResponse> {
    const patientId = await this.portal.sessionPatient(context);
    if (!patientId) return outcome(401, 'login', 'The session has ended; sign in again.');
    const record = this.record(patientId);
    if (type !== 'Patient') {
      // What the patient's records refer to (a Medication, a Practitioner...), when the record holds it.
      const referenced =
        readableTypes.includes(type) && record ? this.index(record).byReference.get(`${type}/${id}`) : undefined;
      return referenced
        ? { status: 200, headers: fhirHeaders, body: referenced }
        : outcome(404, 'not-found', `${type}/${id} is not among the resources your records refer to.`);
    }
    if (id !== patientId) return outcome(403, 'forbidden', 'Only your own record can be read.');
    return record
      ? { status: 200, headers: fhirHeaders, body: record.patient }
      : outcome(404, 'not-found', 'Not found.');
  }

  async search(url: URL, context: MockRequestContext): Promise<MockResponse> {
    const patientId = await this.portal.sessionPatient(context);
    if (!patientId) return outcome(401, 'login', 'The session has ended; sign in again.');
    const type = url.pathname.split('/').pop() ?? '';
    if (!searchableTypes.includes(type as SearchableType)) {
      return outcome(404, 'not-supported', `The resource type ${type} is not available.`);
    }
    const params = url.searchParams;
    const subject = params.get('patient') ?? params.get('subject')?.replace(/^Patient\//, '');
    if (!subject) return outcome(400, 'required', 'A patient parameter is required.');
    if (subject !== patientId) return outcome(403, 'forbidden', 'Only your own record can be searched.');
    const count = Math.min(
      maxPageSize,
      Math.max(1, Number(params.get('_count') ?? defaultPageSize) || defaultPageSize),
    );
    const offset = Math.max(0, Number(params.get('_offset') ?? 0) || 0);
    const category = params.get('category')?.split('|').pop();
    const ids = params.get('_id')?.split(',');
    const wanted = foldedWords(params.get('code:text')?.trim() ?? '');
    const code = params.get('code');
    // DiagnosticReport's `result`: the reports that name any of these results (`Observation/{id}`).
    const results = params.get('result')?.split(',');
    const record = this.record(patientId);
    const index = record ? this.index(record) : undefined;
    const matches = (index?.byType.get(type) ?? []).filter(
      (resource) =>
        (!category || categoryCodes(resource).includes(category)) &&
        (!ids || ids.includes(resource.id)) &&
        (!wanted || codeTextMatches(resource, wanted)) &&
        (!code || codeMatches(resource, code)) &&
        (!results || namesAny(resource, results)),
    );
    const page = matches.slice(offset, offset + count);
    const included = index ? this.included(page, params.getAll('_include'), index.byReference) : [];
    const link = [{ relation: 'self', url: url.href }];
    if (offset + count < matches.length) {
      const next = new URL(url.href);
      next.searchParams.set('_count', String(count));
      next.searchParams.set('_offset', String(offset + count));
      link.push({ relation: 'next', url: next.href });
    }
    return {
      status: 200,
      headers: fhirHeaders,
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        total: matches.length,
        link,
        entry: [
          ...page.map((resource) => ({ resource, mode: 'match' })),
          ...included.map((resource) => ({ resource, mode: 'include' })),
        ].map(({ resource, mode }) => ({
          fullUrl: new URL(`${resource.resourceType}/${resource.id}`, url.href.slice(0, url.href.lastIndexOf('/') + 1))
            .href,
          resource,
          search: { mode },
        })),
      },
    };
  }

  /**
   * The resources `_include` asks for (`MedicationRequest:medication`, `MedicationRequest:requester`,
   * `MedicationStatement:source`, `DiagnosticReport:result`), from the patient's record, each once.
   */
  private included(page: FhirJson[], includes: string[], resources: Map<string, FhirJson>): FhirJson[] {
    const found = new Map<string, FhirJson>();
    for (const include of includes) {
      const [source, parameter] = include.split(':');
      const element = includeElements[parameter ?? ''];
      if (!element) continue;
      for (const resource of page) {
        if (resource.resourceType !== source) continue;
        const value = resource[element];
        for (const reference of (Array.isArray(value) ? value : [value]) as { reference?: unknown }[]) {
          const key = typeof reference?.reference === 'string' ? reference.reference : '';
          const target = resources.get(key);
          if (target && !page.includes(target)) found.set(key, target);
        }
      }
    }
    return [...found.values()];
  }
}
