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

/**
 * Designsystemet's React components import its web components (field labels, tabs, popovers…) for their side
 * effect. main.tsx loads them itself right after the first render instead (a custom element upgrades the
 * elements already on the page when it is defined), so those bare imports are dropped from the React package.
 */
function designsystemetWebAfterFirstRender(): Plugin {
  const sideEffectImport = /^import\s*["']@digdir\/designsystemet-web["'];?$/gm;
  return {
    name: 'samverkan-designsystemet-web-after-first-render',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/@digdir/designsystemet-react/') || !sideEffectImport.test(code)) return null;
      return { code: code.replace(sideEffectImport, ''), map: null };
    },
  };
}

/**
 * Adds `<link rel="modulepreload">` to index.html for the chunks of the start page (the county overview at "/"),
 * which the router loads on demand: the browser fetches them with the app's own chunks instead of after them.
 * The login page gets them too (a few KB, then cached for the page that follows sign-in).
 */
function modulepreloadStartPage(module: string): Plugin {
  return {
    name: 'samverkan-modulepreload-start-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
        const start = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(module)));
        if (!start) throw new Error(`modulepreloadStartPage: no chunk holds ${module}`);
        const inHtml = (file: string) => html.includes(`/${file}"`);
        const webComponents = chunks.find((chunk) => chunk.name === 'designsystemet-web');
        if (webComponents && inHtml(webComponents.fileName))
          throw new Error(
            'The first page imports @digdir/designsystemet-web statically again; main.tsx loads it after the ' +
              'first render. Find who imports it by name (not `import "@digdir/designsystemet-web"`) and give ' +
              'that module a chunk group of its own in vite.config.mts, as designsystemet-pagination has.',
          );
        const files = [...start.imports, start.fileName].filter((file) => !inHtml(file));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Named chunks (rolldown's output.codeSplitting.groups, higher priority first; a group takes its modules'
 * dependencies along unless a group before it took them). Chunks change at different paces, so a deploy does
 * not throw away all the browser cached.
 */
const CHUNK_GROUPS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 6 },
  {
    name: 'designsystemet-web',
    test: /[\\/]node_modules[\\/](@digdir[\\/]designsystemet-web|@u-elements|@floating-ui)[\\/]/,
    priority: 5,
  },
  // Designsystemet's Pagination calls a function of the web components by name (the one import the plugin
  // above cannot drop): kept apart, so that only the pages with a pager import the web components directly.
  {
    name: 'designsystemet-pagination',
    test: /[\\/]@digdir[\\/]designsystemet-react[\\/].*pagination/,
    priority: 5,
    includeDependenciesRecursively: false,
  },
  // What the first page needs ($initial: the entry imports it statically): the other libraries, and the app's
  // frame (layout, routes, sign-in pages, API client, shared components).
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial' as const], priority: 4 },
  { name: 'app', test: /[\\/]web[\\/]src[\\/]/, tags: ['$initial' as const], priority: 4 },
  // One chunk per feature: its pages, components, hooks and its texts (<feature>.sv.json / .en.json, which
  // app/i18n.ts imports when a page first asks for them: they arrive with the page, no request of their own).
  {
    debugName: 'features',
    name: (id: string) => /[\\/]web[\\/]src[\\/]features[\\/]([\w-]+)[\\/]/.exec(id)?.[1] ?? null,
    priority: 1,
    // A page that uses another feature's component loads that feature's chunk rather than a copy.
    includeDependenciesRecursively: false,
  },
];

export default defineConfig({
  root,
  plugins: [
    react(),
    designsystemetWebAfterFirstRender(),
    modulepreloadStartPage('/src/features/overview/pages/OverviewPage.tsx'),
    precompress(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Chunks that change at different paces, so a deploy does not throw away what the browser cached:
        // the framework (React, React Router), the other libraries the first page needs, Designsystemet's web
        // components (loaded after the first render), and one chunk per feature with its own texts (the
        // feature's <name>.sv.json/.en.json travel with its pages: app/i18n.ts imports them on demand).
        codeSplitting: { groups: CHUNK_GROUPS },
      },
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
