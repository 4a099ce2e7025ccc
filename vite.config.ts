import { defineConfig } from 'vite';

/**
 * Builds the renderer into dist/renderer. `base: './'` makes every asset URL relative, so the same build
 * loads from browser mode's `/`, from `file://` and from Electron's `app://` alike.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The strict CSP (script-src 'self') forbids inline scripts; keep every script in its own file.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
