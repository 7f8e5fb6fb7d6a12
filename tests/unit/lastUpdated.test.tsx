import {render} from '@testing-library/react';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import LastUpdated from '@site/src/theme/LastUpdated';

// The theme's class names, without loading the rest of @docusaurus/theme-common.
vi.mock('@docusaurus/theme-common', () => ({
  ThemeClassNames: {common: {lastUpdated: 'theme-last-updated'}},
}));

const site = vi.hoisted(() => ({locale: 'vi', calendar: 'gregory'}));

vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({
    i18n: {
      currentLocale: site.locale,
      defaultLocale: 'vi',
      localeConfigs: {[site.locale]: {htmlLang: site.locale, calendar: site.calendar}},
    },
  }),
}));

// 1 December 2026, late in the evening UTC: already 2 December east of UTC+1.
const LATE_ON_1_DECEMBER = Date.UTC(2026, 11, 1, 23, 30);

beforeEach(() => {
  site.locale = 'vi';
  site.calendar = 'gregory';
});

describe('LastUpdated', () => {
  it('shows the date, in UTC, in a <time> that is valid HTML outside any microdata item', () => {
    const {container} = render(<LastUpdated lastUpdatedAt={LATE_ON_1_DECEMBER} />);
    const line = container.querySelector('.theme-last-updated');
    expect(line).toHaveTextContent(/^Last updated on 1 thg 12, 2026$/);
    const time = line?.querySelector('b > time');
    expect(time).toHaveAttribute('datetime', '2026-12-01T23:30:00.000Z');
    expect(time).toHaveTextContent('1 thg 12, 2026');
    expect(container.querySelector('[itemprop]')).toBeNull();
  });

  it('formats the date for the current locale and its calendar', () => {
    site.locale = 'en';
    const {container, rerender} = render(<LastUpdated lastUpdatedAt={LATE_ON_1_DECEMBER} />);
    expect(container.querySelector('time')).toHaveTextContent(/^Dec 1, 2026$/);
    site.calendar = 'buddhist';
    rerender(<LastUpdated lastUpdatedAt={LATE_ON_1_DECEMBER + 1} />);
    expect(container.querySelector('time')).toHaveTextContent(/2569/);
  });

  it('names the author when given, and leaves out what is missing', () => {
    const {container} = render(<LastUpdated lastUpdatedBy="Lan" />);
    expect(container.querySelector('.theme-last-updated')).toHaveTextContent(
      /^Last updated by Lan$/,
    );
    expect(container.querySelector('time')).toBeNull();
  });
});
