// The mock's MSW and its worker agree, and the tests run on the lowest MSW the package's peer range allows: a
// practice that installs any MSW the range accepts gets one this suite ran on or a later 2.x, never an older one,
// and the worker the package ships is the one its single-file mock (pf-mock-portal.js) was built with.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const installed = JSON.parse(readFileSync(require.resolve('msw/package.json'), 'utf8')).version;
const worker = readFileSync('dist/mockServiceWorker.js', 'utf8');
const workerField = (name) => worker.match(new RegExp(`const ${name} = '([^']+)'`))?.[1];

describe('the MSW the mock needs', () => {
  it('is tested at the lowest version the peer range allows', () => {
    const range = pkg.peerDependencies.msw;
    const lowest = range.match(/^\^(\d+\.\d+\.\d+)$/)?.[1];
    assert.ok(lowest, `the peer range ${range} is a caret range on one full version`);
    assert.equal(installed, lowest, `npm ci installs msw ${installed}; the peer range starts at ${lowest}`);
    assert.equal(pkg.devDependencies.msw, range, 'the devDependency asks for what the peer range allows');
  });

  it('ships the worker of the MSW inside the single-file mock', () => {
    assert.equal(workerField('PACKAGE_VERSION'), installed);
    const checksum = workerField('INTEGRITY_CHECKSUM');
    assert.match(checksum, /^[0-9a-f]{32}$/);
    // The library checks the worker it talks to by this checksum: the one built in must be the shipped worker's.
    assert.ok(readFileSync('dist/pf-mock-portal.js', 'utf8').includes(checksum));
  });
});
