import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {extractSections} from './extractSections';
import {buildSearchIndex, type SearchDocument} from './searchEngine';

/** Where each language's index is written, under that language's build folder. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/** The built HTML file of a route: `/quy-trinh` is `quy-trinh.html`, the home `index.html`. */
export function routeFile(outDir: string, baseUrl: string, permalink: string): string {
  const relative = permalink.slice(baseUrl.length).replace(/\/$/, '');
  return join(outDir, relative === '' ? 'index.html' : `${relative}.html`);
}

/**
 * The site's own search (see README, "Search"). After each language's build it reads the built
 * HTML of that language's docs pages, splits each page into its sections and writes one
 * MiniSearch index, `search-index.json`, beside the pages. The browser side is the theme's
 * SearchBar (src/theme/SearchBar), the results page (src/pages/search.tsx) and the highlighter
 * (client/highlightOnLoad.ts), all of which load the search code only when it is used.
 */
export default function searchPlugin(context: LoadContext): Plugin {
  return {
    name: 'site-search',
    getClientModules() {
      return [join(context.siteDir, 'src/plugins/search/client/highlightOnLoad.ts')];
    },
    async postBuild({outDir, baseUrl, plugins}) {
      const docs = plugins.find((plugin) => plugin.name === 'docusaurus-plugin-content-docs')
        ?.content as LoadedContent | undefined;
      if (!docs) {
        throw new Error(
          'site-search: the docs plugin is not loaded, so there is nothing to index.',
        );
      }
      const documents: SearchDocument[] = [];
      for (const version of docs.loadedVersions) {
        for (const doc of version.docs) {
          if (doc.unlisted) {
            continue;
          }
          const html = await readFile(routeFile(outDir, baseUrl, doc.permalink), 'utf8');
          documents.push(...extractSections(html, doc.permalink, doc.title, doc.description));
        }
      }
      await writeFile(join(outDir, SEARCH_INDEX_FILE), buildSearchIndex(documents));
      console.log(
        `[site-search] ${context.i18n.currentLocale}: ${documents.length} parts of pages indexed in ${SEARCH_INDEX_FILE}`,
      );
    },
  };
}
