// The Svelte types the build writes, used right and wrong: svelte-check (run by `npm run check:types`) must find
// nothing in test/types/svelte/right.svelte, and one error on each element of wrong.svelte (each is one mistake), so a
// type that stopped catching a mistake fails here. Markup has no `@ts-expect-error`, hence the count.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const folder = 'test/types/svelte';
let output = '';
try {
  output = execFileSync(
    'npx',
    ['svelte-check', '--workspace', folder, '--tsconfig', './tsconfig.json', '--output', 'machine'],
    { encoding: 'utf8' },
  );
} catch (error) {
  // svelte-check exits 1 when it finds errors, which wrong.svelte must have.
  output = String(error.stdout ?? '');
}
const errors = [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
  file,
  line: Number(line),
  message,
}));
if (!/COMPLETED/.test(output)) {
  console.error(output);
  throw new Error('svelte-check did not finish');
}
const failures = [];
for (const error of errors.filter((found) => found.file === 'right.svelte'))
  failures.push(`right.svelte:${error.line}: ${error.message}`);
const mistakes = readFileSync(`${folder}/wrong.svelte`, 'utf8')
  .split('\n')
  .map((text, index) => ({ text, line: index + 1 }))
  .filter(({ text }) => text.startsWith('<pf-'));
for (const { text, line } of mistakes) {
  const found = errors.filter((error) => error.file === 'wrong.svelte' && error.line === line);
  if (found.length !== 1) failures.push(`wrong.svelte:${line}: ${found.length} errors for ${text}`);
}
if (failures.length) {
  console.error(`Svelte types:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Svelte types: right.svelte has no error; each of wrong.svelte's ${mistakes.length} mistakes is one.`);
