/**
 * A mock of the Uploadcare file groups REST API for contract tests: a stateful groups service
 * behind Prism's validating proxy (the default), Prism's example server, and the bare proxy,
 * all checking against the OpenAPI document shipped in this package.
 *
 * @packageDocumentation
 */
export { bundledSpecPath } from './bundled-spec.js';
export {
  CONTROL_TOKEN_ENV,
  MockControlError,
  type MockControlOptions,
  mockControl,
} from './control/mock-control.js';
export {
  CONTROL_PREFIX,
  type MockConfig,
  type MockConfigChanges,
  type MockControl,
  type MockStats,
} from './control/types.js';
export { type ApiKeys, DEMO_KEYS, type GroupWithFiles, type RequestCounts } from './fake/index.js';
export type { Violation, ViolationLog } from './front/violations.js';
export type { MockExit } from './mock-exit.js';
export { MockStartError } from './mock-start-error.js';
export type {
  CommonMockOptions,
  ExamplesMockOptions,
  MockOptions,
  ProxyOptions,
  RunningMock,
  RunningStatefulMock,
  StatefulMockOptions,
} from './options.js';
export { startMock } from './start-mock.js';
export { startProxy } from './start-proxy.js';
