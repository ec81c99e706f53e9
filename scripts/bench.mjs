/* global window -- the functions handed to the page run there, not in Node. */
// `npm run bench`: measures the SDK in headless Chromium against plain HTML doing the same job, in one run, and
// prints the figures and their ratios. Not part of the tests: figures vary with the machine; ratios much less.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromeEnv, findChrome } from './find-chrome.mjs';
import { createServer, request as forward } from 'node:http';
import compression from 'compression';
import { serveMockPortal } from '../bin/pf-portal-mock.mjs';
import { createPortalClient } from '../dist/api/index.js';
import { seedPassword, seedPatients } from '../dist/mocks/seed/patients.js';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { serveStatic, staticSite } from './static-server.mjs';
import { growRecord } from '../bench/grow-record.js';

if (!existsSync('dist/pf-elements.min.js') || !existsSync('dist/pf-mock-portal.js')) {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}

const root = resolve('.');
// The built package, the benchmark's pages, and MSW's worker at the root.
const { base, close } = await serveStatic([
  { at: '/mockServiceWorker.js', file: 'dist/mockServiceWorker.js' },
  { at: '/dist/', dir: 'dist' },
  { at: '/bench/', dir: 'bench' },
]);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, env: chromeEnv() });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.on('pageerror', (error) => console.error(String(error)));
page.on('console', (message) => message.type() === 'error' && console.error(message.text()));
page.on('crash', () => console.error('The benchmark page crashed.'));
// The page asks for the JS heap in use after a full garbage collection (see heldHeap in bench/records.js).
const devtools = await page.context().newCDPSession(page);
await page.exposeFunction('__heapUsed', async () => {
  await devtools.send('HeapProfiler.collectGarbage');
  return (await devtools.send('Runtime.getHeapUsage')).usedSize;
});
// What the benchmark waits for in the lab results (window.labPage), in every page, before the page's own scripts.
await page.addInitScript({ path: join(root, 'bench', 'lab-page.js') });
/**
 * The figures a page leaves on window.__verify, once it has, asked for through the DevTools protocol. Not with
 * Playwright's waitForFunction or evaluate: those first evaluate Playwright's own script in the page, a task of about
 * 55 ms on the phone's 4× slower CPU that would land among what the page times (and that a trace counts as the
 * page's; the plain pages paid it too).
 */
const verified = async (session = devtools) =>
  (
    await session.send('Runtime.evaluate', {
      expression: `new Promise((done) => {
        if (window.__verify) return done(window.__verify);
        let figures;
        Object.defineProperty(window, '__verify', { configurable: true, get: () => figures, set: (value) => done((figures = value)) });
      })`,
      awaitPromise: true,
      returnByValue: true,
    })
  ).result.value;
await page.goto(`${base}/bench/records.html?runs=${runs}`);
await page.waitForFunction(() => window.__bench, null, { timeout: 900_000 });
const records = await page.evaluate(() => window.__bench);

// Verify: each load a fresh navigation from about:blank in the same tab (so no page of ours unloads within the
// time measured), the element's page and the plain one in turn, after one untimed load of each. Both pages are
// timed by the same script, injected before their own.
await page.addInitScript({ path: join(root, 'bench', 'interactive.js') });
const load = async (path) => {
  await page.goto('about:blank');
  await page.goto(`${base}/bench/${path}`);
  return verified();
};
await load('verify.html');
await load('plain-verify.html');
const verifyRuns = { element: [], plain: [] };
for (let run = 0; run < runs; run += 1) {
  verifyRuns.element.push(await load('verify.html'));
  verifyRuns.plain.push(await load('plain-verify.html'));
}

// The same loads with the invitation's read answered a phone's round trip late (562 ms on "slow 4G"): what the
// patient waits for when the form waits for it, and does not when it does not.
const roundTrip = 562;
const linkLateRuns = { element: [], plain: [] };
for (let run = 0; run < runs; run += 1) {
  linkLateRuns.element.push(await load(`verify.html?rtt=${roundTrip}`));
  linkLateRuns.plain.push(await load('plain-verify.html'));
}

// On a phone: the pages again, the CPU 4× slower and "slow 4G" (562 ms round trip, 180 KB/s down, 84 KB/s up)
// through the DevTools protocol, the mock portal over HTTP on the same origin, so the API's round trips pay the
// network too. Medians of interleaved runs, each a fresh navigation.
const phone = { latency: 562, down: 180 * 1024, up: 84 * 1024, cpu: 4 };
const mockServer = await serveMockPortal({ port: 0 });
// The peers' sign-in pages, when `node scripts/peer-sizes.mjs` (which needs the network) has fetched and built them:
// each served from its folder under /peers/<name>/, and timed with the forms below.
const peerPages = (() => {
  const list = join(process.env.PEER_SIZES_DIR ?? join(tmpdir(), 'peer-sizes'), 'pages', 'pages.json');
  return existsSync(list) ? JSON.parse(readFileSync(list, 'utf8')) : {};
})();
const peerBenchPages = { okta: 'okta-sign-in', medplum: 'medplum-sign-in' };
const peersTimed = Object.fromEntries(
  Object.entries(peerBenchPages)
    .filter(([, name]) => peerPages[name] && existsSync(peerPages[name].dir))
    .map(([key, name]) => [key, `phone-${name}.html`]),
);
const site = staticSite([
  { at: '/dist/', dir: 'dist' },
  { at: '/bench/', dir: 'bench' },
  ...Object.entries(peerPages).map(([name, { dir }]) => ({ at: `/peers/${name}/`, dir })),
]);
const apiPort = new URL(mockServer.url).port;
/**
 * A bench page that loads one element from dist/min/ names it (`<!-- pf-page: pf-sign-in -->`): served with the
 * tags the build wrote for that page (dist/min/<element>.html), pointed at /dist/min/.
 */
const withPageTags = (path) => {
  const file = join('bench', path.replace(/^\/bench\//, '').replace(/\?.*$/, ''));
  if (!path.startsWith('/bench/') || !file.endsWith('.html') || !existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  return html.replace(/<!-- pf-page: (pf-[a-z-]+) -->/, (_marker, element) =>
    readFileSync(`dist/min/${element}.html`, 'utf8').replaceAll('/vendor/pf-portal-elements/min/', '/dist/min/'),
  );
};
/** The plain Lit forms (bench/plain-lit.js) with lit, bundled and minified as the SDK's single file is. */
const plainLit = await (async () => {
  const bundle = await rollup({
    input: 'bench/plain-lit.js',
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      minifyHTML(),
      terser({ ecma: 2022, module: true }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
})();
const servePhone = (incoming, outgoing) => {
  if (incoming.url === '/bench/plain-lit.min.js') {
    outgoing.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    return outgoing.end(plainLit);
  }
  const tagged = withPageTags(incoming.url ?? '');
  if (tagged) {
    outgoing.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    return outgoing.end(tagged);
  }
  if (!incoming.url?.startsWith('/api/portal/')) return site(incoming, outgoing);
  const upstream = forward(
    { host: '127.0.0.1', port: apiPort, path: incoming.url, method: incoming.method, headers: incoming.headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => outgoing.destroy());
  incoming.pipe(upstream);
};
// Served as a site serves them: each answer compressed (gzip) when the browser accepts it, the API's included.
const compressed = compression();
const phoneSite = createServer((incoming, outgoing) =>
  compressed(incoming, outgoing, () => servePhone(incoming, outgoing)),
);
await new Promise((done) => phoneSite.listen(0, '127.0.0.1', done));
const phoneBase = `http://127.0.0.1:${phoneSite.address().port}`;

// The records in the page again, the mock answering over HTTP from the page's origin, as a server answers: on a
// machine of its own, its searches taking none of the page's main thread (in the page, they are in both columns).
// Before the phone's conditions are set. Harold's record is grown in the mock behind it, then put back as seeded.
const haroldRecord = mockServer.portal.fhir.record(
  seedPatients.find((patient) => patient.email === 'harold.whitaker@example.com').id,
);
const haroldSeeded = haroldRecord.resources.length;
await page.exposeFunction('__growRecord', (size) => growRecord(haroldRecord, size));
await page.goto(`${phoneBase}/bench/records.html?runs=${runs}&api=http`);
await page.waitForFunction(() => window.__bench, null, { timeout: 900_000 });
const recordsOverHttp = await page.evaluate(() => window.__bench);
haroldRecord.resources.splice(haroldSeeded);
const sueLink = mockServer.portal.outbox.find((message) => message.kind === 'email' && message.to === 'Sue@gmail.com');
const sueToken = new URL(sueLink.link, phoneBase).searchParams.get('invitation');
/** A page's DevTools session set to the phone: its network, its CPU, and no cache. */
const asPhone = async (session) => {
  await session.send('Network.enable');
  // A patient's first visit: every file downloaded on every load. With the cache on, the browser revalidates what it
  // kept (a 304 without the body), and the single file's 88 KB would cost a round trip and no transfer.
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phone.latency,
    downloadThroughput: phone.down,
    uploadThroughput: phone.up,
  });
  await session.send('Emulation.setCPUThrottlingRate', { rate: phone.cpu });
};
/**
 * How fast this machine's CPU is, as Lighthouse's BenchmarkIndex measures it (the benchmark Chrome DevTools
 * calibrates its CPU presets with: about 1,000 for a mid-tier phone, 264 for a low-tier one): a string built a
 * character at a time and an array copied, each for half of `duration` ms, in runs a second. The same "4× slower"
 * is a faster or a slower phone on a faster or a slower machine; printed with the figures, it says which phone a run
 * emulated. Median of three, after a run that lets V8 optimise it.
 */
function benchmarkIndex(duration) {
  const half = duration / 2;
  const perSecond = (run) => {
    const start = Date.now();
    let iterations = 0;
    // Date.now() is read every tenth run only: a call each time skews the copy on some CPUs.
    while (iterations % 10 !== 0 || Date.now() - start < half) {
      run(iterations);
      iterations += 1;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  };
  const gc = perSecond(() => {
    let text = '';
    for (let j = 0; j < 10_000; j += 1) text += 'a';
    if (text.length === 1) throw new Error('never');
  });
  const a = Array.from({ length: 100_000 }, (_, i) => i);
  const b = [...a];
  const copy = perSecond((iteration) => {
    const [from, to] = iteration % 2 === 0 ? [a, b] : [b, a];
    for (let j = 0; j < from.length; j += 1) to[j] = from[j];
  });
  return (gc + copy) / 2;
}
const cpuIndex = async (rate) => {
  await devtools.send('Emulation.setCPUThrottlingRate', { rate });
  const expression = `(${benchmarkIndex})(500)`;
  const once = async () => (await devtools.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
  await once();
  return median([await once(), await once(), await once()]);
};
await page.goto('about:blank');
const machine = { index: await cpuIndex(1), phoneIndex: await cpuIndex(phone.cpu) };
await asPhone(devtools);
const loadOnPhone = async (path) => {
  await page.goto('about:blank');
  await page.goto(`${phoneBase}/bench/${path}`);
  return verified();
};
/** Each page loaded once untimed, then `runs` times in turn (interleaved); each page's results, by name. */
const interleaved = async (pages) => {
  const results = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (const path of Object.values(pages)) await loadOnPhone(path);
  for (let run = 0; run < runs; run += 1) {
    for (const [name, path] of Object.entries(pages)) results[name].push(await loadOnPhone(path));
  }
  return results;
};
const timesOf = (results) =>
  Object.fromEntries(Object.entries(results).map(([name, list]) => [name, list.map((result) => result.interactive)]));
const onPhone = timesOf(
  await interleaved({
    verify: `phone-verify.html?invitation=${sueToken}`,
    plainVerify: 'plain-verify.html',
    verifyPage: `phone-verify-min.html?invitation=${sueToken}`,
    litVerify: `phone-lit-verify.html?invitation=${sueToken}`,
    signIn: 'phone-sign-in.html',
    plainSignIn: 'plain-sign-in.html',
    signInPage: 'phone-sign-in-min.html',
    litSignIn: 'phone-lit-sign-in.html',
    ...peersTimed,
  }),
);

// The records' first screen: Sue (once registered: the identity pages above read her link) on the overview, and
// Harold's lab results; each page is handed the sessions before it loads (not in its address).
const api = createPortalClient({ apiBase: `${mockServer.url}/` });
const sue = seedPatients.find((patient) => patient.email === 'Sue@gmail.com');
const { registrationToken } = await api.verifyPin(sueToken, { dateOfBirth: sue.birthDate, pin: sue.pin });
const sessions = {
  sue: await api.createAccount({
    registrationToken,
    username: sue.email,
    password: 'Blue-Heron-42',
    securityQuestionId: 'first-pet',
    securityAnswer: 'Biscuit',
    acceptedTerms: true,
  }),
  harold: await api.signIn({ username: 'harold.whitaker@example.com', password: seedPassword }),
};
await page.addInitScript((given) => {
  window.__benchSessions = given;
}, sessions);
const recordsOnPhone = await interleaved({
  sue: 'phone-records.html?patient=sue',
  suePage: 'phone-records-min.html?patient=sue',
  suePlain: 'phone-records-plain.html?plain&patient=sue',
  harold: 'phone-records.html?patient=harold&view=lab-results',
  haroldPage: 'phone-records-min.html?patient=harold&view=lab-results',
  haroldPlain: 'phone-records-plain.html?plain&patient=harold&view=lab-results',
});

// Long tasks on a phone, from a trace: Harold's lab results as seeded and grown to 20,000 results, each action
// traced on its own (the first screen from the navigation, each 100 older results, a search over the whole record,
// a test's history), under the same CPU and network. A long task is a task of the page's main thread over 50 ms.
/**
 * The tasks of the page's main thread in a trace (its renderer's CrRendererMain), longest first: each task's length in
 * ms, and what took most of it (the longest event inside it: a script's evaluation, a function call, layout...).
 */
const mainThreadTasks = (trace) => {
  const { traceEvents } = JSON.parse(trace.toString('utf8'));
  const mains = traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const eventsOf = (main) =>
    traceEvents.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur);
  // The page's renderer is the main thread that ran the most (about:blank's, if another, ran next to nothing).
  const busiest = (events) => events.filter((event) => event.name === 'RunTask').reduce((sum, e) => sum + e.dur, 0);
  const events = mains.map(eventsOf).sort((a, b) => busiest(b) - busiest(a))[0] ?? [];
  return events
    .filter((event) => event.name === 'RunTask')
    .map((task) => {
      const inside = events.filter(
        (event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur,
      );
      const most = inside.filter((event) => event.name !== 'RunTask').sort((a, b) => b.dur - a.dur)[0];
      const what = most
        ? `${most.name}${most.args?.data?.url ? ` ${most.args.data.url.replace(/^.*\//, '')}` : ''} ${(most.dur / 1000).toFixed(0)} ms`
        : '';
      return { ms: task.dur / 1000, what };
    })
    .sort((a, b) => b.ms - a.ms);
};
/** The tasks of `tab`'s main thread while `action` ran. */
const traced = async (action, tab = page) => {
  await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await action();
  return mainThreadTasks(await browser.stopTracing());
};
/**
 * Runs `expression` in the traced page, through the DevTools protocol: nothing of Playwright's (its utility script,
 * its polling) runs in the page, where its tasks would count as the page's.
 */
const inRecords = async (expression) => {
  const { exceptionDetails } = await devtools.send('Runtime.evaluate', { expression, awaitPromise: true });
  if (exceptionDetails) throw new Error(`The traced records did not get there: ${exceptionDetails.text}`);
};
/** Waits, in the traced page, until `check` (an expression) holds at a change of its DOM (`window.labPage.until`). */
const inRecordsUntil = (check) => {
  let timer;
  return Promise.race([
    inRecords(`window.labPage.until(() => ${check})`),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The traced records never showed ${check}`)), 120_000);
    }),
  ]).finally(() => clearTimeout(timer));
};
/** A records page of the bench with Harold's lab results on it. */
const haroldsLabs = (path) =>
  `${phoneBase}/bench/${path}${path.includes('?') ? '&' : '?'}patient=harold&view=lab-results`;
const labTrace = async () => {
  const firstScreen = async (path) => {
    await page.goto('about:blank');
    return traced(async () => {
      await page.goto(haroldsLabs(path));
      await verified();
    });
  };
  // The floor first: the plain page's own tasks (the browser starting the page, its script, its table drawn). Then
  // the first screen from dist/min/ (its entry and chunks, evaluated one by one), then the single file's, on whose
  // page the actions run.
  const floor = await firstScreen('phone-records-plain.html?plain');
  const firstPage = await firstScreen('phone-records-min.html');
  const first = await firstScreen('phone-records.html');
  const shadowOf = "document.querySelector('pf-health-records').shadowRoot";
  // The traces of the actions start once the first page is whole and the page is quiet.
  await inRecordsUntil(`window.labPage.whole(${shadowOf})`);
  await inRecords('new Promise((done) => requestIdleCallback(done))');
  const more = [];
  for (let screen = 2; screen <= 4; screen += 1) {
    more.push(
      await traced(async () => {
        await inRecords(
          `[...${shadowOf}.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Older results').click()`,
        );
        await inRecordsUntil(
          `(${shadowOf}.querySelector('#lab-count')?.textContent ?? '').includes('Results ${(screen - 1) * 100 + 1} to') && window.labPage.whole(${shadowOf})`,
        );
      }),
    );
  }
  const search = await traced(async () => {
    await inRecords(`(() => {
      const input = ${shadowOf}.querySelector('#lab-filter');
      input.value = 'A1c';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    })()`);
    await inRecordsUntil(
      `(${shadowOf}.querySelector('#lab-count')?.textContent ?? '').includes('in all your results.') && window.labPage.whole(${shadowOf})`,
    );
  });
  const trend = await traced(async () => {
    await inRecords(`${shadowOf}.querySelector('.lab-table .name button').click()`);
    await inRecordsUntil(`Boolean(${shadowOf}.querySelector('.trend-table'))`);
  });
  return { first, firstPage, floor, more: more.flat().sort((a, b) => b.ms - a.ms), search, trend };
};
const longTasks = { seeded: await labTrace() };
// A patient's first visit on a fresh browser: nothing of the page compiled or cached yet (each load in a browser
// context of its own, so a renderer of its own), on the same phone. Each page loaded three times, in turn.
const coldFirstScreen = async (path) => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const fresh = await context.newPage();
    await fresh.addInitScript({ path: join(root, 'bench', 'lab-page.js') });
    await fresh.addInitScript((given) => {
      window.__benchSessions = given;
    }, sessions);
    const session = await context.newCDPSession(fresh);
    await asPhone(session);
    await fresh.goto('about:blank');
    return await traced(async () => {
      await fresh.goto(haroldsLabs(path));
      await verified(session);
    }, fresh);
  } finally {
    await context.close();
  }
};
const coldPages = {
  first: 'phone-records.html',
  firstPage: 'phone-records-min.html',
  floor: 'phone-records-plain.html?plain',
};
const coldTasks = Object.fromEntries(Object.keys(coldPages).map((name) => [name, []]));
for (let load = 0; load < 3; load += 1) {
  for (const [name, path] of Object.entries(coldPages)) coldTasks[name].push(await coldFirstScreen(path));
}
growRecord(haroldRecord, 20_000);
longTasks.grown = await labTrace();

await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await browser.close();
close();
await mockServer.close();
phoneSite.close();
const verify = {
  element: median(verifyRuns.element.map((result) => result.interactive)),
  mock: median(verifyRuns.element.map((result) => result.mock)),
  plain: median(verifyRuns.plain.map((result) => result.interactive)),
};
const verifyLinkLate = {
  element: median(linkLateRuns.element.map((result) => result.interactive)),
  plain: median(linkLateRuns.plain.map((result) => result.interactive)),
};

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const kb = (bytes) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const recordsRuns = [
  ['the mock in the page', records],
  ['the mock over HTTP', recordsOverHttp],
].flatMap(([where, run]) => run.sizes.map((size) => ({ ...size, where, runs: run.runs })));
for (const { total, heap, element, plain, ratios, switching, where, runs: times } of recordsRuns) {
  console.log(
    `Records: ${total.toLocaleString('en')} lab results, ${where}, median of ${times} runs each, headless Chromium`,
  );
  console.log('                               pf-health-records   plain innerHTML table   ratio   longest task');
  const row = (what, mine, theirs, times, longest) =>
    console.log(
      `  ${what.padEnd(29)}${ms(mine).padStart(17)}   ${(theirs === undefined ? '' : ms(theirs)).padStart(21)}   ${(times === undefined ? '' : `${times.toFixed(2)}×`).padStart(5)}   ${longest === undefined ? '' : ms(longest).padStart(12)}`,
    );
  row('first screen (window filled)', element.screen, plain.screen, ratios.screen);
  row('first page (100 results)', element.first, plain.first, ratios.first);
  row('each 100 more', element.more, plain.more, ratios.more, element.longest.more);
  row('search "A1c" (whole record)', element.search, plain.search, ratios.search, element.longest.search);
  row('a test over time (A1c)', element.trend, plain.trend, ratios.trend, element.longest.trend);
  row('switching section', switching.each, undefined, undefined, switching.longest);
  console.log(
    `  DOM nodes in the records: ${element.nodes.first} at the first screen, ${element.nodes.paged} after 10 pages more`,
  );
  console.log(
    `  JS heap the records hold: ${kb(heap.first)} at the first screen, ${kb(heap.paged)} after 10 pages more`,
  );
  console.log('');
}
console.log(
  [
    'Each timing runs from the action to its result on screen. In the page, the mock answers on its main thread (its',
    'searches filter the whole record on each request, so they grow with it: that work is in both columns); over',
    'HTTP, it answers from another process, as a server does. Longest task: the longest the main thread was busy at',
    "once during the action (Long Tasks API), the mock's answers included when in the page. Ratio: the",
    "median of the runs' own ratios (each run times the element and the plain table back to back). JS heap: in use",
    'after a full garbage collection, with the records on screen, less before they were added.',
  ]
    .map((line) => `  ${line}`)
    .join('\n'),
);
console.log('');
const legend = [
  'Interactive: at a frame, the date of birth and PIN inputs are there and enabled and the date input takes focus;',
  'a "0" typed into it (insertText) is there once the next frame has rendered. Timed from the navigation\'s start',
  '(from about:blank), each file fetched from the local server, which sends no cache headers.',
  'Plain form: its HTML parsed and painted, with no script but the test (injected, so not fetched).',
  'Element: its page and the SDK (pf-elements.min.js) fetched and run, <pf-portal> and the element rendered, the',
  'form rendered (the invitation, GET /invitations/{token}, is read in parallel and is not waited for, as on a',
  "patient's network it need not be). Left out: the mock starting in the page (its script, its seed,",
  `its worker registered), after the SDK ran and before the element is added: median ${ms(verify.mock)}. MSW's`,
  'worker unregisters itself when its last page closes, so each load registers it again.',
  `The link read late: the mock answers GET /invitations/{token} ${roundTrip} ms late, a round trip on "slow 4G"; an`,
  'element that waited for it before drawing the form would be interactive that much later.',
];
console.log('');
console.log(`Verify: a fresh page load each, median of ${runs} runs each, headless Chromium`);
console.log('                               pf-register-verify   plain HTML form   ratio');
console.log(
  `  navigation to interactive    ${ms(verify.element).padStart(18)}   ${ms(verify.plain).padStart(15)}   ${ratio(verify.element, verify.plain)}`,
);
console.log(
  `  the link read ${roundTrip} ms late     ${ms(verifyLinkLate.element).padStart(18)}   ${ms(verifyLinkLate.plain).padStart(15)}   ${ratio(verifyLinkLate.element, verifyLinkLate.plain)}`,
);
console.log(legend.map((line) => `  ${line}`).join('\n'));
console.log('');
console.log(
  `On a phone: CPU ${phone.cpu}× slower, "slow 4G" (${phone.latency} ms round trip, ${phone.down / 1024} KB/s down), the mock over HTTP; median of ${runs} runs`,
);
console.log(
  `  This machine's CPU: BenchmarkIndex ${Math.round(machine.index)}, ${Math.round(machine.phoneIndex)} at ${phone.cpu}× slower (Chrome DevTools calibrates a mid-tier phone at 1,000, a low-tier one at 264)`,
);
console.log('                               element            plain HTML form   ratio');
const phoneRow = (what, mine, theirs) =>
  console.log(
    `  ${what.padEnd(29)}${ms(median(mine)).padStart(10)}   ${ms(median(theirs)).padStart(22)}   ${ratio(median(mine), median(theirs))}`,
  );
phoneRow('identity form interactive', onPhone.verify, onPhone.plainVerify);
phoneRow('  from dist/min/', onPhone.verifyPage, onPhone.plainVerify);
phoneRow('  a plain Lit form', onPhone.litVerify, onPhone.plainVerify);
phoneRow('sign-in form interactive', onPhone.signIn, onPhone.plainSignIn);
phoneRow('  from dist/min/', onPhone.signInPage, onPhone.plainSignIn);
phoneRow('  a plain Lit form', onPhone.litSignIn, onPhone.plainSignIn);
if (onPhone.okta) phoneRow('  Okta widget, Classic Engine', onPhone.okta, onPhone.plainSignIn);
if (onPhone.medplum) phoneRow("  Medplum's SignInForm (email)", onPhone.medplum, onPhone.plainSignIn);
if (!onPhone.okta || !onPhone.medplum)
  console.log('  (the peers: `node scripts/peer-sizes.mjs` fetches and builds them, with the network; then run again)');
console.log(
  `  against a plain Lit form: identity ${ratio(median(onPhone.verify), median(onPhone.litVerify))} (from dist/min/ ${ratio(median(onPhone.verifyPage), median(onPhone.litVerify))}), sign-in ${ratio(median(onPhone.signIn), median(onPhone.litSignIn))} (from dist/min/ ${ratio(median(onPhone.signInPage), median(onPhone.litSignIn))})`,
);
const recordsTimes = timesOf(recordsOnPhone);
const bytesOf = (name) => median(recordsOnPhone[name].map((result) => result.fhirBytes));
const recordsRow = (what, name, plain) =>
  console.log(
    `  ${what.padEnd(29)}${ms(median(recordsTimes[name])).padStart(10)}   ${ms(median(recordsTimes[plain])).padStart(22)}   ${ratio(median(recordsTimes[name]), median(recordsTimes[plain]))}   FHIR ${kb(bytesOf(name))} against ${kb(bytesOf(plain))}`,
  );
recordsRow("Sue's records, overview", 'sue', 'suePlain');
recordsRow('  from dist/min/', 'suePage', 'suePlain');
recordsRow("Harold's lab results", 'harold', 'haroldPlain');
recordsRow('  from dist/min/', 'haroldPage', 'haroldPlain');
const wholeRow = (what, name, plain) => {
  const [mine, theirs] = [name, plain].map((key) => median(recordsOnPhone[key].map((result) => result.whole)));
  console.log(`  ${what.padEnd(29)}${ms(mine).padStart(10)}   ${ms(theirs).padStart(22)}   ${ratio(mine, theirs)}`);
};
wholeRow('  its whole page of 100', 'harold', 'haroldPlain');
wholeRow('    from dist/min/', 'haroldPage', 'haroldPlain');
console.log(
  [
    'Timed from the navigation to an interactive form (the same test as above), every file and every API call',
    "over the throttled network, gzipped as a site serves them, the browser's cache off; the element's page loads",
    "pf-elements.min.js (or, from dist/min/, the element, <pf-portal> and their chunks, with the build's",
    'modulepreload tags), the plain one no script but the test.',
    'A plain Lit form: the same fields in a Lit element with nothing else (bench/plain-lit.js, lit bundled and',
    'minified); its identity form reads the invitation before drawing, as forms that depend on a read are written.',
    "The peers (built by scripts/peer-sizes.mjs): Okta's Sign-In Widget from its CDN files, the standard bundle with",
    "the Classic Engine (its default engine asks an Okta org before it draws); Medplum's SignInForm, bundled with",
    'React and Mantine, which asks for the email first: timed to that field.',
    "Records: to the first screen drawn (the overview's three parts filled; lab results down past the window's",
    'bottom edge, and on the rows marked so, their whole page of 100: the element draws a screen of it first), the plain page',
    'fetching the same searches (the newest 100 results and reports; for the overview the appointments and',
    'allergies too) and drawing them as innerHTML; FHIR: the bytes of FHIR JSON read by then.',
  ]
    .map((line) => `  ${line}`)
    .join('\n'),
);

console.log('');
console.log(
  `Long tasks on a phone (CPU ${phone.cpu}× slower, "slow 4G"), from a trace of Harold's lab results: tasks of the page's main thread over 50 ms, and the longest`,
);
const longRow = (what, tasks) => {
  const over = tasks.filter((task) => task.ms > 50);
  console.log(
    `  ${what.padEnd(34)}${String(over.length).padStart(6)}   ${ms(tasks[0]?.ms ?? 0).padStart(10)}   ${over.map((task) => `${task.ms.toFixed(0)} ms (${task.what})`).join(', ')}`,
  );
};
for (const [size, trace] of [
  ['6,010 results', longTasks.seeded],
  ['20,000 results', longTasks.grown],
]) {
  console.log(`  ${size.padEnd(34)}  over 50 ms   longest   each task over 50 ms (the longest event inside it)`);
  longRow('  first screen (from navigation)', trace.first);
  longRow('    from dist/min/', trace.firstPage);
  longRow('    the plain page (the floor)', trace.floor);
  longRow('  3 × 100 older results', trace.more);
  longRow('  search "A1c" (whole record)', trace.search);
  longRow('  a test over time (A1c)', trace.trend);
}
const coldRow = (what, loads) => {
  const over = loads.map((tasks) => tasks.filter((task) => task.ms > 50));
  const counts = over.map((tasks) => tasks.length).join(', ');
  const longest = Math.max(...loads.map((tasks) => tasks[0]?.ms ?? 0));
  const firstLoad = over[0].map((task) => `${task.ms.toFixed(0)} ms (${task.what})`).join(', ');
  console.log(`  ${what.padEnd(34)}${counts.padStart(8)}   ${ms(longest).padStart(8)}   ${firstLoad}`);
};
console.log(
  `  ${'a fresh browser, 6,010 results'.padEnd(34)}  over 50 ms   longest   the first load's tasks over 50 ms`,
);
coldRow('  first screen (from navigation)', coldTasks.first);
coldRow('    from dist/min/', coldTasks.firstPage);
coldRow('    the plain page (the floor)', coldTasks.floor);
console.log(
  "  The first screen includes loading and running the page and the SDK (the single file, or from dist/min/ its entry and\n  chunks); the mock answers in another process. The actions run on the single file. A fresh browser: each load in a\n  browser context of its own, so nothing of the page is compiled yet (a patient's first visit); three loads each.",
);
