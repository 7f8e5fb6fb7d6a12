import {expect, openPage, test, wcagViolations} from './fixtures';
import {LOCALE_PREFIX, LOCALES, sitemapPaths} from './site';

// Every page in both sitemaps, and the 404 page, which no sitemap lists. The 404 page answers
// 200 when asked for by name, so the console stays clean.
for (const locale of LOCALES) {
  const paths = [...sitemapPaths(locale), `${LOCALE_PREFIX[locale]}/404`];
  for (const path of paths) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${path} (${theme}) has no WCAG 2.2 AA violation`, async ({watchedPage: page}) => {
        // axe takes its time on the longest pages (the self-assessment's 112 answers) when two
        // browsers share the two cores.
        test.setTimeout(90_000);
        // Addresses carry no trailing slash: the server's redirect would drop the query.
        await openPage(page, `${path.replace(/^\/$/, '')}?docusaurus-theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  }
}

test('a keyboard user can skip to the content and reach the guide', async ({watchedPage: page}) => {
  await openPage(page, '/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', {name: 'Chuyển tới nội dung chính'});
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  let reached = false;
  for (let presses = 0; presses < 30 && !reached; presses += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.textContent === 'Xem tổng quan quy trình',
    );
  }
  expect(reached, 'Tab never reached the main call to action').toBe(true);
  await page.keyboard.press('Enter');
  // A client-side navigation that loads the page's chunks: slow on a busy machine.
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Tổng quan qui trình', {
    timeout: 15_000,
  });
});
