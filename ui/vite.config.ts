// Vite builds the UI into ui/dist, which the Tauri shell embeds. JSX is
// compiled by esbuild's automatic runtime (no React plugin: no fast refresh
// needed, one dependency fewer).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic' },
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    // Everything is local: no remote fonts, no CDN.
    assetsInlineLimit: 0,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Style sheets as they are (the style-sheet test reads them); vitest
    // would otherwise hand every CSS import over empty.
    css: { include: [/\.css/] },
  },
});
