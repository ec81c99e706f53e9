/** Events dispatched as instances of their own classes carry their names in the JSDoc `@fires` tags. */
const dropUnnamedEvents = {
  name: 'drop-unnamed-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
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
  plugins: [dropUnnamedEvents],
};
