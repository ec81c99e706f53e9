import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Session } from '../../api/schemas.js';
import { MINUTE } from '../../mocks/index.js';
import '../../pf-health-records.js';
import '../../pf-portal.js';
import type { PfHealthRecords } from '../../pf-health-records.js';
import type { PfPortal } from '../../pf-portal.js';
import {
  allInShadow,
  button,
  focusedIn,
  inShadow,
  labResultsDrawn,
  labRowsSettled,
  textOf,
  waitForText,
} from '../../../test/helpers/dom.js';
import { watchFhirReads } from '../../../test/helpers/fhir.js';
import { ana, heldClient, signedIn, sueSignedUp, testClient } from '../../../test/helpers/mock-portal.js';

async function recordsFor(session: Session, attributes: { sections?: string; lang?: string } = {}) {
  const portalEl = await fixture<PfPortal>(html`
    <pf-portal .session=${session} lang=${attributes.lang ?? 'en'}
      ><pf-health-records sections=${attributes.sections ?? ''}></pf-health-records
    ></pf-portal>
  `);
  const el = portalEl.querySelector('pf-health-records') as PfHealthRecords;
  // The records draw first in a task after the one they were put on the page in.
  await el.updateComplete;
  return { portalEl, el };
}

const tab = (el: PfHealthRecords, name: string) =>
  allInShadow<HTMLButtonElement>(el, '[role="tab"]').find((candidate) =>
    candidate.textContent?.trim().startsWith(name),
  )!;

async function openTab(el: PfHealthRecords, name: string) {
  tab(el, name).click();
  await el.updateComplete;
  await waitUntil(() => !allInShadow(el, '.skeleton').length, `${name} loads`, { timeout: 8000 });
  return inShadow(el, '[role="tabpanel"]');
}

const panelText = (el: PfHealthRecords) => inShadow(el, '.panel').textContent?.replace(/\s+/g, ' ') ?? '';

describe('<pf-health-records>', () => {
  it("shows every section of the main patient's record, with counts, and never a chart note", async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!);
    await waitForText(el, 'Health records of Sue Miller');
    await waitUntil(() => allInShadow(el, '[role="tab"] .count').length === 8, 'every count', { timeout: 8000 });
    const names = allInShadow(el, '[role="tab"]').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    // A count is a number, "+" when more may come (the rest of a lab report being read).
    expect(names.map((name) => name?.replace(/\s*[\d,]+\+?$/, ''))).to.deep.equal([
      'Overview',
      'Diagnoses',
      'Medications',
      'Immunizations',
      'Allergies',
      'Procedures',
      'Care plans',
      'Lab results',
      'Appointments',
    ]);
    const expectations: [string, string[], string[]][] = [
      ['Diagnoses', ['Type 2 diabetes', 'Status', 'Since'], ['Asthma']],
      ['Medications', ['How to take it', 'Prescribed by', 'Refills'], []],
      ['Immunizations', ['Flu vaccine', 'Lot', 'Not given'], []],
      ['Allergies', ['Penicillin', 'Reactions'], []],
      ['Procedures', ['Date', 'Status'], []],
      ['Care plans', ['Status'], ['<div', '<p>']],
      ['Lab results', ['Hemoglobin A1c', 'Normal range', 'High', 'Filter by test name'], []],
      ['Appointments', ['Upcoming', 'Past', 'Dr. Priya Shah', 'Riverside Family Medicine'], []],
    ];
    for (const [name, present, absent] of expectations) {
      await openTab(el, name);
      // The lab results are drawn a screen at a time: the whole page before what it says is read.
      if (name === 'Lab results') await labResultsDrawn(el);
      const text = panelText(el);
      for (const words of present) expect(text, `${name} shows ${words}`).to.contain(words);
      for (const words of absent) expect(text, `${name} hides ${words}`).to.not.contain(words);
      expect(text).to.not.contain('CHART NOTE');
      expect(allInShadow(el, '.item, .lab-result').length, name).to.be.greaterThan(0);
      if (name === 'Lab results') {
        // Each report is one table under its name, with its date and status said once: never split in pieces.
        const reports = allInShadow(el, '.panel .lab-group').map((group) =>
          [group.querySelector('.panel-name'), group.querySelector('.about')].map((node) => node?.textContent?.trim()),
        );
        expect(reports.some(([report]) => report === 'Comprehensive metabolic panel')).to.equal(true);
        expect(new Set(reports.map((report) => report.join(' · '))).size).to.equal(reports.length);
        expect(reports.find(([report]) => report === 'Comprehensive metabolic panel')?.[1]).to.contain('Final');
        expect(allInShadow(el, '.panel .lab-result .status')).to.have.length(0);
      }
      try {
        await expect(el).to.be.accessible();
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
  });

  it('draws first in a task of its own, not in the one that put it on the page', async () => {
    const { client } = await signedIn('harold.whitaker@example.com');
    const portalEl = document.createElement('pf-portal') as PfPortal;
    portalEl.session = client.session!;
    const el = document.createElement('pf-health-records') as PfHealthRecords;
    portalEl.append(el);
    document.body.append(portalEl);
    try {
      // Every microtask of this task has run: a Lit element would have drawn by now.
      await Promise.resolve();
      await portalEl.updateComplete;
      await Promise.resolve();
      expect(el.shadowRoot!.childElementCount, 'drawn in the task that put it on the page').to.equal(0);
      await el.updateComplete;
      expect(inShadow(el, 'h2').textContent).to.contain('health records');
    } finally {
      portalEl.remove();
    }
  });

  it('says each section is empty for a patient with an empty record', async () => {
    const { client } = await signedIn('grace.liu@example.com');
    const { el } = await recordsFor(client.session!);
    await waitForText(el, 'Health records of Grace Liu');
    for (const [name, words] of [
      ['Diagnoses', 'No diagnoses on record.'],
      ['Allergies', 'No allergies on record.'],
      ['Lab results', 'No lab results on record. Results appear here after your care team shares them.'],
      ['Appointments', 'No appointments on record.'],
    ] as const) {
      await openTab(el, name);
      expect(panelText(el)).to.contain(words);
    }
    await expect(el).to.be.accessible();
  });

  it('shows lab results without waiting for the patient when no range of theirs depends on who the patient is', async () => {
    const { portal, client } = await signedIn('harold.whitaker@example.com');
    // The patient's own resource never comes: the heading waits for it; results with one range each need not.
    portal.failRoute({ kind: 'delay', ms: 'infinite' }, 'GET /fhir/:type/:id');
    const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
    await waitUntil(() => allInShadow(el, '.panel .lab-result').length === 100, 'the first screen', { timeout: 8000 });
    expect(inShadow(el, 'h2').textContent?.trim()).to.equal('Your health records');
    portal.clearFaults();
  });

  it('shows the newest of thousands of results a page at a time, to the oldest', async function () {
    this.timeout(60_000);
    const { client } = await signedIn('harold.whitaker@example.com');
    const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
    await labResultsDrawn(el, 'the first results');
    // The rest of the first screen's reports, read after it is drawn.
    await waitUntil(() => !allInShadow(el, '.skeleton').length, 'the rest of the reports', { timeout: 8000 });
    const total = Number(/of ([\d,]+), newest first/.exec(panelText(el))?.[1]?.replace(/,/g, ''));
    expect(total).to.be.at.least(5000);
    const items = () => allInShadow(el, '.panel .lab-result');
    await waitUntil(() => items().length === 100, 'the whole first page');
    expect(panelText(el).includes(`Results 1 to 100 of ${total.toLocaleString('en')}, newest first.`)).to.equal(true);
    const firstDate = items()[0]?.textContent;
    const pages = Math.ceil(total / 100);
    for (let page = 2; page <= pages; page += 1) {
      button(el, 'Older results').click();
      const from = (page - 1) * 100 + 1;
      await waitUntil(() => panelText(el).includes(`Results ${from.toLocaleString('en')} to`), `page ${page}`, {
        timeout: 8000,
      });
      expect(items().length).to.be.at.most(100);
      // The patient is taken to the first result of the new page, not left at the bottom of the old one.
      await waitUntil(() => focusedIn(el) === items()[0]?.querySelector('th button'), `focus on page ${page}`);
    }
    expect(panelText(el)).to.contain('These are the oldest results.');
    await labRowsSettled(el);
    expect(items()).to.have.length(total - (pages - 1) * 100);
    button(el, 'Newer results').click();
    await waitUntil(() => items().length === 100, 'the whole newer page');
    expect(items()[0]?.textContent).to.not.equal(firstDate);
    await waitUntil(() => focusedIn(el) === items()[0]?.querySelector('th button'), 'focus after Newer');
  });

  it('draws a page of results a screen first, then the rest a little at a time, never taking a row back', async function () {
    this.timeout(30_000);
    const { client } = await signedIn('harold.whitaker@example.com');
    const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
    const items = () => allInShadow(el, '.panel .lab-result');
    // What each change of the records drew: how many rows, the first one, and whether they reach below the window.
    const drawn: { rows: number; first?: string; belowFold: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const rows = items();
      if (!rows.length) return;
      const last = rows[rows.length - 1]!.getBoundingClientRect();
      drawn.push({ rows: rows.length, first: rows[0]!.textContent ?? '', belowFold: last.bottom > innerHeight });
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await waitUntil(() => items().length === 100 && !allInShadow(el, '.skeleton').length, 'the whole page', {
        timeout: 8000,
      });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    } finally {
      observer.disconnect();
    }
    // The first frame holds a screen of the newest results (more than the window shows), not the whole page; the
    // rest come two screens at a time at most, so no one task builds and lays out the whole page. A row is at least
    // 40 px high, so a window holds at most this many.
    const screenful = Math.ceil(innerHeight / 40);
    const [first] = drawn;
    expect(first!.rows).to.be.within(5, screenful);
    expect(first!.belowFold).to.equal(true);
    const steps = drawn.map((state, at) => state.rows - (drawn[at - 1]?.rows ?? 0));
    expect(Math.max(...steps), `rows drawn at once: ${steps.join(', ')}`).to.be.at.most(2 * screenful);
    expect(
      drawn.every((state) => state.first === first!.first),
      'the newest result stays first',
    ).to.equal(true);
    // Once whole, the page stays whole: the rest of its reports coming in regroups it without taking rows away.
    const whole = drawn.findIndex((state) => state.rows === 100);
    expect(whole).to.be.greaterThan(0);
    expect(drawn.slice(whole).map((state) => state.rows)).to.deep.equal(drawn.slice(whole).map(() => 100));
    expect(drawn.slice(0, whole).every((state, at) => at === 0 || state.rows >= drawn[at - 1]!.rows)).to.equal(true);
  });

  it('draws the rest of a page in smaller steps on a device that draws slowly', async function () {
    this.timeout(30_000);
    const { client } = await signedIn('harold.whitaker@example.com');
    // A device a thousand times slower, as the records can tell: every time they read is a thousand times further on.
    const now = performance.now.bind(performance);
    performance.now = () => now() * 1000;
    const drawn: number[] = [];
    let observer: MutationObserver | undefined;
    try {
      const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
      const items = () => allInShadow(el, '.panel .lab-result');
      observer = new MutationObserver(() => {
        if (items().length && items().length !== drawn[drawn.length - 1]) drawn.push(items().length);
      });
      if (items().length) drawn.push(items().length);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await waitUntil(() => items().length === 100, 'the whole page', { timeout: 20_000 });
    } finally {
      Reflect.deleteProperty(performance, 'now');
      observer?.disconnect();
    }
    // The first frame still holds a screen; each step after it holds the fewest rows a step draws, the last the rest.
    const steps = drawn.map((rows, at) => rows - (drawn[at - 1] ?? 0));
    expect(steps[0]).to.be.at.least(10);
    expect(steps.slice(1, -1), `rows drawn at once: ${steps.join(', ')}`).to.satisfy((later: number[]) =>
      later.every((rows) => rows === 4),
    );
    expect(steps[steps.length - 1]).to.be.within(1, 4);
  });

  it('reads lab reports only as far back as the results shown, and keeps every result in its report', async function () {
    this.timeout(60_000);
    const reads = watchFhirReads();
    try {
      const { portal, client } = await signedIn('harold.whitaker@example.com');
      const reportsOnRecord = portal.fhir
        .record(client.session!.patientId)!
        .resources.filter((resource) => resource.resourceType === 'DiagnosticReport').length;
      const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
      await waitUntil(() => !allInShadow(el, '.skeleton').length, 'no placeholders', { timeout: 8000 });
      await labResultsDrawn(el, 'results');
      // Every result shown sits under its report's name: none is left in a group of its day for want of its report.
      const groupNames = () => allInShadow(el, '.panel .lab-group .panel-name').map((name) => name.textContent?.trim());
      const byDay = () => groupNames().filter((name) => /^Results (of|without)/.test(name ?? ''));
      expect(byDay()).to.deep.equal([]);
      // The first screen's 100 results span a few weeks: the reports of twenty years are not read for them.
      expect(reportsOnRecord).to.be.greaterThan(900);
      expect(reads.read('DiagnosticReport')).to.be.at.most(100);
      for (let page = 2; page <= 4; page += 1) {
        button(el, 'Older results').click();
        await waitUntil(() => panelText(el).includes(`Results ${(page - 1) * 100 + 1} to`), `page ${page}`, {
          timeout: 8000,
        });
        await labRowsSettled(el);
        expect(byDay(), `page ${page}`).to.deep.equal([]);
      }
      expect(reads.read('DiagnosticReport')).to.be.below(reportsOnRecord / 4);
      // A search reaches back twenty years: its oldest matches are in their reports too, asked for by result.
      inShadow<HTMLInputElement>(el, '#lab-filter').focus();
      await sendKeys({ type: 'A1c' });
      await waitUntil(() => panelText(el).includes('in all your results.'), 'the search', { timeout: 8000 });
      await labRowsSettled(el);
      expect(groupNames().length).to.be.greaterThan(20);
      expect(byDay()).to.deep.equal([]);
      expect(groupNames().every((name) => name === 'Hemoglobin A1c' || name?.includes('A1c'))).to.equal(true);
      expect(reads.read('DiagnosticReport')).to.be.below(reportsOnRecord / 4);
    } finally {
      reads.stop();
    }
  });

  it('leaves focus where the patient took it while older results were read from the server', async function () {
    this.timeout(30_000);
    const { client } = await signedIn('harold.whitaker@example.com');
    const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
    await waitUntil(() => !allInShadow(el, '.skeleton').length, 'no placeholders', { timeout: 8000 });
    await labResultsDrawn(el, 'results');
    const outside = document.createElement('button');
    outside.textContent = 'Elsewhere on the page';
    document.body.append(outside);
    button(el, 'Older results').focus();
    button(el, 'Older results').click();
    outside.focus();
    await waitUntil(() => panelText(el).includes('Results 101 to'), 'page 2', { timeout: 8000 });
    await el.updateComplete;
    expect(document.activeElement?.textContent).to.equal('Elsewhere on the page');
    outside.remove();
  });

  it('gathers critical results at the top with what to do, and marks them where they are', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
    await labResultsDrawn(el, 'results');
    const attention = inShadow(el, '.panel .attention');
    const words = attention.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(words).to.contain('Results that need attention');
    expect(words).to.contain('contact them today');
    expect(words).to.match(/Triglycerides [\d,]+ mg\/dL Critically high/);
    // Before the reports, and the row in its report is marked too: a filled flag and an edge.
    const firstReport = inShadow(el, '.lab-group');
    expect(attention.compareDocumentPosition(firstReport) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(attention.compareDocumentPosition(inShadow(el, '.toolbar')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    const row = allInShadow(el, '.lab-table .lab-result.critical').find((tr) =>
      tr.textContent?.includes('Triglycerides'),
    );
    expect(row?.querySelector('.flag.critical')?.textContent?.trim()).to.equal('Critically high');
    expect(row?.querySelector('.value.out')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the critical results and the reports in Spanish', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!, { sections: 'lab-results', lang: 'es' });
    await labResultsDrawn(el, 'results');
    const text = panelText(el);
    expect(text).to.contain('Resultados que requieren atención');
    expect(text).to.contain('Críticamente alto');
    expect(
      allInShadow(el, '.lab-table thead th')
        .map((th) => th.textContent?.trim())
        .slice(0, 3),
    ).to.deep.equal(['Prueba', 'Resultado', 'Rango normal']);
    // Beside their column headers, the cells (of a result with a range) say nothing more.
    const labels = () =>
      [...inShadow(el, '.lab-table tbody tr:has(.bar)').querySelectorAll('td')].map(
        (cell) => getComputedStyle(cell, '::before').content,
      );
    expect(labels()).to.deep.equal(['none', 'none']);
    await expect(el).to.be.accessible();
    // On a phone the table reflows, its headers out of sight: each cell says what it holds.
    await setViewport({ width: 320, height: 640 });
    try {
      await waitUntil(() => labels()[0] !== 'none', 'the reflowed table');
      expect(labels()).to.deep.equal(['"Resultado"', '"Rango normal"']);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("searches all of a large record's results by test name on the server, and says how many", async function () {
    this.timeout(30_000);
    const { portal, client } = await signedIn('harold.whitaker@example.com');
    const { el } = await recordsFor(client.session!, { sections: 'lab-results' });
    await labResultsDrawn(el, 'results');
    const names = () => allInShadow(el, '.panel .lab-result > .name').map((name) => name.textContent?.trim() ?? '');
    const loadedFirst = names().filter((name) => name.toLowerCase().includes('a1c')).length;
    const onRecord = portal.fhir.record(client.session!.patientId)!.resources.filter(
      (resource) =>
        resource.resourceType === 'Observation' &&
        JSON.stringify(resource.category ?? []).includes('laboratory') &&
        JSON.stringify(resource.code ?? {})
          .toLowerCase()
          .includes('a1c'),
    ).length;
    expect(onRecord).to.be.greaterThan(loadedFirst);
    inShadow<HTMLInputElement>(el, '#lab-filter').focus();
    await sendKeys({ type: 'A1c' });
    await waitUntil(() => panelText(el).includes('in all your results.'), 'the search', { timeout: 8000 });
    await labRowsSettled(el);
    expect(panelText(el)).to.contain(`${onRecord} results for “A1c” in all your results.`);
    expect(names()).to.have.length(onRecord);
    for (const name of names()) expect(name.toLowerCase()).to.contain('a1c');
    // Every match is shown, so the oldest is true now; critical results of other tests are not gathered above.
    expect(panelText(el)).to.contain('These are the oldest results.');
    expect(allInShadow(el, '.attention')).to.have.length(0);
    await expect(el).to.be.accessible();
    // Clearing the search brings back every result, newest first.
    for (let typed = 0; typed < 3; typed += 1) await sendKeys({ press: 'Backspace' });
    await waitUntil(() => names().length === 100, 'all results again');
  });

  it('says nothing failed of older matches given up for another search', async function () {
    this.timeout(30_000);
    const { client } = await signedIn('harold.whitaker@example.com');
    // The second page of the glucose search waits until the patient has typed another term.
    const gate: { open?: () => void } = {};
    const typed = new Promise<void>((resolve) => (gate.open = resolve));
    const holding: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (url.searchParams.get('code:text') === 'Glucose' && url.searchParams.get('_offset') === '100') await typed;
      return fetch(request);
    };
    const el = await fixture<PfHealthRecords>(
      html`<pf-health-records
        sections="lab-results"
        .client=${testClient({ fetch: holding, retries: 0, session: () => client.session })}
      ></pf-health-records>`,
    );
    await labResultsDrawn(el, 'results');
    inShadow<HTMLInputElement>(el, '#lab-filter').focus();
    await sendKeys({ type: 'Glucose' });
    await waitUntil(() => panelText(el).includes('for “Glucose” in all your results.'), 'the search', {
      timeout: 8000,
    });
    button(el, 'Older results').click();
    await waitUntil(() => panelText(el).includes('Loading older results…'), 'older matches asked for');
    await sendKeys({ press: 'Backspace' });
    gate.open!();
    await waitUntil(() => panelText(el).includes('for “Glucos” in all your results.'), 'the new search', {
      timeout: 8000,
    });
    await el.updateComplete;
    expect(panelText(el)).to.not.contain('could not be loaded');
  });

  it('says when no result has that name, and searches in Spanish', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!, { sections: 'lab-results', lang: 'es' });
    await labResultsDrawn(el, 'results');
    inShadow<HTMLInputElement>(el, '#lab-filter').focus();
    await sendKeys({ type: 'zzz' });
    await waitForText(el, 'No hay resultados para “zzz” en todos sus resultados.');
    expect(allInShadow(el, '.lab-result')).to.have.length(0);
    expect(panelText(el)).to.not.contain('Estos son los resultados más antiguos');
    await expect(el).to.be.accessible();
  });

  it('filters what is loaded, and says so, on a server that does not search by name', async function () {
    this.timeout(30_000);
    const { client } = await signedIn('harold.whitaker@example.com');
    // A server without `code:text`: it answers every search as if the parameter were not there.
    const ignoresCodeText: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      url.searchParams.delete('code:text');
      return fetch(new Request(url, request));
    };
    const el = await fixture<PfHealthRecords>(
      html`<pf-health-records
        sections="lab-results"
        .client=${testClient({ fetch: ignoresCodeText, session: () => client.session })}
      ></pf-health-records>`,
    );
    await labResultsDrawn(el, 'results');
    inShadow<HTMLInputElement>(el, '#lab-filter').focus();
    await sendKeys({ type: 'a1c' });
    await waitUntil(() => /results match among those loaded/.test(panelText(el)), 'the filter', { timeout: 8000 });
    await labRowsSettled(el);
    for (const name of allInShadow(el, '.lab-result > .name'))
      expect(name.textContent?.toLowerCase()).to.contain('a1c');
    // Pages remain on the server: never "the oldest", and the way back is offered.
    expect(panelText(el)).to.not.contain('These are the oldest results.');
    expect(button(el, 'Older results')).to.not.equal(undefined);
  });

  it('moves between sections with the arrow keys, Home and End', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!);
    await waitForText(el, 'Health records of Sue Miller');
    await openTab(el, 'Diagnoses');
    tab(el, 'Diagnoses').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedIn(el)).to.equal(tab(el, 'Medications'));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedIn(el)).to.equal(tab(el, 'Diagnoses'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedIn(el)).to.equal(tab(el, 'Medications'));
    expect(tab(el, 'Medications').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedIn(el)).to.equal(tab(el, 'Appointments'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedIn(el)).to.equal(tab(el, 'Overview'));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedIn(el)).to.equal(tab(el, 'Appointments'));
    expect(inShadow(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-appointments');
  });

  it('lists the sections in one column beside the one shown, in Spanish at 1280 px with text at 200%', async () => {
    await setViewport({ width: 1280, height: 800 });
    document.documentElement.style.fontSize = '200%';
    try {
      const { client } = await sueSignedUp();
      const { el } = await recordsFor(client.session!, { lang: 'es' });
      await waitUntil(() => allInShadow(el, '[role="tab"] .count').length === 8, 'every count', { timeout: 8000 });
      expect(inShadow(el, '[role="tablist"]').getAttribute('aria-orientation')).to.equal('vertical');
      const boxes = allInShadow(el, '[role="tab"]').map((candidate) => candidate.getBoundingClientRect());
      expect(new Set(boxes.map((box) => Math.round(box.left))).size).to.equal(1);
      for (let index = 1; index < boxes.length; index += 1) {
        expect(boxes[index]!.top).to.be.at.least(boxes[index - 1]!.bottom - 0.5);
      }
      // The section shown sits beside the list, not under it.
      const panel = inShadow(el, '[role="tabpanel"]').getBoundingClientRect();
      expect(panel.left).to.be.at.least(boxes[0]!.right);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.removeProperty('font-size');
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('puts the medications taken now first, and those taken before apart under their own heading', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!, { sections: 'medications' });
    await waitForText(el, 'Taken before');
    // Under the section's own h3, the two groups are h4.
    const headings = allInShadow(el, '.panel h4').map((heading) => heading.textContent?.trim());
    expect(headings).to.deep.equal(['Taking now', 'Taken before']);
    const [now, before] = allInShadow(el, '.panel > .items, .panel .items').filter((list) => !list.closest('li'));
    expect(now?.textContent).to.contain('How to take it');
    expect(before?.textContent).to.not.contain('How to take it');
    expect(before?.textContent).to.match(/Stopped|Completed/);
    await expect(el).to.be.accessible();
  });

  it('lists each vaccine once, with its doses under it, newest first', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!, { sections: 'immunizations' });
    await waitForText(el, 'Flu vaccine');
    const names = allInShadow(el, '.items > .item > .name').map((name) =>
      name.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(names.filter((name) => name?.startsWith('Flu vaccine'))).to.deep.equal(['Flu vaccine 2 doses']);
    expect(new Set(names).size).to.equal(names.length);
    const flu = allInShadow(el, '.items > .item').find((item) =>
      item.querySelector('.name')?.textContent?.includes('Flu'),
    );
    const years = [...(flu?.querySelectorAll('.dose') ?? [])].map((dose) =>
      Number(/\b(\d{4})\b/.exec(dose.textContent ?? '')?.[1]),
    );
    expect(years).to.have.length(2);
    expect(years[0]).to.be.greaterThan(years[1]!);
    await expect(el).to.be.accessible();
  });

  it('draws no navigation for a single section, only its heading', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!, { sections: 'allergies' });
    await waitForText(el, 'Penicillin');
    expect(allInShadow(el, '[role="tablist"], [role="tab"]')).to.have.length(0);
    expect(inShadow(el, '.panel h3').textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Allergies \d+$/);
    await expect(el).to.be.accessible();
  });

  it('opens the next session on the overview, not on the section the previous patient read', async () => {
    const { client } = await sueSignedUp();
    const { portalEl, el } = await recordsFor(client.session!);
    await waitForText(el, 'Health records of Sue Miller');
    await openTab(el, 'Lab results');
    expect(tab(el, 'Lab results').getAttribute('aria-selected')).to.equal('true');
    const next = await signedIn(ana.email);
    portalEl.session = next.client.session!;
    await waitForText(el, 'Health records of Ana');
    expect(tab(el, 'Overview').getAttribute('aria-selected')).to.equal('true');
    expect(inShadow(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-overview');
  });

  it('opens on an overview of what needs attention, each part leading to its section', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!);
    await waitForText(el, 'Penicillin');
    await waitUntil(() => !allInShadow(el, '.overview .skeleton').length, 'the overview loads', { timeout: 8000 });
    expect(tab(el, 'Overview').getAttribute('aria-selected')).to.equal('true');
    const cards = allInShadow(el, '.overview .card');
    expect(cards.map((card) => card.querySelector('h3')?.textContent?.trim())).to.deep.equal([
      'Lab results',
      'Appointments',
      'Allergies',
    ]);
    const [labs, appointments, allergies] = cards.map((card) => card.textContent?.replace(/\s+/g, ' ') ?? '');
    // The critical result first, then the latest report with how many of its results are out of range.
    expect(labs).to.match(/Results that need attention.*Triglycerides [\d,]+ mg\/dL Critically high/);
    expect(labs).to.match(
      /Latest: .+, \w{3} \d+, \d{4}\. (\d+ of \d+ results? (is|are) outside|All \d+ results are within|Its result is within)/,
    );
    expect(appointments).to.contain('Dr. Priya Shah');
    // High-risk allergies first, marked in words.
    const allergyNames = [...(cards[2]?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.trim() ?? '');
    expect(allergyNames[0]).to.match(/High risk$/);
    expect(allergies).to.contain('Penicillin');
    await expect(el).to.be.accessible();
    button(el, 'See all allergies').click();
    await el.updateComplete;
    await waitUntil(() => focusedIn(el) === tab(el, 'Allergies'), 'focus on the section it leads to');
    expect(tab(el, 'Allergies').getAttribute('aria-selected')).to.equal('true');
  });

  it('asks first only for what its first screen shows: another section when opened, the rest once idle', async () => {
    const { client } = await sueSignedUp();
    // The allergies' answer waits: the first screen is not all in, so nothing else is asked for unless opened.
    const held = heldClient((request) => new URL(request.url).pathname.endsWith('/AllergyIntolerance'));
    held.client.session = client.session;
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal .session=${client.session} lang="en"
        ><pf-health-records .client=${held.client}></pf-health-records
      ></pf-portal>
    `);
    const el = portalEl.querySelector('pf-health-records') as PfHealthRecords;
    const searched = () =>
      held.sent.filter((line) => line.includes('/fhir/r4/')).map((line) => line.split('/').at(-1) ?? '');
    const later = ['Condition', 'MedicationRequest', 'MedicationStatement', 'Immunization', 'Procedure', 'CarePlan'];
    await waitForText(el, 'Dr. Priya Shah');
    await waitUntil(() => allInShadow(el, '.overview .card').length === 3 && searched().includes('AllergyIntolerance'));
    await waitUntil(() => inShadow(el, '.overview').textContent?.includes('Triglycerides'), 'the lab results');
    expect(searched().filter((type) => later.includes(type))).to.deep.equal([]);
    // The counts of what was read are there; the others are not guessed.
    expect(Boolean(tab(el, 'Appointments').querySelector('.count')), 'the appointments counted').to.equal(true);
    expect(Boolean(tab(el, 'Diagnoses').querySelector('.count')), 'the diagnoses not counted').to.equal(false);

    await openTab(el, 'Diagnoses');
    await waitForText(el, 'Type 2 diabetes');
    expect(searched().filter((type) => later.includes(type))).to.deep.equal(['Condition']);

    held.release();
    // Once the first screen is in and the page is idle, the rest is read: every count, and no section read twice.
    await waitUntil(() => allInShadow(el, '[role="tab"] .count').length === 8, 'every count', { timeout: 8000 });
    expect(
      searched()
        .filter((type) => later.includes(type))
        .sort(),
    ).to.deep.equal([...later].sort());
    await openTab(el, 'Procedures');
    expect(allInShadow(el, '.panel .item').length).to.be.greaterThan(0);
  });

  it('has no overview when the sections shown have nothing for one', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!, { sections: 'diagnoses procedures' });
    await waitForText(el, 'Type 2 diabetes');
    expect(allInShadow(el, '[role="tab"]').map((candidate) => candidate.id)).to.deep.equal([
      'tab-diagnoses',
      'tab-procedures',
    ]);
    expect(allInShadow(el, '.overview')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('on a phone: the overview and a short menu of sections with counts, each section its own view', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { client } = await sueSignedUp();
      const { el } = await recordsFor(client.session!, { lang: 'es' });
      await waitUntil(() => allInShadow(el, '.menu .count').length === 8, 'every count', { timeout: 8000 });
      expect(allInShadow(el, '[role="tablist"]')).to.have.length(0);
      const entries = allInShadow(el, '.menu button').map((entry) => entry.textContent?.replace(/\s+/g, ' ').trim());
      expect(entries[0]).to.match(/^Diagnósticos \d+ ›$/);
      expect(entries).to.have.length(8);
      // One screen, not every section stacked: the page a phone scrolls is short.
      expect(el.getBoundingClientRect().height).to.be.below(2500);
      expect(inShadow(el, '.pf').scrollWidth).to.be.at.most(inShadow(el, '.pf').clientWidth);
      await expect(el).to.be.accessible();

      inShadow<HTMLButtonElement>(el, '#menu-lab-results').click();
      await waitUntil(() => focusedIn(el)?.id === 'heading-lab-results', 'focus on the section');
      expect(allInShadow(el, '.menu, .overview')).to.have.length(0);
      await labResultsDrawn(el, 'the results');
      await expect(el).to.be.accessible();
      button(el, /Todos sus registros/).click();
      await waitUntil(() => focusedIn(el)?.id === 'menu-lab-results', 'focus back on its menu entry');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints the current section without the controls around it', async () => {
    const { client } = await sueSignedUp();
    const { el } = await recordsFor(client.session!);
    await waitForText(el, 'Health records of Sue Miller');
    await openTab(el, 'Diagnoses');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(inShadow(el, '[role="tablist"]')).display).to.equal('none');
      expect(getComputedStyle(button(el, 'Sign out')).display).to.equal('none');
      expect(getComputedStyle(inShadow(el, '[role="tabpanel"]')).display).to.not.equal('none');
      expect(allInShadow(el, '[role="tabpanel"] .item').length).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows an error with a retry in the section that failed, and loads it on retry', async () => {
    const { client } = await sueSignedUp();
    let conditionsDown = true;
    const fetchWithConditionsDown: typeof fetch = (input, init) =>
      conditionsDown && new Request(input, init).url.includes('/Condition?')
        ? Promise.resolve(new Response('', { status: 503 }))
        : fetch(input, init);
    const el = await fixture<PfHealthRecords>(
      html`<pf-health-records
        .client=${testClient({ retries: 0, fetch: fetchWithConditionsDown, session: () => client.session })}
      ></pf-health-records>`,
    );
    await waitUntil(() => allInShadow(el, '[role="tab"]').length === 9, 'the tabs');
    await openTab(el, 'Diagnoses');
    await waitForText(el, 'We could not load your diagnoses.');
    expect(allInShadow(el, '[role="alert"]')).to.have.length(1);
    await expect(el).to.be.accessible();
    conditionsDown = false;
    button(el, 'Try again').click();
    await waitForText(el, 'Type 2 diabetes');
  });

  it('says once that the records could not load when every section failed, with one Try again', async () => {
    await setViewport({ width: 360, height: 700 });
    try {
      const { portal, client } = await sueSignedUp();
      portal.failRoute({ kind: 'status', status: 503 }, 'GET /fhir/:type');
      const { el } = await recordsFor(client.session!, { lang: 'es' });
      await waitForText(el, 'No pudimos cargar sus registros de salud. Revise su conexión e intente de nuevo.');
      expect(allInShadow(el, '[role="alert"]')).to.have.length(1);
      expect(
        allInShadow(el, 'button').filter((candidate) => candidate.textContent?.trim() === 'Intentar de nuevo'),
      ).to.have.length(1);
      await expect(el).to.be.accessible();
      portal.clearFaults();
      button(el, 'Intentar de nuevo').click();
      await waitForText(el, 'Penicillin');
      expect(allInShadow(el, '[role="alert"]')).to.have.length(0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('skips a record it cannot read, says so quietly, and shows the rest', async () => {
    const { client } = await sueSignedUp();
    const fetchWithBadEntry: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const request = new Request(input, init);
      if (!request.url.includes('/Condition?')) return response;
      const bundle = (await response.json()) as { entry: unknown[] };
      bundle.entry.push({ resource: { resourceType: 'Condition', id: 'broken', code: 'not a concept' } });
      return new Response(JSON.stringify(bundle), {
        status: 200,
        headers: { 'Content-Type': 'application/fhir+json' },
      });
    };
    const el = await fixture<PfHealthRecords>(
      html`<pf-health-records
        sections="diagnoses"
        .client=${testClient({ fetch: fetchWithBadEntry, session: () => client.session })}
      ></pf-health-records>`,
    );
    await waitForText(el, 'Type 2 diabetes');
    expect(textOf(el)).to.contain('One record could not be read and is not shown.');
  });

  it('shows every string from the data as text, whatever it holds, in every section', async () => {
    const { client } = await sueSignedUp();
    const x = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>${window.__pwned=1}\u202E';
    const text = (label: string) => ({ text: `${label}${x}` });
    const actor = (reference: string, label: string) => ({ actor: { reference, display: `${label}${x}` } });
    const hostile: Record<string, unknown[]> = {
      Condition: [
        {
          resourceType: 'Condition',
          id: 'c',
          code: text('condition'),
          clinicalStatus: { coding: [{ code: `status${x}` }] },
          onsetString: `onset${x}`,
        },
      ],
      MedicationRequest: [
        {
          resourceType: 'MedicationRequest',
          id: 'm',
          // Current, so its dosage shows; the statement below carries the hostile status.
          status: 'active',
          medicationCodeableConcept: text('drug'),
          dosageInstruction: [text('dose')],
          requester: { display: `doctor${x}` },
        },
      ],
      MedicationStatement: [
        {
          resourceType: 'MedicationStatement',
          id: 's',
          status: `status${x}`,
          medicationCodeableConcept: text('reported'),
          informationSource: { display: `source${x}` },
        },
      ],
      Immunization: [
        {
          resourceType: 'Immunization',
          id: 'i',
          status: 'not-done',
          vaccineCode: text('vaccine'),
          occurrenceString: `when${x}`,
          lotNumber: `lot${x}`,
          statusReason: text('reason'),
          protocolApplied: [{ doseNumberString: `dose${x}` }],
        },
      ],
      AllergyIntolerance: [
        {
          resourceType: 'AllergyIntolerance',
          id: 'a',
          code: text('allergen'),
          criticality: `risk${x}`,
          reaction: [{ manifestation: [text('hives')], severity: `severity${x}` }],
        },
      ],
      Procedure: [
        {
          resourceType: 'Procedure',
          id: 'p',
          status: `status${x}`,
          code: text('procedure'),
          performedString: `performed${x}`,
        },
      ],
      CarePlan: [
        {
          resourceType: 'CarePlan',
          id: 'cp',
          status: 'active',
          title: `plan${x}`,
          description: `about${x}`,
          category: [text('category')],
          activity: [{ detail: { description: `activity${x}` } }],
        },
      ],
      Observation: [
        {
          resourceType: 'Observation',
          id: 'o',
          status: 'final',
          category: [{ coding: [{ code: 'laboratory' }] }],
          code: text('test'),
          valueString: `value${x}`,
          referenceRange: [text('range')],
          effectiveDateTime: '2026-01-01',
        },
      ],
      DiagnosticReport: [
        {
          resourceType: 'DiagnosticReport',
          id: 'r',
          status: 'final',
          category: [{ coding: [{ code: 'LAB' }] }],
          code: text('panel'),
          result: [{ reference: 'Observation/o' }],
        },
      ],
      Appointment: [
        {
          resourceType: 'Appointment',
          id: 'ap',
          status: 'booked',
          start: '2030-01-01T15:00:00Z',
          appointmentType: text('visit'),
          reasonCode: [text('reason')],
          participant: [actor('Practitioner/1', 'doctor'), actor('Location/1', 'clinic')],
        },
      ],
    };
    const hostileFetch: typeof fetch = async (input, init) => {
      const url = new URL(new Request(input, init).url);
      const type = url.pathname.split('/').pop() ?? '';
      const body = url.pathname.includes('/Patient/')
        ? { resourceType: 'Patient', id: 'p-4a1e7c', name: [{ text: `Sue${x}` }] }
        : { resourceType: 'Bundle', type: 'searchset', entry: (hostile[type] ?? []).map((resource) => ({ resource })) };
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/fhir+json' } });
    };
    const el = await fixture<PfHealthRecords>(
      html`<pf-health-records
        .client=${testClient({ fetch: hostileFetch, session: () => client.session })}
      ></pf-health-records>`,
    );
    await waitForText(el, `Sue${x}`);
    const expected: [string, string[]][] = [
      ['Diagnoses', ['condition', 'status', 'onset']],
      ['Medications', ['drug', 'dose', 'doctor', 'status', 'reported', 'source']],
      ['Immunizations', ['vaccine', 'when', 'lot', 'reason', 'dose']],
      ['Allergies', ['allergen', 'risk', 'hives', 'severity']],
      ['Procedures', ['procedure', 'status', 'performed']],
      ['Care plans', ['plan', 'about', 'activity']],
      ['Lab results', ['test', 'value', 'range', 'panel']],
      ['Appointments', ['visit', 'reason', 'doctor', 'clinic']],
    ];
    for (const [name, labels] of expected) {
      await openTab(el, name);
      const shown = panelText(el);
      for (const label of labels) expect(shown, `${name}: ${label}`).to.contain(`${label}${x}`.replace(/\s+/g, ' '));
      expect(allInShadow(el, 'img, script, a, iframe, object'), name).to.have.length(0);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('drops every piece of health data at once when the patient signs out', async () => {
    const { client } = await sueSignedUp();
    const { el, portalEl } = await recordsFor(client.session!);
    await waitForText(el, 'Penicillin');
    await openTab(el, 'Diagnoses');
    const ended = oneEvent(portalEl, 'pf-session-ended');
    button(el, 'Sign out').click();
    expect((await ended).detail.reason).to.equal('signed-out');
    await el.updateComplete;
    expect(textOf(el)).to.not.contain('Type 2 diabetes');
    expect(textOf(el)).to.not.contain('Penicillin');
    expect(textOf(el)).to.not.contain('Sue Miller');
    expect(textOf(el)).to.contain('You are signed out.');
    await expect(el).to.be.accessible();
  });

  it('ends the session and shows the signed-out state when the server answers 401', async () => {
    const { portal, client } = await sueSignedUp();
    const { el, portalEl } = await recordsFor(client.session!, { sections: 'diagnoses' });
    await waitForText(el, 'Type 2 diabetes');
    portal.clock.advance(16 * MINUTE);
    const ended = oneEvent(portalEl, 'pf-session-ended');
    el.sections = 'allergies';
    expect((await ended).detail.reason).to.equal('expired');
    await waitForText(el, 'You are signed out.');
    expect(textOf(el)).to.not.contain('Type 2 diabetes');
  });

  it("reads the patient once after sign-in, for the portal's language and the records' heading", async () => {
    const { client } = await signedIn(ana.email);
    performance.clearResourceTimings();
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal .session=${client.session}><pf-health-records sections="allergies"></pf-health-records></pf-portal>
    `);
    const el = portalEl.querySelector('pf-health-records')!;
    // Ana's record prefers Spanish: the portal read it, and so did the records, for her name.
    await waitForText(el, 'Registros de salud de Ana García');
    const reads = performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.includes('/Patient/'));
    expect(reads).to.have.length(1);
  });

  it("marks Ana's Spanish record text on a page fixed in English, not the element's own words", async () => {
    const { client } = await signedIn(ana.email);
    const { el } = await recordsFor(client.session!, { sections: 'diagnoses allergies' });
    await openTab(el, 'Diagnoses');
    await waitForText(el, 'Asma intermitente leve');
    const marked = () => allInShadow(el, 'span[lang="es"]').map((span) => span.textContent?.trim());
    expect(marked()).to.include.members(['Asma intermitente leve', 'Desde la adolescencia']);
    expect(marked()).to.not.include('Active');
    await openTab(el, 'Allergies');
    await waitForText(el, 'Aspirina');
    expect(marked()).to.include.members(['Aspirina', 'Broncoespasmo (crisis de asma)']);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish under lang="es"', async () => {
    const { client } = await signedIn('ana.garcia@example.com');
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal lang="es" .session=${client.session}
        ><pf-health-records sections="diagnoses appointments"></pf-health-records
      ></pf-portal>
    `);
    const el = portalEl.querySelector('pf-health-records')!;
    await waitForText(el, 'Registros de salud de Ana García');
    await openTab(el as PfHealthRecords, 'Diagnósticos');
    expect(textOf(el)).to.contain('Diagnósticos');
    expect(textOf(el)).to.contain('Asma');
    await expect(el).to.be.accessible();
  });
});
