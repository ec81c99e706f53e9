// The README's Vue 3 recipe as a Vite app (Use it in your site). `pf-portal-elements` resolves as it would from
// node_modules: this folder is inside the package, so its name refers to the package itself (its `exports`, which
// point into dist/: run `npm run build` first).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { mockPortal } from '../mock-portal.mjs';

export default defineConfig({
  plugins: [
    // The `pf-` tags are custom elements, not Vue components Vue should look for.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pf-') } } }),
    mockPortal(),
  ],
});
