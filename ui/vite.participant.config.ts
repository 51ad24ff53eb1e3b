// Vite builds the live workshop's participant page (what people open on
// their phones) into ui/dist-participant, which the core embeds and serves
// at `/` and `/assets/...` under a strict CSP: external script and style
// files only, nothing remote, nothing inlined. Its own entry and bundle, so
// the phone never loads the desktop app's screens or @tauri-apps/api.
// Paths are relative to ui/ (where npm runs the build); outDir and
// publicDir are relative to the root.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'participant',
  // The page is written against React's API (as the app is) and built on
  // Preact's compatible one: a phone on a venue's Wi-Fi loads about a
  // third of the bytes and parses them sooner.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  base: '/',
  publicDir: '../public',
  esbuild: { jsx: 'automatic' },
  clearScreen: false,
  build: {
    outDir: '../dist-participant',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    // Under `img-src 'self' data:` and `style-src 'self'` an inlined asset
    // would still load, but one file per asset keeps the CSP reading simple.
    assetsInlineLimit: 0,
    // Every browser that runs the page supports modulepreload or ignores it;
    // the polyfill would be bytes for nothing.
    modulePreload: { polyfill: false },
  },
});
