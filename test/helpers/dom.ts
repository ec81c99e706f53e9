/** Test helpers that act as a patient would: find by label, type with real keys, press buttons. */
import { aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** An element inside a host's shadow root. */
export function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <${host.localName}>`);
  return found;
}

/** Every element matching a selector inside a host's shadow root. */
export const allInShadow = <T extends Element = HTMLElement>(host: Element, selector: string): T[] => [
  ...(host.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** The input a visible label names, as a screen reader finds it. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(host: Element, label: string | RegExp): T {
  for (const element of allInShadow<HTMLLabelElement>(host, 'label')) {
    const text = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (typeof label === 'string' ? text === label : label.test(text)) {
      const control = element.control ?? element.querySelector('input, select');
      if (control) return control as unknown as T;
    }
  }
  throw new Error(`No field labelled ${String(label)} in <${host.localName}>`);
}

/** The button whose text is the given words. */
export function button(host: Element, name: string | RegExp): HTMLButtonElement {
  const found = allInShadow<HTMLButtonElement>(host, 'button').find((candidate) => {
    const text = candidate.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found) throw new Error(`No button ${String(name)} in <${host.localName}>`);
  return found;
}

/** Focuses an input, clears it, and types into it with real key presses. */
export async function typeInto(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  if (input instanceof HTMLInputElement && input.value) {
    input.select();
    await sendKeys({ press: 'Backspace' });
  }
  await sendKeys({ type: text });
}

/** Leaves the focused field (to the next one), as Tab does. */
export const pressTab = () => sendKeys({ press: 'Tab' });
export const pressEnter = () => sendKeys({ press: 'Enter' });

/** The shadow root's text, squeezed: what a patient reads. */
export const textOf = (host: Element): string => host.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the host's text contains the words. */
export async function waitForText(host: Element, words: string | RegExp, message?: string): Promise<void> {
  await waitUntil(
    () => (typeof words === 'string' ? textOf(host).includes(words) : words.test(textOf(host))),
    message ?? `Waiting for "${String(words)}" in <${host.localName}>; it reads: ${textOf(host).slice(0, 400)}`,
    { timeout: 5000 },
  );
}

/** The element focused inside a host's shadow root. */
export const focusedIn = (host: Element): Element | null => host.shadowRoot?.activeElement ?? null;

/**
 * Waits until the lab results' rows stop growing: the records draw a page a screen first and the rest once that frame
 * is painted and the page is idle, so a row below the first screen (Sue's triglycerides, second to last of her 35)
 * comes a frame or two after the first rows. A section without lab results is settled at once.
 */
export async function labRowsSettled(host: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  const rows = () => allInShadow(host, '.lab-result').length;
  const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }));
  for (let before = -1; rows() !== before;) {
    before = rows();
    await painted();
    await idle();
    await host.updateComplete;
  }
}

/** Waits for the lab results to show, then for the whole page of them (see `labRowsSettled`). */
export async function labResultsDrawn(
  host: HTMLElement & { updateComplete?: Promise<unknown> },
  message = 'the lab results',
): Promise<void> {
  await waitUntil(() => allInShadow(host, '.lab-result').length, message, { timeout: 8000 });
  await labRowsSettled(host);
}

/** Lets pending renders and microtasks settle. */
export const settle = () => aTimeout(0);

/**
 * Presses a form's submit button and waits until the call it starts is over: the button was busy and is not any
 * more, or the step moved on (the button left the page).
 */
export async function submitAndSettle(host: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  const submit = inShadow<HTMLButtonElement>(host, 'button[type="submit"]');
  let over = false;
  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.oldValue === 'true')) over = true;
  });
  observer.observe(submit, { attributes: true, attributeFilter: ['aria-disabled'], attributeOldValue: true });
  submit.click();
  try {
    await waitUntil(() => over || !submit.isConnected, 'the call ends', { timeout: 8000 });
  } finally {
    observer.disconnect();
  }
  await host.updateComplete;
}

/** The words of the messages a field is described by (`aria-describedby`), as a screen reader reads them after it. */
export const describedBy = (host: Element, field: Element): string =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => host.shadowRoot?.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What a field the element emptied (a secret it does not keep after a try) tells the patient: nothing wrong with it,
 * and a hint, read with the field, to type it again. Answers the hint's words.
 */
export function emptiedFieldSays(host: Element, input: HTMLInputElement): string {
  if (input.value !== '') throw new Error(`#${input.id} still holds what was typed`);
  if (input.getAttribute('aria-invalid') !== 'false') throw new Error(`#${input.id} is marked invalid`);
  const error = host.shadowRoot?.querySelector(`#${input.id}-error`);
  if (error) throw new Error(`#${input.id} is blamed: "${error.textContent?.trim()}"`);
  const described = (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? host.shadowRoot?.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() : ''))
    .join(' ');
  return described;
}
