#!/usr/bin/env node
// The mock portal on a real port: the same rules, seed and `__mock/` controls as in the browser, for mobile and
// backend developers and for tests that need real sockets (parallel requests). Needs `msw` installed.
//
//   npx pf-portal-mock --port 4010 [--host 127.0.0.1] [--api-base /api/portal]
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { clientAddressHeader, createMockHandlers, MockPortal } from '../dist/mocks/node.js';

const usage = 'Usage: pf-portal-mock [--port 4010] [--host 127.0.0.1] [--api-base /api/portal]';
const maxBodyBytes = 1_000_000;

/** Reads a request's body, refusing more than `maxBodyBytes`. */
const readBody = (request) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/**
 * Starts a seeded mock portal behind a Node HTTP server. Resolves when it listens; `url` is the portal API's base.
 * `port: 0` picks a free port.
 */
export async function serveMockPortal({ port = 4010, host = '127.0.0.1', apiBase = '/api/portal' } = {}) {
  const portal = new MockPortal();
  await portal.reset();
  const handlers = createMockHandlers(portal, { apiBase });
  const server = createServer(async (incoming, outgoing) => {
    try {
      const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : await readBody(incoming);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // The transport's facts, for the audit log: where the request came from and what sent it.
      headers.set(clientAddressHeader, incoming.socket.remoteAddress ?? '');
      // Behind a proxy that speaks HTTPS to the browser, the links the mock writes (a search's next page) keep the
      // browser's scheme: the proxy says it in X-Forwarded-Proto.
      const scheme = incoming.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
      const request = new Request(new URL(incoming.url ?? '/', `${scheme}://${incoming.headers.host ?? host}`), {
        method: incoming.method,
        headers,
        ...(body && body.length ? { body } : {}),
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        outgoing.writeHead(404, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        outgoing.end(JSON.stringify({ error: `No mock route for ${incoming.method} ${incoming.url}` }));
        return;
      }
      // `HttpResponse.error()`: the mock's "network" fault drops the connection.
      if (response.type === 'error') {
        incoming.socket.destroy();
        return;
      }
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (outgoing.headersSent) return void outgoing.destroy();
      outgoing.writeHead(error.status ?? 500, { 'Content-Type': 'application/json' });
      outgoing.end(JSON.stringify({ error: error.message }));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    portal,
    server,
    url: `${origin}${apiBase}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const option = (args, name, fallback) => {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value\n${usage}`);
  return value;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(usage);
  } else {
    try {
      const port = Number(option(args, 'port', '4010'));
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a port number\n${usage}`);
      const running = await serveMockPortal({
        port,
        host: option(args, 'host', '127.0.0.1'),
        apiBase: option(args, 'api-base', '/api/portal'),
      });
      console.log(`Mock portal API at ${running.url} (controls at ${running.url}/__mock/). Ctrl+C stops it.`);
    } catch (error) {
      console.error(error.message);
      process.exitCode = 1;
    }
  }
}
