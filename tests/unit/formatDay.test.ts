import {describe, expect, it} from 'vitest';
import {formatDay} from '@site/src/utils/formatDay';

/** Every calendar day from the first of `from` to the last of `to`, as YYYY-MM-DD. */
function daysBetween(from: number, to: number): string[] {
  const days: string[] = [];
  for (let time = Date.UTC(from, 0, 1); time <= Date.UTC(to, 11, 31); time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

describe('formatDay', () => {
  it('writes every day of 2024–2028 as Intl writes a long date, in Vietnamese and English', () => {
    for (const locale of ['vi', 'en']) {
      const intl = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});
      for (const day of daysBetween(2024, 2028)) {
        expect(formatDay(day, locale), `${locale} ${day}`).toBe(
          intl.format(new Date(`${day}T00:00:00Z`)),
        );
      }
    }
  });

  it('with the month short, writes every day of 2024–2028 as Intl does, in both languages', () => {
    for (const locale of ['vi', 'en']) {
      const intl = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (const day of daysBetween(2024, 2028)) {
        expect(formatDay(day, locale, 'short'), `${locale} ${day}`).toBe(
          intl.format(new Date(`${day}T00:00:00Z`)),
        );
      }
    }
  });

  it('writes the day and month without leading zeros', () => {
    expect(formatDay('2026-03-01', 'vi')).toBe('1 tháng 3, 2026');
    expect(formatDay('2026-03-01', 'en')).toBe('March 1, 2026');
  });

  it('refuses what is not a calendar day written YYYY-MM-DD, naming it', () => {
    for (const bad of ['', '2026-13-01', '2026-00-10', '01/03/2026', '2026-03']) {
      expect(() => formatDay(bad, 'vi')).toThrow(/YYYY-MM-DD/);
    }
  });
});
