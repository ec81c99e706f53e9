/**
 * What a screen reader would say on its own, without the patient moving: a listener that, on every frame, reads the
 * page through its shadow roots and writes down
 * - `focus: …` when focus moves to something new (its accessible name, or its text for a heading or a summary),
 * - `polite: …` / `assertive: …` when the text of a live region that was already there changes,
 * - `assertive: …` when an alert appears with words in it (alerts are read on arrival).
 * A polite region that arrives already holding its words is written as `unheard: …`: screen readers do not reliably
 * read those, so a message that matters must not depend on one.
 */

interface Region {
  kind: 'polite' | 'assertive';
  text: string;
}

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function liveKind(element: Element): Region['kind'] | undefined {
  const live = element.getAttribute('aria-live');
  if (live === 'off') return undefined;
  if (live === 'assertive' || element.getAttribute('role') === 'alert') return 'assertive';
  if (live === 'polite' || ['status', 'log'].includes(element.getAttribute('role') ?? '')) return 'polite';
  return undefined;
}

function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}

/** A node's text as it is read: without what is hidden from assistive technology (`aria-hidden="true"`) inside it. */
function spoken(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(spoken).join('');
}

/** The text of the elements an ARIA reference names, in the element's own tree. */
function referenced(element: Element, attribute: string): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => squeeze(spoken(root.getElementById(id)))).join(' ');
}

/** What is read on focus: the accessible name, then the description. */
function nameOf(element: Element): string {
  const labels = element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.labels : null;
  const name =
    element.getAttribute('aria-label') ??
    (referenced(element, 'aria-labelledby') ||
      (labels?.length ? squeeze(labels[0]!.textContent) : squeeze(element.textContent)));
  const description = referenced(element, 'aria-describedby');
  return description ? `${name} — ${description}` : name;
}

export interface ScreenReader {
  /** Everything said so far, in order. */
  readonly said: string[];
  /** Waits until something said contains the words (or passes the test), and answers it. */
  hears(words: string | ((line: string) => boolean)): Promise<string>;
  stop(): void;
}

export function listenLikeAScreenReader(root: Element = document.body): ScreenReader {
  const said: string[] = [];
  const seen = new WeakMap<Element, Region>();
  let focused: Element | null = deepActive();
  let frame = 0;

  const read = () => {
    for (const element of [...(root.shadowRoot ? deepElements(root.shadowRoot) : []), ...deepElements(root)]) {
      const kind = liveKind(element);
      if (!kind) continue;
      const text = squeeze(element.textContent);
      const before = seen.get(element);
      if (before ? text && text !== before.text : text) {
        said.push(`${before || kind === 'assertive' ? kind : 'unheard'}: ${text}`);
      }
      seen.set(element, { kind, text });
    }
    const active = deepActive();
    if (active && active !== focused) said.push(`focus: ${nameOf(active)}`);
    focused = active;
    frame = requestAnimationFrame(read);
  };
  read();

  return {
    said,
    async hears(words) {
      const matches = typeof words === 'string' ? (line: string) => line.includes(words) : words;
      for (let tries = 0; tries < 300; tries += 1) {
        const line = said.find(matches);
        if (line) return line;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`Never heard ${String(words)}; heard:\n  ${said.join('\n  ')}`);
    },
    stop() {
      cancelAnimationFrame(frame);
    },
  };
}
