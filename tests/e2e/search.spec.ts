import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {foldVietnamese} from '../../src/search/foldVietnamese';
import type {Page} from '@playwright/test';
import {expect, openPage, test, wcagViolations} from './fixtures';
import {ODD_QUERIES, SEARCH_CASES} from './searchCases';
import {
  FIRST_RESULTS,
  INDEX_GZIP_BUDGET_BYTES,
  expectHighlighted,
  options,
  RESULTS_PAGE_TIMEOUT_MS,
  searchBox,
  seeAllOption,
  startSearching,
  typeAndTime,
  UI,
} from './searchHelpers';
import {LOCALES} from './site';

test('the search index of each language is folded, and its size is within budget', () => {
  const lines: string[] = [];
  for (const locale of LOCALES) {
    const file = join(process.cwd(), 'build', UI[locale].index);
    const bytes = readFileSync(file);
    const gzipped = gzipSync(bytes, {level: 9}).length;
    lines.push(
      `${locale}: ${bytes.length} bytes, ${gzipped} bytes gzip (${(gzipped / 1024).toFixed(1)} KiB)`,
    );
    // MiniSearch's serialised index: each entry is a word (or a pair of neighboring words,
    // "a_b") with where it occurs.
    const {index} = JSON.parse(bytes.toString('utf8')) as {index: [string, unknown][]};
    const terms = index.map(([term]) => term);
    expect(terms.length, `${locale}: the index has no words`).toBeGreaterThan(1000);
    const unfolded = terms.filter((term) => term !== foldVietnamese(term));
    expect(unfolded, `${locale}: words indexed without folding`).toEqual([]);
    if (locale === 'vi') {
      // The guide writes "quy trình" and "kỹ năng": indexed the way "qui", "kĩ" are.
      expect(terms).toContain('qui');
      expect(terms).toContain('ki');
      expect(terms).not.toContain('quy');
    }
    expect(gzipped).toBeLessThan(INDEX_GZIP_BUDGET_BYTES);
  }
  console.log(`Search index size per language:\n  ${lines.join('\n  ')}`);
  test.info().annotations.push({type: 'search index size', description: lines.join('; ')});
});

/**
 * Queries per test: each query can take three searches and three page loads, so the set is
 * split into batches that each fit one test's time and run side by side.
 */
const QUERIES_PER_TEST = 12;

for (const locale of LOCALES) {
  const cases = SEARCH_CASES[locale];
  for (let start = 0; start < cases.length; start += QUERIES_PER_TEST) {
    const batch = cases.slice(start, start + QUERIES_PER_TEST);
    const span = `${start + 1}–${start + batch.length} of ${cases.length}`;
    test(`${locale}: realistic queries ${span} find their page among the first results, highlighted`, async ({
      watchedPage: page,
    }) => {
      test.setTimeout(180_000);
      const homePath = UI[locale].home;
      await openPage(page, homePath);
      const rows: string[] = [];
      let foundFirst = 0;

      for (const {query, page: expected} of batch) {
        let rank: number | null = null;
        for (let candidate = 1; candidate <= FIRST_RESULTS && rank === null; candidate += 1) {
          // Start from the home page, which no result points to, so every pick changes the URL.
          if (new URL(page.url()).pathname !== homePath) {
            await page.locator('.navbar__brand').click();
            await expect(page).toHaveURL((url) => url.pathname === homePath);
          }
          await startSearching(page, locale);
          await typeAndTime(page, locale, query);
          if ((await options(page).count()) < candidate) {
            break;
          }
          await options(page)
            .nth(candidate - 1)
            .click();
          await expect(page).toHaveURL((url) => url.pathname !== homePath);
          if (new URL(page.url()).pathname === expected) {
            rank = candidate;
            await expectHighlighted(page, query);
          }
        }
        foundFirst += rank === 1 ? 1 : 0;
        rows.push(
          `${rank === null ? 'MISS' : `#${rank}  `}  ${JSON.stringify(query)} → ${expected}`,
        );
        expect
          .soft(rank, `"${query}" should find ${expected} among the first ${FIRST_RESULTS} results`)
          .not.toBeNull();
      }

      const summary = `${locale} (${span}): ${foundFirst}/${batch.length} queries find their page first`;
      console.log(`${summary}\n  ${rows.join('\n  ')}`);
      test.info().annotations.push({type: 'search quality', description: summary});
    });
  }
}

test('vi: a word still being typed already matches ("lãnh đạ" finds "lãnh đạo")', async ({
  watchedPage: page,
}) => {
  await openPage(page, '/');
  await startSearching(page, 'vi');
  // The last word is matched as the start of a word, after folding: "đạ" as "da…", "tr" as
  // "tr…", including prefixes that are not words of their own.
  const typing: [string, RegExp][] = [
    ['lãnh đạ', /lãnh đạo/i],
    ['lanh da', /lãnh đạo/i],
    ['LÃNH ĐẠ'.normalize('NFD'), /lãnh đạo/i],
    ['quản tr', /quản trị/i],
    ['quan tr', /quản trị/i],
    ['mức độ trưởng th', /trưởng thành/i],
    ['muc do truong th', /trưởng thành/i],
  ];
  for (const [query, found] of typing) {
    await typeAndTime(page, 'vi', query);
    const first = (await options(page).allTextContents()).slice(0, FIRST_RESULTS);
    expect(
      first.some((text) => found.test(text)),
      `"${query}" should find ${found} among: ${first.join(' | ')}`,
    ).toBe(true);
  }
});

/** What the search fetches when it is first used: its code and its index. */
function watchSearchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (/search-index\.json$|\/search-(ui|highlight)\.[^/]*\.js$/.test(pathname)) {
      requests.push(pathname.replace(/\.[0-9a-f]+\.js$/, '.js'));
    }
  });
  return requests;
}

const startedBy: Record<string, (page: Page) => Promise<void>> = {
  focus: (page) => searchBox(page).focus(),
  'the pointer over the box': (page) => searchBox(page).hover(),
  'Ctrl+K': (page) => page.keyboard.press('Control+k'),
};

for (const locale of LOCALES) {
  test(`${locale}: the search code and index are loaded only once the reader starts searching, from the site itself`, async ({
    watchedPage: page,
  }) => {
    const requests = watchSearchRequests(page);
    await openPage(page, `${UI[locale].home}quy-trinh`);
    await page.waitForLoadState('networkidle');
    expect(requests, 'search code or index loaded with the page').toEqual([]);
    // Before it is used the box is a plain, labelled text field.
    await expect(page.getByRole('textbox', {name: UI[locale].label})).toBeVisible();
    await startSearching(page, locale);
    await expect
      .poll(() => requests)
      .toEqual([`${UI[locale].home}assets/js/search-ui.js`, UI[locale].index]);
    // The highlighter comes only with a page opened from a result.
    await typeAndTime(page, locale, locale === 'vi' ? 'danh gia' : 'governance');
    await options(page).first().click();
    await expectHighlighted(page, locale === 'vi' ? 'danh gia' : 'governance');
    expect(requests.filter((request) => request.includes('search-highlight'))).toHaveLength(1);
  });
}

for (const [trigger, start] of Object.entries(startedBy)) {
  test(`the search code loads on ${trigger}, not before`, async ({watchedPage: page}) => {
    const requests = watchSearchRequests(page);
    await openPage(page, '/gioi-thieu');
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    await start(page);
    await expect(page.getByRole('combobox', {name: UI.vi.label})).toBeAttached();
    await expect.poll(() => requests).toEqual(['/assets/js/search-ui.js', UI.vi.index]);
  });
}

test('vi: either spelling of i and y finds the same pages ("ky thuat", "kĩ thuật", "kỹ thuật")', async ({
  watchedPage: page,
}) => {
  await openPage(page, '/');
  await startSearching(page, 'vi');
  for (const spellings of [
    ['ky thuat', 'kĩ thuật', 'kỹ thuật', 'KỸ THUẬT'],
    ['quy trinh', 'qui trinh', 'quy trình', 'qui trình'],
    ['ly do', 'lý do', 'lí do'],
  ]) {
    const found: string[][] = [];
    for (const query of spellings) {
      await typeAndTime(page, 'vi', query);
      found.push(await options(page).allTextContents());
    }
    expect(found[0]!.length, `"${spellings[0]}" finds nothing`).toBeGreaterThan(0);
    for (const [position, results] of found.entries()) {
      expect(results, `"${spellings[position]}" and "${spellings[0]}"`).toEqual(found[0]);
    }
  }
});

for (const locale of LOCALES) {
  test(`${locale}: searching a page in one language searches that language's guide only`, async ({
    watchedPage: page,
  }) => {
    await openPage(page, UI[locale].home);
    await startSearching(page, locale);
    // Words that only the other language's pages contain.
    // (Not a glossary term: the English glossary lists the Vietnamese terms, and search
    // forgives one wrong letter, so the word must be far from every one of them.)
    const foreign = locale === 'vi' ? 'stakeholder readiness' : 'khách hàng';
    const own = locale === 'vi' ? 'sẵn sàng' : 'readiness';
    await typeAndTime(page, locale, foreign);
    await expect(page.getByRole('listbox').getByText(UI[locale].noResults)).toBeVisible();
    await typeAndTime(page, locale, own);
    await options(page).first().click();
    await expect(page).toHaveURL(
      (url) => url.pathname.startsWith('/en/') === (locale === 'en') && url.pathname !== '/',
    );
  });

  test(`${locale}: odd input shows a clear "no results" and breaks nothing`, async ({
    watchedPage: page,
  }) => {
    // Many queries and page loads: more than the default 30 s on a busy 2-core machine.
    test.setTimeout(120_000);
    await openPage(page, UI[locale].home);
    const combobox = await startSearching(page, locale);
    for (const {name, query} of ODD_QUERIES) {
      await combobox.fill(query);
      await expect(
        page.getByRole('listbox').getByText(UI[locale].noResults),
        `no "no results" message for ${name}`,
      ).toBeVisible();
      await expect(options(page)).toHaveCount(0);
    }
    // Empty: nothing to search, so no drop-down at all.
    await combobox.fill('');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();

    for (const {name, query} of ODD_QUERIES) {
      await openPage(page, `${UI[locale].home}search?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status'), name).toHaveText(UI[locale].pageNoResults, {
        timeout: RESULTS_PAGE_TIMEOUT_MS,
      });
    }
  });

  test(`${locale}: the full results page has a shareable address and leads to highlighted results`, async ({
    watchedPage: page,
  }) => {
    const [query, expected] =
      locale === 'vi'
        ? ['hien trang', '/quy-trinh/danh-gia']
        : ['stakeholder input', '/en/quy-trinh/danh-gia'];
    // From the drop-down's "see all results" link...
    await openPage(page, UI[locale].home);
    await startSearching(page, locale);
    await typeAndTime(page, locale, query);
    await seeAllOption(page, locale).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(UI[locale].resultsTitle(query));
    const address = page.url();
    expect(new URL(address).searchParams.get('q')).toBe(query);

    // ...to the same address opened afresh, as a shared link is.
    await openPage(page, address.slice(new URL(address).origin.length));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(UI[locale].resultsTitle(query));
    await expect(page.getByRole('searchbox', {name: UI[locale].label})).toHaveValue(query);
    // The results are the page's main content, and their count is announced as it changes.
    await expect(page.getByRole('main').getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(UI[locale].resultsCount, {
      timeout: RESULTS_PAGE_TIMEOUT_MS,
    });
    const first = page.locator('article h2 a').first();
    await expect(first).toBeVisible();
    expect(new URL((await first.getAttribute('href'))!, address).pathname).toBe(expected);
    await first.click();
    await expect(page).toHaveURL((url) => url.pathname === expected);
    await expectHighlighted(page, query);
  });
}

test.describe('at phone width', () => {
  test.use({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});

  for (const locale of LOCALES) {
    test(`${locale}: the search box opens, finds and leads to a highlighted page`, async ({
      watchedPage: page,
    }) => {
      const [query, expected] =
        locale === 'vi'
          ? ['lap ke hoach', '/quy-trinh/lap-ke-hoach']
          : // A heading of the Plan page. ("AI governance" ranks the Plan page second, after
            // the generative AI page, whose summary is about AI governance too.)
            ['governance policy', '/en/quy-trinh/lap-ke-hoach'];
      await openPage(page, UI[locale].home);
      await searchBox(page).tap();
      await expect(page.getByRole('combobox', {name: UI[locale].label})).toBeFocused();
      await typeAndTime(page, locale, query);
      const listbox = await page.getByRole('listbox').boundingBox();
      expect(listbox, 'the drop-down is not shown').not.toBeNull();
      expect(listbox!.x).toBeGreaterThanOrEqual(0);
      expect(listbox!.x + listbox!.width).toBeLessThanOrEqual(390);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(0);
      await options(page).first().tap();
      await expect(page).toHaveURL((url) => url.pathname === expected);
      await expectHighlighted(page, query);
    });
  }
});

test('Ctrl+K focuses the search box; keyboard alone picks a result; Escape closes it', async ({
  watchedPage: page,
}) => {
  await openPage(page, '/gioi-thieu');
  await page.keyboard.press('Control+k');
  const combobox = page.getByRole('combobox', {name: UI.vi.label});
  await expect(combobox).toBeFocused();
  await typeAndTime(page, 'vi', 'quan tri ai');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  // The first result is selected as the results appear; the arrows move the selection.
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute(
    'aria-activedescendant',
    (await options(page).nth(1).getAttribute('id'))!,
  );
  await page.keyboard.press('ArrowUp');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  // Escape closes the drop-down, goes nowhere and leaves the reader in the box.
  await page.keyboard.press('Escape');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(combobox).toBeFocused();
  await expect(page).toHaveURL(/\/gioi-thieu$/);
  // The down arrow reopens it on the same words; Enter opens the selected result.
  await page.keyboard.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === '/quy-trinh/lap-ke-hoach');
  await expectHighlighted(page, 'quan tri ai');
  // The box keeps the words, and its clear button is named.
  await page.getByRole('button', {name: UI.vi.clear}).click();
  await expect(searchBox(page)).toHaveValue('');
});

for (const locale of LOCALES) {
  test(`${locale}: the keyboard reaches "see all results", and the list says when it is shown`, async ({
    watchedPage: page,
  }) => {
    const query = locale === 'vi' ? 'danh gia' : 'governance';
    await openPage(page, UI[locale].home);
    await page.keyboard.press('Control+k');
    const combobox = page.getByRole('combobox', {name: UI[locale].label});
    await expect(combobox).toBeFocused();
    // Typed with each word's results awaited, so no late result list resets the selection.
    await typeAndTime(page, locale, query);
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    // Up from the first result returns to the box; once more wraps to the last option.
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('listbox').locator('[aria-selected="true"]')).toHaveCount(0);
    await page.keyboard.press('ArrowUp');
    await expect(seeAllOption(page, locale)).toHaveAttribute('aria-selected', 'true');
    await expect(combobox).toHaveAttribute(
      'aria-activedescendant',
      (await seeAllOption(page, locale).getAttribute('id'))!,
    );
    // Down from the last option wraps to the box, then to the first result: nothing is skipped.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    // Emptying the box hides the list, and the box says so.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.type(query);
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const address = page.url();
    // Tab leaves the open list for the next control (the clear button): it neither opens the
    // selected result nor sends the reader back to the top of the page.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', {name: UI[locale].clear})).toBeFocused();
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(page.url()).toBe(address);
    // Back in the box, Enter on "see all results" opens the full results page for the query.
    await page.keyboard.press('Shift+Tab');
    await expect(combobox).toBeFocused();
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(seeAllOption(page, locale)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', {level: 1})).toHaveText(UI[locale].resultsTitle(query));
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  });
}

test.describe('on a Mac', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  });

  test('⌘K focuses the search box', async ({watchedPage: page}) => {
    await openPage(page, '/en/quy-trinh');
    await expect(page.locator('.navbar__search kbd').first()).toHaveText('⌘');
    await page.keyboard.press('Meta+k');
    await expect(page.getByRole('combobox', {name: UI.en.label})).toBeFocused();
  });
});

for (const locale of LOCALES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${locale}: the open drop-down (${theme}) has no WCAG 2.2 AA violation`, async ({
      watchedPage: page,
    }) => {
      await openPage(page, `${UI[locale].home}quy-trinh?docusaurus-theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await startSearching(page, locale);
      await typeAndTime(page, locale, locale === 'vi' ? 'danh gia' : 'governance');
      expect(await wcagViolations(page)).toEqual([]);
    });

    test(`${locale}: the full results page (${theme}) has no WCAG 2.2 AA violation`, async ({
      watchedPage: page,
    }) => {
      const query = locale === 'vi' ? 'quan tri' : 'governance';
      await openPage(
        page,
        `${UI[locale].home}search?q=${encodeURIComponent(query)}&docusaurus-theme=${theme}`,
      );
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('status')).toHaveText(UI[locale].resultsCount, {
        timeout: RESULTS_PAGE_TIMEOUT_MS,
      });
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
}
