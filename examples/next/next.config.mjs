// The README's Next recipe as a Next 16 app (App Router): a page, a server component, renders a client component
// whose effect imports the SDK in the browser. It is exported as static files (`output: 'export'`), which renders
// the page in Node at build time as a server would: what the page imports must not touch the DOM there. The package
// resolves by its name to this repository (its `exports`, into dist/: run `npm run build` first).
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  output: 'export',
  // The repository is the root Turbopack resolves from (its node_modules, and the package itself).
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
};
