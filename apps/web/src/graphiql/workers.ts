// Monaco (GraphiQL's editor) runs its language services in web workers. Vite bundles each one
// from npm (`?worker`) into a same-origin file under /assets, so nothing is fetched from a CDN
// and the page works offline under the API's `script-src 'self'` policy. This is
// graphiql/setup-workers/vite without its console logging.
import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

// Monaco reads globalThis.MonacoEnvironment; its typings declare it on Window.
window.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'graphql':
        return new GraphQLWorker();
      default:
        return new EditorWorker();
    }
  },
} satisfies Environment;
