import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { configureAxe } from './scripts/axe-rules.mjs';
import { chromeArgs, chromeEnv, findChrome } from './scripts/find-chrome.mjs';
import { createFhirTestServers } from './test/fhir-server/server.mjs';

const require = createRequire(import.meta.url);
const workerScript = require.resolve('msw/mockServiceWorker.js');

let executablePath;
let env;
try {
  executablePath = findChrome();
  env = chromeEnv();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

/** Serves MSW's worker at the root, so the mock portal can intercept every request of a test page. */
const serveMockServiceWorker = (context, next) => {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.set('Service-Worker-Allowed', '/');
  context.body = createReadStream(workerScript);
  return undefined;
};

/**
 * The loopback FHIR servers (test/fhir-server/server.mjs) under `/fhir-servers/`: real FHIR searches over real
 * resources, with the paging links, sorts and totals of the servers patients' records live on. Started on first use.
 */
let fhirServers;
const serveFhirTestServers = async (context, next) => {
  if (!context.path.startsWith('/fhir-servers/')) return next();
  fhirServers ??= createFhirTestServers();
  const answer = await (await fhirServers).handle(context.method, context.href, context.headers);
  context.status = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) context.set(name, value);
  context.body = JSON.stringify(answer.body);
  return undefined;
};

/** A DevTools session of each test page, for the commands below that ask Chrome itself. */
const devtoolsSessions = new Map();
const devtoolsOf = async (session) => {
  if (!devtoolsSessions.has(session.id)) {
    devtoolsSessions.set(session.id, session.browser.getPage(session.id).createCDPSession());
  }
  return devtoolsSessions.get(session.id);
};

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: the page as in Windows' contrast themes. wtr's
 * `emulateMedia` drops `forcedColors` on Chrome (puppeteer refuses the feature), so the command asks Chrome itself.
 *
 * `executeServerCommand('fail-requests', ['src/pf-account-recovery.ts'])`: from then on, until the next such command,
 * the page's requests for these files fail as a dropped connection does (DevTools' request blocking, which the
 * browser's cache does not get round); `[]` ends that. The tests of code the network drops: the client's transport,
 * its FHIR side, a registration step, sign-in's recovery.
 */
const devtoolsCommandsPlugin = {
  name: 'devtools-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'forced-colors') {
      const value = payload === 'active' ? 'active' : 'none';
      const devtools = await devtoolsOf(session);
      await devtools.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    }
    if (command === 'fail-requests') {
      const paths = Array.isArray(payload) ? payload.map(String) : [];
      const devtools = await devtoolsOf(session);
      await devtools.send('Network.enable');
      await devtools.send('Network.setBlockedURLs', { urls: paths.map((path) => `*/${path}`) });
      return true;
    }
    return undefined;
  },
};

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), devtoolsCommandsPlugin],
  middleware: [serveMockServiceWorker, serveFhirTestServers],
  // axe is on the page before the tests, with the WCAG 2.2 rules on: `expect(el).to.be.accessible()` takes it.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script src="/node_modules/axe-core/axe.min.js"></script><script>${configureAxe}</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs, env } })],
  // One page at a time: a page in the background gets no animation frames and no focus, which patients' pages do.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
