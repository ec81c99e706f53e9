// `npx pf-portal-mock`: the mock portal on a real port, as mobile and backend developers start it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';

let child;
let apiBase;

before(async () => {
  child = spawn(process.execPath, ['bin/pf-portal-mock.mjs', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  for await (const chunk of child.stdout) {
    printed += chunk;
    const match = /Mock portal API at (\S+) /.exec(printed);
    if (match) {
      apiBase = match[1];
      break;
    }
  }
  assert.ok(apiBase, `the server said: ${printed}`);
});

after(async () => {
  child.kill();
  await once(child, 'exit');
});

const post = (path, body, headers = {}) =>
  fetch(`${apiBase}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('pf-portal-mock', () => {
  it('serves the seeded portal and its controls on the port it prints', async () => {
    const { patients } = await (await fetch(`${apiBase}/__mock/patients`)).json();
    assert.ok(patients.some((patient) => patient.email === 'Sue@gmail.com'));
    const signedIn = await post('/sessions', { username: 'ana.garcia@example.com', password: 'Riverside#2024' });
    assert.equal(signedIn.status, 201);
    assert.match((await signedIn.json()).session.accessToken, /^[\w-]{43}$/);
  });

  it('writes the socket address and user agent in the audit log, whatever address the client claims', async () => {
    await post('/__mock/reset', {});
    await post(
      '/sessions',
      { username: 'ana.garcia@example.com', password: 'Wrong-Password-1' },
      { 'x-pf-client-address': '203.0.113.9', 'User-Agent': 'conformance-check/1.0' },
    );
    const { events } = await (await fetch(`${apiBase}/__mock/audit`)).json();
    const failed = events.find((event) => event.event === 'signin.failed');
    assert.equal(failed.clientAddress, '127.0.0.1');
    assert.equal(failed.userAgent, 'conformance-check/1.0');
  });

  it("writes a search's next link with the browser's scheme when a proxy says it", async () => {
    await post('/__mock/reset', {});
    const signedIn = await post('/sessions', { username: 'harold.whitaker@example.com', password: 'Riverside#2024' });
    const { accessToken, patientId } = (await signedIn.json()).session;
    const nextOf = async (headers) => {
      const bundle = await (
        await fetch(`${apiBase}/fhir/r4/Observation?patient=${patientId}&_count=10`, {
          headers: { Authorization: `Bearer ${accessToken}`, ...headers },
        })
      ).json();
      return new URL(bundle.link.find((link) => link.relation === 'next').url);
    };
    assert.equal((await nextOf({})).origin, new URL(apiBase).origin);
    // (fetch sends the Host it connects to: the host a proxy forwards is the one it was asked for.)
    const proxied = await nextOf({ 'X-Forwarded-Proto': 'https' });
    assert.equal(proxied.origin, new URL(apiBase).origin.replace(/^http:/, 'https:'));
  });

  it('drops the connection for a network fault, and answers 404 off its routes', async () => {
    await post('/__mock/faults', { fault: { kind: 'network' }, route: 'GET /password-policy' });
    await assert.rejects(fetch(`${apiBase}/password-policy`));
    assert.equal((await fetch(`${apiBase}/password-policy`)).status, 200);
    assert.equal((await fetch(`${apiBase.replace('/api/portal', '')}/elsewhere`)).status, 404);
  });

  it('says what is wrong with its options', async () => {
    const bad = spawn(process.execPath, ['bin/pf-portal-mock.mjs', '--port', 'many'], { stdio: 'pipe' });
    let said = '';
    bad.stderr.on('data', (chunk) => (said += chunk));
    const [code] = await once(bad, 'exit');
    assert.equal(code, 1);
    assert.match(said, /--port must be a port number/);
    assert.match(said, /Usage: pf-portal-mock/);
  });
});
