import {expect, openPage, test} from './fixtures';
import {guidePages, LOCALE_PREFIX, LOCALES, SITE_TITLE, SOURCE_FOLDER} from './site';

/** What the theme calls the edit link and the last-updated line, in each language. */
const PAGE_FOOTER = {
  vi: {edit: 'Sửa trang này', lastUpdated: /Cập nhật lần cuối/},
  en: {edit: 'Edit this page', lastUpdated: /Last updated/},
} as const;

for (const locale of LOCALES) {
  for (const guidePage of guidePages(locale)) {
    test(`${guidePage.url} opens in ${locale} with its title and heading`, async ({
      watchedPage: page,
    }) => {
      await openPage(page, guidePage.url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(`${guidePage.title} | ${SITE_TITLE[locale]}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(guidePage.title);
      await expect(page.locator('main article')).not.toBeEmpty();

      // "Edit this page" opens the very file that renders this page, and the page says when it last changed.
      const edit = page.getByRole('link', {name: PAGE_FOOTER[locale].edit});
      await expect(edit).toHaveAttribute(
        'href',
        new RegExp(`/edit/[^/]+/${SOURCE_FOLDER[locale]}/${guidePage.docId}\\.mdx$`),
      );
      const updated = page.locator('.theme-last-updated');
      await expect(updated).toContainText(PAGE_FOOTER[locale].lastUpdated);
      await expect(updated.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);

      // Search engines and the language menu find the twin in the other language.
      const path = guidePage.url.replace(/^\/en/, '');
      for (const other of LOCALES) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute(
          'href',
          new RegExp(`${LOCALE_PREFIX[other]}${path}$`),
        );
      }
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        'href',
        new RegExp(`[^n]${path}$`),
      );
    });
  }
}

test('the home page leads into the guide in one click', async ({watchedPage: page}) => {
  await openPage(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByRole('link', {name: 'Xem tổng quan quy trình'}).click();
  await expect(page).toHaveURL(/\/quy-trinh$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Tổng quan qui trình');
});

test('the English home page leads into the English guide', async ({watchedPage: page}) => {
  await openPage(page, '/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', {level: 1})).toContainText('AI Center of Excellence');
  await page.getByRole('link', {name: 'See the process overview'}).click();
  await expect(page).toHaveURL(/\/en\/quy-trinh$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Process overview');
});
