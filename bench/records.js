// Renders the patient with thousands of lab results with <pf-health-records>, and the same rows as a plain
// innerHTML table from the same API, several times each, and leaves the timings on window.__bench.
import { createPortalClient } from '/dist/pf-elements.min.js';
// The same mapping the element uses, from the package's unbundled modules (it is not part of the public API).
import { toLabResults } from '/dist/components/health-records/mapping/lab-results.js';
import { startMockPortal } from '/dist/pf-mock-portal.js';

const runs = Number(new URLSearchParams(location.search).get('runs') ?? 5);
const pagesMore = 10;
const stage = document.querySelector('#stage');
const { portal } = await startMockPortal({ persist: false });
let session;
const client = createPortalClient({ session: () => session });
session = await client.signIn({ username: 'harold.whitaker@example.com', password: 'Riverside#2024' });
const until = (check) =>
  new Promise((resolve) => {
    const poll = () => (check() ? resolve() : requestAnimationFrame(poll));
    poll();
  });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function element() {
  stage.replaceChildren();
  await frame();
  const start = performance.now();
  const portalEl = document.createElement('pf-portal');
  portalEl.session = session;
  const records = document.createElement('pf-health-records');
  records.setAttribute('sections', 'lab-results');
  portalEl.append(records);
  stage.append(portalEl);
  const items = () => records.shadowRoot?.querySelectorAll('.panel .lab-result').length ?? 0;
  await until(() => items() >= 100);
  await frame();
  const first = performance.now() - start;
  const more = [];
  for (let page = 2; page <= pagesMore + 1; page += 1) {
    const begin = performance.now();
    [...records.shadowRoot.querySelectorAll('button')]
      .find((button) => button.textContent.trim() === 'Older results')
      .click();
    await until(() =>
      records.shadowRoot
        .querySelector('#lab-count')
        ?.textContent.includes(`Results ${((page - 1) * 100 + 1).toLocaleString('en')} to`),
    );
    await frame();
    more.push(performance.now() - begin);
  }
  return { first, more: more.reduce((a, b) => a + b, 0) / more.length };
}

const escape = (text) =>
  String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

async function plainTable() {
  stage.replaceChildren();
  await frame();
  const start = performance.now();
  const pages = client.searchPages('Observation', { params: { category: 'laboratory', _count: '100' } });
  const [reports, first] = await Promise.all([
    client.searchAll('DiagnosticReport', { params: { category: 'LAB', _count: '1000' } }),
    pages.next(),
  ]);
  const observations = [...first.value.resources];
  const table = document.createElement('table');
  stage.append(table);
  const draw = (rows) => {
    table.innerHTML = `<tbody>${rows
      .map(
        (row) =>
          `<tr><td>${escape(row.test)}</td><td>${escape(row.value)}</td><td>${escape(row.range?.low)}–${escape(row.range?.high)}</td><td>${escape(row.flags.join(' '))}</td><td>${escape(row.date)}</td><td>${escape(row.status)}</td><td>${escape(row.panel?.name)}</td></tr>`,
      )
      .join('')}</tbody>`;
  };
  draw(toLabResults(observations, reports.resources).slice(0, 100));
  await frame();
  const firstTime = performance.now() - start;
  const more = [];
  for (let page = 2; page <= pagesMore + 1; page += 1) {
    const begin = performance.now();
    const next = await pages.next();
    observations.push(...next.value.resources);
    draw(toLabResults(observations, reports.resources).slice((page - 1) * 100, page * 100));
    await frame();
    more.push(performance.now() - begin);
  }
  return { first: firstTime, more: more.reduce((a, b) => a + b, 0) / more.length };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { element: [], plain: [] };
// One untimed pass each first: the mock builds the record and the browser compiles the code only once.
await element();
await plainTable();
for (let run = 0; run < runs; run += 1) {
  results.element.push(await element());
  results.plain.push(await plainTable());
}
window.__bench = {
  total: (await client.searchPages('Observation', { params: { category: 'laboratory', _count: '1' } }).next()).value
    ?.total,
  element: { first: median(results.element.map((r) => r.first)), more: median(results.element.map((r) => r.more)) },
  plain: { first: median(results.plain.map((r) => r.first)), more: median(results.plain.map((r) => r.more)) },
  runs,
};
portal.clearFaults();
