import type {Page} from '@playwright/test';
import {expect, expectNoSidewaysScroll, openPage, test} from './fixtures';
import {LOCALE_PREFIX, LOCALES, sitemapPaths} from './site';

// Every page of both sitemaps at the width of a common phone: no table makes the reader scroll
// the page sideways. A table either fits the window, as the prose tables do once they stack into
// labelled blocks, or scrolls inside a labelled region that the keyboard can reach.
test.use({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});

/** Several pages per test: one browser page opened once does the work of many tests. */
const PAGES_PER_TEST = 5;

/** The visible tables on the page that neither fit the window nor scroll in a labelled region. */
function unreadableTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('table')).flatMap((table, index) => {
      if (table.getClientRects().length === 0) return [];
      const box = table.getBoundingClientRect();
      if (box.left >= -1 && box.right <= window.innerWidth + 1) return [];
      const region = table.closest('[role="region"]');
      const name =
        region?.getAttribute('aria-label')?.trim() ||
        (region?.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
          .trim();
      if (region?.getAttribute('tabindex') === '0' && name) return [];
      const title = table.caption?.textContent ?? table.rows[0]?.textContent ?? '';
      return [
        `table ${index + 1} ("${title.trim().slice(0, 40)}") reaches ${Math.round(box.right)} px ` +
          'and is not in a labelled region the keyboard can reach',
      ];
    }),
  );
}

for (const locale of LOCALES) {
  const paths = sitemapPaths(locale);
  for (let start = 0; start < paths.length; start += PAGES_PER_TEST) {
    const batch = paths.slice(start, start + PAGES_PER_TEST);
    test(`(${locale}) tables read without sideways scrolling at 390 px: ${batch.join(', ')}`, async ({
      watchedPage: page,
    }) => {
      test.setTimeout(20_000 * batch.length);
      for (const path of batch) {
        await openPage(page, path);
        // A table too wide even when stacked becomes a region once the browser has measured it.
        await expect
          .poll(() => unreadableTables(page), {message: `${path}: tables wider than the phone`})
          .toEqual([]);
        await expectNoSidewaysScroll(page, `${path} at 390 px`);
      }
    });
  }
}

/** Pages whose wide prose tables must stack rather than scroll: the glossary and the gap table. */
const STACKED_PAGES = LOCALES.flatMap((locale) =>
  ['/thuat-ngu', '/quy-trinh/danh-gia'].map((path) => `${LOCALE_PREFIX[locale]}${path}`),
);

for (const path of STACKED_PAGES) {
  test(`${path}: prose tables stack into labelled blocks and stay tables for screen readers`, async ({
    watchedPage: page,
  }) => {
    await openPage(page, path);
    const tables = page.locator('article table');
    expect(await tables.count()).toBeGreaterThan(0);
    await expect(page.locator('article [role="region"] table')).toHaveCount(0);

    const stacked = await tables.evaluateAll((all: HTMLTableElement[]) =>
      // Tables kept for paper only (the checklist's sign-off sheet) are not shown on screen.
      all
        .filter((table) => table.getClientRects().length > 0)
        .map((table) => {
          const header = table.tHead?.getBoundingClientRect();
          const row = table.tBodies[0]!.rows[0]!;
          return {
            fits: table.getBoundingClientRect().right <= window.innerWidth,
            headerHidden: (header?.width ?? 0) <= 1 && (header?.height ?? 0) <= 1,
            rowIsBlock: getComputedStyle(row).display === 'block',
            // Each cell after the block's title shows its column's name above its text.
            labels: Array.from(row.cells)
              .slice(1)
              .map((cell) => ({
                expected: cell.getAttribute('data-label'),
                shown: getComputedStyle(cell, '::before').content,
              })),
          };
        }),
    );
    for (const table of stacked) {
      expect(table).toMatchObject({fits: true, headerHidden: true, rowIsBlock: true});
      for (const {expected, shown} of table.labels) {
        expect(expected, 'a cell has no label').toBeTruthy();
        expect(shown).toContain(`"${expected}"`);
      }
    }

    // Chromium's own accessibility tree, not Playwright's reading of the markup: once the
    // rows are blocks the tables still expose their column headers and cells.
    const cdp = await page.context().newCDPSession(page);
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    const roles = nodes.filter((node) => !node.ignored).map((node) => node.role?.value);
    const counted = await page.evaluate(() => {
      // What is rendered: a table kept for paper only is in neither the page nor the tree.
      const shown = (selector: string): number =>
        Array.from(document.querySelectorAll(selector)).filter(
          (element) => element.getClientRects().length > 0,
        ).length;
      return {
        table: shown('article table'),
        columnheader: shown('article thead th'),
        cell: shown('article tbody td'),
      };
    });
    for (const [role, count] of Object.entries(counted)) {
      expect(
        roles.filter((found) => found === role),
        `${role}s in the tree`,
      ).toHaveLength(count);
    }
  });
}
