import {describe, expect, it} from 'vitest';
import {
  buildSearchIndex,
  loadSearchIndex,
  search,
  wordPairs,
  type SearchDocument,
} from '@site/src/plugins/search/searchEngine';

/** A page's parts as the index builder makes them (see extractSections). */
function part(
  id: string,
  page: string,
  fields: Partial<Pick<SearchDocument, 'title' | 'heading' | 'text' | 'description'>>,
): SearchDocument {
  return {title: '', heading: '', text: '', description: '', excerpt: '', page, id, ...fields};
}

const GUIDE: SearchDocument[] = [
  part('/quy-trinh', 'Tổng quan qui trình', {
    title: 'Tổng quan qui trình',
    text: 'Bốn giai đoạn nối tiếp nhau, từ chuẩn bị đến theo dõi.',
  }),
  part('/quy-trinh/chuan-bi', 'Chuẩn Bị', {
    title: 'Chuẩn Bị',
    text: 'Giai đoạn đầu của quy trình tổng quan: thành lập đội ngũ và cơ sở kinh doanh.',
  }),
  part('/quy-trinh/chuan-bi#team', 'Chuẩn Bị', {
    heading: 'Thành lập đội ngũ',
    text: 'Ai tham gia, với kỹ thuật gì, và lý do chọn họ. Quy trình tổng quan được nhắc lại ở đây.',
  }),
  part('/hop-tac', 'Hợp tác để thành công', {
    title: 'Hợp tác để thành công',
    text: 'Ban lãnh đạo lo việc đào tạo lại kỹ năng cho nhân viên. Quyết định thuộc về họ.',
  }),
  part('/hop-tac#culture', 'Hợp tác để thành công', {
    heading: 'Văn hóa',
    text: 'Đào tạo nội bộ rồi mới có kỹ năng mới; chuyện làm lại quy trình ít khi xảy ra.',
  }),
  part('/thuat-ngu', 'Thuật ngữ', {
    title: 'Thuật ngữ',
    text: 'Tay nghề, hay thay đổi, tuy vậy. Mĩ thuật và kĩ thuật khác nhau.',
  }),
];

const index = loadSearchIndex(buildSearchIndex(GUIDE));
const pages = (query: string, limit = 5) =>
  search(index, query, limit, {perPage: 1}).map((hit) => hit.url.split('#')[0]);

describe('search ranking', () => {
  it.each(['tong quan quy trinh', 'tổng quan quy trình', 'TỔNG QUAN QUI TRÌNH', 'qui trinh'])(
    'brings the page titled "Tổng quan qui trình" first for "%s"',
    (query) => {
      expect(pages(query)[0]).toBe('/quy-trinh');
    },
  );

  it('puts a page whose title or heading holds the words before pages that merely mention them', () => {
    // "chuẩn bị" is the title of one page and mentioned in the text of another.
    expect(pages('chuan bi')).toEqual(['/quy-trinh/chuan-bi', '/quy-trinh']);
    // "thành lập đội ngũ" is a heading, and also in the text of the part above it.
    expect(search(index, 'thanh lap doi ngu', 5)[0]!.url).toBe('/quy-trinh/chuan-bi#team');
  });

  it('ranks the words as a phrase above the same words far apart', () => {
    expect(search(index, 'đào tạo lại kỹ năng', 5)[0]!.url).toBe('/hop-tac');
    expect(wordPairs('Lập Kế Hoạch')).toBe('lap_ke ke_hoach');
  });

  it('needs every word, in any field', () => {
    // "Chuẩn Bị" in the title, "kinh doanh" in the text; the overview has only "chuẩn bị".
    expect(pages('chuan bi kinh doanh')).toEqual(['/quy-trinh/chuan-bi']);
    expect(pages('doi ngu hop tac')).toEqual([]);
  });

  it('keeps only a page’s best parts when asked, and every part otherwise', () => {
    expect(search(index, 'quy trinh', 10).map((hit) => hit.url)).toContain(
      '/quy-trinh/chuan-bi#team',
    );
    expect(new Set(pages('quy trinh', 10)).size).toBe(pages('quy trinh', 10).length);
  });
});

describe('search: what readers type', () => {
  it.each([
    ['ky thuat', 'kĩ thuật', 'kỹ thuật'],
    ['ly do', 'lí do', 'lý do'],
    ['my thuat', 'mĩ thuật', 'mỹ thuật'],
  ])('finds the same parts for "%s", "%s" and "%s"', (...spellings) => {
    const [first, ...others] = spellings.map((query) => search(index, query, 10));
    expect(first!.length).toBeGreaterThan(0);
    for (const results of others) {
      expect(results).toEqual(first);
    }
  });

  it('keeps the y of "tay", "hay" and "tuy", which are not spelled with i', () => {
    expect(pages('tay nghe')).toEqual(['/thuat-ngu']);
    expect(pages('tai nghe')).toEqual([]);
    expect(pages('hai thay doi')).toEqual([]);
    expect(pages('tui vay')).toEqual([]);
  });

  it('matches the last word as the start of a word, after folding', () => {
    expect(pages('thành lập đội ng')).toEqual(['/quy-trinh/chuan-bi']);
    expect(pages('lanh da')).toEqual(['/hop-tac']);
    // "quy" being typed still reaches "quyết" although a finished "quy" reads as "qui".
    expect(pages('quy')).toContain('/hop-tac');
    expect(pages('quyết định')).toEqual(['/hop-tac']);
  });

  it('forgives one wrong letter in a long word, not in a short one', () => {
    expect(pages('thuaat ngu')[0]).toBe('/thuat-ngu');
    expect(pages('tya nghe')).toEqual([]);
  });

  it.each([
    ['500 characters', `${'đ'.repeat(250)} ${'x'.repeat(249)}`],
    ['regular-expression characters', '.*+?^${}()|[]\\'],
    ['markup', '<script>alert(1)</script>'],
    ['emoji', '🤖🚀👩🏽‍💻'],
    ['nothing', '   '],
  ])('returns nothing, quickly, for %s', (_name, query) => {
    const started = performance.now();
    expect(search(index, query, 8)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
