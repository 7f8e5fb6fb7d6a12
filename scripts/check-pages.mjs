#!/usr/bin/env node
/**
 * The page checker: catches the mistakes contributors most often make in the guide's
 * pages and says, in Vietnamese and English, what to fix. Run by `npm run check:pages`
 * (part of `npm test`); tests/unit/checkPages.test.ts feeds it each mistake.
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {compile} from '@mdx-js/mdx';
import {
  ENGLISH_DOCS_DIR,
  listMdxPages,
  readFrontMatter,
  sidebarDocIds,
  SOURCE_DOCS_DIR,
} from '../src/config/siteLayout.mjs';
import {importTypeScript} from './lib/importTypeScript.mjs';

export const REQUIRED_FRONT_MATTER = ['id', 'title', 'sidebar_label', 'description'];

/** Front matter field with the date up to which a page's statements about the law were checked. */
export const LEGAL_STATUS_FIELD = 'legal_status_as_of';

/** The number of a Vietnamese law, decree or decision: 134/2025/QH15, 356/2025/NĐ-CP, 1290/QĐ-BKHCN. */
const LEGAL_TEXT_NUMBER = /\b\d{1,4}\/(?:\d{4}\/)?(?:QH\d+|N[ĐD]-CP|Q[ĐD]-[A-ZĐ]+)/u;

/** Why `value` is not a usable "as of" date (YYYY-MM-DD, a real day, not in the future), or null. */
export function legalStatusDateProblem(value, today = new Date()) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    return {
      vi: `"${LEGAL_STATUS_FIELD}: ${value}" không phải ngày hợp lệ; viết theo dạng 2026-12-01`,
      en: `"${LEGAL_STATUS_FIELD}: ${value}" is not a valid date; write it as 2026-12-01`,
    };
  }
  if (date.getTime() > today.getTime()) {
    return {
      vi: `"${LEGAL_STATUS_FIELD}: ${value}" là ngày trong tương lai; ghi ngày đã đối chiếu văn bản`,
      en: `"${LEGAL_STATUS_FIELD}: ${value}" is in the future; give the day the texts were checked`,
    };
  }
  return null;
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(source) {
  let fenced = false;
  return source.split('\n').flatMap((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) {
      fenced = !fenced;
      return [];
    }
    return fenced ? [] : [{number: index + 1, text}];
  });
}

function headingIds(source) {
  return new Set([...source.matchAll(/\{#([\w-]+)\}/g)].map((m) => m[1]));
}

/** Checks one page; `page` is its path relative to its language folder. */
async function checkPage({root, folder, page, sidebarIds, twinFolder, problems}) {
  const file = `${folder}/${page}`;
  const source = readFileSync(join(root, file), 'utf8');
  const report = (line, vi, en) => problems.push({file, line, message: `${vi} / ${en}`});

  const {fields} = readFrontMatter(source);
  if (!fields) {
    report(
      1,
      'thiếu phần front matter (khối --- ở đầu tệp)',
      'no front matter (the --- block at the top)',
    );
  } else {
    for (const name of REQUIRED_FRONT_MATTER) {
      if (!fields[name]) {
        report(1, `thiếu trường front matter "${name}"`, `missing front matter field "${name}"`);
      }
    }
    const expectedId = page
      .split('/')
      .pop()
      .replace(/\.mdx$/, '');
    if (fields.id && fields.id !== expectedId) {
      report(
        1,
        `"id: ${fields.id}" phải trùng tên tệp "${expectedId}"`,
        `"id: ${fields.id}" must equal the file name "${expectedId}"`,
      );
    }
  }

  const legalNumber = LEGAL_TEXT_NUMBER.exec(source.slice(source.indexOf('\n---', 3) + 4));
  if (fields && legalNumber) {
    const numberLine = source.slice(0, source.indexOf(legalNumber[0])).split('\n').length;
    if (!fields[LEGAL_STATUS_FIELD]) {
      report(
        numberLine,
        `trang nêu văn bản pháp luật ${legalNumber[0]} nhưng thiếu "${LEGAL_STATUS_FIELD}: YYYY-MM-DD" trong front matter (ngày đối chiếu văn bản gần nhất)`,
        `the page names the legal text ${legalNumber[0]} but has no "${LEGAL_STATUS_FIELD}: YYYY-MM-DD" in its front matter (the day its legal statements were last checked)`,
      );
    } else {
      const problem = legalStatusDateProblem(fields[LEGAL_STATUS_FIELD]);
      if (problem) report(1, problem.vi, problem.en);
    }
  }
  const twinPath = join(root, twinFolder, page);
  if (folder === ENGLISH_DOCS_DIR && fields?.[LEGAL_STATUS_FIELD] && existsSync(twinPath)) {
    const sourceDate = readFrontMatter(readFileSync(twinPath, 'utf8')).fields?.[LEGAL_STATUS_FIELD];
    if (sourceDate !== fields[LEGAL_STATUS_FIELD]) {
      report(
        1,
        `"${LEGAL_STATUS_FIELD}" khác với trang tiếng Việt (${sourceDate ?? 'không có'}): hai bản phải cùng ngày`,
        `"${LEGAL_STATUS_FIELD}" differs from the Vietnamese page (${sourceDate ?? 'none'}): both must give the same date`,
      );
    }
  }

  if (!existsSync(twinPath)) {
    if (folder === SOURCE_DOCS_DIR) {
      report(
        1,
        `chưa có bản tiếng Anh: tạo ${twinFolder}/${page}`,
        `no English twin: create ${twinFolder}/${page}`,
      );
    } else {
      report(
        1,
        `không có trang tiếng Việt tương ứng ${twinFolder}/${page}`,
        `no Vietnamese source: ${twinFolder}/${page} is missing`,
      );
    }
  }

  const docId = page.replace(/\.mdx$/, '');
  if (folder === SOURCE_DOCS_DIR && !sidebarIds.has(docId)) {
    report(
      1,
      `trang chưa có trong sidebars.ts: thêm '${docId}'`,
      `page not in sidebars.ts: add '${docId}'`,
    );
  }

  for (const {number, text} of proseLines(source)) {
    if (/^#{2,6}\s/.test(text) && !/\{#[\w-]+\}\s*$/.test(text)) {
      report(
        number,
        `tiêu đề chưa có id: viết "${text.trim()} {#english-id}", cùng id ở cả hai ngôn ngữ`,
        `heading without an explicit id: write "${text.trim()} {#english-id}", the same id in both languages`,
      );
    }
    for (const link of text.matchAll(/\]\(([^)\s]+\.mdx)(#[\w-]+)?\)/g)) {
      const [, target, anchor] = link;
      if (/^[a-z]+:/.test(target)) continue;
      const targetPath = resolve(join(root, dirname(file)), target);
      if (!existsSync(targetPath)) {
        report(
          number,
          `liên kết tới trang không tồn tại: ${target}`,
          `link to a page that does not exist: ${target}`,
        );
      } else if (anchor && !headingIds(readFileSync(targetPath, 'utf8')).has(anchor.slice(1))) {
        report(
          number,
          `liên kết tới mục không tồn tại: ${target}${anchor} (trang đó không có tiêu đề {${anchor}})`,
          `link to a section that does not exist: ${target}${anchor} (that page has no heading {${anchor}})`,
        );
      }
    }
  }

  try {
    // Docusaurus reads `{#id}` after headings itself; plain MDX would take it for an expression.
    // Front matter becomes blank lines so MDX reports the file's own line numbers.
    const mdx = source
      .replace(/^(#{1,6} .*?)[ \t]*\{#[\w-]+\}[ \t]*$/gm, '$1')
      .replace(/^---[\s\S]*?\n---\n/, (frontMatter) =>
        '\n'.repeat(frontMatter.split('\n').length - 1),
      );
    await compile(mdx);
  } catch (error) {
    const place = error.place?.start ?? error.place;
    report(
      place?.line ?? 1,
      `MDX không đọc được (cột ${place?.column ?? '?'}): ${error.reason ?? error.message}`,
      `MDX cannot be parsed (column ${place?.column ?? '?'}): ${error.reason ?? error.message}`,
    );
  }
}

/** All problems in the pages under `root`, sorted by file and line. */
export async function checkPages(root = process.cwd()) {
  const problems = [];
  const sidebarIds = new Set(
    existsSync(join(root, 'sidebars.ts'))
      ? sidebarDocIds(
          /** @type {Record<string, unknown>} */ (
            (await importTypeScript(join(root, 'sidebars.ts'))).default
          ),
        )
      : [],
  );
  for (const [folder, twinFolder] of [
    [SOURCE_DOCS_DIR, ENGLISH_DOCS_DIR],
    [ENGLISH_DOCS_DIR, SOURCE_DOCS_DIR],
  ]) {
    for (const page of listMdxPages(join(root, folder))) {
      await checkPage({root, folder, page, sidebarIds, twinFolder, problems});
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatProblem({file, line, message}) {
  return `${file}:${line}  ${message}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await checkPages();
  if (problems.length > 0) {
    console.error(`Trang cần sửa / Pages to fix (${problems.length}):`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    process.exit(1);
  }
  console.log('Pages OK: front matter, English twins, sidebar, heading ids, links and MDX.');
}
