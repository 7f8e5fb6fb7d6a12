import {expect, test as base} from '@playwright/test';
import {expectNoSidewaysScroll, openPage, test} from './fixtures';

const overview = {
  vi: {
    url: '/quy-trinh',
    caption: 'Các bước của quy trình triển khai AI CoE',
    phases: ['1. Chuẩn Bị', '2. Đánh Giá', '3. Lập Kế Hoạch', '4. Theo Dõi và Cải Tiến'],
  },
  en: {
    url: '/en/quy-trinh',
    caption: 'The steps of the AI CoE implementation process',
    phases: ['1. Prepare', '2. Assess', '3. Plan', '4. Monitor and Improve'],
  },
} as const;

for (const [locale, page] of Object.entries(overview)) {
  test(`the ${locale} overview table shows four phases with three points each`, async ({
    watchedPage,
  }) => {
    await openPage(watchedPage, page.url);
    const table = watchedPage.getByRole('table', {name: page.caption});
    await expect(table.getByRole('rowheader')).toHaveText([...page.phases]);
    for (const row of await table.locator('tbody tr').all()) {
      await expect(row.getByRole('listitem')).toHaveCount(3);
    }
    await expect(watchedPage.getByRole('img', {name: /AI CoE/})).toBeVisible();
  });

  test.describe(`at phone width (${locale})`, () => {
    test.use({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});

    test('the overview stacks the table without sideways scrolling', async ({watchedPage}) => {
      await openPage(watchedPage, page.url);
      const table = watchedPage.getByRole('table', {name: page.caption});
      await expect(table.getByRole('rowheader').first()).toBeVisible();
      await expectNoSidewaysScroll(watchedPage, 'the overview at 390 px');
      const box = await table.boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(390);
    });
  });
}

const phasePages = [
  {
    url: '/quy-trinh/chuan-bi',
    current: 'Chuẩn Bị',
    position: 'Giai đoạn 1 trên 4',
    nav: 'Các giai đoạn của quy trình',
  },
  {
    url: '/quy-trinh/danh-gia',
    current: 'Đánh Giá',
    position: 'Giai đoạn 2 trên 4',
    nav: 'Các giai đoạn của quy trình',
  },
  {
    url: '/quy-trinh/lap-ke-hoach',
    current: 'Lập Kế Hoạch',
    position: 'Giai đoạn 3 trên 4',
    nav: 'Các giai đoạn của quy trình',
  },
  {
    url: '/quy-trinh/theo-doi-va-cai-tien',
    current: 'Theo Dõi và Cải Tiến',
    position: 'Giai đoạn 4 trên 4',
    nav: 'Các giai đoạn của quy trình',
  },
  {
    url: '/en/quy-trinh/chuan-bi',
    current: 'Prepare',
    position: 'Phase 1 of 4',
    nav: 'Phases of the process',
  },
  {
    url: '/en/quy-trinh/danh-gia',
    current: 'Assess',
    position: 'Phase 2 of 4',
    nav: 'Phases of the process',
  },
  {
    url: '/en/quy-trinh/lap-ke-hoach',
    current: 'Plan',
    position: 'Phase 3 of 4',
    nav: 'Phases of the process',
  },
  {
    url: '/en/quy-trinh/theo-doi-va-cai-tien',
    current: 'Monitor and Improve',
    position: 'Phase 4 of 4',
    nav: 'Phases of the process',
  },
] as const;

for (const phasePage of phasePages) {
  test(`${phasePage.url} shows its stepper with "${phasePage.current}" as the current phase`, async ({
    watchedPage,
  }) => {
    await openPage(watchedPage, phasePage.url);
    const stepper = watchedPage.getByRole('navigation', {name: phasePage.nav});
    await expect(stepper).toContainText(phasePage.position);
    await expect(stepper.getByRole('listitem')).toHaveCount(4);
    await expect(stepper.locator('[aria-current="step"]')).toHaveText(
      new RegExp(`${phasePage.current}$`),
    );
    await expect(stepper.getByRole('link')).toHaveCount(3);
    // The table of who takes part comes from the same data as the collaboration page.
    await expect(watchedPage.locator('#who-takes-part ~ table').first()).toBeVisible();
  });
}

test('the collaboration page shows the groups, leadership apart, and roles by phase', async ({
  watchedPage,
}) => {
  await openPage(watchedPage, '/hop-tac');
  await expect(watchedPage.getByRole('region', {name: 'Các bộ phận'})).toBeVisible();
  await expect(watchedPage.getByRole('region', {name: 'Ban lãnh đạo cấp cao'})).toBeVisible();
  const roles = watchedPage.getByRole('table', {
    name: 'Vai trò của các bên liên quan trong từng giai đoạn',
  });
  await expect(roles.getByRole('rowheader')).toHaveCount(4);
});

base.describe('with JavaScript off', () => {
  base.use({javaScriptEnabled: false});

  base('the process components are in the server-rendered page', async ({page}) => {
    await page.goto('/quy-trinh');
    await expect(
      page.getByRole('table', {name: overview.vi.caption}).getByRole('rowheader'),
    ).toHaveCount(4);
    await expect(page.getByRole('region', {name: 'Ban lãnh đạo cấp cao'})).toBeVisible();
    await page.goto('/en/quy-trinh/danh-gia');
    await expect(page.locator('[aria-current="step"]')).toHaveText(/Assess$/);
  });
});
