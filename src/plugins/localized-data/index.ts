import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Where a language other than Vietnamese keeps its own copy of a long text module. */
export const LOCALIZED_DATA_DIR = 'src/data';

/**
 * The text modules a language has its own copy of (src/data/<locale>/<name>.ts), each mapped
 * from the import path the code uses to that copy.
 */
export function localizedDataAliases(siteDir: string, locale: string): Record<string, string> {
  const folder = join(siteDir, LOCALIZED_DATA_DIR, locale);
  if (!existsSync(folder)) return {};
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [
        `@site/${LOCALIZED_DATA_DIR}/${file.replace(/\.ts$/, '')}$`,
        join(folder, file),
      ]),
  );
}

/**
 * The toolkit's texts (the self-assessment's questions, the checklists, the KPI library, the
 * templates' wording, and its components' buttons, labels and messages) are per-language
 * modules instead of translate() strings, because Docusaurus ships a language's whole
 * code.json in the bundle of every page: through translate() the long texts alone, 12 KB
 * (gzip) of English, would load with every English page. Each build
 * resolves `@site/src/data/<name>` to its own language's module, so a page loads only the
 * text of the components it shows, in its language.
 */
export default function localizedDataPlugin(context: LoadContext): Plugin {
  return {
    name: 'localized-data',
    configureWebpack() {
      return {
        // Ahead of Docusaurus's own `@site` alias, which would otherwise match first.
        mergeStrategy: {'resolve.alias': 'prepend'},
        resolve: {alias: localizedDataAliases(context.siteDir, context.i18n.currentLocale)},
      };
    },
  };
}
