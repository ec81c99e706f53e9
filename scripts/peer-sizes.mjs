// `node scripts/peer-sizes.mjs`: the size of what a practice would otherwise embed, measured like our own files
// (scripts/check-dist.mjs): minified, then gzip -9. Fetches each peer at a pinned version from the npm registry into
// a temporary directory (PEER_SIZES_DIR, default /tmp/peer-sizes), so it needs the network and is not part of
// `npm test`. Prints a markdown table with each peer's ratio to our single file and to the matching element entry.
//
// A peer's figure is the file its documentation tells a page to load from a CDN, as npm publishes it. Where npm does
// not publish that file (Auth0 Lock) or the peer is a library a page ships through a bundler (the React kits), the
// script bundles it here with esbuild and minifies it with terser, as our own build does, and says so. esbuild and
// terser are already in node_modules (through @web/dev-server-esbuild and @rollup/plugin-terser): no new dependency.
//
// The sign-in peers that draw their form with no server behind them (the Okta widget's Classic Engine, Medplum's
// SignInForm) are also left where `npm run bench` finds them (<PEER_SIZES_DIR>/pages/pages.json), so the bench
// times them on a phone beside our sign-in page.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { minify } from 'terser';
import { bundleEntry } from './bundle-entry.mjs';

const started = Date.now();
const work = process.env.PEER_SIZES_DIR ?? join(tmpdir(), 'peer-sizes');
mkdirSync(work, { recursive: true });
/** The peers' pages `npm run bench` times on a phone: each served from its folder under /peers/<name>/. */
const benchPages = {};

// ---------------------------------------------------------------------------------------------------------------
// The peers, pinned. `files`: files read from the published tarball (see measureFile for minification).
// `bundle`: an entry bundled from an install of `install`; `css`: stylesheets the peer tells pages to load.
// `vs`: which of our entries does the same job (besides the whole single file).
// ---------------------------------------------------------------------------------------------------------------
const oktaVersion = '7.49.0';
const okta = (file, what) => ({
  name: `Okta Sign-In Widget, ${what}`,
  vs: 'sign-in',
  files: [
    { pkg: '@okta/okta-signin-widget', version: oktaVersion, file: `dist/js/${file}` },
    { pkg: '@okta/okta-signin-widget', version: oktaVersion, file: 'dist/css/okta-sign-in.min.css' },
  ],
});
const react19 = ['react@19.3.1', 'react-dom@19.3.1'];
// Medplum's peers at the versions its own build uses (its devDependencies); react-router and jsqr it imports.
const mantine8 = ['core', 'hooks', 'notifications', 'spotlight'].map((name) => `@mantine/${name}@8.3.18`);
const medplum = [
  ...['react', 'core', 'react-hooks'].map((name) => `@medplum/${name}@5.2.13`),
  ...mantine8,
  ...['react-router@8.3.0', 'jsqr@1.4.0', 'signature_pad@5.1.4'],
  ...react19,
];
const medplumCss = ['@mantine/core/styles.css', '@medplum/react/dist/esm/index.css'];

const peers = [
  okta('okta-sign-in.min.js', 'standard CDN bundle (Classic + Identity Engine + polyfill)'),
  okta('okta-sign-in.no-polyfill.min.js', 'no-polyfill bundle'),
  okta('okta-sign-in.oie.min.js', 'Identity Engine only'),
  okta('okta-sign-in.classic.min.js', 'Classic Engine only'),
  {
    name: 'Auth0 Lock, rebuilt like the CDN lock.min.js (lib/browser.js with its core-js polyfills)',
    vs: 'sign-in',
    install: ['auth0-lock@14.3.0', 'core-js@3.51.0'],
    bundle: "import 'auth0-lock/lib/browser.js';",
  },
  {
    name: 'Auth0 Lock, through a bundler (lib/index.js, no polyfills)',
    vs: 'sign-in',
    install: ['auth0-lock@14.3.0'],
    bundle: "import Auth0Lock from 'auth0-lock'; window.Auth0Lock = Auth0Lock;",
  },
  {
    name: 'FirebaseUI Auth with the Firebase compat SDK it requires (app + auth)',
    vs: 'sign-in',
    files: [
      { pkg: 'firebaseui', version: '6.1.0', file: 'dist/firebaseui.js' },
      { pkg: 'firebaseui', version: '6.1.0', file: 'dist/firebaseui.css' },
      { pkg: 'firebase', version: '10.14.1', file: 'firebase-app-compat.js' },
      { pkg: 'firebase', version: '10.14.1', file: 'firebase-auth-compat.js' },
    ],
  },
  {
    name: 'AWS Amplify UI Authenticator (React) with aws-amplify, React and ReactDOM',
    vs: 'sign-in',
    install: ['@aws-amplify/ui-react@6.15.6', 'aws-amplify@6.22.1', ...react19],
    bundle: [
      "import { createElement } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { Amplify } from 'aws-amplify';",
      "import { Authenticator } from '@aws-amplify/ui-react';",
      "Amplify.configure({ Auth: { Cognito: { userPoolId: 'x', userPoolClientId: 'y' } } });",
      "createRoot(document.getElementById('root')).render(createElement(Authenticator, null, () => 'signed in'));",
    ].join('\n'),
    css: ['@aws-amplify/ui-react/dist/styles.css'],
  },
  {
    name: 'SMART on FHIR client (fhirclient), standard browser bundle; no UI',
    vs: 'all',
    files: [{ pkg: 'fhirclient', version: '2.6.3', file: 'build/fhir-client.min.js' }],
  },
  {
    name: 'SMART on FHIR client (fhirclient), "pure" bundle without polyfills; no UI',
    vs: 'all',
    files: [{ pkg: 'fhirclient', version: '2.6.3', file: 'build/fhir-client.pure.min.js' }],
  },
  {
    name: 'Medplum React components, the whole kit, with @medplum/core, Mantine 8, React and ReactDOM',
    vs: 'all',
    install: medplum,
    bundle: [
      "export * from '@medplum/react';",
      "export { MedplumClient } from '@medplum/core';",
      "export { MantineProvider } from '@mantine/core';",
      "export { createElement } from 'react';",
      "export { createRoot } from 'react-dom/client';",
    ].join('\n'),
    css: medplumCss,
  },
  {
    name: 'Medplum React, a sign-in page only (SignInForm), with its dependencies',
    vs: 'sign-in',
    page: 'medplum-sign-in',
    install: medplum,
    bundle: [
      "import { createElement as h } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { MantineProvider } from '@mantine/core';",
      "import { MedplumClient } from '@medplum/core';",
      "import { MedplumProvider, SignInForm } from '@medplum/react';",
      'const medplum = new MedplumClient();',
      "createRoot(document.getElementById('root')).render(",
      '  h(MantineProvider, null, h(MedplumProvider, { medplum }, h(SignInForm, { onSuccess: () => undefined }))),',
      ');',
    ].join('\n'),
    css: medplumCss,
  },
  {
    name: 'fhir-react (FHIR resource display components), the whole kit, with React and ReactDOM',
    vs: 'records',
    // Its webpack build requires the Buffer polyfill's modules and util without declaring them.
    install: [
      'fhir-react@2.1.1',
      'react@18.3.1',
      'react-dom@18.3.1',
      'base64-js@1.5.1',
      'ieee754@1.2.1',
      'isarray@1.0.0',
      'util@0.12.5',
    ],
    bundle: [
      "export * from 'fhir-react';",
      "export { createElement } from 'react';",
      "export { createRoot } from 'react-dom/client';",
    ].join('\n'),
    css: ['fhir-react/build/style.css', 'fhir-react/build/bootstrap-reboot.min.css'],
  },
  {
    name: 'React and ReactDOM alone (what every React kit above carries)',
    vs: 'all',
    install: react19,
    bundle: "export { createElement } from 'react';\nexport { createRoot } from 'react-dom/client';",
  },
];

const skipped = [
  [
    'fhir-kit-client@2.0.3',
    'a Node.js-only FHIR client since 2.0 (agentkeepalive, Node http): no browser build to measure',
  ],
  [
    '@aws-amplify/ui-components@1.9.40',
    'the legacy Stencil components for aws-amplify 3/4: a loader plus 80-odd lazy chunks, no single file; ' +
      'its successor, the Authenticator of @aws-amplify/ui-react, is measured instead',
  ],
];

// ---------------------------------------------------------------------------------------------------------------
// Fetching.
// ---------------------------------------------------------------------------------------------------------------
const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

/** The unpacked tarball of pkg@version (packed once, reused on later runs). */
function unpacked(pkg, version) {
  const dir = join(work, 'packs', `${pkg.replace('/', '+')}@${version}`);
  if (!existsSync(join(dir, 'package', 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    const [{ filename }] = JSON.parse(npm(['pack', `${pkg}@${version}`, '--json', '--pack-destination', dir], dir));
    execFileSync('tar', ['xzf', filename], { cwd: dir });
  }
  return join(dir, 'package');
}

/** A node_modules with the given pinned packages (installed once per set, reused on later runs). */
function installed(specs) {
  const id = createHash('sha256').update(specs.join(' ')).digest('hex').slice(0, 12);
  const dir = join(work, 'installs', `${specs[0].replace('/', '+')}-${id}`);
  const dependencies = Object.fromEntries(
    specs.map((spec) => [spec.slice(0, spec.lastIndexOf('@')), spec.slice(spec.lastIndexOf('@') + 1)]),
  );
  const fresh = Object.entries(dependencies).every(
    ([name, version]) =>
      existsSync(join(dir, 'node_modules', name, 'package.json')) &&
      JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version === version,
  );
  if (!fresh) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies }, null, 2));
    npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  }
  return join(dir, 'node_modules');
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring: min + gzip -9, as check-dist.mjs measures our files.
// ---------------------------------------------------------------------------------------------------------------
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const terse = async (code) =>
  Buffer.from((await minify(code, { ecma: 2022, compress: true, mangle: true, format: { comments: false } })).code);
const minifyCss = async (code) => Buffer.from((await transform(code, { loader: 'css', minify: true })).code);

/**
 * A published file named *.min.* is measured as published. Any other is run through the minifier (terser for
 * scripts, esbuild for styles) and measured as minified when that is smaller gzipped: like for like with our own
 * terser build, and never to the peer's cost. The published size is given beside it.
 */
async function measureFile(path, label) {
  const raw = readFileSync(path);
  const published = { label, how: 'as published (minified)', bytes: raw.length, gzipped: gzip(raw) };
  if (/\.min\.(js|css)$/.test(path)) return published;
  const small = path.endsWith('.css') ? await minifyCss(raw.toString()) : await terse(raw.toString());
  if (gzip(small) >= published.gzipped) return { ...published, how: 'as published (already minified)' };
  const by = path.endsWith('.css') ? 'esbuild' : 'terser';
  const how = `minified here (${by}); as published: ${raw.length} bytes, ${kb(published.gzipped)}`;
  return { label, how, bytes: small.length, gzipped: gzip(small) };
}

async function measureBundle(peer) {
  const modules = installed(peer.install);
  const result = await build({
    stdin: { contents: peer.bundle, resolveDir: modules, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Peer',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.css': 'empty', '.svg': 'dataurl', '.png': 'dataurl' },
    logLevel: 'silent',
  });
  const code = await terse(result.outputFiles[0].text);
  const versions = peer.install.join(', ');
  const parts = [
    {
      label: `bundle of ${versions}`,
      how: 'bundled here (esbuild), minified (terser)',
      bytes: code.length,
      gzipped: gzip(code),
    },
  ];
  for (const css of peer.css ?? []) parts.push(await measureFile(join(modules, css), css));
  if (peer.page) {
    // The page the bench loads: the bundle as measured, and its stylesheets as the peer publishes them, in one file.
    const dir = join(work, 'pages', peer.page);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'peer.js'), code);
    writeFileSync(
      join(dir, 'peer.css'),
      (peer.css ?? []).map((css) => readFileSync(join(modules, css), 'utf8')).join('\n'),
    );
    benchPages[peer.page] = { name: peer.name, dir };
  }
  return parts;
}

async function measurePeer(peer) {
  if (peer.bundle) return measureBundle(peer);
  const parts = [];
  for (const { pkg, version, file } of peer.files) {
    parts.push(await measureFile(join(unpacked(pkg, version), file), `${pkg}@${version} ${file}`));
  }
  return parts;
}

// Ours: the single file as built, and each entry bundled with what it imports, exactly as check-dist.mjs does.
const ourFiles = {
  all: 'dist/pf-elements.min.js',
  'sign-in': 'dist/pf-sign-in.js',
  records: 'dist/pf-health-records.js',
};
if (Object.values(ourFiles).some((file) => !existsSync(file))) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}
const ours = {};
for (const [key, file] of Object.entries(ourFiles)) {
  const raw = key === 'all' ? readFileSync(file) : await bundleEntry(file);
  ours[key] = { file, bytes: raw.length, gzipped: gzip(raw), bundled: key !== 'all' };
}

// ---------------------------------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------------------------------
const ratio = (theirs, key) => `${(theirs / ours[key].gzipped).toFixed(1)}×`;

console.log(`Ours (min + gzip -9):`);
for (const { file, bytes, gzipped, bundled } of Object.values(ours)) {
  console.log(`  ${file}${bundled ? ' (bundled)' : ''}: ${kb(gzipped)} (${bytes} bytes minified)`);
}
console.log(
  '\n| peer | file | how | minified bytes | min + gzip -9 | × our whole SDK | × our matching entry |\n' +
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
);
for (const peer of peers) {
  let parts;
  try {
    parts = await measurePeer(peer);
  } catch (error) {
    process.exitCode = 1;
    console.log(
      `| ${peer.name} | failed: ${(error.errors?.map((e) => e.text).join('; ') ?? String(error)).slice(0, 300)} | | | | | |`,
    );
    continue;
  }
  const bytes = parts.reduce((sum, part) => sum + part.bytes, 0);
  const gzipped = parts.reduce((sum, part) => sum + part.gzipped, 0);
  const matching = peer.vs === 'all' ? '' : `${ratio(gzipped, peer.vs)} (${ours[peer.vs].file.slice(5)})`;
  const [file, how] = parts.length > 1 ? [`the ${parts.length} files below`, ''] : [parts[0].label, parts[0].how];
  console.log(
    `| **${peer.name}** | ${file} | ${how} | ${bytes} | **${kb(gzipped)}** | ${ratio(gzipped, 'all')} | ${matching} |`,
  );
  if (parts.length > 1) {
    for (const part of parts)
      console.log(`| | ${part.label} | ${part.how} | ${part.bytes} | ${kb(part.gzipped)} | | |`);
  }
}
// The Okta widget's page loads its CDN files as published: its folder is the package's dist/.
benchPages['okta-sign-in'] = {
  name: 'Okta Sign-In Widget, standard CDN bundle, Classic Engine',
  dir: join(unpacked('@okta/okta-signin-widget', oktaVersion), 'dist'),
};
mkdirSync(join(work, 'pages'), { recursive: true });
writeFileSync(join(work, 'pages', 'pages.json'), JSON.stringify(benchPages, null, 2));
console.log('\nNot measured:');
for (const [what, why] of skipped) console.log(`  ${what}: ${why}`);
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s (downloads cached in ${work}).`);
