// The README's React recipes are the ones the type check compiles (test/types/react/usage.tsx, wrappers.tsx), so the
// README cannot drift into code that no longer type-checks against the package.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

for (const [recipe, section, file] of [
  ['React', '### Use it in your site', 'test/types/react/usage.tsx'],
  ['React components', '**React components.**', 'test/types/react/wrappers.tsx'],
]) {
  it(`the README's ${recipe} recipe is compiled by npm run check:types`, () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```tsx\n([^]*?)```/.exec(readme.slice(readme.indexOf(section)))?.[1] ?? '';
    const component = block.slice(block.indexOf('export function Registration'));
    assert.ok(component.length > 200, 'the recipe has its component');
    assert.ok(readFileSync(file, 'utf8').includes(component.trim()), `${file} holds it`);
  });
}

// The Next example app's client component is the README's recipe as written, its `'use client'` line included: the
// app that test/e2e/examples.e2e.ts builds with `next build` and walks Sue through.
it("the README's React recipe is the Next example app's client component, line for line", () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```tsx\n([^]*?)```/.exec(readme.slice(readme.indexOf('### Use it in your site')))?.[1] ?? '';
  assert.ok(block.startsWith("'use client';"), 'the recipe says where Next needs it');
  assert.equal(readFileSync('examples/next/app/Registration.tsx', 'utf8'), block);
});
