/**
 * The records on FHIR servers that behave as real ones do, with real resources no one here wrote: the loopback
 * servers of test/fhir-server/server.mjs (a real FHIR search, with HAPI's paging links, links to another path, a sort
 * or a page size ignored, no total, a 401 or a 500), served over the HTTP of this page, read by the element in
 * Chromium as a patient would read them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import type { PfHealthRecords } from '../../src/pf-health-records.js';
import type { PfPortal } from '../../src/pf-portal.js';
import { allInShadow, button, inShadow, labRowsSettled, textOf } from '../helpers/dom.js';
import { watchFhirReads } from '../helpers/fhir.js';
import { recordSections } from '../../src/components/health-records/sections/section.js';

/** The element on one loopback server, showing some sections, once the first of them has loaded. */
async function recordsOn(behaviour: string, dataset: string, patientId: string, sections: string, lang = 'en') {
  const session = {
    accessToken: 'loopback-token',
    patientId,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    idleTimeoutSeconds: 900,
  };
  const portal = await fixture<PfPortal>(html`
    <pf-portal lang=${lang} fhir-base=${`/fhir-servers/${behaviour}/${dataset}/`} .session=${session}
      ><pf-health-records sections=${sections}></pf-health-records
    ></pf-portal>
  `);
  const el = portal.querySelector<PfHealthRecords>('pf-health-records')!;
  // Its first screen, in the language asked for (Spanish words come in a module of their own).
  await el.updateComplete;
  await settled(el);
  return el;
}

/** Waits until nothing in the element is loading, and the page of lab results it shows is drawn whole. */
const settled = async (el: PfHealthRecords) => {
  await waitUntil(
    () =>
      !allInShadow(el, '.skeleton').length &&
      !allInShadow(el, '.more button').some((more) => more.textContent?.includes('Loading older results')),
    'the records load',
    { timeout: 15_000 },
  );
  await labRowsSettled(el);
};

const status = (el: PfHealthRecords) => inShadow(el, '#lab-count').textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The dates of the lab groups shown, in order: a report's date in its header, or the day of results without one. */
const labDates = (el: PfHealthRecords) =>
  allInShadow(el, '.lab-group').flatMap(
    (group) =>
      /[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec(group.querySelector('.panel-name, .about')?.textContent ?? '')?.[0] ?? [],
  );

/** Presses Older results until the oldest are shown, and returns how many times it took. */
async function toTheOldest(el: PfHealthRecords): Promise<number> {
  let presses = 0;
  while (!textOf(el).includes('These are the oldest results.')) {
    button(el, 'Older results').click();
    presses += 1;
    await el.updateComplete;
    await settled(el);
    if (presses > 60) throw new Error('Older results never reached the oldest');
  }
  return presses;
}

describe('the records on real FHIR servers', () => {
  for (const behaviour of ['plain', 'hapi', 'other-path']) {
    it(`pages through 250 results newest first on a server that links pages ${behaviour === 'plain' ? 'by offset' : behaviour === 'hapi' ? 'as HAPI does' : 'to another path'}`, async () => {
      const el = await recordsOn(behaviour, 'many', 'many', 'lab-results');
      expect(status(el)).to.equal('Results 1 to 100 of 250, newest first.');
      expect(labDates(el)[0]).to.equal('Sep 6, 2024');
      expect(await toTheOldest(el)).to.equal(2);
      expect(status(el)).to.equal('Results 201 to 250 of 250, newest first.');
      expect(labDates(el).at(-1)).to.equal('Jan 1, 2024');
      await expect(el).to.be.accessible();
    });
  }

  it('reads every page of a server that ignored the sort, puts the newest first, and says so', async () => {
    const el = await recordsOn('sort-ignored', 'many', 'many', 'lab-results');
    expect(textOf(el)).to.contain(
      'This server does not sort results by date, so all 250 were read to put the newest first.',
    );
    expect(status(el)).to.equal('Results 1 to 100 of 250, newest first.');
    expect(labDates(el)[0]).to.equal('Sep 6, 2024');
    await expect(el).to.be.accessible();
  });

  it('fills each screen and counts true on a server that ignores the page size (7 a page)', async function () {
    // 36 pages, each a real search over 250 results.
    this.timeout(60_000);
    const el = await recordsOn('count-ignored', 'many', 'many', 'lab-results');
    expect(status(el)).to.equal('Results 1 to 100 of 250, newest first.');
    expect(labDates(el)[0]).to.equal('Sep 6, 2024');
    expect(await toTheOldest(el)).to.equal(2);
    expect(status(el)).to.equal('Results 201 to 250 of 250, newest first.');
  });

  it('never gives a false count on a server that sends no total', async () => {
    const el = await recordsOn('no-total', 'many', 'many', 'lab-results');
    expect(status(el)).to.equal('Results 1 to 100 of 100 or more, newest first.');
    expect(inShadow(el, '[role="tab"] .count, h3 .count')?.textContent?.trim()).to.equal('100+');
    await toTheOldest(el);
    expect(status(el)).to.equal('Results 201 to 250 of 250, newest first.');
    expect(inShadow(el, '[role="tab"] .count, h3 .count')?.textContent?.trim()).to.equal('250');
  });

  describe('lab reports, read beside the results', () => {
    /** The names of the groups shown: a report's name, or the day of results no report was found for. */
    const groups = (el: PfHealthRecords) =>
      allInShadow(el, '.lab-group .panel-name').map((name) => name.textContent?.trim() ?? '');
    /** The tests of each report shown, in order. */
    const tests = (el: PfHealthRecords) =>
      allInShadow(el, '.lab-table').map((table) =>
        [...table.querySelectorAll('tbody th')].map((name) => name.textContent?.trim()).join(' + '),
      );
    /** The dates of the reports shown, in order, as their headers say them. */
    const reportDates = (el: PfHealthRecords) =>
      allInShadow(el, '.lab-group .about').flatMap(
        (about) => /[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec(about.textContent ?? '')?.[0] ?? [],
      );
    const everyPanelWhole = (el: PfHealthRecords, when: string) => {
      expect(
        groups(el).filter((name) => name !== 'Electrolytes'),
        when,
      ).to.deep.equal([]);
      // The potassium of every fourth panel has no category: it is read by id, and joins its report.
      expect(
        tests(el).filter((names) => names !== 'Sodium + Potassium'),
        when,
      ).to.deep.equal([]);
    };

    it("finds the reports of a test's oldest results by the results they name, for its whole history", async () => {
      const reads = watchFhirReads();
      try {
        const el = await recordsOn('plain', 'panels', 'panels', 'lab-results');
        const before = reads.read('DiagnosticReport');
        const potassium = allInShadow<HTMLButtonElement>(el, '.lab-table .name button').find(
          (name) => name.textContent?.trim() === 'Potassium',
        )!;
        potassium.click();
        await waitUntil(() => allInShadow(el, '.trend-table').length, 'the history', { timeout: 15_000 });
        // All 160, also the 40 without a category that only their reports make lab results, the oldest of them
        // named by reports older than those read for the first screen.
        expect(inShadow(el, '.trend [role="status"]').textContent?.trim()).to.equal('160 results, newest first.');
        const byResult = reads.searches('DiagnosticReport').filter((url) => url.searchParams.has('result'));
        expect(byResult).to.have.length(1);
        expect(reads.read('DiagnosticReport') - before).to.be.below(40);
        await expect(el).to.be.accessible();
      } finally {
        reads.stop();
      }
    });

    it('reads a page that failed again when asked, and never calls what came before it the oldest', async () => {
      const original = window.fetch;
      let failing = true;
      window.fetch = (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (failing && url.includes('_offset=100') && url.includes('/Observation?')) {
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        return original(input, init);
      };
      try {
        const el = await recordsOn('plain', 'panels', 'panels', 'lab-results');
        button(el, 'Older results').click();
        await el.updateComplete;
        await settled(el);
        expect(status(el)).to.match(/^Results 1 to 100 of/);
        expect(inShadow(el, '.more [role="alert"]').textContent).to.equal(
          'Older results could not be loaded just now. Press Older results to try again.',
        );
        expect(textOf(el)).to.not.contain('These are the oldest results.');
        await expect(el).to.be.accessible();
        failing = false;
        button(el, 'Older results').click();
        await el.updateComplete;
        await settled(el);
        expect(status(el)).to.match(/^Results 101 to 200 of/);
        expect(allInShadow(el, '.more [role="alert"]')).to.have.length(0);
        expect(await toTheOldest(el)).to.equal(2);
        expect(status(el)).to.equal('Results 301 to 320 of 320, newest first.');
      } finally {
        window.fetch = original;
      }
    });

    for (const behaviour of ['plain', 'hapi', 'count-ignored', 'sort-ignored']) {
      it(`keeps each result in its report to the oldest, reading reports as far back as needed (${behaviour})`, async function () {
        this.timeout(60_000);
        const reads = watchFhirReads();
        try {
          const el = await recordsOn(behaviour, 'panels', 'panels', 'lab-results');
          // 280 results have the laboratory category; 40 more are named by reports alone, found as reports are read.
          if (behaviour === 'sort-ignored') expect(status(el)).to.equal('Results 1 to 100 of 320, newest first.');
          else expect(status(el)).to.match(/^Results 1 to 100 of 29\d or more, newest first\.$/);
          everyPanelWhole(el, 'the first screen');
          expect(reportDates(el)[0]).to.equal('Jun 8, 2024');
          // Reports newest first when the server sorts: not all 160 for a first screen of 50 panels. A server that
          // ignored the sort may hold the newest report on any page: every one is read.
          if (behaviour === 'sort-ignored') expect(reads.read('DiagnosticReport')).to.equal(160);
          else expect(reads.read('DiagnosticReport')).to.be.within(50, 107);
          await toTheOldest(el);
          everyPanelWhole(el, 'the oldest');
          expect(status(el)).to.equal('Results 301 to 320 of 320, newest first.');
          expect(reportDates(el).at(-1)).to.equal('Jan 1, 2024');
          expect(reads.read('DiagnosticReport')).to.equal(160);
          await expect(el).to.be.accessible();
        } finally {
          reads.stop();
        }
      });
    }
  });

  it('shows a failing server as an error with Try again, and never its words', async () => {
    const el = await recordsOn('error', 'many', 'many', 'diagnoses');
    expect(textOf(el)).to.contain('We could not load your diagnoses.');
    expect(textOf(el)).to.not.contain('The server failed');
    expect(button(el, 'Try again').textContent?.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('ends the session when the records server refuses the token', async () => {
    const el = await recordsOn('unauthorized', 'many', 'many', 'diagnoses');
    await waitUntil(() => textOf(el).includes('You are signed out.'), 'signed out');
    expect(textOf(el)).to.not.contain('The token is not valid here');
  });

  describe('the HL7 R4 examples, as published', () => {
    it('reads "mom": no known allergies, said once', async () => {
      const el = await recordsOn('plain', 'hl7-r4', 'mom', 'allergies');
      const text = textOf(el).replace(/\s+/g, ' ');
      expect(text).to.contain('No known allergies');
      expect(text).to.not.contain('No known drug allergies');
      expect(text).to.not.contain('NKDA');
      await expect(el).to.be.accessible();
    });

    it('reads "example": a high-risk food allergy, a subpotent dose, a proposed appointment', async () => {
      const shown: Record<string, string> = {};
      for (const section of ['allergies', 'immunizations', 'appointments']) {
        const el = await recordsOn('plain', 'hl7-r4', 'example', section);
        shown[section] = textOf(el).replace(/\s+/g, ' ');
        expect(shown[section]).to.not.contain('Not named in the record');
        await expect(el).to.be.accessible();
      }
      expect(shown.allergies).to.contain('Cashew nuts');
      expect(shown.allergies).to.contain('High risk');
      expect(shown.immunizations).to.contain('This dose did not count');
      expect(shown.immunizations).to.contain('Amount 5 mg');
      expect(shown.appointments).to.contain('Not yet scheduled');
    });

    it('reads "pat1": a contained medication, one the server holds by reference, and a structured dosage', async () => {
      const el = await recordsOn('plain', 'hl7-r4', 'pat1', 'medications');
      const text = textOf(el).replace(/\s+/g, ' ');
      expect(text).to.contain('Tylenol PM');
      expect(text).to.contain('1-2 tablets once daily at bedtime as needed for restless legs');
      // medrx002 names Medication/med0316 only by reference: it is read from the server (which ignores _include).
      expect(text).to.contain('Chlorthalidone 50mg tablet (product)');
      expect(text).to.not.contain('prescribed medication');
      // medrx0301 is completed: past, with no dosing.
      expect(text).to.contain('Oral Form Oxycodone (product)');
      expect(text).to.not.contain('Not named in the record');
      await expect(el).to.be.accessible();
    });

    it('reads "f201": differential diagnoses, and a blood culture with no category inside a LAB report', async () => {
      const diagnoses = await recordsOn('plain', 'hl7-r4', 'f201', 'diagnoses', 'es');
      expect(textOf(diagnoses)).to.contain('Posible, sin confirmar');
      await expect(diagnoses).to.be.accessible();
      const labs = await recordsOn('plain', 'hl7-r4', 'f201', 'lab-results', 'es');
      const text = textOf(labs).replace(/\s+/g, ' ');
      expect(text).to.contain('Staphylococcus aureus');
      expect(text).to.contain('Positivo');
      expect(text).to.not.contain('No hay resultados de laboratorio registrados');
      await expect(labs).to.be.accessible();
    });
  });

  it('reads the IPS example document: its allergy, its medication by reference, its diagnosis', async () => {
    const patient = '7685713c-e29e-4a75-8a90-45be7ba3be94';
    for (const section of ['allergies', 'medications', 'diagnoses']) {
      const el = await recordsOn('plain', 'ips', patient, section);
      const text = textOf(el).replace(/\s+/g, ' ');
      expect(allInShadow(el, '.item').length, section).to.be.greaterThan(0);
      expect(text, section).to.not.contain('Not named in the record');
      await expect(el).to.be.accessible();
    }
  });

  it('reads a Synthea patient: lab units for people, no code left raw, every entry named', async () => {
    const patient = 'b3664f86-0ce9-4a2c-ae85-4d390d438512';
    // Every section Synthea fills: it writes encounters, never an Appointment.
    for (const section of recordSections.filter((name) => name !== 'appointments')) {
      const el = await recordsOn('plain', 'synthea', patient, section);
      const text = textOf(el).replace(/\s+/g, ' ');
      expect(allInShadow(el, '.item, .lab-result').length, section).to.be.greaterThan(0);
      expect(text, section).to.not.contain('Not named in the record');
      expect(text, section).to.not.match(/10\*\d|\{[a-z]/i);
      if (section === 'lab-results') expect(text).to.match(/10[³⁶]\/µL/);
      await expect(el).to.be.accessible();
    }
  });
});
