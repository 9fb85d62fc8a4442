// ESLint for the map's own script (src/aleppomap/assets/js); scripts/_lint_js.sh runs it.
//
// The files are classic scripts that aleppomap.timeline.page joins, in the order of its
// JS_FILES, inside one function scope: they see the browser, Leaflet (`L`) and `am`, the
// object of that scope through which they share names. Nothing else is global to them.
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: ['node_modules/', 'src/aleppomap/assets/vendor/', '.venv/', 'build/', 'dist/'],
  },
  js.configs.recommended,
  {
    files: ['src/aleppomap/assets/js/**/*.js'],
    languageOptions: {
      ecmaVersion: 2015,
      sourceType: 'script',
      globals: {
        ...globals.browser,
        L: 'readonly',
        am: 'readonly',
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      'no-undef': 'error',
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
      'no-implicit-globals': 'error',
      'no-redeclare': 'error',
      'no-use-before-define': ['error', { functions: false, classes: true, variables: true }],
      'no-var': 'off',
      eqeqeq: ['error', 'always'],
      strict: ['error', 'function'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
];
