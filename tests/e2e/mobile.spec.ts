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

/** The scripts a page runs that another does not: that page's own code and content. */
async function scriptsOnlyOn(
  context: import('@playwright/test').BrowserContext,
  path: string,
  besides: string,
): Promise<string[]> {
  const scripts = async (url: string) => {
    const page = await context.newPage();
    await openPage(page, url);
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
        .map((entry) => new URL(entry.name).pathname),
    );
    await page.close();
    return loaded;
  };
  const shared = new Set(await scripts(besides));
  return (await scripts(path)).filter((src) => !shared.has(src));
}

for (const menu of menus) {
  test(`at phone width the closed ${menu.locale} menu prefetches none of its pages; opened, it does`, async ({
    watchedPage: page,
    browser,
  }) => {
    const phasePage = `${menu.start}quy-trinh/chuan-bi`.replace('//', '/');
    const glossary = `${menu.start}thuat-ngu`.replace('//', '/');
    const glossaryScripts = await scriptsOnlyOn(await browser.newContext(), glossary, phasePage);
    expect(glossaryScripts.length, 'the glossary has code of its own').toBeGreaterThan(0);
    const prefetched = () =>
      page.evaluate(() =>
        Array.from(
          document.querySelectorAll('link[rel="prefetch"]'),
          (link) => new URL((link as HTMLLinkElement).href).pathname,
        ),
      );

    await openPage(page, phasePage);
    // Links in view are prefetched once hydrated; give the observers time to report.
    await expect.poll(async () => (await prefetched()).length).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const whileClosed = await prefetched();
    expect(
      whileClosed.filter((path) => glossaryScripts.includes(path)),
      'the glossary, linked only from the closed menu, is not prefetched',
    ).toEqual([]);

    await page.getByRole('button', {name: menu.openMenu}).click();
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
    await expect
      .poll(async () => (await prefetched()).filter((path) => glossaryScripts.includes(path)))
      .not.toEqual([]);
  });
}

for (const menu of menus) {
  test(`at phone width a ${menu.locale} phase page starts up without comparing text by locale`, async ({
    watchedPage: page,
  }) => {
    // A page's first localeCompare loads the browser's collation data, about 12 ms of start-up
    // on a phone's main thread. Docusaurus's phone-menu filler sorts its props' names with it;
    // src/theme/DocSidebar/Mobile gives it a single prop so that nothing is compared.
    await page.addInitScript(() => {
      const counted = window as unknown as {localeCompares: number};
      const localeCompare = String.prototype.localeCompare;
      counted.localeCompares = 0;
      String.prototype.localeCompare = function (
        this: string,
        ...args: Parameters<typeof localeCompare>
      ) {
        counted.localeCompares += 1;
        return localeCompare.apply(this, args);
      };
    });
    await openPage(page, `${menu.start}quy-trinh/chuan-bi`.replace('//', '/'));
    // The phone menu's copy of the guide's tree is drawn after hydration, while the menu is closed.
    await expect(
      page
        .locator('.navbar-sidebar')
        .getByRole('link', {name: menu.phase, exact: true, includeHidden: true}),
    ).toBeAttached();
    await page.waitForTimeout(500);
    const compares = await page.evaluate(
      () => (window as unknown as {localeCompares: number}).localeCompares,
    );
    expect(compares, 'localeCompare calls while the page started').toBe(0);
  });
}
