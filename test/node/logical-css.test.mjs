// The elements lay out right to left as well as left to right: their styles say start and end (logical
// properties), never left and right, so a page in Arabic, Hebrew, Persian or Urdu (`dir="rtl"`) mirrors them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !/\.(test|stories)\.ts$/.test(name) ? [path] : [];
  });

/** The text of every css`…` template of a module. */
const stylesOf = (source) => [...source.matchAll(/\bcss`([^`]*)`/g)].map((match) => match[1]);

/** A declaration that names a side of the screen: each has a logical property or value that says start or end. */
const physical = [
  /(?:^|[\s;{])(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?\s*:/,
  /(?:^|[\s;{])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /(?:^|[\s;{])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
];

it('says start and end in every style, never left and right', () => {
  const found = [];
  for (const file of files('src')) {
    for (const style of stylesOf(readFileSync(file, 'utf8'))) {
      for (const line of style.split('\n')) {
        if (physical.some((pattern) => pattern.test(line))) found.push(`${file}: ${line.trim()}`);
      }
    }
  }
  assert.deepEqual(found, []);
});

it('finds a physical property when there is one', () => {
  const style = stylesOf('const s = css`.a { border-left: 1px solid; } .b { margin-inline-start: 0; }`;')[0];
  assert.ok(physical.some((pattern) => pattern.test(style)));
  assert.ok(!physical.some((pattern) => pattern.test('.b { margin-inline-start: 0; inset: 0; }')));
});
