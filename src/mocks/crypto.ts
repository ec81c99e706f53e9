/** Randomness and hashing for the mock portal, on Web Crypto (browsers and Node 20 alike). */

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

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

/** A salted SHA-256 of a secret. A real portal would use a slow hash; a mock only needs the secret not kept. */
export const hashSecret = async (secret: string, salt: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${secret}`)));

/** A fresh salt for `hashSecret`. */
export const newSalt = (): string => toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
