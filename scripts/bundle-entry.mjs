// An entry as a bundler ships it: with every module and dependency it imports, minified like the single file. Used
// by check-dist.mjs (the per-entry budgets) and peer-sizes.mjs (the comparison), so both measure the same thing.
import { Buffer } from 'node:buffer';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

export async function bundleEntry(input) {
  const bundle = await rollup({
    input,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      minifyHTML(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return Buffer.from(output[0].code);
}
