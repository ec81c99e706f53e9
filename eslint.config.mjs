import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'examples/*/dist/',
      'examples/next/.next/',
      'examples/next/out/',
      'examples/next/next-env.d.ts',
      'storybook-static/',
      'node_modules/',
      'coverage/',
      '.storybook-cache/',
      'demo/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array and derive the type.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
        { selector: 'TSParameterProperty', message: 'No parameter properties.' },
      ],
    },
  },
  {
    // Shipped code: no classic zod (size, and `new Function` under a strict CSP), no mock, no browser storage.
    files: ['src/**/*.ts'],
    ignores: ['src/mocks/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Shipped code imports zod/mini.' }],
          patterns: [{ group: ['**/mocks/**', 'msw', 'msw/*'], message: 'Production code never reaches the mock.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'No token or health data in browser storage.' },
        { name: 'sessionStorage', message: 'No token or health data in browser storage.' },
        { name: 'indexedDB', message: 'No token or health data in browser storage.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'cookie', message: 'The SDK sets no cookies.' },
        { property: 'innerHTML', message: 'Data renders as text, never as HTML.' },
        { property: 'outerHTML', message: 'Data renders as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    // The benchmark's page runs in a browser.
    files: ['bench/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
        setTimeout: 'readonly',
        URLSearchParams: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        customElements: 'readonly',
        PerformanceObserver: 'readonly',
        MutationObserver: 'readonly',
        InputEvent: 'readonly',
        structuredClone: 'readonly',
      },
    },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        location: 'readonly',
        fetch: 'readonly',
        history: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        customElements: 'readonly',
        MutationObserver: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
        Headers: 'readonly',
        Request: 'readonly',
      },
    },
    rules: { 'no-console': 'off' },
  },
);
