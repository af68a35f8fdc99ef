// Opening the served docs in chromium and reading what a reader sees: an operation's section
// and its code samples. Shared by the browser tests (served at the root and under a sub-path).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startDocsServer } from '../../scripts/serve-docs.mjs';
import { launchChromium } from './browser.js';
import { distDir, requireBuiltSite } from './built-site.js';
import { type PageWatch, watchPage } from './page-watch.js';

type DocsServer = Awaited<ReturnType<typeof startDocsServer>>;

/**
 * For one test file: serves the built site (with `options`, e.g. a `basePath`) and starts
 * chromium before its tests, closes the pages each test opened after it, and stops both at the end.
 */
export function docsInChromium(options: { basePath?: string } = {}) {
  let docs: DocsServer | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    requireBuiltSite();
    docs = await startDocsServer({ root: distDir, ...options });
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await docs?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('docsInChromium: used before its beforeAll ran');
    return value;
  };
  return {
    /** The site's address, e.g. `http://127.0.0.1:PORT/uploadcare-groups/`. */
    get url(): string {
      return started(docs).url;
    },
    get browser(): Browser {
      return started(browser);
    },
    /** Opens `url` in a new page (closed after the test) and waits for Redoc's menu. */
    async open(url: string): Promise<{ page: Page; watch: PageWatch }> {
      const opened = await openDocs(started(browser), url);
      pages.push(opened.page);
      return opened;
    },
    /** A page the test opened itself, to close after it. */
    track(page: Page): Page {
      pages.push(page);
      return page;
    },
  };
}

/** Opens `url` (the site's address plus an optional `#...`) and waits for Redoc's menu. */
export async function openDocs(browser: Browser, url: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const watch = watchPage(page);
  await page.goto(url);
  await page.locator('[data-component-name="Menu/Menu"]').first().waitFor();
  return { page, watch };
}

/** An operation's section; its id is Redoc's address of it without the `#/`. */
export function operationSection(page: Page, operationId: string): Locator {
  return page.locator(`[id="groups/${operationId.toLowerCase()}"]`);
}

/** Picks a sample language in the section's request panel (the choice is page-wide in Redoc). */
export async function sampleIn(page: Page, operation: Locator, language: 'TypeScript' | 'curl'): Promise<string> {
  const other = language === 'curl' ? 'TypeScript' : 'curl';
  const switcher = operation.getByText(other, { exact: true });
  if (await switcher.count()) {
    await switcher.first().click();
    // The menu can open below the fold, where a pointer click counts as outside the viewport;
    // a dispatched click reaches the same handler without depending on the window size.
    await page.getByRole('menuitem', { name: language, exact: true }).dispatchEvent('click');
  }
  await expect.poll(() => operation.getByText(language, { exact: true }).count()).toBeGreaterThan(0);
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator, and the rendered text is the point.
  return operation.locator('[data-component-name="CodeBlock/CodeBlock"]').first().innerText();
}

/** Waits until the operation's heading is scrolled to the top of the viewport (every operation is below the intro). */
export async function expectScrolledTo(page: Page, operation: Locator): Promise<void> {
  // Scrolled smoothly, so poll.
  await expect
    .poll(async () => {
      const y = (await operation.boundingBox())?.y ?? Number.NaN;
      const scrollY = await page.evaluate(() => window.scrollY);
      return y >= -5 && y < 200 && scrollY > 0;
    })
    .toBe(true);
}
