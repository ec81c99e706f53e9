/** A returning patient signs in on the portal page and reads her records. */
import { expect, test } from './fixtures.js';
import { afterHashing, backToAllRecords, expectRecords, openDeveloperTools, openSection, signOut } from './walk.js';

test('Ana, already registered, signs in, reads her records in Spanish, the language she prefers, and signs out', async ({
  page,
  patient,
}) => {
  await page.goto('/');
  await patient.press(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patient portal' }));
  await expect(page.getByRole('heading', { name: 'Sign in to your health records' })).toBeVisible();
  await patient.expectAccessible('sign-in');

  await patient.fill(page.getByLabel('Email address or username'), 'ana.garcia@example.com');
  await patient.fill(page.getByLabel('Password', { exact: true }), 'Riverside#2024');
  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));

  // Focus goes with the patient to the records: a screen reader reads where she now is. Her record says she prefers
  // Spanish, and the page fixed no language: her portal speaks Spanish, her record's own words with it.
  await expect(page.getByRole('heading', { name: 'Registros de salud de Ana García' })).toBeFocused(afterHashing);
  await expect(page.locator('pf-portal')).toHaveAttribute('lang', 'es');
  await expectRecords(patient, 'Ana García', [['Diagnósticos', 'Asma intermitente leve'] as const], 'es');
  await signOut(patient, 'Ana García', 'es');
});

test('Ana is signed out after 15 minutes without activity, and the sign-in form says so', async ({ page, patient }) => {
  await page.goto('/portal.html');
  await patient.fill(page.getByLabel('Email address or username'), 'ana.garcia@example.com');
  await patient.fill(page.getByLabel('Password', { exact: true }), 'Riverside#2024');
  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));
  await expect(page.getByRole('heading', { name: 'Registros de salud de Ana García' })).toBeFocused(afterHashing);

  // Ana leaves the tablet: the developer tools move the mock's clock, which the page's idle limit runs on.
  await openDeveloperTools(patient);
  await patient.press(page.getByRole('button', { name: 'Move the clock 15 minutes' }));
  await expect(
    page.getByText('You were signed out after 15 minutes without activity. Sign in again to continue.'),
  ).toBeVisible();
  await expect(page.getByLabel('Email address or username')).toHaveValue('');
  await expect(page.locator('pf-portal').getByText('Ana García')).toHaveCount(0);
  await patient.press(page.getByRole('button', { name: 'Close the developer tools' }));
  await patient.expectAccessible('sign-in after an idle sign-out');

  // The page's own language switch: the portal speaks Spanish for the rest of the visit.
  await patient.press(page.getByRole('button', { name: 'Español' }));
  await expect(page.getByRole('heading', { name: 'Inicie sesión para ver sus registros de salud' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  await patient.expectAccessible('sign-in, in Spanish by the page’s switch');
});

test('Grace reads the portal in Vietnamese, the pack the page registers, from sign-in to her records', async ({
  page,
  patient,
}) => {
  await page.goto('/portal.html');
  await patient.press(page.getByRole('button', { name: 'Tiếng Việt' }));
  // The pack is fetched now, the first time the portal speaks Vietnamese.
  await expect(page.getByRole('heading', { name: 'Đăng nhập để xem hồ sơ sức khỏe của quý vị' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
  await patient.press(page.getByRole('button', { name: 'Đăng nhập', exact: true }));
  await expect(page.locator('#username-error')).toHaveText(
    'Vui lòng nhập địa chỉ email hoặc tên người dùng của quý vị.',
  );
  await patient.expectAccessible('sign-in in Vietnamese, its fields left empty');
  await patient.fill(page.getByLabel('Địa chỉ email hoặc tên người dùng'), 'grace.liu@example.com');
  await patient.fill(page.getByLabel('Mật khẩu', { exact: true }), 'Riverside#2024');
  await patient.press(page.getByRole('button', { name: 'Đăng nhập', exact: true }));
  await expect(page.getByRole('heading', { name: 'Hồ sơ sức khỏe của Grace Liu' })).toBeFocused(afterHashing);
  await patient.expectAccessible('records in Vietnamese');
});

test('Harold searches his thousands of lab results for A1c and reads its history', async ({ page, patient }) => {
  await page.goto('/');
  await patient.press(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patient portal' }));
  await patient.fill(page.getByLabel('Email address or username'), 'harold.whitaker@example.com');
  await patient.fill(page.getByLabel('Password', { exact: true }), 'Riverside#2024');
  await patient.press(page.getByRole('button', { name: 'Sign in', exact: true }));
  // His name comes with his record, 6,010 lab results the mock builds on first reading: on a loaded machine, that
  // may take longer than a page's usual wait.
  await expect(page.getByRole('heading', { name: 'Health records of Harold Whitaker' })).toBeFocused({
    timeout: 30_000,
  });

  const labs = await openSection(patient, 'Lab results');
  await patient.fill(labs.getByLabel('Filter by test name'), 'A1c');
  // The search runs on the server, over every result: its count is of the whole record, not of a page.
  await expect(labs.getByRole('status').filter({ hasText: 'in all your results' })).toContainText(
    /\d+ results for “A1c” in all your results/,
  );
  await patient.expectAccessible('lab results: search');

  await patient.press(labs.getByRole('button', { name: 'Hemoglobin A1c' }).first());
  const chart = labs.getByRole('img', { name: /^Chart of Hemoglobin A1c: \d+ values from/ });
  await expect(chart).toBeVisible();
  await expect(labs.getByRole('heading', { name: 'Hemoglobin A1c over time' })).toBeFocused();
  const table = labs.getByRole('table', { name: 'Every result of Hemoglobin A1c, newest first' });
  await expect(table.getByRole('row')).not.toHaveCount(0);
  await patient.expectAccessible('lab results: a test over time');

  await patient.press(labs.getByRole('button', { name: 'Back to lab results' }));
  await expect(labs.getByRole('button', { name: 'Hemoglobin A1c' }).first()).toBeFocused();
  await backToAllRecords(patient);
  await signOut(patient, 'Harold Whitaker');
});
