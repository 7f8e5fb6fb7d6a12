import type {AnchorHTMLAttributes, ReactNode} from 'react';
import {render, screen, waitFor} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import HandbookDownload from '@site/src/components/page/HandbookDownload';
import {
  formatEdition,
  formatFileSize,
  HANDBOOK_FILE,
  HANDBOOK_MANIFEST,
  handbookDetails,
} from '@site/src/components/page/HandbookDownload/handbook';
import * as handbookModel from '../../scripts/lib/handbookModel.mjs';

// The page's language and the site's base URL, changed per test.
const site = vi.hoisted(() => ({locale: 'vi', baseUrl: '/'}));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({
    i18n: {
      currentLocale: site.locale,
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
      localeConfigs: {
        vi: {htmlLang: 'vi', baseUrl: site.baseUrl},
        en: {htmlLang: 'en', baseUrl: `${site.baseUrl}en/`},
      },
    },
  }),
}));
// Like the shared stub, plus what the component asks of the real Link: no base URL added.
vi.mock('@docusaurus/Link', () => ({
  default: ({
    to,
    autoAddBaseUrl,
    children,
    ...rest
  }: AnchorHTMLAttributes<HTMLAnchorElement> & {
    to: string;
    autoAddBaseUrl?: boolean;
    children?: ReactNode;
  }) => (
    // eslint-disable-next-line @docusaurus/no-html-links -- a stand-in for Link itself
    <a
      href={to.replace(/^pathname:\/\//, '')}
      data-auto-add-base-url={String(autoAddBaseUrl)}
      {...rest}
    >
      {children}
    </a>
  ),
}));

/** Intl separates number and unit with a no-break space in some languages. */
const plain = (text: string | null | undefined): string => (text ?? '').replace(/\u00a0/g, ' ');

const MANIFEST = {
  vi: {file: 'handbook/cam-nang-ai-coe.pdf', bytes: 2_400_000, pages: 120, edition: '2026-12-01'},
  en: {file: 'handbook/ai-coe-playbook.pdf', bytes: 2_350_000, pages: 118, edition: '2026-12-01'},
};

/** A fetch that answers handbook.json with `answer`, recorded to check the address asked. */
function serve(answer: () => Promise<unknown>) {
  const fetchMock = vi.fn(answer);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const ok = (json: () => Promise<unknown>) => async () => ({ok: true, status: 200, json});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  site.locale = 'vi';
  site.baseUrl = '/';
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(consoleError, 'the component logged an error').not.toHaveBeenCalled();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('formatFileSize', () => {
  it('writes megabytes with one decimal the way each language does', () => {
    expect(plain(formatFileSize(2_400_000, 'vi'))).toBe('2,4 MB');
    expect(plain(formatFileSize(2_400_000, 'en'))).toBe('2.4 MB');
    expect(plain(formatFileSize(12_345_678, 'vi'))).toBe('12,3 MB');
    expect(plain(formatFileSize(1_000_000, 'en'))).toBe('1.0 MB');
  });

  it('writes kilobytes under a megabyte, never zero', () => {
    expect(plain(formatFileSize(850_000, 'vi'))).toBe('850 kB');
    expect(plain(formatFileSize(12, 'en'))).toBe('1 kB');
  });
});

describe('formatEdition', () => {
  it('writes the date the way each language does, whatever the time zone', () => {
    expect(formatEdition('2026-12-01', 'vi')).toBe('01/12/2026');
    expect(formatEdition('2026-12-01', 'en')).toBe('Dec 1, 2026');
    expect(formatEdition('2027-01-31', 'vi')).toBe('31/01/2027');
  });
});

describe('handbookDetails', () => {
  it('reads the entry of the language asked for', () => {
    expect(handbookDetails(MANIFEST, 'vi')).toEqual({
      file: 'handbook/cam-nang-ai-coe.pdf',
      bytes: 2_400_000,
      edition: '2026-12-01',
    });
    expect(handbookDetails(MANIFEST, 'en')?.file).toBe('handbook/ai-coe-playbook.pdf');
  });

  it.each([
    ['not an object', 'PDF'],
    ['null', null],
    ['a list', [MANIFEST.vi]],
    ['no entry for the language', {en: MANIFEST.en}],
    ['an entry that is not an object', {vi: 'handbook/cam-nang-ai-coe.pdf'}],
    ['a file elsewhere', {vi: {...MANIFEST.vi, file: 'https://example.org/x.pdf'}}],
    ['a file above handbook/', {vi: {...MANIFEST.vi, file: 'handbook/../x.pdf'}}],
    ['a file that is not a PDF', {vi: {...MANIFEST.vi, file: 'handbook/x.html'}}],
    ['a size as text', {vi: {...MANIFEST.vi, bytes: '2400000'}}],
    ['a size of zero', {vi: {...MANIFEST.vi, bytes: 0}}],
    ['a fractional size', {vi: {...MANIFEST.vi, bytes: 1.5}}],
    ['a date that does not exist', {vi: {...MANIFEST.vi, edition: '2026-02-30'}}],
    ['a date in another format', {vi: {...MANIFEST.vi, edition: '01/12/2026'}}],
  ])('gives nothing for %s', (_case, json) => {
    expect(handbookDetails(json, 'vi')).toBeNull();
  });
});

describe('the PDF names', () => {
  it('are those the handbook build writes', () => {
    expect(HANDBOOK_FILE).toEqual(handbookModel.HANDBOOK_FILE);
    expect(HANDBOOK_MANIFEST).toBe(handbookModel.HANDBOOK_MANIFEST);
  });
});

describe('HandbookDownload', () => {
  const link = () => screen.getByRole('link', {name: 'Tải cẩm nang'});

  it('links the Vietnamese PDF at once, as a download, and adds its size and edition', async () => {
    const fetchMock = serve(ok(async () => MANIFEST));
    render(<HandbookDownload />);
    expect(link()).toHaveAttribute('href', '/handbook/cam-nang-ai-coe.pdf');
    expect(link()).toHaveAttribute('download');
    expect(link()).toHaveAttribute('type', 'application/pdf');
    expect(link()).toHaveAttribute('hreflang', 'vi');
    expect(link()).toHaveAttribute('data-auto-add-base-url', 'false');
    await waitFor(() =>
      expect(plain(link().parentElement?.textContent)).toBe(
        'Tải cẩm nang PDF · 2,4 MB · ấn bản 01/12/2026',
      ),
    );
    expect(fetchMock).toHaveBeenCalledWith('/handbook/handbook.json', expect.anything());
    expect(screen.getByText('01/12/2026').closest('time')).toHaveAttribute(
      'datetime',
      '2026-12-01',
    );
    // The details are the link's description for screen readers.
    const details = document.getElementById(link().getAttribute('aria-describedby') ?? '');
    expect(plain(details?.textContent)).toBe('PDF · 2,4 MB · ấn bản 01/12/2026');
  });

  it('links the English PDF at the site root, not under /en/, with English formats', async () => {
    site.locale = 'en';
    site.baseUrl = '/playbook/';
    const fetchMock = serve(ok(async () => MANIFEST));
    render(<HandbookDownload />);
    expect(link()).toHaveAttribute('href', '/playbook/handbook/ai-coe-playbook.pdf');
    expect(link()).toHaveAttribute('hreflang', 'en');
    await waitFor(() => expect(plain(link().parentElement?.textContent)).toContain('2.4 MB'));
    expect(link().parentElement).toHaveTextContent('Dec 1, 2026');
    expect(fetchMock).toHaveBeenCalledWith('/playbook/handbook/handbook.json', expect.anything());
  });

  it.each([
    ['handbook.json is malformed', ok(() => Promise.reject(new SyntaxError('Unexpected token')))],
    ['handbook.json has no entry for the language', ok(async () => ({en: MANIFEST.en}))],
    ['handbook.json has the wrong shape', ok(async () => ({vi: {file: 42}}))],
    ['handbook.json is missing', async () => ({ok: false, status: 404, json: async () => null})],
    ['the network is down', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('keeps the plain link when %s', async (_case, answer) => {
    const fetchMock = serve(answer);
    render(<HandbookDownload />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    // Let the answer settle before looking.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(link()).toHaveAttribute('href', '/handbook/cam-nang-ai-coe.pdf');
    expect(plain(link().parentElement?.textContent)).toBe('Tải cẩm nang PDF');
  });

  it('stops listening when it leaves the page', async () => {
    let signal: AbortSignal | undefined;
    const fetchMock = vi.fn((_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => undefined);
    });
    vi.stubGlobal('fetch', fetchMock);
    const {unmount} = render(<HandbookDownload />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    unmount();
    expect(signal?.aborted).toBe(true);
  });
});
