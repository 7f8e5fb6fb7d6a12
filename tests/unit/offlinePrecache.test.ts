import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  isLastLocaleBuilt,
  readerUrl,
  siteManifestLine,
  siteOutDir,
  toReaderUrls,
} from '@site/src/plugins/offline/precache';

describe('readerUrl', () => {
  it('keeps a page under the address a reader opens (trailingSlash: false)', () => {
    expect(readerUrl('quy-trinh/danh-gia.html')).toBe('quy-trinh/danh-gia');
    expect(readerUrl('en/quy-trinh.html')).toBe('en/quy-trinh');
    expect(readerUrl('search.html')).toBe('search');
  });

  it('leaves folder pages, the 404 page and other files as they are', () => {
    expect(readerUrl('index.html')).toBe('index.html');
    expect(readerUrl('en/index.html')).toBe('en/index.html');
    expect(readerUrl('404.html')).toBe('404.html');
    expect(readerUrl('en/search-index.json')).toBe('en/search-index.json');
    expect(readerUrl('assets/js/main.0a1b2c3d.js')).toBe('assets/js/main.0a1b2c3d.js');
  });

  it('renames every entry of a Workbox list, keeping its revision', () => {
    const {manifest, warnings} = toReaderUrls([
      {url: 'hop-tac.html', revision: 'abc', size: 10},
      {url: 'index.html', revision: 'def', size: 20},
    ]);
    expect(manifest).toEqual([
      {url: 'hop-tac', revision: 'abc', size: 10},
      {url: 'index.html', revision: 'def', size: 20},
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('isLastLocaleBuilt', () => {
  const i18n = {defaultLocale: 'vi', locales: ['vi', 'en']};
  it('is the last language Docusaurus builds: the default one first, then the others', () => {
    expect(isLastLocaleBuilt({...i18n, currentLocale: 'en'})).toBe(true);
    expect(isLastLocaleBuilt({...i18n, currentLocale: 'vi'})).toBe(false);
    expect(
      isLastLocaleBuilt({defaultLocale: 'vi', locales: ['en', 'vi'], currentLocale: 'en'}),
    ).toBe(true);
    expect(isLastLocaleBuilt({defaultLocale: 'vi', locales: ['vi'], currentLocale: 'vi'})).toBe(
      true,
    );
  });
});

describe('siteOutDir', () => {
  it("finds the site's build folder from a language's", () => {
    expect(siteOutDir('/site/build', '/', '/', join)).toBe('/site/build');
    expect(siteOutDir('/site/build/en', '/en/', '/', join)).toBe('/site/build');
    expect(siteOutDir('/site/build/en', '/playbook/en/', '/playbook/', join)).toBe('/site/build');
  });

  it('refuses a language whose base URL is outside the site', () => {
    expect(() => siteOutDir('/elsewhere', '/en/', '/playbook/', join)).toThrow(/not under/);
  });
});

describe('siteManifestLine', () => {
  it('is one line of JavaScript that sets the list for serviceWorker.js', () => {
    const line = siteManifestLine([{url: 'index.html', revision: 'abc'}]);
    expect(line).toBe('self.__AI_COE_SITE_MANIFEST=[{"url":"index.html","revision":"abc"}];\n');
    const self: {__AI_COE_SITE_MANIFEST?: unknown} = {};
    new Function('self', line)(self);
    expect(self.__AI_COE_SITE_MANIFEST).toEqual([{url: 'index.html', revision: 'abc'}]);
  });
});
