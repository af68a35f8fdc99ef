// Opening the served docs in chromium and reading what a reader sees: an operation's section
// and its code samples. Shared by the browser tests (served at the root and under a sub-path).
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type PageWatch, watchPage } from './page-watch.js';

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
