import {describe, expect, it} from 'vitest';
import {EXCERPT_LENGTH, extractSections} from '@site/src/plugins/search/extractSections';
import {routeFile} from '@site/src/plugins/search';

const PAGE = `<!doctype html><html><head><title>x</title><script>var skipped = 1;</script></head><body>
<nav class="navbar">Tìm kiếm Giới thiệu</nav>
<aside class="theme-doc-sidebar-container">Sidebar words</aside>
<article><nav aria-label="Breadcrumbs">Trang chủ</nav>
<div class="theme-doc-markdown markdown"><header><h1>Chuẩn Bị</h1></header>
<p>Giai đoạn <strong>đầu</strong> tiên.</p><p>Hai&nbsp;đoạn &amp; một câu.</p>
<h2 class="anchor" id="form-the-team">Thành lập đội ngũ<a href="#form-the-team" class="hash-link" aria-label="Link">\u200b</a></h2>
<ul><li>Ai</li><li>tham gia</li></ul>
<div><svg><text>icon</text></svg><button>Sao chép</button></div>
<h3 id="roles">Vai trò</h3><p>${'chữ '.repeat(80)}</p>
<h4 id="minor">Chi tiết</h4><p>thuộc phần vai trò</p>
</div></article>
<footer>Footer words</footer></body></html>`;

describe('extractSections', () => {
  const parts = extractSections(PAGE, '/quy-trinh/chuan-bi', 'Chuẩn Bị', 'Giai đoạn 1.');

  it('makes one part for the text under the title and one per h2 or h3, linked by its id', () => {
    expect(parts.map((part) => part.id)).toEqual([
      '/quy-trinh/chuan-bi',
      '/quy-trinh/chuan-bi#form-the-team',
      '/quy-trinh/chuan-bi#roles',
    ]);
    expect(parts.map((part) => part.heading)).toEqual(['', 'Thành lập đội ngũ', 'Vai trò']);
  });

  it('gives the title and summary to the first part only, and the page’s title to every part', () => {
    expect(parts.map((part) => part.title)).toEqual(['Chuẩn Bị', '', '']);
    expect(parts.map((part) => part.description)).toEqual(['Giai đoạn 1.', '', '']);
    expect(parts.every((part) => part.page === 'Chuẩn Bị')).toBe(true);
  });

  it('reads only the page’s content, with entities decoded and words kept apart', () => {
    expect(parts[0]!.text).toBe(
      'Giai đoạn đầu tiên. Hai\u00a0đoạn & một câu.'.replace('\u00a0', ' '),
    );
    expect(parts[1]!.text).toBe('Ai tham gia');
    const everything = parts.map((part) => `${part.heading} ${part.text}`).join(' ');
    for (const outside of [
      'Sidebar',
      'Footer',
      'Trang chủ',
      'Tìm kiếm',
      'skipped',
      'icon',
      'Sao chép',
      '\u200b',
    ]) {
      expect(everything).not.toContain(outside);
    }
  });

  it('keeps an h4 in the section above it, and a short excerpt of each part', () => {
    expect(parts[2]!.text).toContain('Chi tiết thuộc phần vai trò');
    expect(parts[2]!.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(parts[2]!.excerpt.endsWith('…')).toBe(true);
    expect(parts[1]!.excerpt).toBe('Ai tham gia');
  });
});

describe('routeFile', () => {
  it('finds the built file of a route in each language', () => {
    expect(routeFile('/b', '/', '/quy-trinh/chuan-bi')).toBe('/b/quy-trinh/chuan-bi.html');
    expect(routeFile('/b/en', '/en/', '/en/quy-trinh')).toBe('/b/en/quy-trinh.html');
    expect(routeFile('/b', '/', '/')).toBe('/b/index.html');
  });
});
