import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
        if (!/\.(js|css|html|svg|json|txt)$/.test(file) || file.includes('/.vite/')) continue;
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
 * Designsystemet's stylesheet (@digdir/designsystemet-css, 147 KB) holds every component's CSS, and all of it
 * is render-blocking. The components below are never rendered by the app, so their CSS (about 68 KB, mostly
 * Search and Suggestion) is cut from it: less to fetch, parse and match before the first paint. Should a page
 * start using one of them, the build fails here; take it off this list.
 */
const UNUSED_DESIGNSYSTEMET_COMPONENTS = [
  'search',
  'suggestion',
  'combobox',
  'chip',
  'badge',
  'breadcrumbs',
  'dropdown',
  'error-summary',
  'tooltip',
];

function designsystemetCssWithoutUnusedComponents(): Plugin {
  return {
    name: 'samverkan-designsystemet-css-without-unused-components',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]@digdir[\\/]designsystemet-css[\\/]dist[\\/]src[\\/]index\.css$/.test(id)) return null;
      let css = readFileSync(id, 'utf8');
      const cut: string[] = [];
      for (const component of UNUSED_DESIGNSYSTEMET_COMPONENTS) {
        const part = readFileSync(join(dirname(id), `${component}.css`), 'utf8').trim();
        // search.css holds suggestion.css whole: cut once.
        if (cut.some((done) => done.includes(part))) continue;
        if (!css.includes(part))
          throw new Error(
            `designsystemet-css: ${component}.css is no longer verbatim in index.css; update the list`,
          );
        css = css.replace(part, '');
        cut.push(part);
      }
      return { code: css, map: null };
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const component = /[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/]components[\\/]([\w-]+)[\\/]/
            .exec(id)?.[1]
            ?.toLowerCase();
          if (component && UNUSED_DESIGNSYSTEMET_COMPONENTS.includes(component))
            throw new Error(
              `The app now uses Designsystemet's ${component}, whose CSS vite.config.mts leaves out: take it off ` +
                'UNUSED_DESIGNSYSTEMET_COMPONENTS.',
            );
        }
      }
    },
  };
}

/** Where pageChunks() writes its map, inside the build but never served (the service serves no dotfile). */
export const PAGE_CHUNKS_FILE = '.vite/page-chunks.json';

/**
 * Writes .vite/page-chunks.json: for every page module (src/features/<feature>/pages/<Page>.tsx), the files
 * its route loads on demand beyond those index.html already names: its chunk, the chunks that chunk imports
 * (dependencies first) and their CSS. The service reads it to name a page's files in the index.html it answers
 * for that page's path (src/app/web-preloads.ts), so they load beside the app's own files, not after them.
 * Also checks that Designsystemet's web components stay out of the first page (main.tsx loads them after it).
 */
function pageChunks(): Plugin {
  return {
    name: 'samverkan-page-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((output) => output.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      /** A chunk and what it imports statically, dependencies first. */
      const closure = (fileName: string, seen = new Set<string>()): string[] => {
        if (seen.has(fileName)) return [];
        seen.add(fileName);
        const chunk = chunks.get(fileName);
        if (!chunk) return [];
        return [...chunk.imports.flatMap((file) => closure(file, seen)), fileName];
      };
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('pageChunks: no entry chunk');
      const initial = new Set(closure(entry.fileName));
      const webComponents = [...chunks.values()].find((chunk) => chunk.name === 'designsystemet-web');
      if (webComponents && initial.has(webComponents.fileName))
        throw new Error(
          'The first page imports @digdir/designsystemet-web statically again; main.tsx loads it after the ' +
            'first render. Find who imports it by name (not `import "@digdir/designsystemet-web"`) and give ' +
            'that module a chunk group of its own in vite.config.mts, as designsystemet-pagination has.',
        );
      const pages: Record<string, { js: string[]; css: string[] }> = {};
      for (const chunk of chunks.values()) {
        for (const id of chunk.moduleIds) {
          const page = /[\\/]web[\\/](src[\\/]features[\\/][\w-]+[\\/]pages[\\/]\w+\.tsx)$/.exec(id)?.[1];
          if (!page) continue;
          const js = closure(chunk.fileName).filter((file) => !initial.has(file));
          const css = js.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]);
          pages[page.split(/[\\/]/).join('/')] = { js, css };
        }
      }
      this.emitFile({ type: 'asset', fileName: PAGE_CHUNKS_FILE, source: JSON.stringify(pages, null, 1) });
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
    test: /[\\/]@digdir[\\/]designsystemet-react[\\/].*pagination|[\\/]web[\\/]src[\\/]shared[\\/]components[\\/](?:ListPager|PagedTable)\./,
    priority: 5,
    includeDependenciesRecursively: false,
  },
  // What the first page needs ($initial: the entry imports it statically): the other libraries, and the app's
  // frame (layout, routes, sign-in pages, API client, shared components).
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial' as const], priority: 4 },
  { name: 'app', test: /[\\/]web[\\/]src[\\/]/, tags: ['$initial' as const], priority: 4 },
  // Designsystemet's React components and the app's shared modules that only some pages use: one chunk rather
  // than a dozen of about 1 KB that the features share, since each chunk is a request and over HTTP/1.1 a
  // browser makes six at a time, each a round trip (150 ms in Lighthouse's mobile simulation).
  {
    name: 'shared',
    test: /[\\/](?:node_modules[\\/]@digdir[\\/]designsystemet-react|web[\\/]src[\\/](?:shared|app))[\\/]/,
    priority: 3,
  },
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
    designsystemetCssWithoutUnusedComponents(),
    pageChunks(),
    precompress(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // One stylesheet (the rounds' 0.8 KB gzip comes with it) and no modulepreload polyfill (every browser the
    // app supports has modulepreload), so the first page waits on fewer requests: over HTTP/1.1 a browser
    // makes six at a time. Without the polyfill the entry is the app chunk itself, not a file of its own.
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
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
