// A small static file server on a free loopback port, for the story runner and the benchmark; and the content types
// the demo server uses too.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';

/** The Content-Type of each kind of file the scripts serve. */
export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Serves the file `fileFor(pathname)` names (or 404 when it names none, or nothing that exists), and resolves with
 * the server's base URL and a way to close it.
 */
export async function serveStatic(fileFor) {
  const server = createServer((request, response) => {
    const file = fileFor(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (!file || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
