import {describe, expect, it} from 'vitest';
import {addressToRestore, notFoundPageForPath} from '@site/src/utils/notFoundLocale';

const bases = ['/', '/en/'];

describe('notFoundPageForPath', () => {
  it('sends an unknown English address to the English 404 page, keeping the address', () => {
    expect(notFoundPageForPath('/en/quy-trinh/khong-co', '/', bases)).toBe(
      '/en/404?from=%2Fen%2Fquy-trinh%2Fkhong-co',
    );
  });

  it('leaves an unknown Vietnamese address on the Vietnamese 404 page', () => {
    expect(notFoundPageForPath('/khong-co', '/', bases)).toBeNull();
  });

  it('does nothing once the English 404 page is shown', () => {
    expect(notFoundPageForPath('/en/404.html', '/en/', bases)).toBeNull();
    expect(notFoundPageForPath('/en/404.html', '/', bases)).toBeNull();
    expect(notFoundPageForPath('/en/404', '/', bases)).toBeNull();
  });

  it('works under a base path', () => {
    expect(
      notFoundPageForPath('/playbook/en/x', '/playbook/', ['/playbook/', '/playbook/en/']),
    ).toBe('/playbook/en/404?from=%2Fplaybook%2Fen%2Fx');
  });
});

describe('addressToRestore', () => {
  it('returns the typed address when it belongs to this locale', () => {
    expect(addressToRestore('?from=%2Fen%2Fmissing', '/en/')).toBe('/en/missing');
  });

  it('refuses addresses outside this locale or protocol-relative ones', () => {
    expect(addressToRestore('?from=%2Fmissing', '/en/')).toBeNull();
    expect(addressToRestore('?from=%2F%2Fevil.example%2F', '/')).toBeNull();
    expect(addressToRestore('', '/en/')).toBeNull();
  });
});
