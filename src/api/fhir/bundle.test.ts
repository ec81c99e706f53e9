import { expect } from '@open-wc/testing';
import { parseSearchBundle } from './bundle.js';
import { BundleSchema } from './schemas.js';

const condition = (id: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Condition',
  id,
  code: { text: `Condition ${id}` },
  subject: { reference: 'Patient/p1' },
  ...extra,
});

const bundle = (entries: unknown[], next?: string) =>
  BundleSchema.parse({
    resourceType: 'Bundle',
    type: 'searchset',
    total: entries.length,
    link: next
      ? [
          { relation: 'self', url: 'https://fhir.example/r4/Condition' },
          { relation: 'next', url: next },
        ]
      : [],
    entry: entries.map((resource) => ({ resource, search: { mode: 'match' } })),
  });

describe('parseSearchBundle', () => {
  it('reads every resource, tolerating fields it does not use and missing optional ones', () => {
    const page = parseSearchBundle(
      bundle([
        condition('a', { extension: [{ url: 'x', valueString: 'y' }], meta: { versionId: '3' } }),
        { resourceType: 'Condition', id: 'b' },
      ]),
      'Condition',
      'https://fhir.example/r4/',
    );
    expect(page.resources.map((resource) => resource.id)).to.deep.equal(['a', 'b']);
    expect(page.skipped).to.deep.equal([]);
    expect(page.total).to.equal(2);
  });

  it('skips a malformed resource and reports where, without failing the rest', () => {
    const page = parseSearchBundle(
      bundle([condition('a'), condition('bad', { code: 'not a concept', onsetDateTime: 12 }), condition('c')]),
      'Condition',
      'https://fhir.example/r4/',
    );
    expect(page.resources.map((resource) => resource.id)).to.deep.equal(['a', 'c']);
    expect(page.skipped).to.deep.equal([{ resourceType: 'Condition', id: 'bad', paths: ['code', 'onsetDateTime'] }]);
  });

  it('strips free-text notes: fields the element does not name never reach it', () => {
    const page = parseSearchBundle(
      bundle([condition('a', { note: [{ text: 'Discussed at length.' }] })]),
      'Condition',
      'https://fhir.example/r4/',
    );
    expect(JSON.stringify(page.resources)).to.not.contain('Discussed');
  });

  it('ignores OperationOutcome entries and resources of other types, and keeps included Medications', () => {
    const page = parseSearchBundle(
      BundleSchema.parse({
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [
          {
            resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'informational' }] },
            search: { mode: 'outcome' },
          },
          { resource: { resourceType: 'DocumentReference', id: 'note-1' } },
          {
            resource: {
              resourceType: 'MedicationRequest',
              id: 'm1',
              status: 'active',
              medicationReference: { reference: 'Medication/x' },
            },
          },
          {
            resource: { resourceType: 'Medication', id: 'x', code: { text: 'Metformin 500 mg' } },
            search: { mode: 'include' },
          },
        ],
      }),
      'MedicationRequest',
      'https://fhir.example/r4/',
    );
    expect(page.resources.map((resource) => resource.id)).to.deep.equal(['m1']);
    expect(page.included.map((resource) => resource.id)).to.deep.equal(['x']);
    expect(page.skipped).to.deep.equal([]);
  });

  it('resolves the next link against the page it came from', () => {
    const page = parseSearchBundle(
      bundle([], 'Condition?patient=p1&_offset=50'),
      'Condition',
      'https://fhir.example/r4/Condition?patient=p1',
    );
    expect(page.next).to.equal('https://fhir.example/r4/Condition?patient=p1&_offset=50');
  });
});
