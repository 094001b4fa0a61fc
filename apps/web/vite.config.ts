import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vite 8's transform (Rolldown/Oxc) resolves a tsconfig `extends` through the pnpm symlink
// (node_modules/@alliance/config) and then looks for ../../../tsconfig.base.json next to it, which
// fails (see vitejs/vite#21856). Point it at the shared React preset's real path instead: our
// tsconfig.json only adds `include` to it, which does not affect how files are compiled.
const tsconfig = createRequire(import.meta.url).resolve('@alliance/config/tsconfig/react.json');

// In development (and `vite preview`) the web app reaches the API through Vite's proxy, so the
// browser sees a single origin: cookies stay same-site and no CORS set-up is needed.
const target = `http://localhost:${process.env.API_PORT ?? 3000}`;

// Match a whole path segment, so "/dev" proxies "/dev/…" but not a future page such as "/developers".
const segment = (path: string): string => `^${path}(?:[/?]|$)`;

// /dev/mailbox is both the API's JSON (fetched by the page) and a page of the web app: a browser
// asking for HTML (a reload, a link from elsewhere) gets the app, which then fetches the JSON.
const pageForHtml: ProxyOptions['bypass'] = (req) =>
  req.headers.accept?.includes('text/html') ? '/index.html' : undefined;

// GET /graphql from a browser (HTML, no `query` parameter) is GraphiQL, as the API serves it in
// production; everything else (POST, GET with a query, the WebSocket) goes to the API.
const graphiqlForHtml: ProxyOptions['bypass'] = (req) =>
  req.method === 'GET' &&
  req.headers.accept?.includes('text/html') &&
  !/[?&]query=/.test(req.url ?? '')
    ? '/graphiql.html'
    : undefined;

const proxy: Record<string, ProxyOptions> = {
  [segment('/graphql')]: { target, ws: true, bypass: graphiqlForHtml },
  [segment('/health')]: { target },
  [segment('/export')]: { target },
  [segment('/feeds')]: { target },
  [segment('/dev')]: { target, bypass: pageForHtml },
};

const shared: UserConfig = {
  tsconfig,
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
};

/**
 * GraphiQL (graphiql.html), which the API serves to browsers at GET /graphql: a build of its own
 * (`vite build --mode graphiql`, after the web app's) into the same dist/, so that GraphiQL,
 * Monaco and its workers share no chunk with the web app, whose files stay exactly as they were.
 */
const graphiql: UserConfig = {
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    // Monaco is one large module graph; this page is for developers, not on the app's path.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: { graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) },
      onLog(level, log, handler) {
        // GraphiQL's React Compiler output marks modules "use no memo"; bundling drops it, harmlessly.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('node_modules')) return;
        handler(level, log);
      },
    },
  },
};

const app: UserConfig = {
  ...shared,
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: keep them in their own long-cached chunks.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@remix-run|cookie-es)[\\/]/,
            },
            {
              name: 'apollo',
              test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|ts-invariant)[\\/]/,
            },
            // Only the insights page (loaded on demand) draws charts.
            {
              name: 'charts',
              test: /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|internmap|@reduxjs|redux|react-redux|immer|reselect|decimal\.js-light|eventemitter3|es-toolkit|tiny-invariant)[\\/]/,
            },
            // Markdown rendering (react-markdown and the unified ecosystem), for practices.
            {
              name: 'markdown',
              test: /[\\/]node_modules[\\/](react-markdown|unified|remark-[^\\/]+|rehype-[^\\/]+|micromark[^\\/]*|mdast-[^\\/]+|hast-[^\\/]+|unist-[^\\/]+|vfile[^\\/]*|property-information|html-url-attributes|decode-named-character-reference|character-entities[^\\/]*|trim-lines|devlop|bail|trough|zwitch|ccount|comma-separated-tokens|space-separated-tokens|style-to-[^\\/]+|inline-style-parser|estree-util-[^\\/]+|markdown-table|longest-streak|escape-string-regexp|is-plain-obj|@ungap)[\\/]/,
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'graphiql' ? graphiql : app));
