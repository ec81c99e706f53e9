/// <reference types="vite/client" />
/**
 * Sections of the README, read from the file itself when Storybook is built: the pages that show them (Reference/…)
 * and the guidance that links to them can never say something the README no longer says.
 */
import readme from '../README.md?raw';

const lines = readme.split('\n');

/** Each line's heading level (0 for text), a `#` inside a fenced code block starting no heading. */
const levels: number[] = [];
let fenced = false;
for (const line of lines) {
  if (line.startsWith('```')) fenced = !fenced;
  levels.push(fenced ? 0 : (/^(#{1,6}) /.exec(line)?.[1]?.length ?? 0));
}

/** The text under a README heading (`## Name` or `### Name`), up to the next heading of the same level or above. */
export function readmeSection(heading: string): string {
  const start = lines.findIndex((line, at) => levels[at]! >= 2 && line.replace(/^#+ /, '').trim() === heading);
  if (start < 0) throw new Error(`The README has no section "${heading}"`);
  const level = levels[start]!;
  const end = levels.findIndex((found, at) => at > start && found > 0 && found <= level);
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}
