// @vitest-environment node
import {describe, expect, it} from 'vitest';
import sidebars from '@site/sidebars';
import {
  builtFileOf,
  correctedTitles,
  createIdAllocator,
  cssString,
  escapeHtml,
  formatEdition,
  HANDBOOK_FILE,
  HANDBOOK_LOCALES,
  handbookPages,
  type LinkContext,
  normalisePath,
  pageNumberProblems,
  resolveLink,
  routeOf,
  sectionIdOf,
  sidebarEntries,
  siteAddress,
  tocModel,
} from '@site/scripts/lib/handbookModel.mjs';
import {sidebarDocIds} from '@site/src/config/siteLayout.mjs';

/**
 * The PDF handbook's plan: its pages in sidebar order, how links of the site become links
 * inside the PDF, unique ids, and the table of contents' model.
 */
const root = process.cwd();

describe('the handbook’s pages', () => {
  it.each(HANDBOOK_LOCALES)(
    '%s: every page of the sidebar, in its order, with its title',
    (locale) => {
      const pages = handbookPages({root, locale, sidebars});
      expect(pages.map((page) => page.docId)).toEqual(sidebarDocIds(sidebars));
      for (const page of pages) expect(page.title, page.docId).not.toBe('');
      expect(new Set(pages.map((page) => page.sectionId)).size).toBe(pages.length);
    },
  );

  it('serves a page at its front matter slug, and groups pages by sidebar category', () => {
    const vietnamese = handbookPages({root, locale: 'vi', sidebars});
    const english = handbookPages({root, locale: 'en', sidebars});
    const overview = vietnamese.find((page) => page.docId === 'quy-trinh/tong-quan');
    expect(overview?.route).toBe('quy-trinh');
    expect(overview?.group?.label).toBe('Quy trình triển khai AI CoE');
    expect(english.find((page) => page.docId === 'quy-trinh/tong-quan')?.group?.label).toBe(
      'The AI CoE process',
    );
    expect(vietnamese.find((page) => page.docId === 'gioi-thieu')?.group).toBeNull();
  });

  it('reads categories at any depth under their top-level category', () => {
    const entries = sidebarEntries({
      main: [
        'a',
        {
          type: 'category',
          label: 'Top',
          key: 'top',
          items: [
            {type: 'doc', id: 'b'},
            {type: 'category', label: 'Inner', items: ['c']},
          ],
        },
        'd',
      ],
    });
    expect(entries.map((entry) => [entry.docId, entry.category?.key ?? null])).toEqual([
      ['a', null],
      ['b', 'top'],
      ['c', 'top'],
      ['d', null],
    ]);
  });

  it('finds a page’s route and built file as Docusaurus does', () => {
    expect(routeOf('quy-trinh/chuan-bi', undefined)).toBe('quy-trinh/chuan-bi');
    expect(routeOf('quy-trinh/tong-quan', '/quy-trinh')).toBe('quy-trinh');
    expect(routeOf('quy-trinh/tong-quan', 'overview')).toBe('quy-trinh/overview');
    expect(routeOf('gioi-thieu', '/')).toBe('');
    expect(builtFileOf('vi', 'quy-trinh')).toBe('quy-trinh.html');
    expect(builtFileOf('en', 'quy-trinh/chuan-bi')).toBe('en/quy-trinh/chuan-bi.html');
    expect(builtFileOf('vi', '')).toBe('index.html');
    expect(sectionIdOf('quy-trinh/chuan-bi')).toBe('quy-trinh-chuan-bi');
  });

  it('names one file per language under handbook/', () => {
    expect(HANDBOOK_FILE).toEqual({
      vi: 'handbook/cam-nang-ai-coe.pdf',
      en: 'handbook/ai-coe-playbook.pdf',
    });
  });
});

describe('links in the handbook', () => {
  const anchors = new Map([
    ['quy-trinh-chuan-bi', new Map([['purpose', 'quy-trinh-chuan-bi--purpose']])],
    [
      'quy-trinh-danh-gia',
      new Map([
        ['checklist', 'quy-trinh-danh-gia--checklist'],
        ['số-liệu', 'quy-trinh-danh-gia--số-liệu'],
      ]),
    ],
  ]);
  const context = (base = '/', locale: 'vi' | 'en' = 'vi'): LinkContext => {
    const prefix = `${base}${locale === 'en' ? 'en/' : ''}`;
    return {
      pageUrl: `https://example.org${prefix}quy-trinh/chuan-bi`,
      sectionId: 'quy-trinh-chuan-bi',
      routes: new Map([
        [`${prefix}quy-trinh`, 'quy-trinh-tong-quan'],
        [`${prefix}quy-trinh/chuan-bi`, 'quy-trinh-chuan-bi'],
        [`${prefix}quy-trinh/danh-gia`, 'quy-trinh-danh-gia'],
        [`${prefix}quy-trinh/ban-do-tuan-thu`, 'quy-trinh-ban-do-tuan-thu'],
      ]),
      anchors,
    };
  };

  it.each([
    ['#purpose', '#quy-trinh-chuan-bi--purpose'],
    ['#no-such-anchor', '#quy-trinh-chuan-bi'],
    ['/quy-trinh/danh-gia', '#quy-trinh-danh-gia'],
    ['/quy-trinh/danh-gia#checklist', '#quy-trinh-danh-gia--checklist'],
    ['./danh-gia#checklist', '#quy-trinh-danh-gia--checklist'],
    ['/quy-trinh/danh-gia#s%E1%BB%91-li%E1%BB%87u', '#quy-trinh-danh-gia--số-liệu'],
    ['/quy-trinh/danh-gia/', '#quy-trinh-danh-gia'],
    ['/quy-trinh/danh-gia.html', '#quy-trinh-danh-gia'],
    ['/quy-trinh', '#quy-trinh-tong-quan'],
    ['/quy-trinh/ban-do-tuan-thu?role=deployer', '#quy-trinh-ban-do-tuan-thu'],
    ['https://example.org/quy-trinh/danh-gia', '#quy-trinh-danh-gia'],
  ])('a link to a page of the handbook, %s, goes inside the PDF: %s', (href, expected) => {
    expect(resolveLink(href, context())).toBe(expected);
  });

  it.each([
    ['/', 'https://example.org/'],
    ['/search?q=AI', 'https://example.org/search?q=AI'],
    ['/en/quy-trinh/chuan-bi', 'https://example.org/en/quy-trinh/chuan-bi'],
    ['/img/logo.svg', 'https://example.org/img/logo.svg'],
  ])('a link to another page of the site, %s, becomes its public address', (href, expected) => {
    expect(resolveLink(href, context())).toBe(expected);
  });

  it.each([
    'https://www.iso.org/standard/81230.html',
    'http://example.com/a#b',
    'mailto:team@example.org',
    'tel:+84000000',
  ])('a link elsewhere, %s, is left as it is', (href) => {
    expect(resolveLink(href, context())).toBe(href);
  });

  it('follows the base URL and the language', () => {
    const forked = context('/playbook/', 'en');
    expect(resolveLink('/playbook/en/quy-trinh/danh-gia#checklist', forked)).toBe(
      '#quy-trinh-danh-gia--checklist',
    );
    expect(resolveLink('../quy-trinh', forked)).toBe('#quy-trinh-tong-quan');
    expect(resolveLink('/playbook/quy-trinh/danh-gia', forked)).toBe(
      'https://example.org/playbook/quy-trinh/danh-gia',
    );
    expect(resolveLink('/quy-trinh/danh-gia', forked)).toBe(
      'https://example.org/quy-trinh/danh-gia',
    );
  });

  it('compares paths as the site serves them', () => {
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('/a/b/')).toBe('/a/b');
    expect(normalisePath('/a/b.html')).toBe('/a/b');
    expect(normalisePath('/a/index.html')).toBe('/a');
    expect(normalisePath('/t%E1%BB%AB')).toBe('/từ');
  });
});

describe('ids in the handbook', () => {
  it('gives each id once, reserved ones never', () => {
    const allocate = createIdAllocator(['hb-cover', 'a--x']);
    expect(allocate('a--purpose')).toBe('a--purpose');
    expect(allocate('a--purpose')).toBe('a--purpose-2');
    expect(allocate('a--purpose')).toBe('a--purpose-3');
    expect(allocate('hb-cover')).toBe('hb-cover-2');
    expect(allocate('a--x')).toBe('a--x-2');
    expect(allocate('a--purpose-2')).toBe('a--purpose-2-2');
  });
});

describe('the table of contents', () => {
  const page = (docId: string, title: string, group: string | null) => ({
    docId,
    sectionId: sectionIdOf(docId),
    route: docId,
    title,
    group: group === null ? null : {key: group, label: group.toUpperCase()},
  });
  const pages = [
    page('a', 'A', null),
    page('p/b', 'B', 'p'),
    page('p/c', 'C', 'p'),
    page('d', 'D', null),
    page('q/e', 'E', 'q'),
  ];

  it('lists every page in order, a category’s pages under its name', () => {
    const numbers = new Map([
      ['a', 3],
      ['p-b', 5],
      ['p-c', 9],
      ['d', 12],
      ['q-e', 20],
    ]);
    expect(tocModel(pages, numbers)).toEqual([
      {kind: 'page', sectionId: 'a', title: 'A', pageNumber: 3},
      {
        kind: 'group',
        label: 'P',
        entries: [
          {kind: 'page', sectionId: 'p-b', title: 'B', pageNumber: 5},
          {kind: 'page', sectionId: 'p-c', title: 'C', pageNumber: 9},
        ],
      },
      {kind: 'page', sectionId: 'd', title: 'D', pageNumber: 12},
      {
        kind: 'group',
        label: 'Q',
        entries: [{kind: 'page', sectionId: 'q-e', title: 'E', pageNumber: 20}],
      },
    ]);
    expect(
      tocModel(pages).flatMap((item) => (item.kind === 'page' ? [item.pageNumber] : [])),
    ).toEqual([null, null]);
  });

  it('accepts page numbers only when every page has one and they go forward', () => {
    const good = new Map([
      ['a', 3],
      ['p-b', 5],
      ['p-c', 9],
      ['d', 12],
      ['q-e', 20],
    ]);
    expect(pageNumberProblems(pages, good)).toEqual([]);
    expect(pageNumberProblems(pages, new Map([...good, ['p-c', 5]]))).toEqual([
      '"C" starts on page 5, not after page 5',
    ]);
    const missing = new Map(good);
    missing.delete('d');
    expect(pageNumberProblems(pages, missing)).toEqual(['"D" (#d) is not found in the PDF']);
  });
});

describe('the bookmarks', () => {
  it('take back the space Chromium drops where a heading wraps, matching headings in order', () => {
    const headings = [
      'Cẩm nang AI CoE',
      'Mục lục',
      'Ví dụ xuyên suốt: một doanh nghiệp đi qua bốn giai đoạn',
      'Bối cảnh',
      'Danh sách kiểm tra',
      'Danh sách kiểm tra',
    ];
    expect(
      correctedTitles(
        [
          'Cẩm nang AI CoE',
          'Mục lục',
          'Ví dụ xuyên suốt: một doanh nghiệpđi qua bốn giai đoạn',
          'Bối cảnh',
          'Danh sáchkiểm tra',
          'Danh sách kiểm tra',
          'Not a heading',
        ],
        headings,
      ),
    ).toEqual([...headings, 'Not a heading']);
  });

  it('never takes a heading that comes before the last one matched', () => {
    expect(correctedTitles(['B', 'A'], ['A', 'B'])).toEqual(['B', 'A']);
    expect(correctedTitles(['A B', 'AB'], ['A B', 'A  B'])).toEqual(['A B', 'A  B']);
  });
});

describe('text in the handbook’s CSS and HTML', () => {
  it('quotes a running header safely', () => {
    expect(cssString('Chuẩn Bị')).toBe('"Chuẩn Bị"');
    expect(cssString('Say "hi" \\ bye')).toBe('"Say \\"hi\\" \\\\ bye"');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });

  it('writes the edition and the address as each language does', () => {
    expect(formatEdition('2026-12-01', 'vi')).toBe('ngày 1 tháng 12 năm 2026');
    expect(formatEdition('2026-12-01', 'en')).toBe('December 1, 2026');
    expect(siteAddress({url: 'https://example.org', baseUrl: '/'}, 'vi')).toBe(
      'https://example.org/',
    );
    expect(siteAddress({url: 'https://example.org', baseUrl: '/p/'}, 'en')).toBe(
      'https://example.org/p/en/',
    );
  });
});
