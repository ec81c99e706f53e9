import { expect } from '@open-wc/testing';
import {
  ana,
  freshMockPortal,
  invitationToken,
  marcus,
  rejection,
  sue,
  testClient,
  derivationsDuring,
} from '../helpers/mock-portal.js';

describe('contract: the same work with or without a secret', () => {
  it('hashes the password of an unknown username as it does a known one’s', async () => {
    await freshMockPortal();
    const client = testClient();
    const known = await derivationsDuring(() => rejection(client.signIn({ username: ana.email, password: 'Nope-1' })));
    const unknown = await derivationsDuring(() =>
      rejection(client.signIn({ username: 'nobody.here@example.com', password: 'Nope-1' })),
    );
    expect(known).to.equal(1);
    expect(unknown).to.equal(known);
  });

  it('hashes a code when none was sent (the phone did not match) as it does a wrong one', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const token = invitationToken(portal, marcus.email);
    const sent = await client.sendCode(token, {
      dateOfBirth: marcus.dateOfBirth,
      phone: '(555) 310-9999',
      channel: 'sms',
    });
    expect(sent.sentTo).to.contain('9999');
    const none = await derivationsDuring(() => rejection(client.verifyCode(token, { code: '123456' })));

    const other = invitationToken(portal, sue.email);
    await client.sendCode(other, { dateOfBirth: sue.dateOfBirth, phone: sue.phone, channel: 'sms' });
    const wrong = await derivationsDuring(() => rejection(client.verifyCode(other, { code: '000000' })));
    expect(wrong).to.equal(1);
    expect(none).to.equal(wrong);
  });

  it('hashes a PIN for a patient who has none as it does for one who has', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const withPin = await derivationsDuring(() =>
      rejection(client.verifyPin(invitationToken(portal, sue.email), { dateOfBirth: sue.dateOfBirth, pin: '000000' })),
    );
    const withoutPin = await derivationsDuring(() =>
      rejection(
        client.verifyPin(invitationToken(portal, marcus.email), { dateOfBirth: marcus.dateOfBirth, pin: '000000' }),
      ),
    );
    expect(withPin).to.equal(1);
    expect(withoutPin).to.equal(withPin);
  });
});
