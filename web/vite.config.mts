import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, '../dist/web');
const apiTarget = process.env.SAMVERKAN_API_URL ?? 'http://localhost:3000';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes .gz and .br beside every text file of the build: the service sends them as they are (preCompressed). */
function precompress(): Plugin {
  return {
    name: 'samverkan-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package declares no sideEffects, so every component would ship; its one
        // real side effect (the web components of @digdir/designsystemet-web) is imported in main.tsx.
        moduleSideEffects: (id: string) => !id.includes('/@digdir/designsystemet-react/'),
      },
    },
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/docs': apiTarget,
      '/health': apiTarget,
      '/rsvp': apiTarget,
      '/minutes-approval': apiTarget,
      '/calendar': apiTarget,
    },
  },
  test: {
    root,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
  },
});
