// The records' first screen on a phone, three ways, in one script: `<pf-health-records>` (from the page's SDK
// script: the single file or dist/min/), and, with `?plain`, the floor: the same FHIR searches fetched by plain
// script and drawn as innerHTML. `?patient=` picks the session `npm run bench` signed in (handed to the page before
// it loads, never in its address); `?view=lab-results` shows that section alone, else the overview. Leaves the time
// from the navigation's start to the first screen drawn, and the FHIR bytes read by then, on window.__verify; for the
// lab results also the time their whole first page of 100 was drawn (the element draws a screen of it first).
// `window.labPage` (what is waited for in the lab results) is injected by `npm run bench`.
const params = new URLSearchParams(location.search);
const session = window.__benchSessions[params.get('patient')];
const view = params.get('view') ?? 'overview';
const stage = document.querySelector('#stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The FHIR JSON read so far, in bytes of JSON (over the network it travels gzipped, as every answer does). */
const fhirBytes = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/fhir/'))
    .reduce((sum, entry) => sum + entry.decodedBodySize, 0);

/** Resolves once `done()` holds at a change of `root`'s DOM, then the frame that paints it. */
const drawn = (root, done) =>
  new Promise((resolve) => {
    const check = () => {
      if (!done()) return;
      observer.disconnect();
      frame().then(resolve);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    check();
  });

async function element() {
  const portal = document.createElement('pf-portal');
  portal.session = session;
  const records = document.createElement('pf-health-records');
  if (view !== 'overview') records.setAttribute('sections', view);
  portal.append(records);
  stage.append(portal);
  await records.updateComplete;
  const shadow = records.shadowRoot;
  if (view === 'overview') {
    await drawn(
      shadow,
      () =>
        shadow.querySelectorAll('.overview .card').length === 3 &&
        !shadow.querySelector('.overview .skeleton') &&
        shadow.querySelector('.overview .card')?.textContent.includes('Latest'),
    );
    return undefined;
  }
  const screen = { at: await window.labPage.screenShown(shadow), fhirBytes: fhirBytes() };
  await drawn(shadow, () => window.labPage.whole(shadow));
  return screen;
}

const escape = (text) =>
  String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const search = async (type, query = {}) => {
  const url = new URL(`/api/portal/fhir/r4/${type}`, location.href);
  url.search = new URLSearchParams({ patient: session.patientId, ...query }).toString();
  const bundle = await (await fetch(url, { headers: { Authorization: `Bearer ${session.accessToken}` } })).json();
  return (bundle.entry ?? []).map((entry) => entry.resource);
};
const named = (concept) => concept?.text ?? concept?.coding?.[0]?.display ?? '';
const flag = (observation) => observation.interpretation?.[0]?.coding?.[0]?.code ?? '';
const valueOf = (observation) =>
  observation.valueQuantity
    ? `${observation.valueQuantity.value} ${observation.valueQuantity.unit ?? ''}`
    : (observation.valueString ?? named(observation.valueCodeableConcept));
const rangeOf = (observation) => {
  const [range] = observation.referenceRange ?? [];
  return range ? `${range.low?.value ?? ''}–${range.high?.value ?? ''}` : '';
};
const rows = (observations) =>
  observations
    .map(
      (observation) =>
        `<tr><td>${escape(named(observation.code))}</td><td>${escape(valueOf(observation))}</td><td>${escape(rangeOf(observation))}</td><td>${escape(flag(observation))}</td><td>${escape(observation.effectiveDateTime)}</td></tr>`,
    )
    .join('');

/** The same first screen's data, read with the same searches, drawn as plain HTML. */
async function plain() {
  const labs = { category: 'laboratory', _sort: '-date', _count: '100' };
  const reports = { category: 'LAB', _sort: '-date', _count: '100' };
  if (view !== 'overview') {
    const [observations, labReports] = await Promise.all([
      search('Observation', labs),
      search('DiagnosticReport', reports),
    ]);
    const byResult = new Map(
      labReports.flatMap((report) => (report.result ?? []).map((result) => [result.reference, named(report.code)])),
    );
    const groups = Map.groupBy(observations, (observation) => byResult.get(`Observation/${observation.id}`) ?? '');
    stage.innerHTML = [...groups]
      .map(([report, results]) => `<h3>${escape(report)}</h3><table class="lab-table">${rows(results)}</table>`)
      .join('');
    return;
  }
  const [observations, labReports, appointments, allergies] = await Promise.all([
    search('Observation', labs),
    search('DiagnosticReport', reports),
    search('Appointment'),
    search('AllergyIntolerance'),
  ]);
  const critical = observations.filter((observation) => ['HH', 'LL', 'AA'].includes(flag(observation)));
  const now = new Date().toISOString();
  const next = appointments
    .filter((appointment) => (appointment.start ?? '') > now)
    .sort((a, b) => (a.start < b.start ? -1 : 1))[0];
  stage.innerHTML = `<section><h3>Lab results</h3><table>${rows(critical)}</table><p>Latest: ${escape(named(labReports[0]?.code))}, ${escape(labReports[0]?.effectiveDateTime)}</p></section>
    <section><h3>Appointments</h3><p>${escape(next?.start)} ${escape(next?.participant?.map((participant) => participant.actor?.display).join(', '))}</p></section>
    <section><h3>Allergies</h3><ul>${allergies.map((allergy) => `<li>${escape(named(allergy.code))} ${escape(allergy.criticality)}</li>`).join('')}</ul></section>`;
}

const screen = await (params.has('plain') ? plain() : element());
if (params.has('plain')) await frame();
const whole = performance.now();
window.__verify = { interactive: screen?.at ?? whole, whole, fhirBytes: screen?.fhirBytes ?? fhirBytes() };
