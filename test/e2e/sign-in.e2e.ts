/** A returning patient signs in on the portal page and reads her records. */
import { expect, test } from './fixtures.js';
import { expectRecords, signOut } from './walk.js';

test('Ana, already registered, signs in, reads her records and signs out', async ({ page, patient }) => {
  await page.goto('/');
  await patient.press(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patient portal' }));
  await expect(page.getByRole('heading', { name: 'Sign in to your health records' })).toBeVisible();
  await patient.expectAccessible('sign-in');

  await patient.fill(page.getByLabel('Email address or username'), 'ana.garcia@example.com');
  await patient.fill(page.getByLabel('Password', { exact: true }), 'Riverside#2024');
  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));

  // Focus goes with the patient to the records: a screen reader reads where she now is.
  await expect(page.getByRole('heading', { name: /health records/i })).toBeFocused();
  await expectRecords(patient, 'Ana García', [['Diagnoses', 'Asma intermitente leve'] as const]);
  await signOut(patient, 'Ana García');
});
