/** Randomness and hashing for the mock portal, on Web Crypto (browsers and Node 20 alike). */

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));

/** An unguessable token: 256 random bits, base64url. */
export const randomToken = (): string => toBase64Url(crypto.getRandomValues(new Uint8Array(32)));

/** `count` random decimal digits, each uniform (rejection sampling keeps 0–5 from being likelier). */
export const randomDigits = (count: number): string => {
  let digits = '';
  while (digits.length < count) {
    for (const byte of crypto.getRandomValues(new Uint8Array(count))) {
      if (byte < 250 && digits.length < count) digits += String(byte % 10);
    }
  }
  return digits;
};

const hex = (buffer: ArrayBuffer): string =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * A token's hash: one SHA-256 with the portal's pepper. Enough for 256 random bits (nothing to guess), and fast, so a
 * lookup by token costs nothing. Never for a secret a person chose or can be guessed: see `hashSecret`.
 */
export const hashToken = async (token: string, pepper: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${pepper}\u0000${token}`)));

/**
 * PBKDF2-HMAC-SHA256 iterations for secrets a person can guess (PINs, codes, passwords, security answers): OWASP's
 * Password Storage Cheat Sheet figure. A test may ask for fewer, and says so (`MockPortalOptions.secretHashIterations`).
 */
export const secretHashIterations = 600_000;

const derive = async (secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256),
  );
};

/**
 * A guessable secret as stored: `pbkdf2-sha256$<iterations>$<salt>$<hash>`, with a fresh 128-bit salt each time, so a
 * stored hash says how it was made and a state saved with one cost is still read with another.
 */
export async function hashSecret(secret: string, iterations = secretHashIterations): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2-sha256$${iterations}$${toBase64Url(salt)}$${toBase64Url(await derive(secret, salt, iterations))}`;
}

/** Whether `secret` is the one `stored` was made from, comparing every byte whatever the first difference. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !hash) return false;
  const expected = fromBase64Url(hash);
  const actual = await derive(secret, fromBase64Url(salt), Number(iterations));
  let difference = expected.length ^ actual.length;
  for (let index = 0; index < expected.length; index += 1) difference |= (expected[index] ?? 0) ^ (actual[index] ?? 0);
  return difference === 0;
}
