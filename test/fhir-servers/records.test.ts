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
import { allInShadow, button, inShadow, textOf } from '../helpers/dom.js';
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
  await settled(el);
  return el;
}

/** Waits until nothing in the element is loading. */
const settled = (el: PfHealthRecords) =>
  waitUntil(
    () =>
      !allInShadow(el, '.skeleton').length &&
      !allInShadow(el, '.more button').some((more) => more.textContent?.includes('Loading older results')),
    'the records load',
    { timeout: 15_000 },
  );

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
