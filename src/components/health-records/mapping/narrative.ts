/**
 * The plain text of an XHTML narrative (`text.div`), without a DOM, for the one place a narrative is shown: a care
 * plan that has nothing else to say. The result is text, rendered as text, never markup.
 */
/** An attribute-aware tag: `<a title="x>y">` is one tag. */
const attributes = String.raw`(?:[^"'>]|"[^"]*"|'[^']*')*`;
const scriptOrStyle = [
  new RegExp(String.raw`<(script|style)\b${attributes}/>`, 'gi'),
  new RegExp(String.raw`<(script|style)\b${attributes}>[\s\S]*?</\1\s*>`, 'gi'),
  new RegExp(String.raw`<(script|style)\b[\s\S]*$`, 'gi'),
];
const listItemTag = new RegExp(String.raw`<li\b${attributes}>`, 'gi');
const lineBreakTag = new RegExp(String.raw`<br\b${attributes}>`, 'gi');
const blockEndTag = /<\/(?:p|li|div|tr|h[1-6]|ul|ol|table|blockquote|pre|dd|dt)\s*>/gi;
const cellEndTag = /<\/(?:td|th)\s*>/gi;
const anyTag = new RegExp(String.raw`<[!?]${attributes}>|</?[A-Za-z]${attributes}>`, 'g');
const entity = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const namedEntities = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

const fromCodePoint = (codePoint: number): string => {
  if (codePoint === 9 || codePoint === 10 || codePoint === 13) return ' ';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return '';
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(codePoint);
};

const decodeEntities = (text: string): string =>
  text.replace(entity, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return (name !== undefined ? namedEntities.get(name) : undefined) ?? match;
  });

/** Drops a tag cut off at the end (`Drink water <b`); a linear scan, as a pattern here could backtrack. */
const withoutCutOffTag = (text: string): string => {
  const open = text.lastIndexOf('<');
  return open !== -1 && text.indexOf('>', open) === -1 && /[A-Za-z/!?]/.test(text.charAt(open + 1))
    ? text.slice(0, open)
    : text;
};

/**
 * The text of an XHTML narrative, without a DOM: scripts and styles go with their content, block ends become line
 * breaks, list items get a bullet, every other tag goes, and the XML entities are decoded once (after the tags are
 * gone, so an escaped `&lt;b&gt;` stays text).
 */
export const narrativeText = (xhtml: string): string | undefined => {
  let text = xhtml.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const pattern of scriptOrStyle) text = text.replace(pattern, '');
  text = withoutCutOffTag(text)
    .replace(/\s+/g, ' ')
    .replace(listItemTag, '\n• ')
    .replace(lineBreakTag, '\n')
    .replace(blockEndTag, '\n')
    .replace(cellEndTag, ' ')
    // Every whole tag, then whatever `<` is left: markup, never text (text in XHTML writes `&lt;`).
    .replace(anyTag, '')
    .replace(/</g, '');
  const lines: string[] = [];
  let bullet = false;
  for (const raw of decodeEntities(text).split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    if (line === '•') {
      bullet = true;
      continue;
    }
    lines.push(bullet && !line.startsWith('•') ? `• ${line}` : line);
    bullet = false;
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
};

/** The first characters of a text, whole code points, trimmed, with an ellipsis when it was cut. */
export const truncate = (text: string, length: number): string => {
  const points = Array.from(text);
  return points.length > length ? `${points.slice(0, length).join('').trim()}…` : text.trim();
};

/**
 * A name for a resource that has no other words: the first line of its narrative, when the narrative has some
 * (a narrative marked `empty` says nothing).
 */
export const narrativeTitle = (text: { status?: string; div?: string } | undefined): string | undefined => {
  if (!text?.div || text.status === 'empty') return undefined;
  const first = narrativeText(text.div)?.split('\n')[0]?.replace(/^•\s*/, '');
  return first ? truncate(first, 120) : undefined;
};
