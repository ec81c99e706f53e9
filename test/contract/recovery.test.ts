import { expect } from '@open-wc/testing';
import { type PortalProblemError } from '../../src/api/index.js';
import { MINUTE, SECOND } from '../../src/mocks/index.js';
import {
  ana,
  derivationsDuring,
  freshMockPortal,
  lastMessage,
  rejection,
  sue,
  testClient,
  verifiedSue,
} from '../helpers/mock-portal.js';

const problemOf = async (promise: Promise<unknown>) => (await rejection(promise)) as PortalProblemError;
const grace = { email: 'grace.liu@example.com', dateOfBirth: '2001-09-09', phone: '(555) 618-3340' };
const anaPhone = '(555) 402-1187';
const newPassword = 'Quiet-Harbor-58';

/** A portal and a client with Ana's password recovery begun (by her username), and a way to read her codes. */
async function anaRecovering(identifier = ana.email) {
  const portal = await freshMockPortal();
  const client = testClient();
  const started = await client.startRecovery({ identifier });
  const { recoveryToken } = started;
  const codeBy = (kind: 'sms' | 'voice' | 'email') =>
    lastMessage(portal, kind, kind === 'email' ? ana.email : anaPhone)?.code ?? '';
  const throughCode = async (channel: 'sms' | 'voice' | 'email' = 'sms') => {
    await client.sendRecoveryCode({ recoveryToken, channel });
    return client.verifyRecoveryCode({ recoveryToken, code: codeBy(channel === 'email' ? 'email' : channel) });
  };
  const throughAnswer = async () => {
    await throughCode();
    return client.answerRecoveryQuestion({ recoveryToken, answer: '  canela ' });
  };
  return { portal, client, started, recoveryToken, codeBy, throughCode, throughAnswer };
}

describe('contract: password recovery', () => {
  it('walks Ana from her username to a new password by a text, then the question, and she signs in with it', async () => {
    const { portal, client, started, recoveryToken, codeBy } = await anaRecovering();
    expect(started.destinations).to.deep.equal({ email: 'a•••@example.com', phone: '(•••) •••-1187' });
    expect(Date.parse(started.expiresAt) - portal.clock.now()).to.be.closeTo(20 * MINUTE, 5000);
    const sent = await client.sendRecoveryCode({ recoveryToken, channel: 'sms' });
    expect(sent.sentTo).to.equal('(•••) •••-1187');
    expect(Date.parse(sent.expiresAt) - portal.clock.now()).to.be.closeTo(10 * MINUTE, 5000);
    expect(Date.parse(sent.resendAfter) - portal.clock.now()).to.be.closeTo(30 * SECOND, 5000);
    const code = codeBy('sms');
    expect(code).to.match(/^\d{6}$/);
    const asked = await client.verifyRecoveryCode({ recoveryToken, code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(asked.securityQuestion).to.deep.equal({ id: 'first-pet', text: 'What was the name of your first pet?' });
    await client.answerRecoveryQuestion({ recoveryToken, answer: 'CANELA' });
    await client.resetPassword({ recoveryToken, password: newPassword });

    expect((await problemOf(client.signIn({ username: ana.email, password: ana.password }))).code).to.equal(
      'invalid-credentials',
    );
    expect((await client.signIn({ username: ana.email, password: newPassword })).patientId).to.equal('p-c3f0a4');
  });

  it('asks the question in the language of the request, and only after the code', async () => {
    const portal = await freshMockPortal();
    const client = testClient({ locale: () => 'es' });
    const { recoveryToken, ...started } = await client.startRecovery({ identifier: ana.email });
    const sent = await client.sendRecoveryCode({ recoveryToken, channel: 'email' });
    // Nothing before the code says which question, or that there is an account.
    expect(JSON.stringify([started, sent])).not.to.match(/mascota|pet|Canela/i);
    const email = lastMessage(portal, 'email', ana.email);
    expect(email?.subject).to.equal('Riverside Family Medicine: su código de seguridad');
    const asked = await client.verifyRecoveryCode({ recoveryToken, code: email?.code ?? '' });
    expect(asked.securityQuestion.text).to.equal('¿Cómo se llamaba su primera mascota?');
  });

  it('answers the same, with the same work, whether or not an account matches, and sends nothing for none', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const before = portal.outbox.length;
    const unknown = await client.startRecovery({ identifier: 'nobody.here@example.com' });
    const again = await client.startRecovery({ identifier: 'nobody.here@example.com' });
    expect(Object.keys(unknown).sort()).to.deep.equal(['destinations', 'expiresAt', 'recoveryToken']);
    expect(unknown.destinations.email).to.equal('n•••@example.com');
    expect(unknown.destinations.phone).to.match(/^\(•••\) •••-\d{4}$/);
    // The same made-up destinations each time: asking twice does not tell them apart from an account's.
    expect(again.destinations).to.deep.equal(unknown.destinations);
    const known = await client.startRecovery({ identifier: ana.email });
    expect(Object.keys(known.destinations)).to.deep.equal(Object.keys(unknown.destinations));

    const sendWork: number[] = [];
    for (const { recoveryToken } of [known, unknown]) {
      sendWork.push(await derivationsDuring(() => client.sendRecoveryCode({ recoveryToken, channel: 'sms' })));
    }
    expect(sendWork[0]).to.equal(1);
    expect(sendWork[1]).to.equal(sendWork[0]);
    expect(portal.outbox.length).to.equal(before + 1);
    const wrong = await derivationsDuring(() =>
      rejection(client.verifyRecoveryCode({ recoveryToken: known.recoveryToken, code: '000000' })),
    );
    const none = await derivationsDuring(async () => {
      const problem = await problemOf(
        client.verifyRecoveryCode({ recoveryToken: unknown.recoveryToken, code: '000000' }),
      );
      expect(problem.code).to.equal('code-invalid');
      expect(problem.attemptsRemaining).to.equal(4);
    });
    expect(none).to.equal(wrong);
  });

  it('shows a typed email masked as typed, and no email at all for a username, account or not', async () => {
    const { client, request } = await verifiedSue();
    await client.createAccount(request({ username: 'sue.miller62' }));
    const known = await client.startRecovery({ identifier: 'sue.miller62' });
    const unknown = await client.startRecovery({ identifier: 'sue.miller63' });
    // Nothing of the email on record (its first letter, its domain, its case) shows for a username.
    expect([known.destinations.email, unknown.destinations.email]).to.deep.equal(['', '']);
    for (const { destinations } of [known, unknown]) expect(destinations.phone).to.match(/^\(•••\) •••-\d{4}$/);
    const typed = await client.startRecovery({ identifier: 'SUE@gmail.com' });
    const other = await client.startRecovery({ identifier: 'SUE@example.org' });
    expect([typed.destinations.email, other.destinations.email]).to.deep.equal(['s•••@gmail.com', 's•••@example.org']);
  });

  it('counts codes by the words typed, so a username and an email of one account answer alike', async () => {
    const { client, request } = await verifiedSue();
    await client.createAccount(request({ username: 'sue.miller62' }));
    for (const identifier of ['sue.miller62', 'Sue@gmail.com']) {
      const { recoveryToken } = await client.startRecovery({ identifier });
      expect((await client.sendRecoveryCode({ recoveryToken, channel: 'sms' })).channel).to.equal('sms');
    }
  });

  it('sends the phone on record one code every 30 s and 5 an hour, whatever words they are asked with', async () => {
    const { portal, client, request } = await verifiedSue();
    await client.createAccount(request({ username: 'sue.miller62' }));
    const suePhone = '(555) 201-4477';
    const texts = () =>
      portal.outbox.filter((message) => message.kind === 'sms' && message.to === suePhone && message.code);
    const before = texts().length;
    const byUsername = await client.startRecovery({ identifier: 'sue.miller62' });
    const byEmail = await client.startRecovery({ identifier: 'Sue@gmail.com' });
    await client.sendRecoveryCode({ recoveryToken: byUsername.recoveryToken, channel: 'sms' });
    const first = texts().at(-1)?.code ?? '';
    // The other words answer as if a code went (nothing tells the two apart), but the phone gets no second text.
    expect((await client.sendRecoveryCode({ recoveryToken: byEmail.recoveryToken, channel: 'sms' })).channel).to.equal(
      'sms',
    );
    expect(texts()).to.have.length(before + 1);
    expect(portal.audit.at(-1)?.event).to.equal('recovery.code-withheld');
    // The code that did go still works.
    const asked = await client.verifyRecoveryCode({ recoveryToken: byUsername.recoveryToken, code: first });
    expect(asked.securityQuestion.id).to.equal('first-pet');
    // Alternating the words every 30 s, the phone still gets 5 codes an hour, not 10.
    for (let round = 0; round < 8; round += 1) {
      portal.clock.advance(30 * SECOND);
      const { recoveryToken } = await client.startRecovery({
        identifier: round % 2 ? 'sue.miller62' : 'Sue@gmail.com',
      });
      await client.sendRecoveryCode({ recoveryToken, channel: 'sms' });
    }
    expect(texts()).to.have.length(before + 5);
  });

  it('keeps codes 10 minutes, one every 30 s, 5 an hour, each new one voiding the last', async () => {
    const { portal, client, recoveryToken, codeBy } = await anaRecovering();
    await client.sendRecoveryCode({ recoveryToken, channel: 'sms' });
    const first = codeBy('sms');
    const soon = await problemOf(client.sendRecoveryCode({ recoveryToken, channel: 'voice' }));
    expect([soon.status, soon.code]).to.deep.equal([429, 'resend-too-soon']);
    expect(soon.retryAfter).to.be.within(29, 30);
    portal.clock.advance(30 * SECOND);
    await client.sendRecoveryCode({ recoveryToken, channel: 'voice' });
    const voiced = lastMessage(portal, 'voice', anaPhone);
    expect(voiced?.body).to.contain(voiced?.code?.split('').join(', '));
    expect((await problemOf(client.verifyRecoveryCode({ recoveryToken, code: first }))).code).to.equal('code-invalid');
    for (let sent = 2; sent < 5; sent += 1) {
      portal.clock.advance(30 * SECOND);
      await client.sendRecoveryCode({ recoveryToken, channel: 'email' });
    }
    portal.clock.advance(30 * SECOND);
    const tooMany = await problemOf(client.sendRecoveryCode({ recoveryToken, channel: 'email' }));
    expect([tooMany.status, tooMany.code]).to.deep.equal([429, 'too-many-codes']);
    // A new recovery of the same account gets no new codes either.
    const other = await client.startRecovery({ identifier: ana.email });
    expect(
      (await problemOf(client.sendRecoveryCode({ recoveryToken: other.recoveryToken, channel: 'sms' }))).code,
    ).to.equal('too-many-codes');
    const late = codeBy('email');
    portal.clock.advance(10 * MINUTE);
    expect((await problemOf(client.verifyRecoveryCode({ recoveryToken, code: late }))).code).to.equal('code-expired');
  });

  it('takes a code once: of parallel checks with the right code, one gets the question', async () => {
    const { client, recoveryToken, codeBy } = await anaRecovering();
    await client.sendRecoveryCode({ recoveryToken, channel: 'sms' });
    const code = codeBy('sms');
    const answers = await Promise.allSettled(
      Array.from({ length: 4 }, () => client.verifyRecoveryCode({ recoveryToken, code })),
    );
    expect(answers.filter((answer) => answer.status === 'fulfilled')).to.have.length(1);
    expect((await problemOf(client.verifyRecoveryCode({ recoveryToken, code }))).code).to.equal('recovery-invalid');
  });

  it('counts a burst of wrong codes before comparing any, and the right one after them finds the lock', async () => {
    const { portal, client, recoveryToken, codeBy } = await anaRecovering();
    await client.sendRecoveryCode({ recoveryToken, channel: 'sms' });
    const code = codeBy('sms');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => problemOf(client.verifyRecoveryCode({ recoveryToken, code: wrong }))),
    );
    expect(
      answers
        .filter((answer) => answer.code === 'code-invalid')
        .map((answer) => answer.attemptsRemaining)
        .sort(),
    ).to.deep.equal([1, 2, 3, 4]);
    expect(answers.filter((answer) => answer.status === 429 || answer.code === 'recovery-invalid')).to.have.length(4);
    // The lock ended this recovery: the right code finds it over.
    const locked = await problemOf(client.verifyRecoveryCode({ recoveryToken, code }));
    expect(locked.code).to.equal('recovery-invalid');
    // Starting again gives no new tries while the lock lasts.
    const again = await client.startRecovery({ identifier: ana.email });
    portal.clock.advance(30 * SECOND);
    await client.sendRecoveryCode({ recoveryToken: again.recoveryToken, channel: 'sms' });
    const paused = await problemOf(
      client.verifyRecoveryCode({ recoveryToken: again.recoveryToken, code: codeBy('sms') }),
    );
    expect([paused.status, paused.code]).to.deep.equal([429, 'locked']);
    expect(paused.retryAfter).to.be.within(14 * 60, 15 * 60);
    portal.clock.advance(15 * MINUTE);
    const later = await client.startRecovery({ identifier: ana.email });
    await client.sendRecoveryCode({ recoveryToken: later.recoveryToken, channel: 'sms' });
    const asked = await client.verifyRecoveryCode({ recoveryToken: later.recoveryToken, code: codeBy('sms') });
    expect(asked.securityQuestion.id).to.equal('first-pet');
  });

  it('closes recovery after 50 failures in a row, until the practice resets access and the patient signs up again', async () => {
    const { portal, client, request } = await verifiedSue();
    await client.createAccount(request());
    // Fifty wrong codes in a row, across locks, close recovery for the account.
    let closed: PortalProblemError | undefined;
    for (let tries = 0; tries < 51 && !closed; tries += 1) {
      const { recoveryToken } = await client.startRecovery({ identifier: sue.email });
      const wrong = await problemOf(client.verifyRecoveryCode({ recoveryToken, code: '000000' }));
      if (wrong.code === 'recovery-closed') closed = wrong;
      if ((tries + 1) % 5 === 0) portal.clock.advance(15 * MINUTE);
    }
    expect([closed?.status, closed?.practice?.name]).to.deep.equal([403, 'Riverside Family Medicine']);
    portal.clock.advance(24 * 60 * MINUTE);
    const still = await client.startRecovery({ identifier: sue.email });
    expect(
      (await problemOf(client.sendRecoveryCode({ recoveryToken: still.recoveryToken, channel: 'sms' }))).code,
    ).to.equal('recovery-closed');

    // The front desk resets her access: a new invitation, and she signs up again with it.
    const { link, pin = '' } = await portal.frontDeskInvite(sue.email);
    const token = new URL(link, location.href).searchParams.get('invitation') ?? '';
    const { registrationToken } = await client.verifyPin(token, { dateOfBirth: sue.dateOfBirth, pin });
    await client.createAccount(request({ registrationToken, password: 'Amber-Falcon-31' }));
    const open = await client.startRecovery({ identifier: sue.email });
    await client.sendRecoveryCode({ recoveryToken: open.recoveryToken, channel: 'sms' });
    const asked = await client.verifyRecoveryCode({
      recoveryToken: open.recoveryToken,
      code: lastMessage(portal, 'sms', sue.phone)?.code ?? '',
    });
    expect(asked.securityQuestion.id).to.equal('first-pet');
  });

  it('counts wrong answers, parallel ones too, and ends the recovery at the lock', async () => {
    const { client, recoveryToken, throughCode } = await anaRecovering();
    await throughCode();
    const answers = await Promise.all(
      Array.from({ length: 7 }, () => problemOf(client.answerRecoveryQuestion({ recoveryToken, answer: 'Rex' }))),
    );
    const refused = answers.filter((answer) => answer.code === 'answer-incorrect');
    expect(refused.map((answer) => answer.attemptsRemaining).sort()).to.deep.equal([1, 2, 3, 4]);
    expect(answers.filter((answer) => answer.status === 429)).to.have.length.within(1, 3);
    const after = await problemOf(client.answerRecoveryQuestion({ recoveryToken, answer: 'Canela' }));
    expect(after.code).to.equal('recovery-invalid');
  });

  it('refuses a password the policy refuses, or a recent one, and keeps the recovery for another try', async () => {
    const { portal, client, recoveryToken, throughAnswer, codeBy } = await anaRecovering();
    await throughAnswer();
    const weak = await problemOf(client.resetPassword({ recoveryToken, password: 'short' }));
    expect(weak.status).to.equal(422);
    expect(weak.errorsFor('password').map((error) => error.code)).to.include('password-too-short');
    const personal = await problemOf(client.resetPassword({ recoveryToken, password: 'Ana-Garcia-1990' }));
    expect(personal.errorsFor('password').map((error) => error.code)).to.include('password-personal-info');
    await client.resetPassword({ recoveryToken, password: newPassword });

    // She forgets it again: the password she just set is one of her recent ones.
    portal.clock.advance(30 * SECOND);
    const again = await client.startRecovery({ identifier: 'ANA.GARCIA@example.com' });
    await client.sendRecoveryCode({ recoveryToken: again.recoveryToken, channel: 'sms' });
    await client.verifyRecoveryCode({ recoveryToken: again.recoveryToken, code: codeBy('sms') });
    await client.answerRecoveryQuestion({ recoveryToken: again.recoveryToken, answer: 'Canela' });
    const reused = await problemOf(client.resetPassword({ recoveryToken: again.recoveryToken, password: newPassword }));
    expect(reused.errorsFor('password').map((error) => error.code)).to.deep.equal(['password-reused']);
    expect(reused.errorsFor('password')[0]?.message).to.equal('Choose a password you have not used recently');
    await client.resetPassword({ recoveryToken: again.recoveryToken, password: 'Amber-Falcon-31' });
  });

  it('sets the password once of parallel calls, and no recent password comes back', async () => {
    const { client, recoveryToken, throughAnswer } = await anaRecovering();
    await throughAnswer();
    const answers = await Promise.allSettled(
      ['Quiet-Harbor-58', 'Green-Valley-77', 'Amber-Falcon-31'].map((password) =>
        client.resetPassword({ recoveryToken, password }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 'fulfilled')).to.have.length(1);
    for (const answer of answers) {
      if (answer.status === 'rejected') expect((answer.reason as PortalProblemError).code).to.equal('recovery-invalid');
    }
    // The token is used up.
    expect((await problemOf(client.resetPassword({ recoveryToken, password: 'Other-Words-93' }))).code).to.equal(
      'recovery-invalid',
    );
  });

  it('ends every session of the account, tells the email and the phone, and lifts a sign-in pause', async () => {
    const { portal, client, recoveryToken, throughAnswer } = await anaRecovering();
    const elsewhere = testClient();
    elsewhere.session = await elsewhere.signIn({ username: ana.email, password: ana.password });
    // Someone else's guesses paused her sign-in.
    for (let attempt = 0; attempt < 5; attempt += 1)
      await rejection(client.signIn({ username: ana.email, password: 'Guess#1234' }));
    expect((await problemOf(client.signIn({ username: ana.email, password: ana.password }))).code).to.equal('locked');

    await throughAnswer();
    await client.resetPassword({ recoveryToken, password: newPassword });
    expect((await problemOf(elsewhere.keepalive())).status).to.equal(401);
    expect(elsewhere.unauthorized).to.equal(1);
    const email = lastMessage(portal, 'email', ana.email);
    expect(email?.subject).to.equal('Riverside Family Medicine: your password was changed');
    expect(email?.body).to.contain('(555) 201-0100');
    expect(lastMessage(portal, 'sms', anaPhone)?.body).to.equal(
      'Riverside Family Medicine: your Patient Fusion password was changed. Not you? Call (555) 201-0100.',
    );
    expect((await client.signIn({ username: ana.email, password: newPassword })).patientId).to.equal('p-c3f0a4');
  });

  it('logs each step, and never a code, an answer, a password or a token', async () => {
    const { portal, client, recoveryToken, throughAnswer } = await anaRecovering();
    await throughAnswer();
    await client.resetPassword({ recoveryToken, password: newPassword });
    const events = portal.audit.map((event) => event.event);
    expect(events).to.include.members([
      'recovery.started',
      'recovery.code-sent',
      'recovery.code-verified',
      'recovery.answered',
      'recovery.password-changed',
    ]);
    const log = JSON.stringify(portal.audit);
    const codes = portal.outbox.map((message) => message.code).filter(Boolean) as string[];
    for (const secret of [recoveryToken, newPassword, 'canela', 'Canela', ...codes]) expect(log).not.to.contain(secret);
  });

  it('never puts the recovery token in a URL', async () => {
    await freshMockPortal();
    const urls: string[] = [];
    const client = testClient({
      fetch: (input, init) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    const { recoveryToken } = await client.startRecovery({ identifier: ana.email });
    await client.sendRecoveryCode({ recoveryToken, channel: 'sms' });
    await rejection(client.verifyRecoveryCode({ recoveryToken, code: '000000' }));
    expect(urls).to.have.length(3);
    for (const url of urls) expect(url).not.to.contain(recoveryToken);
  });

  it('says what is wrong with a body, field by field', async () => {
    await freshMockPortal();
    const client = testClient();
    const empty = await problemOf(client.startRecovery({ identifier: '   ' }));
    expect(empty.errorsFor('identifier').map((error) => error.code)).to.deep.equal(['required']);
    const noToken = await problemOf(client.sendRecoveryCode({ recoveryToken: 'made-up', channel: 'sms' }));
    expect([noToken.status, noToken.code]).to.deep.equal([401, 'recovery-invalid']);
  });
});

describe('contract: username recovery', () => {
  it('sends Grace her username by email, never in the answer', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const sent = await client.recoverUsername({ contact: grace.email, dateOfBirth: grace.dateOfBirth });
    expect(sent.channel).to.equal('email');
    expect(sent.sentTo).to.equal('g•••@example.com');
    expect(JSON.stringify(sent)).not.to.contain('grace.liu');
    const email = lastMessage(portal, 'email', grace.email);
    expect(email?.subject).to.equal('Riverside Family Medicine: your username');
    expect(email?.body).to.contain('is: grace.liu@example.com');
  });

  it('texts it to the phone on record', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const sent = await client.recoverUsername({ contact: grace.phone, dateOfBirth: grace.dateOfBirth });
    expect([sent.channel, sent.sentTo]).to.deep.equal(['sms', '(•••) •••-3340']);
    expect(lastMessage(portal, 'sms', grace.phone)?.body).to.contain('grace.liu@example.com');
  });

  it('answers the same when nothing matches, and sends nothing', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const before = portal.outbox.length;
    const wrongDate = await client.recoverUsername({ contact: grace.email, dateOfBirth: '2001-09-10' });
    const nobody = await client.recoverUsername({ contact: 'nobody@example.com', dateOfBirth: grace.dateOfBirth });
    expect(Object.keys(wrongDate).sort()).to.deep.equal(['channel', 'resendAfter', 'sentTo']);
    expect(Object.keys(nobody).sort()).to.deep.equal(Object.keys(wrongDate).sort());
    expect(portal.outbox.length).to.equal(before);
  });

  it('tells a patient with no account yet how to get one', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    await client.recoverUsername({ contact: 'Sue@gmail.com', dateOfBirth: '1962-03-14' });
    expect(lastMessage(portal, 'email', 'Sue@gmail.com')?.body).to.contain('you have no account yet');
  });

  it('asks for one every 30 s and 5 an hour per email or phone, matched or not, parallel ones counted', async () => {
    const portal = await freshMockPortal();
    const client = testClient();
    const answers = await Promise.allSettled(
      Array.from({ length: 3 }, () => client.recoverUsername({ contact: grace.email, dateOfBirth: grace.dateOfBirth })),
    );
    expect(answers.filter((answer) => answer.status === 'fulfilled')).to.have.length(1);
    for (let asked = 1; asked < 5; asked += 1) {
      portal.clock.advance(30 * SECOND);
      await client.recoverUsername({ contact: 'GRACE.LIU@example.com', dateOfBirth: grace.dateOfBirth });
    }
    portal.clock.advance(30 * SECOND);
    const tooMany = await problemOf(client.recoverUsername({ contact: grace.email, dateOfBirth: grace.dateOfBirth }));
    expect([tooMany.status, tooMany.code]).to.deep.equal([429, 'too-many-codes']);
  });

  it('checks the email or phone and the date as the element does', async () => {
    await freshMockPortal();
    const client = testClient();
    const bad = await problemOf(client.recoverUsername({ contact: 'grace at home', dateOfBirth: '2999-01-01' }));
    expect(bad.errorsFor('contact').map((error) => error.code)).to.deep.equal(['contact']);
    expect(bad.errorsFor('dateOfBirth').map((error) => error.code)).to.deep.equal(['date-future']);
  });
});
