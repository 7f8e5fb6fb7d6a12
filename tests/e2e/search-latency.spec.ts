import {expect, openPage, test} from './fixtures';
import {SEARCH_CASES} from './searchCases';
import {LATENCY_BUDGET_MS, median, startSearching, typeAndTime, UI} from './searchHelpers';
import {LOCALES} from './site';

// Runs in its own Playwright project, after every other test has finished (see
// playwright.config.ts), so that no other test's page loads or scans share the CPU.
test(`the median time from last keystroke to results is under ${LATENCY_BUDGET_MS} ms in both languages`, async ({
  watchedPage: page,
}) => {
  test.setTimeout(120_000);
  const summaries: string[] = [];
  const all: number[] = [];
  for (const locale of LOCALES) {
    await openPage(page, UI[locale].home);
    await startSearching(page, locale);
    // One search first, so the worker and the page's code are warm, as after a reader's first word.
    await typeAndTime(page, locale, 'ai');
    const latencies: number[] = [];
    for (const {query} of SEARCH_CASES[locale]) {
      latencies.push(await typeAndTime(page, locale, query));
    }
    all.push(...latencies);
    summaries.push(
      `${locale}: median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} queries`,
    );
  }
  const summary = `Search, last keystroke to results in the page (Chromium): ${summaries.join('; ')}; both: median ${median(all).toFixed(1)} ms`;
  console.log(summary);
  test.info().annotations.push({type: 'search latency', description: summary});
  expect(median(all)).toBeLessThan(LATENCY_BUDGET_MS);
});
