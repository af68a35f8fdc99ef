// Records everything a page does on the network and in its console, so a test can assert that
// nothing failed and nothing left the allowed origins.
import type { Page } from 'playwright-core';

export interface PageWatch {
  requests: string[];
  failedRequests: string[];
  consoleErrors: string[];
  /** Requests whose origin is not one of the allowed ones (data: URLs never leave the page). */
  foreignRequests(allowedOrigins: string[]): string[];
  /**
   * Requests that are not under `base` (a site's address, e.g. `http://127.0.0.1:PORT/sub/`):
   * another host, or another folder of the same host. data: and blob: URLs are made in the page.
   */
  requestsOutside(base: string): string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = {
    requests: [],
    failedRequests: [],
    consoleErrors: [],
    foreignRequests(allowedOrigins) {
      return watch.requests.filter((url) => {
        if (url.startsWith('data:')) return false;
        // blob: URLs carry the origin that made them (blob:http://127.0.0.1:PORT/uuid).
        const origin = new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url).origin;
        return !allowedOrigins.includes(origin);
      });
    },
    requestsOutside(base) {
      const origin = new URL(base).origin;
      return watch.requests.filter((url) => {
        if (url.startsWith('data:')) return false;
        if (url.startsWith('blob:')) return new URL(url.slice('blob:'.length)).origin !== origin;
        return !url.startsWith(base);
      });
    },
  };
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('requestfailed', (request) =>
    watch.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  return watch;
}
