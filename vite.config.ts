/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// index.html's Content-Security-Policy allows only the app's own scripts. The dev server injects an
// inline script (React Fast Refresh's preamble), so in dev only, inline scripts are allowed too.
// The built site (`vite build`, `vite preview`) keeps the strict policy.
function relaxCspForDevServer(): Plugin {
  return {
    name: 'relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  plugins: [react(), relaxCspForDevServer()],
  // Relative asset URLs, so dist/ works from any folder (the app uses hash routes).
  base: './',
  worker: { format: 'es' },
  // No manualChunks for Monaco: a named chunk group makes Vite preload it from index.html, and
  // Monaco must only load when an editor first shows (see src/editor/).
  // modulePreload stays as it is: index.html preloads only the entry's static imports; the deps of
  // a dynamic import (Monaco, the YAML parser, later wizard steps) are preloaded when it runs.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // `yaml` declares no "sideEffects": false, so its index (which re-exports the parser) would
      // count as a static import of the parser wherever the entry imports `Document`, and the
      // parser (~16 KB gzip) would land in the first load although only lazy chunks use it. Its
      // modules have no side effects; saying so lets the parser go to the lazy chunks.
      treeshake: { moduleSideEffects: [{ test: /[\\/]node_modules[\\/]yaml[\\/]/, sideEffects: false }] },
      output: {
        // What the entry imports statically ('$initial': the first load) as one chunk: gzip of one
        // file compresses better than of the twenty it was split into by sharing (about 5 KiB less).
        // Lazy chunks import from it; nothing lazy enters it (dist/index.html preloads only it).
        codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy 2-core machine 5 s is not enough for them.
    testTimeout: 30_000,
  },
});
