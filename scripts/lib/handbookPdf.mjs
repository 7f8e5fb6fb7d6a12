// Reading and finishing the handbook's PDF, with no system tool: pdf.js (Mozilla's PDF reader,
// pdfjs-dist) finds where each page of the guide starts, so the table of contents can say it,
// and lets the tests read the text, the bookmarks and the links as a reader's viewer would;
// pdf-lib (@cantoo/pdf-lib, the maintained fork) writes the document's metadata.
import {PDFDict, PDFDocument, PDFHexString, PDFName, PDFString} from '@cantoo/pdf-lib';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {correctedTitles, HANDBOOK_AUTHOR, PAGE_MARGIN_MM} from './handbookModel.mjs';

const POINTS_PER_MM = 72 / 25.4;

/**
 * @typedef {object} PdfLine
 * @property {string} text the line's pieces, a space where there is a gap between them
 * @property {number} x left edge, in points from the page's left
 * @property {number} y baseline, in points from the page's bottom
 */

/**
 * @typedef {object} PdfPage
 * @property {number} number from 1
 * @property {string} header the running header's text (in the top margin)
 * @property {string} footer the running footer's text (in the bottom margin)
 * @property {string} body the page's text without header and footer, as a viewer copies it:
 *   the pieces in order, a line break where a line ends
 * @property {PdfLine[]} lines the body's lines, top to bottom
 */

/**
 * @typedef {object} PdfOutlineItem
 * @property {string} title
 * @property {number} depth 0 for the top level
 * @property {number | null} page where the bookmark leads, from 1
 */

/**
 * @typedef {object} PdfLink
 * @property {number} page the page the link is on, from 1
 * @property {string | null} url an outside address, for a link that leaves the document
 * @property {string | null} destination the named destination, for a link inside it
 * @property {number | null} target the page a link inside the document leads to, from 1
 */

/**
 * @typedef {object} PdfSummary
 * @property {number} pageCount
 * @property {Record<string, unknown>} info the document information (Title, Author, Language…)
 * @property {Map<string, number>} destinations named destination → page, from 1
 * @property {PdfOutlineItem[]} outline every bookmark, depth first
 * @property {PdfLink[]} links
 * @property {PdfPage[]} pages empty unless asked for
 */

/**
 * @param {Uint8Array} bytes
 */
function open(bytes) {
  // pdf.js takes the buffer over; it gets a copy so the caller's bytes stay usable.
  return getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
}

/**
 * What the PDF holds: pages, named destinations, bookmarks and links, and (with `text`) every
 * page's text split into running header, body and footer.
 * @param {Uint8Array} bytes
 * @param {{text?: boolean}} [options]
 * @returns {Promise<PdfSummary>}
 */
export async function readPdf(bytes, {text = false} = {}) {
  const document = await open(bytes);
  try {
    /** @param {unknown} destination @returns {Promise<number | null>} */
    const pageOf = async (destination) => {
      const explicit =
        typeof destination === 'string'
          ? await document.getDestination(destination)
          : /** @type {unknown[] | null} */ (destination);
      const reference = explicit?.[0];
      if (reference === undefined || reference === null) return null;
      if (typeof reference === 'number') return reference + 1;
      return (await document.getPageIndex(/** @type {any} */ (reference))) + 1;
    };

    /** @type {Map<string, number>} */
    const destinations = new Map();
    for (const [name, destination] of Object.entries(await document.getDestinations())) {
      const page = await pageOf(destination);
      if (page !== null) destinations.set(name, page);
    }

    /** @type {PdfOutlineItem[]} */
    const outline = [];
    /** @param {readonly {title: string, dest: unknown, items: unknown[]}[]} items @param {number} depth */
    const walk = async (items, depth) => {
      for (const item of items) {
        outline.push({title: item.title, depth, page: item.dest ? await pageOf(item.dest) : null});
        await walk(/** @type {any} */ (item.items), depth + 1);
      }
    };
    await walk((await document.getOutline()) ?? [], 0);

    /** @type {PdfLink[]} */
    const links = [];
    /** @type {PdfPage[]} */
    const pages = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype !== 'Link') continue;
        const destination = annotation.dest ?? null;
        links.push({
          page: number,
          url: annotation.url ?? annotation.unsafeUrl ?? null,
          destination: typeof destination === 'string' ? destination : null,
          target: destination ? await pageOf(destination) : null,
        });
      }
      if (text) pages.push(await pageText(page, number));
      page.cleanup();
    }
    const {info} = await document.getMetadata();
    return {
      pageCount: document.numPages,
      info: /** @type {Record<string, unknown>} */ (info),
      destinations,
      outline,
      links,
      pages,
    };
  } finally {
    await document.destroy();
  }
}

/**
 * A page's text, the running header and footer told apart from the body by the page margins
 * they are printed in.
 * @param {import('pdfjs-dist/types/src/display/api').PDFPageProxy} page
 * @param {number} number
 * @returns {Promise<PdfPage>}
 */
async function pageText(page, number) {
  const [, bottomEdge, , topEdge] = page.view;
  const bodyTop = (topEdge ?? 842) - PAGE_MARGIN_MM.top * POINTS_PER_MM;
  const bodyBottom = (bottomEdge ?? 0) + PAGE_MARGIN_MM.bottom * POINTS_PER_MM;
  const content = await page.getTextContent();
  /** @type {{str: string, hasEOL: boolean, x: number, y: number, width: number, size: number}[]} */
  const items = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    items.push({
      str: item.str,
      hasEOL: item.hasEOL,
      x,
      y,
      width: item.width,
      size: Math.hypot(a, b),
    });
  }
  /** @param {typeof items} part */
  const asCopied = (part) =>
    part
      .map((item) => item.str + (item.hasEOL ? '\n' : ''))
      .join('')
      .trim();
  const inBody = (/** @type {(typeof items)[number]} */ item) =>
    item.y <= bodyTop && item.y >= bodyBottom;
  const body = items.filter(inBody);
  return {
    number,
    header: asCopied(items.filter((item) => item.y > bodyTop)).replace(/\s+/g, ' '),
    footer: asCopied(items.filter((item) => item.y < bodyBottom)).replace(/\s+/g, ' '),
    body: asCopied(body),
    lines: groupLines(body),
  };
}

/**
 * Pieces of text on one baseline, left to right, joined with a space where they are apart.
 * @param {readonly {str: string, x: number, y: number, width: number, size: number}[]} items
 * @returns {PdfLine[]}
 */
export function groupLines(items) {
  /** @type {{y: number, pieces: (typeof items)[number][]}[]} */
  const rows = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const row = rows.find(
      (candidate) => Math.abs(candidate.y - item.y) < Math.max(2, item.size / 3),
    );
    if (row) row.pieces.push(item);
    else rows.push({y: item.y, pieces: [item]});
  }
  return rows
    .sort((one, other) => other.y - one.y)
    .map(({y, pieces}) => {
      const ordered = [...pieces].sort((one, other) => one.x - other.x);
      let text = '';
      let end = -Infinity;
      for (const piece of ordered) {
        const apart = piece.x - end > piece.size * 0.2;
        if (text && apart && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
        text += piece.str;
        end = piece.x + piece.width;
      }
      return {text: text.replace(/\s+/g, ' ').trim(), x: ordered[0]?.x ?? 0, y};
    });
}

/**
 * @typedef {object} PdfMetadata
 * @property {string} title
 * @property {string} subject
 * @property {string} language BCP 47, such as `vi`
 * @property {string[]} keywords
 * @property {string} edition YYYY-MM-DD: the document's creation and modification dates
 * @property {readonly string[]} headings the printed document's headings, in order: the
 *   bookmarks' titles are checked against them ({@link correctedTitles})
 */

/**
 * The printed PDF with its metadata written: title (shown by viewers instead of the file
 * name), author, subject, keywords, language, dates of the edition, and the bookmarks panel
 * open on arrival. Everything Chromium wrote (tags, bookmarks, links, fonts) is kept.
 * @param {Uint8Array} bytes
 * @param {PdfMetadata} metadata
 * @returns {Promise<Uint8Array>}
 */
export async function finishPdf(bytes, {title, subject, language, keywords, edition, headings}) {
  const document = await PDFDocument.load(bytes, {updateMetadata: false});
  repairBookmarks(document, headings);
  const printedBy = document.getProducer();
  const date = new Date(`${edition}T00:00:00Z`);
  document.setTitle(title, {showInWindowTitleBar: true});
  document.setAuthor(HANDBOOK_AUTHOR);
  document.setSubject(subject);
  document.setKeywords(keywords);
  document.setLanguage(language);
  document.setCreator('AI CoE Playbook, scripts/build-handbook.mjs');
  document.setProducer([printedBy, 'pdf-lib'].filter(Boolean).join('; '));
  document.setCreationDate(date);
  document.setModificationDate(date);
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return document.save({useObjectStreams: true});
}

/**
 * Gives every bookmark its heading's exact text ({@link correctedTitles}).
 * @param {PDFDocument} document
 * @param {readonly string[]} headings
 * @returns {number} how many titles changed
 */
function repairBookmarks(document, headings) {
  /** @type {PDFDict[]} */
  const items = [];
  /** @param {unknown} item */
  const walk = (item) => {
    let current = item instanceof PDFDict ? item : undefined;
    while (current) {
      items.push(current);
      walk(current.lookup(PDFName.of('First')));
      const next = current.lookup(PDFName.of('Next'));
      current = next instanceof PDFDict ? next : undefined;
    }
  };
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')));
  const titles = items.map((item) => {
    const title = item.lookup(PDFName.of('Title'));
    return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
  });
  const corrected = correctedTitles(titles, headings);
  let changed = 0;
  items.forEach((item, index) => {
    const title = corrected[index];
    if (title === undefined || title === titles[index]) return;
    item.set(PDFName.of('Title'), PDFHexString.fromText(title));
    changed += 1;
  });
  return changed;
}
