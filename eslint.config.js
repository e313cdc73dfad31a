// ESLint over the TypeScript sources, with type information: what tsc does not check (exhaustive switches,
// floating promises, unsafe any) is checked here. Formatting is Prettier's, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'tools/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // Escaping user text means naming control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  // The action's code compares GitHub's timestamps with byTime (src/text/by-time.ts): localeCompare's first call
  // sets up ICU's collator, about 5 ms of a triage between GitHub's answers and the writes. It names its REST
  // routes (octokit.request('GET /…')): `octokit.rest` evaluates the endpoint plugin's table of every route
  // (src/lazy-modules/rest-endpoint-methods.ts), work a triage would do before its first request.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { property: 'localeCompare', message: 'Compare timestamps with byTime (src/text/by-time.ts).' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='rest']:matches([object.name='octokit'], [object.property.name='octokit'])",
          message: "Name the route: octokit.request('GET /…', params).",
        },
      ],
    },
  },
  // node:test's describe and it return promises the runner itself awaits.
  // Tests read GitHub's answers as parsed JSON and assert on their fields.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
