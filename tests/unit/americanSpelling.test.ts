import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import dictionaryGb from 'dictionary-en-gb';
import dictionaryUs from 'dictionary-en';
import nspell from 'nspell';
import {describe, expect, it} from 'vitest';
import {ENGLISH_DOCS_DIR} from '@site/src/config/siteLayout.mjs';

/**
 * The English guide is written in American English. A word counts as British when the
 * British Hunspell dictionary accepts it and the American one does not ("organisation",
 * "colour", "centre", "prioritise"); words both accept ("enterprise", "license") and
 * words neither knows (names, Vietnamese) pass.
 */
// The dictionaries ship Uint8Arrays; nspell's types ask for Buffers, which wrap the same bytes.
const american = nspell({aff: Buffer.from(dictionaryUs.aff), dic: Buffer.from(dictionaryUs.dic)});
const british = nspell({aff: Buffer.from(dictionaryGb.aff), dic: Buffer.from(dictionaryGb.dic)});
/** Names that happen to be British spellings: the axe accessibility engine. */
const PROPER_NAMES = new Set(['axe']);

function britishSpellings(text: string): string[] {
  const words = text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  return [...new Set(words)].filter(
    (word) => !PROPER_NAMES.has(word) && british.correct(word) && !american.correct(word),
  );
}

/** What a reader sees: without code, URLs, markup attributes, or passages marked as Vietnamese. */
function readableText(source: string): string {
  return source
    .replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<([a-z]+)[^>]*\blang="vi"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\{#[\w-]+\}/g, ' ');
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)))
    .sort();
}

/** The English strings of a Docusaurus translation file: its messages, not its ids or descriptions. */
function translationMessages(file: string): string {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  return Object.values(entries)
    .map((entry) => entry.message)
    .join('\n');
}

describe('the American-spelling check', () => {
  it('flags British spellings', () => {
    expect(
      britishSpellings('The organisation will prioritise the centre of its colour programme.'),
    ).toEqual(['organisation', 'prioritise', 'centre', 'colour', 'programme']);
  });

  it('passes American spellings, words both varieties share, names and Vietnamese', () => {
    expect(
      britishSpellings(
        'The enterprise will prioritize a license otherwise; Vietnam’s Luật Trí tuệ nhân tạo, Nghị định and SISU.',
      ),
    ).toEqual([]);
  });

  it('ignores code, links and passages marked as Vietnamese', () => {
    expect(
      readableText(
        'See `colour` and [the page](./centre.mdx) at https://example.org/organisation or <span lang="vi">honour</span>.',
      ),
    ).not.toMatch(/colour|centre|organisation|honour/);
  });
});

describe('English text uses American spelling', () => {
  it.each(filesUnder(ENGLISH_DOCS_DIR, '.mdx'))('%s', (file) => {
    expect(britishSpellings(readableText(readFileSync(file, 'utf8'))), file).toEqual([]);
  });

  it.each(filesUnder('i18n/en', '.json'))('%s', (file) => {
    expect(britishSpellings(translationMessages(file)), file).toEqual([]);
  });

  // The toolkit's English text modules (see src/plugins/localized-data): their string literals.
  it.each(filesUnder('src/data/en', '.ts'))('%s', (file) => {
    const literals = readFileSync(file, 'utf8').match(
      /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`/g,
    );
    expect(britishSpellings((literals ?? []).join('\n')), file).toEqual([]);
  });

  it.each(['README.md', 'CONTRIBUTING.md'])('%s', (file) => {
    expect(britishSpellings(readableText(readFileSync(file, 'utf8'))), file).toEqual([]);
  });
});
