/**
 * A calendar day (YYYY-MM-DD) written the way the page's language writes dates:
 * "1 tháng 3, 2026", "March 1, 2026". Read and written in UTC, so the server's
 * rendering and the reader's browser never disagree by a day.
 */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(
    new Date(`${day}T00:00:00Z`),
  );
}
