export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/mocks/**', 'src/api/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
