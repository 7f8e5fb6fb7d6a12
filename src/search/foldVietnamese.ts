/**
 * Folds text for diacritic-insensitive search: lower case, then every combining mark
 * (tones, and the breve, circumflex and horn of ă â ê ô ơ ư) dropped, and đ read as d.
 * "Quản Trị", "quan tri", "QUẢN TRỊ" and a decomposed "quản trị" all fold to "quan tri".
 *
 * The search plugin runs this on every word at index time and at query time. Its code
 * cannot import ours, so patches/@easyops-cn+docusaurus-search-local+*.patch carries an
 * identical copy in two places (the index builder and the search worker);
 * tests/unit/searchPatch.test.ts fails if either copy differs from this one or is missing.
 */
export function foldVietnamese(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}
