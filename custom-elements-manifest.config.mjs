/**
 * The manifest is the public API: events dispatched as instances of their own classes carry their names in the
 * JSDoc `@fires` tags (the unnamed ones the analyzer finds in `dispatchEvent` go), and what is protected or private
 * to the classes stays out. Modules are listed by path, the same on every machine.
 */
const publicApiOnly = {
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    // In path order: the order the files are found in depends on the file system, and the manifest must not.
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/mocks/**',
    'src/api/**',
    // The records' FHIR mapping and sections are the element's insides, not API.
    'src/components/health-records/mapping/**',
    'src/components/health-records/sections/**',
    'src/components/health-records/section-controller.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly],
};
