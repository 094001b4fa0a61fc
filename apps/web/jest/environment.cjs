// jsdom plus the Web APIs it lacks but the app's libraries use: React Router builds a Fetch API
// Request for every navigation and encodes text with TextEncoder. They come from Node, together
// with Node's AbortController, because Node's Request only accepts its own AbortSignal.
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

class WebAppEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = WebAppEnvironment;
