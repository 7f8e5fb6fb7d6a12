import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ENGLISH_DOCS_DIR, listMdxPages, SOURCE_DOCS_DIR} from '../../config/siteLayout.mjs';
import {translationsBehind, type TranslationPair} from './gitStatus';

export interface TranslationStatus {
  /** Doc ids whose English page may be behind the Vietnamese source. */
  readonly behind: readonly string[];
}

/** Works out from git which English pages may lag behind their Vietnamese source. */
export default function translationStatusPlugin(context: LoadContext): Plugin {
  return {
    name: 'translation-status',
    loadContent(): TranslationStatus {
      const pairs: TranslationPair[] = listMdxPages(join(context.siteDir, SOURCE_DOCS_DIR))
        .filter((page) => existsSync(join(context.siteDir, ENGLISH_DOCS_DIR, page)))
        .map((page) => ({
          docId: page.replace(/\.mdx$/, ''),
          source: `${SOURCE_DOCS_DIR}/${page}`,
          translation: `${ENGLISH_DOCS_DIR}/${page}`,
        }));
      return {behind: translationsBehind(context.siteDir, pairs)};
    },
    contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
