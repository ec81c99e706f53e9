/** Patients who forgot their password or username get back in by themselves, from the sign-in form. */
import { expect, test } from './fixtures.js';
import { afterHashing, newestMessage, openDeveloperTools, readCode } from './walk.js';

test('Ana forgets her password, recovers it by a text and her security question, and signs in with the new one', async ({
  page,
  patient,
}) => {
  await page.goto('/portal.html');
  await patient.fill(page.getByLabel('Email address or username'), 'ana.garcia@example.com');
  await patient.press(page.getByRole('button', { name: 'Forgot your password?' }));
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeFocused();
  await expect(page.getByLabel('Email address or username')).toHaveValue('ana.garcia@example.com');
  await patient.expectAccessible('recovery: the username');
  await patient.press(page.getByRole('button', { name: 'Continue' }));

  await expect(page.getByRole('heading', { name: 'Choose where to get a code' })).toBeFocused();
  await patient.choose(page.getByLabel('Text message to (•••) •••-1187'));
  await patient.expectAccessible('recovery: where the code goes');
  await patient.press(page.getByRole('button', { name: 'Send code' }));
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeFocused(afterHashing);
  await expect(page.getByText('If an account matches, we texted a code to (•••) •••-1187.')).toBeVisible();
  const code = await readCode(patient, 'sms', '(555) 402-1187');
  await patient.fill(page.getByLabel('Security code'), code);
  await patient.press(page.getByRole('button', { name: 'Continue' }));

  // The question only now, after the code.
  await expect(page.getByRole('heading', { name: 'Answer your security question' })).toBeFocused(afterHashing);
  await patient.fill(page.getByLabel('What was the name of your first pet?'), 'Canela');
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeFocused(afterHashing);
  await patient.fill(page.getByLabel('New password', { exact: true }), 'Quiet-Harbor-58');
  await patient.fill(page.getByLabel('Retype new password'), 'Quiet-Harbor-58');
  await patient.expectAccessible('recovery: a new password');
  await patient.press(page.getByRole('button', { name: 'Change password' }));
  await expect(page.getByRole('heading', { name: 'Your password was changed' })).toBeVisible(afterHashing);

  // The notice went to her email, with the practice's phone.
  await openDeveloperTools(patient);
  await expect(newestMessage(patient, 'email', 'ana.garcia@example.com')).toContainText('was changed');
  await patient.press(page.getByRole('button', { name: 'Close the developer tools' }));

  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));
  await expect(page.getByText('Your password was changed. Sign in with your new password.')).toBeFocused();
  await patient.fill(page.getByLabel('Password', { exact: true }), 'Quiet-Harbor-58');
  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));
  await expect(page.getByRole('heading', { name: 'Registros de salud de Ana García' })).toBeFocused(afterHashing);
});

test('Grace forgets her username, and it comes by email, never to the screen', async ({ page, patient }) => {
  await page.goto('/portal.html');
  await patient.press(page.getByRole('button', { name: 'Forgot your username?' }));
  await expect(page.getByRole('heading', { name: 'Find your username' })).toBeFocused();
  await patient.fill(page.getByLabel('Email address or phone number'), 'grace.liu@example.com');
  await patient.fill(page.getByLabel('Date of birth'), '09/09/2001');
  await patient.expectAccessible('username recovery');
  await patient.press(page.getByRole('button', { name: 'Send my username' }));
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeFocused();
  await expect(page.getByText('we sent its username to g•••@example.com')).toBeVisible();
  await openDeveloperTools(patient);
  await expect(newestMessage(patient, 'email', 'grace.liu@example.com')).toContainText('is: grace.liu@example.com');
});

test('Harold’s sign-in pauses after too many tries; a new password by recovery lets him in at once', async ({
  page,
  patient,
}) => {
  await page.goto('/portal.html');
  await patient.fill(page.getByLabel('Email address or username'), 'harold.whitaker@example.com');
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await patient.fill(page.getByLabel('Password', { exact: true }), 'Wrong#Pass1');
    await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));
    await expect(page.getByText(attempt < 4 ? 'not correct' : 'sign-in is paused')).toBeVisible(afterHashing);
  }
  await expect(page.getByText('To sign in now, reset your password: a new password lifts the pause.')).toBeVisible();

  await patient.press(page.getByRole('button', { name: 'Forgot your password?' }));
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await patient.choose(page.getByLabel('Email to h•••@example.com'));
  await patient.press(page.getByRole('button', { name: 'Send code' }));
  // The patient goes on once the code's screen is there (and has taken focus), as anyone waits for a page.
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeFocused(afterHashing);
  const code = await readCode(patient, 'email', 'harold.whitaker@example.com');
  await patient.fill(page.getByLabel('Security code'), code);
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await patient.fill(page.getByLabel('What was the name of your first school?'), 'lincoln elementary');
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await patient.fill(page.getByLabel('New password', { exact: true }), 'Amber-Falcon-31');
  await patient.fill(page.getByLabel('Retype new password'), 'Amber-Falcon-31');
  await patient.press(page.getByRole('button', { name: 'Change password' }));
  await expect(page.getByRole('heading', { name: 'Your password was changed' })).toBeVisible(afterHashing);
  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));
  await patient.fill(page.getByLabel('Password', { exact: true }), 'Amber-Falcon-31');
  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));
  await expect(page.getByRole('heading', { name: 'Health records of Harold Whitaker' })).toBeFocused({
    timeout: 30_000,
  });
});
