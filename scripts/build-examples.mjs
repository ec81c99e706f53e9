// Builds the example apps of examples/ (the README's recipes in Use it in your site): React 19, Vue 3, Svelte 5 and
// Angular 21 with Vite, each into examples/<name>/dist/, and Next 16 with `next build` (a static export) into
// examples/next/out/, all of which git ignores. They import the package by its name, which resolves to this
// repository's dist/, so the package is built first (`npm run build`). test/e2e/examples.e2e.ts builds them before it
// walks each through registration; `node scripts/build-examples.mjs [name ...]` builds them by hand.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repository = fileURLToPath(new URL('..', import.meta.url));
const examplesFolder = join(repository, 'examples');

/** The example apps, each a folder of examples/: a Vite app with its own vite.config.mjs, or the Next app. */
export const exampleNames = ['react', 'vue', 'svelte', 'angular', 'next'];

/**
 * The Next app, built by Next's own command, as its users build it. The export holds the page rendered at build
 * time; MSW's worker, which the mock needs at the site's root, is copied beside it.
 */
function buildNext(root, logLevel) {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  execFileSync(process.execPath, [next, 'build', root], {
    stdio: logLevel === 'info' ? 'inherit' : ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const outDir = join(root, 'out');
  copyFileSync(join(repository, 'dist', 'mockServiceWorker.js'), join(outDir, 'mockServiceWorker.js'));
  return outDir;
}

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
    let outDir = join(root, 'dist');
    if (name === 'next') outDir = buildNext(root, logLevel);
    // The config file is imported as it is (no bundled copy of it written beside it).
    else await build({ root, configFile: join(root, 'vite.config.mjs'), configLoader: 'native', logLevel });
    log(
      `Built examples/${name}/ into examples/${name}/${outDir.split('/').pop()}/ in ${((performance.now() - since) / 1000).toFixed(1)} s`,
    );
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
