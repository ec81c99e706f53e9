// Builds the example apps of examples/ (React 19, Vue 3, Svelte 5: the README's recipes in Use it in your site) with
// Vite, each into examples/<name>/dist/, which git ignores. They import the package by its name, which resolves to
// this repository's dist/, so the package is built first (`npm run build`). test/e2e/examples.e2e.ts builds them
// before it walks each through registration; `node scripts/build-examples.mjs [name ...]` builds them by hand.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repository = fileURLToPath(new URL('..', import.meta.url));
const examplesFolder = join(repository, 'examples');

/** The example apps, each a folder of examples/ with its own vite.config.mjs. */
export const exampleNames = ['react', 'vue', 'svelte'];

/**
 * Builds the examples named (all by default) one after another, and resolves with where each was written.
 * `logLevel` is Vite's (`'warn'` keeps a test's output to what needs reading).
 * @param {{ names?: string[], logLevel?: import('vite').LogLevel, log?: (line: string) => void }} [options]
 * @returns {Promise<{ name: string, outDir: string }[]>}
 */
export async function buildExamples({ names = exampleNames, logLevel = 'info', log = () => {} } = {}) {
  if (!existsSync(join(repository, 'dist', 'index.js')))
    throw new Error('The examples import the built package: run `npm run build` first.');
  const built = [];
  for (const name of names) {
    if (!exampleNames.includes(name)) throw new Error(`No example "${name}": there are ${exampleNames.join(', ')}.`);
    const root = join(examplesFolder, name);
    const since = performance.now();
    // The config file is imported as it is (no bundled copy of it written beside it).
    await build({ root, configFile: join(root, 'vite.config.mjs'), configLoader: 'native', logLevel });
    const outDir = join(root, 'dist');
    log(`Built examples/${name}/ into examples/${name}/dist/ in ${((performance.now() - since) / 1000).toFixed(1)} s`);
    built.push({ name, outDir });
  }
  return built;
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const names = process.argv.slice(2);
  buildExamples({ names: names.length ? names : exampleNames, log: (line) => console.log(line) }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
