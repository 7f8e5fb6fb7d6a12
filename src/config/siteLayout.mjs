// Where the guide's pages live, for everything that reads them outside the browser: the site
// config, the translation-status plugin, the repository scripts and the tests. Plain JavaScript
// with JSDoc types, so Node runs it as it is and TypeScript still checks its callers.
import {existsSync, readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

/** The Vietnamese pages, the source of the guide. */
export const SOURCE_DOCS_DIR = 'docs';

/** The English twin of every page, at the same relative path (Docusaurus's i18n layout). */
export const ENGLISH_DOCS_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';

/**
 * Every `.mdx` page under `dir`, as paths relative to it with forward slashes, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function listMdxPages(dir) {
  if (!existsSync(dir)) return [];
  /** @param {string} folder @returns {string[]} */
  const walk = (folder) =>
    readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.mdx') ? [relative(dir, path).split(sep).join('/')] : [];
    });
  return walk(dir).sort();
}

/**
 * A page's front matter as a map of field to raw value (quotes removed), and the line where
 * the page's body starts; `fields` is null when the page has no front matter.
 * @param {string} source
 * @returns {{fields: Record<string, string> | null, bodyStartLine: number}}
 */
export function readFrontMatter(source) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return {fields: null, bodyStartLine: 1};
  /** @type {Record<string, string>} */
  const fields = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (field?.[1]) fields[field[1]] = (field[2] ?? '').replace(/^['"]|['"]$/g, '').trim();
  }
  return {fields, bodyStartLine: match[0].split('\n').length};
}

/**
 * @typedef {string | {type?: string, id?: string, items?: SidebarItem[]}} SidebarItem
 */

/**
 * The doc ids a sidebars config lists, in reading order.
 * @param {Record<string, unknown>} sidebars the default export of sidebars.ts
 * @returns {string[]}
 */
export function sidebarDocIds(sidebars) {
  /** @param {readonly SidebarItem[]} items @returns {string[]} */
  const walk = (items) =>
    items.flatMap((item) => {
      if (typeof item === 'string') return [item];
      if (item.type === 'doc' && item.id) return [item.id];
      return item.items ? walk(item.items) : [];
    });
  return walk(/** @type {SidebarItem[]} */ (Object.values(sidebars).flat()));
}

/**
 * The brand teal: the browser's theme color and the link-preview cards. CSS cannot import it,
 * so src/css/custom.css and the SVG logo and favicon repeat it, and
 * tests/unit/contrast.test.ts fails if any of them differs.
 */
export const BRAND_COLOR = '#0a6e5c';

/** The site's name and tagline in each language: the navbar, the page titles, the link previews. */
export const SITE_IDENTITY = {
  vi: {
    title: 'Cẩm nang AI CoE',
    tagline: 'Hướng dẫn thực hành thành lập Trung tâm Xuất sắc về AI trong doanh nghiệp',
  },
  en: {
    title: 'AI CoE Playbook',
    tagline: 'A practical guide to setting up an AI Center of Excellence in your company',
  },
};
