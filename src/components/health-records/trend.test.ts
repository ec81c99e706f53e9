import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Session } from '../../api/schemas.js';
import '../../pf-health-records.js';
import '../../pf-portal.js';
import type { PfHealthRecords } from '../../pf-health-records.js';
import type { PfPortal } from '../../pf-portal.js';
import { allInShadow, button, focusedIn, inShadow, labResultsDrawn, waitForText } from '../../../test/helpers/dom.js';
import { signedIn, sueSignedUp, testClient } from '../../../test/helpers/mock-portal.js';

async function labsOf(session: Session, lang = 'en') {
  const portalEl = await fixture<PfPortal>(html`
    <pf-portal .session=${session} lang=${lang}
      ><pf-health-records sections="lab-results"></pf-health-records
    ></pf-portal>
  `);
  const el = portalEl.querySelector('pf-health-records') as PfHealthRecords;
  await labResultsDrawn(el, 'the results');
  return el;
}

/** Waits for the history to be read: its count, said in the trend's own live region. */
const historyRead = (el: PfHealthRecords) =>
  waitUntil(
    () => allInShadow(el, '.trend-table').length || allInShadow(el, '.trend .secondary').length,
    'the history',
    {
      timeout: 8000,
    },
  );

const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const testButton = (el: PfHealthRecords, name: string, within = '.lab-table') =>
  allInShadow<HTMLButtonElement>(el, `${within} .name button`).find((candidate) => words(candidate) === name);

describe('<pf-health-records> test history', () => {
  it("opens a test's whole history from its row: a chart, a table, and the way back to the same place", async function () {
    this.timeout(30_000);
    const { portal, client } = await signedIn('harold.whitaker@example.com');
    const el = await labsOf(client.session!);
    // Every A1c the server holds, not only those on the first page.
    const onRecord = portal.fhir
      .record(client.session!.patientId)!
      .resources.filter(
        (resource) =>
          resource.resourceType === 'Observation' &&
          resource.status !== 'entered-in-error' &&
          JSON.stringify(resource.code ?? {}).includes('"4548-4"'),
      ).length;
    // Found by a search, and opened from one of the rows it found.
    inShadow<HTMLInputElement>(el, '#lab-filter').focus();
    await sendKeys({ type: 'A1c' });
    await waitForText(el, 'in all your results.');
    const opener = allInShadow<HTMLButtonElement>(el, '.lab-table .name button')[2];
    expect(words(opener), 'an A1c row names its test with a button').to.equal('Hemoglobin A1c');
    const row = opener!.closest('tr')!;
    const rowId = opener!.dataset['result'];
    opener!.click();
    await historyRead(el);
    const heading = inShadow(el, '#trend-heading');
    expect(words(heading)).to.equal('Hemoglobin A1c over time');
    expect(focusedIn(el)).to.equal(heading);
    expect(words(inShadow(el, '.trend [role="status"]'))).to.equal(`${onRecord} results, newest first.`);

    const chart = inShadow(el, '.trend-chart svg[role="img"]');
    const label = chart.getAttribute('aria-label') ?? '';
    expect(label).to.match(
      new RegExp(`^Chart of Hemoglobin A1c: ${onRecord} values from .+ to .+\\. The latest is [\\d.]+ %`),
    );
    expect(label).to.contain('normal range (4 – 5.6 %)');
    // Harold's A1c is high for years: those points are drawn as squares, apart from the round ones.
    const dots = [...chart.querySelectorAll('.dot')];
    expect(dots).to.have.length(onRecord);
    expect(chart.querySelectorAll('.dot.out').length).to.be.greaterThan(0);
    expect(chart.querySelector('.band')).to.not.equal(null);
    expect(words(inShadow(el, '.legend'))).to.contain('Normal range: 4 – 5.6 %');

    // The same values in a table, newest first, with their dates.
    const rows = allInShadow(el, '.trend-table tbody tr');
    expect(rows).to.have.length(Math.min(onRecord, 100));
    expect(words(inShadow(el, '.trend-table caption'))).to.equal('Every result of Hemoglobin A1c, newest first');
    const years = rows.map((tr) => Number(/\d{4}/.exec(words(tr.querySelector('th')))?.[0]));
    expect([...years].sort((a, b) => b - a)).to.deep.equal(years);
    await expect(el).to.be.accessible();

    // Back: the results as they were, and focus on the test that was opened.
    button(el, 'Back to lab results').click();
    await waitUntil(() => focusedIn(el)?.getAttribute('data-result') === rowId, 'focus back on the row');
    expect(words(focusedIn(el)?.closest('tr'))).to.equal(words(row));
    expect(inShadow<HTMLInputElement>(el, '#lab-filter').value).to.equal('A1c');
  });

  it('opens a critical result from the list at the top, in Spanish, readable at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { client } = await sueSignedUp();
      const el = await labsOf(client.session!, 'es');
      testButton(el, 'Triglycerides', '.attention')!.click();
      await historyRead(el);
      expect(words(inShadow(el, '#trend-heading'))).to.equal('Triglycerides a lo largo del tiempo');
      expect(inShadow(el, '.trend-chart svg[role="img"]').getAttribute('aria-label')).to.match(
        /^Gráfico de Triglycerides: \d+ valor(es)? .*fuera del rango normal/,
      );
      expect(words(inShadow(el, '.legend'))).to.contain('Fuera del rango');
      // Nothing scrolls sideways: the chart takes the width there is.
      const frame = inShadow(el, '.pf');
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
      expect(inShadow(el, '.trend-chart svg[role="img"]').getBoundingClientRect().right).to.be.at.most(320);
      await expect(el).to.be.accessible();
      button(el, 'Volver a los resultados de laboratorio').click();
      await waitUntil(() => allInShadow(el, '.attention').length, 'the results again');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('draws the chart in the system colours in forced-colours mode, its points apart by shape', async () => {
    const { client } = await sueSignedUp();
    const el = await labsOf(client.session!);
    testButton(el, 'Triglycerides')!.click();
    await historyRead(el);
    await executeServerCommand('forced-colors', 'active');
    try {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.style.color = 'Highlight';
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const inRange = inShadow(el, '.trend-chart .legend .dot:not(.out)');
      const out = inShadow(el, '.trend-chart svg[role="img"] .dot.out');
      expect(getComputedStyle(inRange).stroke).to.equal(canvasText);
      expect(getComputedStyle(out).stroke).to.equal(highlight);
      expect(getComputedStyle(out).strokeLinecap).to.equal('square');
      expect(getComputedStyle(inRange).strokeLinecap).to.equal('round');
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });

  it('says when the history could not be read, and reads it on Try again', async () => {
    const { client } = await sueSignedUp();
    let failing = true;
    // The server fails every search by code until the patient asks again.
    const flaky: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (failing && new URL(request.url).searchParams.has('code')) {
        return Promise.resolve(new Response('{}', { status: 503 }));
      }
      return fetch(request);
    };
    const el = await fixture<PfHealthRecords>(
      html`<pf-health-records
        sections="lab-results"
        .client=${testClient({ fetch: flaky, session: () => client.session })}
      ></pf-health-records>`,
    );
    await labResultsDrawn(el, 'results');
    testButton(el, 'Hemoglobin A1c')!.click();
    await historyRead(el);
    await waitForText(el, 'The history of this test could not be read just now.');
    await expect(el).to.be.accessible();
    failing = false;
    button(el, 'Try again').click();
    await waitUntil(() => allInShadow(el, '.trend-table').length, 'the history read again', { timeout: 8000 });
    expect(allInShadow(el, '.trend-table tbody tr').length).to.be.greaterThan(0);
  });
});
