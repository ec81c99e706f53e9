// Checks that the committed custom-elements.json is what the analyzer makes of the source now.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer takes its outdir relative to the working directory.
const outdir = join('node_modules', '.cache', 'pf-cem-check');
mkdirSync(outdir, { recursive: true });
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh.trim() !== committed.trim()) {
    console.error('custom-elements.json is out of date with the source. Run: npm run analyze, and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is current.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
