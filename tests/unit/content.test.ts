import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {PHASES} from '@site/src/data/process';
import {ENGLISH_DOCS_DIR, listMdxPages, SOURCE_DOCS_DIR} from '@site/src/config/siteLayout.mjs';
import sidebars from '@site/sidebars';
import {looksVietnamese} from '@site/scripts/vietnamese.mjs';

const VIETNAMESE_DIR = join(process.cwd(), SOURCE_DOCS_DIR);
const ENGLISH_DIR = join(process.cwd(), ENGLISH_DOCS_DIR);

/** The sections every phase page has, in this order (CONTRIBUTING.md, "Add a page"). */
const PHASE_SKELETON = [
  'purpose',
  'when-to-start',
  'who-takes-part',
  'steps',
  'deliverables',
  'duration',
  'exit-criteria',
  'pitfalls',
  'checklist',
  'next',
];

function sectionIds(source: string): string[] {
  return [...source.matchAll(/^## .*\{#([\w-]+)\}\s*$/gm)].map((match) => match[1]!);
}

/**
 * What an English page may keep in Vietnamese: text marked `<span lang="vi">…</span>`, such as
 * the glossary's Vietnamese terms, which screen readers then read with a Vietnamese voice; and
 * the official titles of Vietnamese laws (proper names, followed by their English translation in
 * brackets).
 */
function englishProse(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.replace(/<span lang="vi">[^<]*<\/span>/g, ''))
    .map((line) => line.replace(/Luật [^(]+?(?= \()/g, ''));
}

const vietnamesePages = listMdxPages(VIETNAMESE_DIR);
const englishPages = listMdxPages(ENGLISH_DIR);

describe('the guide’s pages', () => {
  it('has an English twin for every Vietnamese page, and no English page without a source', () => {
    expect(
      vietnamesePages.filter((page) => !englishPages.includes(page)),
      'Vietnamese pages without an English twin under i18n/en/docusaurus-plugin-content-docs/current/',
    ).toEqual([]);
    expect(
      englishPages.filter((page) => !vietnamesePages.includes(page)),
      'English pages whose Vietnamese source under docs/ is missing',
    ).toEqual([]);
  });

  it.each(englishPages)('English page %s contains no Vietnamese text', (page) => {
    const lines = englishProse(readFileSync(join(ENGLISH_DIR, page), 'utf8'));
    const vietnamese = lines
      .map((line, index) => ({line: index + 1, text: line}))
      .filter(({text}) => looksVietnamese(text))
      .map(({line, text}) => `line ${line}: ${text.trim().slice(0, 80)}`);
    expect(vietnamese, `${page} still has Vietnamese text to translate`).toEqual([]);
  });

  it.each(vietnamesePages)('page %s has the same heading ids in both languages', (page) => {
    const ids = (source: string) => [...source.matchAll(/\{#([\w-]+)\}/g)].map((match) => match[1]);
    const vietnamese = ids(readFileSync(join(VIETNAMESE_DIR, page), 'utf8'));
    const english = ids(readFileSync(join(ENGLISH_DIR, page), 'utf8'));
    expect(english, `${page}: the English headings' ids differ from the Vietnamese`).toEqual(
      vietnamese,
    );
  });

  describe.each(PHASES.map((phase) => [phase.id, phase.path] as const))(
    'phase page %s',
    (_title, path) => {
      it.each([
        ['Vietnamese', VIETNAMESE_DIR],
        ['English', ENGLISH_DIR],
      ])('follows the phase skeleton in %s', (_language, dir) => {
        const ids = sectionIds(readFileSync(join(dir, `${path}.mdx`), 'utf8'));
        const missing = PHASE_SKELETON.filter((id) => !ids.includes(id));
        expect(missing, `${path}: sections missing (## Heading {#id})`).toEqual([]);
        expect(
          ids.filter((id) => PHASE_SKELETON.includes(id)),
          `${path}: the sections are out of order`,
        ).toEqual(PHASE_SKELETON);
      });
    },
  );
});

/** The sections every in-depth page has, in this order. */
const IN_DEPTH_SKELETON = ['question', 'options', 'decisions', 'pitfalls', 'checklist', 'sources'];

/** The worked example follows one company through the four phases, in process order. */
const WORKED_EXAMPLE_SKELETON = [
  'context',
  'prepare',
  'assess',
  'plan',
  'monitor-and-improve',
  'lessons',
];

/** Words of a page's body, front matter left out, counted the way `wc -w` counts them. */
function bodyWordCount(source: string): number {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/\s+/).filter(Boolean).length;
}

/** The in-depth section of the sidebar, read from sidebars.ts as the site reads it. */
const inDepthPages = (
  (sidebars.guide as readonly unknown[]).find(
    (item) => typeof item === 'object' && item !== null && 'key' in item && item.key === 'in-depth',
  ) as {items: string[]}
).items;

describe('the in-depth pages', () => {
  it('are in the sidebar, the worked example last', () => {
    expect(inDepthPages.length).toBeGreaterThanOrEqual(5);
    expect(inDepthPages.at(-1)).toBe('chuyen-sau/vi-du-xuyen-suot');
  });

  describe.each(inDepthPages)('%s', (docId) => {
    const skeleton =
      docId === 'chuyen-sau/vi-du-xuyen-suot' ? WORKED_EXAMPLE_SKELETON : IN_DEPTH_SKELETON;

    it.each([
      ['Vietnamese', VIETNAMESE_DIR],
      ['English', ENGLISH_DIR],
    ])('follows its skeleton in %s', (_language, dir) => {
      const ids = sectionIds(readFileSync(join(dir, `${docId}.mdx`), 'utf8'));
      expect(ids, `${docId}: the ## sections must be exactly these, in this order`).toEqual(
        skeleton,
      );
    });

    it('is long enough to be useful and short enough to read: 1,200 to 2,500 Vietnamese words, the worked example up to 3,000', () => {
      const words = bodyWordCount(readFileSync(join(VIETNAMESE_DIR, `${docId}.mdx`), 'utf8'));
      const most = docId === 'chuyen-sau/vi-du-xuyen-suot' ? 3000 : 2500;
      expect(words, `${docId}: ${words} words`).toBeGreaterThanOrEqual(1200);
      expect(words, `${docId}: ${words} words`).toBeLessThanOrEqual(most);
    });

    it('links every source it lists', () => {
      if (docId === 'chuyen-sau/vi-du-xuyen-suot') return;
      for (const dir of [VIETNAMESE_DIR, ENGLISH_DIR]) {
        const sources = readFileSync(join(dir, `${docId}.mdx`), 'utf8').split(
          /^## .*\{#sources\}\s*$/m,
        )[1]!;
        const bullets = sources
          .split(/\n(?=- )/)
          .map((bullet) => bullet.replace(/\s+/g, ' ').trim())
          .filter((bullet) => bullet.startsWith('- '));
        expect(bullets.length, `${dir}/${docId}: no sources listed`).toBeGreaterThan(0);
        expect(
          bullets.filter((line) => !/\]\((https:\/\/|\.\.?\/)[^)]+\)/.test(line)),
          `${dir}/${docId}: sources without a link`,
        ).toEqual([]);
      }
    });
  });
});

describe('the references page', () => {
  const pages = {
    Vietnamese: {dir: VIETNAMESE_DIR, checked: 'Kiểm tra lần cuối'},
    English: {dir: ENGLISH_DIR, checked: 'Last checked'},
  };

  it.each(Object.entries(pages))(
    'in %s, every source links to where it can be read and says when it was last checked',
    (_language, {dir, checked}) => {
      const source = readFileSync(join(dir, 'tai-lieu-tham-khao.mdx'), 'utf8');
      const entries = source.split(/^### /m).slice(1);
      expect(entries.length).toBeGreaterThanOrEqual(12);
      for (const entry of entries) {
        const name = entry.split('\n')[0]!;
        expect(entry, `${name}: no link to the source`).toMatch(/\]\(https:\/\/[^)]+\)/);
        expect(entry, `${name}: no "${checked}" date`).toMatch(
          new RegExp(`${checked}\\*\\*: [^\\n]*\\b20\\d\\d\\b`),
        );
      }
    },
  );

  it.each(Object.entries(pages))(
    'in %s, links at least 12 different outside sites',
    (_l, {dir}) => {
      const source = readFileSync(join(dir, 'tai-lieu-tham-khao.mdx'), 'utf8');
      const hosts = new Set(
        [...source.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map((match) => new URL(match[1]!).host),
      );
      expect(hosts.size, [...hosts].join(', ')).toBeGreaterThanOrEqual(12);
    },
  );
});
