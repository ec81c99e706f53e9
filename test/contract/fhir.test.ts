import { expect } from '@open-wc/testing';
import { type PortalProblemError, searchableTypes } from '../../src/api/index.js';
import { MockFhirServer } from '../../src/mocks/index.js';
import { ana, rejection, signedIn, sueSignedUp } from '../helpers/mock-portal.js';

describe('contract: FHIR records', () => {
  it('serves the main patient a full record of every kind', async () => {
    const { portal, client } = await sueSignedUp();
    const patient = await client.readPatient();
    expect(patient.name?.[0]?.given?.[0]).to.equal('Sue');
    expect(patient.birthDate).to.equal('1962-03-14');

    const all = {
      Condition: await client.searchAll('Condition'),
      MedicationRequest: await client.searchAll('MedicationRequest'),
      MedicationStatement: await client.searchAll('MedicationStatement'),
      Immunization: await client.searchAll('Immunization'),
      AllergyIntolerance: await client.searchAll('AllergyIntolerance'),
      Procedure: await client.searchAll('Procedure'),
      CarePlan: await client.searchAll('CarePlan'),
      Appointment: await client.searchAll('Appointment'),
    };
    for (const result of Object.values(all)) expect(result.skipped).to.deep.equal([]);
    expect(all.Condition.resources.length).to.be.at.least(5);
    expect(all.MedicationRequest.resources.length + all.MedicationStatement.resources.length).to.be.at.least(8);
    expect(all.Immunization.resources.length).to.be.at.least(6);
    const allergies = all.AllergyIntolerance.resources;
    expect(allergies.filter((allergy) => allergy.reaction?.length).length).to.be.at.least(3);
    expect(all.Procedure.resources.length).to.be.at.least(4);
    expect(all.CarePlan.resources.length).to.be.at.least(2);
    const labs = await client.searchAll('Observation', { params: { category: 'laboratory' } });
    const unshared = new MockFhirServer(portal).record('p-4a1e7c')?.unsharedLabs ?? [];
    expect(labs.resources.length + unshared.length).to.be.at.least(20);
    expect(unshared.length).to.be.greaterThan(0);
    const reports = await client.searchAll('DiagnosticReport', { params: { category: 'LAB' } });
    expect(reports.resources.length).to.be.greaterThan(0);
    const now = portal.clock.now();
    const starts = all.Appointment.resources.map((appointment) => Date.parse(appointment.start ?? ''));
    expect(starts.filter((start) => start > now).length).to.be.at.least(3);
    expect(starts.filter((start) => start < now).length).to.be.at.least(3);
  });

  it('serves only the lab results the practice shared', async () => {
    const { portal, client } = await sueSignedUp();
    const unshared = new MockFhirServer(portal).record('p-4a1e7c')?.unsharedLabs ?? [];
    const served = [
      ...(await client.searchAll('Observation')).resources,
      ...(await client.searchAll('DiagnosticReport')).resources,
    ].map((resource) => resource.id);
    for (const resource of unshared) expect(served).to.not.include(resource.id);
  });

  it('never serves chart notes, by any route', async () => {
    const { client } = await sueSignedUp();
    const session = client.session!;
    const headers = { Authorization: `Bearer ${session.accessToken}` };
    for (const type of ['DocumentReference', 'Composition', 'ClinicalImpression', 'Binary']) {
      const response = await fetch(`/api/portal/fhir/r4/${type}?patient=${session.patientId}`, { headers });
      expect(response.status, type).to.equal(404);
    }
    const bodies = await Promise.all(
      searchableTypes.map(async (type) => {
        const response = await fetch(`/api/portal/fhir/r4/${type}?patient=${session.patientId}&_count=1000`, {
          headers,
        });
        return response.text();
      }),
    );
    const everything = bodies.join('\n');
    expect(everything).to.not.contain('CHART NOTE');
    expect(everything).to.not.contain('DocumentReference');
    expect(everything).to.not.contain('"note"');
  });

  it('pages a search through next links', async () => {
    const { client } = await sueSignedUp();
    const pages = [];
    for await (const page of client.searchPages('Observation', { params: { _count: '5' } })) pages.push(page);
    const everything = await client.searchAll('Observation', { params: { _count: '1000' } });
    expect(pages.length).to.equal(Math.ceil(everything.resources.length / 5));
    expect(pages.flatMap((page) => page.resources.map((resource) => resource.id))).to.deep.equal(
      everything.resources.map((resource) => resource.id),
    );
    expect(pages[0]?.total).to.equal(everything.resources.length);
  });

  it('serves the large record, newest first, to the end', async () => {
    const { client } = await signedIn('harold.whitaker@example.com');
    const first = await client.searchPages('Observation', { params: { category: 'laboratory', _count: '100' } }).next();
    const firstPage = first.done ? undefined : first.value;
    expect(firstPage?.total).to.be.at.least(5000);
    const dates = (firstPage?.resources ?? []).map((resource) => resource.effectiveDateTime ?? '');
    expect(dates).to.deep.equal([...dates].sort().reverse());
    const all = await client.searchAll('Observation', { params: { category: 'laboratory', _count: '1000' } });
    expect(all.resources.length).to.equal(firstPage?.total);
    expect(new Set(all.resources.map((resource) => resource.id)).size).to.equal(all.resources.length);
  });

  it('searches a test by name over the whole record (code:text), and by code', async () => {
    const { client } = await signedIn('harold.whitaker@example.com');
    const params = { category: 'laboratory', 'code:text': 'a1C', _sort: '-date', _count: '100' };
    const first = await client.searchPages('Observation', { params }).next();
    const page = first.done ? undefined : first.value;
    const names = (page?.resources ?? []).map(
      (resource) => `${resource.code.text ?? ''} ${resource.code.coding?.map((coding) => coding.display).join(' ')}`,
    );
    expect(names.length).to.be.greaterThan(12);
    for (const name of names) expect(name.toLowerCase()).to.contain('a1c');
    const all = await client.searchAll('Observation', { params: { category: 'laboratory', _count: '1000' } });
    const a1c = all.resources.filter((resource) =>
      [resource.code.text, ...(resource.code.coding ?? []).map((coding) => coding.display)].some((words) =>
        words?.toLowerCase().includes('a1c'),
      ),
    );
    expect(page?.total).to.equal(a1c.length);
    const code = a1c[0]?.code.coding?.[0];
    const byCode = await client.searchAll('Observation', {
      params: { category: 'laboratory', code: `${code?.system}|${code?.code}`, _count: '1000' },
    });
    expect(byCode.resources.length).to.be.greaterThan(0);
    expect(
      byCode.resources.every((resource) => resource.code.coding?.some((coding) => coding.code === code?.code)),
    ).to.equal(true);
  });

  it('finds the lab reports that name given results (result), newest first', async () => {
    const { client } = await signedIn('harold.whitaker@example.com');
    const reports = await client.searchAll('DiagnosticReport', {
      params: { category: 'LAB', _sort: '-date', _count: '1000' },
    });
    const newest = reports.resources[0];
    const oldest = reports.resources.at(-1);
    const named = [newest, oldest].map((report) => report?.result?.[0]?.reference ?? '');
    expect(named.every((reference) => reference.startsWith('Observation/'))).to.equal(true);
    const found = await client.searchAll('DiagnosticReport', {
      params: { category: 'LAB', result: [...named, 'Observation/no-such-result'].join(',') },
    });
    expect(found.resources.map((report) => report.id)).to.deep.equal([newest?.id, oldest?.id]);
  });

  it('includes what a search asks for, once, and reads what the records refer to by id', async () => {
    const { portal, client } = await signedIn('grace.liu@example.com');
    const record = portal.fhir.record(client.session!.patientId)!;
    const request = (id: string) => ({
      resourceType: 'MedicationRequest',
      id,
      status: 'active',
      intent: 'order',
      medicationReference: { reference: 'Medication/m1' },
      requester: { reference: 'Practitioner/p1' },
    });
    record.resources.push(
      { resourceType: 'Medication', id: 'm1', code: { text: 'Metformin' } },
      { resourceType: 'Practitioner', id: 'p1', name: [{ family: 'Careful' }] },
      request('r1'),
      request('r2'),
    );
    const found = await client.searchAll('MedicationRequest', {
      params: { _include: ['MedicationRequest:medication', 'MedicationRequest:requester'] },
    });
    expect(found.resources.map((resource) => resource.id)).to.deep.equal(['r1', 'r2']);
    expect(found.included.map((resource) => `${resource.resourceType}/${resource.id}`)).to.deep.equal([
      'Medication/m1',
      'Practitioner/p1',
    ]);
    expect((await client.read('Medication', 'm1')).code?.text).to.equal('Metformin');
    expect((await client.read('Practitioner', 'p1')).name?.[0]?.family).to.equal('Careful');
    expect(((await rejection(client.read('Medication', 'elsewhere'))) as PortalProblemError).status).to.equal(404);
  });

  it('answers from the record as it is now, after it grows or is replaced between searches', async () => {
    const { portal, client } = await signedIn('grace.liu@example.com');
    const record = portal.fhir.record(client.session!.patientId)!;
    const lab = (id: string, date: string, text: string) => ({
      resourceType: 'Observation',
      id,
      status: 'final',
      category: [{ coding: [{ code: 'laboratory' }] }],
      code: { text },
      subject: { reference: `Patient/${client.session!.patientId}` },
      effectiveDateTime: date,
    });
    const ids = async (params: Record<string, string> = {}) =>
      (await client.searchAll('Observation', { params: { category: 'laboratory', ...params } })).resources.map(
        (resource) => resource.id,
      );
    record.resources.push(lab('older', '2020-01-01', 'Potassium'));
    expect(await ids()).to.deep.equal(['older']);
    record.resources.push(lab('newer', '2024-01-01', 'Hemoglobin A1c'));
    expect(await ids(), 'grown').to.deep.equal(['newer', 'older']);
    expect(await ids({ 'code:text': 'a1c' })).to.deep.equal(['newer']);
    // The same number of resources, other ones.
    record.resources.splice(
      0,
      record.resources.length,
      lab('only', '2022-06-01', 'Sodium'),
      lab('also', '2023-06-01', 'Glucose'),
    );
    expect(await ids(), 'replaced').to.deep.equal(['also', 'only']);
    expect(await ids({ 'code:text': 'a1c' })).to.deep.equal([]);
  });

  it('serves an empty record as empty searches', async () => {
    const { client } = await signedIn('grace.liu@example.com');
    for (const type of searchableTypes) {
      const result = await client.searchAll(type);
      expect(result.resources, type).to.deep.equal([]);
      expect(result.total).to.equal(0);
    }
  });

  it("refuses another patient's record, and everything without a live session", async () => {
    const { client } = await signedIn(ana.email);
    const headers = { Authorization: `Bearer ${client.session!.accessToken}` };
    expect((await fetch('/api/portal/fhir/r4/Patient/p-4a1e7c', { headers })).status).to.equal(403);
    expect((await fetch('/api/portal/fhir/r4/Condition?patient=p-4a1e7c', { headers })).status).to.equal(403);
    const anonymous = await fetch('/api/portal/fhir/r4/Condition?patient=p-c3f0a4');
    expect(anonymous.status).to.equal(401);
    expect(((await anonymous.json()) as { resourceType: string }).resourceType).to.equal('OperationOutcome');
    const response = await fetch('/api/portal/fhir/r4/Condition?patient=p-c3f0a4', { headers });
    expect(response.headers.get('Cache-Control')).to.equal('no-store');
    await client.signOut();
    expect(((await rejection(client.searchAll('Condition'))) as PortalProblemError).code).to.equal('unauthorized');
  });

  it('turns a fault on a search into the typed error and the next call works', async () => {
    const { portal, client } = await signedIn(ana.email);
    portal.failNext({ kind: 'wrong-shape' }, 'GET /fhir/:type');
    expect(((await rejection(client.searchAll('Condition'))) as Error).name).to.equal('PortalResponseError');
    expect((await client.searchAll('Condition')).resources.length).to.be.greaterThan(0);
  });
});
