import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'node:child_process', message: 'No shell or subprocess in the Action (SPEC §8).' }, { name: 'child_process', message: 'No shell or subprocess in the Action (SPEC §8).' }] }],
    },
  },
  {
    files: ['test/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
