import { expect } from '@open-wc/testing';
import { PortalProblemError } from '../../src/api/index.js';
import { DAY, mockRules } from '../../src/mocks/index.js';
import { ana, freshMockPortal, invitationToken, marcus, rejection, sue, testClient } from '../helpers/mock-portal.js';

describe('contract: invitations', () => {
  it('reads a pending invitation with the practice and the ways to verify', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const invitation = await client.getInvitation(invitationToken(portal, sue.email));
    expect(invitation.status).to.equal('pending');
    expect(invitation.practice).to.deep.equal({ name: 'Riverside Family Medicine', phone: '(555) 201-0100' });
    expect(invitation.methods).to.deep.equal(['pin', 'sms', 'voice']);
    expect(Date.parse(invitation.expiresAt) - portal.clock.now()).to.be.closeTo(mockRules.invitationLifetimeMs, 60_000);
  });

  it('offers only the phone to a patient the practice gave no PIN', async () => {
    const portal = await freshMockPortal();
    const invitation = await testClient().getInvitation(invitationToken(portal, marcus.email));
    expect(invitation.methods).to.deep.equal(['sms', 'voice']);
  });

  it('answers 410 used for an invitation that already made an account', async () => {
    const portal = await freshMockPortal();
    const error = await rejection(testClient().getInvitation(invitationToken(portal, ana.email)));
    expect(error).to.be.instanceOf(PortalProblemError);
    expect((error as PortalProblemError).status).to.equal(410);
    expect((error as PortalProblemError).code).to.equal('invitation-used');
  });

  it('answers 410 expired for the seeded expired invitation and for any after 14 days', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const expired = await rejection(client.getInvitation(invitationToken(portal, 'walter.brooks@example.com')));
    expect((expired as PortalProblemError).code).to.equal('invitation-expired');

    const token = invitationToken(portal, sue.email);
    portal.clock.advance(14 * DAY - 60_000);
    await client.getInvitation(token);
    portal.clock.advance(60_000);
    const late = await rejection(client.getInvitation(token));
    expect((late as PortalProblemError).status).to.equal(410);
    expect((late as PortalProblemError).code).to.equal('invitation-expired');
  });

  it('answers 404 for a token it never issued', async () => {
    await freshMockPortal();
    const error = await rejection(testClient().getInvitation('not-a-real-token'));
    expect((error as PortalProblemError).status).to.equal(404);
    expect((error as PortalProblemError).code).to.equal('invitation-not-found');
  });

  it('says whom to call with every answer for a link that no longer works, since only the practice can help', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    for (const token of [
      invitationToken(portal, ana.email),
      invitationToken(portal, 'walter.brooks@example.com'),
      'not-a-real-token',
    ]) {
      const error = (await rejection(client.getInvitation(token))) as PortalProblemError;
      expect(error.practice).to.deep.equal({ name: 'Riverside Family Medicine', phone: '(555) 201-0100' });
    }
  });

  it('writes each patient’s invitation in the language their record prefers', async () => {
    const portal = await freshMockPortal();
    const spanish = await portal.frontDeskInvite(ana.email);
    expect(spanish.message.subject).to.equal(
      'Riverside Family Medicine le invita a ver sus registros de salud en línea',
    );
    expect(spanish.message.body).to.match(/^Hola, Ana:\n\n/);
    expect(spanish.message.body).to.contain(`Cree su cuenta: ${spanish.link}`);
    expect(spanish.message.body).to.contain('Llámenos al (555) 201-0100.');
    const english = await portal.frontDeskInvite(sue.email);
    expect(english.message.subject).to.equal('Riverside Family Medicine invites you to your online health records');
    expect(english.message.body).to.match(/^Hello Sue,\n\n/);
  });

  it('voids the old invitation when the practice sends a new one', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const old = invitationToken(portal, sue.email);
    const { link, pin } = await portal.frontDeskInvite(sue.email);
    expect(pin).to.match(/^\d{6}$/);
    const fresh = new URL(link, location.href).searchParams.get('invitation') ?? '';
    expect(fresh).to.not.equal(old);
    expect((await client.getInvitation(fresh)).status).to.equal('pending');
    expect(((await rejection(client.getInvitation(old))) as PortalProblemError).code).to.equal('invitation-expired');
  });

  it('resets a registered patient’s access when the practice invites them again', async () => {
    const portal = await freshMockPortal();
    const tabs = [testClient(), testClient()];
    for (const tab of tabs) tab.session = await tab.signIn({ username: ana.email, password: ana.password });
    const before = portal.outbox.length;

    const { link, pin = '' } = await portal.frontDeskInvite(ana.email);

    // Every session of the account is over, and the old password no longer signs in.
    for (const tab of tabs) expect(((await rejection(tab.keepalive())) as PortalProblemError).status).to.equal(401);
    const refused = (await rejection(
      testClient().signIn({ username: ana.email, password: ana.password }),
    )) as PortalProblemError;
    expect(refused.code).to.equal('invalid-credentials');
    // A notice, then the new invitation, both to the email on record, in Spanish as her record prefers; no secret in
    // the notice.
    const [notice, invitation] = portal.outbox.slice(before);
    expect(notice?.to).to.equal(ana.email);
    expect(notice?.subject).to.contain('restableció su acceso');
    expect(notice?.body).to.contain('Su contraseña anterior ya no funciona');
    expect(notice?.body).to.not.contain(ana.password);
    expect(invitation?.link).to.equal(link);
    expect(portal.audit.map((event) => event.event)).to.include.members(['account.reset', 'session.ended']);

    // The new invitation makes the account again, with the username she had.
    const client = testClient();
    const token = new URL(link, location.href).searchParams.get('invitation') ?? '';
    const verified = await client.verifyPin(token, { dateOfBirth: '1990-07-22', pin });
    expect(verified.suggestedUsername).to.equal(ana.email);
    await client.createAccount({
      registrationToken: verified.registrationToken,
      username: ana.email,
      password: 'Quiet-Heron-Lake-7',
      securityQuestionId: 'first-pet',
      securityAnswer: 'Biscuit',
      acceptedTerms: true,
    });
    expect((await testClient().signIn({ username: ana.email, password: 'Quiet-Heron-Lake-7' })).patientId).to.equal(
      'p-c3f0a4',
    );
    expect(portal.snapshot().accounts.filter((account) => account.patientId === 'p-c3f0a4')).to.have.length(1);
  });

  it('issues unguessable tokens of at least 128 bits, all different', async () => {
    const portal = await freshMockPortal();
    const tokens = portal.outbox
      .filter((message) => message.kind === 'email')
      .map((message) => new URL(message.link ?? '', location.href).searchParams.get('invitation') ?? '');
    expect(tokens.length).to.be.greaterThan(3);
    expect(new Set(tokens).size).to.equal(tokens.length);
    for (const token of tokens) expect(token).to.match(/^[A-Za-z0-9_-]{22,}$/); // 22 base64url characters = 132 bits
  });

  it('keeps the seeded invitation emails in the outbox from the start', async () => {
    const portal = await freshMockPortal();
    const email = portal.outbox.find((message) => message.kind === 'email' && message.to === sue.email);
    expect(email?.subject).to.contain('Riverside Family Medicine');
    expect(email?.body).to.contain('Create your account');
    expect(email?.link).to.contain('invitation=');
  });
});
