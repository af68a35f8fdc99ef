/**
 * A Prism mock server and validating proxy for the Uploadcare file groups REST API, serving the
 * OpenAPI document shipped in this package.
 *
 * @packageDocumentation
 */
export { bundledSpecPath } from './bundled-spec.js';
export { MockStartError } from './mock-start-error.js';
export type { MockOptions, ProxyOptions, RunningMock } from './options.js';
export { startMock } from './start-mock.js';
export { startProxy } from './start-proxy.js';
