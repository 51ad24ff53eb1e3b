// Prettier's settings for the UI and, through e2e/prettier.config.mjs, the
// end-to-end tests: one house style, checked by `npm run format:check`.
// 120 columns: a screen's JSX reads better with a props list on one line.
export default {
  printWidth: 120,
  singleQuote: true,
};
