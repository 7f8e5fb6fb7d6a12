import {describe, expect, it} from 'vitest';
import {
  assembleSections,
  handbookHtml,
  pageRules,
  prepareArticle,
  renameIds,
  SITE_CHROME,
} from '@site/scripts/lib/handbookDom.mjs';
import {
  createIdAllocator,
  type HandbookPage,
  SITE_IDENTITY,
} from '@site/scripts/lib/handbookModel.mjs';

/**
 * Putting the built pages together into the handbook's one document: the site's chrome goes,
 * every id is unique, every reference and link follows its target.
 */
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** A built page of the guide, as Docusaurus writes it, reduced to what matters here. */
function builtPage(body: string): Document {
  return parse(`<!doctype html><html lang="vi"><head><link rel="stylesheet" href="/assets/css/s.css"></head>
<body><nav class="navbar">menu</nav><main><article>
<nav class="theme-doc-breadcrumbs"><a href="/">Trang chủ</a></nav>
<div class="theme-doc-toc-mobile"><button type="button">Trên trang này</button></div>
<div class="theme-doc-markdown markdown">${body}</div>
<footer class="theme-doc-footer"><a href="https://github.com/x/edit">Sửa trang này</a></footer>
</article><nav class="pagination-nav"><a href="/b">Tiếp</a></nav></main></body></html>`);
}

const page = (docId: string, title: string, route = docId): HandbookPage => ({
  docId,
  sectionId: docId.replace(/\//g, '-'),
  route,
  title,
  group: null,
});

const pageOne = page('quy-trinh/chuan-bi', 'Chuẩn Bị');
const pageTwo = page('quy-trinh/danh-gia', 'Đánh Giá');
const overview = page('quy-trinh/tong-quan', 'Tổng quan', 'quy-trinh');

const built = new Map<string, string>([
  [
    pageOne.docId,
    `<header><h1>Chuẩn Bị</h1></header>
<h2 id="purpose">Mục đích<a href="#purpose" class="hash-link" aria-label="Đường dẫn">&#8203;</a></h2>
<p>Xem <a href="/quy-trinh/danh-gia#checklist">danh sách kiểm tra</a>, <a href="./danh-gia">Đánh Giá</a>,
<a href="/quy-trinh">tổng quan</a>, <a href="#purpose">mục đích</a>, <a href="/">trang chủ</a>
và <a href="https://www.iso.org/standard/81230.html" target="_blank" rel="noopener">ISO/IEC 42001</a>.</p>
<details><summary>Chi tiết</summary><p>Ẩn</p></details>
<img src="../img/so-do.png" loading="lazy" decoding="async" alt="Sơ đồ">
<h2 id="checklist">Danh sách kiểm tra</h2><ul><li>Một</li></ul>`,
  ],
  [
    pageTwo.docId,
    `<header><h1>Đánh Giá</h1></header>
<h2 id="purpose">Mục đích</h2>
<figure><svg aria-labelledby="t d"><title id="t">Chu trình</title><desc id="d">Bốn giai đoạn</desc>
<defs><marker id="arrow"><path d="M0 0"/></marker></defs><path marker-end="url(#arrow)" style="stroke: url('#arrow')"/>
<use href="#arrow"/></svg></figure>
<table><tr><th id="h1">Cột</th></tr><tr><td headers="h1">Ô</td></tr></table>
<label for="field">Nhãn</label><input id="field">
<h2 id="checklist">Danh sách kiểm tra</h2><p><a href="/quy-trinh/chuan-bi#purpose">Quay lại</a></p>`,
  ],
  [overview.docId, `<header><h1>Tổng quan</h1></header><p>Bốn giai đoạn.</p>`],
]);

function assemble(pages: HandbookPage[] = [pageOne, pageTwo, overview]) {
  return assembleSections({
    pages,
    documentOf: (p) => builtPage(built.get(p.docId)!),
    pageUrlOf: (p) => `https://example.org/${p.route}`,
  });
}

function handbook(pageNumbers?: Map<string, number>) {
  const sections = assemble();
  return parse(
    handbookHtml({
      locale: 'vi',
      identity: SITE_IDENTITY.vi,
      edition: '2026-12-01',
      address: 'https://example.org/',
      logo: '/img/logo.svg',
      stylesheets: ['/assets/css/s.css'],
      css: '.hb-cover {}',
      sections,
      pageNumbers,
    }),
  );
}

describe('a page’s article in the handbook', () => {
  it('keeps the article and drops the site’s chrome', () => {
    const [first] = assemble();
    const section = parse(`<div>${first!.html}</div>`);
    for (const selector of SITE_CHROME) {
      expect(section.querySelector(selector), selector).toBeNull();
    }
    expect(section.body.textContent).not.toContain('\u200b');
    expect(section.body.textContent).not.toContain('Trang chủ');
    expect(section.querySelector('h1')?.textContent).toBe('Chuẩn Bị');
    expect(section.querySelector('details')?.hasAttribute('open')).toBe(true);
  });

  it('loads images at once, from the server that serves the build', () => {
    const section = parse(`<div>${assemble()[0]!.html}</div>`);
    const image = section.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('/img/so-do.png');
    expect(image.getAttribute('loading')).toBe('eager');
    expect(image.hasAttribute('decoding')).toBe(false);
  });

  it('renames ids and every reference to them, links aside', () => {
    const {body} = parse(
      `<div id="root">${built.get(pageTwo.docId)!}<a href="#purpose">x</a></div>`,
    );
    const root = body.firstElementChild!;
    const renamed = renameIds(root, (id) => `two--${id}`);
    expect(renamed.get('arrow')).toBe('two--arrow');
    expect(root.getAttribute('id')).toBe('root');
    expect(root.querySelector('svg')!.getAttribute('aria-labelledby')).toBe('two--t two--d');
    expect(root.querySelector('path[marker-end]')!.getAttribute('marker-end')).toBe(
      'url(#two--arrow)',
    );
    expect(root.querySelector('path[marker-end]')!.getAttribute('style')).toBe(
      "stroke: url('#two--arrow')",
    );
    expect(root.querySelector('use')!.getAttribute('href')).toBe('#two--arrow');
    expect(root.querySelector('td')!.getAttribute('headers')).toBe('two--h1');
    expect(root.querySelector('label')!.getAttribute('for')).toBe('two--field');
    expect(root.querySelector('a[href^="#"]')!.getAttribute('href')).toBe('#purpose');
  });

  it('makes ids unique across pages that share anchors', () => {
    const allocate = createIdAllocator(['quy-trinh-chuan-bi']);
    const one = builtPage('<h2 id="purpose">A</h2><h3 id="purpose">dup</h3>').querySelector(
      'article',
    )!;
    const two = builtPage('<h2 id="purpose">B</h2>').querySelector('article')!;
    const first = prepareArticle(one, {sectionId: 'a', pageUrl: 'https://example.org/a', allocate});
    const second = prepareArticle(two, {
      sectionId: 'a',
      pageUrl: 'https://example.org/a',
      allocate,
    });
    expect(first.get('purpose')).toBe('a--purpose');
    expect(second.get('purpose')).toBe('a--purpose-3');
    const ids = [
      ...Array.from(one.querySelectorAll('[id]')),
      ...Array.from(two.querySelectorAll('[id]')),
    ].map((e) => e.id);
    expect(ids).toEqual(['a--purpose', 'a--purpose-2', 'a--purpose-3']);
  });
});

describe('the handbook’s document', () => {
  it('has every id once, and every link inside it reaches an element', () => {
    const document = handbook();
    const ids = Array.from(document.querySelectorAll('[id]')).map((element) => element.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size, 'duplicate ids').toBe(ids.length);
    const internal = Array.from(document.querySelectorAll('a[href^="#"]')).map((link) =>
      link.getAttribute('href')!,
    );
    expect(internal.length).toBeGreaterThan(6);
    for (const href of internal) {
      expect(document.getElementById(href.slice(1)), href).not.toBeNull();
    }
  });

  it('points links between pages, and to their sections, inside the PDF', () => {
    const document = handbook();
    const hrefs = (sectionId: string) =>
      Array.from(document.querySelectorAll(`#${sectionId} a`)).map((link) =>
        link.getAttribute('href'),
      );
    expect(hrefs('quy-trinh-chuan-bi')).toEqual([
      '#quy-trinh-danh-gia--checklist',
      '#quy-trinh-danh-gia',
      '#quy-trinh-tong-quan',
      '#quy-trinh-chuan-bi--purpose',
      'https://example.org/',
      'https://www.iso.org/standard/81230.html',
    ]);
    expect(hrefs('quy-trinh-danh-gia')).toEqual(['#quy-trinh-chuan-bi--purpose']);
    const outside = document.querySelector('a[href^="https://www.iso.org"]')!;
    expect(outside.getAttribute('target')).toBe('_blank');
    const inside = document.querySelector('a[href="#quy-trinh-danh-gia"]')!;
    expect(inside.hasAttribute('target')).toBe(false);
  });

  it('opens with a cover and a table of contents of every page, in order, with page numbers', () => {
    const document = handbook(
      new Map([
        ['quy-trinh-chuan-bi', 3],
        ['quy-trinh-danh-gia', 7],
        ['quy-trinh-tong-quan', 12],
      ]),
    );
    const main = document.querySelector('main')!;
    expect(Array.from(main.children).map((child) => child.id)).toEqual([
      'hb-cover',
      'hb-contents',
      'quy-trinh-chuan-bi',
      'quy-trinh-danh-gia',
      'quy-trinh-tong-quan',
    ]);
    const cover = document.getElementById('hb-cover')!;
    expect(cover.textContent).toContain(SITE_IDENTITY.vi.title);
    expect(cover.textContent).toContain(SITE_IDENTITY.vi.tagline);
    expect(cover.textContent).toContain('Ấn bản ngày 1 tháng 12 năm 2026');
    expect(cover.querySelector('a[href="https://example.org/"]')).not.toBeNull();
    const entries = Array.from(document.querySelectorAll('.hb-toc__entry a')).map((link) => [
      link.getAttribute('href'),
      link.querySelector('.hb-toc__title')!.textContent,
      link.querySelector('.hb-toc__page')!.textContent,
    ]);
    expect(entries).toEqual([
      ['#quy-trinh-chuan-bi', 'Chuẩn Bị', '3'],
      ['#quy-trinh-danh-gia', 'Đánh Giá', '7'],
      ['#quy-trinh-tong-quan', 'Tổng quan', '12'],
    ]);
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
    expect(document.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe(
      '/assets/css/s.css',
    );
  });

  it('gives each page a running header with its own title', () => {
    const rules = pageRules({
      locale: 'en',
      identity: SITE_IDENTITY.en,
      edition: '2026-12-01',
      address: 'https://example.org/en/',
      logo: '/img/logo.svg',
      stylesheets: [],
      css: '',
      sections: [
        {page: page('a', 'Plan "B"'), html: ''},
        {page: page('b', 'Assess'), html: ''},
      ],
    });
    expect(rules).toContain('@page hb-page-1 { @top-left { content: "Plan \\"B\\""; } }');
    expect(rules).toContain('.hb-page-2 { page: hb-page-2; }');
    expect(rules).toContain('@top-left { content: "Assess"; }');
    expect(rules).toContain('"Page " counter(page) " of " counter(pages)');
    expect(rules).toContain('AI CoE Playbook · Edition December 1, 2026');
    expect(rules).toContain(
      '@page hb-cover { @top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }',
    );
  });
});
