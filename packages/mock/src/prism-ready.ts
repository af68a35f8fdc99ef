/** The line prism-launcher.ts prints once Prism listens, followed by the port. */
export const READY_LINE = 'prism-launcher: listening on port ';

/**
 * Prism's log level. `warn` keeps what matters (violations, failures) and drops the line per
 * request that costs Prism about a quarter of its time; `info` is Prism's default.
 */
export type PrismLogLevel = 'warn' | 'info';
