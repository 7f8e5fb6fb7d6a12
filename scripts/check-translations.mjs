#!/usr/bin/env node
/**
 * Fails when the English interface strings are incomplete, still Vietnamese, or behind the
 * Vietnamese they translate. Run by `npm run check:translations` (part of `npm test`).
 *
 * 1. `docusaurus write-translations --locale vi` writes every interface string the site uses,
 *    with the Vietnamese readers see, into a scratch i18n folder (the working tree is never
 *    touched); i18n/vi's own messages replace Docusaurus's defaults, as they do in a build.
 * 2. A string with no entry in i18n/en, or whose English still contains Vietnamese letters,
 *    is reported.
 * 3. Each English entry's Vietnamese is compared with the fingerprint recorded when the English
 *    was last checked (i18n/en-source-fingerprints.json): a reworded or new Vietnamese string is
 *    reported, and so is a fingerprint of a string the site no longer uses.
 *
 * `--accept` (`npm run check:translations -- --accept`), once the English has been checked,
 * records the current Vietnamese of every translated string and drops strings no longer used.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {
  FINGERPRINTS_FILE,
  acceptFingerprints,
  formatProblem,
  parseFingerprints,
  readTranslationDir,
  serializeFingerprints,
  staleTranslations,
  translationProblems,
  unusedTranslations,
  withLocalizedMessages,
} from './lib/translationFingerprints.mjs';

const root = process.cwd();
const CONFIG_FILES = ['docusaurus.config.ts', 'docusaurus.config.mts', 'docusaurus.config.js'];

/**
 * The Vietnamese of every interface string the site uses, by translation file and key.
 * @returns {import('./lib/translationFingerprints.mjs').Messages}
 */
function currentVietnamese() {
  const siteConfig = CONFIG_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
  if (!siteConfig) throw new Error(`No Docusaurus config in ${root}`);
  // Inside node_modules so Docusaurus resolves the preset and plugins from the wrapper config.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, {recursive: true});
  const scratch = mkdtempSync(join(cache, 'check-translations-'));
  try {
    const wrapper = join(scratch, 'docusaurus.config.mjs');
    writeFileSync(
      wrapper,
      `import siteConfig from ${JSON.stringify(pathToFileURL(siteConfig).href)};\n` +
        'export default async function config() {\n' +
        "  const base = typeof siteConfig === 'function' ? await siteConfig() : siteConfig;\n" +
        `  return {...base, i18n: {...base.i18n, path: ${JSON.stringify(scratch)}}};\n` +
        '}\n',
    );
    execFileSync(
      join(root, 'node_modules', '.bin', 'docusaurus'),
      ['write-translations', '--locale', 'vi', '--config', wrapper],
      {cwd: root, stdio: ['ignore', 'ignore', 'inherit']},
    );
    return withLocalizedMessages(
      readTranslationDir(join(scratch, 'vi')),
      readTranslationDir(join(root, 'i18n', 'vi')),
    );
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

const {values: options} = parseArgs({options: {accept: {type: 'boolean', default: false}}});
const fingerprintsPath = join(root, FINGERPRINTS_FILE);

const vietnamese = currentVietnamese();
const english = readTranslationDir(join(root, 'i18n', 'en'));
let fingerprints = parseFingerprints(
  existsSync(fingerprintsPath) ? readFileSync(fingerprintsPath, 'utf8') : undefined,
);

if (options.accept) {
  const counts = {changed: 0, new: 0, removed: 0};
  const accepted = acceptFingerprints(vietnamese, english);
  for (const {file, key, reason} of staleTranslations(fingerprints, vietnamese)) {
    if (reason === 'removed' || accepted[file]?.[key] !== undefined) counts[reason] += 1;
  }
  writeFileSync(fingerprintsPath, serializeFingerprints(accepted));
  fingerprints = accepted;
  const total = Object.values(accepted).reduce((sum, keys) => sum + Object.keys(keys).length, 0);
  console.log(
    `Recorded the Vietnamese of ${total} translated strings in ${FINGERPRINTS_FILE}: ` +
      `${counts.changed} reworded, ${counts.new} new, ${counts.removed} no longer used.`,
  );
}

for (const {file, key} of unusedTranslations(vietnamese, english)) {
  console.warn(`Note: i18n/en/${file}: "${key}" is no longer used by the site; you can delete it.`);
}

const problems = translationProblems({vietnamese, english, fingerprints});
if (problems.length > 0) {
  console.error(
    `English translations need attention (${problems.length}):\n- ${problems.map(formatProblem).join('\n- ')}`,
  );
  process.exit(1);
}
const checked = Object.values(vietnamese).reduce((sum, keys) => sum + Object.keys(keys).length, 0);
console.log(
  `English translations complete: ${checked} interface strings in ${Object.keys(english).length} files, each checked against its current Vietnamese.`,
);
