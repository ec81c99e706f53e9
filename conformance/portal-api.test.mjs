// The portal API's security rules, checked over HTTP only: point it at any portal server.
//
//   node --test conformance/                                   the mock, started here on a free port
//   PF_PORTAL_API=https://portal.example/api/portal \
//   PF_CONFORMANCE_DRIVER=./my-driver.mjs node --test conformance/
//
// Each check sends what an attacker sends (many guesses at once, replays, other content types) and counts what the
// server let through. The figures are printed at the end.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** The rules (the README's "The mock portal") that the checks count against. */
const rules = {
  identityFailuresBeforeLock: 5,
  signInFailuresBeforeLock: 5,
  /** Consecutive failures after which an invitation is void until the practice sends a new one. */
  identityFailureCap: 100,
  /** `username-taken` answers one registration token may get before it is void. */
  usernameProbesPerToken: 3,
  /** Seconds between two codes sent to one phone or email, and codes it may get in an hour. */
  codeResendAfterSeconds: 30,
  codesPerHour: 5,
  /** Minutes a code, and a recovery token, may be used for. */
  codeLifetimeMinutes: 10,
  recoveryLifetimeMinutes: 20,
};

let apiBase;
let driver;
let stop = async () => {};
const figures = [];

before(async () => {
  if (process.env.PF_PORTAL_API) {
    apiBase = process.env.PF_PORTAL_API.replace(/\/+$/, '');
    const modulePath = process.env.PF_CONFORMANCE_DRIVER;
    if (!modulePath) throw new Error('PF_CONFORMANCE_DRIVER names the driver module for PF_PORTAL_API');
    driver = (await import(pathToFileURL(resolve(modulePath)).href)).createDriver(apiBase);
  } else {
    const { serveMockPortal } = await import('../bin/pf-portal-mock.mjs');
    const running = await serveMockPortal({ port: 0 });
    apiBase = running.url;
    stop = running.close;
    driver = (await import('./mock-driver.mjs')).createDriver(apiBase);
  }
});

after(async () => {
  await stop();
  if (figures.length) {
    console.log(`\nPortal API conformance at ${apiBase}`);
    for (const line of figures) console.log(`  ${line}`);
  }
});

beforeEach(() => driver.reset());

/** One HTTP call; the answer's status, headers and JSON body (if any). */
async function call(method, path, { body, token, contentType = 'application/json', rawBody } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined || rawBody !== undefined) headers['Content-Type'] = contentType;
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers,
    ...(rawBody !== undefined ? { body: rawBody } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body: json };
}

const codeOf = (answer) => answer.body?.type?.split('/').at(-1);
const sixDigits = (n) => String(n).padStart(6, '0');
/** `count` PINs or codes that are not `right`. */
const wrongGuesses = (count, right) =>
  Array.from({ length: count + 1 }, (_, index) => sixDigits((Number(right) + 1 + index * 7919) % 1_000_000))
    .filter((guess) => guess !== right)
    .slice(0, count);
/** Wrong guesses the server compared: every one but the one that reached the limit answers 401. */
const refusedAsWrong = (answers) => answers.filter((answer) => answer.status === 401);
const succeeded = (answers) => answers.filter((answer) => answer.status === 200 || answer.status === 201);

const verifyPin = (invitation, pin) =>
  call('POST', `/invitations/${invitation.token}/verify`, { body: { dateOfBirth: invitation.dateOfBirth, pin } });
const verifyCode = (invitation, code) =>
  call('POST', `/invitations/${invitation.token}/codes/verify`, { body: { code } });
const signIn = (username, password) => call('POST', '/sessions', { body: { username, password } });
const sendCode = (invitation) =>
  call('POST', `/invitations/${invitation.token}/codes`, {
    body: { dateOfBirth: invitation.dateOfBirth, phone: invitation.phone, channel: 'sms' },
  });
const account = (registrationToken, username) => ({
  registrationToken,
  username,
  password: 'Blue-Heron-Lake-42',
  securityQuestionId: 'first-pet',
  securityAnswer: 'Biscuit',
  acceptedTerms: true,
});

// A server that compares every guess of a parallel burst and counts the failures afterwards lets the right guess
// through however late it comes; one that takes the attempt before comparing refuses it once the tries are taken.
// The right guess is sent last, so on a sound server the earlier wrong ones have taken every try by then.
describe('lockouts hold under concurrency', () => {
  it('lets no PIN through a burst of 200 parallel guesses, the right one last', async () => {
    const invitation = await driver.invitation();
    const answers = await Promise.all(
      [...wrongGuesses(199, invitation.pin), invitation.pin].map((pin) => verifyPin(invitation, pin)),
    );
    assert.equal(succeeded(answers).length, 0, 'the right PIN passed after the tries were taken');
    assert.ok(refusedAsWrong(answers).length <= rules.identityFailuresBeforeLock - 1);
    assert.ok(answers.every((answer) => answer.status === 401 || codeOf(answer) === 'locked'));
    figures.push(`PIN: 200 parallel guesses, the right one last: ${succeeded(answers).length} passed`);
  });

  it('lets no PIN through when one try is left and 61 arrive at once', async () => {
    const invitation = await driver.invitation();
    for (const pin of wrongGuesses(rules.identityFailuresBeforeLock - 1, invitation.pin)) {
      assert.equal((await verifyPin(invitation, pin)).status, 401);
    }
    const answers = await Promise.all(
      [...wrongGuesses(60, invitation.pin), invitation.pin].map((pin) => verifyPin(invitation, pin)),
    );
    assert.equal(succeeded(answers).length, 0, 'the right PIN passed with no try left');
    assert.equal(refusedAsWrong(answers).length, 0, 'more guesses were compared than tries were left');
    figures.push(`PIN with 1 try left: 61 parallel guesses, the right one last: ${succeeded(answers).length} passed`);
  });

  it('lets no code through a burst of 200 parallel guesses, the right one last', async () => {
    const invitation = await driver.invitation();
    assert.equal((await sendCode(invitation)).status, 202);
    const code = await driver.lastCode(invitation.phone);
    const answers = await Promise.all([...wrongGuesses(199, code), code].map((guess) => verifyCode(invitation, guess)));
    assert.equal(succeeded(answers).length, 0, 'the right code passed after the tries were taken');
    assert.ok(refusedAsWrong(answers).length <= rules.identityFailuresBeforeLock - 1);
    figures.push(`code: 200 parallel guesses, the right one last: ${succeeded(answers).length} passed`);
  });

  it('lets no password through a burst of 200 parallel guesses, the right one last', async () => {
    const { username, password } = await driver.account();
    const guesses = [...Array.from({ length: 199 }, (_, index) => `Wrong-Guess-${index}`), password];
    const answers = await Promise.all(guesses.map((guess) => signIn(username, guess)));
    assert.equal(succeeded(answers).length, 0, 'the right password passed after the tries were taken');
    assert.ok(refusedAsWrong(answers).length <= rules.signInFailuresBeforeLock - 1);
    figures.push(`password: 200 parallel guesses, the right one last: ${succeeded(answers).length} passed`);
  });
});

describe('account recovery holds under concurrency', () => {
  /** A recovery of the driver's account with a code texted; the code and the token. */
  async function recoveryWithCode() {
    const { identifier, phone, answer } = await driver.recoverable();
    const started = await call('POST', '/recovery', { body: { identifier } });
    assert.equal(started.status, 200);
    const { recoveryToken } = started.body;
    assert.equal((await call('POST', '/recovery/codes', { body: { recoveryToken, channel: 'sms' } })).status, 202);
    return { recoveryToken, code: await driver.lastCode(phone), answer };
  }

  it('answers alike whether or not an account matches', async () => {
    const { identifier } = await driver.recoverable();
    const known = await call('POST', '/recovery', { body: { identifier } });
    const unknown = await call('POST', '/recovery', { body: { identifier: 'nobody.at.all@example.com' } });
    assert.equal(unknown.status, known.status);
    assert.deepEqual(Object.keys(unknown.body).sort(), Object.keys(known.body).sort());
    assert.deepEqual(Object.keys(unknown.body.destinations).sort(), Object.keys(known.body.destinations).sort());
  });

  it('lets no recovery code through a burst of 200 parallel guesses, the right one last', async () => {
    const { recoveryToken, code } = await recoveryWithCode();
    const answers = await Promise.all(
      [...wrongGuesses(199, code), code].map((guess) =>
        call('POST', '/recovery/codes/verify', { body: { recoveryToken, code: guess } }),
      ),
    );
    assert.equal(succeeded(answers).length, 0, 'the right code passed after the tries were taken');
    assert.ok(
      answers.filter((answer) => codeOf(answer) === 'code-invalid').length <= rules.identityFailuresBeforeLock - 1,
    );
    figures.push(`recovery code: 200 parallel guesses, the right one last: ${succeeded(answers).length} passed`);
  });

  it('sets one password from one recovery token sent 10 times at once', async () => {
    const { recoveryToken, code, answer } = await recoveryWithCode();
    assert.equal((await call('POST', '/recovery/codes/verify', { body: { recoveryToken, code } })).status, 200);
    assert.equal((await call('POST', '/recovery/answer', { body: { recoveryToken, answer } })).status, 200);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        call('POST', '/recovery/password', { body: { recoveryToken, password: `Parallel-Heron-${index}4` } }),
      ),
    );
    const set = answers.filter((answer) => answer.status === 204);
    assert.equal(set.length, 1, `${set.length} passwords set from one recovery token`);
    figures.push(`one recovery token sent 10 times at once: ${set.length} password set`);
  });
});

describe('account recovery over time', () => {
  const start = async (identifier) => (await call('POST', '/recovery', { body: { identifier } })).body.recoveryToken;
  const sendRecoveryCode = (recoveryToken, channel = 'sms') =>
    call('POST', '/recovery/codes', { body: { recoveryToken, channel } });
  const verifyRecoveryCode = (recoveryToken, code) =>
    call('POST', '/recovery/codes/verify', { body: { recoveryToken, code } });

  it('sends one code every 30 s and 5 an hour to the phone on record, whatever words ask, the new one voiding the last', async (context) => {
    if (!driver.advanceClock) return context.skip('the driver cannot move the server clock');
    const { identifier, email, phone } = await driver.recoverable();
    const before = await driver.sentTo(phone);
    const byUsername = await start(identifier);
    assert.equal((await sendRecoveryCode(byUsername)).status, 202);
    const first = await driver.lastCode(phone);
    const soon = await Promise.all(Array.from({ length: 10 }, () => sendRecoveryCode(byUsername)));
    assert.equal(soon.filter((answer) => answer.status === 202).length, 0, 'a code went within 30 s of the last');
    // The email asks too: the answer may not tell that it is the same account's, but the phone gets no second code.
    const byEmail = await start(email);
    await sendRecoveryCode(byEmail);
    assert.equal(await driver.sentTo(phone), before + 1, 'a second code reached the phone within 30 s');
    await driver.advanceClock(rules.codeResendAfterSeconds);
    assert.equal((await sendRecoveryCode(byUsername)).status, 202);
    const second = await driver.lastCode(phone);
    assert.equal(codeOf(await verifyRecoveryCode(byUsername, first)), 'code-invalid', 'the replaced code still works');
    // Every 30 s, the username and the email in turn: still 5 an hour reach the phone.
    for (let round = 0; round < 2 * rules.codesPerHour; round += 1) {
      await driver.advanceClock(rules.codeResendAfterSeconds);
      await sendRecoveryCode(await start(round % 2 ? identifier : email));
    }
    const sent = (await driver.sentTo(phone)) - before;
    assert.equal(sent, rules.codesPerHour, `${sent} codes reached the phone in an hour`);
    assert.notEqual(second, '');
    figures.push(`recovery codes to one phone, asked by username and email every 30 s: ${sent} in an hour`);
  });

  it('lets a code expire after 10 minutes, and a recovery token after 20', async (context) => {
    if (!driver.advanceClock) return context.skip('the driver cannot move the server clock');
    const { identifier, phone } = await driver.recoverable();
    const recoveryToken = await start(identifier);
    assert.equal((await sendRecoveryCode(recoveryToken)).status, 202);
    const code = await driver.lastCode(phone);
    await driver.advanceClock(rules.codeLifetimeMinutes * 60);
    const late = await verifyRecoveryCode(recoveryToken, code);
    assert.equal(late.status, 410, `a code ${rules.codeLifetimeMinutes} minutes old answered ${late.status}`);
    await driver.advanceClock((rules.recoveryLifetimeMinutes - rules.codeLifetimeMinutes) * 60);
    const over = await sendRecoveryCode(recoveryToken);
    assert.equal(over.status, 401, `a recovery ${rules.recoveryLifetimeMinutes} minutes old answered ${over.status}`);
    assert.equal(codeOf(over), 'recovery-invalid');
  });

  it('lets no answer through a burst of 200 parallel guesses, the right one last', async () => {
    const { identifier, phone, answer } = await driver.recoverable();
    const recoveryToken = await start(identifier);
    await sendRecoveryCode(recoveryToken);
    assert.equal((await verifyRecoveryCode(recoveryToken, await driver.lastCode(phone))).status, 200);
    const guesses = [...Array.from({ length: 199 }, (_, index) => `Not-${index}`), answer];
    const answers = await Promise.all(
      guesses.map((guess) => call('POST', '/recovery/answer', { body: { recoveryToken, answer: guess } })),
    );
    assert.equal(succeeded(answers).length, 0, 'the right answer passed after the tries were taken');
    figures.push(`recovery answer: 200 parallel guesses, the right one last: ${succeeded(answers).length} passed`);
  });

  it('ends every session of the account with a new password, and tells the phone on record', async () => {
    const { identifier, password, phone, answer } = await driver.recoverable();
    const signedIn = await signIn(identifier, password);
    assert.equal(signedIn.status, 201);
    const { accessToken } = signedIn.body.session;
    const recoveryToken = await start(identifier);
    await sendRecoveryCode(recoveryToken);
    await verifyRecoveryCode(recoveryToken, await driver.lastCode(phone));
    assert.equal((await call('POST', '/recovery/answer', { body: { recoveryToken, answer } })).status, 200);
    const told = await driver.sentTo(phone);
    const reset = await call('POST', '/recovery/password', { body: { recoveryToken, password: 'Quiet-Harbor-58' } });
    assert.equal(reset.status, 204);
    const after = await call('POST', '/sessions/current/keepalive', { token: accessToken });
    assert.equal(after.status, 401, `a session from before the new password answered ${after.status}`);
    assert.ok((await driver.sentTo(phone)) > told, 'no notice went to the phone on record');
    const again = await call('POST', '/recovery/password', { body: { recoveryToken, password: 'Other-Harbor-59' } });
    assert.equal(again.status, 401, `a used recovery token answered ${again.status}`);
  });

  it('answers a forgotten username alike whether or not anything matches, and shows no username', async () => {
    const { identifier, email, dateOfBirth } = await driver.recoverable();
    const known = await call('POST', '/recovery/username', { body: { contact: email, dateOfBirth } });
    const unknown = await call('POST', '/recovery/username', {
      body: { contact: 'nobody.at.all@example.com', dateOfBirth },
    });
    assert.equal(unknown.status, known.status);
    assert.deepEqual(Object.keys(unknown.body ?? {}).sort(), Object.keys(known.body ?? {}).sort());
    assert.ok(!JSON.stringify(known.body ?? {}).includes(identifier.split('@')[0]), 'the username was in the answer');
  });
});

describe('single use holds under concurrency', () => {
  it('mints one registration token from one code sent 10 times at once', async () => {
    const invitation = await driver.invitation();
    assert.equal((await sendCode(invitation)).status, 202);
    const code = await driver.lastCode(invitation.phone);
    const answers = await Promise.all(Array.from({ length: 10 }, () => verifyCode(invitation, code)));
    assert.equal(succeeded(answers).length, 1, `${succeeded(answers).length} registration tokens from one code`);
    figures.push(`one code sent 10 times at once: ${succeeded(answers).length} registration token`);
  });

  it('creates one account from one registration token sent 10 times at once', async () => {
    const invitation = await driver.invitation();
    const verified = await verifyPin(invitation, invitation.pin);
    assert.equal(verified.status, 200);
    const { registrationToken } = verified.body;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        call('POST', '/accounts', { body: account(registrationToken, `parallel.${index}@example.com`) }),
      ),
    );
    assert.equal(succeeded(answers).length, 1, `${succeeded(answers).length} accounts from one token`);
    figures.push(`one registration token sent 10 times at once: ${succeeded(answers).length} account`);
  });
});

describe('limits over time', () => {
  it('voids an invitation after 100 consecutive failures, across lock windows', async (context) => {
    if (!driver.advanceClock) return context.skip('the driver cannot move the server clock');
    const invitation = await driver.invitation();
    const guesses = wrongGuesses(rules.identityFailureCap, invitation.pin);
    // Every 401 is a compared guess, and so is the pause that follows the last try (attemptsRemaining 1).
    let tried = 0;
    let left;
    while (tried < guesses.length) {
      const answer = await verifyPin(invitation, guesses[tried]);
      if (answer.status === 401) {
        left = answer.body.attemptsRemaining;
        tried += 1;
        continue;
      }
      if (codeOf(answer) === 'invitation-revoked') {
        tried += 1;
        break;
      }
      assert.equal(codeOf(answer), 'locked', `guess ${tried + 1} answered ${answer.status} ${codeOf(answer)}`);
      if (left === 1) tried += 1;
      left = undefined;
      await driver.advanceClock(Number(answer.headers.get('Retry-After') ?? 900));
    }
    assert.equal(tried, rules.identityFailureCap, `the invitation was void after ${tried} failures`);
    await driver.advanceClock(15 * 60);
    const right = await verifyPin(invitation, invitation.pin);
    assert.equal(right.status, 410);
    assert.equal(codeOf(right), 'invitation-revoked');
    figures.push(
      `after ${tried} failures over ${tried / rules.identityFailuresBeforeLock} lock windows the invitation is void`,
    );
  });
});

describe('enumeration', () => {
  it('voids a registration token after 3 taken usernames', async () => {
    const invitation = await driver.invitation();
    const { registrationToken } = (await verifyPin(invitation, invitation.pin)).body;
    const { username } = await driver.account();
    for (let probe = 0; probe < rules.usernameProbesPerToken; probe += 1) {
      const taken = await call('POST', '/accounts', { body: account(registrationToken, username) });
      assert.equal(taken.status, 422);
      assert.ok(taken.body.errors.some((error) => error.code === 'username-taken'));
    }
    const next = await call('POST', '/accounts', { body: account(registrationToken, 'someone.new@example.com') });
    assert.equal(next.status, 401);
    assert.equal(codeOf(next), 'registration-invalid');
    figures.push(`username probes per registration token: ${rules.usernameProbesPerToken}, then the token is void`);
  });
});

describe('transport', () => {
  it('refuses bodies that are not JSON, so a cross-site form cannot drive the API', async () => {
    const { username, password } = await driver.account();
    const json = JSON.stringify({ username, password });
    for (const [contentType, rawBody] of [
      ['text/plain', json],
      ['application/x-www-form-urlencoded', new URLSearchParams({ username, password }).toString()],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="username"\r\n\r\n${username}\r\n--x--`,
      ],
    ]) {
      const answer = await call('POST', '/sessions', { rawBody, contentType });
      assert.equal(answer.status, 415, `${contentType} answered ${answer.status}`);
      assert.equal(answer.body?.session, undefined);
    }
  });

  it('marks every answer no-store, the end of a session included', async () => {
    const { username, password } = await driver.account();
    const session = (await signIn(username, password)).body.session;
    const answers = [
      await call('POST', '/sessions/current/keepalive', { token: session.accessToken }),
      await call('DELETE', '/sessions/current', { token: session.accessToken }),
      await call('GET', '/invitations/not-a-token'),
      await signIn(username, 'Wrong-Password-1'),
    ];
    for (const answer of answers) assert.equal(answer.headers.get('Cache-Control'), 'no-store');
  });
});
