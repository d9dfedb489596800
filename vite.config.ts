/**
 * Two builds from one source (README, "Builds"):
 *  - default mode → `dist/`: the PWA for a static host (service worker, manifest, update prompt);
 *  - `--mode singlefile` → `dist-file/index.html`: everything inlined, runs from `file://`
 *    (module scripts cannot load from `file://`), no service worker.
 * Both ship a Content-Security-Policy that forbids every outside connection.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { earlyProbeScript } from './src/store/early-probe';
import { viteSingleFile } from 'vite-plugin-singlefile';

const CSP_PLACEHOLDER = '__BAGALAU_CSP__';

/**
 * The policy: nothing but this origin; inline scripts only where their hash is listed. The single
 * file starts its workbook worker from a `blob:` of its own inlined code (a `file://` page cannot
 * load a worker file); the PWA from its own origin.
 */
function csp(scriptSources: string[], workerSources = "'self'"): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `worker-src ${workerSources}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Fills the CSP meta tag once the final HTML is known (after single-file inlining). */
function contentSecurityPolicy(singleFile: boolean): Plugin {
  return {
    name: 'bagalau-csp',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      // After vite-plugin-singlefile has inlined the scripts, so their hashes are the final ones.
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1] ?? '')
            .filter((body) => body.trim() !== '')
            .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
          asset.source = html.replace(CSP_PLACEHOLDER, csp(["'self'", ...hashes], singleFile ? "'self' blob:" : "'self'"));
        }
      },
    },
  };
}

/** Dev server: the same policy (Vite's dev client needs its websocket). */
function devCsp(): Plugin {
  return {
    name: 'bagalau-csp-dev',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        CSP_PLACEHOLDER,
        csp(["'self'", "'unsafe-inline'"]).replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
      ),
  };
}

/** The single-file copy has no service worker: the registration module becomes a no-op. */
function noServiceWorker(): Plugin {
  return {
    name: 'bagalau-no-sw',
    enforce: 'pre',
    resolveId: (id) => (id === 'virtual:pwa-register' ? '\0bagalau-no-sw' : undefined),
    load: (id) => (id === '\0bagalau-no-sw' ? 'export function registerSW() { return async () => {}; }' : undefined),
  };
}

/** `virtual:workbook-worker`: the worker as a file of its own (PWA, precached) or inlined (single file). */
function workbookWorker(singleFile: boolean): Plugin {
  const id = 'virtual:workbook-worker';
  return {
    name: 'bagalau-workbook-worker',
    enforce: 'pre',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) =>
      source === `\0${id}`
        ? `export { default } from '/src/io/workbook.worker.ts?worker${singleFile ? '&inline' : ''}';`
        : undefined,
  };
}

/** `script` placed before the entry's module script (a script after a stylesheet waits for it). */
const beforeEntry = (html: string, script: string): string => {
  const entry = html.indexOf('<script type="module"');
  return entry < 0 ? html.replace('</head>', `${script}</head>`) : `${html.slice(0, entry)}${script}\n    ${html.slice(entry)}`;
};

/**
 * The single file: its dictionaries are inlined, so its inline script only probes and reads the last
 * agency's database (`store/early-probe.ts`) — while the file's own, much larger, script is parsed.
 */
function earlyProbe(): Plugin {
  return {
    name: 'bagalau-early-probe',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => beforeEntry(html, `<script>${earlyProbeScript()}</script>`),
    },
  };
}

/**
 * PWA: the screen's dictionary is a chunk the entry imports once it knows the language (issue 21);
 * a `modulepreload` made at once from the stored language (as `initialLang` in `i18n/translator.ts`
 * chooses it) fetches it while the shell's chunks are read, not after. The script comes before the
 * entry's tags, so it runs as soon as it is parsed (the browser's first read of the site's local
 * storage is in it, while the chunks are on their way).
 */
function dictionaryPreload(): Plugin {
  return {
    name: 'bagalau-dictionary-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files: Record<string, string> = {};
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          const lang =
            chunk.type === 'chunk' ? /\/src\/i18n\/(kk|ru|en)\/index\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
          if (lang) files[lang] = chunk.fileName;
        }
        const children =
          `(function(){var f=${JSON.stringify(files)},s=localStorage.getItem('bagalau.lang'),b=(navigator.language||'').slice(0,2),` +
          `l=f[s]?s:b==='ru'||b==='en'?b:'kk',e=document.createElement('link');` +
          `e.rel='modulepreload';e.crossOrigin='';e.href='./'+f[l];document.head.appendChild(e)})()`;
        // Before the entry's tags: a script after the stylesheet would wait for it (a parser-blocking
        // script waits for the stylesheets before it), and start the dictionary's fetch only then.
        // The last agency's database is probed beside it, while the shell's code is read (issue 21).
        return beforeEntry(html, `<script>${children};${earlyProbeScript()}</script>`);
      },
    },
  };
}

/** Names `shell` the modules `src/main.tsx` imports statically, directly or not; the others it leaves to the default. */
function shellChunk(): (
  id: string,
  ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null },
) => string | null {
  let shell: Set<string> | undefined;
  return (id, ctx) => {
    if (!shell) {
      shell = new Set();
      const todo = [resolve('src/main.tsx')];
      for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
        if (shell.has(next)) continue;
        shell.add(next);
        todo.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return shell.has(id) ? 'shell' : null;
  };
}

export default defineConfig(({ mode }) => {
  const singleFile = mode === 'singlefile';
  return {
    base: './',
    // The single-file copy carries nothing beside index.html (the favicon is inline).
    publicDir: singleFile ? false : 'public',
    define: {
      __BUILD_KIND__: JSON.stringify(singleFile ? 'file' : 'pwa'),
    },
    build: {
      outDir: singleFile ? 'dist-file' : 'dist',
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      // PWA: everything the entry imports statically is one chunk, read at start in one request
      // through the service worker, not a dozen small ones (issue 21); the pages stay their own.
      ...(singleFile ? {} : { rolldownOptions: { output: { codeSplitting: { groups: [{ name: shellChunk() }] } } } }),
      assetsInlineLimit: singleFile ? 100_000_000 : 4096,
    },
    plugins: [
      solid(),
      workbookWorker(singleFile),
      singleFile
        ? [noServiceWorker(), earlyProbe(), viteSingleFile({ removeViteModuleLoader: true })]
        : [
            dictionaryPreload(),
            VitePWA({
              registerType: 'prompt',
              injectRegister: false,
              manifest: {
                name: 'Бағалау · Оценка персонала — Bagalau',
                short_name: 'Бағалау',
                description: 'Мемлекеттік қызметшілерді бағалау / Оценка деятельности государственных служащих корпуса «Б»',
                lang: 'kk',
                theme_color: '#1d4f73',
                background_color: '#ffffff',
                display: 'standalone',
                start_url: './',
                scope: './',
                // PNG only: Chrome reads the manifest's best icon on every page load, and an SVG one
                // is an SVG document made on the page's main thread (issue 21).
                icons: [
                  { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
                  { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
                  { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
                ],
              },
              workbox: {
                clientsClaim: true,
                cleanupOutdatedCaches: true,
                globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
                maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
                navigateFallback: 'index.html',
              },
            }),
          ],
      contentSecurityPolicy(singleFile),
      devCsp(),
    ],
  };
});
