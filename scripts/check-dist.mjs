// Checks the built package: each budgeted file's size (minified + gzip -9) against size-budgets.json, and that no
// production entry reaches the mock portal or MSW. Prints the figures; exits non-zero on any breach.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleEntry } from './bundle-entry.mjs';

const { budgets } = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const failures = [];

/** The files a page that shows one element loads from dist/min/ (its entry, `<pf-portal>`'s, their chunks). */
const pages = existsSync('dist/min/pages.json') ? JSON.parse(readFileSync('dist/min/pages.json', 'utf8')) : {};

console.log('Size budgets (min + gzip -9):');
for (const { file, page, max, bundled: asBundled } of budgets) {
  if (page) {
    const files = pages[page];
    if (!files) {
      failures.push(`dist/min/pages.json has no page ${page}: run npm run build`);
      continue;
    }
    const gzipped = files.reduce(
      (sum, name) => sum + gzipSync(readFileSync(`dist/min/${name}`), { level: 9 }).length,
      0,
    );
    const ok = gzipped <= max;
    console.log(
      `  ${ok ? 'ok  ' : 'OVER'} a page with <${page}> (dist/min/${page}.html, ${files.length} files): ${(gzipped / 1024).toFixed(2)} KB of ${(max / 1024).toFixed(2)} KB`,
    );
    if (!ok) failures.push(`the page of ${page} is ${gzipped} bytes, over its budget of ${max}`);
    continue;
  }
  if (!existsSync(file)) {
    failures.push(`${file} is missing: run npm run build`);
    continue;
  }
  const raw = asBundled ? await bundleEntry(file) : readFileSync(file);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const ok = gzipped <= max;
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${file}${asBundled ? ' (bundled)' : ''}: ${(gzipped / 1024).toFixed(2)} KB of ${(max / 1024).toFixed(2)} KB (${(raw.length / 1024).toFixed(1)} KB minified)`,
  );
  if (!ok) failures.push(`${file} is ${gzipped} bytes, over its budget of ${max}`);
}

// A page loads the code of the elements it shows, and of those they show at once: not the others'. An element shown
// later (recovery from sign-in's links; a registration's account step, its sign-in and the records) is loaded when
// it may be needed, not with the page.
const shownAtOnce = { 'pf-registration': ['pf-register-verify'] };
for (const [page, files] of Object.entries(pages)) {
  const allowed = new Set([page.replace(/ es$/, ''), 'pf-portal', ...(shownAtOnce[page.replace(/ es$/, '')] ?? [])]);
  for (const name of files) {
    const element = /(?:^|\/)(pf-[a-z-]+)\.js$/.exec(name)?.[1];
    if (element && !allowed.has(element)) failures.push(`the page of ${page} loads ${name}, which it does not show`);
  }
}
/** The files a page loads whose source map names sources that match `pattern`, with those sources. */
const sourcesOnPage = (page, pattern) =>
  (pages[page] ?? [])
    .map((name) => {
      const { sources = [] } = JSON.parse(readFileSync(`dist/min/${name}.map`, 'utf8'));
      return [name, sources.filter((source) => pattern.test(source))];
    })
    .filter(([, found]) => found.length);
// The record's FHIR side (its schemas, the paging of searches) is loaded by the pages that read the record, and by
// the others only once a patient is signed in (the portal reads the patient's language): never before a form shows.
for (const page of ['pf-sign-in', 'pf-register-verify', 'pf-account-recovery']) {
  for (const [name, fhir] of sourcesOnPage(page, /src\/api\/fhir\//))
    failures.push(`the page of ${page} loads the FHIR side in ${name}: ${fhir.join(', ')}`);
}
// The client's transport (ky, zod/mini, the API's schemas) is not on the critical path of a page whose form reads
// nothing before the patient sends it: the client fetches it once the portal starts, while the form is drawn.
for (const page of ['pf-sign-in', 'pf-account-recovery', 'pf-portal']) {
  for (const [name, transport] of sourcesOnPage(page, /node_modules\/(ky|zod)\/|src\/api\/(transport|schemas)\.ts$/))
    failures.push(`the page of ${page} loads the client's transport in ${name}: ${transport.slice(0, 3).join(', ')}…`);
}
// The README shows a sign-in page's tags: they are the ones the build writes.
if (pages['pf-sign-in']) {
  const tags = readFileSync('dist/min/pf-sign-in.html', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('<') && !line.startsWith('<!--'))
    .join('\n');
  if (!readFileSync('README.md', 'utf8').includes(tags))
    failures.push("README.md's tags for a sign-in page are not those of dist/min/pf-sign-in.html");
}
console.log(
  `Pages: ${Object.keys(pages).filter((page) => !page.endsWith(' es')).length} pages in dist/min/, each loading only the elements it shows.`,
);

// The production bundle carries no trace of the mock.
const bundle = readFileSync('dist/pf-elements.min.js', 'utf8');
for (const marker of ['mockServiceWorker', '__mock', 'setupWorker', 'MockPortal', 'Riverside']) {
  if (bundle.includes(marker)) failures.push(`dist/pf-elements.min.js contains "${marker}": it reaches the mock`);
}

// Each single file says where the licences of what it bundles are, and that file names each package; its source
// map carries every source, the SDK's own included.
for (const file of ['dist/pf-elements.min.js', 'dist/pf-mock-portal.js']) {
  const notices = `${file}.LICENSE.txt`;
  if (
    !readFileSync(file, 'utf8').startsWith(
      `/*! pf-portal-elements (MIT). The licences of the packages inside: ${notices.slice(5)}`,
    )
  )
    failures.push(`${file} does not begin with its licence banner`);
  const listed = existsSync(notices) ? readFileSync(notices, 'utf8') : '';
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const packages = new Set(
    map.sources
      .map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1])
      .filter((name) => name !== undefined),
  );
  for (const name of packages) {
    if (!listed.includes(`\n${name} `) && !listed.startsWith(`${name} `))
      failures.push(`${notices} does not list ${name}`);
  }
  const empty = map.sources.filter((_source, index) => !map.sourcesContent?.[index]);
  if (empty.length) failures.push(`${file}.map lacks the content of ${empty.length} sources, ${empty[0]} first`);
}
console.log('Licences: each single file names its notices, which list every package it bundles; maps carry sources.');

// Walk the import graph of every production module: none may reach dist/mocks or msw.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = [
  'dist/index.js',
  'dist/api/index.js',
  ...budgets.flatMap((budget) => budget.file ?? []),
  ...[...new Set(Object.values(pages).flat())].map((name) => `dist/min/${name}`),
];
for (const pattern of Object.values(pkg.exports)) {
  const target = typeof pattern === 'string' ? pattern : pattern.default;
  if (
    target &&
    !target.includes('*') &&
    target.startsWith('./dist/') &&
    !target.includes('mock') &&
    target.endsWith('.js')
  )
    entries.push(target.slice(2));
}
// Every script the package exposes comes with its types (MSW's worker too: they say it exports nothing).
for (const [name, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') {
    if (target.endsWith('.js')) failures.push(`package.json exports ${name} without types`);
    continue;
  }
  if (Object.keys(target).some((key) => key.includes('*')) || name.includes('*'))
    failures.push(`package.json exports the pattern ${name}: name each module, with its types`);
  if (!target.types || !existsSync(target.types))
    failures.push(`package.json exports ${name}, but ${target.types} is missing`);
  // A types-only entry (a framework's JSX or components) has no module to run: its types are all there is.
  const typesOnly = !target.default && target.types?.endsWith('.d.ts') && name.startsWith('./types/');
  if (!typesOnly && !existsSync(target.default))
    failures.push(`package.json exports ${name}, but ${target.default} is missing`);
}

const seen = new Set();
const walk = (file, from) => {
  const path = resolve(file);
  if (seen.has(path)) return;
  seen.add(path);
  if (!existsSync(path)) return;
  const source = readFileSync(path, 'utf8');
  // Static imports and exports, and `import('…')` of code loaded when needed.
  for (const [, specifier] of source.matchAll(
    /(?:(?:import|export)\s*(?:[^'"(]*?from\s*)?|import\(\s*)['"]([^'"]+)['"]/g,
  )) {
    if (/^msw(\/|$)/.test(specifier) || specifier.includes('/mocks/')) {
      failures.push(`${file} imports ${specifier} (reached from ${from}): production code must not reach the mock`);
    }
    if (specifier.startsWith('.')) walk(join(dirname(file), specifier), from);
  }
};
for (const entry of new Set(entries)) walk(entry, entry);
console.log(`Mock isolation: ${seen.size} production modules read, none may import the mock.`);

if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
