// The README's Angular recipe as a Vite app (Use it in your site). The component's template is compiled in the
// browser by Angular's JIT compiler (`@angular/compiler`, imported first in main.ts), as no Angular CLI runs here.
// That compiler takes the `pf-` tags and the properties bound on them as known, since the SDK defined the elements
// before the app started; the CLI's compiler, which compiles ahead of time without them, needs the component's
// CUSTOM_ELEMENTS_SCHEMA (NG8001 otherwise), which the component has as the recipe says. `pf-portal-elements`
// resolves as it would from node_modules: this folder is inside the package, so its name refers to the package
// itself (its `exports`, which point into dist/: run `npm run build` first).
import { defineConfig } from 'vite';
import { mockPortal } from '../mock-portal.mjs';

export default defineConfig({
  // Angular's decorators are TypeScript's (experimental) ones.
  oxc: { decorator: { legacy: true } },
  plugins: [
    mockPortal(),
    // Angular's JIT compiler (about 1 MB) is in the app's bundle, beside the mock's.
    { name: 'pf-examples:angular-jit', config: () => ({ build: { chunkSizeWarningLimit: 2000 } }) },
  ],
});
