// ESLint flat config: what `npm run lint` checks (and so `npm test` and CI).
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'test-results/', '.bench-data/'] },

  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_` marks a parameter that a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },

  // Type-aware rules where a mistake costs most: a promise nobody awaits on the server loses its error (or its
  // transaction) silently. The type information comes from tsconfig.json, the same program `npm run typecheck` builds.
  {
    files: ['api/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },

  // The admin and the public portal: React and the hooks rules (stale closures and missing dependencies are what make a list forget its page).
  {
    files: ['admin/**/*.{ts,tsx}', 'portal/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: 'detect' } },
    plugins: { react, 'react-hooks': reactHooks },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      // TypeScript checks props; react-admin components take their labels from i18n, not from display names.
      'react/prop-types': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The admin runs in the browser: of the API's code it may use only the pure modules (rules and domain
      // functions the server also runs, so both sides decide alike) and types. Anything else would pull the
      // server (database, Express, Node built-ins) into the bundle.
      // api/io/columns is the import/export file format: pure data and cell parsers over domain labels, so the
      // import template the admin offers has the headers the server reads.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)api/(?!(domain|permissions)/|io/columns$)',
              allowTypeImports: true,
              message: 'The admin may import from api/ only its pure modules (api/domain, api/permissions, api/io/columns) and types (`import type`).',
            },
          ],
        },
      ],
    },
  },
);
