import MiniSearch, {type Options, type Query, type SearchResult} from 'minisearch';
import {foldVietnamese} from '../../search/foldVietnamese';

/**
 * One searchable part of a page: the part before its first section (whose `title` is the page's
 * title), or one h2/h3 section (whose `heading` is that section's heading).
 */
export interface SearchDocument {
  /** Where the part is: the page's path, plus `#anchor` for a section. */
  readonly id: string;
  /** The page's title, on the page's first part only (so a title counts once per page). */
  readonly title: string;
  /** The page's summary (its front matter `description`), on the page's first part only. */
  readonly description: string;
  /** The section's heading; empty for the page's first part. */
  readonly heading: string;
  /** The part's words. */
  readonly text: string;
  /** The page's title, shown with every result of the page (stored, not searched). */
  readonly page: string;
  /** The part's first words, shown on the full results page (stored, not searched). */
  readonly excerpt: string;
}

/** What a result carries to the reader: its address and what to show. */
export interface SearchHit {
  readonly url: string;
  readonly page: string;
  readonly heading: string;
  readonly excerpt: string;
  readonly score: number;
}

/**
 * How much a matched word weighs by where it is found. A page whose title or a section whose
 * heading holds the words comes before a part that merely mentions them.
 */
export const FIELD_BOOST = {title: 6, heading: 3, description: 2, text: 1} as const;

/**
 * How much words found next to each other, in the query's order, add to a part's score: the
 * phrase "đào tạo lại kỹ năng" outranks a section that has those five words far apart.
 */
export const PHRASE_WEIGHT = 1;

/** The field of adjacent word pairs (see `wordPairs`), searched only for the phrase bonus. */
const PAIRS = 'pairs';

/** Each two neighboring words, folded and joined by "_": "lap ke hoach" → "lap_ke ke_hoach". */
export function wordPairs(text: string): string {
  const words = queryWords(text).map((word) => foldVietnamese(word));
  return words
    .slice(1)
    .map((word, position) => `${words[position]}_${word}`)
    .join(' ');
}

const defaultTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Longer input cannot match any word in the guide, and only costs time. */
export const MAX_QUERY_LENGTH = 100;

/** The index options, the same when the index is built and when the browser loads it. */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'heading', 'description', 'text', PAIRS],
  storeFields: ['page', 'heading', 'excerpt'],
  extractField: (document, field) =>
    field === PAIRS
      ? [document.title, document.heading, document.text].map(wordPairs).join(' ')
      : String(document[field as keyof SearchDocument]),
  // The pairs are folded already, and their "_" must not split them.
  tokenize: (text, field) => (field === PAIRS ? text.split(' ') : defaultTokenize(text)),
  processTerm: (term, field) => (field === PAIRS ? term : foldVietnamese(term)),
  searchOptions: {fields: ['title', 'heading', 'description', 'text']},
};

/** Builds the index of one language's pages, serialised as the browser fetches it. */
export function buildSearchIndex(documents: readonly SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  return JSON.stringify(index);
}

/** Loads an index serialised by `buildSearchIndex`. */
export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS);
}

/** The words of a query as the index splits them (MiniSearch's own tokenizer). */
export function queryWords(query: string): string[] {
  return defaultTokenize(query.normalize('NFC')).filter(Boolean);
}

/**
 * Searches: every word must match (in any field); the last word may still be being typed, so
 * it also matches as the start of a word; words of five letters or more forgive one wrong
 * letter. The last word is also tried without the y/i reading, so "quy" still finds "quyết"
 * while the reader is typing it. `perPage` keeps only a page's best parts, so that one page
 * that mentions the words in every section does not push the others out of a short list.
 */
export function search(
  index: MiniSearch<SearchDocument>,
  query: string,
  limit: number,
  {perPage = Infinity}: {perPage?: number} = {},
): SearchHit[] {
  const words = queryWords([...query].slice(0, MAX_QUERY_LENGTH).join(''));
  if (words.length === 0) {
    return [];
  }
  const fuzzy = (term: string) => (term.length >= 5 ? 1 : 0);
  const last = words.length - 1;
  const queries = words.map((word, position): Query => {
    if (position < last) {
      return {queries: [word], fuzzy, prefix: false};
    }
    // Already folded: the identity below keeps the variant without the y/i reading.
    const folded = foldVietnamese(word);
    const withY = foldWithoutFinalY(word);
    return {
      queries: withY === folded ? [folded] : [folded, withY],
      combineWith: 'OR',
      fuzzy,
      prefix: true,
      processTerm: (term: string) => term,
    };
  });
  const results = index.search(
    {combineWith: 'AND', queries},
    {boost: FIELD_BOOST, maxFuzzy: 1},
  ) as (SearchResult & Pick<SearchDocument, 'page' | 'heading' | 'excerpt'>)[];
  if (words.length > 1) {
    const phrase = new Map(
      index
        .search(wordPairs(words.join(' ')), {
          fields: [PAIRS],
          combineWith: 'OR',
          tokenize: (text) => text.split(' '),
          processTerm: (term) => term,
        })
        .map((result) => [result.id as string, result.score]),
    );
    for (const result of results) {
      result.score += PHRASE_WEIGHT * (phrase.get(result.id as string) ?? 0);
    }
    results.sort((a, b) => b.score - a.score);
  }
  const perPageCount = new Map<string, number>();
  const kept = results.filter((result) => {
    const page = String(result.id).replace(/#.*/, '');
    const count = (perPageCount.get(page) ?? 0) + 1;
    perPageCount.set(page, count);
    return count <= perPage;
  });
  return kept.slice(0, limit).map((result) => ({
    url: String(result.id),
    page: result.page,
    heading: result.heading,
    excerpt: result.excerpt,
    score: result.score,
  }));
}

/** The folding less the y/i reading: "quy" stays "quy", a prefix of "quyet". */
export function foldWithoutFinalY(word: string): string {
  const folded = foldVietnamese(word);
  const endsInY = /y$/u.test(
    word
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  );
  return endsInY && folded.endsWith('i') ? `${folded.slice(0, -1)}y` : folded;
}
