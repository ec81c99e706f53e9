import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../pf-health-records.js';
import '../../pf-portal.js';
import type { PfHealthRecords } from '../../pf-health-records.js';
import type { PfPortal } from '../../pf-portal.js';
import { heldClient, signedIn } from '../../../test/helpers/mock-portal.js';

// A page of its own: the formats are made once per page, so none of them is made before this test looks.
const made: string[] = [];
for (const name of ['NumberFormat', 'ListFormat', 'DateTimeFormat'] as const) {
  const Made = Intl[name] as unknown as new (...args: unknown[]) => object;
  const Counted = class extends Made {
    constructor(...args: unknown[]) {
      super(...args);
      made.push(`${name} ${String(args[0])}`);
    }
  };
  Object.defineProperty(Intl, name, { value: Counted, configurable: true, writable: true });
}

describe('<pf-health-records> formats', () => {
  it('makes its number, list and date formats while the first reads are on their way', async function () {
    this.timeout(20_000);
    const { client } = await signedIn('harold.whitaker@example.com');
    // No FHIR answer comes: what is made meanwhile is made before the first answer is drawn.
    const held = heldClient((request) => new URL(request.url).pathname.includes('/fhir/'));
    held.client.session = client.session;
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal .session=${client.session} lang="es"
        ><pf-health-records sections="lab-results" .client=${held.client}></pf-health-records
      ></pf-portal>
    `);
    const el = portalEl.querySelector('pf-health-records') as PfHealthRecords;
    await el.updateComplete;
    try {
      await waitUntil(
        () => ['NumberFormat es', 'ListFormat es', 'DateTimeFormat es'].every((format) => made.includes(format)),
        `the formats made while the reads are held: ${made.join(', ')}`,
        { timeout: 8000 },
      );
      expect(el.shadowRoot!.querySelectorAll('.lab-result')).to.have.length(0);
    } finally {
      held.release();
    }
  });
});
