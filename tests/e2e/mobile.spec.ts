import {expect, openPage, test} from './fixtures';

test.use({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});

const menus = [
  {
    locale: 'vi',
    start: '/',
    openMenu: 'Đóng - mở thanh điều hướng',
    navbarLink: 'Quy trình',
    phase: '1. Chuẩn Bị',
    heading: 'Chuẩn Bị',
  },
  {
    locale: 'en',
    start: '/en/',
    openMenu: 'Toggle navigation bar',
    navbarLink: 'Process',
    phase: '1. Prepare',
    heading: 'Prepare',
  },
] as const;

for (const menu of menus) {
  test(`at phone width the ${menu.locale} menu reaches a phase page`, async ({
    watchedPage: page,
  }) => {
    await openPage(page, menu.start);
    await page.getByRole('button', {name: menu.openMenu}).click();
    const sidebar = page.locator('.navbar-sidebar');
    await expect(sidebar).toBeVisible();
    // The menu first shows the navbar links; the guide's own sidebar is one tap away.
    await sidebar.getByRole('link', {name: menu.navbarLink, exact: true}).click();
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await page.getByRole('button', {name: menu.openMenu}).click();
    await page
      .locator('.navbar-sidebar')
      .getByRole('link', {name: menu.phase, exact: true})
      .click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(menu.heading);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(0);
  });
}
