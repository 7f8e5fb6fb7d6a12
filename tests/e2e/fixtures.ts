import AxeBuilder from '@axe-core/playwright';
import {test as base, expect, type Page} from '@playwright/test';

/**
 * Every test fails if the page logs a console error, throws, or asks any origin other
 * than the site itself for anything (fonts, scripts and icons are all self-hosted).
 */
export const test = base.extend<{watchedPage: Page}>({
  watchedPage: async ({page, baseURL}, use) => {
    const problems: string[] = [];
    const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== siteOrigin) {
        problems.push(`request to a third-party origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'the page logged errors or made third-party requests').toEqual([]);
  },
});

export {expect};

/** Opens a page and waits until React has hydrated it. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's WCAG 2.2 AA violations found by axe, one readable line each (empty when none). */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).withTags(WCAG_22_AA).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} → ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** Fails when the page is wider than the window, so a reader would have to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}
