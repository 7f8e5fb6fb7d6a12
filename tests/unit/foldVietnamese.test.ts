import {describe, expect, it} from 'vitest';
import {foldVietnamese} from '@site/src/search/foldVietnamese';

/** The five tone marks, as combining characters, in the order of the rows below. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const; // huyền sắc hỏi ngã nặng

/** Each Vietnamese vowel, then the same vowel with each of the five tones, precomposed. */
const VOWELS: readonly (readonly [base: string, toned: string])[] = [
  ['a', 'aàáảãạ'],
  ['a', 'ăằắẳẵặ'],
  ['a', 'âầấẩẫậ'],
  ['e', 'eèéẻẽẹ'],
  ['e', 'êềếểễệ'],
  ['i', 'iìíỉĩị'],
  ['o', 'oòóỏõọ'],
  ['o', 'ôồốổỗộ'],
  ['o', 'ơờớởỡợ'],
  ['u', 'uùúủũụ'],
  ['u', 'ưừứửữự'],
  ['y', 'yỳýỷỹỵ'],
];

const everyVowelWithEveryTone = VOWELS.flatMap(([base, row]) =>
  [...row].map((letter, tone) => ({base, letter, tone})),
);

describe('foldVietnamese', () => {
  it('covers the 12 vowels with their 6 tones (72 letters), each one precomposed character', () => {
    expect(everyVowelWithEveryTone).toHaveLength(72);
    for (const {letter, tone} of everyVowelWithEveryTone) {
      expect(letter).toHaveLength(1);
      if (tone > 0) {
        // The table is what NFC makes of the bare vowel and the tone mark.
        const bare = [...VOWELS.find(([, row]) => row.includes(letter))![1]][0]!;
        expect((bare + TONE_MARKS[tone - 1]).normalize('NFC')).toBe(letter);
      }
    }
  });

  it.each(everyVowelWithEveryTone)('folds $letter (lower case) to $base', ({base, letter}) => {
    expect(foldVietnamese(letter)).toBe(base);
  });

  it.each(everyVowelWithEveryTone)('folds $letter in capitals to $base', ({base, letter}) => {
    const capital = letter.toUpperCase();
    expect(capital).not.toBe(letter);
    expect(foldVietnamese(capital)).toBe(base);
  });

  it.each(everyVowelWithEveryTone)('folds a decomposed $letter to $base', ({base, letter}) => {
    const decomposed = letter.normalize('NFD');
    expect(foldVietnamese(decomposed)).toBe(base);
    expect(foldVietnamese(decomposed.toUpperCase())).toBe(base);
  });

  it('reads đ and Đ as d', () => {
    expect(foldVietnamese('đ')).toBe('d');
    expect(foldVietnamese('Đ')).toBe('d');
    expect(foldVietnamese('đạo đức')).toBe('dao duc');
    expect(foldVietnamese('ĐÀO TẠO')).toBe('dao tao');
  });

  it('folds whole phrases the way readers type them', () => {
    expect(foldVietnamese('Đánh Giá')).toBe('danh gia');
    expect(foldVietnamese('ĐÁNH GIÁ MỨC ĐỘ SẴN SÀNG')).toBe('danh gia muc do san sang');
    expect(foldVietnamese('Lập Kế Hoạch')).toBe('lap ke hoach');
    expect(foldVietnamese('quản trị AI')).toBe('quan tri ai');
    expect(foldVietnamese('Trưởng thành')).toBe('truong thanh');
  });

  it('gives the same result for precomposed, decomposed and mixed input', () => {
    const precomposed = 'chuẩn bị lãnh đạo'.normalize('NFC');
    const decomposed = precomposed.normalize('NFD');
    expect(decomposed).not.toBe(precomposed);
    const mixed = precomposed
      .split(' ')
      .map((word, index) => (index % 2 === 0 ? word : word.normalize('NFD')))
      .join(' ');
    expect(foldVietnamese(precomposed)).toBe('chuan bi lanh dao');
    expect(foldVietnamese(decomposed)).toBe('chuan bi lanh dao');
    expect(foldVietnamese(mixed)).toBe(foldVietnamese(precomposed));
  });

  it('leaves English, digits and punctuation alone apart from the case', () => {
    expect(foldVietnamese('Business Case')).toBe('business case');
    expect(foldVietnamese('KPI (2025): 10%')).toBe('kpi (2025): 10%');
    expect(foldVietnamese('.*+?^${}()|[]\\')).toBe('.*+?^${}()|[]\\');
    expect(foldVietnamese('')).toBe('');
  });

  it('is stable: folding twice changes nothing more', () => {
    const once = foldVietnamese('Theo Dõi và Cải Tiến');
    expect(foldVietnamese(once)).toBe(once);
  });
});

describe('foldVietnamese: the two accepted spellings of a final y', () => {
  it.each([
    ['quy trình', 'qui trình'],
    ['Quy Trình', 'QUI TRÌNH'],
    ['kỹ thuật', 'kĩ thuật'],
    ['ky thuat', 'kĩ thuật'],
    ['lý do', 'lí do'],
    ['mỹ thuật', 'mĩ thuật'],
    ['hy vọng', 'hi vọng'],
    ['công ty', 'công ti'],
    ['tỷ lệ', 'tỉ lệ'],
    ['kỹ sư', 'KĨ SƯ'.normalize('NFD')],
  ])('folds "%s" and "%s" alike', (one, other) => {
    expect(foldVietnamese(one)).toBe(foldVietnamese(other));
  });

  it('reads a final y after a consonant or "qu" as i', () => {
    expect(foldVietnamese('quy')).toBe('qui');
    expect(foldVietnamese('kỹ')).toBe('ki');
    expect(foldVietnamese('Lý')).toBe('li');
    expect(foldVietnamese('tổng quan quy trình')).toBe('tong quan qui trinh');
    expect(foldVietnamese('(kỹ),lý.')).toBe('(ki),li.');
  });

  it.each(['tay', 'hay', 'tuy', 'nguy', 'thuy', 'y', 'quyết', 'yêu', 'khuyến'])(
    'keeps the y of "%s", which does not follow a consonant alone or is not final',
    (word) => {
      expect(foldVietnamese(word)).toContain('y');
    },
  );

  it('keeps the y of English words of more than one syllable', () => {
    expect(foldVietnamese('policy key buy play')).toBe('policy key buy play');
  });
});
