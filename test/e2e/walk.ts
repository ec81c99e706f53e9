/** The screens of the demo as steps of a patient's walk, each checked with axe once it has settled. */
import { expect, type Patient } from './fixtures.js';

/** Sue Miller's record, one seeded entry per section (DESIGN section 5). */
export const sueRecords = [
  ['Diagnoses', 'Type 2 diabetes'],
  ['Medications', 'Metformin 500 mg tablet'],
  ['Immunizations', 'Shingles vaccine (Shingrix)'],
  ['Allergies', 'Penicillin'],
  ['Procedures', 'Gallbladder removal (laparoscopic)'],
  ['Care plans', 'Type 2 diabetes care plan'],
  ['Lab results', 'Hemoglobin A1c'],
  ['Appointments', 'Blood pressure check'],
] as const;

/**
 * The wait for the screen that follows a step on which the mock hashes what the patient typed (PBKDF2 at 600,000
 * iterations per secret: the PIN, or the new password and security answer, in the page's worker). On two busy cores
 * with three walks at once, that alone can take longer than a page's usual wait.
 */
export const afterHashing = { timeout: 30_000 } as const;

/** Opens the developer panel above the practice's pages, unless it is open already. */
export async function openDeveloperTools(patient: Patient): Promise<void> {
  const { page } = patient;
  const open = page.getByRole('button', { name: 'Open the mock inbox and controls' });
  const close = page.getByRole('button', { name: 'Close the developer tools' });
  await expect(open.or(close)).toBeVisible();
  if (await open.isVisible()) await patient.press(open);
  await expect(page.getByRole('heading', { name: 'Mock inbox' })).toBeVisible();
}

/** The newest message of a kind to an address in the mock inbox. */
export const newestMessage = (patient: Patient, kind: 'email' | 'sms' | 'voice', to: string) =>
  patient.page
    .locator(`.devtools-message-${kind}`)
    .filter({ hasText: `to ${to}` })
    .first();

/** Reads the code of the newest text message, voice call or email to a phone number or an address. */
export async function readCode(patient: Patient, kind: 'sms' | 'voice' | 'email', to: string): Promise<string> {
  await openDeveloperTools(patient);
  const message = newestMessage(patient, kind, to);
  await expect(message).toBeVisible();
  const code = (await message.locator('.devtools-code').textContent())?.match(/\d{6}/)?.[0];
  expect(code, `a code in the ${kind} message`).toBeTruthy();
  await patient.press(patient.page.getByRole('button', { name: 'Close the developer tools' }));
  return code!;
}

/** Follows the "Create your account" button of the newest registration email to an address; returns its URL. */
export async function followRegistrationEmail(patient: Patient, email: string): Promise<string> {
  const { page } = patient;
  await openDeveloperTools(patient);
  await patient.expectAccessible('developer tools');
  const link = newestMessage(patient, 'email', email).getByRole('link', { name: 'Create your account' });
  const href = await link.getAttribute('href');
  // The navigation to the link itself: the element takes the token out of the address as soon as it runs, so the
  // address may be back to what it was by the time it is looked at.
  const navigated = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame() && frame.url() === href);
  await patient.press(link);
  await navigated;
  return href!;
}

/**
 * The screen of a registration link that no longer works, in place of the identity step: the reason as its heading,
 * a call to the practice one tap away, and a way to sign in.
 */
export async function expectLinkScreen(patient: Patient, heading: string): Promise<void> {
  const { page } = patient;
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call Riverside Family Medicine: (555) 201-0100' })).toHaveAttribute(
    'href',
    'tel:+15552010100',
  );
  await expect(page.getByRole('link', { name: /Sign in/ })).toHaveAttribute('href', /\/portal\.html$/);
  // The token left the address bar as soon as the element read it.
  expect(new URL(page.url()).search).toBe('');
  await patient.expectAccessible(`link screen: ${heading}`);
}

/** The identity step of the registration. */
export async function expectVerifyScreen(patient: Patient): Promise<void> {
  const { page } = patient;
  await expect(page.getByRole('heading', { name: 'Verify your identity' })).toBeVisible();
  await expect(page.getByText('Step 1 of 2')).toBeVisible();
  await expect(page.getByLabel('Patient’s date of birth')).toBeVisible();
  // The token left the address bar as soon as the element read it.
  expect(new URL(page.url()).search).toBe('');
  await patient.expectAccessible('verify');
}

/** The identity step by date of birth and PIN, with the PIN option chosen, then Continue. */
export async function verifyWithPin(patient: Patient, dateOfBirth: string, pin: string): Promise<void> {
  const { page } = patient;
  await patient.fill(page.getByLabel('Patient’s date of birth'), dateOfBirth);
  await patient.choose(page.getByRole('radio', { name: 'PIN' }));
  await patient.fill(page.getByLabel('PIN received from patient’s doctor'), pin);
  await patient.press(page.getByRole('button', { name: 'Continue' }));
}

/** The account step, with the username the portal suggested. */
export async function expectAccountScreen(patient: Patient, username: string): Promise<void> {
  const { page } = patient;
  await expect(page.getByRole('heading', { name: 'Sign up for online health records access' })).toBeVisible(
    afterHashing,
  );
  await expect(page.getByText('Step 2 of 2')).toBeVisible();
  await expect(page.getByLabel('Email address or username')).toHaveValue(username);
  // A screen reader is told where the patient now is: the step's heading has focus.
  await expect(page.getByRole('heading', { name: 'Sign up for online health records access' })).toBeFocused();
  await patient.expectAccessible('account');
}

/** The records' words the walk goes by, in the language the records speak (the patient's, once signed in). */
const recordWords = {
  en: {
    heading: (name: string) => `Health records of ${name}`,
    overview: 'Overview',
    menu: 'Your records',
    back: 'All your records',
    signOut: 'Sign out',
  },
  es: {
    heading: (name: string) => `Registros de salud de ${name}`,
    overview: 'Resumen',
    menu: 'Sus registros',
    back: 'Todos sus registros',
    signOut: 'Cerrar sesión',
  },
};
export type RecordsLanguage = keyof typeof recordWords;

/**
 * The moment after Access your records: the account is ready, with the username to sign in with next time, and
 * one button on to the records.
 */
export async function expectWelcome(patient: Patient, username: string): Promise<void> {
  const { page } = patient;
  await expect(page.getByRole('heading', { name: 'Your account is ready' })).toBeVisible(afterHashing);
  await expect(page.getByText(`From now on, sign in with ${username} and your new password.`)).toBeVisible();
  await patient.expectAccessible('account ready');
  await patient.press(page.getByRole('button', { name: 'See your health records' }));
}

/** Whether the records lay out for a wide screen (a side list of sections) rather than a phone (a menu). */
const isWide = async (patient: Patient) => (await patient.page.viewportSize())!.width >= 640;

/**
 * Opens one section of the records as the patient would: its entry in the side list on a wide screen, its entry in
 * the menu on a phone. Returns the section as shown.
 */
export async function openSection(patient: Patient, section: string, lang: RecordsLanguage = 'en') {
  const { page } = patient;
  if (await isWide(patient)) {
    await patient.choose(page.getByRole('tab').filter({ hasText: section }));
    return page.getByRole('tabpanel', { name: new RegExp(`^${section}`) });
  }
  await patient.press(
    page
      .getByRole('navigation', { name: recordWords[lang].menu })
      .getByRole('button', { name: new RegExp(`^${section}`) }),
  );
  const shown = page.getByRole('region', { name: new RegExp(`^${section}`) });
  await expect(shown.getByRole('heading', { name: new RegExp(`^${section}`) })).toBeFocused();
  return shown;
}

/** On a phone, back from a section to the overview and the menu. */
export async function backToAllRecords(patient: Patient, lang: RecordsLanguage = 'en'): Promise<void> {
  if (await isWide(patient)) return;
  await patient.press(patient.page.getByRole('button', { name: recordWords[lang].back }));
  await expect(patient.page.getByRole('navigation', { name: recordWords[lang].menu })).toBeVisible();
}

/**
 * The records open on the overview; every section shows its seeded entries; no section shows a chart note. On a
 * phone each section is its own view, reached from the menu and left with the way back.
 */
export async function expectRecords(
  patient: Patient,
  name: string,
  sections: readonly (readonly [string, string])[],
  lang: RecordsLanguage = 'en',
): Promise<void> {
  const { page } = patient;
  const words = recordWords[lang];
  await expect(page.getByRole('heading', { name: words.heading(name) })).toBeVisible(afterHashing);
  const wide = await isWide(patient);
  if (wide) await expect(page.getByRole('tab', { name: words.overview })).toHaveAttribute('aria-selected', 'true');
  else await expect(page.getByRole('navigation', { name: words.menu })).toBeVisible();
  await patient.expectAccessible('records: overview');
  for (const [section, entry] of sections) {
    const shown = await openSection(patient, section, lang);
    await expect(shown).toContainText(entry);
    // Seeded chart notes all carry this marker; the server never sends them and the element never shows them.
    await expect(page.getByText('CHART NOTE')).toHaveCount(0);
    await expect(page.getByText(/progress note|telephone encounter/i)).toHaveCount(0);
    await patient.expectAccessible(`records: ${section}`);
    await backToAllRecords(patient, lang);
  }
  if (!wide) await expect(page.getByRole('tab')).toHaveCount(0);
}

/**
 * Signs out from the records and lands on the sign-in form, with nothing of the record left on the page. The form is
 * in the page's language again (English), whatever the patient's record preferred: the next person is not the patient.
 */
export async function signOut(patient: Patient, name: string, lang: RecordsLanguage = 'en'): Promise<void> {
  const { page } = patient;
  await patient.press(page.getByRole('button', { name: recordWords[lang].signOut }));
  await expect(page.getByRole('heading', { name: 'Sign in to your health records' })).toBeVisible();
  // Where the patient lands, the words say what happened, and take focus so a screen reader reads them.
  await expect(page.getByText('You signed out.')).toBeFocused();
  // On a shared device, the next person learns nothing of who signed in.
  await expect(page.getByLabel('Email address or username')).toHaveValue('');
  await expect(page.locator('pf-portal').getByText(name)).toHaveCount(0);
  await patient.expectAccessible('sign-in after sign-out');
}
