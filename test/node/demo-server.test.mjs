// The demo server (`npm start`) serves its three places and nothing beside them: not a sibling folder whose name
// starts like one of them, not a path that climbs out with dots however they are written, and a malformed request
// gets an answer instead of taking the server down. The same helper serves the stories and the benchmark.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoSite, strictPolicy } from '../../scripts/serve-demo.mjs';

const secret = 'NOT-FOR-THE-WEB';
let root;
const servers = [];

/** A request sent as written: no client-side normalising of dots or escapes. */
const get = (base, path) =>
  new Promise((done, fail) => {
    const { hostname, port } = new URL(base);
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body }));
    })
      .on('error', fail)
      .end();
  });

const listen = async (handler) => {
  const server = createServer(handler);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
};

before(() => {
  root = mkdtempSync(join(tmpdir(), 'pf-demo-server-'));
  const write = (path, text) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('demo/index.html', '<!doctype html><title>Home</title>');
  write('demo/portal.html', '<!doctype html><title>Portal</title>');
  write('dist/pf-elements.min.js', 'export {};');
  write('dist/mockServiceWorker.js', '/* worker */');
  // Siblings whose names start with "demo" and "dist", and a file beside the project.
  write('demo-private/secret.txt', secret);
  write('dist-old/secret.txt', secret);
  write('secret.txt', secret);
});
after(() => {
  for (const server of servers) server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the demo server', () => {
  it('serves the pages, the built package under /dist/ and the worker at the root, with its headers', async () => {
    const base = await listen(demoSite({ root }));
    const home = await get(base, '/');
    assert.equal(home.status, 200);
    assert.match(home.body, /<title>Home/);
    assert.match(home.headers['content-type'], /^text\/html/);
    assert.equal(home.headers['x-content-type-options'], 'nosniff');
    assert.equal(home.headers['referrer-policy'], 'no-referrer');
    assert.equal(home.headers['content-security-policy'], undefined);
    assert.match((await get(base, '/portal.html?invitation=abc')).body, /<title>Portal/);
    const bundle = await get(base, '/dist/pf-elements.min.js');
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers['content-type'], /^text\/javascript/);
    assert.equal((await get(base, '/mockServiceWorker.js')).body, '/* worker */');
    assert.equal((await get(base, '/nothing-here.html')).status, 404);
  });

  it('serves every file under the strict Content Security Policy with --strict', async () => {
    const base = await listen(demoSite({ root, strict: true }));
    for (const path of ['/', '/portal.html', '/dist/pf-elements.min.js', '/mockServiceWorker.js']) {
      assert.equal((await get(base, path)).headers['content-security-policy'], strictPolicy, path);
    }
  });

  const escapes = [
    '/../demo-private/secret.txt',
    '/..%2fdemo-private/secret.txt',
    '/..%2Fdemo-private%2Fsecret.txt',
    '/%2e%2e/demo-private/secret.txt',
    '/%2e%2e%2fdemo-private%2fsecret.txt',
    '/..%5cdemo-private%5csecret.txt',
    '/..\\demo-private\\secret.txt',
    '/dist/../dist-old/secret.txt',
    '/dist/..%2fdist-old/secret.txt',
    '/dist/%2e%2e%2fdist-old%2fsecret.txt',
    '/dist/..%2f..%2fsecret.txt',
    '/..%2f..%2f' + 'secret.txt',
    '/%2e%2e/secret.txt',
    '/dist-old/secret.txt',
    '/demo-private/secret.txt',
    '/mockServiceWorker.js/../../secret.txt',
  ];
  for (const path of escapes) {
    it(`answers ${path} with 404 and nothing from outside its folders`, async () => {
      const base = await listen(demoSite({ root }));
      const answer = await get(base, path);
      assert.equal(answer.status, 404);
      assert.doesNotMatch(answer.body, new RegExp(secret));
    });
  }

  it('answers malformed escapes and goes on serving', async () => {
    const base = await listen(demoSite({ root }));
    for (const path of ['/%E0', '/%', '/%E0%A4%A', '/dist/%E0', '/%00', '/portal.html%', '/%C0%AE%C0%AE/secret.txt']) {
      const answer = await get(base, path);
      assert.ok(answer.status >= 400 && answer.status < 500, `${path} answered ${answer.status}`);
      assert.doesNotMatch(answer.body, new RegExp(secret));
    }
    assert.equal((await get(base, '/')).status, 200);
  });

  it('refuses methods that change things', async () => {
    const base = await listen(demoSite({ root }));
    const { hostname, port } = new URL(base);
    const { status, allow } = await new Promise((done) =>
      request({ hostname, port, path: '/index.html', method: 'POST' }, (response) => {
        response.resume();
        done({ status: response.statusCode, allow: response.headers.allow });
      }).end('x'),
    );
    assert.equal(status, 405);
    assert.equal(allow, 'GET, HEAD');
  });
});
