/**
 * An element taken off the page gives up the reads it started as it showed: a page that takes it away (a framework's
 * route change, a practice's own "Back") no longer pays for answers nobody will see, and the client retries none of
 * them. Put back, it reads again. Moved within the page (taken off and put back in the same task), it reads on.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/pf-health-records.js';
import '../../src/pf-portal.js';
import '../../src/pf-register-account.js';
import '../../src/pf-register-verify.js';
import type { PfPortal } from '../../src/pf-portal.js';
import { allInShadow, labResultsDrawn } from '../helpers/dom.js';
import {
  freshMockPortal,
  invitationToken,
  marcus,
  signedIn,
  heldClient,
  sue,
  sueSignedUp,
  testClient,
} from '../helpers/mock-portal.js';
import { accountFormRead, phoneOnlyForm, withRegistration } from '../helpers/registration.js';
import type { PortalClient, PortalClientOptions, Session } from '../../src/api/index.js';

/**
 * A slow network for the reads `hold` picks (all of them by default), each request listed with its signal; the
 * client retries as it does by default.
 */
const slowClient = (options: PortalClientOptions = {}, hold: (request: Request) => boolean = () => true) => {
  const { client, requests, release } = heldClient(hold, { retries: 2, ...options });
  return { client, sent: requests, release };
};

/** `METHOD /path` of a request. */
const pathOf = (request: Request) => `${request.method} ${new URL(request.url).pathname}`;
const live = (sent: Request[]) => sent.filter((request) => !request.signal.aborted);

/** The lab results, read through `client`, in a portal that holds `session`. */
async function labResultsOf(session: Session, client: PortalClient) {
  const portalEl = await fixture<PfPortal>(html`
    <pf-portal lang="en" .session=${session}
      ><pf-health-records sections="lab-results" .client=${client}></pf-health-records
    ></pf-portal>
  `);
  return { portalEl, el: portalEl.querySelector('pf-health-records')! };
}

describe('an element taken off the page gives up its reads, and reads again when put back', () => {
  it('<pf-register-verify>: the link’s read', async () => {
    const mock = await freshMockPortal();
    const { client, sent, release } = slowClient();
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal lang="en"
        ><pf-register-verify .client=${client} invitation=${invitationToken(mock, marcus.email)}></pf-register-verify
      ></pf-portal>
    `);
    const el = portalEl.querySelector('pf-register-verify')!;
    await waitUntil(() => sent.length === 1, 'the link is read as the form shows');

    el.remove();
    await waitUntil(() => sent[0]!.signal.aborted, 'its read is given up');
    release();

    portalEl.append(el);
    // Marcus's link takes no PIN: the form asks for his phone alone once the link is read again.
    await phoneOnlyForm(el);
    expect(sent.map(pathOf)).to.deep.equal([
      `GET /api/portal/invitations/${invitationToken(mock, marcus.email)}`,
      `GET /api/portal/invitations/${invitationToken(mock, marcus.email)}`,
    ]);
  });

  it('<pf-register-verify>: moved within the page, it reads on', async () => {
    const mock = await freshMockPortal();
    const { client, sent, release } = slowClient();
    const portalEl = await fixture<PfPortal>(html`
      <pf-portal lang="en"
        ><p>Before</p>
        <pf-register-verify .client=${client} invitation=${invitationToken(mock, marcus.email)}></pf-register-verify
      ></pf-portal>
    `);
    const el = portalEl.querySelector('pf-register-verify')!;
    await waitUntil(() => sent.length === 1, 'the link is read as the form shows');
    portalEl.prepend(el);
    release();
    await phoneOnlyForm(el);
    expect(sent.length, 'one read').to.equal(1);
    expect(sent[0]!.signal.aborted, 'not given up').to.equal(false);
  });

  it('<pf-register-account>: its questions and password rules', async () => {
    const mock = await freshMockPortal();
    const { registrationToken } = await testClient().verifyPin(invitationToken(mock, sue.email), {
      dateOfBirth: sue.dateOfBirth,
      pin: sue.pin,
    });
    const { client, sent, release } = slowClient();
    const { root, el } = withRegistration<PfPortal>(
      html`<pf-portal lang="en"
        ><pf-register-account
          .client=${client}
          username="Sue@gmail.com"
          terms-url="https://www.practicefusion.com/terms-of-use/"
          privacy-url="https://www.practicefusion.com/privacy-policy/"
        ></pf-register-account
      ></pf-portal>`,
      registrationToken,
    );
    await waitUntil(() => sent.length === 2, 'the questions and rules are read as the form shows');

    el.remove();
    await waitUntil(() => sent.every((entry) => entry.signal.aborted), 'both reads are given up');
    release();

    root.append(el);
    await accountFormRead(el);
    expect(live(sent).map(pathOf)).to.have.members([
      'GET /api/portal/security-questions',
      'GET /api/portal/password-policy',
    ]);
  });

  it('<pf-health-records>: the patient and the first screen’s searches', async () => {
    const { client: signedIn } = await sueSignedUp();
    const session = signedIn.session!;
    const { client, sent, release } = slowClient({ session: () => session });
    const { portalEl, el } = await labResultsOf(session, client);
    await waitUntil(() => sent.some((entry) => pathOf(entry).endsWith('/Observation')), 'the results are searched');
    const before = sent.length;

    el.remove();
    await waitUntil(() => sent.every((entry) => entry.signal.aborted), 'every read is given up');
    release();

    portalEl.append(el);
    await labResultsDrawn(el);
    expect(live(sent).length, 'read again').to.be.greaterThan(0);
    expect(
      live(sent).every((entry) => sent.indexOf(entry) >= before),
      'only reads made since it came back',
    ).to.equal(true);
  });

  it('<pf-health-records>: the rest of the reports, read once the first screen is drawn', async function () {
    this.timeout(30_000);
    const { client: signedInAs } = await signedIn('harold.whitaker@example.com');
    const session = signedInAs.session!;
    // Harold's reports name a result outside the laboratory search: it is read by id after his first screen.
    const byId = (request: Request) => new URL(request.url).searchParams.has('_id');
    const { client, sent, release } = slowClient({ session: () => session }, byId);
    const { portalEl, el } = await labResultsOf(session, client);
    await labResultsDrawn(el);
    await waitUntil(() => sent.some(byId), 'the rest of the reports is read');

    el.remove();
    await waitUntil(() => sent.filter(byId).every((entry) => entry.signal.aborted), 'its read is given up');
    const before = sent.length;
    release();

    portalEl.append(el);
    await labResultsDrawn(el);
    await waitUntil(() => !allInShadow(el, '.skeleton').length, 'the rest of the reports, read again', {
      timeout: 8000,
    });
    expect(sent.slice(before).filter(byId), 'read again once back').to.have.length(1);
  });
});
