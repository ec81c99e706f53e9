// The README's React 19 recipe as a Vite app (Use it in your site). React 19 needs no plugin for the elements: it
// sets a prop an element has as a property and listens to `onpf-…` props as events. `pf-portal-elements` resolves as
// it would from node_modules: this folder is inside the package, so its name refers to the package itself (its
// `exports`, which point into dist/: run `npm run build` first).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { mockPortal } from '../mock-portal.mjs';

export default defineConfig({
  // JSX as React 17 and later compile it, without importing React into every file; no plugin-react is needed to build.
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [mockPortal()],
  // Two pages: the README's recipe (index.html), and the same with the React components (components.html).
  build: {
    rollupOptions: {
      input: ['index.html', 'components.html'].map((page) => fileURLToPath(new URL(page, import.meta.url))),
    },
  },
});
