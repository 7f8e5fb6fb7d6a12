import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import sidebars from '../../sidebars';

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
  vi: 'Cẩm nang AI CoE',
  en: 'AI CoE Playbook',
};

type SidebarItem = string | {type?: string; items?: SidebarItem[]; id?: string};

function docIdsOf(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (typeof item === 'string') {
      return [item];
    }
    if (item.type === 'doc' && item.id) {
      return [item.id];
    }
    return item.items ? docIdsOf(item.items) : [];
  });
}

function frontMatter(file: string): Record<string, string> {
  const source = readFileSync(file, 'utf8');
  const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
  if (!block) {
    throw new Error(`${file} has no front matter`);
  }
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => /^(\w+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, key, value]) => [key!, value!.replace(/^['"]|['"]$/g, '')]),
  );
}

/** Where each language's pages live in the repository. */
export const SOURCE_FOLDER: Readonly<Record<Locale, string>> = {
  vi: 'docs',
  en: 'i18n/en/docusaurus-plugin-content-docs/current',
};

export const SIDEBAR_DOC_IDS: readonly string[] = docIdsOf(
  Object.values(sidebars).flat() as SidebarItem[],
);

export function guidePages(locale: Locale): GuidePage[] {
  return SIDEBAR_DOC_IDS.map((docId) => {
    const meta = frontMatter(join(process.cwd(), SOURCE_FOLDER[locale], `${docId}.mdx`));
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
