import {describe, expect, it} from 'vitest';
import {QUESTION_IDS} from '@site/src/data/assessment';
import {
  DIMENSION_TEXT,
  EXPORT_COLUMNS,
  LEVEL_TEXT,
  QUESTION_TEXT,
} from '@site/src/data/assessmentText';
import {
  AssessmentImportError,
  SHARE_PARAMETER,
  UTF8_BOM,
  assessmentCsv,
  csvField,
  decodeShareCode,
  encodeShareCode,
  exportJson,
  importJson,
  shareCodeFromQuery,
  toCsv,
  type AssessmentExport,
} from '@site/src/utils/assessmentExchange';

const assessment: AssessmentExport = {
  answers: {'business-goals': 3, 'data-quality': 1, continuity: 4},
  target: 3,
};

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AssessmentImportError) return error.problem;
    throw error;
  }
  return undefined;
}

describe('the JSON file', () => {
  it('reads back what it wrote', () => {
    const file = exportJson(assessment, new Date('2026-04-01T08:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({exportedAt: '2026-04-01T08:00:00.000Z'});
    expect(importJson(file)).toEqual(assessment);
  });

  it.each([
    ['text that is not JSON', 'xin chào', 'not-json'],
    ['another program’s JSON', JSON.stringify({answers: assessment.answers}), 'wrong-format'],
    ['a list', '[]', 'wrong-format'],
  ])('refuses %s', (_, text, problem) => {
    expect(problemOf(() => importJson(text))).toBe(problem);
  });

  it('refuses a file from another version, or with answers the guide does not ask', () => {
    const file = JSON.parse(exportJson(assessment, new Date())) as Record<string, unknown>;
    const edited = (changes: Record<string, unknown>) => JSON.stringify({...file, ...changes});
    expect(problemOf(() => importJson(edited({version: 2})))).toBe('unsupported-version');
    expect(problemOf(() => importJson(edited({answers: {'made-up': 2}})))).toBe('invalid-answers');
    expect(problemOf(() => importJson(edited({answers: {continuity: 0}})))).toBe('invalid-answers');
    expect(problemOf(() => importJson(edited({answers: []})))).toBe('invalid-answers');
    expect(problemOf(() => importJson(edited({target: 9})))).toBe('invalid-answers');
  });

  it('reads a file that an editor saved with a byte order mark', () => {
    expect(importJson(UTF8_BOM + exportJson(assessment, new Date()))).toEqual(assessment);
  });
});

describe('the CSV table', () => {
  it('starts with a byte order mark so Excel shows Vietnamese letters, and ends lines with CRLF', () => {
    const csv = toCsv([
      ['Khía cạnh', 'Mức'],
      ['Văn hóa và thay đổi', 2],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Khía cạnh,Mức\r\nVăn hóa và thay đổi,2\r\n');
  });

  it.each([
    ['Dữ liệu, nền tảng', '"Dữ liệu, nền tảng"'],
    ['Mức "Bài bản"', '"Mức ""Bài bản"""'],
    ['dòng một\ndòng hai', '"dòng một\ndòng hai"'],
    [' khoảng trắng', '" khoảng trắng"'],
    ['Bình thường', 'Bình thường'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1 mức', "'-1 mức"],
  ])('writes %j as %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('the CSV table of a reader’s answers', () => {
  const wording = {
    columns: EXPORT_COLUMNS,
    dimensions: DIMENSION_TEXT,
    questions: QUESTION_TEXT,
    levels: LEVEL_TEXT,
  };
  const lines = assessmentCsv(assessment.answers, wording).slice(1).split('\r\n');

  it('has a header and one row per question, in the form’s order', () => {
    expect(lines[0]).toBe('Khía cạnh,Câu hỏi,Mức,Tên mức,Mô tả mức đã chọn');
    expect(lines).toHaveLength(QUESTION_IDS.length + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('describes each answered question with its level and what that level looks like', () => {
    expect(lines[1]).toBe(
      'Chiến lược và lãnh đạo,Các sáng kiến AI gắn với mục tiêu kinh doanh đến đâu?,3,Bài bản,' +
        'Có chiến lược AI thành văn bản; mỗi ca sử dụng ưu tiên gắn với một mục tiêu kinh doanh và một KPI.',
    );
    const continuity = lines.find((line) => line.includes('người dự phòng không?'));
    expect(continuity).toMatch(/,4,Tích hợp,Mô hình được huấn luyện lại và kiểm định/);
  });

  it('leaves the level cells of unanswered questions empty', () => {
    expect(lines[2]).toBe(
      'Chiến lược và lãnh đạo,"Ở cấp lãnh đạo, ai chịu trách nhiệm giải trình về AI?",,,',
    );
  });
});

describe('the share link', () => {
  it('round-trips the answers and the target', () => {
    const code = encodeShareCode(assessment);
    expect(decodeShareCode(code)).toEqual(assessment);
    expect(shareCodeFromQuery(`?${SHARE_PARAMETER}=${code}`)).toEqual(assessment);
  });

  it('round-trips a target per dimension, as the gap analysis sets them', () => {
    const perDimension: AssessmentExport = {
      answers: {'data-quality': 2},
      target: {'people-skills': 3, operations: 3, 'governance-risk-security': 4},
    };
    expect(decodeShareCode(encodeShareCode(perDimension))).toEqual(perDimension);
    expect(importJson(exportJson(perDimension, new Date()))).toEqual(perDimension);
  });

  it('round-trips a complete assessment and an empty one', () => {
    const answers = Object.fromEntries(QUESTION_IDS.map((q, i) => [q, ((i % 4) + 1) as 1]));
    expect(decodeShareCode(encodeShareCode({answers, target: null}))).toEqual({
      answers,
      target: null,
    });
    expect(decodeShareCode(encodeShareCode({answers: {}, target: null}))).toEqual({
      answers: {},
      target: null,
    });
  });

  it('has no shared assessment when the address has none', () => {
    expect(shareCodeFromQuery('')).toBeNull();
    expect(shareCodeFromQuery('?vai-tro=x')).toBeNull();
  });

  it('refuses a link whose answers were changed by hand', () => {
    const code = encodeShareCode(assessment);
    const digit = code.indexOf('.') + 1;
    const doctored = `${code.slice(0, digit)}4${code.slice(digit + 1)}`;
    expect(code.charAt(digit)).toBe('3');
    expect(problemOf(() => decodeShareCode(doctored))).toBe('damaged-link');
  });

  it.each([
    ['cut short', (code: string) => code.slice(0, 10)],
    ['without its checksum', (code: string) => code.split('-')[0] ?? ''],
    ['with a level out of range', (code: string) => code.replace('.3', '.9')],
    [
      'with a target for only some dimensions',
      (code: string) => code.replace(/^1(\d)\./, '1$1$1.'),
    ],
    ['with a question too many', (code: string) => code.replace('-', '1-')],
  ])('refuses a link %s', (_, doctor) => {
    expect(problemOf(() => decodeShareCode(doctor(encodeShareCode(assessment))))).toBe(
      'damaged-link',
    );
  });
});
