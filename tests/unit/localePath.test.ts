import {describe, expect, it} from 'vitest';
import {pathInLocale} from '@site/src/utils/localePath';

describe('pathInLocale', () => {
  it('moves an English page to the same page of the Vietnamese site', () => {
    expect(pathInLocale('/en/quy-trinh/chuan-bi', '/en/', '/')).toBe('/quy-trinh/chuan-bi');
    expect(pathInLocale('/en/gioi-thieu', '/en/', '/')).toBe('/gioi-thieu');
  });

  it('moves a Vietnamese page to the English site', () => {
    expect(pathInLocale('/quy-trinh/chuan-bi', '/', '/en/')).toBe('/en/quy-trinh/chuan-bi');
  });

  it('keeps a site base path', () => {
    expect(pathInLocale('/playbook/en/hop-tac', '/playbook/en/', '/playbook/')).toBe(
      '/playbook/hop-tac',
    );
  });

  it('maps a locale home page to the other home page', () => {
    expect(pathInLocale('/en/', '/en/', '/')).toBe('/');
  });

  it('leads a path outside the current locale to the other home page', () => {
    expect(pathInLocale('/en', '/en/', '/')).toBe('/');
    expect(pathInLocale('/other/page', '/playbook/en/', '/playbook/')).toBe('/playbook/');
  });
});
