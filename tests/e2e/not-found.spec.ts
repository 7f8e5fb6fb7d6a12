import {expect, test} from '@playwright/test';

// The browser logs the 404 response itself as a console error, so these tests watch
// only for script errors.
test.describe('unknown addresses', () => {
  test('a Vietnamese address gives the Vietnamese 404 page with a way back', async ({page}) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto('/quy-trinh/khong-ton-tai');
    expect(response?.status()).toBe(404);
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Không tìm thấy trang');
    await page.getByRole('link', {name: 'Tổng quan quy trình triển khai AI CoE'}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Tổng quan qui trình');
    expect(errors).toEqual([]);
  });

  test('an English address gives the English 404 page and keeps the address', async ({page}) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/en/process/missing-page');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Page not found');
    await expect(page).toHaveURL(/\/en\/process\/missing-page$/);
    await page.getByRole('link', {name: 'Home page'}).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(errors).toEqual([]);
  });
});
