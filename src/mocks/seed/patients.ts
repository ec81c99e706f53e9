/**
 * The mock portal's fictional practice and patients (the README's "The mock portal"). Everything here is made up; the README lists
 * these details so a person can walk the demo. The mock stores the secrets below only hashed.
 */

export const seedPractice = {
  name: 'Riverside Family Medicine',
  phone: '(555) 201-0100',
} as const;

/** What becomes of a seeded patient's invitation when the mock starts. */
export const invitationStates = ['pending', 'used', 'expired'] as const;
export type SeedInvitationState = (typeof invitationStates)[number];

export interface SeedPatient {
  /** The FHIR Patient id. */
  id: string;
  given: string;
  family: string;
  email: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  gender: 'female' | 'male';
  /** The 6-digit PIN the practice gave, when it gave one. */
  pin?: string;
  /** Ten US digits. */
  phone: string;
  phoneUse: 'mobile' | 'home';
  /** The language the patient prefers (BCP 47). */
  language: 'en' | 'es';
  invitation: SeedInvitationState;
  /** A registered patient's account, present when the invitation was used. */
  account?: { username: string; password: string; securityQuestionId: string; securityAnswer: string };
  /** Which record the patient has (see `seed/records.ts`). */
  record: 'full' | 'phone-only' | 'spanish' | 'expired' | 'empty' | 'large';
}

/** The demo password of every pre-registered patient. */
export const seedPassword = 'Riverside#2024';

export const seedPatients: readonly SeedPatient[] = [
  {
    id: 'p-4a1e7c',
    given: 'Sue',
    family: 'Miller',
    email: 'Sue@gmail.com',
    birthDate: '1962-03-14',
    gender: 'female',
    pin: '482913',
    phone: '5552014477',
    phoneUse: 'mobile',
    language: 'en',
    invitation: 'pending',
    record: 'full',
  },
  {
    id: 'p-8b2d19',
    given: 'Marcus',
    family: 'Reed',
    email: 'marcus.reed@example.com',
    birthDate: '1979-11-02',
    gender: 'male',
    phone: '5553108820',
    phoneUse: 'home',
    language: 'en',
    invitation: 'pending',
    record: 'phone-only',
  },
  {
    id: 'p-c3f0a4',
    given: 'Ana',
    family: 'García',
    email: 'ana.garcia@example.com',
    birthDate: '1990-07-22',
    gender: 'female',
    pin: '730518',
    phone: '5554021187',
    phoneUse: 'mobile',
    language: 'es',
    invitation: 'used',
    account: {
      username: 'ana.garcia@example.com',
      password: seedPassword,
      securityQuestionId: 'first-pet',
      securityAnswer: 'Canela',
    },
    record: 'spanish',
  },
  {
    id: 'p-5e91b2',
    given: 'Walter',
    family: 'Brooks',
    email: 'walter.brooks@example.com',
    birthDate: '1948-05-30',
    gender: 'male',
    pin: '615204',
    phone: '5557750392',
    phoneUse: 'home',
    language: 'en',
    invitation: 'expired',
    record: 'expired',
  },
  {
    id: 'p-d7a3e6',
    given: 'Grace',
    family: 'Liu',
    email: 'grace.liu@example.com',
    birthDate: '2001-09-09',
    gender: 'female',
    pin: '209877',
    phone: '5556183340',
    phoneUse: 'mobile',
    language: 'en',
    invitation: 'used',
    account: {
      username: 'grace.liu@example.com',
      password: seedPassword,
      securityQuestionId: 'first-car',
      securityAnswer: 'Subaru',
    },
    record: 'empty',
  },
  {
    id: 'p-2f6c88',
    given: 'Harold',
    family: 'Whitaker',
    email: 'harold.whitaker@example.com',
    birthDate: '1940-12-01',
    gender: 'male',
    pin: '554120',
    phone: '5559024415',
    phoneUse: 'home',
    language: 'en',
    invitation: 'used',
    account: {
      username: 'harold.whitaker@example.com',
      password: seedPassword,
      securityQuestionId: 'first-school',
      securityAnswer: 'Lincoln Elementary',
    },
    record: 'large',
  },
];

/**
 * The security questions, in every language the mock speaks. None whose answer is public record or a search away
 * (a mother's maiden name, a city of birth): the answer only helps recover an account, after a code, never alone.
 */
export const seedSecurityQuestions = [
  {
    id: 'first-pet',
    en: 'What was the name of your first pet?',
    es: '¿Cómo se llamaba su primera mascota?',
    vi: 'Tên con vật nuôi đầu tiên của quý vị là gì?',
  },
  {
    id: 'first-school',
    en: 'What was the name of your first school?',
    es: '¿Cómo se llamaba su primera escuela?',
    vi: 'Tên trường học đầu tiên của quý vị là gì?',
  },
  {
    id: 'first-car',
    en: 'What was the make of your first car?',
    es: '¿De qué marca fue su primer auto?',
    vi: 'Chiếc xe hơi đầu tiên của quý vị là hiệu gì?',
  },
  {
    id: 'favorite-teacher',
    en: 'What was the last name of your favorite teacher?',
    es: '¿Cuál era el apellido de su maestro o maestra favorito?',
    vi: 'Họ của thầy giáo hoặc cô giáo mà quý vị yêu thích nhất là gì?',
  },
] as const;
