// @vitest-environment node
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {foldVietnamese} from '@site/src/search/foldVietnamese';

/**
 * Guards patches/@easyops-cn+docusaurus-search-local+<version>.patch: if an upgrade of the
 * search plugin, or an install without the postinstall step, leaves the plugin unpatched,
 * these tests fail and say so, instead of search quietly losing Vietnamese folding.
 */
const PLUGIN = '@easyops-cn/docusaurus-search-local';
const root = process.cwd();
const pluginDir = join(root, 'node_modules', PLUGIN);
const require = createRequire(import.meta.url);

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const pluginFile = (path: string): string => readFileSync(join(pluginDir, path), 'utf8');

const SERVER_INDEX_BUILDER = 'dist/server/server/utils/buildIndex.js';
const CLIENT_WORKER = 'dist/client/client/theme/worker.js';
const SEARCH_BAR = 'dist/client/client/theme/SearchBar/SearchBar.jsx';
const SEARCH_PAGE = 'dist/client/client/theme/SearchPage/SearchPage.jsx';

/** The patch's copy of the folding function, taken out of a plugin file and made callable. */
function patchedFold(path: string): (text: string) => string {
  const source = /function foldVietnamese\(text\) \{\n([\s\S]*?)\n\}/.exec(pluginFile(path));
  expect(source, `${path} has no foldVietnamese function: is the patch applied?`).not.toBeNull();
  return new Function('text', source![1]!) as (text: string) => string;
}

const SAMPLES = [
  'Đánh Giá MỨC ĐỘ sẵn sàng',
  'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ',
  'AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ',
  'chuẩn bị lãnh đạo'.normalize('NFD'),
  'Business case, KPI (2025) .*+?^${}()|[]\\ <script> 🚀',
];

describe('the search plugin patch', () => {
  const pinned = (readJson(join(root, 'package.json')).dependencies as Record<string, string>)[
    PLUGIN
  ];
  const installed = readJson(join(pluginDir, 'package.json')).version as string;

  it('matches the pinned, installed plugin version', () => {
    expect(installed, 'package.json must pin the plugin to an exact version').toBe(pinned);
    const patch = join(root, 'patches', `${PLUGIN.replace('/', '+')}+${installed}.patch`);
    expect(
      existsSync(patch),
      `no patch for ${PLUGIN} ${installed}: after an upgrade, re-apply the changes and run npx patch-package ${PLUGIN}`,
    ).toBe(true);
  });

  it.each([SERVER_INDEX_BUILDER, CLIENT_WORKER])(
    '%s carries the same folding as src/search/foldVietnamese.ts',
    (path) => {
      const fold = patchedFold(path);
      for (const sample of SAMPLES) {
        expect(fold(sample)).toBe(foldVietnamese(sample));
      }
    },
  );

  it('registers the folding under one name on the server and in the worker', () => {
    expect(pluginFile(SERVER_INDEX_BUILDER)).toMatch(
      /Pipeline\.registerFunction\(foldVietnameseToken, "foldVietnamese"\)/,
    );
    expect(pluginFile(CLIENT_WORKER)).toMatch(
      /Pipeline\.registerFunction\(\(token\) => token\.update\(foldVietnamese\), "foldVietnamese"\)/,
    );
  });

  it('puts the folding first in the index pipeline and the search pipeline', () => {
    const builder = pluginFile(SERVER_INDEX_BUILDER);
    expect(builder).toContain('this.pipeline._stack.unshift(foldVietnameseToken);');
    expect(builder).toContain('this.searchPipeline._stack.unshift(foldVietnameseToken);');
  });

  it('labels the search inputs and the clear button in the page’s language', () => {
    for (const path of [SEARCH_BAR, SEARCH_PAGE]) {
      expect(pluginFile(path)).not.toContain('aria-label="Search"');
    }
    expect(pluginFile(SEARCH_BAR)).toContain('id: "theme.SearchBar.clearButtonLabel"');
  });

  it('links to the full results page without the slash that loses the query', () => {
    expect(pluginFile(SEARCH_BAR)).toContain('`${baseUrl}search?${params.toString()}`');
    expect(pluginFile(SEARCH_BAR)).not.toContain('search/?');
  });

  it('offers "see all results" as the list\'s last option, which the arrow keys reach', () => {
    const searchBar = pluginFile(SEARCH_BAR);
    expect(searchBar).toContain('type: SEE_ALL_RESULTS');
    expect(searchBar).toContain('if (type === SEE_ALL_RESULTS) {');
    expect(searchBar, "the footer link is out of the arrow keys' reach").not.toContain('footer:');
  });

  it('keeps the keyboard in the box on Escape, and says whether the list is shown', () => {
    const searchBar = pluginFile(SEARCH_BAR);
    expect(searchBar).toContain('tabAutocomplete: false');
    expect(searchBar).not.toMatch(
      /"autocomplete:closed", \(\) => \{\s*searchBarRef\.current\?\.blur\(\)/,
    );
    expect(searchBar).toContain(
      'input?.setAttribute("aria-expanded", String(listbox?.style.display === "block"))',
    );
  });

  it('gives the full results page a main landmark and a live result count', () => {
    const searchPage = pluginFile(SEARCH_PAGE);
    expect(searchPage).toContain('<main className="container margin-vert--lg">');
    expect(searchPage).toContain('<div role="status">');
  });

  it('builds an index in which Vietnamese with or without marks finds the same words', () => {
    // The little of lunr's API this test uses (lunr ships no types).
    interface Query {
      term(word: string, options: {presence: number}): void;
    }
    interface Lunr {
      Index: {load(serialised: object): {query(build: (q: Query) => void): {ref: string}[]}};
      Query: {presence: {REQUIRED: number}};
    }
    const lunr = require('lunr') as Lunr;
    const {buildIndex} = require(join(pluginDir, SERVER_INDEX_BUILDER)) as {
      buildIndex: (
        documents: {i: number; t: string}[][],
        options: Record<string, unknown>,
      ) => {index: {toJSON(): object}}[];
    };
    const [built] = buildIndex(
      [
        [
          {i: 1, t: 'Đánh giá mức độ sẵn sàng'},
          {i: 2, t: 'Lập Kế Hoạch và quản trị AI'},
          {i: 3, t: 'Build the business case'},
        ],
      ],
      {
        language: ['vi', 'en'],
        removeDefaultStopWordFilter: ['en', 'vi'],
        removeDefaultStemmer: false,
      },
    );
    // What the worker does: load the serialised index, which names "foldVietnamese".
    const index = lunr.Index.load(JSON.parse(JSON.stringify(built!.index)) as object);
    const refs = (query: string): string[] =>
      index
        .query((q) => {
          for (const word of query.split(' ')) {
            q.term(word, {presence: lunr.Query.presence.REQUIRED});
          }
        })
        .map((result) => result.ref);

    for (const query of ['đánh giá', 'danh gia', 'ĐÁNH GIÁ', 'đánh giá'.normalize('NFD')]) {
      expect(refs(query), query).toEqual(['1']);
    }
    expect(refs('muc do san sang')).toEqual(['1']);
    expect(refs('lap ke hoach')).toEqual(['2']);
    expect(refs('QUAN TRI AI')).toEqual(['2']);
    expect(refs('business case')).toEqual(['3']);
  });
});
