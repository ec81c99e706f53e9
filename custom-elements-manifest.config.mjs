/**
 * The manifest is the public API: events dispatched as instances of their own classes carry their names in the
 * JSDoc `@fires` tags (the unnamed ones the analyzer finds in `dispatchEvent` go), and what is protected or private
 * to the classes stays out.
 */
const publicApiOnly = {
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        if (declaration.members) {
          declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/mocks/**', 'src/api/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly],
};
