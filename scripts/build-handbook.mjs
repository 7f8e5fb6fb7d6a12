// The PDF handbook: the whole guide as one A4 PDF per language, made from the production build.
//
//   npm run build && npm run build:handbook
//
// writes build/handbook/cam-nang-ai-coe.pdf (Vietnamese), build/handbook/ai-coe-playbook.pdf
// (English) and build/handbook/handbook.json, which the site's download links read. With
// `--locale=vi` (or en) it makes one language's PDF and keeps the other's entry. The edition is
// the date of the last commit. Run it with the SITE_URL and BASE_URL the build used.
//
// For each language the built pages are put together, in sidebar order, into one HTML document
// with a cover and a table of contents (scripts/lib/handbookDom.mjs), served with the build by a
// local server, and printed by headless Chromium, which writes the bookmarks, the tags, the
// links between pages and the running headers natively. The table of contents gets its page
// numbers from a first printing, read back with pdf.js; the second printing is checked to put
// every page where the first did. pdf-lib then writes the metadata. Nothing outside the local
// server is fetched. Building the site itself is not slowed: this runs only when asked.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';
import {JSDOM} from 'jsdom';
import {CHROMIUM_ARGS, findChromium} from './lib/chromium.mjs';
import {importTypeScript} from './lib/importTypeScript.mjs';
import {assembleSections, handbookHtml} from './lib/handbookDom.mjs';
import {
  builtFileOf,
  HANDBOOK_FILE,
  HANDBOOK_LOCALES,
  HANDBOOK_MANIFEST,
  handbookPages,
  LOCALE_PATH,
  PAGE_MARGIN_MM,
  pageNumberProblems,
  SITE_IDENTITY,
  siteAddress,
} from './lib/handbookModel.mjs';
import {finishPdf, readPdf} from './lib/handbookPdf.mjs';
import {serveBuild} from './lib/handbookServer.mjs';

/** @typedef {import('./lib/handbookModel.mjs').Locale} Locale */
/** @typedef {import('./lib/handbookModel.mjs').HandbookPage} HandbookPage */

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = join(root, 'build');
const started = performance.now();

/** Chromium's print settings; the page size and margins come from the handbook's CSS. */
const PDF_OPTIONS = /** @type {const} */ ({
  format: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  outline: true,
  tagged: true,
});

/**
 * Printings allowed before giving up on page numbers that keep moving; two suffice, as the
 * table of contents' layout does not depend on its numbers.
 */
const MAX_PRINTINGS = 4;

for (const page of ['index.html', 'en/index.html']) {
  if (!existsSync(join(buildDir, page))) {
    throw new Error(
      `build/${page} is missing: run "npm run build" before "npm run build:handbook".`,
    );
  }
}

const {resolveSiteSettings} = /** @type {{resolveSiteSettings: (env: NodeJS.ProcessEnv) =>
  {url: string, baseUrl: string}}} */ (
  await importTypeScript(join(root, 'src/config/siteSettings.ts'))
);
const settings = resolveSiteSettings(process.env);
const sidebars = /** @type {{default: Record<string, unknown>}} */ (
  await importTypeScript(join(root, 'sidebars.ts'))
).default;
const edition = editionDate();
const css = readFileSync(join(root, 'src/css/handbook-print.css'), 'utf8');

const locales = chosenLocales(process.argv.slice(2));
const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
const server = await serveBuild({dir: buildDir, baseUrl: settings.baseUrl}).catch(
  async (/** @type {unknown} */ error) => {
    await browser.close();
    throw error;
  },
);
/** @type {Record<string, {file: string, bytes: number, pages: number, edition: string}>} */
const manifest = locales.length < HANDBOOK_LOCALES.length ? previousManifest() : {};
try {
  // The window is as wide as the A4 page's text, so the layout checked below is the printed one.
  const context = await browser.newContext({viewport: {width: textWidthPx(), height: 1000}});
  /** @type {string[]} */
  const blocked = [];
  // The handbook is printed from the build alone: no request leaves this machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  for (const locale of locales) {
    const timer = stopwatch();
    const pages = handbookPages({root, locale, sidebars});
    const {sections, stylesheets} = assemble(locale, pages);
    const html = handbookHtml({
      locale,
      identity: SITE_IDENTITY[locale],
      edition,
      address: siteAddress(settings, locale),
      logo: `${settings.baseUrl}img/logo.svg`,
      stylesheets,
      css,
      sections,
    });
    const path = `${settings.baseUrl}${LOCALE_PATH[locale]}__handbook.html`;
    server.put(path, html);
    await page.goto(`${server.origin}${path}`, {waitUntil: 'load'});
    await whenPrintable(page);
    const assembled = timer.lap();

    // First printing: where each page of the guide starts. Then the numbers go into the table
    // of contents, whose layout does not depend on them, and the document is printed again
    // until two printings agree.
    let pdf = await page.pdf(PDF_OPTIONS);
    let summary = await readPdf(pdf);
    let numbers = sectionPages(pages, summary.destinations);
    let printings = 1;
    for (;;) {
      const problems = pageNumberProblems(pages, numbers);
      if (problems.length > 0) throw new Error(`${locale}: ${problems.join('; ')}`);
      await fillContents(page, numbers);
      pdf = await page.pdf(PDF_OPTIONS);
      printings += 1;
      summary = await readPdf(pdf);
      const again = sectionPages(pages, summary.destinations);
      if (samePages(numbers, again)) break;
      if (printings >= MAX_PRINTINGS) {
        throw new Error(`${locale}: the table of contents' page numbers keep moving`);
      }
      numbers = again;
    }
    const printed = timer.lap();
    const headings = await page.evaluate(() =>
      Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), (heading) =>
        (heading.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    );

    const identity = SITE_IDENTITY[locale];
    const finished = await finishPdf(pdf, {
      title: identity.title,
      subject: identity.tagline,
      language: locale,
      keywords: [identity.title, 'AI CoE', 'AI Center of Excellence'],
      edition,
      headings,
    });
    const file = HANDBOOK_FILE[locale];
    mkdirSync(join(buildDir, 'handbook'), {recursive: true});
    writeFileSync(join(buildDir, file), finished);
    const {pageCount} = summary;
    manifest[locale] = {file, bytes: finished.byteLength, pages: pageCount, edition};
    const total = timer.total();
    console.log(
      `${locale}: build/${file}: ${pageCount} pages, ${formatBytes(finished.byteLength)}, ` +
        `${seconds(total)} (assembling ${seconds(assembled)}, ${printings} printings ` +
        `${seconds(printed)}, metadata ${seconds(total - assembled - printed)})`,
    );
  }
  if (blocked.length > 0) {
    console.warn(`Blocked ${blocked.length} request(s) off this machine, e.g. ${blocked[0]}`);
  }
} finally {
  await browser.close();
  await server.close();
}
const ordered = Object.fromEntries(
  HANDBOOK_LOCALES.flatMap((locale) => (manifest[locale] ? [[locale, manifest[locale]]] : [])),
);
writeFileSync(join(buildDir, HANDBOOK_MANIFEST), `${JSON.stringify(ordered, null, 2)}\n`);
console.log(`wrote build/${HANDBOOK_MANIFEST} in ${seconds(performance.now() - started)} in all`);

/**
 * The languages asked for with `--locale=vi` (repeatable), all of them by default.
 * @param {readonly string[]} args
 * @returns {Locale[]}
 */
function chosenLocales(args) {
  const asked = args.flatMap((arg) => {
    const match = /^--locale=(.+)$/.exec(arg);
    if (!match) throw new Error(`unknown argument "${arg}"; the only one is --locale=vi|en`);
    return match[1]?.split(',') ?? [];
  });
  for (const locale of asked) {
    if (!HANDBOOK_LOCALES.includes(/** @type {Locale} */ (locale))) {
      throw new Error(`no handbook in "${locale}": choose from ${HANDBOOK_LOCALES.join(', ')}`);
    }
  }
  return asked.length === 0
    ? [...HANDBOOK_LOCALES]
    : HANDBOOK_LOCALES.filter((locale) => asked.includes(locale));
}

/**
 * The entries of the manifest already written whose PDF is still there, unchanged: a run for
 * one language keeps the other's.
 * @returns {Record<string, {file: string, bytes: number, pages: number, edition: string}>}
 */
function previousManifest() {
  const file = join(buildDir, HANDBOOK_MANIFEST);
  if (!existsSync(file)) return {};
  /** @type {Record<string, {file: string, bytes: number, pages: number, edition: string}>} */
  let previous;
  try {
    previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  return Object.fromEntries(
    Object.entries(previous).filter(([, entry]) => {
      const pdf = join(buildDir, entry.file ?? '');
      return existsSync(pdf) && statSync(pdf).size === entry.bytes;
    }),
  );
}

/**
 * Every page of the guide in one language, taken from the build and readied for the handbook;
 * and the site's stylesheets.
 * @param {Locale} locale
 * @param {readonly HandbookPage[]} pages
 */
function assemble(locale, pages) {
  /** @type {string[]} */
  let stylesheets = [];
  const sections = assembleSections({
    pages,
    pageUrlOf: (page) => `${settings.url}${settings.baseUrl}${LOCALE_PATH[locale]}${page.route}`,
    documentOf: (page) => {
      const file = join(buildDir, builtFileOf(locale, page.route));
      if (!existsSync(file)) {
        throw new Error(
          `${file} is missing: is build/ up to date with the sidebar? (npm run build)`,
        );
      }
      const {document} = new JSDOM(readFileSync(file, 'utf8')).window;
      if (stylesheets.length === 0) stylesheets = siteStylesheets(document, file);
      return document;
    },
  });
  return {sections, stylesheets};
}

/**
 * The stylesheets a built page links, which must live under the base URL the generator serves.
 * @param {Document} document
 * @param {string} file
 */
function siteStylesheets(document, file) {
  const hrefs = Array.from(
    document.querySelectorAll('link[rel="stylesheet"]'),
    (link) => link.getAttribute('href') ?? '',
  );
  if (hrefs.length === 0) throw new Error(`${file} links no stylesheet`);
  const foreign = hrefs.find((href) => !href.startsWith(settings.baseUrl));
  if (foreign) {
    throw new Error(
      `${file} was built for another base URL (it links ${foreign}, not under ` +
        `${settings.baseUrl}): run with the SITE_URL and BASE_URL the build used.`,
    );
  }
  return hrefs;
}

/**
 * Waits for the fonts and every image, and fails on an image that did not load.
 * @param {import('@playwright/test').Page} page
 */
async function whenPrintable(page) {
  const broken = await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      Array.from(document.images, (image) =>
        image.complete
          ? null
          : new Promise((resolve) => {
              image.addEventListener('load', resolve, {once: true});
              image.addEventListener('error', resolve, {once: true});
            }),
      ),
    );
    return Array.from(document.images)
      .filter((image) => image.naturalWidth === 0)
      .map((image) => image.currentSrc || image.src);
  });
  if (broken.length > 0) throw new Error(`images that did not load: ${broken.join(', ')}`);
  await page.emulateMedia({media: 'print'});
  const overflowing = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.hb-main *'))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => {
        const section = element.closest('section[id]');
        return `#${section?.id ?? '?'} ${element.localName}.${element.getAttribute('class') ?? ''}`;
      })
      .slice(0, 10),
  );
  if (overflowing.length > 0) {
    throw new Error(`parts of the handbook run past the A4 page: ${overflowing.join('; ')}`);
  }
}

/**
 * Each page's first PDF page, from the named destinations Chromium writes for the targets of
 * the table of contents' links.
 * @param {readonly HandbookPage[]} pages
 * @param {ReadonlyMap<string, number>} destinations
 */
function sectionPages(pages, destinations) {
  /** @type {Map<string, number>} */
  const numbers = new Map();
  for (const {sectionId} of pages) {
    const number = destinations.get(sectionId);
    if (number !== undefined) numbers.set(sectionId, number);
  }
  return numbers;
}

/**
 * @param {ReadonlyMap<string, number>} one
 * @param {ReadonlyMap<string, number>} other
 */
function samePages(one, other) {
  return one.size === other.size && [...one].every(([id, number]) => other.get(id) === number);
}

/**
 * Writes the page numbers into the printed document's table of contents.
 * @param {import('@playwright/test').Page} page
 * @param {ReadonlyMap<string, number>} numbers
 */
async function fillContents(page, numbers) {
  const missing = await page.evaluate((entries) => {
    const notFound = [];
    for (const [id, number] of entries) {
      const cell = document.querySelector(`[data-toc-for="${CSS.escape(id)}"] .hb-toc__page`);
      if (cell) cell.textContent = String(number);
      else notFound.push(id);
    }
    return notFound;
  }, Array.from(numbers));
  if (missing.length > 0) throw new Error(`no table-of-contents entry for ${missing.join(', ')}`);
}

/** The width of the A4 page's text, in CSS pixels (96 to the inch). */
function textWidthPx() {
  return Math.floor(((210 - PAGE_MARGIN_MM.inner - PAGE_MARGIN_MM.outer) / 25.4) * 96);
}

/** The date of the last commit (the edition of the guide), or today outside a git checkout. */
function editionDate() {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // Not a git checkout, or git is not installed.
  }
  return new Date().toISOString().slice(0, 10);
}

function stopwatch() {
  const start = performance.now();
  let last = start;
  return {
    lap() {
      const now = performance.now();
      const lap = now - last;
      last = now;
      return lap;
    },
    total: () => performance.now() - start,
  };
}

/** @param {number} milliseconds */
function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/** @param {number} bytes */
function formatBytes(bytes) {
  return `${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024 / 1024).toFixed(2)} MiB)`;
}
