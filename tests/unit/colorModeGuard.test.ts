import {afterEach, describe, expect, it, vi} from 'vitest';
import {colorModeGuardScript} from '@site/src/plugins/color-mode-guard/guardScript';

const KEY = 'theme-2ab';
const script = colorModeGuardScript({type: 'localStorage', namespace: '-2ab'});
const run = (): void => {
  new Function(script)();
};

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('the colour-mode guard run before Docusaurus sets <html data-theme>', () => {
  it.each(['light', 'dark'])('keeps a stored "%s"', (mode) => {
    localStorage.setItem(KEY, mode);
    run();
    expect(localStorage.getItem(KEY)).toBe(mode);
  });

  it.each([
    '{"unterminated',
    '',
    'null',
    'Dark',
    '<img src=x onerror=alert(1)>',
    'x'.repeat(10_000),
  ])('drops a stored %j, so the reader’s system setting applies', (damaged) => {
    localStorage.setItem(KEY, damaged);
    localStorage.setItem('unrelated', damaged);
    run();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem('unrelated'), 'other keys are not its business').toBe(damaged);
  });

  it('reads the storage and key the site is configured with', () => {
    sessionStorage.setItem('theme', 'broken');
    new Function(colorModeGuardScript({type: 'sessionStorage', namespace: ''}))();
    expect(sessionStorage.getItem('theme')).toBeNull();
  });

  it('takes an unknown ?docusaurus-theme out of the address and keeps the rest', () => {
    window.history.replaceState(null, '', '/quy-trinh?docusaurus-theme=%7Bbroken&q=ai#steps');
    run();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/quy-trinh?q=ai#steps',
    );
  });

  it('leaves a known ?docusaurus-theme alone', () => {
    window.history.replaceState(null, '', '/quy-trinh?docusaurus-theme=dark');
    run();
    expect(window.location.search).toBe('?docusaurus-theme=dark');
  });

  it('does not throw when the storage cannot be read (a private window, blocked cookies)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(run).not.toThrow();
  });
});
