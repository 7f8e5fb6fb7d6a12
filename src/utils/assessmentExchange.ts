import {
  DIMENSION_IDS,
  DIMENSIONS,
  isMaturityLevel,
  QUESTION_IDS,
  type DimensionId,
  type MaturityLevel,
} from '../data/assessment';
import type {
  DIMENSION_TEXT,
  EXPORT_COLUMNS,
  LEVEL_TEXT,
  QUESTION_TEXT,
} from '../data/assessmentText';
import type {Answers, Target} from './assessmentScoring';
import {parseAnswers, parseTarget} from './assessmentStorage';
import {isRecord} from './versionedStorage';

/**
 * Moving a self-assessment out of the browser and back: a JSON file, a CSV table for Excel,
 * and a short code for a share link. Every way in is checked, so a file or link that was
 * edited by hand, cut short or made for something else is refused with a reason the page can
 * show, never half-read.
 */

/** What a JSON file, CSV table or share link could not be read as. */
export type ImportProblem =
  'not-json' | 'wrong-format' | 'unsupported-version' | 'invalid-answers' | 'damaged-link';

export class AssessmentImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`This is not a readiness self-assessment the guide can read: ${problem}`);
    this.name = 'AssessmentImportError';
  }
}

export const EXPORT_FORMAT = 'ai-coe-playbook/readiness-assessment';
export const EXPORT_VERSION = 1;

export interface AssessmentExport {
  readonly answers: Answers;
  /** One level for every dimension, a level per dimension (the gap analysis), or none. */
  readonly target: Target | null;
}

export function exportJson({answers, target}: AssessmentExport, exportedAt: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    target,
    answers,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a file made by exportJson; throws AssessmentImportError for anything else. */
export function importJson(text: string): AssessmentExport {
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AssessmentImportError('not-json');
  }
  if (!isRecord(file) || file.format !== EXPORT_FORMAT) {
    throw new AssessmentImportError('wrong-format');
  }
  if (file.version !== EXPORT_VERSION) throw new AssessmentImportError('unsupported-version');
  const answers = parseAnswers(file.answers);
  const target = parseTarget(file.target ?? null);
  if (!answers || target === undefined) {
    throw new AssessmentImportError('invalid-answers');
  }
  return {answers, target};
}

/** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field: quoted when it holds a comma, quote or line break, or space at either end.
 * Text a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file (RFC 4180 line endings) that Excel opens with Vietnamese letters intact. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The words of the CSV table, in the reader's language (from assessmentText.ts). */
export interface CsvWording {
  readonly columns: typeof EXPORT_COLUMNS;
  readonly dimensions: typeof DIMENSION_TEXT;
  readonly questions: typeof QUESTION_TEXT;
  readonly levels: typeof LEVEL_TEXT;
}

/** One row per question, dimension by dimension; unanswered questions keep empty level cells. */
export function assessmentCsv(answers: Answers, wording: CsvWording): string {
  const {columns, dimensions, questions, levels} = wording;
  const header = [
    columns.dimension,
    columns.question,
    columns.level,
    columns.levelName,
    columns.description,
  ];
  const rows = DIMENSION_IDS.flatMap((dimension) =>
    DIMENSIONS[dimension].questions.map((question) => {
      const level = answers[question];
      const described =
        level === undefined
          ? ['', '', '']
          : [level, levels[level].name, questions[question].levels[level - 1] ?? ''];
      return [dimensions[dimension].name, questions[question].prompt, ...described];
    }),
  );
  return toCsv([header, ...rows]);
}

/**
 * The share code: the scheme's version; the target as nothing, one digit (every dimension) or
 * one digit per dimension in DIMENSION_IDS order (0 for none); a dot; one digit per question
 * in QUESTION_IDS order (0 for unanswered); then a checksum of the lot, so a digit changed by
 * hand is noticed. Reordering or adding questions or dimensions needs a new version.
 */
const SHARE_VERSION = '1';

/** FNV-1a, 32 bits, in base 36: enough to catch a hand-edited or truncated link. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function targetDigits(target: Target | null): string {
  if (target === null) return '';
  if (typeof target === 'number') return String(target);
  return DIMENSION_IDS.map((dimension) => target[dimension] ?? 0).join('');
}

function targetFromDigits(digits: string): Target | null {
  if (digits === '') return null;
  if (digits.length === 1) {
    const level = Number(digits);
    if (!isMaturityLevel(level)) throw new AssessmentImportError('damaged-link');
    return level;
  }
  if (digits.length !== DIMENSION_IDS.length) throw new AssessmentImportError('damaged-link');
  const target: Partial<Record<DimensionId, MaturityLevel>> = {};
  DIMENSION_IDS.forEach((dimension, index) => {
    const level = Number(digits[index]);
    if (isMaturityLevel(level)) target[dimension] = level;
  });
  return target;
}

export function encodeShareCode({answers, target}: AssessmentExport): string {
  const digits = QUESTION_IDS.map((question) => answers[question] ?? 0).join('');
  const payload = `${SHARE_VERSION}${targetDigits(target)}.${digits}`;
  return `${payload}-${checksum(payload)}`;
}

export function decodeShareCode(code: string): AssessmentExport {
  const match = /^(\d)([0-4]*)\.([0-4]+)-([0-9a-z]+)$/.exec(code.trim());
  if (!match) throw new AssessmentImportError('damaged-link');
  const [, version = '', target = '', digits = '', sum = ''] = match;
  if (checksum(`${version}${target}.${digits}`) !== sum) {
    throw new AssessmentImportError('damaged-link');
  }
  if (version !== SHARE_VERSION) throw new AssessmentImportError('unsupported-version');
  if (digits.length !== QUESTION_IDS.length) throw new AssessmentImportError('damaged-link');
  const answers: Answers = {};
  QUESTION_IDS.forEach((question, index) => {
    const level = Number(digits[index]);
    if (isMaturityLevel(level)) answers[question] = level;
  });
  return {answers, target: targetFromDigits(target)};
}

/** The query-string parameter that carries a share code: `?ket-qua=…`. */
export const SHARE_PARAMETER = 'ket-qua';

/** Reads a shared assessment from a page address's query string; null when there is none. */
export function shareCodeFromQuery(search: string): AssessmentExport | null {
  const code = new URLSearchParams(search).get(SHARE_PARAMETER);
  return code === null || code === '' ? null : decodeShareCode(code);
}
