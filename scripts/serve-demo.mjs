// `npm start`: builds the package when the source is newer than the build, then serves the demo practice website
// on the mock portal at http://127.0.0.1:$PORT (default 8000). `npm start -- --strict` serves it under the strict
// Content Security Policy below, with Trusted Types required, as the strictest practice website would.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { contentTypes } from './static-server.mjs';

/** The policy of a strict practice website: only its own files, no inline code, Trusted Types for the DOM. */
const strictPolicy = [
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

const strict = process.argv.includes('--strict');
const root = resolve('.');
const port = Number(process.env.PORT ?? 8000);
const host = '127.0.0.1';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const built = 'dist/pf-elements.min.js';
if (!existsSync(built) || !existsSync('dist/pf-mock-portal.js') || statSync(built).mtimeMs < newest('src')) {
  console.log('Building the package (npm run build)...');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

/** Where a URL path is served from: the demo's own files, the built package under /dist/, the worker at the root. */
const fileFor = (pathname) => {
  if (pathname === '/mockServiceWorker.js') return join(root, 'dist', 'mockServiceWorker.js');
  const [base, rest] = pathname.startsWith('/dist/') ? ['dist', pathname.slice(6)] : ['demo', pathname.slice(1)];
  const file = normalize(join(root, base, rest || 'index.html'));
  if (!file.startsWith(join(root, base))) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
};

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', `http://${host}`);
  const file = fileFor(decodeURIComponent(pathname));
  if (!file || !existsSync(file)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(strict ? { 'Content-Security-Policy': strictPolicy } : {}),
  });
  createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  const under = strict ? ', under the strict Content Security Policy' : '';
  console.log(`Riverside Family Medicine (demo, on the mock portal${under}): http://${host}:${port}/`);
});
