import { createRequire } from 'node:module';
import { defineConfig, type ProxyOptions } from 'vite';
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

const proxy: Record<string, ProxyOptions> = {
  [segment('/graphql')]: { target, ws: true },
  [segment('/health')]: { target },
  [segment('/export')]: { target },
  [segment('/feeds')]: { target },
  [segment('/dev')]: { target, bypass: pageForHtml },
};

export default defineConfig({
  tsconfig,
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
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
});
