/**
 * Which English interface strings may be behind their Vietnamese source, as pure functions
 * over plain objects so tests/unit/translationFingerprints.test.ts can feed them each case.
 * scripts/check-translations.mjs gathers the messages and prints what these functions find.
 *
 * For each English entry, FINGERPRINTS_FILE records a short hash of the Vietnamese message it
 * was last checked against. When the Vietnamese is reworded, its hash no longer matches and the
 * English is reported until a contributor checks it and records the new hash with `--accept`.
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {looksVietnamese} from '../vietnamese.mjs';

/**
 * A locale's interface strings: translation file (relative to `i18n/<locale>/`, with `/`,
 * such as `code.json` or `docusaurus-theme-classic/navbar.json`) → key → message.
 * @typedef {Record<string, Record<string, string>>} Messages
 */

/**
 * The Vietnamese each English entry was last checked against: file → key → fingerprint.
 * @typedef {Record<string, Record<string, string>>} Fingerprints
 */

/**
 * A Vietnamese string whose English has not been checked against its current wording:
 * `changed` (reworded since), `new` (never checked) or `removed` (no longer in the site).
 * @typedef {{file: string, key: string, reason: 'changed' | 'new' | 'removed', vietnamese?: string}} StaleTranslation
 */

/**
 * One thing a contributor has to fix, with the texts the report shows.
 * @typedef {{
 *   file: string,
 *   key: string,
 *   kind: 'missing' | 'still-vietnamese' | 'changed' | 'unconfirmed' | 'removed',
 *   vietnamese?: string,
 *   english?: string,
 * }} TranslationProblem
 */

/** Where the fingerprints are kept: beside, not inside, i18n/en, so Docusaurus never reads it. */
export const FINGERPRINTS_FILE = 'i18n/en-source-fingerprints.json';

/** What a contributor runs once they have checked the English. */
export const ACCEPT_COMMAND = 'npm run check:translations -- --accept';

/** Hex digits kept of the SHA-256: 48 bits, ample to tell one message from its next wording. */
const FINGERPRINT_LENGTH = 12;

/**
 * The text that counts: NFC, with runs of white space (a JSX line break, an indent after
 * Prettier rewraps a line) read as one space, so only a change of wording changes the fingerprint.
 * @param {string} text
 */
export function normalizeMessage(text) {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A short SHA-256 of the message, in hex.
 * @param {string} text
 */
export function fingerprint(text) {
  return createHash('sha256')
    .update(normalizeMessage(text), 'utf8')
    .digest('hex')
    .slice(0, FINGERPRINT_LENGTH);
}

/**
 * The messages a locale actually shows: Docusaurus's defaults for each key, replaced by the
 * locale's own translation files where they have the key, as Docusaurus does when it builds.
 * Keys only in `localized` are left out: the site no longer uses them.
 * @param {Messages} defaults
 * @param {Messages} localized
 * @returns {Messages}
 */
export function withLocalizedMessages(defaults, localized) {
  return Object.fromEntries(
    Object.entries(defaults).map(([file, messages]) => [
      file,
      Object.fromEntries(
        Object.entries(messages).map(([key, message]) => [key, localized[file]?.[key] ?? message]),
      ),
    ]),
  );
}

/**
 * Every Vietnamese string whose current wording was not the one its English was checked against.
 * @param {Fingerprints} fingerprints
 * @param {Messages} vietnamese the current Vietnamese of every key the site uses
 * @returns {StaleTranslation[]}
 */
export function staleTranslations(fingerprints, vietnamese) {
  /** @type {StaleTranslation[]} */
  const stale = [];
  for (const [file, messages] of Object.entries(vietnamese)) {
    for (const [key, message] of Object.entries(messages)) {
      const recorded = fingerprints[file]?.[key];
      if (recorded === undefined) {
        stale.push({file, key, reason: 'new', vietnamese: message});
      } else if (recorded !== fingerprint(message)) {
        stale.push({file, key, reason: 'changed', vietnamese: message});
      }
    }
  }
  for (const [file, recorded] of Object.entries(fingerprints)) {
    for (const key of Object.keys(recorded)) {
      if (vietnamese[file]?.[key] === undefined) stale.push({file, key, reason: 'removed'});
    }
  }
  return stale;
}

/**
 * Everything wrong with the English, in the order a contributor fixes it: strings with no
 * English, English that is still Vietnamese, English not checked against the current
 * Vietnamese (reworded or new), and fingerprints of strings the site no longer uses.
 * @param {{vietnamese: Messages, english: Messages, fingerprints: Fingerprints}} translations
 * @returns {TranslationProblem[]}
 */
export function translationProblems({vietnamese, english, fingerprints}) {
  /** @type {Record<TranslationProblem['kind'], TranslationProblem[]>} */
  const byKind = {missing: [], 'still-vietnamese': [], changed: [], unconfirmed: [], removed: []};
  for (const [file, messages] of Object.entries(vietnamese)) {
    for (const key of Object.keys(messages)) {
      if (english[file]?.[key] === undefined) byKind.missing.push({file, key, kind: 'missing'});
    }
  }
  for (const [file, messages] of Object.entries(english)) {
    for (const [key, message] of Object.entries(messages)) {
      if (looksVietnamese(message)) {
        byKind['still-vietnamese'].push({file, key, kind: 'still-vietnamese', english: message});
      }
    }
  }
  for (const {file, key, reason, vietnamese: message} of staleTranslations(
    fingerprints,
    vietnamese,
  )) {
    if (reason === 'removed') {
      byKind.removed.push({file, key, kind: 'removed'});
      continue;
    }
    const englishMessage = english[file]?.[key];
    // No English yet is reported as missing; its fingerprint comes once it is translated.
    if (englishMessage === undefined) continue;
    const kind = reason === 'changed' ? 'changed' : 'unconfirmed';
    byKind[kind].push({file, key, kind, vietnamese: message, english: englishMessage});
  }
  return Object.values(byKind).flat();
}

/**
 * English entries for keys the site no longer uses: harmless, but worth deleting.
 * @param {Messages} vietnamese
 * @param {Messages} english
 * @returns {{file: string, key: string}[]}
 */
export function unusedTranslations(vietnamese, english) {
  return Object.entries(english).flatMap(([file, messages]) =>
    Object.keys(messages)
      .filter((key) => vietnamese[file]?.[key] === undefined)
      .map((key) => ({file, key})),
  );
}

/**
 * The fingerprints after a contributor has checked the English: the current Vietnamese of
 * every key that has an English entry. Keys the site no longer uses are dropped; keys with
 * no English yet get theirs once they are translated and accepted.
 * @param {Messages} vietnamese
 * @param {Messages} english
 * @returns {Fingerprints}
 */
export function acceptFingerprints(vietnamese, english) {
  /** @type {Fingerprints} */
  const accepted = {};
  for (const [file, messages] of Object.entries(vietnamese)) {
    for (const [key, message] of Object.entries(messages)) {
      if (english[file]?.[key] === undefined) continue;
      accepted[file] ??= {};
      accepted[file][key] = fingerprint(message);
    }
  }
  return accepted;
}

/** @param {string} a @param {string} b */
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The fingerprint file's text: files and keys sorted, so a pull request's diff shows exactly
 * which strings were checked again.
 * @param {Fingerprints} fingerprints
 */
export function serializeFingerprints(fingerprints) {
  const sorted = Object.fromEntries(
    Object.keys(fingerprints)
      .sort(byCodePoint)
      .map((file) => {
        const entries = fingerprints[file] ?? {};
        const keys = Object.keys(entries).sort(byCodePoint);
        return [file, Object.fromEntries(keys.map((key) => [key, entries[key]]))];
      }),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/**
 * Reads the fingerprint file's text; no file yet means no English has been checked.
 * @param {string | undefined} text
 * @returns {Fingerprints}
 */
export function parseFingerprints(text) {
  if (text === undefined) return {};
  const parsed = JSON.parse(text);
  const valid =
    parsed !== null &&
    typeof parsed === 'object' &&
    Object.values(parsed).every(
      (entries) =>
        entries !== null &&
        typeof entries === 'object' &&
        Object.values(entries).every((value) => typeof value === 'string'),
    );
  if (!valid) {
    throw new Error(`${FINGERPRINTS_FILE} must map each translation file to {key: fingerprint}`);
  }
  return parsed;
}

/**
 * One line of the report, starting with the English file to look at.
 * @param {TranslationProblem} problem
 */
export function formatProblem({file, key, kind, vietnamese, english}) {
  const where = `i18n/en/${file}: "${key}"`;
  switch (kind) {
    case 'missing':
      return `${where} has no English translation yet (run npm run write-translations, translate it, then run ${ACCEPT_COMMAND})`;
    case 'still-vietnamese':
      return `${where} is still Vietnamese: "${english}"`;
    case 'changed':
      return `${where}: the Vietnamese changed since the English was last checked; Vietnamese now: "${vietnamese}", English: "${english}". Check the English, then run ${ACCEPT_COMMAND}`;
    case 'unconfirmed':
      return `${where} is new and its English has not been checked against the Vietnamese; Vietnamese: "${vietnamese}", English: "${english}". Check the English, then run ${ACCEPT_COMMAND}`;
    case 'removed':
      return `${where} is no longer used by the site but still has a fingerprint in ${FINGERPRINTS_FILE}; delete its English entry if it is still there, then run ${ACCEPT_COMMAND}`;
    default:
      throw new Error(`Unknown translation problem: ${kind}`);
  }
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function jsonFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/**
 * The messages in a locale folder's translation files (`i18n/en`, say), by file and key.
 * @param {string} dir
 * @returns {Messages}
 */
export function readTranslationDir(dir) {
  return Object.fromEntries(
    jsonFiles(dir).map((path) => {
      /** @type {Record<string, {message?: unknown}>} */
      const entries = JSON.parse(readFileSync(path, 'utf8'));
      const messages = Object.entries(entries).flatMap(([key, entry]) =>
        typeof entry?.message === 'string' ? [[key, entry.message]] : [],
      );
      return [relative(dir, path).split(sep).join('/'), Object.fromEntries(messages)];
    }),
  );
}
