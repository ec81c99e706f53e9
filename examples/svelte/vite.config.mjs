// The README's Svelte recipe as a Vite app with Svelte 5 (Use it in your site): the component is what a SvelteKit
// page would hold. `pf-portal-elements` resolves as it would from node_modules: this folder is inside the package,
// so its name refers to the package itself (its `exports`, which point into dist/: run `npm run build` first).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { mockPortal } from '../mock-portal.mjs';

export default defineConfig({
  // Its options would be here: there is no svelte.config.js to look for.
  plugins: [svelte({ configFile: false }), mockPortal()],
});
