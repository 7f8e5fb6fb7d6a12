import {existsSync, readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {translationsBehind, type TranslationPair} from './gitStatus';

export interface TranslationStatus {
  /** Doc ids whose English page may be behind the Vietnamese source. */
  readonly behind: readonly string[];
}

const SOURCE_DIR = 'docs';
const TRANSLATION_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';

function mdxFiles(dir: string, base: string = dir): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return mdxFiles(path, base);
    }
    return entry.name.endsWith('.mdx') ? [relative(base, path).split(sep).join('/')] : [];
  });
}

/** Works out from git which English pages may lag behind their Vietnamese source. */
export default function translationStatusPlugin(context: LoadContext): Plugin {
  return {
    name: 'translation-status',
    loadContent(): TranslationStatus {
      const pairs: TranslationPair[] = mdxFiles(join(context.siteDir, SOURCE_DIR))
        .filter((page) => existsSync(join(context.siteDir, TRANSLATION_DIR, page)))
        .map((page) => ({
          docId: page.replace(/\.mdx$/, ''),
          source: `${SOURCE_DIR}/${page}`,
          translation: `${TRANSLATION_DIR}/${page}`,
        }));
      return {behind: translationsBehind(context.siteDir, pairs)};
    },
    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
