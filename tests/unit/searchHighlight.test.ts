import {describe, expect, it} from 'vitest';
import {highlightWords} from '@site/src/plugins/search/client/highlight';

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}
const marked = (root: Element) =>
  Array.from(root.querySelectorAll('mark'), (mark) => mark.textContent);

describe('highlightWords', () => {
  it('marks the words of a query typed without marks, whole', () => {
    const root = article('<h1>Lập Kế Hoạch</h1><p>Kế hoạch lập ra trong <em>tuần</em> đầu.</p>');
    expect(highlightWords(root, 'lap ke hoach')).toBe(6);
    expect(marked(root)).toEqual(['Lập', 'Kế', 'Hoạch', 'Kế', 'hoạch', 'lập']);
    // The text reads as before.
    expect(root.textContent).toBe('Lập Kế HoạchKế hoạch lập ra trong tuần đầu.');
  });

  it('marks either spelling of i and y', () => {
    const root = article('<p>Tổng quan qui trình, quy trình và kỹ thuật.</p>');
    highlightWords(root, 'quy trinh ki thuat');
    expect(marked(root)).toEqual(['qui', 'trình', 'quy', 'trình', 'kỹ', 'thuật']);
  });

  it('marks the start of a word for the last word, which may be unfinished', () => {
    const root = article('<p>Lãnh đạo và đa số; quyết định.</p>');
    highlightWords(root, 'lãnh đạ');
    expect(marked(root)).toEqual(['Lãnh', 'đạ', 'đa']);
    const again = article('<p>Quyết định của quy trình.</p>');
    highlightWords(again, 'quy');
    expect(marked(again)).toEqual(['Quy', 'quy']);
  });

  it('leaves scripts, styles and words that do not match alone', () => {
    const root = article('<script>var lap = 1;</script><p>Hoạch định</p>');
    expect(highlightWords(root, 'lap ke')).toBe(0);
    expect(highlightWords(root, '.*+?^${}()|[]\\')).toBe(0);
    expect(highlightWords(root, '')).toBe(0);
    expect(root.querySelector('mark')).toBeNull();
  });
});
