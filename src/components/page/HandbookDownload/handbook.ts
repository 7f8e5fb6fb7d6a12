// The PDF handbooks as the download links see them: scripts/build-handbook.mjs writes the
// PDFs and handbook.json into build/handbook/ after the site is built, so the links know
// the files' names in advance and read their size and edition at runtime.

export type HandbookLocale = 'vi' | 'en';

/**
 * Each language's PDF, relative to the site's base URL. The same names as HANDBOOK_FILE in
 * scripts/lib/handbookModel.mjs, which writes them (tests/unit/handbookDownload.test.tsx
 * checks that the two agree); repeated here because that module reads the disk.
 */
export const HANDBOOK_FILE: Readonly<Record<HandbookLocale, string>> = {
  vi: 'handbook/cam-nang-ai-coe.pdf',
  en: 'handbook/ai-coe-playbook.pdf',
};

/** The details of both PDFs, relative to the site's base URL. */
export const HANDBOOK_MANIFEST = 'handbook/handbook.json';

/** One language's entry in handbook.json, as far as the links use it. */
export interface HandbookDetails {
  /** Relative to the site's base URL, like HANDBOOK_FILE. */
  readonly file: string;
  readonly bytes: number;
  /** YYYY-MM-DD */
  readonly edition: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The entry for `locale` in a parsed handbook.json, or null when it is missing or does not
 * look right: a file under handbook/ ending in .pdf (never an address elsewhere), a whole
 * number of bytes above zero and a real calendar date. The links then show without details.
 */
export function handbookDetails(json: unknown, locale: HandbookLocale): HandbookDetails | null {
  if (!isRecord(json)) return null;
  const entry = json[locale];
  if (!isRecord(entry)) return null;
  const {file, bytes, edition} = entry;
  if (typeof file !== 'string' || !/^handbook\/[A-Za-z0-9._-]+\.pdf$/.test(file)) return null;
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes <= 0) return null;
  if (typeof edition !== 'string' || editionDate(edition) === null) return null;
  return {file, bytes, edition};
}

/** The date of an edition written YYYY-MM-DD, at midnight UTC, or null if there is no such day. */
function editionDate(edition: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(edition);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : null;
}

const INTL_LOCALE: Readonly<Record<HandbookLocale, string>> = {vi: 'vi-VN', en: 'en-US'};

/**
 * A file's size as readers of the language write it, in decimal units as file managers show
 * them: "2,4 MB" (Vietnamese) or "2.4 MB" (English); under a megabyte, "850 kB".
 */
export function formatFileSize(bytes: number, locale: HandbookLocale): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes < 1) {
    return new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    }).format(Math.max(1, Math.round(bytes / 1000)));
  }
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(megabytes);
}

/** An edition's date as readers of the language write it: "01/12/2026" or "Dec 1, 2026". */
export function formatEdition(edition: string, locale: HandbookLocale): string {
  const date = editionDate(edition);
  if (!date) return edition;
  return new Intl.DateTimeFormat(
    INTL_LOCALE[locale],
    locale === 'vi'
      ? {day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC'}
      : {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'},
  ).format(date);
}
