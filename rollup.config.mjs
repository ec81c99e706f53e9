import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const require = createRequire(import.meta.url);

/** Every tag's own entry (`src/pf-<tag>.ts`), so a page can load just the elements it uses. */
const tagEntries = readdirSync('src')
  .filter((file) => /^pf-.*\.ts$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => `src/${file}`);

/** The language packs a page can register (`src/languages/<tag>.ts`), shipped as modules and minified on their own. */
const languageEntries = readdirSync('src/languages')
  .filter((file) => /^[a-z][a-zA-Z-]*\.ts$/.test(file))
  .map((file) => `src/languages/${file}`);

const isDependency = (id) => /^(lit|@lit\/[^/]+|@lit-labs\/[^/]+|ky|zod|msw)(\/|$)/.test(id);

/**
 * The client's transport is imported by the records, whose first reads carry the session and wait for it, for its
 * place in their page's module graph (its own code has no side effect): kept whole, so that import stays in the
 * modules a bundler reads and the transport comes with the records' code rather than a round trip after it. The forms
 * leave it to the client, which sends their first reads before it arrives.
 */
const keepTransport = {
  name: 'keep-transport',
  transform(_code, id) {
    return /[\\/]src[\\/]api[\\/]transport\.ts$/.test(id) ? { code: null, moduleSideEffects: 'no-treeshake' } : null;
  },
};

const copyWorker = {
  name: 'copy-mock-service-worker',
  writeBundle() {
    mkdirSync('dist', { recursive: true });
    copyFileSync(require.resolve('msw/mockServiceWorker.js'), 'dist/mockServiceWorker.js');
    // A service worker's script, served at the site's root, never imported: its types say it exports nothing.
    writeFileSync(
      'dist/mockServiceWorker.d.ts',
      "// MSW's service worker, for the mock portal: serve it at the site's root (see the README). It exports nothing.\nexport {};\n",
    );
    // The licences of what dist/vendor/ holds go with it.
    for (const [name, file] of [
      ['@zxcvbn-ts/language-common', 'LICENSE.txt'],
      ['@zxcvbn-ts/dictionary-compression', 'LICENSE'],
    ]) {
      mkdirSync(`dist/vendor/${name}`, { recursive: true });
      copyFileSync(`node_modules/${name}/${file}`, `dist/vendor/${name}/${file}`);
    }
  },
};

/** Types for a single file: those of the module it bundles, whose declarations the first build writes. */
const typesOf = (declarations, types = `export * from '${declarations}';\n`) => ({
  name: 'single-file-types',
  generateBundle(output) {
    // Beside the file (a name relative to the folder it is written in).
    const fileName = basename(output.file).replace(/\.js$/, '.d.ts');
    this.emitFile({ type: 'asset', fileName, source: types });
  },
});

/** The folder of the npm package a bundled module comes from (`node_modules/@scope/name`), if it comes from one. */
const packageRoot = (id) => {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  return match?.[1];
};

/**
 * The licences of every package a single file bundles, beside it as `<file>.LICENSE.txt` (the minified file keeps
 * only their banners, and says where the rest is).
 */
const licenceNotices = () => ({
  name: 'licence-notices',
  generateBundle(output) {
    const roots = new Set([...this.getModuleIds()].map(packageRoot).filter(Boolean));
    const notices = [...roots]
      .map((root) => {
        const { name, version, license } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        const file = readdirSync(root).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
        const text = file ? readFileSync(join(root, file), 'utf8').trim() : `Licence: ${license}`;
        return { name, text: `${name} ${version} (${license})\n\n${text}` };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    // A single file's notices are beside it; a folder of chunks has one file of notices for all of them.
    const fileName = output.file ? `${output.file.replace(/^dist\//, '')}.LICENSE.txt` : 'LICENSE.txt';
    const what = output.file ? output.file.replace(/^dist\//, '') : `${output.dir.replace(/^dist\//, '')}/`;
    const source = `${what} bundles these packages, each under its own licence.\n\n${notices
      .map((notice) => notice.text)
      .join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
    this.emitFile({ type: 'asset', fileName, source });
  },
});

/** What every minified output is built with: its dependencies inside, TypeScript compiled, templates and code minified. */
const minified = (outDir) => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  // The map carries the SDK's own sources (inlineSources), as it does its dependencies', for a debugger to show.
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    outDir,
    inlineSources: true,
  }),
  // Templates and styles lose the indentation and line breaks that only help people reading the source.
  minifyHTML(),
  // Only the licence banners stay (Lit's, zod's, ky's, MSW's): the notices their licences ask to keep.
  terser({ ecma: 2022, module: true, format: { comments: /@license|@preserve|^!/i } }),
];

/** One minified ES module with every dependency inside, typed as the module it bundles. */
const singleFile = (input, file, declarations) => ({
  input,
  output: {
    file,
    format: 'es',
    // One file: what the elements load when needed (another language's words, a later step) is inside it too.
    inlineDynamicImports: true,
    sourcemap: true,
    banner: `/*! pf-portal-elements (MIT). The licences of the packages inside: ${file.replace(/^dist\//, '')}.LICENSE.txt */`,
  },
  plugins: [typesOf(declarations), licenceNotices(), ...minified('dist')],
});

/**
 * What a page that shows one element loads, as `<link rel="modulepreload">` and script tags to put in its `<head>`:
 * the element's entry (which defines `<pf-portal>` too) and every chunk it imports, so the browser asks for all of them at
 * once (no waterfall of imports found one after another). Written beside the chunks as `<entry>.html`, and all of
 * them as `pages.json` (each entry's files, in the order a page asks for them) for tools and the size check.
 */
const pageTags = (folder, { readAtOnce = {} } = {}) => ({
  name: 'page-tags',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const closure = (fileName, seen = new Set()) => {
      if (seen.has(fileName)) return seen;
      seen.add(fileName);
      for (const imported of byName.get(fileName)?.imports ?? []) closure(imported, seen);
      return seen;
    };
    const pages = {};
    for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
      // An element's entry defines <pf-portal> too (its code is in the shared chunks): one script tag per page.
      const entries = [entry.fileName];
      const files = new Set(entries.flatMap((fileName) => [...closure(fileName)]));
      // A chunk the element fetches itself as soon as it runs is asked for with the rest.
      for (const name of readAtOnce[entry.name] ?? []) closure(`chunks/${name}.js`, files);
      // The chunks first (preloaded), then the entries (run): the order a page's <head> asks for them.
      pages[entry.name] = [...[...files].filter((file) => !entries.includes(file)).sort(), ...entries];
      const tags = pages[entry.name].map((file) =>
        entries.includes(file)
          ? `<script type="module" src="${folder}${file}"></script>`
          : `<link rel="modulepreload" href="${folder}${file}" />`,
      );
      // The Spanish words of what the page shows, which the elements fetch when they speak Spanish.
      const spanish = [...new Set(pages[entry.name].flatMap((file) => byName.get(file)?.dynamicImports ?? []))].filter(
        (file) => file.endsWith('.es.js'),
      );
      pages[`${entry.name} es`] = spanish.sort();
      this.emitFile({
        type: 'asset',
        fileName: `${entry.name}.html`,
        source: `<!-- <${entry.name}>${entry.name === 'pf-portal' ? '' : ' in a <pf-portal>, which its entry defines too'}: every file it needs, asked for at once. Put these in the page's <head>, with ${folder} changed to where the site serves dist/min/; a page in Spanish adds the tags of ${entry.name}.es.html. -->\n${tags.join('\n')}\n`,
      });
      this.emitFile({
        type: 'asset',
        fileName: `${entry.name}.es.html`,
        source: `<!-- <${entry.name}> in Spanish: its words, asked for with the rest (see ${entry.name}.html). -->\n${spanish
          .map((file) => `<link rel="modulepreload" href="${folder}${file}" />`)
          .join('\n')}\n`,
      });
    }
    this.emitFile({ type: 'asset', fileName: 'pages.json', source: `${JSON.stringify(pages, null, 2)}\n` });
  },
});

/**
 * For a page without a bundler that shows one element: each tag's entry minified, and the chunks they share, so a
 * sign-in page loads sign-in's code and not the records'. Stable names (no hashes): the package's version is in
 * the path it is served from.
 */
const pageChunks = {
  input: Object.fromEntries(tagEntries.map((file) => [file.replace(/^src\/|\.ts$/g, ''), file])),
  output: {
    dir: 'dist/min',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    // Few shared chunks rather than many small ones (each file is a request, and each compresses on its own): what
    // every element needs (lit, ky, zod, the client, the portal's context), what the forms share, and the record's
    // FHIR side, which the records load with their code and the client fetches when it first reads the record.
    manualChunks: (id) => {
      // Each catalog's Spanish words stay a chunk of their own, fetched by a page in Spanish.
      if (/\.es\.ts$/.test(id)) return undefined;
      if (/[\\/]src[\\/]api[\\/]fhir[\\/]/.test(id)) return 'fhir';
      // How the client talks to the servers (ky, zod/mini, the API's schemas): fetched by the client as the portal
      // starts, so a form that reads nothing before it is sent is drawn without it; the elements that read at once
      // import it, so their pages ask for it with the rest.
      if (/[\\/]node_modules[\\/](ky|zod)[\\/]/.test(id) || /[\\/]src[\\/]api[\\/](transport|schemas)\.ts$/.test(id))
        return 'transport';
      // What only some elements use stays with them, off the other pages: the registration's history, and the new
      // password pair of the account step and recovery (a chunk of its own, which sign-in fetches with recovery).
      if (/[\\/]src[\\/]internal[\\/](registration-history|new-password)\.ts$/.test(id)) return undefined;
      if (/[\\/]src[\\/]internal[\\/](form-element|form-feedback|countdown|phone)\.ts$/.test(id)) return 'forms';
      if (/[\\/]node_modules[\\/]/.test(id) || /[\\/]src[\\/](api|internal|components[\\/]portal)[\\/]/.test(id))
        return 'core';
      return undefined;
    },
    sourcemap: true,
    banner: '/*! pf-portal-elements (MIT). The licences of the packages inside: min/LICENSE.txt */',
  },
  plugins: [
    // The records read the record as soon as they show: the client's FHIR side comes with their page.
    pageTags('/vendor/pf-portal-elements/min/', { readAtOnce: { 'pf-health-records': ['fhir'] } }),
    licenceNotices(),
    ...minified('dist/min'),
  ],
};

export default [
  // For bundlers: one ES module per source file, dependencies left as imports, with declarations.
  {
    input: [
      'src/index.ts',
      'src/api/index.ts',
      'src/mocks/index.ts',
      'src/mocks/node.ts',
      ...tagEntries,
      ...languageEntries,
    ],
    external: (id) => isDependency(id) || id.startsWith('node:'),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      // What the mock bundles from other packages (the breached-password list) lands in dist/vendor/: npm leaves
      // every node_modules folder out of a package.
      entryFileNames: (chunk) => `${chunk.name.replace(/^(?:.*\/)?node_modules\//, 'vendor/')}.js`,
    },
    plugins: [
      // Only the mock's data packages are bundled; the elements' dependencies stay imports for the page's bundler.
      nodeResolve({ resolveOnly: [/^@zxcvbn-ts\//] }),
      typescript({ tsconfig: './tsconfig.build.json' }),
      keepTransport,
      copyWorker,
    ],
  },
  // For a practice's page: every element and its dependencies in one minified file, loaded by one script tag.
  singleFile('src/index.ts', 'dist/pf-elements.min.js', './index.js'),
  // For a page that shows one element: its entry and the chunks it shares with the others, all minified.
  pageChunks,
  // Each language pack as one minified module with nothing to import, for a page without a bundler to register.
  ...languageEntries.map((input) => ({
    input,
    output: {
      file: input.replace(/^src\//, 'dist/').replace(/\.ts$/, '.min.js'),
      format: 'es',
      sourcemap: true,
      banner: '/*! pf-portal-elements (MIT) */',
    },
    plugins: [
      typesOf('', `export { default } from './${basename(input).replace(/\.ts$/, '.js')}';\n`),
      ...minified('dist'),
    ],
  })),
  // The mock portal for a demo page, in one file with MSW inside; the production files never reach it.
  singleFile('src/mocks/index.ts', 'dist/pf-mock-portal.js', './mocks/index.js'),
];
