import {expect, openPage, test, wcagViolations} from './fixtures';

const pages = [
  {name: 'home', vi: '/', en: '/en'},
  {name: 'process overview', vi: '/quy-trinh', en: '/en/quy-trinh'},
  {name: 'a phase page', vi: '/quy-trinh/chuan-bi', en: '/en/quy-trinh/chuan-bi'},
  {name: 'the 404 page', vi: '/404', en: '/en/404'},
] as const;

for (const target of pages) {
  for (const locale of ['vi', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${target.name} (${locale}, ${theme}) has no WCAG 2.2 AA violation`, async ({
        watchedPage: page,
      }) => {
        // The 404 page answers 200 when asked for by name, so the console stays clean.
        // Addresses carry no trailing slash: the server's redirect would drop the query.
        await openPage(page, `${target[locale]}?docusaurus-theme=${theme}`);
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
