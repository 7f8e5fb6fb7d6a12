// What each link-preview card says, read from the same places the site reads it: the site's
// name and tagline from src/config/siteLayout.mjs, the phases in process order from
// src/data/process.ts, and each phase's name from its page's title in that language.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {
  ENGLISH_DOCS_DIR,
  readFrontMatter,
  SITE_IDENTITY,
  SOURCE_DOCS_DIR,
} from '../../src/config/siteLayout.mjs';
import {importTypeScript} from './importTypeScript.mjs';

/** Where the cards are written, and where the fingerprint of what each says is recorded. */
export const CARD_FILES = {vi: 'static/img/social-card.png', en: 'static/img/social-card-en.png'};
export const RENDERED_FROM = 'scripts/social-cards.rendered-from.json';

/**
 * @typedef {{lang: 'vi' | 'en', file: string, title: string, tagline: string, phases: string[]}} CardContent
 */

/**
 * @param {string} root the repository
 * @returns {Promise<CardContent[]>}
 */
export async function cardContents(root) {
  const {PHASES} = /** @type {{PHASES: {path: string}[]}} */ (
    await importTypeScript(join(root, 'src/data/process.ts'))
  );
  const folders = {vi: SOURCE_DOCS_DIR, en: ENGLISH_DOCS_DIR};
  return /** @type {const} */ (['vi', 'en']).map((lang) => ({
    lang,
    file: CARD_FILES[lang],
    ...SITE_IDENTITY[lang],
    phases: PHASES.map((phase) => {
      const file = join(root, folders[lang], `${phase.path}.mdx`);
      const title = readFrontMatter(readFileSync(file, 'utf8')).fields?.title;
      if (!title) throw new Error(`${file} has no title`);
      return title;
    }),
  }));
}

/**
 * A short fingerprint of what a card says: it changes whenever the card must be rendered again.
 * @param {CardContent} card
 * @returns {string}
 */
export function cardFingerprint({lang, title, tagline, phases}) {
  return createHash('sha256')
    .update(JSON.stringify({lang, title, tagline, phases}))
    .digest('hex')
    .slice(0, 16);
}
