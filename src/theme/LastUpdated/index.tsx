/**
 * Ejected from @docusaurus/theme-classic 3.10.2 (`docusaurus swizzle @docusaurus/theme-classic
 * LastUpdated --eject`; neither wrapping nor ejecting is marked safe, and a wrapper cannot
 * remove an attribute). Two changes from the original, both kept when upgrading:
 * - the `<time>` has no `itemprop="dateModified"`: no element of the page has `itemscope`,
 *   so the attribute described nothing and made every page with a date invalid HTML;
 * - the date format is built here with public APIs instead of `useDateTimeFormat` from the
 *   unversioned `@docusaurus/theme-common/internal` (same locale, calendar and options); in the
 *   Gregorian calendar the site uses, it is written by formatDay, without the first
 *   Intl.DateTimeFormat that cost a phone's main thread about 150 ms while the page started.
 * On upgrading Docusaurus, compare with the new original and carry over any other change.
 */
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {ThemeClassNames} from '@docusaurus/theme-common';
import type {Props} from '@theme/LastUpdated';
import {formatDay} from '@site/src/utils/formatDay';

function LastUpdatedAtDate({lastUpdatedAt}: {lastUpdatedAt: number}): ReactNode {
  const {
    i18n: {currentLocale, localeConfigs},
  } = useDocusaurusContext();
  const atDate = new Date(lastUpdatedAt);
  const calendar = localeConfigs[currentLocale]?.calendar ?? 'gregory';
  const formattedLastUpdatedAt =
    calendar === 'gregory'
      ? formatDay(atDate.toISOString().slice(0, 10), currentLocale, 'short')
      : new Intl.DateTimeFormat(currentLocale, {
          calendar,
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(atDate);

  return (
    <Translate
      id="theme.lastUpdated.atDate"
      description="The words used to describe on which date a page has been last updated"
      values={{
        date: (
          <b>
            <time dateTime={atDate.toISOString()}>{formattedLastUpdatedAt}</time>
          </b>
        ),
      }}
    >
      {' on {date}'}
    </Translate>
  );
}

function LastUpdatedByUser({lastUpdatedBy}: {lastUpdatedBy: string}): ReactNode {
  return (
    <Translate
      id="theme.lastUpdated.byUser"
      description="The words used to describe by who the page has been last updated"
      values={{
        user: <b>{lastUpdatedBy}</b>,
      }}
    >
      {' by {user}'}
    </Translate>
  );
}

export default function LastUpdated({lastUpdatedAt, lastUpdatedBy}: Props): ReactNode {
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{
          atDate: lastUpdatedAt ? <LastUpdatedAtDate lastUpdatedAt={lastUpdatedAt} /> : '',
          byUser: lastUpdatedBy ? <LastUpdatedByUser lastUpdatedBy={lastUpdatedBy} /> : '',
        }}
      >
        {'Last updated{atDate}{byUser}'}
      </Translate>
      {process.env.NODE_ENV === 'development' && (
        <div>
          {/* eslint-disable-next-line @docusaurus/no-untranslated-text */}
          <small> (Simulated during dev for better perf)</small>
        </div>
      )}
    </span>
  );
}
