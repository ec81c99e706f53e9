import { expect } from '@open-wc/testing';
import type { PortalProblemError } from '../../src/api/index.js';
import breachedTop from '@zxcvbn-ts/language-common/dist/passwords.json.mjs';
import { MINUTE, nistPasswordPolicy } from '../../src/mocks/index.js';
import { ana, freshMockPortal, rejection, sue, testClient, verifiedSue } from '../helpers/mock-portal.js';

const problemOf = async (promise: Promise<unknown>) => (await rejection(promise)) as PortalProblemError;

const fieldCodes = (problem: PortalProblemError, field: string) => problem.errorsFor(field).map((error) => error.code);

describe('contract: security questions and password policy', () => {
  it('lists the security questions in English and in Spanish', async () => {
    await freshMockPortal();
    const english = await testClient({ locale: 'en-US' }).getSecurityQuestions();
    const spanish = await testClient({ locale: 'es-MX,es;q=0.9' }).getSecurityQuestions();
    expect(english.length).to.be.at.least(4);
    // None whose answer is public record or a search away.
    expect(english.map((question) => question.text).join(' ')).to.not.match(/maiden|born|city/i);
    expect(english.map((question) => question.id)).to.deep.equal(spanish.map((question) => question.id));
    expect(english[0]?.text).to.equal('What was the name of your first pet?');
    expect(spanish[0]?.text).to.equal('¿Cómo se llamaba su primera mascota?');
  });

  it('publishes the password policy of the seed', async () => {
    await freshMockPortal();
    expect(await testClient().getPasswordPolicy()).to.deep.equal({
      minLength: 8,
      maxLength: 128,
      requireUppercase: true,
      requireNumberOrSymbol: true,
      disallowCommon: true,
      disallowPersonalInfo: true,
    });
  });
});

describe('contract: creating the account', () => {
  it('creates the account, answers a session and uses up the invitation', async () => {
    const { client, token, request } = await verifiedSue();
    const session = await client.createAccount(request());
    expect(session.accessToken).to.match(/^[A-Za-z0-9_-]{22,}$/);
    expect(session.patientId).to.equal('p-4a1e7c');
    expect(session.idleTimeoutSeconds).to.equal(900);
    expect((await problemOf(client.getInvitation(token))).code).to.equal('invitation-used');
    const signedIn = await client.signIn({ username: 'sue@GMAIL.com', password: 'Blue-Heron-42' });
    expect(signedIn.patientId).to.equal('p-4a1e7c');
  });

  it('uses a registration token once', async () => {
    const { client, request } = await verifiedSue();
    await client.createAccount(request());
    const again = await problemOf(client.createAccount(request({ username: 'sue.miller' })));
    expect(again.status).to.equal(401);
    expect(again.code).to.equal('registration-invalid');
  });

  it('lets a registration token expire after 30 minutes', async () => {
    const { portal, client, request } = await verifiedSue();
    portal.clock.advance(30 * MINUTE);
    const problem = await problemOf(client.createAccount(request()));
    expect(problem.status).to.equal(401);
    expect(problem.code).to.equal('registration-invalid');
  });

  it('refuses a username already taken, whatever its case or Unicode form', async () => {
    const { client, request } = await verifiedSue();
    for (const username of [ana.email, 'ANA.GARCIA@EXAMPLE.COM', 'ａｎａ.garcia@example.com']) {
      const problem = await problemOf(client.createAccount(request({ username })));
      expect(problem.status).to.equal(422);
      expect(fieldCodes(problem, 'username')).to.deep.equal(['username-taken']);
    }
  });

  it('folds case in full: once Sue is straße, Walter cannot be STRASSE', async () => {
    const { portal, client, request } = await verifiedSue();
    await client.createAccount(request({ username: 'sue.straße@example.com' }));
    // Walter's link had expired: the front desk sends him a new one, with a new PIN.
    const { link, pin = '' } = await portal.frontDeskInvite('walter.brooks@example.com');
    const walterToken = new URL(link, location.href).searchParams.get('invitation') ?? '';
    const { registrationToken } = await client.verifyPin(walterToken, { dateOfBirth: '1948-05-30', pin });
    const problem = await problemOf(
      client.createAccount(request({ registrationToken, username: 'SUE.STRASSE@example.com' })),
    );
    expect(fieldCodes(problem, 'username')).to.deep.equal(['username-taken']);
  });

  it('keeps each patient’s email on record for that patient', async () => {
    const { client, request } = await verifiedSue();
    const problem = await problemOf(client.createAccount(request({ username: 'Marcus.Reed@example.com' })));
    expect(fieldCodes(problem, 'username')).to.deep.equal(['username-taken']);
    // Her own email is hers to take.
    expect((await client.createAccount(request({ username: 'sue@GMAIL.com' }))).accessToken).to.be.a('string');
  });

  it('counts and hashes the password after NFKC, and refuses a lone surrogate instead of collapsing it', async () => {
    const { client, request } = await verifiedSue();
    const lone = await problemOf(client.createAccount(request({ password: 'Blue-Heron-42\ud800' })));
    expect(fieldCodes(lone, 'password')).to.deep.equal(['password-characters']);
    expect(lone.errorsFor('password')[0]?.message).to.contain('cannot be used');
    const composed = 'Caf\u00e9-Heron-42';
    await client.createAccount(request({ password: composed }));
    const decomposed = composed.normalize('NFD');
    expect(decomposed).to.not.equal(composed);
    const session = await testClient().signIn({ username: 'Sue@gmail.com', password: decomposed });
    expect(session.accessToken).to.be.a('string');
  });

  it('never signs in with a lone surrogate where the password has the U+FFFD encoding would make of it', async () => {
    const { client, request } = await verifiedSue();
    await client.createAccount(request({ password: 'Blue-Heron-42\ufffd' }));
    const problem = await problemOf(
      testClient().signIn({ username: 'Sue@gmail.com', password: 'Blue-Heron-42\ud800' }),
    );
    expect(problem.code).to.equal('invalid-credentials');
    const session = await testClient().signIn({ username: 'Sue@gmail.com', password: 'Blue-Heron-42\ufffd' });
    expect(session.accessToken).to.be.a('string');
  });

  it('applies the username rules', async () => {
    const { client, request } = await verifiedSue();
    const cases: [string, string][] = [
      ['su', 'too-short'],
      ['s'.repeat(65), 'too-long'],
      ['sue miller', 'username-characters'],
      ['', 'required'],
    ];
    for (const [username, code] of cases) {
      expect(fieldCodes(await problemOf(client.createAccount(request({ username }))), 'username')).to.deep.equal([
        code,
      ]);
    }
  });

  it('applies each password rule, counting Unicode code points', async () => {
    const { client, request } = await verifiedSue();
    const cases: [string, string[]][] = [
      ['Sh0rt!', ['password-too-short', 'password-common']],
      ['lowercase-only-42', ['password-uppercase']],
      ['NoNumbersOrSymbols', ['password-number-or-symbol']],
      [`A1${'x'.repeat(127)}`, ['password-too-long']],
      ['Password1!', ['password-common']],
      ['Welcome2024', ['password-common']],
      ['Miller-Heron#9', ['password-personal-info']],
      ['Sue-Heron#03141962', ['password-personal-info']],
      ['Sue@gmail.com1', ['password-personal-info']],
      ['A1🙂🙂🙂🙂', ['password-too-short']],
      ['', ['required']],
    ];
    for (const [password, codes] of cases) {
      const problem = await problemOf(client.createAccount(request({ password })));
      expect(fieldCodes(problem, 'password'), password).to.deep.equal(codes);
    }
    // Eight code points, though more UTF-16 units: long enough.
    expect((await client.createAccount(request({ password: 'A1🙂🙂🙂🙂🙂🙂' }))).patientId).to.equal('p-4a1e7c');
  });

  it('wants a security answer of at least 3 characters, a known question and the terms', async () => {
    const { client, request } = await verifiedSue();
    const problem = await problemOf(
      client.createAccount({
        ...request({ securityAnswer: ' ab ', securityQuestionId: 'favorite-color' }),
        acceptedTerms: false as true,
      }),
    );
    expect(fieldCodes(problem, 'securityAnswer')).to.deep.equal(['too-short']);
    expect(fieldCodes(problem, 'securityQuestionId')).to.deep.equal(['unknown-question']);
    expect(fieldCodes(problem, 'acceptedTerms')).to.deep.equal(['terms-not-accepted']);
    expect(problem.fieldErrors.every((error) => error.message.length > 0)).to.equal(true);
  });

  it('refuses the breached list’s top 101 passwords made to meet the rules, as people make them', async () => {
    const { client, request } = await verifiedSue();
    // As people meet "an uppercase letter, a number or symbol": a capital first, then 1! if the rules still want it.
    const meetingTheRules = breachedTop
      .slice(0, 400)
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .map((word) => (/[\p{N}\p{P}\p{S}]/u.test(word) ? word : `${word}1!`))
      .filter((word) => /\p{Lu}/u.test(word) && [...word].length >= 8)
      .slice(0, 101);
    expect(meetingTheRules).to.have.length(101);
    const accepted: string[] = [];
    for (const password of meetingTheRules) {
      const problem = await problemOf(client.createAccount(request({ password })));
      if (!fieldCodes(problem, 'password').includes('password-common')) accepted.push(password);
    }
    expect(accepted).to.deep.equal([]);
    for (const password of ['P@ssw0rd1', 'Sunsh1ne2024!', 'Dr@gon#2024', 'Contraseña1!']) {
      expect(fieldCodes(await problemOf(client.createAccount(request({ password }))), 'password'), password).to.include(
        'password-common',
      );
    }
  });

  it('refuses the words of this site and practice, and the patient’s own in leetspeak or any date layout', async () => {
    const { client, request } = await verifiedSue();
    const cases: [string, string][] = [
      ['PatientFusion1', 'password-context'],
      ['Patient-Fusion-2024', 'password-context'],
      ['RiversideFamily1', 'password-context'],
      ['R1vers1de#Clinic', 'password-context'],
      ['M1ller#Garden', 'password-personal-info'],
      ['Blue-Heron-1962', 'password-personal-info'],
      ['Heron#3141962', 'password-personal-info'],
      ['Heron#140362', 'password-personal-info'],
      ['Heron#620314', 'password-personal-info'],
    ];
    for (const [password, code] of cases) {
      expect(fieldCodes(await problemOf(client.createAccount(request({ password }))), 'password'), password).to.include(
        code,
      );
    }
  });

  it('follows the NIST policy when the portal publishes it: 15 characters, no composition rules', async () => {
    const { portal, client, request } = await verifiedSue();
    Object.assign(portal.passwordPolicy, nistPasswordPolicy);
    expect(await client.getPasswordPolicy()).to.deep.include({ minLength: 15, requireUppercase: false });
    const short = await problemOf(client.createAccount(request({ password: 'Blue-Heron-42' })));
    expect(fieldCodes(short, 'password')).to.deep.equal(['password-too-short']);
    const breached = await problemOf(client.createAccount(request({ password: 'passwordpassword' })));
    expect(fieldCodes(breached, 'password')).to.include('password-common');
    const session = await client.createAccount(request({ password: 'quiet heron by the lake' }));
    expect(session.patientId).to.equal('p-4a1e7c');
  });

  it('caps a security answer at 200 characters', async () => {
    const { client, request } = await verifiedSue();
    const problem = await problemOf(client.createAccount(request({ securityAnswer: 'b'.repeat(201) })));
    expect(fieldCodes(problem, 'securityAnswer')).to.deep.equal(['too-long']);
    expect((await client.createAccount(request({ securityAnswer: 'b'.repeat(200) }))).accessToken).to.be.a('string');
  });

  it('writes field messages in Spanish when asked', async () => {
    const { request } = await verifiedSue();
    const problem = await problemOf(testClient({ locale: 'es' }).createAccount(request({ password: 'corta' })));
    expect(problem.title).to.equal('Parte de la información necesita corrección');
    expect(problem.errorsFor('password')[0]?.message).to.equal('La contraseña es demasiado corta');
  });

  it('keeps secrets only hashed and out of the audit log', async () => {
    const { portal, client, request } = await verifiedSue();
    await client.createAccount(request());
    const state = JSON.stringify(portal.snapshot().accounts) + JSON.stringify(portal.snapshot().secrets);
    const audit = JSON.stringify(portal.audit);
    for (const secret of ['Blue-Heron-42', 'Biscuit', 'biscuit', sue.pin]) {
      expect(state).to.not.contain(secret);
      expect(audit).to.not.contain(secret);
    }
    expect(portal.audit.map((event) => event.event)).to.include.members([
      'identity.verified',
      'account.created',
      'session.started',
    ]);
  });
});
