/**
 * Folds text for diacritic-insensitive search: lower case, then every combining mark
 * (tones, and the breve, circumflex and horn of ă â ê ô ơ ư) dropped, and đ read as d.
 * "Quản Trị", "quan tri", "QUẢN TRỊ" and a decomposed "quản trị" all fold to "quan tri".
 *
 * Vietnamese also accepts two spellings of a syllable that ends in y after a consonant or
 * "qu": "quy"/"qui", "kỹ"/"kĩ", "lý"/"lí", "mỹ"/"mĩ". That y is read as i, so both spellings
 * fold alike ("quy trinh" and "qui trinh" to "qui trinh"). A y after a vowel is a different
 * sound and stays: "tay", "hay", "tuy", "nguy". A word is one syllable here, so the rule only
 * touches words made of consonants and a final y; English words such as "policy" or "key"
 * keep their y ("my", "by" and "sky" become "mi", "bi", "ski", alike in the index and query).
 *
 * This one function runs when the index is built (src/plugins/search/buildIndex.ts) and in the
 * browser on every query and for highlighting (src/plugins/search/client/), so the two cannot
 * drift apart. Plain TypeScript with no imports: Node scripts and tests load it too.
 */
export function foldVietnamese(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(FINAL_Y_AFTER_CONSONANT, '$1$2i');
}

/**
 * A word that is only an onset (consonants, or "qu") and a final y, with nothing of a word
 * right before or after it: `(start)(onset)y`.
 */
const FINAL_Y_AFTER_CONSONANT = /(^|[^\p{L}\p{N}])(qu|[bcdfghjklmnpqrstvwxz]+)y(?![\p{L}\p{N}])/gu;
