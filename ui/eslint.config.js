// Lint: typescript-eslint's recommended rules and React's hook rules; the
// layout of the code is Prettier's (eslint-config-prettier turns off every
// rule that would argue with it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-participant/**', 'node_modules/**', 'src/bindings/**', 'src/participant/bindings/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['tests/**/*.mjs', 'scripts/**/*.mjs', '*.js', '*.ts'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        process: 'readonly',
        getComputedStyle: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        localStorage: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        Event: 'readonly',
        performance: 'readonly',
      },
    },
  },
  prettier,
);
