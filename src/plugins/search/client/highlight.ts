import {foldVietnamese} from '../../../search/foldVietnamese';
import {foldWithoutFinalY, queryWords} from '../searchEngine';

/** A word of the page: letters, digits and the marks that belong to them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Where nothing is highlighted. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'MARK', 'TEXTAREA', 'SVG']);

/**
 * How much of `word` (as written on the page) to mark for the query's words: the whole word
 * when it folds to one of them, or the start that folds to the last word, which the reader may
 * not have finished typing ("đạ" of "đạo" for "lãnh đạ"). Zero when it is no match.
 */
export function matchLength(
  word: string,
  whole: ReadonlySet<string>,
  prefixes: readonly string[],
): number {
  const folded = foldVietnamese(word);
  if (whole.has(folded)) {
    return word.length;
  }
  for (const prefix of prefixes) {
    if (prefix && folded.startsWith(prefix.slice(0, -1))) {
      for (let end = 1; end <= word.length; end += 1) {
        const start = word.slice(0, end);
        if (foldVietnamese(start) === prefix || foldWithoutFinalY(start) === prefix) {
          return end;
        }
      }
    }
  }
  return 0;
}

/**
 * Wraps each word of `query` found in `root`'s text in a `<mark>`, comparing folded words so
 * that "lap ke hoach" marks "Lập kế hoạch" and "qui trinh" marks "quy trình". Returns how
 * many words were marked.
 */
export function highlightWords(root: Element, query: string): number {
  const words = queryWords(query);
  const last = words.at(-1);
  if (last === undefined) {
    return 0;
  }
  const whole = new Set(words.map((word) => foldVietnamese(word)));
  const prefixes = [foldVietnamese(last), foldWithoutFinalY(last)];

  const texts: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && !node.parentElement.closest([...SKIPPED].join(','))
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  while (walker.nextNode()) {
    texts.push(walker.currentNode as Text);
  }

  let marked = 0;
  for (const text of texts) {
    const matches: [start: number, end: number][] = [];
    for (const found of text.data.matchAll(WORD)) {
      const length = matchLength(found[0], whole, prefixes);
      if (length > 0) {
        matches.push([found.index, found.index + length]);
      }
    }
    // From the end, so that the earlier offsets stay valid as the node is split.
    for (const [start, end] of matches.reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = root.ownerDocument.createElement('mark');
      word.replaceWith(mark);
      mark.append(word);
      marked += 1;
    }
  }
  return marked;
}
