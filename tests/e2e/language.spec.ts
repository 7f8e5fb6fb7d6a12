import {expect, openPage, test} from './fixtures';

test('the language menu keeps the reader on the same page, both ways', async ({
  watchedPage: page,
}) => {
  await openPage(page, '/quy-trinh/danh-gia');
  await page.getByRole('button', {name: /Tiếng Việt/}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(/\/en\/quy-trinh\/danh-gia$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Assess');

  await page.getByRole('button', {name: /English/}).hover();
  await page.getByRole('link', {name: 'Tiếng Việt'}).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/quy-trinh\/danh-gia$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Đánh Giá');
});
