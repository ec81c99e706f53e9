/** The seed's walk through registration, from the mock inbox to the records, as DESIGN section 1 tells it. */
import { expect, test } from './fixtures.js';
import {
  expectAccountScreen,
  expectLinkScreen,
  expectRecords,
  expectWelcome,
  expectVerifyScreen,
  followRegistrationEmail,
  newestMessage,
  openDeveloperTools,
  readCode,
  signOut,
  sueRecords,
  verifyWithPin,
} from './walk.js';

test('Sue registers from her email with her date of birth and PIN, through a reload, reads her records, and cannot reuse the link', async ({
  page,
  patient,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Care for every stage of life/);
  await patient.expectAccessible('home');

  const link = await followRegistrationEmail(patient, 'Sue@gmail.com');
  await expectVerifyScreen(patient);

  await verifyWithPin(patient, '03/14/1962', '482913');
  await expectAccountScreen(patient, 'Sue@gmail.com');

  // She reloads the page: the registration goes on from her link, and says why she verifies again.
  await page.reload();
  await expect(page.getByText('Your registration was interrupted before the account was created.')).toBeVisible();
  await expect(page.getByText('Step 1 of 2')).toBeVisible();
  await patient.expectAccessible('verify, after a reload');
  await verifyWithPin(patient, '03/14/1962', '482913');

  await expectAccountScreen(patient, 'Sue@gmail.com');
  await patient.fill(page.getByLabel('Create password', { exact: true }), 'Bluebird#Lake-7x');
  await expect(page.getByText('All password rules are met.')).toBeAttached();
  await patient.fill(page.getByLabel('Retype password', { exact: true }), 'Bluebird#Lake-7x');
  await patient.select(page.getByLabel('Select a security question'), 'What was the name of your first pet?');
  await patient.fill(page.getByLabel('Enter your answer'), 'Biscuit');
  await patient.expectAccessible('account, filled in');
  await patient.press(page.getByRole('button', { name: 'Access your records' }));
  await expectWelcome(patient, 'Sue@gmail.com');

  await expectRecords(patient, 'Sue Miller', sueRecords);
  await signOut(patient, 'Sue Miller');

  // The same link again, from the same email: the invitation was used, so its screen says so and offers sign-in.
  await page.goto('/');
  await openDeveloperTools(patient);
  const again = newestMessage(patient, 'email', 'Sue@gmail.com').getByRole('link', { name: 'Create your account' });
  expect(await again.getAttribute('href')).toBe(link);
  await patient.press(again);
  await expectLinkScreen(patient, 'This link was already used');
  await patient.press(page.getByRole('link', { name: 'Sign in', exact: true }));
  await expect(page.getByRole('heading', { name: 'Sign in to your health records' })).toBeVisible();
});

test('Marcus verifies by phone with a text code, then again by voice after asking for a new code', async ({
  page,
  patient,
}) => {
  // The patient waits for the 30 seconds before a new code may be sent: the page's clock moves instead.
  await page.clock.install();
  await page.goto('/');
  const phone = '(555) 310-8820';

  const askForCode = async () => {
    await expectVerifyScreen(patient);
    // Marcus has no PIN: the phone is the only way, so there is no choice to make.
    await expect(page.getByRole('radio', { name: 'PIN' })).toHaveCount(0);
    await patient.fill(page.getByLabel('Patient’s date of birth'), '11/02/1979');
    await patient.fill(page.getByLabel('Patient’s phone # from his/her doctor’s record'), '5553108820');
    await expect(page.getByLabel('Patient’s phone # from his/her doctor’s record')).toHaveValue(phone);
    await patient.choose(page.getByRole('radio', { name: 'Text' }).first());
    await patient.press(page.getByRole('button', { name: 'Continue' }));
    await expect(page.getByRole('heading', { name: 'Enter your security code' })).toBeFocused();
    await expect(
      page.getByText(/If this number matches our records, we sent a text message with a 6-digit code to/),
    ).toBeVisible();
    await patient.expectAccessible('security code');
  };

  // By text.
  const link = await followRegistrationEmail(patient, 'marcus.reed@example.com');
  await askForCode();
  const textCode = await readCode(patient, 'sms', phone);
  await patient.fill(page.getByLabel('Security code'), textCode);
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await expectAccountScreen(patient, 'marcus.reed@example.com');

  // The link still works until the account exists. This time the text is not enough: a new code by voice. The
  // portal sends no new code within 30 seconds of the last one, whichever screen asks.
  await page.clock.fastForward('00:31');
  await page.goto(link);
  await askForCode();
  const firstCode = await readCode(patient, 'sms', phone);
  await expect(page.getByRole('button', { name: 'Send a new code' })).toBeDisabled();
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
  await patient.choose(page.getByRole('group', { name: 'Send the new code by' }).getByRole('radio', { name: 'Voice' }));
  await patient.press(page.getByRole('button', { name: 'Send a new code' }));
  await expect(
    page.getByText(/If this number matches our records, we are calling .* to read you a 6-digit code/),
  ).toBeVisible();
  const voiceCode = await readCode(patient, 'voice', phone);

  // The code sent before is void now.
  await patient.fill(page.getByLabel('Security code'), firstCode);
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await expect(page.getByText(/That code is not correct/).first()).toBeVisible();
  await patient.expectAccessible('security code, wrong');
  await patient.fill(page.getByLabel('Security code'), voiceCode);
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await expectAccountScreen(patient, 'marcus.reed@example.com');
});
