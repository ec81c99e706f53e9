// `npm run build` (and the first `npm start`): runs rollup.config.mjs one bundle at a time and says what it is
// building, how long each part took, and that it is still working during the long parts, so a first build on a slow
// machine never looks like a hang. Warnings from the package's own code are printed; the dependencies' are not
// (zod's and msw's comments and import cycles are theirs, and say nothing about this package).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { rollup } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { writeFrameworkTypes } from './framework-types.mjs';
import { writeOpenApi } from './openapi.mjs';

/** What each output is, in words a newcomer reads while waiting. */
const describe = (output) => {
  const target = output.file ?? `${output.dir}/`;
  if (output.dir === 'dist/min') return `${target} each element minified with the chunks it shares, for script tags`;
  if (output.dir) return `${target} ES modules and type declarations, for bundlers`;
  if (target.endsWith('pf-elements.min.js')) return `${target} every element in one file, for a script tag`;
  if (target.endsWith('pf-mock-portal.js')) return `${target} the mock portal in one file, for the demo`;
  return target;
};

const fromDependency = (log) =>
  [log.id, log.loc?.file, ...(log.ids ?? [])].some((file) => typeof file === 'string' && file.includes('node_modules'));

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Builds every bundle of rollup.config.mjs in turn, printing progress; rejects on the first error. */
export async function build({ log = (line) => console.log(line) } = {}) {
  log('Building the package with rollup (about 30 s on 2 cores, up to a minute on a slower machine):');
  const { options } = await loadConfigFile(resolve('rollup.config.mjs'), { silent: true });
  const started = performance.now();
  const warnings = [];
  for (const [index, inputOptions] of options.entries()) {
    const step = `[${index + 1}/${options.length}] ${inputOptions.output.map(describe).join(', ')}`;
    const since = performance.now();
    log(`  ${step} ...`);
    // Every 10 s a line says the build is alive, in a terminal and in a CI log alike.
    const alive = setInterval(() => log(`        still building, ${seconds(since)} so far`), 10_000);
    try {
      const bundle = await rollup({
        ...inputOptions,
        onLog: (level, entry) => {
          if (level === 'warn' && !fromDependency(entry)) warnings.push(entry);
        },
      });
      await Promise.all(inputOptions.output.map((output) => bundle.write(output)));
      await bundle.close();
    } finally {
      clearInterval(alive);
    }
    log(`        done in ${seconds(since)}`);
  }
  for (const warning of warnings) log(`(!) ${warning.plugin ? `[${warning.plugin}] ` : ''}${warning.message}`);
  writeFrameworkTypes();
  log(
    '  Wrote the types for React, Vue and Svelte, and the data for VS Code and JetBrains editors, from custom-elements.json.',
  );
  await writeOpenApi('dist/openapi.json');
  log('  Wrote dist/openapi.json, the portal API as OpenAPI 3.1, from the built zod schemas.');
  log(`  Built in ${seconds(started)}.`);
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  await build().catch((error) => {
    console.error(String(error.stack ?? error));
    process.exit(1);
  });
}
