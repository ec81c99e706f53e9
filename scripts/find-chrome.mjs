// Finds a Chromium or Chrome for the tests: CHROME_PATH first, then the usual places. Exits with the command that
// installs one when there is none, rather than letting a test runner fail with a riddle. Also gives the browser its
// fonts: on Linux, DejaVu alone, whatever else the machine has (see chromeEnv).
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const onPath = (name) => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
};

/** The browser executable to launch, or a thrown error that says how to get one. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found =
    candidates.find((path) => existsSync(path)) ??
    ['chromium', 'chromium-browser', 'google-chrome'].map(onPath).find(Boolean);
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome was found for the tests.\n' +
      '  Install one:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  or point at one:  CHROME_PATH=/path/to/chrome npm test',
  );
}

/** Whether a DejaVu Sans file is in the system's font folders (Debian keeps it in truetype/dejavu, others nearby). */
const hasDejaVu = (folder = '/usr/share/fonts', depth = 3) => {
  if (depth < 0 || !existsSync(folder)) return false;
  const entries = readdirSync(folder, { withFileTypes: true });
  return (
    entries.some((entry) => entry.name === 'DejaVuSans.ttf') ||
    entries.some((entry) => entry.isDirectory() && hasDejaVu(join(folder, entry.name), depth - 1))
  );
};

/**
 * The environment to launch the browser with. On Linux, Chromium finds its fonts through fontconfig, and
 * `scripts/fonts/fonts.conf` lets it see only the six DejaVu faces that Debian's chromium brings
 * (fonts-dejavu-core): text wraps, targets measure and pages reflow the same on every machine, however many fonts it
 * has. Elsewhere (macOS, Windows) the browser uses the system's fonts.
 */
export function chromeEnv() {
  if (process.platform !== 'linux') return { ...process.env };
  if (!hasDejaVu())
    throw new Error(
      'The browser tests render with the DejaVu fonts, and none were found under /usr/share/fonts.\n' +
        '  Install them:  sudo apt-get install -y fonts-dejavu-core  (Debian and Ubuntu; chromium brings them)',
    );
  return { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL('./fonts/fonts.conf', import.meta.url)) };
}

/** Flags for a headless browser that works as root, offline, without a GPU. */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    chromeEnv();
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
