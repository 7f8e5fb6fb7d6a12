// Turns the built pages of the site into one HTML document for the PDF handbook: each page's
// article without the site's chrome, its ids made unique across the handbook, its links
// pointed inside the document, then a cover and a table of contents in front. Works on any DOM
// (jsdom in the generator and the unit tests); the browser only prints the result.
import {
  anchorIdOf,
  createIdAllocator,
  cssString,
  escapeHtml,
  formatEdition,
  HANDBOOK_AUTHOR,
  HANDBOOK_WORDS,
  normalisePath,
  PAGE_MARGIN_MM,
  resolveLink,
  tocModel,
} from './handbookModel.mjs';

/** @typedef {import('./handbookModel.mjs').Locale} Locale */
/** @typedef {import('./handbookModel.mjs').HandbookPage} HandbookPage */
/** @typedef {import('./handbookModel.mjs').LinkContext} LinkContext */

/**
 * What a page's article holds that means nothing on paper: breadcrumbs, the phone's "On this
 * page" button, the edit link and last-update line, previous/next, the ¶ anchors beside
 * headings (a zero-width space each, which would end up in copied text), any button.
 */
export const SITE_CHROME = [
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.pagination-nav',
  '.hash-link',
  'button',
  'script',
  'noscript',
];

/** Attributes that hold a space-separated list of ids of the same document. */
const ID_LIST_ATTRIBUTES = [
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
  'for',
  'form',
  'headers',
  'list',
];

const URL_REFERENCE = /url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g;

/**
 * The article of a built page of the guide.
 * @param {Document} document
 * @returns {Element}
 */
export function articleOf(document) {
  const article = document.querySelector('main article');
  if (!article) throw new Error('the page has no <main> <article>: is it a page of the guide?');
  return article;
}

/**
 * Readies a page's article for the handbook, in place: drops the site's chrome, opens every
 * collapsed part, makes images load at once from the local server, and renames every id to
 * `section--id` (unique in the handbook through `allocate`), references to them included.
 * Links are left for {@link rewriteLinks}, which needs the ids of every page first.
 * @param {Element} article
 * @param {object} options
 * @param {string} options.sectionId
 * @param {string} options.pageUrl the page's public address, for relative image paths
 * @param {(wanted: string) => string} options.allocate
 * @returns {Map<string, string>} the page's id → its id in the handbook
 */
export function prepareArticle(article, {sectionId, pageUrl, allocate}) {
  for (const element of article.querySelectorAll(SITE_CHROME.join(','))) element.remove();
  for (const details of article.querySelectorAll('details')) details.setAttribute('open', '');
  localiseImages(article, pageUrl);
  return renameIds(article, (id) => allocate(anchorIdOf(sectionId, id)));
}

/**
 * Gives every element under `root` a new id from `rename`, and follows in every attribute that
 * refers to an id: ARIA and label references, table headers, SVG `href="#…"` and `url(#…)`.
 * Links (`<a href="#…">`) are not touched. When the page has an id twice, references go to the
 * first, as in the browser.
 * @param {Element} root
 * @param {(id: string) => string} rename
 * @returns {Map<string, string>} old id → new id
 */
export function renameIds(root, rename) {
  /** @type {Map<string, string>} */
  const renamed = new Map();
  for (const element of root.querySelectorAll('[id]')) {
    const id = element.getAttribute('id') ?? '';
    if (!id) continue;
    const next = rename(id);
    if (!renamed.has(id)) renamed.set(id, next);
    element.setAttribute('id', next);
  }
  /** @param {string} id */
  const follow = (id) => renamed.get(id) ?? id;
  for (const element of root.querySelectorAll('*')) {
    const isLink = element.localName === 'a' || element.localName === 'area';
    for (const attribute of Array.from(element.attributes)) {
      const {name, value} = attribute;
      let next = value;
      if (ID_LIST_ATTRIBUTES.includes(name)) {
        next = value.split(/\s+/).filter(Boolean).map(follow).join(' ');
      } else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#') && !isLink) {
        next = `#${follow(value.slice(1))}`;
      } else if (value.includes('url(')) {
        next = value.replace(
          URL_REFERENCE,
          (_, quote, id) => `url(${quote}#${follow(id)}${quote})`,
        );
      }
      if (next !== value) element.setAttribute(name, next);
    }
  }
  return renamed;
}

/**
 * Every page of the guide in one language, readied for the handbook: ids unique across all of
 * them, links between them pointed inside the document.
 * @param {object} options
 * @param {readonly HandbookPage[]} options.pages in sidebar order
 * @param {(page: HandbookPage) => Document} options.documentOf the page's built HTML, parsed
 * @param {(page: HandbookPage) => string} options.pageUrlOf the page's public address
 * @returns {HandbookSection[]}
 */
export function assembleSections({pages, documentOf, pageUrlOf}) {
  const allocate = createIdAllocator([...RESERVED_IDS, ...pages.map((page) => page.sectionId)]);
  const prepared = pages.map((page) => {
    const article = articleOf(documentOf(page));
    const anchors = prepareArticle(article, {
      sectionId: page.sectionId,
      pageUrl: pageUrlOf(page),
      allocate,
    });
    return {page, article, anchors};
  });
  const routes = new Map(
    pages.map((page) => [normalisePath(new URL(pageUrlOf(page)).pathname), page.sectionId]),
  );
  const anchors = new Map(prepared.map(({page, anchors}) => [page.sectionId, anchors]));
  return prepared.map(({page, article}) => {
    rewriteLinks(article, {pageUrl: pageUrlOf(page), sectionId: page.sectionId, routes, anchors});
    return {page, html: article.innerHTML};
  });
}

/**
 * Points every link under `root` where it goes in the handbook ({@link resolveLink}); links
 * inside the document lose `target` and `rel`, which only mean something for a new window.
 * @param {Element} root
 * @param {LinkContext} context
 */
export function rewriteLinks(root, context) {
  for (const link of root.querySelectorAll('a[href], area[href]')) {
    const href = link.getAttribute('href') ?? '';
    const next = resolveLink(href, context);
    if (next !== href) link.setAttribute('href', next);
    if (next.startsWith('#')) {
      link.removeAttribute('target');
      link.removeAttribute('rel');
    }
  }
}

/**
 * Image addresses relative to the page, made absolute paths on the server that serves the
 * build (the handbook's document lives at another address); every image loads at once, as a
 * lazy image below the fold would print empty.
 * @param {Element} root
 * @param {string} pageUrl
 */
function localiseImages(root, pageUrl) {
  const origin = new URL(pageUrl).origin;
  /** @param {string} value */
  const local = (value) => {
    const url = new URL(value, pageUrl);
    return url.origin === origin ? `${url.pathname}${url.search}` : url.href;
  };
  for (const element of root.querySelectorAll('img[src], source[src], video[poster]')) {
    const name = element.localName === 'video' ? 'poster' : 'src';
    element.setAttribute(name, local(element.getAttribute(name) ?? ''));
  }
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) {
    const candidates = (element.getAttribute('srcset') ?? '').split(',').map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [local(url), ...descriptor].join(' ');
    });
    element.setAttribute('srcset', candidates.join(', '));
  }
  for (const image of root.querySelectorAll('img')) {
    image.setAttribute('loading', 'eager');
    image.removeAttribute('decoding');
  }
}

/**
 * @typedef {object} HandbookSection
 * @property {HandbookPage} page
 * @property {string} html the prepared article's content
 */

/**
 * @typedef {object} HandbookDocument
 * @property {Locale} locale
 * @property {{title: string, tagline: string}} identity the site's name and tagline
 * @property {string} edition YYYY-MM-DD
 * @property {string} address the site's public address in this language
 * @property {string} logo the logo's path on the local server
 * @property {readonly string[]} stylesheets the site's stylesheets, as paths on the local server
 * @property {string} css the handbook's own print stylesheet
 * @property {readonly HandbookSection[]} sections in sidebar order
 * @property {ReadonlyMap<string, number>} [pageNumbers] section id → page, once known
 */

/** Ids the handbook's own parts use; no page's id may take them. */
export const RESERVED_IDS = ['hb-cover', 'hb-contents', 'hb-contents-title'];

/** The named page (CSS `page`) of the i-th section: its running header differs from the others. */
export const pageNameOf = (/** @type {number} */ index) => `hb-page-${index + 1}`;

/**
 * The page boxes: A4, margins, and the running header (the page's title) and footer (the
 * handbook's title and edition, the page number) drawn by Chromium in the page margins.
 * @param {HandbookDocument} handbook
 */
export function pageRules({locale, identity, edition, sections}) {
  const words = HANDBOOK_WORDS[locale];
  const {top, bottom, inner, outer} = PAGE_MARGIN_MM;
  const footer = `${identity.title} · ${words.edition} ${formatEdition(edition, locale)}`;
  const counter = `${cssString(words.pageBefore)} counter(page) ${cssString(words.pageBetween)} counter(pages)`;
  const header = (/** @type {string} */ text) => `@top-left { content: ${cssString(text)}; }`;
  return [
    `@page {
  size: A4;
  margin: ${top}mm ${outer}mm ${bottom}mm ${inner}mm;
  @top-left { content: none; }
  @bottom-left { content: ${cssString(footer)}; }
  @bottom-right { content: ${counter}; }
}`,
    `@page hb-cover { @top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }`,
    `@page hb-contents { ${header(words.contents)} }`,
    `.hb-cover { page: hb-cover; }`,
    `.hb-toc { page: hb-contents; }`,
    ...sections.map(
      ({page}, index) =>
        `@page ${pageNameOf(index)} { ${header(page.title)} }\n.${pageNameOf(index)} { page: ${pageNameOf(index)}; }`,
    ),
  ].join('\n');
}

/**
 * The cover: the handbook's name and purpose, its edition, where to read it online, its licence.
 * @param {HandbookDocument} handbook
 */
function coverHtml({locale, identity, edition, address, logo}) {
  const words = HANDBOOK_WORDS[locale];
  return `<section class="hb-cover" id="hb-cover" aria-label="${escapeHtml(words.coverLabel)}">
<img class="hb-cover__logo" src="${escapeHtml(logo)}" alt="" width="96" height="96">
<h1 class="hb-cover__title">${escapeHtml(identity.title)}</h1>
<p class="hb-cover__tagline">${escapeHtml(identity.tagline)}</p>
<p class="hb-cover__edition">${escapeHtml(words.edition)} <time datetime="${escapeHtml(edition)}">${escapeHtml(formatEdition(edition, locale))}</time></p>
<p class="hb-cover__address">${escapeHtml(words.onlineAt)}<br><a href="${escapeHtml(address)}">${escapeHtml(address)}</a></p>
<p class="hb-cover__license">${escapeHtml(words.license)} <a href="${escapeHtml(words.licenseUrl)}">${escapeHtml(words.licenseUrl)}</a></p>
</section>`;
}

/**
 * The table of contents: every page linked to where it starts, with its page number.
 * @param {HandbookDocument} handbook
 */
export function tocHtml({locale, sections, pageNumbers}) {
  const words = HANDBOOK_WORDS[locale];
  const items = tocModel(
    sections.map((section) => section.page),
    pageNumbers,
  );
  /** @param {import('./handbookModel.mjs').TocEntry} entry */
  const entryHtml = (entry) =>
    `<li class="hb-toc__entry"><a href="#${escapeHtml(entry.sectionId)}" data-toc-for="${escapeHtml(entry.sectionId)}"><span class="hb-toc__title">${escapeHtml(entry.title)}</span><span class="hb-toc__leader" aria-hidden="true"></span><span class="hb-toc__page">${entry.pageNumber ?? 0}</span></a></li>`;
  const list = items
    .map((item) =>
      item.kind === 'page'
        ? entryHtml(item)
        : `<li class="hb-toc__group"><span class="hb-toc__group-label">${escapeHtml(item.label)}</span><ol class="hb-toc__list">${item.entries.map(entryHtml).join('')}</ol></li>`,
    )
    .join('\n');
  return `<nav class="hb-toc" id="hb-contents" aria-labelledby="hb-contents-title">
<h1 id="hb-contents-title" class="hb-toc__heading">${escapeHtml(words.contents)}</h1>
<ol class="hb-toc__list">
${list}
</ol>
</nav>`;
}

/**
 * The whole handbook as one HTML document: the site's stylesheets and the handbook's own, the
 * cover, the table of contents, then every page in its own section.
 * @param {HandbookDocument} handbook
 */
export function handbookHtml(handbook) {
  const {locale, identity, stylesheets, css, sections} = handbook;
  const links = stylesheets
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('\n');
  const body = sections
    .map(
      ({page, html}, index) =>
        `<section class="hb-section ${pageNameOf(index)}" id="${escapeHtml(page.sectionId)}" data-doc-id="${escapeHtml(page.docId)}">
<article class="hb-article">${html}</article>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${locale}" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page hb-root" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(identity.title)}</title>
<meta name="author" content="${escapeHtml(HANDBOOK_AUTHOR)}">
<meta name="description" content="${escapeHtml(identity.tagline)}">
${links}
<style>
${css}
${pageRules(handbook)}
</style>
</head>
<body>
<main class="hb-main">
${coverHtml(handbook)}
${tocHtml(handbook)}
${body}
</main>
</body>
</html>
`;
}
