/** English month names, January first. */
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** How a month is named: in full ("tháng 3", "March") or short ("thg 3", "Mar"). */
export type MonthStyle = 'long' | 'short';

/**
 * A calendar day (YYYY-MM-DD) written the way the page's language writes dates:
 * "1 tháng 3, 2026", "March 1, 2026", or with the month short, "1 thg 3, 2026", "Mar 1, 2026";
 * the same words as Intl's Gregorian long date and short-month date (a unit test holds them
 * equal). Written from the digits rather than through Intl.DateTimeFormat: creating
 * the first formatter loads the browser's calendar data for the language, which took about
 * 150 ms of a phone's main thread while a page with a legal-status notice was starting, and the
 * server's and the browser's copies of that data could word a date differently.
 */
export function formatDay(day: string, locale: string, monthStyle: MonthStyle = 'long'): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date || month > 12 || date > 31) {
    throw new Error(`formatDay: "${day}" is not a calendar day written YYYY-MM-DD`);
  }
  if (locale === 'en') {
    const name = ENGLISH_MONTHS[month - 1] ?? '';
    return `${monthStyle === 'short' ? name.slice(0, 3) : name} ${date}, ${year}`;
  }
  return `${date} ${monthStyle === 'short' ? 'thg' : 'tháng'} ${month}, ${year}`;
}
