/**
 * Letters that occur in Vietnamese but not in English loanwords (café, naïve): a
 * string holding one of them is taken to be untranslated Vietnamese.
 */
const VIETNAMESE_ONLY_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]/iu;

/** True when `text` contains a letter only Vietnamese uses; NFC first, so decomposed input counts too. */
export function looksVietnamese(text) {
  return VIETNAMESE_ONLY_LETTERS.test(text.normalize('NFC'));
}
