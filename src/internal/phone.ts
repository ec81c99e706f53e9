/**
 * Phone numbers a patient can call with one tap: a patient reading the portal is often on a phone, and a number in
 * plain text has to be copied or read out and typed again.
 */
import { html, type TemplateResult } from 'lit';

/**
 * A phone number as a `tel:` URI (RFC 3966, global form): a US number of 10 digits gets `+1`, one written with its
 * country code (`+52 55 1234 5678`, `1-555-201-0100`) keeps it. `undefined` for anything else (an extension, letters,
 * too few digits): the number then stays plain text rather than dialling something else.
 */
export const telUri = (phone: string): string | undefined => {
  const written = phone.trim();
  if (!/^\+?[\d\s().\-\u00a0]+$/.test(written)) return undefined;
  const digits = written.replace(/\D/g, '');
  if (written.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? `tel:+${digits}` : undefined;
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return undefined;
};

/** A phone number as a link that calls it, or as plain text when it cannot be dialled as written. */
export const phoneLink = (phone: string): TemplateResult | string => {
  const uri = telUri(phone);
  return uri ? html`<a href=${uri}>${phone}</a>` : phone;
};

/** A sentence with the phone number in it as a link that calls it (the words stay whole for each language). */
export const withPhoneLink = (text: string, phone: string): (TemplateResult | string)[] => {
  const at = phone ? text.indexOf(phone) : -1;
  return at < 0 ? [text] : [text.slice(0, at), phoneLink(phone), text.slice(at + phone.length)];
};

/** A button-sized link that calls the practice, its name and number in the words. */
export const callButton = (words: string, phone: string): TemplateResult | undefined => {
  const uri = telUri(phone);
  return uri ? html`<a class="call" href=${uri}>${words}</a>` : undefined;
};
