import { expect } from '@open-wc/testing';
import { type PortalProblemError } from '../../src/api/index.js';
import { MINUTE, SECOND } from '../../src/mocks/index.js';
import {
  freshMockPortal,
  invitationToken,
  lastMessage,
  marcus,
  rejection,
  sue,
  testClient,
} from '../helpers/mock-portal.js';

const problemOf = async (promise: Promise<unknown>) => (await rejection(promise)) as PortalProblemError;

const setup = async (patient = marcus) => {
  const portal = await freshMockPortal();
  const client = testClient();
  const token = invitationToken(portal, patient.email);
  const send = (channel: 'sms' | 'voice' = 'sms', phone = patient.phone) =>
    client.sendCode(token, { dateOfBirth: patient.dateOfBirth, phone, channel });
  const codeSent = (kind: 'sms' | 'voice' = 'sms') => lastMessage(portal, kind, '(555) 310-8820')?.code ?? '';
  return { portal, client, token, send, codeSent };
};

describe('contract: security codes by text and voice', () => {
  it('texts a 6-digit code to the phone on record and verifies it', async () => {
    const { portal, client, token, send, codeSent } = await setup();
    const sent = await send('sms');
    expect(sent.channel).to.equal('sms');
    expect(sent.sentTo).to.equal('(•••) •••-8820');
    expect(Date.parse(sent.expiresAt) - portal.clock.now()).to.be.closeTo(10 * MINUTE, 5000);
    expect(Date.parse(sent.resendAfter) - portal.clock.now()).to.be.closeTo(30 * SECOND, 5000);
    const code = codeSent();
    expect(code).to.match(/^\d{6}$/);
    const verification = await client.verifyCode(token, { code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(verification.suggestedUsername).to.equal(marcus.email);
  });

  it('sends the code in the language the identity step runs in, by text and by voice', async () => {
    const portal = await freshMockPortal();
    const token = invitationToken(portal, marcus.email);
    const client = testClient({ locale: () => 'es' });
    const to = '(555) 310-8820';
    await client.sendCode(token, { dateOfBirth: marcus.dateOfBirth, phone: marcus.phone, channel: 'sms' });
    const text = lastMessage(portal, 'sms', to);
    expect(text?.body).to.equal(
      `Riverside Family Medicine: su código de seguridad de Patient Fusion es ${text?.code}. Vence en 10 minutos. No lo comparta.`,
    );
    portal.clock.advance(30 * SECOND);
    await client.sendCode(token, { dateOfBirth: marcus.dateOfBirth, phone: marcus.phone, channel: 'voice' });
    const call = lastMessage(portal, 'voice', to);
    const spoken = call?.code?.split('').join(', ');
    expect(call?.body).to.equal(
      `Le llama Riverside Family Medicine. Su código de seguridad de Patient Fusion es ${spoken}. Repito: ${spoken}.`,
    );
  });

  it('calls with the code when the patient chooses voice', async () => {
    const { client, token, send, codeSent } = await setup();
    expect((await send('voice')).channel).to.equal('voice');
    const code = codeSent('voice');
    expect(code).to.match(/^\d{6}$/);
    expect((await client.verifyCode(token, { code })).registrationToken).to.be.a('string');
  });

  it('answers the same when the phone or the date does not match, and sends nothing', async () => {
    const { portal, client, token } = await setup();
    const before = portal.outbox.length;
    const wrongPhone = await client.sendCode(token, {
      dateOfBirth: marcus.dateOfBirth,
      phone: '(555) 999-1234',
      channel: 'sms',
    });
    portal.clock.advance(31 * SECOND);
    const wrongDate = await client.sendCode(token, { dateOfBirth: '1979-11-03', phone: marcus.phone, channel: 'sms' });
    expect(Object.keys(wrongPhone).sort()).to.deep.equal(['channel', 'expiresAt', 'resendAfter', 'sentTo']);
    expect(Object.keys(wrongDate).sort()).to.deep.equal(Object.keys(wrongPhone).sort());
    expect(wrongPhone.sentTo).to.equal('(•••) •••-1234');
    expect(portal.outbox.length).to.equal(before);
  });

  it('lets a new code be sent only after 30 seconds, and the old code dies', async () => {
    const { portal, client, token, send, codeSent } = await setup();
    await send();
    const first = codeSent();
    portal.clock.advance(20 * SECOND);
    const tooSoon = await problemOf(send());
    expect(tooSoon.status).to.equal(429);
    expect(tooSoon.code).to.equal('resend-too-soon');
    expect(tooSoon.retryAfter).to.equal(10);
    portal.clock.advance(10 * SECOND);
    await send('voice');
    const second = codeSent('voice');
    const old = await problemOf(client.verifyCode(token, { code: first }));
    if (first !== second) expect(old.code).to.equal('code-invalid');
    expect((await client.verifyCode(token, { code: second })).registrationToken).to.be.a('string');
  });

  it('sends at most 5 codes an hour', async () => {
    const { portal, send } = await setup();
    for (let sent = 0; sent < 5; sent += 1) {
      await send();
      portal.clock.advance(31 * SECOND);
    }
    const sixth = await problemOf(send());
    expect(sixth.status).to.equal(429);
    expect(sixth.code).to.equal('too-many-codes');
    expect(sixth.retryAfter).to.be.within(60 * 60 - 5 * 31 - 2, 60 * 60);
    portal.clock.advance((sixth.retryAfter ?? 0) * SECOND);
    expect((await send()).channel).to.equal('sms');
  });

  it('lets a code expire after 10 minutes, with its own answer', async () => {
    const { portal, client, token, send, codeSent } = await setup();
    await send();
    portal.clock.advance(10 * MINUTE);
    const expired = await problemOf(client.verifyCode(token, { code: codeSent() }));
    expect(expired.status).to.equal(410);
    expect(expired.code).to.equal('code-expired');
  });

  it('uses a code once', async () => {
    const { client, token, send, codeSent } = await setup();
    await send();
    await client.verifyCode(token, { code: codeSent() });
    const again = await problemOf(client.verifyCode(token, { code: codeSent() }));
    expect(again.code).to.equal('code-invalid');
  });

  it('counts wrong codes toward the lock, and a new code does not reset the count', async () => {
    const { portal, client, token, send, codeSent } = await setup();
    await send();
    const wrong = (code: string) => (code === '000000' ? '000001' : '000000');
    for (const remaining of [4, 3]) {
      const problem = await problemOf(client.verifyCode(token, { code: wrong(codeSent()) }));
      expect(problem.code).to.equal('code-invalid');
      expect(problem.attemptsRemaining).to.equal(remaining);
    }
    portal.clock.advance(31 * SECOND);
    await send();
    expect((await problemOf(client.verifyCode(token, { code: wrong(codeSent()) }))).attemptsRemaining).to.equal(2);
    await problemOf(client.verifyCode(token, { code: wrong(codeSent()) }));
    const locked = await problemOf(client.verifyCode(token, { code: wrong(codeSent()) }));
    expect(locked.status).to.equal(429);
    expect(locked.code).to.equal('locked');
    const evenRight = await problemOf(client.verifyCode(token, { code: codeSent() }));
    expect(evenRight.code).to.equal('locked');
    const noCode = await problemOf(send());
    expect(noCode.code).to.equal('locked');
  });

  it('binds a code to its invitation', async () => {
    const { portal, client, send, codeSent } = await setup();
    await send();
    const sueToken = invitationToken(portal, sue.email);
    const problem = await problemOf(client.verifyCode(sueToken, { code: codeSent() }));
    expect(problem.code).to.equal('code-invalid');
  });

  it('refuses a phone number that is not a US number', async () => {
    const { client, token } = await setup();
    const problem = await problemOf(
      client.sendCode(token, { dateOfBirth: marcus.dateOfBirth, phone: '12345', channel: 'sms' }),
    );
    expect(problem.status).to.equal(422);
    expect(problem.errorsFor('phone')[0]?.code).to.equal('phone');
  });
});
