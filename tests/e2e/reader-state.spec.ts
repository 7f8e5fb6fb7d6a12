import {expect, openPage, test} from './fixtures';

// What a reader's browser keeps between visits (the colour mode, a hidden sidebar) may be
// damaged: edited by hand, cut short by a full disk, left by an older version of the site.
// None of it may stop a page from showing or a control from working.

const PAGE = '/quy-trinh/chuan-bi';
const CORRUPTIONS = {
  empty: '',
  'broken JSON': '{"unterminated',
  'the word null': 'null',
  markup: '<img src=x onerror=alert(1)>',
  'a very long value': 'x'.repeat(100_000),
} as const;

test('damaged values in the browser’s storage break nothing', async ({watchedPage: page}) => {
  // Five reloads of a long page, each waiting for hydration.
  test.setTimeout(90_000);
  await openPage(page, PAGE);
  // Let the site write what it keeps (today only the colour mode; whatever it adds later is
  // damaged here too).
  await page.getByRole('button', {name: /chế độ sáng và tối/i}).click();
  await page.getByRole('button', {name: 'Thu gọn thanh bên'}).click();
  const keys = await page.evaluate(() => [
    ...Object.keys(localStorage).map((key) => `local:${key}`),
    ...Object.keys(sessionStorage).map((key) => `session:${key}`),
  ]);
  expect(keys.length, 'the site keeps nothing, so this test checks nothing').toBeGreaterThan(0);

  for (const [name, value] of Object.entries(CORRUPTIONS)) {
    await page.evaluate(
      ({keys, value}) => {
        for (const key of keys) {
          const [area, ...rest] = key.split(':');
          (area === 'local' ? localStorage : sessionStorage).setItem(rest.join(':'), value);
        }
      },
      {keys, value},
    );
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    await expect(page.getByRole('heading', {level: 1}), name).toHaveText('Chuẩn Bị');
    // The colour mode falls back to one the site knows, and the switch still switches it.
    await expect(page.locator('html'), name).toHaveAttribute('data-theme', /^(light|dark)$/);
    const toggle = page.getByRole('button', {name: /chế độ sáng và tối/i});
    const before = await toggle.getAttribute('aria-label');
    await toggle.click();
    await expect(toggle, name).not.toHaveAttribute('aria-label', before!);
    // The sidebar can still be hidden and shown again.
    const sidebar = page.getByRole('navigation', {name: 'Thanh điều hướng tài liệu'});
    if (await sidebar.isVisible()) {
      await page.getByRole('button', {name: 'Thu gọn thanh bên'}).click();
      await expect(sidebar, name).toBeHidden();
    }
    await page.getByRole('button', {name: 'Mở rộng thanh bên'}).click();
    await expect(sidebar, name).toBeVisible();
  }
});

test('a shared link with an unknown colour mode opens the page in a known one', async ({
  watchedPage: page,
}) => {
  await openPage(page, '/en/quy-trinh?docusaurus-theme=%7Bbroken#collaboration');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  const address = new URL(page.url());
  expect(address.searchParams.has('docusaurus-theme')).toBe(false);
  expect(address.pathname + address.hash).toBe('/en/quy-trinh#collaboration');
});
