// What the examples need to run on the mock portal, as a Vite plugin. A site on a real portal needs none of it.
// - MSW's service worker, which answers the mock's requests, controls only the pages under the folder it is served
//   from: it is served at the site's root in development and written to the root of the built site.
// - The mock (MSW, and the seed's health records) is a chunk of about 1 MB, over Vite's 500 kB warning: expected here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The worker of the MSW the package's mock was built with, resolved as an app resolves the package. */
const workerFile = createRequire(import.meta.url).resolve('pf-portal-elements/mockServiceWorker.js');
const fileName = 'mockServiceWorker.js';

/** @returns {import('vite').Plugin} */
export function mockPortal() {
  return {
    name: 'pf-examples:mock-portal',
    config: () => ({ build: { chunkSizeWarningLimit: 1600 } }),
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(workerFile));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(workerFile) });
    },
  };
}
