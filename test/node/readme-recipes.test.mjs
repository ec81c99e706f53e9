// The README's React recipes are the ones the type check compiles (test/types/react/usage.tsx, wrappers.tsx), so the
// README cannot drift into code that no longer type-checks against the package.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

it("the README's React recipe is compiled by npm run check:types", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Use it in your site'));
  const recipe = /```tsx\n([^]*?)```/.exec(section)?.[1] ?? '';
  const component = recipe.slice(recipe.indexOf('export function Registration'));
  assert.ok(component.length > 200, 'the recipe has its component');
  assert.ok(readFileSync('test/types/react/usage.tsx', 'utf8').includes(component.trim()), 'usage.tsx holds it');
});

it("the README's React components recipe is compiled by npm run check:types", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('**React components.**'));
  const recipe = /```tsx\n([^]*?)```/.exec(section)?.[1] ?? '';
  const component = recipe.slice(recipe.indexOf('export function Registration'));
  assert.ok(component.length > 200, 'the recipe has its component');
  assert.ok(readFileSync('test/types/react/wrappers.tsx', 'utf8').includes(component.trim()), 'wrappers.tsx holds it');
});
