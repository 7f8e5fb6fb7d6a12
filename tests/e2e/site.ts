import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import sidebars from '../../sidebars';
import {
  ENGLISH_DOCS_DIR,
  readFrontMatter,
  SITE_IDENTITY,
  sidebarDocIds,
  SOURCE_DOCS_DIR,
} from '../../src/config/siteLayout.mjs';

/** A page of the guide as the reader reaches it, read from the sidebar and the MDX front matter. */
export interface GuidePage {
  readonly docId: string;
  readonly locale: Locale;
  readonly url: string;
  readonly title: string;
}

export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const LOCALE_PREFIX: Readonly<Record<Locale, string>> = {vi: '', en: '/en'};
export const SITE_TITLE: Readonly<Record<Locale, string>> = {
  vi: SITE_IDENTITY.vi.title,
  en: SITE_IDENTITY.en.title,
};

/** Where each language's pages live in the repository. */
export const SOURCE_FOLDER: Readonly<Record<Locale, string>> = {
  vi: SOURCE_DOCS_DIR,
  en: ENGLISH_DOCS_DIR,
};

const SIDEBAR_DOC_IDS: readonly string[] = sidebarDocIds(sidebars);

export function guidePages(locale: Locale): GuidePage[] {
  return SIDEBAR_DOC_IDS.map((docId) => {
    const file = join(process.cwd(), SOURCE_FOLDER[locale], `${docId}.mdx`);
    const meta = readFrontMatter(readFileSync(file, 'utf8')).fields;
    if (!meta) throw new Error(`${file} has no front matter`);
    const path = meta.slug ?? `/${docId}`;
    return {docId, locale, url: `${LOCALE_PREFIX[locale]}${path}`, title: meta.title ?? docId};
  });
}

/**
 * Every page the build lists in a language's sitemap, as a path on the test server, which
 * serves the build at the root (the sitemap holds absolute addresses under the site's URL).
 */
export function sitemapPaths(locale: Locale): string[] {
  const file = join(process.cwd(), 'build', LOCALE_PREFIX[locale], 'sitemap.xml');
  const paths = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    new URL(match[1]!).pathname.replace(/(.)\/$/, '$1'),
  );
  if (paths.length === 0) {
    throw new Error(`${file} lists no page`);
  }
  return paths;
}
