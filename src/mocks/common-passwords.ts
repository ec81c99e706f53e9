/**
 * Breached and guessable passwords the portal refuses (NIST SP 800-63B-4, 3.1.1.2): the 49,233 passwords of
 * zxcvbn-ts's common list, ranked by how often they appear in breach corpora (MIT, `@zxcvbn-ts/language-common`),
 * and a few Spanish ones it lacks. A password is breached when, after NFKC and lower case, it is on the list as it
 * is, without the digits and symbols around it ("Sunshine2024!"), or with its leetspeak read back ("P@ssw0rd").
 */
import passwords from '@zxcvbn-ts/language-common/dist/passwords.json.mjs';

/** Spanish passwords common among the practice's patients that the (English) list lacks. */
const spanishPasswords = ['contraseña', 'contrasena', 'bienvenido', 'teamo', 'hola', 'tequiero', 'mimamá', 'mamá'];

let breached: Set<string> | undefined;

const list = (): Set<string> => (breached ??= new Set([...passwords, ...spanishPasswords]));

const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** `value` with leetspeak read back: `p@ssw0rd` is `password`. */
export const unleet = (value: string): string => value.replace(/[013457@$]/g, (char) => leet[char] ?? char);

const stripAround = (value: string): string =>
  value.replace(/^[\p{N}\p{P}\p{S}\s]+/u, '').replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');

/** Whether a password is on the breached list, as it is, inside digits and symbols, or in leetspeak. */
export const isCommonPassword = (password: string): boolean => {
  const lower = password.normalize('NFKC').toLowerCase();
  const bare = stripAround(lower);
  const candidates = new Set([lower, unleet(lower), bare, unleet(bare), stripAround(unleet(lower))]);
  return [...candidates].some((candidate) => [...candidate].length >= 3 && list().has(candidate));
};
