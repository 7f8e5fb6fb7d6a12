import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {checkPages, formatProblem} from '@site/scripts/check-pages.mjs';
import {ENGLISH_DOCS_DIR} from '@site/src/config/siteLayout.mjs';

const EN = ENGLISH_DOCS_DIR;

const page = (id: string, title: string, body: string) =>
  `---\nid: ${id}\ntitle: ${title}\nsidebar_label: ${title}\ndescription: ${title} page.\n---\n\n${body}\n`;

let root: string;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), {recursive: true});
  writeFileSync(join(root, path), content);
}

/** A tiny guide with no mistakes: two pages in both languages, linked to each other. */
function writeCleanGuide(): void {
  write('sidebars.ts', "export default {guide: ['gioi-thieu', 'quy-trinh/chuan-bi']};\n");
  write(
    'docs/gioi-thieu.mdx',
    page(
      'gioi-thieu',
      'Giới thiệu',
      '## Mục đích {#purpose}\n\nXem [Chuẩn Bị](./quy-trinh/chuan-bi.mdx#steps).',
    ),
  );
  write(
    'docs/quy-trinh/chuan-bi.mdx',
    page('chuan-bi', 'Chuẩn Bị', '## Các bước {#steps}\n\nNội dung.'),
  );
  write(
    `${EN}/gioi-thieu.mdx`,
    page(
      'gioi-thieu',
      'Introduction',
      '## Purpose {#purpose}\n\nSee [Prepare](./quy-trinh/chuan-bi.mdx#steps).',
    ),
  );
  write(
    `${EN}/quy-trinh/chuan-bi.mdx`,
    page('chuan-bi', 'Prepare', '## Steps {#steps}\n\nContent.'),
  );
}

async function messages(): Promise<string[]> {
  return (await checkPages(root)).map(formatProblem);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-pages-'));
  writeCleanGuide();
});

afterEach(() => {
  rmSync(root, {recursive: true, force: true});
});

describe('the page checker', () => {
  it('passes a guide without mistakes', async () => {
    expect(await messages()).toEqual([]);
  });

  it('passes the real guide', async () => {
    expect((await checkPages(process.cwd())).map(formatProblem)).toEqual([]);
  });

  it('names a missing front matter field', async () => {
    write(
      'docs/gioi-thieu.mdx',
      '---\nid: gioi-thieu\ntitle: Giới thiệu\nsidebar_label: Giới thiệu\n---\n\n## Mục đích {#purpose}\n',
    );
    expect(await messages()).toEqual([
      'docs/gioi-thieu.mdx:1  thiếu trường front matter "description" / missing front matter field "description"',
    ]);
  });

  it('catches an id that differs from the file name', async () => {
    write(
      `${EN}/gioi-thieu.mdx`,
      page(
        'introduction',
        'Introduction',
        '## Purpose {#purpose}\n\nSee [Prepare](./quy-trinh/chuan-bi.mdx#steps).',
      ),
    );
    expect(await messages()).toEqual([
      `${EN}/gioi-thieu.mdx:1  "id: introduction" phải trùng tên tệp "gioi-thieu" / "id: introduction" must equal the file name "gioi-thieu"`,
    ]);
  });

  it('catches a page missing from the sidebar', async () => {
    write('sidebars.ts', "export default {guide: ['gioi-thieu']};\n");
    expect(await messages()).toEqual([
      "docs/quy-trinh/chuan-bi.mdx:1  trang chưa có trong sidebars.ts: thêm 'quy-trinh/chuan-bi' / page not in sidebars.ts: add 'quy-trinh/chuan-bi'",
    ]);
  });

  it('catches a Vietnamese page without English twin, and the reverse', async () => {
    rmSync(join(root, EN, 'quy-trinh/chuan-bi.mdx'));
    write(`${EN}/extra.mdx`, page('extra', 'Extra', 'Text.'));
    expect(await messages()).toEqual([
      `docs/quy-trinh/chuan-bi.mdx:1  chưa có bản tiếng Anh: tạo ${EN}/quy-trinh/chuan-bi.mdx / no English twin: create ${EN}/quy-trinh/chuan-bi.mdx`,
      `${EN}/extra.mdx:1  không có trang tiếng Việt tương ứng docs/extra.mdx / no Vietnamese source: docs/extra.mdx is missing`,
      // The English page links to the Prepare twin that was removed.
      `${EN}/gioi-thieu.mdx:10  liên kết tới trang không tồn tại: ./quy-trinh/chuan-bi.mdx / link to a page that does not exist: ./quy-trinh/chuan-bi.mdx`,
    ]);
  });

  it('catches a heading without an explicit id, but not in a code block', async () => {
    write(
      'docs/quy-trinh/chuan-bi.mdx',
      page(
        'chuan-bi',
        'Chuẩn Bị',
        '## Các bước {#steps}\n\n### Thành lập đội ngũ\n\n```md\n## Ví dụ trong mã\n```',
      ),
    );
    expect(await messages()).toEqual([
      'docs/quy-trinh/chuan-bi.mdx:10  tiêu đề chưa có id: viết "### Thành lập đội ngũ {#english-id}", cùng id ở cả hai ngôn ngữ / heading without an explicit id: write "### Thành lập đội ngũ {#english-id}", the same id in both languages',
    ]);
  });

  it('catches a broken link and a broken anchor', async () => {
    write(
      'docs/gioi-thieu.mdx',
      page(
        'gioi-thieu',
        'Giới thiệu',
        '## Mục đích {#purpose}\n\nXem [Đánh Giá](./quy-trinh/danh-gia.mdx) và [bước](./quy-trinh/chuan-bi.mdx#khong-co).',
      ),
    );
    expect(await messages()).toEqual([
      'docs/gioi-thieu.mdx:10  liên kết tới trang không tồn tại: ./quy-trinh/danh-gia.mdx / link to a page that does not exist: ./quy-trinh/danh-gia.mdx',
      'docs/gioi-thieu.mdx:10  liên kết tới mục không tồn tại: ./quy-trinh/chuan-bi.mdx#khong-co (trang đó không có tiêu đề {#khong-co}) / link to a section that does not exist: ./quy-trinh/chuan-bi.mdx#khong-co (that page has no heading {#khong-co})',
    ]);
  });

  describe('the legal-status date', () => {
    const withLaw = (id: string, title: string, date: string | null, body: string) =>
      page(id, title, body).replace(
        '\n---\n',
        date === null ? '\n---\n' : `\nlegal_status_as_of: ${date}\n---\n`,
      );
    const vietnameseLaw = '## Các bước {#steps}\n\nTheo Nghị định 356/2025/NĐ-CP.';
    const englishLaw = '## Steps {#steps}\n\nUnder Decree 356/2025/NĐ-CP.';

    it('is required on a page that names a law or decree number', async () => {
      write('docs/quy-trinh/chuan-bi.mdx', withLaw('chuan-bi', 'Chuẩn Bị', null, vietnameseLaw));
      write(`${EN}/quy-trinh/chuan-bi.mdx`, withLaw('chuan-bi', 'Prepare', null, englishLaw));
      expect(await messages()).toEqual([
        'docs/quy-trinh/chuan-bi.mdx:10  trang nêu văn bản pháp luật 356/2025/NĐ-CP nhưng thiếu "legal_status_as_of: YYYY-MM-DD" trong front matter (ngày đối chiếu văn bản gần nhất) / the page names the legal text 356/2025/NĐ-CP but has no "legal_status_as_of: YYYY-MM-DD" in its front matter (the day its legal statements were last checked)',
        `${EN}/quy-trinh/chuan-bi.mdx:10  trang nêu văn bản pháp luật 356/2025/NĐ-CP nhưng thiếu "legal_status_as_of: YYYY-MM-DD" trong front matter (ngày đối chiếu văn bản gần nhất) / the page names the legal text 356/2025/NĐ-CP but has no "legal_status_as_of: YYYY-MM-DD" in its front matter (the day its legal statements were last checked)`,
      ]);
    });

    it('passes a dated page, and a page that names no legal text needs none', async () => {
      write(
        'docs/quy-trinh/chuan-bi.mdx',
        withLaw('chuan-bi', 'Chuẩn Bị', '2026-12-01', vietnameseLaw),
      );
      write(
        `${EN}/quy-trinh/chuan-bi.mdx`,
        withLaw('chuan-bi', 'Prepare', '2026-12-01', englishLaw),
      );
      expect(await messages()).toEqual([]);
    });

    it('rejects an impossible date, a future date and twins that disagree', async () => {
      write(
        'docs/quy-trinh/chuan-bi.mdx',
        withLaw('chuan-bi', 'Chuẩn Bị', '2026-02-30', vietnameseLaw),
      );
      write(
        `${EN}/quy-trinh/chuan-bi.mdx`,
        withLaw('chuan-bi', 'Prepare', '2999-01-01', englishLaw),
      );
      expect(await messages()).toEqual([
        'docs/quy-trinh/chuan-bi.mdx:1  "legal_status_as_of: 2026-02-30" không phải ngày hợp lệ; viết theo dạng 2026-12-01 / "legal_status_as_of: 2026-02-30" is not a valid date; write it as 2026-12-01',
        `${EN}/quy-trinh/chuan-bi.mdx:1  "legal_status_as_of: 2999-01-01" là ngày trong tương lai; ghi ngày đã đối chiếu văn bản / "legal_status_as_of: 2999-01-01" is in the future; give the day the texts were checked`,
        `${EN}/quy-trinh/chuan-bi.mdx:1  "legal_status_as_of" khác với trang tiếng Việt (2026-02-30): hai bản phải cùng ngày / "legal_status_as_of" differs from the Vietnamese page (2026-02-30): both must give the same date`,
      ]);
    });
  });

  it('catches malformed MDX and says where', async () => {
    write(
      'docs/quy-trinh/chuan-bi.mdx',
      page('chuan-bi', 'Chuẩn Bị', '## Các bước {#steps}\n\nNgân sách <dưới 1 tỷ> và {chưa đóng.'),
    );
    const [problem] = await messages();
    expect(problem).toMatch(
      /^docs\/quy-trinh\/chuan-bi\.mdx:10 {2}MDX không đọc được \(cột \d+\): .+ \/ MDX cannot be parsed/,
    );
  });
});

describe('Markdown style (markdownlint)', () => {
  it('fails on a style mistake and names the rule and line', () => {
    write(
      'docs/bad.mdx',
      page('bad', 'Bad', '## Heading {#heading}\n* star bullet\n\n\n\ntext   '),
    );
    let output = '';
    try {
      execFileSync(
        join(process.cwd(), 'node_modules/.bin/markdownlint-cli2'),
        ['--config', join(process.cwd(), '.markdownlint-cli2.jsonc'), 'docs/bad.mdx'],
        {cwd: root, encoding: 'utf8', stdio: 'pipe'},
      );
    } catch (error) {
      const failure = error as {stdout?: string; stderr?: string; status?: number};
      expect(failure.status).toBe(1);
      output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
    }
    expect(output).toMatch(/docs\/bad\.mdx:8 (error )?MD022\/blanks-around-headings/);
    expect(output).toMatch(/MD012\/no-multiple-blanks/);
    expect(output).toMatch(/MD009\/no-trailing-spaces/);
  });
});
