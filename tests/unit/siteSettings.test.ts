import {describe, expect, it} from 'vitest';
import {
  DEFAULT_SITE_SETTINGS,
  editUrlBase,
  resolveSiteSettings,
} from '@site/src/config/siteSettings';

describe('resolveSiteSettings', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(resolveSiteSettings({})).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it('treats blank variables as unset', () => {
    expect(resolveSiteSettings({SITE_URL: '  ', BASE_URL: '', GITHUB_REPOSITORY: ' '})).toEqual(
      DEFAULT_SITE_SETTINGS,
    );
  });

  it('takes a fork’s URL, base path and repository from the environment', () => {
    const settings = resolveSiteSettings({
      SITE_URL: 'https://acme.github.io/',
      BASE_URL: 'ai-coe-playbook',
      GITHUB_REPOSITORY: 'acme/ai-coe-playbook',
      EDIT_BRANCH: 'develop',
    });
    expect(settings).toEqual({
      url: 'https://acme.github.io',
      baseUrl: '/ai-coe-playbook/',
      repository: 'acme/ai-coe-playbook',
      editBranch: 'develop',
    });
    expect(editUrlBase(settings)).toBe('https://github.com/acme/ai-coe-playbook/edit/develop/');
  });

  it.each([
    ['/', '/'],
    ['/docs', '/docs/'],
    ['docs/', '/docs/'],
    ['//guide//vi//', '/guide/vi/'],
  ])('normalises BASE_URL %s to %s', (raw, expected) => {
    expect(resolveSiteSettings({BASE_URL: raw}).baseUrl).toBe(expected);
  });

  it('explains what is wrong with a bad SITE_URL', () => {
    expect(() => resolveSiteSettings({SITE_URL: 'acme.github.io'})).toThrow(/absolute URL/);
    expect(() => resolveSiteSettings({SITE_URL: 'ftp://acme.org'})).toThrow(/https:\/\//);
    expect(() => resolveSiteSettings({SITE_URL: 'https://acme.github.io/guide'})).toThrow(
      /put the path "\/guide" in BASE_URL/,
    );
  });

  it('rejects a BASE_URL with characters a URL path cannot hold', () => {
    expect(() => resolveSiteSettings({BASE_URL: '/my guide/'})).toThrow(/BASE_URL may hold only/);
  });

  it('rejects a repository that is not owner/name', () => {
    expect(() => resolveSiteSettings({GITHUB_REPOSITORY: 'https://github.com/acme/x'})).toThrow(
      /owner\/name/,
    );
  });
});
