import {readFile} from 'node:fs/promises';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type {Locator, Page} from '@playwright/test';
import {expect, expectNoSidewaysScroll, openPage, test, wcagViolations} from './fixtures';
import {LOCALE_PREFIX, LOCALES, type Locale} from './site';

// The toolkit as a reader uses it: the readiness self-assessment (answer, reload, export,
// import, share, print), the phase checklists with their progress on the overview, the KPI
// sheet and library, and the generated templates, in both languages.

const WORDS = {
  vi: {
    assessment: '/cong-cu/tu-danh-gia',
    overall: 'Mức sẵn sàng chung: Mức 2 – Hình thành',
    resultsCaption: 'Điểm và mức theo từng khía cạnh',
    strategy: 'Chiến lược và lãnh đạo',
    embedded: 'Tích hợp',
    forming: 'Hình thành',
    target: 'Mức mục tiêu cho mọi khía cạnh',
    gap: 'Còn thiếu 1 mức',
    reset: 'Làm lại từ đầu',
    exportJson: 'Xuất tệp JSON',
    exportCsv: 'Xuất bảng CSV',
    fileLabel: 'Chọn tệp JSON để nhập',
    imported: 'Đã nhập câu trả lời từ tệp.',
    wrongFile: 'Tệp này không phải bản xuất của bài tự đánh giá mức sẵn sàng.',
    share: 'Sao chép liên kết chia sẻ',
    shareLabel: 'Liên kết chia sẻ kết quả',
    sharedOpened: 'Trang đang hiển thị kết quả từ liên kết chia sẻ.',
    damagedLink: 'Liên kết chia sẻ bị hỏng hoặc đã bị sửa',
    damagedStorage: 'Dữ liệu đã lưu trong trình duyệt bị hỏng hoặc đã bị sửa',
    print: 'In báo cáo một trang',
    resultsTitle: 'Kết quả tự đánh giá',
    csvHeader: 'Khía cạnh',
    phase: '/quy-trinh/chuan-bi',
    phaseTitle: 'Chuẩn Bị',
    checklistItem: 'Đã có lãnh đạo bảo trợ cam kết thời gian và trưởng AI CoE được giao nhiệm vụ.',
    progressNone: 'Đã xong 0 trên 9 mục',
    progressOne: 'Đã xong 1 trên 9 mục',
    clearTicks: 'Bỏ đánh dấu giai đoạn này',
    printSignOff: 'In phiếu xác nhận',
    signOff: 'Phiếu xác nhận hoàn thành giai đoạn Chuẩn Bị',
    overview: '/quy-trinh',
    summary: 'Tiến độ danh sách kiểm tra theo giai đoạn',
    templatesPage: '/cong-cu/bieu-mau',
    phaseTemplates: 'Biểu mẫu của giai đoạn Chuẩn Bị',
    businessCase: 'Cơ sở kinh doanh cho AI',
    monitor: '/quy-trinh/theo-doi-va-cai-tien',
    incidents: 'Rủi ro: sự cố AI',
    sharedOwners: 'Công nghệ và dữ liệu',
    kpiLibrary: '/cong-cu/thu-vien-kpi',
    category: 'Nhóm chỉ số',
    shownRisk: 'Số chỉ số đang hiển thị: 3 trên 8',
    kpiCsv: 'Tải các chỉ số đang hiển thị (CSV)',
    documentText: 'Vấn đề',
    sheetName: 'Danh mục hệ thống AI',
  },
  en: {
    assessment: '/en/cong-cu/tu-danh-gia',
    overall: 'Overall readiness: Level 2 – Forming',
    resultsCaption: 'Score and level by dimension',
    strategy: 'Strategy and leadership',
    embedded: 'Embedded',
    forming: 'Forming',
    target: 'Target level for every dimension',
    gap: '1 below target',
    reset: 'Start over',
    exportJson: 'Export JSON file',
    exportCsv: 'Export CSV table',
    fileLabel: 'Choose a JSON file to import',
    imported: 'Answers imported from the file.',
    wrongFile: 'This file is not an export of the readiness self-assessment.',
    share: 'Copy share link',
    shareLabel: 'Link to share this result',
    sharedOpened: 'This page is showing a result from a share link.',
    damagedLink: 'The share link is damaged or has been edited',
    damagedStorage: 'damaged or has been edited',
    print: 'Print a one-page report',
    resultsTitle: 'Self-assessment results',
    csvHeader: 'Dimension',
    phase: '/en/quy-trinh/chuan-bi',
    phaseTitle: 'Prepare',
    checklistItem: 'An executive sponsor has committed time and an AI CoE lead has been appointed.',
    progressNone: '0 of 9 items done',
    progressOne: '1 of 9 items done',
    clearTicks: "Clear this phase's ticks",
    printSignOff: 'Print the sign-off sheet',
    signOff: 'Prepare phase sign-off sheet',
    overview: '/en/quy-trinh',
    summary: 'Checklist progress by phase',
    templatesPage: '/en/cong-cu/bieu-mau',
    phaseTemplates: 'Templates for the Prepare phase',
    businessCase: 'Business case for AI',
    monitor: '/en/quy-trinh/theo-doi-va-cai-tien',
    incidents: 'Risk: AI incidents',
    sharedOwners: 'Technology and data',
    kpiLibrary: '/en/cong-cu/thu-vien-kpi',
    category: 'KPI category',
    shownRisk: 'KPIs shown: 3 of 8',
    kpiCsv: 'Download the KPIs shown (CSV)',
    documentText: 'Problem',
    sheetName: 'AI system inventory',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Chooses `level` (1–4) in every question of the first dimension and `rest` in all others. */
async function answerAll(page: Page, first: number, rest: number): Promise<void> {
  const dimensions = page.locator('form section');
  const count = await dimensions.count();
  expect(count, 'the seven dimensions').toBe(7);
  for (let dimension = 0; dimension < count; dimension += 1) {
    const questions = dimensions.nth(dimension).locator('fieldset');
    for (let question = 0; question < (await questions.count()); question += 1) {
      await questions
        .nth(question)
        .getByRole('radio')
        .nth((dimension === 0 ? first : rest) - 1)
        .check();
    }
  }
}

const resultRow = (page: Page, caption: string, dimension: string): Locator =>
  page.getByRole('table', {name: caption}).getByRole('row').filter({hasText: dimension});

async function downloaded(page: Page, action: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return readFile((await download.path())!);
}

/** Printed as a reader's browser prints by default: A4 with margins of about 1 cm. */
const printed = (page: Page): Promise<Buffer> =>
  page.pdf({
    format: 'A4',
    printBackground: true,
    margin: {top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in'},
  });

async function pdfPages(pdf: Buffer): Promise<{count: number; firstPageText: string}> {
  const document = await getDocument({data: new Uint8Array(pdf)}).promise;
  const firstPage = await document.getPage(1);
  const content = await firstPage.getTextContent();
  const firstPageText = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  return {count: document.numPages, firstPageText};
}

for (const locale of LOCALES) {
  const words = WORDS[locale];

  test.describe(`${locale}: the readiness self-assessment`, () => {
    // Each test answers all 28 questions, a click and a save each: slow on a busy machine.
    test.describe.configure({timeout: 90_000});
    test('gives levels, a chart and the gap to a target, and keeps the answers over a reload', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.assessment);
      await answerAll(page, 4, 2);
      await expect(page.getByText(words.overall)).toBeVisible();
      await expect(resultRow(page, words.resultsCaption, words.strategy)).toContainText(
        words.embedded,
      );
      await expect(page.locator('svg[role="img"]')).toHaveCount(1);
      await page.getByLabel(words.target).selectOption('3');
      await expect(resultRow(page, words.resultsCaption, words.strategy)).not.toContainText(
        words.gap,
      );
      const weak = page.getByRole('table', {name: words.resultsCaption}).getByText(words.gap);
      await expect(weak).toHaveCount(6);
      // Each weak dimension points at the guide's sections, on this site.
      const guideLinks = page.locator('section[aria-labelledby="readiness-results"] li a');
      expect(await guideLinks.count()).toBeGreaterThan(6);

      await page.reload();
      await page.locator('html[data-has-hydrated="true"]').waitFor();
      await expect(page.getByText(words.overall)).toBeVisible();
      await expect(page.getByLabel(words.target)).toHaveValue('3');
      await expect(page.locator('form input[type="radio"]:checked')).toHaveCount(28);
    });

    test('with its results shown, has no WCAG 2.2 AA violation in light and dark mode', async ({
      watchedPage: page,
    }) => {
      // axe reads every one of the 112 answers and the results: the slowest page it checks.
      test.setTimeout(180_000);
      await openPage(page, words.assessment);
      await answerAll(page, 4, 2);
      await page.getByLabel(words.target).selectOption('3');
      for (const theme of ['light', 'dark'] as const) {
        await openPage(page, `${words.assessment}?docusaurus-theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByText(words.overall)).toBeVisible();
        expect(await wcagViolations(page), theme).toEqual([]);
      }
    });

    test('exports JSON and CSV, starts over, imports the file back and refuses a wrong one', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.assessment);
      await answerAll(page, 4, 2);
      const json = await downloaded(page, () =>
        page.getByRole('button', {name: words.exportJson}).click(),
      );
      const exported = JSON.parse(json.toString('utf8')) as {answers: Record<string, number>};
      expect(Object.keys(exported.answers)).toHaveLength(28);
      const csv = (
        await downloaded(page, () => page.getByRole('button', {name: words.exportCsv}).click())
      ).toString('utf8');
      expect(csv.startsWith('\uFEFF'), 'CSV starts with a byte order mark for Excel').toBe(true);
      expect(csv).toContain(words.csvHeader);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(29);

      await page.getByRole('button', {name: words.reset}).click();
      await expect(page.locator('form input[type="radio"]:checked')).toHaveCount(0);
      await page.getByLabel(words.fileLabel).setInputFiles({
        name: 'answers.json',
        mimeType: 'application/json',
        buffer: json,
      });
      await expect(page.getByRole('status').filter({hasText: words.imported})).toBeVisible();
      await expect(page.locator('form input[type="radio"]:checked')).toHaveCount(28);

      await page.getByLabel(words.fileLabel).setInputFiles({
        name: 'list.json',
        mimeType: 'application/json',
        buffer: Buffer.from('[1, 2, 3]'),
      });
      await expect(page.getByRole('alert')).toContainText(words.wrongFile);
      await expect(page.locator('form input[type="radio"]:checked')).toHaveCount(28);
      await expect(page.getByText(words.overall)).toBeVisible();
    });

    test('shares the result as a link that opens elsewhere, and a doctored link harms nothing', async ({
      watchedPage: page,
      browser,
      baseURL,
    }) => {
      await openPage(page, words.assessment);
      await answerAll(page, 4, 2);
      await page.getByRole('button', {name: words.share}).click();
      const link = await page.getByLabel(words.shareLabel).inputValue();
      expect(new URL(link).searchParams.get('ket-qua')).toBeTruthy();

      // Another browser, with nothing saved, sees the same result.
      const other = await browser.newContext({baseURL, serviceWorkers: 'block'});
      const elsewhere = await other.newPage();
      await openPage(elsewhere, link.replace(/^https?:\/\/[^/]+/, ''));
      await expect(elsewhere.getByText(words.sharedOpened)).toBeVisible();
      await expect(elsewhere.getByText(words.overall)).toBeVisible();
      await expect(elsewhere.locator('form input[type="radio"]:checked')).toHaveCount(28);

      // One character changed: the checksum no longer holds.
      const code = new URL(link).searchParams.get('ket-qua')!;
      const doctored = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
      await openPage(elsewhere, `${words.assessment}?ket-qua=${encodeURIComponent(doctored)}`);
      await expect(elsewhere.getByRole('alert')).toContainText(words.damagedLink);
      await expect(elsewhere.locator('form input[type="radio"]:checked')).toHaveCount(0);
      await elsewhere.locator('form fieldset').first().getByRole('radio').first().check();
      await other.close();
    });

    test('damaged saved answers give a message and a fresh start, other saved data kept', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.assessment);
      await page.evaluate(() => {
        localStorage.setItem('ai-coe-playbook:readiness-assessment', '{"version":1,"data":{"ans');
        localStorage.setItem('ai-coe-playbook:checklist-progress', 'kept as it was');
      });
      await page.reload();
      await page.locator('html[data-has-hydrated="true"]').waitFor();
      await expect(page.getByRole('alert')).toContainText(words.damagedStorage);
      await page.locator('form fieldset').first().getByRole('radio').nth(1).check();
      expect(
        await page.evaluate(() => localStorage.getItem('ai-coe-playbook:checklist-progress')),
      ).toBe('kept as it was');
    });

    test('prints the results alone on one page, even with every dimension below target', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.assessment);
      await answerAll(page, 1, 1);
      await page.getByLabel(words.target).selectOption('4');
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', {name: words.print}).click();
      await expect(page.locator('html')).toHaveAttribute('data-printing', 'assessment-report');
      const report = await pdfPages(await printed(page));
      expect(report.count, 'the report fits one A4 page').toBe(1);
      expect(report.firstPageText).toContain(words.resultsTitle);
      expect(report.firstPageText).toContain(words.strategy);
    });
  });

  test.describe(`${locale}: the phase checklists`, () => {
    test('a tick is kept, counted on the overview, cleared, and printed on the sign-off sheet', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.phase);
      const checklist = page.locator('#checklist ~ section').first();
      await expect(checklist.getByRole('status')).toHaveText(words.progressNone);
      await checklist.getByRole('checkbox', {name: words.checklistItem}).check();
      await expect(checklist.getByRole('status')).toHaveText(words.progressOne);

      await page.reload();
      await page.locator('html[data-has-hydrated="true"]').waitFor();
      await expect(checklist.getByRole('checkbox', {name: words.checklistItem})).toBeChecked();

      await openPage(page, words.overview);
      const summary = page.getByRole('list', {name: words.summary});
      await expect(summary.getByRole('listitem').first()).toContainText(words.progressOne);
      await summary.getByRole('link', {name: `1. ${words.phaseTitle}`}).click();
      await expect(page).toHaveURL(new RegExp(`${words.phase}#checklist$`));

      await page.locator('html[data-has-hydrated="true"]').waitFor();
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', {name: words.printSignOff}).click();
      await expect(page.locator('html')).toHaveAttribute('data-printing', 'sign-off');
      await page.emulateMedia({media: 'print'});
      await expect(page.getByRole('table', {name: words.signOff})).toBeVisible();
      await expect(page.getByRole('heading', {level: 1})).toBeHidden();
      const sheet = await pdfPages(await printed(page));
      expect(sheet.count, 'the sign-off sheet fits one A4 page').toBe(1);
      // Ligatures split words in extracted text ("o ff"): compare without spaces.
      expect(sheet.firstPageText.replace(/\s+/g, '')).toContain(words.signOff.replace(/\s+/g, ''));
      await page.emulateMedia({media: 'screen'});

      await page.getByRole('button', {name: words.clearTicks}).click();
      await expect(checklist.getByRole('status')).toHaveText(words.progressNone);
    });

    test('works by keyboard: Space ticks an item, arrows choose a level', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.phase);
      const checklist = page.locator('#checklist ~ section').first();
      const first = checklist.getByRole('checkbox', {name: words.checklistItem});
      await first.focus();
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      await expect(checklist.getByRole('status')).toHaveText(words.progressOne);
      await page.keyboard.press('Tab');
      await expect(checklist.getByRole('checkbox').nth(1)).toBeFocused();

      await openPage(page, words.assessment);
      const question = page.locator('form fieldset').first();
      await question.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await expect(question.getByRole('radio').nth(1)).toBeChecked();
      await expect(question.getByRole('radio').nth(1)).toBeFocused();
    });

    test('reads as a plain list of every item with JavaScript off', async ({browser, baseURL}) => {
      const context = await browser.newContext({baseURL, javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(words.phase);
      const checklist = page.locator('#checklist ~ section').first();
      await expect(checklist.getByRole('listitem').first()).toHaveText(words.checklistItem);
      await expect(checklist.getByRole('checkbox')).toHaveCount(9);
      await page.goto(words.assessment);
      await expect(page.locator('form fieldset')).toHaveCount(28);
      await expect(page.getByText(words.strategy).first()).toBeVisible();
      await context.close();
    });
  });

  test.describe(`${locale}: KPIs and templates`, () => {
    test('the Monitor page’s KPI sheet and the KPI library come from the same data', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.monitor);
      const row = page.locator('#kpi-sheet ~ div table tr').filter({hasText: words.incidents});
      await expect(row).toContainText(words.sharedOwners);
      await openPage(page, words.kpiLibrary);
      await page.getByLabel(words.category).selectOption('risk');
      await expect(page.getByRole('status').filter({hasText: words.shownRisk})).toBeVisible();
      const csv = (
        await downloaded(page, () => page.getByRole('button', {name: words.kpiCsv}).click())
      ).toString('utf8');
      expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
    });

    test('every template downloads as a Word or Excel file in the page’s language', async ({
      watchedPage: page,
    }) => {
      await openPage(page, words.phase);
      await expect(
        page.getByRole('table', {name: words.phaseTemplates}).getByText(words.businessCase),
      ).toBeVisible();

      await openPage(page, words.templatesPage);
      const links = page.locator('article table a[download]');
      const files = new Set(
        await links.evaluateAll((all) => all.map((a) => a.getAttribute('href'))),
      );
      expect(files.size, 'two Word documents, the workbook and the Word tables').toBe(4);
      for (const href of files) {
        expect(href).toMatch(
          new RegExp(`^${LOCALE_PREFIX[locale]}/templates/${locale}/[a-z-]+\\.(docx|xlsx)$`),
        );
        const file = await downloaded(page, () =>
          links
            .and(page.locator(`[href="${href}"]`))
            .first()
            .click(),
        );
        expect(file.subarray(0, 2).toString('latin1'), `${href} is a zip package`).toBe('PK');
      }
    });
  });
}

test('the self-assessment fits a phone: no sideways scrolling, answers reachable by touch', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    viewport: {width: 390, height: 844},
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await openPage(page, WORDS.vi.assessment);
  await expectNoSidewaysScroll(page, 'the self-assessment');
  await page.locator('form fieldset').first().getByRole('radio').nth(2).tap();
  await expect(page.locator('form input[type="radio"]:checked')).toHaveCount(1);
  await answerAll(page, 3, 3);
  await expectNoSidewaysScroll(page, 'the self-assessment with results');
  await openPage(page, WORDS.vi.phase);
  await expectNoSidewaysScroll(page, 'a phase page with its checklist and templates');
  await context.close();
});
