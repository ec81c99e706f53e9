/** The developer panel's front desk and faults, as the practice's staff and a bad network would use them. */
import { expect, test } from './fixtures.js';
import {
  expectAccountScreen,
  expectLinkScreen,
  expectVerifyScreen,
  followRegistrationEmail,
  openDeveloperTools,
} from './walk.js';

test('Walter’s expired link says whom to call; the front desk sends a new one with a new PIN, which works through an outage', async ({
  page,
  patient,
}) => {
  await page.goto('/');
  const expiredLink = await followRegistrationEmail(patient, 'walter.brooks@example.com');
  await expectLinkScreen(patient, 'This link has expired');

  // The front desk enables him again: a new email, and a PIN the staff read to him.
  await openDeveloperTools(patient);
  await patient.select(page.getByLabel('Enable a patient for the portal'), 'Walter Brooks (walter.brooks@example.com)');
  await patient.press(page.getByRole('button', { name: 'Send a new invitation' }));
  const desk = page.getByRole('status').filter({ hasText: 'Invitation email sent to Walter Brooks' });
  await expect(desk).toContainText('The previous link no longer works.');
  const pin = (await desk.textContent())?.match(/PIN: (\d{6})/)?.[1];
  expect(pin, 'the PIN the front desk hands over').toBeTruthy();
  await patient.expectAccessible('front desk');

  const link = await followRegistrationEmail(patient, 'walter.brooks@example.com');
  expect(link).not.toBe(expiredLink);
  await expectVerifyScreen(patient);

  // The network drops as he presses Continue: he is told, and nothing he typed is lost.
  await openDeveloperTools(patient);
  await patient.press(page.getByRole('button', { name: 'Offline' }));
  await patient.press(page.getByRole('button', { name: 'Close the developer tools' }));
  await patient.fill(page.getByLabel('Patient’s date of birth'), '05/30/1948');
  await patient.fill(page.getByLabel('PIN received from patient’s doctor'), pin!);
  await patient.press(page.getByRole('button', { name: 'Continue' }));
  await expect(page.getByText('We could not reach the patient portal. Check your internet connection')).toBeVisible();
  await expect(page.getByLabel('Patient’s date of birth')).toHaveValue('05/30/1948');
  await expect(page.getByLabel('PIN received from patient’s doctor')).toHaveValue(pin!);
  await patient.expectAccessible('verify, offline');

  await openDeveloperTools(patient);
  await patient.press(page.getByRole('button', { name: 'Clear faults' }));
  await patient.press(page.getByRole('button', { name: 'Close the developer tools' }));
  await patient.press(page.getByRole('button', { name: 'Try again' }));
  await expectAccountScreen(patient, 'walter.brooks@example.com');

  // The link the front desk replaced no longer opens the portal.
  await page.goto(expiredLink);
  await expect(page.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
});
