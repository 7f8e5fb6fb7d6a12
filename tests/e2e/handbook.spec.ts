import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from '@playwright/test';
import {
  formatEdition,
  HANDBOOK_AUTHOR,
  HANDBOOK_FILE,
  HANDBOOK_MANIFEST,
  HANDBOOK_WORDS,
  sectionIdOf,
  siteAddress,
} from '../../scripts/lib/handbookModel.mjs';
import {type PdfSummary, readPdf} from '../../scripts/lib/handbookPdf.mjs';
import {resolveSiteSettings} from '../../src/config/siteSettings';
import {guidePages, LOCALES, type Locale, SITE_TITLE, SOURCE_FOLDER} from './site';

// The PDF handbook (npm run build:handbook), read as a reader's PDF viewer reads it, with
// pdf.js: no browser needed. It is made from the production build, so it must be generated
// before these tests run; CI always does.

/**
 * Pages a handbook may have. About 50,000 words per language at 10.5 pt on A4 print to about
 * a hundred pages with the tables; fewer than 60 means pages went missing, more than 250 that
 * the layout broke (a table one row per sheet, text in a narrow column).
 */
const PAGE_RANGE = {min: 60, max: 250};

/**
 * Sentences copied from the sources, without markup, that must come out of the PDF exactly as
 * written: every diacritic, no letter split from its marks, no spaces lost or added.
 */
const SAMPLES: Readonly<Record<Locale, readonly {file: string; sentence: string}[]>> = {
  vi: [
    {
      file: 'gioi-thieu.mdx',
      sentence:
        'AI CoE là một đơn vị liên chức năng, quy tụ người từ công nghệ, dữ liệu, nghiệp vụ, pháp chế và quản lý rủi ro.',
    },
    {
      file: 'tac-dong-cua-ai.mdx',
      sentence:
        'Giá trị không nằm ở bản thân mô hình mà ở việc quy trình làm việc thay đổi nhờ nó.',
    },
    {
      file: 'tac-dong-cua-ai.mdx',
      sentence:
        'Một mô hình dự báo chính xác không tạo ra đồng nào nếu bộ phận mua hàng vẫn đặt hàng theo thói quen cũ.',
    },
    {
      file: 'quy-trinh/chuan-bi.mdx',
      sentence:
        'Thiếu giai đoạn này, mỗi phòng ban tự mua công cụ, tự làm thử, không ai đo kết quả hay chịu trách nhiệm về rủi ro.',
    },
    {
      file: 'quy-trinh/danh-gia.mdx',
      sentence:
        'Vận hành và người tiên phong đổi mới cùng làm hội thảo và đề xuất ca sử dụng; nhân sự và nhân viên tuyến đầu góp ý kiến.',
    },
    {
      file: 'chuyen-sau/mo-hinh-van-hanh.mdx',
      sentence:
        'Chọn sai thường lộ ra muộn, khi phê duyệt ùn tắc hoặc các khối tự mua công cụ trùng nhau.',
    },
    {
      file: 'thuat-ngu.mdx',
      sentence: 'Đây là định nghĩa làm việc của cẩm nang, không phải định nghĩa pháp lý.',
    },
    {
      file: 'chuyen-sau/vi-du-xuyen-suot.mdx',
      sentence: 'Chi phí, lợi ích và kết quả là giả định, không phải mức tham chiếu.',
    },
  ],
  en: [
    {
      file: 'quy-trinh/chuan-bi.mdx',
      sentence: 'Prepare is the first phase in setting up an AI Center of Excellence (AI CoE).',
    },
  ],
};

const root = process.cwd();
const settings = resolveSiteSettings(process.env);
const summaries = new Map<Locale, Promise<PdfSummary>>();

/** The language's PDF, read once per test worker. */
function handbook(locale: Locale): Promise<PdfSummary> {
  let summary = summaries.get(locale);
  if (!summary) {
    const file = join(root, 'build', HANDBOOK_FILE[locale]);
    if (!existsSync(file)) {
      throw new Error(
        `build/${HANDBOOK_FILE[locale]} is missing: run "npm run build:handbook" after "npm run build".`,
      );
    }
    summary = readPdf(new Uint8Array(readFileSync(file)), {text: true});
    summaries.set(locale, summary);
  }
  return summary;
}

/** Text with every run of white space, line breaks included, as one space. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The table of contents as printed: each title with the page number beside it, read from the
 * pages whose running header names the table of contents.
 */
function printedContents(pdf: PdfSummary, locale: Locale): Map<string, number> {
  const contents = new Map<string, number>();
  for (const page of pdf.pages.filter((p) => p.header === HANDBOOK_WORDS[locale].contents)) {
    for (const line of page.lines) {
      const entry = /^(.*\S)\s+(\d+)$/.exec(line.text);
      if (entry) contents.set(entry[1]!, Number(entry[2]));
    }
  }
  return contents;
}

test.describe.configure({timeout: 120_000});

for (const locale of LOCALES) {
  const pages = guidePages(locale);
  const titles = pages.map((page) => page.title);

  test.describe(`${locale}: the PDF handbook`, () => {
    test('exists, and handbook.json gives its file, size, page count and edition', async () => {
      const pdf = await handbook(locale);
      const manifestFile = join(root, 'build', HANDBOOK_MANIFEST);
      expect(existsSync(manifestFile), `build/${HANDBOOK_MANIFEST} is missing`).toBe(true);
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
      expect(Object.keys(manifest).sort()).toEqual([...LOCALES].sort());
      expect(manifest[locale]).toEqual({
        file: HANDBOOK_FILE[locale],
        bytes: statSync(join(root, 'build', HANDBOOK_FILE[locale])).size,
        pages: pdf.pageCount,
        edition: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    });

    test(`has between ${PAGE_RANGE.min} and ${PAGE_RANGE.max} A4 pages`, async () => {
      const pdf = await handbook(locale);
      expect(pdf.pageCount).toBeGreaterThanOrEqual(PAGE_RANGE.min);
      expect(pdf.pageCount).toBeLessThanOrEqual(PAGE_RANGE.max);
    });

    test('says what it is: title, author, language', async () => {
      const {info} = await handbook(locale);
      expect(info.Title).toBe(SITE_TITLE[locale]);
      expect(info.Author).toBe(HANDBOOK_AUTHOR);
      expect(info.Language).toBe(locale);
    });

    test('opens with a cover: title, tagline, edition, the site’s address', async () => {
      const pdf = await handbook(locale);
      const manifest = JSON.parse(
        readFileSync(join(root, 'build', HANDBOOK_MANIFEST), 'utf8'),
      ) as Record<Locale, {edition: string}>;
      const cover = flat(pdf.pages[0]!.body);
      expect(cover).toContain(SITE_TITLE[locale]);
      expect(cover).toContain(
        `${HANDBOOK_WORDS[locale].edition} ${formatEdition(manifest[locale].edition, locale)}`,
      );
      expect(cover).toContain(siteAddress(settings, locale));
      expect(pdf.pages[0]!.header).toBe('');
      expect(pdf.pages[0]!.footer).toBe('');
      expect(
        pdf.links.some((link) => link.page === 1 && link.url === siteAddress(settings, locale)),
        'the address on the cover is a link',
      ).toBe(true);
    });

    test('holds every page of the guide, its title as bookmark and text, in sidebar order', async () => {
      const pdf = await handbook(locale);
      const text = flat(pdf.pages.map((page) => page.body).join('\n'));
      for (const title of titles) expect(text, `"${title}" is not in the text`).toContain(title);
      const bookmarks = pdf.outline.filter((item) => item.depth === 0);
      const pageBookmarks = titles.map((title) => bookmarks.find((item) => item.title === title));
      for (const [index, bookmark] of pageBookmarks.entries()) {
        expect(bookmark, `no bookmark for "${titles[index]}"`).toBeDefined();
        expect(bookmark!.page, `the bookmark "${titles[index]}" leads nowhere`).not.toBeNull();
      }
      const starts = pageBookmarks.map((bookmark) => bookmark!.page!);
      expect(starts, 'bookmarks out of sidebar order').toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(starts).size, 'two pages of the guide start on one sheet').toBe(starts.length);
    });

    test('has a table of contents whose page numbers are where each page starts', async () => {
      const pdf = await handbook(locale);
      const contents = printedContents(pdf, locale);
      expect(
        [...contents.keys()],
        'the table of contents lists the pages in sidebar order',
      ).toEqual(titles);
      for (const title of titles) {
        const number = contents.get(title)!;
        const start = pdf.pages[number - 1];
        expect(start, `"${title}" is said to start on page ${number}, past the end`).toBeDefined();
        expect(flat(start!.body), `page ${number} does not show "${title}"`).toContain(title);
        expect(start!.header, `page ${number} is not headed "${title}"`).toBe(title);
        expect(pdf.pages[number - 2]!.header, `"${title}" starts before page ${number}`).not.toBe(
          title,
        );
        const bookmark = pdf.outline.find((item) => item.depth === 0 && item.title === title);
        expect(bookmark?.page, `the bookmark "${title}" and the contents disagree`).toBe(number);
        expect(
          pdf.links.some((link) => link.page < number && link.target === number),
          `the contents entry "${title}" does not link to page ${number}`,
        ).toBe(true);
      }
    });

    test('heads each page with its page of the guide, and numbers it', async () => {
      const pdf = await handbook(locale);
      const contents = printedContents(pdf, locale);
      const starts = titles.map((title) => contents.get(title)!);
      for (const page of pdf.pages.slice(starts[0]! - 1)) {
        const section = titles.filter((_, index) => starts[index]! <= page.number).at(-1);
        expect(page.header, `the header of page ${page.number}`).toBe(section);
        const words = HANDBOOK_WORDS[locale];
        expect(page.footer, `the footer of page ${page.number}`).toContain(
          `${words.pageBefore}${page.number}${words.pageBetween}${pdf.pageCount}`,
        );
      }
    });

    test('links between its pages inside the PDF, and to the web outside', async () => {
      const pdf = await handbook(locale);
      const contents = printedContents(pdf, locale);
      const firstPage = Math.min(...contents.values());
      const inside = pdf.links.filter((link) => link.target !== null);
      expect(
        inside.filter((link) => link.page >= firstPage && link.target !== link.page).length,
        'links from one page of the guide to another inside the PDF',
      ).toBeGreaterThan(20);
      // Each page of the guide is its own named destination, `quy-trinh-chuan-bi`, and its
      // sections are `quy-trinh-chuan-bi--checklist`: a link must land inside that page.
      const starts = titles.map((title) => contents.get(title)!);
      const indexOf = new Map(pages.map((page, index) => [sectionIdOf(page.docId), index]));
      let checked = 0;
      for (const link of inside) {
        expect(link.target).toBeGreaterThanOrEqual(1);
        expect(link.target).toBeLessThanOrEqual(pdf.pageCount);
        const [section = '', anchor] = (link.destination ?? '').split('--');
        const index = indexOf.get(section);
        if (index === undefined) continue;
        const first = starts[index]!;
        const last = (starts[index + 1] ?? pdf.pageCount + 1) - 1;
        const where = `the link on page ${link.page} to #${link.destination}`;
        if (anchor === undefined) expect(link.target, where).toBe(first);
        expect(link.target, where).toBeGreaterThanOrEqual(first);
        expect(link.target, where).toBeLessThanOrEqual(last);
        checked += 1;
      }
      expect(checked, 'links to a page or a section of a page').toBeGreaterThan(titles.length);
      const outside = pdf.links.filter((link) => link.url !== null).map((link) => link.url!);
      expect(outside.filter((url) => /^https?:\/\//.test(url)).length).toBeGreaterThan(10);
      expect(
        outside.filter((url) => /\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)),
        'links to the machine that printed the PDF',
      ).toEqual([]);
      expect(
        pdf.links.filter((link) => link.url === null && link.target === null).length,
        'links that lead nowhere',
      ).toBe(0);
    });

    test('gives back its text as written, every diacritic in place', async () => {
      const pdf = await handbook(locale);
      const text = flat(pdf.pages.map((page) => page.body).join('\n'));
      for (const {file, sentence} of SAMPLES[locale]) {
        const source = readFileSync(join(root, SOURCE_FOLDER[locale], file), 'utf8');
        expect(source, `the sample is no longer in ${file}: pick another sentence`).toContain(
          sentence,
        );
        expect(text, `copied from the PDF, "${sentence}" differs`).toContain(sentence);
      }
      expect(text, 'text in decomposed form (letters and marks apart)').toBe(text.normalize('NFC'));
      expect(text).not.toContain('\ufffd');
    });
  });
}
