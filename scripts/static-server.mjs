// The static file serving of every script that serves pages (the demo, the story runner, the benchmark, the tests of
// the plain-page recipe), on sirv: it resolves each path inside its folder with a separator-aware check, ignores a
// malformed escape instead of throwing, and answers conditional requests. The scripts only say what is served where.
import { createServer } from 'node:http';
import { basename, dirname, resolve } from 'node:path';
import sirv from 'sirv';

/**
 * What a site serves, in order: `{ at: '/dist/', dir: 'dist' }` serves the folder under that URL prefix (which ends
 * with a slash), `{ at: '/mockServiceWorker.js', file: 'dist/mockServiceWorker.js' }` one file at one path.
 * @typedef {{ at: string, dir: string } | { at: string, file: string }} Mount
 */

const answer = (response, status, text, headers = {}) => {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(text);
};
const notFound = (response) => answer(response, 404, 'Not found');

/**
 * A Node request handler for the mounts: each request is answered by the first mount its path falls under, or 404.
 * `headers` are added to every answer (security headers, a Content Security Policy).
 * @param {Mount[]} mounts
 * @param {{ headers?: Record<string, string> }} [options]
 */
export function staticSite(mounts, { headers = {} } = {}) {
  const served = mounts.map((mount) => {
    const folder = resolve('file' in mount ? dirname(mount.file) : mount.dir);
    const serve = sirv(folder, { dev: true, etag: true, dotfiles: false });
    return 'file' in mount
      ? { matches: (path) => path === mount.at, rewrite: () => `/${basename(mount.file)}`, serve }
      : { matches: (path) => path.startsWith(mount.at), rewrite: (path) => `/${path.slice(mount.at.length)}`, serve };
  });
  return (request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith('/')) {
      answer(response, 400, 'Bad request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      answer(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const [path, query = ''] = url.split(/\?(.*)/s, 2);
    const mount = served.find((candidate) => candidate.matches(path));
    if (!mount) {
      notFound(response);
      return;
    }
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    request.url = mount.rewrite(path) + (query ? `?${query}` : '');
    mount.serve(request, response, () => notFound(response));
  };
}

/**
 * Serves the mounts on a free loopback port (or `port`), and resolves with the base URL and a way to close it.
 * @param {Mount[]} mounts
 * @param {{ headers?: Record<string, string>, port?: number }} [options]
 */
export async function serveStatic(mounts, { headers, port = 0 } = {}) {
  const server = createServer(staticSite(mounts, { headers }));
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    server,
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
