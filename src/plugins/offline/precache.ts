// What the service worker keeps for reading offline, worked out at build time. Plain
// functions and constants, so tests/unit/offlinePrecache.test.ts checks them without a build.
import type {ManifestEntry} from 'workbox-build';

/**
 * The global that holds the list of files to keep: the plugin (index.ts) sets it at the top of
 * the root sw.js once every language is built, and serviceWorker.js reads it. In sw.js itself,
 * not in serviceWorker.js (which plugin-pwa bundles as a separate chunk): the browser looks for
 * a new version by comparing sw.js, so a changed list is always a new version.
 */
export const SITE_MANIFEST_GLOBAL = '__AI_COE_SITE_MANIFEST';

/** The line that sets the list, put before plugin-pwa's service worker code. */
export function siteManifestLine(entries: readonly unknown[]): string {
  return `self.${SITE_MANIFEST_GLOBAL}=${JSON.stringify(entries)};\n`;
}

/**
 * Pages, scripts, styles, the search indexes, the web app manifest, images and fonts. One
 * pattern: Workbox warns about a pattern that matches nothing (no fonts today), and the plugin
 * fails the build on any warning.
 */
export const PRECACHE_GLOB_PATTERNS: readonly string[] = [
  '**/*.{html,js,css,json,svg,png,jpg,jpeg,gif,webp,avif,ico,woff,woff2}',
];

export const PRECACHE_GLOB_IGNORES: readonly string[] = [
  // The service workers and the chunks they import: the browser fetches them on its own.
  '**/sw.js',
  '**/*.sw.js',
  // The PDF handbooks and their handbook.json are written after the site is built (and the
  // PDFs weigh megabytes); the service worker fetches handbook.json network-first instead.
  'handbook/**',
  // Link previews for other sites (Zalo, Slack, LinkedIn); no page of the guide shows them.
  '**/img/social-card*.png',
];

/**
 * Files larger than this are left out of the list, silently by Workbox's default (2 MiB);
 * the plugin fails the build instead, so search never quietly stops working offline. The
 * Vietnamese search index was 1.6 MiB on 1 December 2026.
 */
export const MAXIMUM_PRECACHED_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The address a reader opens for a built file. With `trailingSlash: false` Docusaurus writes
 * the page /quy-trinh/danh-gia as quy-trinh/danh-gia.html; the service worker finds pages by
 * the address the reader asked for, so each page is kept under that address (fetched from it
 * too, exactly as a reader would). Folder pages (`index.html`) keep their file name: the
 * service worker tries `<address>/index.html` for them, and 404.html is no page's address.
 */
export function readerUrl(file: string): string {
  if (!file.endsWith('.html')) return file;
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (name === 'index.html' || name === '404.html') return file;
  return file.slice(0, -'.html'.length);
}

/** A Workbox manifest transform: every page under the address a reader opens. */
export function toReaderUrls<Entry extends ManifestEntry>(
  entries: readonly Entry[],
): {manifest: Entry[]; warnings: string[]} {
  return {manifest: entries.map((entry) => ({...entry, url: readerUrl(entry.url)})), warnings: []};
}

/**
 * Whether `locale` is built last: Docusaurus builds the default locale first (it empties the
 * whole output folder), then the others in the order of the config. The list of every
 * language's files can only be made once all of them are on disk.
 */
export function isLastLocaleBuilt(i18n: {
  readonly defaultLocale: string;
  readonly locales: readonly string[];
  readonly currentLocale: string;
}): boolean {
  const order = [i18n.defaultLocale, ...i18n.locales.filter((l) => l !== i18n.defaultLocale)];
  return order[order.length - 1] === i18n.currentLocale;
}

/**
 * The folder the whole site is built into: the default locale's output folder. Another
 * locale's folder is its base URL's extra path under it (build/en for /en/).
 */
export function siteOutDir(
  outDir: string,
  localeBaseUrl: string,
  siteBaseUrl: string,
  join: (...parts: string[]) => string,
): string {
  if (!localeBaseUrl.startsWith(siteBaseUrl)) {
    throw new Error(
      `The locale's base URL ${localeBaseUrl} is not under the site's ${siteBaseUrl}: the offline plugin cannot find the site's build folder.`,
    );
  }
  const extra = localeBaseUrl.slice(siteBaseUrl.length).split('/').filter(Boolean);
  return join(outDir, ...extra.map(() => '..'));
}
