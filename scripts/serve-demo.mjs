// `npm start`: builds the package when the source is newer than the build (saying what it builds as it goes), then
// serves the demo practice website on the mock portal at http://127.0.0.1:$PORT (default 8000).
// `npm start -- --strict` serves it under the strict Content Security Policy below, with Trusted Types required, as
// the strictest practice website would.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from './build.mjs';
import { staticSite } from './static-server.mjs';

/** The policy of a strict practice website: only its own files, no inline code, Trusted Types for the DOM. */
export const strictPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // lit-html is the SDK's only policy; pf-mock-worker is the mock's, to register its service worker.
  'trusted-types lit-html pf-mock-worker',
].join('; ');

/**
 * The demo website's request handler: the built package under /dist/, MSW's worker at the root (where it may
 * control every page), and the demo's own pages for everything else; nothing outside those folders.
 */
export function demoSite({ root = '.', strict = false } = {}) {
  return staticSite(
    [
      { at: '/mockServiceWorker.js', file: join(root, 'dist', 'mockServiceWorker.js') },
      { at: '/dist/', dir: join(root, 'dist') },
      { at: '/', dir: join(root, 'demo') },
    ],
    {
      headers: {
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        ...(strict ? { 'Content-Security-Policy': strictPolicy } : {}),
      },
    },
  );
}

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const strict = process.argv.includes('--strict');
  const port = Number(process.env.PORT ?? 8000);
  const host = '127.0.0.1';
  const built = ['dist/pf-elements.min.js', 'dist/pf-mock-portal.js', 'dist/mockServiceWorker.js'];
  if (built.some((file) => !existsSync(file)) || statSync(built[0]).mtimeMs < newest('src')) {
    console.log('The package is built first (later starts skip this until src/ changes).');
    await build();
  }
  createServer(demoSite({ strict })).listen(port, host, () => {
    const under = strict ? ', under the strict Content Security Policy' : '';
    console.log(`Riverside Family Medicine (demo, on the mock portal${under}): http://${host}:${port}/`);
  });
}
