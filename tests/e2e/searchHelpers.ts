import type {Locator, Page} from '@playwright/test';
import {foldVietnamese} from '../../src/search/foldVietnamese';
import {expect} from './fixtures';
import type {Locale} from './site';

/** What the reader sees of search, in each language. */
export const UI = {
  vi: {
    home: '/',
    index: '/search-index.json',
    label: 'Tìm kiếm',
    clear: 'Xoá nội dung tìm kiếm',
    noResults: 'Không tìm thấy kết quả nào',
    pageNoResults: 'Không tìm thấy kết quả nào',
    seeAll: 'Xem tất cả kết quả',
    resultsTitle: (query: string) => `Kết quả tìm kiếm cho “${query}”`,
    resultsCount: /^Tìm thấy \d+ kết quả$/,
  },
  en: {
    home: '/en/',
    index: '/en/search-index.json',
    label: 'Search',
    clear: 'Clear the search',
    noResults: 'No results',
    pageNoResults: 'No results found',
    seeAll: 'See all results',
    resultsTitle: (query: string) => `Search results for "${query}"`,
    resultsCount: /^(1 result|\d+ results) found$/,
  },
} as const;

/**
 * How long the full results page may take, opened afresh, to show its count or "no results":
 * it fetches and loads the index first. Well under a second with the machine to itself; more
 * with two browsers at work on two cores.
 */
export const RESULTS_PAGE_TIMEOUT_MS = 15_000;

/** Results are counted as found when the expected page is among the first this many. */
export const FIRST_RESULTS = 3;
/** The budget: results within 50 ms of the last keystroke (median over the query set). */
export const LATENCY_BUDGET_MS = 50;
/** A budget for what the reader downloads on starting a search, per language. The lunr index of
 * the plugin used before measured 392 KiB gzip for Vietnamese (26 pages, about 50,000 words) on
 * 1 December 2026; the MiniSearch index with its word pairs (for phrase ranking) measured
 * 190 KiB for Vietnamese and 218 KiB for English on 2 December 2026. Grow it knowingly. */
export const INDEX_GZIP_BUDGET_BYTES = 450_000;

export const searchBox = (page: Page): Locator => page.locator('input.navbar__search-input');
/** The drop-down's results: its options less the messages and "see all results". */
export const options = (page: Page): Locator =>
  page.getByRole('listbox').locator('[role="option"][data-search-result]');
/** The drop-down's last option, which opens the full results page. */
export const seeAllOption = (page: Page, locale: Locale): Locator =>
  page.getByRole('option', {name: UI[locale].seeAll});

/** Focuses the navbar search box and waits until its index is loaded and it is a combobox. */
export async function startSearching(page: Page, locale: Locale): Promise<Locator> {
  await searchBox(page).click();
  const combobox = page.getByRole('combobox', {name: UI[locale].label});
  await expect(combobox).toBeFocused();
  return combobox;
}

/** Waits until the drop-down shows results or its "no results" message. */
export async function resultsShown(page: Page, locale: Locale): Promise<void> {
  await expect(
    options(page).first().or(page.getByRole('listbox').getByText(UI[locale].noResults)),
  ).toBeVisible();
}

/**
 * Types `query` into the focused search box the way a reader does, and returns the time in
 * milliseconds from the last keystroke to the drop-down's results being in the page. The
 * query minus its last character goes in first and its results are waited for, so the
 * figure is one search, not a queue of them.
 */
export async function typeAndTime(page: Page, locale: Locale, query: string): Promise<number> {
  const characters = [...query];
  const last = characters.pop()!;
  await searchBox(page).fill('');
  if (characters.length > 0) {
    await searchBox(page).fill(characters.join(''));
    await resultsShown(page, locale);
  }
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input.navbar__search-input')!;
    const listbox = document.querySelector('[role="listbox"]')!;
    const timing = new Promise<number>((resolve, reject) => {
      let keystroke = 0;
      // In the capture phase, before the page's own handler: the search answers within that
      // handler's task, so a listener after it would start the clock once the results are in.
      input.addEventListener('input', (event) => (keystroke = event.timeStamp), {
        once: true,
        capture: true,
      });
      const observer = new MutationObserver(() => {
        if (keystroke > 0) {
          observer.disconnect();
          resolve(performance.now() - keystroke);
        }
      });
      observer.observe(listbox, {childList: true, subtree: true, characterData: true});
      setTimeout(() => reject(new Error('no results were rendered within 5 s')), 5000);
    });
    (window as unknown as {searchTiming: Promise<number>}).searchTiming = timing;
  });
  await page.keyboard.type(last);
  const elapsed = await page.evaluate(
    () => (window as unknown as {searchTiming: Promise<number>}).searchTiming,
  );
  await resultsShown(page, locale);
  return elapsed;
}

/**
 * The words of `query` as the page highlights them: folded, so "Lập" counts for "lap", and
 * split where the search splits them, so "cross-border" counts as "cross" and "border".
 */
export async function expectHighlighted(page: Page, query: string): Promise<void> {
  const words = foldVietnamese(query.normalize('NFC')).split(/[\s-]+/);
  const marks = page.locator('article mark');
  await expect(marks.first(), `no highlighted word on ${page.url()}`).toBeAttached();
  // Polled: the page clears its marks and sets them again once it has settled after the
  // navigation, and a single read can fall between the two.
  await expect
    .poll(
      async () => {
        const marked = (await marks.allTextContents()).map((text) => foldVietnamese(text));
        return marked.some((text) => words.includes(text)) || marked.slice(0, 5);
      },
      {message: `a highlighted word of "${query}" on ${page.url()} (or the first ones shown)`},
    )
    .toBe(true);
}

/** The middle value: half the queries were faster, half slower. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
