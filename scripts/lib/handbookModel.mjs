// The PDF handbook's plan, without a browser or a DOM: which pages it holds and in what order,
// what each language calls its parts, where the files go, how a link of the site becomes a link
// inside the handbook, and how its ids stay unique. scripts/build-handbook.mjs puts it to work;
// tests/unit/handbookModel.test.ts checks it.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, posix} from 'node:path';
import {
  ENGLISH_DOCS_DIR,
  readFrontMatter,
  SITE_IDENTITY,
  SOURCE_DOCS_DIR,
} from '../../src/config/siteLayout.mjs';

/** @typedef {'vi' | 'en'} Locale */

/** @type {readonly Locale[]} */
export const HANDBOOK_LOCALES = ['vi', 'en'];

/**
 * Each language's PDF, relative to the site's base URL (and to build/): the download links
 * read these names from handbook.json, so they change here and nowhere else.
 * @type {Readonly<Record<Locale, string>>}
 */
export const HANDBOOK_FILE = {
  vi: 'handbook/cam-nang-ai-coe.pdf',
  en: 'handbook/ai-coe-playbook.pdf',
};

/** The manifest the download links fetch: file, bytes, pages and edition per language. */
export const HANDBOOK_MANIFEST = 'handbook/handbook.json';

/** Who the PDF's metadata names as author: the credit LICENSE-CONTENT.md asks for. */
export const HANDBOOK_AUTHOR = 'AI CoE Playbook contributors';

/** @type {Readonly<Record<Locale, string>>} Where each language lives under the base URL. */
export const LOCALE_PATH = {vi: '', en: 'en/'};

/**
 * The A4 page's margins in millimetres. The running header and footer sit in the top and
 * bottom margins, so text extraction can tell them from the body by height alone.
 */
export const PAGE_MARGIN_MM = {top: 20, bottom: 18, inner: 17, outer: 17};

/**
 * What the handbook's own parts say in each language. The footer's page number reads
 * `pageBefore` N `pageBetween` total.
 * @type {Readonly<Record<Locale, {contents: string, edition: string, onlineAt: string,
 *   pageBefore: string, pageBetween: string, license: string, licenseUrl: string,
 *   coverLabel: string}>>}
 */
export const HANDBOOK_WORDS = {
  vi: {
    contents: 'Mục lục',
    edition: 'Ấn bản',
    onlineAt: 'Bản trực tuyến, luôn mới nhất:',
    pageBefore: 'Trang ',
    pageBetween: ' / ',
    license: `Nội dung: ${HANDBOOK_AUTHOR}, giấy phép CC BY 4.0.`,
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
    coverLabel: 'Bìa',
  },
  en: {
    contents: 'Contents',
    edition: 'Edition',
    onlineAt: 'Read online, always up to date:',
    pageBefore: 'Page ',
    pageBetween: ' of ',
    license: `Text by ${HANDBOOK_AUTHOR}, licensed under CC BY 4.0.`,
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    coverLabel: 'Cover',
  },
};

/**
 * @typedef {object} HandbookPage
 * @property {string} docId the sidebar's id, such as `quy-trinh/chuan-bi`
 * @property {string} sectionId the handbook's id for the page: every link to it targets this
 * @property {string} route the page's path under the language's root, without a leading slash
 * @property {string} title the page's title (its front matter, which is also its h1)
 * @property {{key: string, label: string} | null} group the sidebar category holding it
 */

/**
 * @typedef {{type?: string, id?: string, key?: string, label?: string, items?: SidebarEntry[]}
 *   | string} SidebarEntry
 */

/**
 * The doc ids of a sidebars config in reading order, each with the top-level category holding
 * it (null at the top level).
 * @param {Record<string, unknown>} sidebars the default export of sidebars.ts
 * @returns {{docId: string, sidebar: string, category: {key: string, label: string} | null}[]}
 */
export function sidebarEntries(sidebars) {
  /** @type {{docId: string, sidebar: string, category: {key: string, label: string} | null}[]} */
  const entries = [];
  /**
   * @param {readonly SidebarEntry[]} items
   * @param {string} sidebar
   * @param {{key: string, label: string} | null} category
   */
  const walk = (items, sidebar, category) => {
    for (const item of items) {
      if (typeof item === 'string') entries.push({docId: item, sidebar, category});
      else if (item.type === 'doc' && item.id) entries.push({docId: item.id, sidebar, category});
      else if (item.items) {
        const label = item.label ?? '';
        walk(item.items, sidebar, category ?? {key: item.key ?? label, label});
      }
    }
  };
  for (const [sidebar, items] of Object.entries(sidebars)) {
    walk(/** @type {SidebarEntry[]} */ (items), sidebar, null);
  }
  return entries;
}

/**
 * The id a page's section gets in the handbook: its doc id with slashes as dashes.
 * @param {string} docId
 */
export function sectionIdOf(docId) {
  return docId.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/**
 * A page's path under its language's root, from its doc id and front matter `slug`
 * (Docusaurus: an absolute slug replaces the path, a relative one replaces the file name).
 * @param {string} docId
 * @param {string | undefined} slug
 */
export function routeOf(docId, slug) {
  if (!slug) return docId;
  const folder = posix.dirname(docId);
  const path = slug.startsWith('/') ? slug : posix.join(folder === '.' ? '' : folder, slug);
  return path.replace(/^\/+|\/+$/g, '');
}

/**
 * Every page of the handbook in one language, in sidebar order.
 * @param {object} options
 * @param {string} options.root the repository
 * @param {Locale} options.locale
 * @param {Record<string, unknown>} options.sidebars the default export of sidebars.ts
 * @returns {HandbookPage[]}
 */
export function handbookPages({root, locale, sidebars}) {
  const folder = locale === 'vi' ? SOURCE_DOCS_DIR : ENGLISH_DOCS_DIR;
  const categoryLabels = locale === 'vi' ? {} : readCategoryLabels(root);
  return sidebarEntries(sidebars).map(({docId, sidebar, category}) => {
    const file = join(root, folder, `${docId}.mdx`);
    if (!existsSync(file)) throw new Error(`${file} is missing: the sidebar lists "${docId}".`);
    const fields = readFrontMatter(readFileSync(file, 'utf8')).fields ?? {};
    const title = fields.title;
    if (!title) throw new Error(`${file} has no title in its front matter.`);
    const group = category && {
      key: category.key,
      label: categoryLabels[`sidebar.${sidebar}.category.${category.key}`] ?? category.label,
    };
    return {docId, sectionId: sectionIdOf(docId), route: routeOf(docId, fields.slug), title, group};
  });
}

/**
 * The English names of the sidebar's categories, keyed as Docusaurus's translation file keys
 * them (`sidebar.guide.category.process`).
 * @param {string} root
 * @returns {Record<string, string>}
 */
function readCategoryLabels(root) {
  const file = join(root, dirname(ENGLISH_DOCS_DIR), 'current.json');
  if (!existsSync(file)) return {};
  /** @type {Record<string, {message?: string}>} */
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      value.message ? [[key, value.message]] : [],
    ),
  );
}

/**
 * The built HTML file of a page, relative to build/: `quy-trinh/chuan-bi` is
 * `quy-trinh/chuan-bi.html` (the site has no trailing slashes), the root is `index.html`.
 * @param {Locale} locale
 * @param {string} route
 */
export function builtFileOf(locale, route) {
  return `${LOCALE_PATH[locale]}${route === '' ? 'index' : route}.html`;
}

/**
 * A path as the site serves it, so two spellings of one page compare equal: no trailing slash,
 * no `.html`, no `/index`, percent-encoding decoded.
 * @param {string} pathname
 */
export function normalisePath(pathname) {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // A malformed escape: compare it as written.
  }
  path = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * @typedef {object} LinkContext
 * @property {string} pageUrl the page's public address, which its relative links start from
 * @property {string} sectionId the handbook's id of the page the link is on
 * @property {ReadonlyMap<string, string>} routes normalised public path → section id, for
 *   every page in the handbook
 * @property {ReadonlyMap<string, ReadonlyMap<string, string>>} anchors section id → (the page's
 *   own id → its id in the handbook)
 */

/**
 * Where a link of the site goes in the handbook. A link to a page of the handbook, or to a
 * section of one, becomes a link inside the PDF (`#section` or `#section--anchor`, as renamed);
 * a link to any other page of the site becomes its full public address, so it still works from
 * a PDF on a laptop; links elsewhere, `mailto:` included, stay as they are.
 * @param {string} href as written in the built page
 * @param {LinkContext} context
 * @returns {string}
 */
export function resolveLink(href, context) {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) {
    return `#${anchorTarget(context.sectionId, decodeFragment(trimmed.slice(1)), context.anchors)}`;
  }
  let url;
  try {
    url = new URL(trimmed, context.pageUrl);
  } catch {
    return href;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return href;
  const page = new URL(context.pageUrl);
  if (url.origin !== page.origin) return href;
  const section = context.routes.get(normalisePath(url.pathname));
  if (section === undefined) return url.href;
  return `#${anchorTarget(section, decodeFragment(url.hash.slice(1)), context.anchors)}`;
}

/**
 * @param {string} section
 * @param {string} anchor
 * @param {ReadonlyMap<string, ReadonlyMap<string, string>>} anchors
 */
function anchorTarget(section, anchor, anchors) {
  if (!anchor) return section;
  // A missing anchor still lands on its page rather than nowhere.
  return anchors.get(section)?.get(anchor) ?? section;
}

/** @param {string} fragment */
function decodeFragment(fragment) {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Gives out ids that are unique in the whole handbook: the wished-for id when it is free, else
 * the same with `-2`, `-3`… Ids in `reserved` are never given out.
 * @param {Iterable<string>} [reserved]
 * @returns {(wanted: string) => string}
 */
export function createIdAllocator(reserved = []) {
  const taken = new Set(reserved);
  return (wanted) => {
    let id = wanted;
    for (let n = 2; taken.has(id); n += 1) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
}

/** The id a page's own anchor gets in the handbook, before making it unique. */
export const anchorIdOf = (/** @type {string} */ sectionId, /** @type {string} */ id) =>
  `${sectionId}--${id}`;

/**
 * @typedef {object} TocEntry
 * @property {'page'} kind
 * @property {string} sectionId
 * @property {string} title
 * @property {number | null} pageNumber
 */

/**
 * @typedef {object} TocGroup
 * @property {'group'} kind
 * @property {string} label
 * @property {TocEntry[]} entries
 */

/**
 * The table of contents: every page in sidebar order, with the pages of one sidebar category
 * gathered under its name, each with the PDF page it starts on (null before it is known).
 * @param {readonly HandbookPage[]} pages
 * @param {ReadonlyMap<string, number>} [pageNumbers] section id → page number
 * @returns {(TocEntry | TocGroup)[]}
 */
export function tocModel(pages, pageNumbers = new Map()) {
  /** @type {(TocEntry | TocGroup)[]} */
  const items = [];
  for (const page of pages) {
    /** @type {TocEntry} */
    const entry = {
      kind: 'page',
      sectionId: page.sectionId,
      title: page.title,
      pageNumber: pageNumbers.get(page.sectionId) ?? null,
    };
    const last = items.at(-1);
    if (!page.group) items.push(entry);
    else if (last?.kind === 'group' && last.label === page.group.label) last.entries.push(entry);
    else items.push({kind: 'group', label: page.group.label, entries: [entry]});
  }
  return items;
}

/**
 * Checks that page numbers fit a table of contents: every page has one, and they never go
 * back. Returns what is wrong, one line each (empty when nothing is).
 * @param {readonly HandbookPage[]} pages
 * @param {ReadonlyMap<string, number>} pageNumbers
 * @returns {string[]}
 */
export function pageNumberProblems(pages, pageNumbers) {
  /** @type {string[]} */
  const problems = [];
  let previous = 0;
  for (const page of pages) {
    const number = pageNumbers.get(page.sectionId);
    if (number === undefined) {
      problems.push(`"${page.title}" (#${page.sectionId}) is not found in the PDF`);
      continue;
    }
    if (number <= previous) {
      problems.push(`"${page.title}" starts on page ${number}, not after page ${previous}`);
    }
    previous = number;
  }
  return problems;
}

/**
 * Bookmark titles as the headings they come from spell them. Chromium builds each bookmark from
 * its heading as laid out, and drops the space where a long heading wraps onto a second line
 * ("một doanh nghiệpđi qua"); each title is matched, in order, with the next heading that has
 * the same letters, and takes that heading's text. Titles with no such heading stay as they are.
 * @param {readonly string[]} titles the bookmarks' titles, depth first (document order)
 * @param {readonly string[]} headings the document's headings' text, in order
 * @returns {string[]}
 */
export function correctedTitles(titles, headings) {
  const letters = (/** @type {string} */ text) => text.replace(/\s+/g, '');
  let next = 0;
  return titles.map((title) => {
    const wanted = letters(title);
    for (let index = next; index < headings.length; index += 1) {
      const heading = headings[index] ?? '';
      if (letters(heading) === wanted) {
        next = index + 1;
        return heading;
      }
    }
    return title;
  });
}

/**
 * Text as a CSS string literal, for the running header's `content`.
 * @param {string} text
 */
export function cssString(text) {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n|\r/g, '\\A ')}"`;
}

/**
 * Text made safe inside HTML, in element content and in quoted attributes.
 * @param {string} text
 */
export function escapeHtml(text) {
  return text.replace(
    /[&<>"']/g,
    (c) =>
      /** @type {Record<string, string>} */ ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&#39;',
      })[c] ?? c,
  );
}

/**
 * The site's public address in a language: the cover prints it.
 * @param {{url: string, baseUrl: string}} settings
 * @param {Locale} locale
 */
export function siteAddress(settings, locale) {
  return `${settings.url}${settings.baseUrl}${LOCALE_PATH[locale]}`;
}

/**
 * The edition's date as the cover writes it, in the language of the handbook.
 * @param {string} isoDate YYYY-MM-DD
 * @param {Locale} locale
 */
export function formatEdition(isoDate, locale) {
  const [year, month, day] = isoDate.split('-').map(Number);
  // Written out as Vietnamese documents date themselves; Intl's vi-VN long form
  // ("2 tháng 12, 2026") borrows the English comma.
  if (locale === 'vi') return `ngày ${day} tháng ${month} năm ${year}`;
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** The site's name and tagline, re-exported for the cover. */
export {SITE_IDENTITY};
