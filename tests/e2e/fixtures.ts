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
