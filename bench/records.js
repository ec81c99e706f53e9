// Renders the patient with thousands of lab results with <pf-health-records>, and the same work as plain innerHTML
// tables from the same API, several times each, for the record as seeded and grown to 20,000 results; leaves the
// timings on window.__bench. The mock portal answers in the page (MSW), or, with `?api=http`, over HTTP from the
// page's origin (`npm run bench` serves it and grows the record through `window.__growRecord`), as a server answers
// on a machine of its own: its searches then take none of the page's main thread.
import { createPortalClient } from '/dist/pf-elements.min.js';
// The same mapping the element uses, from the package's unbundled modules (it is not part of the public API).
import { toLabResults } from '/dist/components/health-records/mapping/lab-results.js';
import { growRecord } from '/bench/grow-record.js';

const query = new URLSearchParams(location.search);
const runs = Number(query.get('runs') ?? 5);
const overHttp = query.get('api') === 'http';
const pagesMore = 10;
const stage = document.querySelector('#stage');
/** The mock portal in the page, unless it answers over HTTP. */
const mock = overHttp
  ? undefined
  : (await (await import('/dist/pf-mock-portal.js')).startMockPortal({ persist: false })).portal;
let session;
const client = createPortalClient({ session: () => session });
session = await client.signIn({ username: 'harold.whitaker@example.com', password: 'Riverside#2024' });
const until = (check) =>
  new Promise((resolve) => {
    const poll = () => (check() ? resolve() : requestAnimationFrame(poll));
    poll();
  });
/**
 * Before each timed run: a full garbage collection (when `npm run bench` provides it), so no run pays for the
 * garbage the one before it left, then a frame.
 */
const settle = async () => {
  await window.__heapUsed?.();
  await frame();
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
/**
 * Waits until the records show what `check` looks for, then for the frame that paints it: the same end the plain
 * table's timings have (drawn, then a frame). Checked at each change of the records' DOM, not once a frame, so a
 * polling frame is not added to the element's time.
 */
const shown = (records, check) =>
  new Promise((resolve) => {
    const done = () => {
      if (!check()) return;
      observer.disconnect();
      frame().then(resolve);
    };
    const observer = new MutationObserver(done);
    observer.observe(records.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
    done();
  });

/** The longest task the main thread ran while `work` ran, by the browser's own Long Tasks timing. */
async function longestTask(work) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const result = await work();
  await frame();
  observer.disconnect();
  return { result, longest: Math.max(0, ...tasks) };
}

const escape = (text) =>
  String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const rowsOf = (rows) =>
  rows
    .map(
      (row) =>
        `<tr><td>${escape(row.test)}</td><td>${escape(row.value)}</td><td>${escape(row.range?.low)}–${escape(row.range?.high)}</td><td>${escape(row.flags.join(' '))}</td><td>${escape(row.date)}</td><td>${escape(row.status)}</td><td>${escape(row.panel?.name)}</td></tr>`,
    )
    .join('');

const shadow = (records) => records.shadowRoot;
const buttonNamed = (records, name) =>
  [...shadow(records).querySelectorAll('button')].find((button) => button.textContent.trim() === name);
const countSays = (records, words) => shadow(records).querySelector('#lab-count')?.textContent.includes(words);

/**
 * Puts the lab results, in a portal with Harold's session, on the stage; answers them once their first page of 100
 * shows, with the time their first screen showed (results down past the window's bottom edge: `window.labPage`,
 * which `npm run bench` injects).
 */
async function firstScreen() {
  const portalEl = document.createElement('pf-portal');
  portalEl.session = session;
  const records = document.createElement('pf-health-records');
  records.setAttribute('sections', 'lab-results');
  portalEl.append(records);
  stage.append(portalEl);
  const screen = window.labPage.screenShown(shadow(records));
  await shown(records, () => window.labPage.whole(shadow(records)));
  return { records, screen: await screen };
}
/** The page the count names drawn whole, once the count says `words`. */
const pageSays = (records, words) => countSays(records, words) && window.labPage.whole(shadow(records));

async function element() {
  stage.replaceChildren();
  await settle();
  const start = performance.now();
  const { records, screen } = await firstScreen();
  const first = performance.now() - start;
  const nodesFirst = shadow(records).querySelectorAll('*').length;

  // Each action timed from a full garbage collection too: the first screen's garbage is not charged to paging.
  await settle();
  // Each action is timed to its first screen (what the patient sees), and its longest task is taken over all of its
  // work, until its whole page is drawn.
  const more = [];
  let longest = 0;
  for (let page = 2; page <= pagesMore + 1; page += 1) {
    const begin = performance.now();
    const says = `Results ${((page - 1) * 100 + 1).toLocaleString('en')} to`;
    const timed = await longestTask(async () => {
      buttonNamed(records, 'Older results').click();
      more.push((await window.labPage.screenShown(shadow(records), () => countSays(records, says))) - begin);
      await shown(records, () => pageSays(records, says));
    });
    longest = Math.max(longest, timed.longest);
  }
  const nodesPaged = shadow(records).querySelectorAll('*').length;

  // A search by name over the whole record: from the pause after typing to the matches on screen.
  const input = shadow(records).querySelector('#lab-filter');
  input.value = 'A1c';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const searchStart = performance.now();
  let search;
  const searched = await longestTask(async () => {
    const found = 'in all your results.';
    search = (await window.labPage.screenShown(shadow(records), () => countSays(records, found))) - searchStart;
    await shown(records, () => pageSays(records, found));
  });

  // A test's history: from the click to the chart and its table.
  const trendStart = performance.now();
  const trended = await longestTask(async () => {
    shadow(records).querySelector('.lab-table .name button').click();
    await shown(records, () => shadow(records).querySelector('.trend-table'));
  });
  const trend = performance.now() - trendStart;

  return {
    screen: screen - start,
    first,
    more: more.reduce((a, b) => a + b, 0) / more.length,
    search,
    trend,
    longest: { more: longest, search: searched.longest, trend: trended.longest },
    nodes: { first: nodesFirst, paged: nodesPaged },
  };
}

/**
 * The JS heap the records hold: measured with the records on screen (at the first screen, then after ten pages
 * more), then again once they are removed, each after a full garbage collection; the differences are what the
 * records kept. The mock's own state (the record, its sessions) is in every measurement, so it cancels out. Needs
 * `window.__heapUsed`, which `npm run bench` provides through the DevTools protocol.
 */
async function heldHeap() {
  if (!window.__heapUsed) return undefined;
  stage.replaceChildren();
  await frame();
  const before = await window.__heapUsed();
  const { records } = await firstScreen();
  // Once the rest of the first screen's reports is in: a read still under way holds the mock's work on the heap.
  await shown(records, () => !shadow(records).querySelector('.skeleton'));
  const first = await window.__heapUsed();
  for (let page = 2; page <= pagesMore + 1; page += 1) {
    buttonNamed(records, 'Older results').click();
    await shown(records, () => pageSays(records, `Results ${((page - 1) * 100 + 1).toLocaleString('en')} to`));
  }
  await frame();
  const paged = await window.__heapUsed();
  return { first: first - before, paged: paged - before };
}

/** Every section, loaded: the patient goes from the overview through each section in turn. */
async function switching() {
  stage.replaceChildren();
  await settle();
  const portalEl = document.createElement('pf-portal');
  portalEl.session = session;
  const records = document.createElement('pf-health-records');
  portalEl.append(records);
  stage.append(portalEl);
  await until(() => shadow(records)?.querySelectorAll('[role="tab"] .count').length === 8);
  await until(() => !shadow(records).querySelector('.skeleton'));
  const tabs = [...shadow(records).querySelectorAll('[role="tab"]')].slice(1);
  const start = performance.now();
  const timed = await longestTask(async () => {
    for (const tab of tabs) {
      tab.click();
      await until(() => shadow(records).querySelector(`#panel-${tab.id.slice(4)}`));
      await frame();
    }
  });
  return { each: (performance.now() - start) / tabs.length, longest: timed.longest };
}

async function plainTable() {
  stage.replaceChildren();
  await settle();
  const start = performance.now();
  const pages = client.searchPages('Observation', {
    params: { category: 'laboratory', _sort: '-date', _count: '100' },
  });
  // The lab reports as the element reads them: newest first, a page at a time, as far back as the results shown.
  const reportPages = client.searchPages('DiagnosticReport', {
    params: { category: 'LAB', _sort: '-date', _count: '100' },
  });
  const reports = { resources: [], oldest: Infinity, more: true };
  const readReports = async () => {
    const next = await reportPages.next();
    if (next.done) reports.more = false;
    else {
      reports.resources.push(...next.value.resources);
      reports.more = Boolean(next.value.next);
      for (const report of next.value.resources) {
        reports.oldest = Math.min(reports.oldest, Date.parse(report.effectiveDateTime ?? report.issued ?? ''));
      }
    }
  };
  const reportsBack = async (observations) => {
    const oldest = Math.min(...observations.map((result) => Date.parse(result.effectiveDateTime ?? '')));
    while (reports.more && reports.oldest >= oldest - 86_400_000) await readReports();
  };
  const [first] = await Promise.all([pages.next(), readReports()]);
  const observations = [...first.value.resources];
  await reportsBack(observations);
  const table = document.createElement('table');
  stage.append(table);
  const draw = (rows) => {
    table.innerHTML = `<tbody>${rowsOf(rows)}</tbody>`;
  };
  draw(toLabResults(observations, reports.resources).slice(0, 100));
  await frame();
  const firstTime = performance.now() - start;
  await settle();
  const more = [];
  for (let page = 2; page <= pagesMore + 1; page += 1) {
    const begin = performance.now();
    const next = await pages.next();
    observations.push(...next.value.resources);
    await reportsBack(next.value.resources);
    draw(toLabResults(observations, reports.resources).slice((page - 1) * 100, page * 100));
    await frame();
    more.push(performance.now() - begin);
  }
  // The same search and the same history, drawn as plain tables.
  const searchStart = performance.now();
  const found = await client
    .searchPages('Observation', {
      params: { category: 'laboratory', 'code:text': 'A1c', _sort: '-date', _count: '100' },
    })
    .next();
  draw(toLabResults(found.value.resources, reports.resources));
  await frame();
  const search = performance.now() - searchStart;
  const trendStart = performance.now();
  const history = await client.searchAll('Observation', {
    params: { code: 'http://loinc.org|4548-4', _sort: '-date', _count: '100' },
  });
  draw(toLabResults(history.resources, reports.resources));
  await frame();
  const trend = performance.now() - trendStart;
  // The plain table draws its whole page at once: its first screen is its first page.
  return { screen: firstTime, first: firstTime, more: more.reduce((a, b) => a + b, 0) / more.length, search, trend };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medians = (list) =>
  Object.fromEntries(
    Object.keys(list[0]).map((key) => [
      key,
      typeof list[0][key] === 'object' ? medians(list.map((item) => item[key])) : median(list.map((item) => item[key])),
    ]),
  );

const total = async () =>
  (await client.searchPages('Observation', { params: { category: 'laboratory', _count: '1' } }).next()).value?.total;

const sizes = [];
for (const size of [undefined, 20_000]) {
  if (size && mock) growRecord(mock.fhir.record(session.patientId), size);
  else if (size) await window.__growRecord(size);
  const results = { element: [], plain: [], switching: [] };
  // One untimed pass each first: the mock builds the record and the browser compiles the code only once.
  await element();
  await plainTable();
  for (let run = 0; run < runs; run += 1) {
    results.element.push(await element());
    results.plain.push(await plainTable());
    results.switching.push(await switching());
  }
  sizes.push({
    total: await total(),
    heap: await heldHeap(),
    element: medians(results.element),
    plain: medians(results.plain),
    // Each run's element and plain table ran back to back: the median of their ratios moves less with the
    // machine's load than the ratio of the two medians.
    ratios: Object.fromEntries(
      ['screen', 'first', 'more', 'search', 'trend'].map((key) => [
        key,
        median(results.element.map((mine, run) => mine[key] / results.plain[run][key])),
      ]),
    ),
    switching: medians(results.switching),
  });
}
window.__bench = { sizes, runs };
mock?.clearFaults();
