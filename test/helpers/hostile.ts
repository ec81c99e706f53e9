/**
 * Hostile strings, and the checks that they stayed text: no script ran, and the elements hold no element or
 * attribute that their templates did not make.
 */

declare global {
  interface Window {
    /** Called by every payload that manages to run. */
    __pwned?: (what: string) => void;
  }
}

const run = (what: string) => `window.__pwned('${what}')`;

/** What an attacker would put into a string: one of each kind the issue names. */
export const payloads: Readonly<Record<string, string>> = {
  'a script tag': `<script>${run('script')}</script>`,
  'event-handler attributes': `<img src=x onerror="${run('img')}"><svg onload="${run('svg')}"><b onmouseover=${run('b')}>`,
  'a quote that breaks out of an attribute': `" autofocus onfocus="${run('attribute')}" x="' onclick='${run('single')}`,
  'a javascript: URL': `javascript:${run('javascript-url')}`,
  'a data: URL': `data:text/html,<script>${run('data-url')}</script>`,
  'template syntax': `\${${run('template')}} {{constructor.constructor("${run('angular')}")()}} <!--?lit$1234$--> <?lit$0$>`,
  'DOM-clobbering names': `<form id="__pwned" name="attachShadow"><input name="innerHTML"><input id="customElements"></form><a id="litHtmlPolicy" name="trustedTypes">`,
  'bidi overrides': 'gro.elpmaxe\u202E//:sptth\u202C \u2066RLI\u2067 \u200Fmark\u200E \u061C',
  'a 100 kB string': 'W'.repeat(100_000),
};

/** Sets the trap every payload calls; returns the list of what ran. */
export function trapScripts(): string[] {
  const ran: string[] = [];
  window.__pwned = (what: string) => {
    ran.push(what);
  };
  return ran;
}

/** Every element inside a host, through nested shadow roots, in document order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  else walk(root);
  return found;
}

/** The shape of what an element renders: each inner element's tag and attribute names (not their values). */
export const skeleton = (host: Element): string[] =>
  deepElements(host).map(
    (element) =>
      `${element.localName}[${[...element.attributes]
        .map((attribute) => attribute.name)
        .sort()
        .join(' ')}]`,
  );

const dangerousTags = new Set(['script', 'img', 'svg', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'style']);

/** The only drawing the templates make: a lab value's range bar, with these attributes and plain shapes inside. */
const ownDrawing = (element: Element): boolean =>
  element.localName === 'svg' &&
  element.classList.contains('bar') &&
  [...element.attributes].every((attribute) =>
    ['class', 'viewbox', 'preserveaspectratio', 'aria-hidden', 'focusable'].includes(attribute.name.toLowerCase()),
  ) &&
  [...element.children].every(
    (child) =>
      child.localName === 'rect' &&
      [...child.attributes].every((attribute) => ['class', 'x', 'y', 'width', 'height', 'rx'].includes(attribute.name)),
  );

/**
 * What no payload may leave behind, wherever it went: a script, an image or another active element the templates
 * never make (the elements have their forms, so a form counts only when it is not the template's, and the lab
 * results their range bars), an event-handler attribute, or a link to a `javascript:` or `data:` address.
 */
export function intruders(host: Element, ownForms = 0): string[] {
  const found: string[] = [];
  let forms = 0;
  for (const element of deepElements(host)) {
    if (element.localName === 'form') forms += 1;
    else if (dangerousTags.has(element.localName) && !ownDrawing(element)) found.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
      if (
        ['href', 'src', 'action', 'formaction'].includes(attribute.name) &&
        /^\s*(javascript|data):/i.test(attribute.value)
      )
        found.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 20)}]`);
    }
  }
  if (forms > ownForms) found.push(`${forms - ownForms} extra <form>`);
  return found;
}

/** True when the page scrolls sideways: a long word pushed something out of the window. */
export const pageScrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

/** The host's text with white space squeezed, through nested shadow roots. */
export const deepText = (host: Element): string => {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(host.shadowRoot ?? host);
  return parts.join('').replace(/\s+/g, ' ');
};

/** The payload as a text node shows it: white space squeezed. */
export const asShown = (text: string) => text.replace(/\s+/g, ' ');
