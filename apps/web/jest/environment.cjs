// jsdom plus the Web APIs it lacks but the app's libraries use: React Router builds a Fetch API
// Request for every navigation and encodes text with TextEncoder; Apollo's persisted queries
// hash with crypto.subtle. They come from Node, together with Node's AbortController, because
// Node's Request only accepts its own AbortSignal.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = [
  'TextEncoder',
  'TextDecoder',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'fetch',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
];

/**
 * Node's FormData, which also accepts a jsdom <form> (and submitter) like the browser's does:
 * React 19 builds one from the form when a submit handler starts a transition (as a React Router
 * navigation does), and Node's own constructor takes no arguments.
 */
function formDataFor(JsdomFormData) {
  return class FormData extends globalThis.FormData {
    constructor(form, submitter) {
      super();
      if (form === undefined) return;
      for (const [name, value] of new JsdomFormData(form, submitter ?? undefined)) {
        if (typeof value === 'string') this.append(name, value);
      }
    }
  };
}

class WebAppEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const JsdomFormData = this.global.FormData;
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
    this.global.FormData = formDataFor(JsdomFormData);
    // jsdom's crypto has getRandomValues and randomUUID but no SubtleCrypto, which browsers have
    // in secure contexts (the Apollo link hashes persisted queries with it): Node's.
    if (!this.global.crypto.subtle) {
      Object.defineProperty(this.global.crypto, 'subtle', {
        value: globalThis.crypto.subtle,
        configurable: true,
      });
    }
  }
}

module.exports = WebAppEnvironment;
