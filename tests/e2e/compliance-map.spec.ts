import {expect, test as base} from '@playwright/test';
import {
  COMPLIANCE_MAP_PATH,
  OBLIGATION_IDS,
  OBLIGATIONS,
  obligationsMetIn,
  type LegalRoleId,
} from '../../src/data/compliance';
import {expectNoSidewaysScroll, openPage, test} from './fixtures';

/** What a reader of each language sees on the compliance map and on a phase page. */
const READER = {
  vi: {
    prefix: '',
    caption: 'Nghĩa vụ pháp lý theo vai trò và giai đoạn',
    deployer: 'Bên triển khai',
    allRoles: 'Mọi vai trò',
    status: (shown: number) => `Đang hiển thị ${shown} trên ${OBLIGATION_IDS.length} nghĩa vụ.`,
    legalStatus: 'Tình trạng pháp lý tính đến 1 tháng 12, 2026',
    invalidLink: 'chứa một vai trò không có trong bản đồ',
    inventoryLink: 'Danh mục hệ thống AI và phân loại rủi ro',
    inventoryHeading: 'Danh mục hệ thống AI và phân loại rủi ro',
    mapLink: 'Xem toàn bộ bản đồ tuân thủ theo vai trò và giai đoạn',
  },
  en: {
    prefix: '/en',
    caption: 'Legal obligations by role and phase',
    deployer: 'Deployer',
    allRoles: 'All roles',
    status: (shown: number) => `Showing ${shown} of ${OBLIGATION_IDS.length} obligations.`,
    legalStatus: 'Legal status as of December 1, 2026',
    invalidLink: 'names a role that is not on the map',
    inventoryLink: 'AI system inventory and risk classification',
    inventoryHeading: 'AI system inventory and risk classification',
    mapLink: 'See the full compliance map by role and phase',
  },
} as const;

const obligationsOf = (role: LegalRoleId) =>
  OBLIGATION_IDS.filter((id) => (OBLIGATIONS[id].roles as readonly string[]).includes(role));

for (const [locale, reader] of Object.entries(READER)) {
  const mapUrl = `${reader.prefix}${COMPLIANCE_MAP_PATH}`;

  test(`(${locale}) the map narrows to the deployer's obligations, and the link keeps it`, async ({
    watchedPage: page,
  }) => {
    await openPage(page, mapUrl);
    await expect(page.getByText(reader.legalStatus)).toBeVisible();
    const table = page.getByRole('table', {name: reader.caption});
    await expect(table.getByRole('rowheader')).toHaveCount(OBLIGATION_IDS.length);

    await page.getByRole('radio', {name: reader.deployer}).check();
    await expect(table.getByRole('rowheader')).toHaveCount(obligationsOf('deployer').length);
    await expect(page.getByText(reader.status(obligationsOf('deployer').length))).toHaveAttribute(
      'role',
      'status',
    );
    for (const row of await table.locator('tbody tr').all()) {
      await expect(row.getByRole('cell').nth(1)).toContainText(reader.deployer);
    }
    await expect(page).toHaveURL(/\?role=deployer$/);

    // Someone who receives the link sees the same narrowed map.
    await openPage(page, `${mapUrl}?role=deployer`);
    await expect(page.getByRole('radio', {name: reader.deployer})).toBeChecked();
    await expect(table.getByRole('rowheader')).toHaveCount(obligationsOf('deployer').length);

    await page.getByRole('radio', {name: reader.allRoles}).check();
    await expect(table.getByRole('rowheader')).toHaveCount(OBLIGATION_IDS.length);
  });

  test(`(${locale}) a doctored link shows the whole map and says why`, async ({
    watchedPage: page,
  }) => {
    await openPage(page, `${mapUrl}?role=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    await expect(page.getByRole('alert')).toContainText(reader.invalidLink);
    await expect(page.getByRole('radio', {name: reader.allRoles})).toBeChecked();
    await expect(
      page.getByRole('table', {name: reader.caption}).getByRole('rowheader'),
    ).toHaveCount(OBLIGATION_IDS.length);
    await page.getByRole('radio', {name: reader.deployer}).check();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).toHaveURL(/\?role=deployer$/);
  });

  test(`(${locale}) the Assess page lists the obligations its deliverables meet`, async ({
    watchedPage: page,
  }) => {
    await openPage(page, `${reader.prefix}/quy-trinh/danh-gia`);
    await expect(page.getByText(reader.legalStatus)).toBeVisible();
    const list = page.locator('#legal-obligations-met ~ ul').first();
    await expect(list.getByRole('listitem')).toHaveCount(obligationsMetIn('assess').length);
    await list
      .getByRole('listitem')
      .first()
      .getByRole('link', {name: reader.inventoryLink})
      .click();
    await expect(page).toHaveURL(/#ai-system-inventory$/);
    await expect(page.getByRole('heading', {name: reader.inventoryHeading})).toBeInViewport();

    await page.getByRole('link', {name: reader.mapLink}).click();
    await expect(page).toHaveURL(new RegExp(`${COMPLIANCE_MAP_PATH}$`));
  });

  test.describe(`at phone width (${locale})`, () => {
    test.use({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});

    test('the map stacks into labelled blocks without sideways scrolling', async ({
      watchedPage: page,
    }) => {
      await openPage(page, mapUrl);
      const table = page.getByRole('table', {name: reader.caption});
      await expect(table.getByRole('rowheader').first()).toBeVisible();
      await expectNoSidewaysScroll(page, 'the map at 390 px');
      const box = await table.boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(390);
      await page.getByRole('radio', {name: reader.deployer}).tap();
      await expect(table.getByRole('rowheader')).toHaveCount(obligationsOf('deployer').length);
    });
  });
}

base.describe('with JavaScript off', () => {
  base.use({javaScriptEnabled: false});

  base('the map shows every obligation and no filter that cannot work', async ({page}) => {
    await page.goto(COMPLIANCE_MAP_PATH);
    await expect(
      page.getByRole('table', {name: READER.vi.caption}).getByRole('rowheader'),
    ).toHaveCount(OBLIGATION_IDS.length);
    await expect(page.getByRole('radio')).toHaveCount(0);
  });
});
