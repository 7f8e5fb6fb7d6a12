// Repository scripts that need the words readers see (the template generator) read them from
// the same text modules the site renders, such as src/data/kpisText.ts. Those modules call
// translate() from @docusaurus/Translate and import their structure module at run time, so
// importTypeScript() cannot load them. importLocalized() compiles the module and the project
// modules it imports into a scratch folder, with a translate() that answers in one language:
// Vietnamese is each call's own `message`; English is that id's entry in i18n/en/code.json.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {basename, dirname, join, relative, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import ts from 'typescript';

/** The languages the site is written in; Vietnamese is the source. */
export const LOCALES = /** @type {const} */ (['vi', 'en']);

const TRANSLATE = '@docusaurus/Translate';
const TRANSLATE_FILE = '__translate.mjs';

/**
 * English interface strings by id, from i18n/en/code.json.
 * @param {string} root the repository
 * @returns {Record<string, string>}
 */
export function englishMessages(root) {
  const entries = JSON.parse(readFileSync(join(root, 'i18n/en/code.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => [
      id,
      /** @type {{message: string}} */ (entry).message,
    ]),
  );
}

/**
 * A translate() for one language. English with no entry for an id is an error, so a file
 * generated for English readers never carries Vietnamese by accident.
 * @param {Record<string, string> | null} messages null for Vietnamese
 */
function translateModule(messages) {
  return (
    `const messages = ${JSON.stringify(messages)};\n` +
    'export function translate({id, message}, values) {\n' +
    '  let text = message;\n' +
    '  if (messages) {\n' +
    '    if (!(id in messages)) throw new Error(`i18n/en/code.json has no English for "${id}"`);\n' +
    '    text = messages[id];\n' +
    '  }\n' +
    '  return text.replace(/\\{(\\w+)\\}/g, (all, name) => (values && name in values ? String(values[name]) : all));\n' +
    '}\n'
  );
}

/**
 * Compiles `file` and every project module it imports into `scratch`, mirroring their paths
 * below `root`; returns the compiled entry's path.
 * @param {string} root
 * @param {string} file absolute path of a .ts module
 * @param {string} scratch
 * @param {Set<string>} done
 */
function compileTree(root, file, scratch, done) {
  const target = join(scratch, relative(root, file)).replace(/\.ts$/, '.mjs');
  if (done.has(file)) return target;
  done.add(file);
  const {outputText} = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
    fileName: file,
  });
  const rewritten = outputText.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g,
    (all, keyword, quote, specifier) => {
      if (specifier === TRANSLATE) {
        const translate = relative(dirname(target), join(scratch, TRANSLATE_FILE));
        return `${keyword}${quote}./${translate}${quote}`;
      }
      if (!specifier.startsWith('.')) {
        throw new Error(
          `${relative(root, file)} imports "${specifier}", which a script cannot load`,
        );
      }
      const source = resolve(dirname(file), specifier);
      const imported = [`${source}.ts`, source].find(
        (path) => existsSync(path) && path.endsWith('.ts'),
      );
      if (!imported) throw new Error(`${relative(root, file)}: cannot find "${specifier}"`);
      compileTree(root, imported, scratch, done);
      return `${keyword}${quote}${specifier.replace(/\.ts$/, '')}.mjs${quote}`;
    },
  );
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(target, rewritten);
  return target;
}

/**
 * The exports of a text module (and of the modules it imports) as readers of one language
 * see them.
 * @param {string} root the repository
 * @param {string} file path of the module, relative to root
 * @param {'vi' | 'en'} locale
 * @returns {Promise<Record<string, any>>}
 */
export async function importLocalized(root, file, locale) {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, {recursive: true});
  const scratch = mkdtempSync(join(cache, `localized-${locale}-`));
  try {
    writeFileSync(
      join(scratch, TRANSLATE_FILE),
      translateModule(locale === 'en' ? englishMessages(root) : null),
    );
    // A language with its own copy of a text module (src/data/<locale>/<name>.ts, see
    // src/plugins/localized-data) is read from that copy, as its build reads it.
    const source = resolve(root, file);
    const own = join(dirname(source), locale, basename(source));
    const entry = compileTree(root, existsSync(own) ? own : source, scratch, new Set());
    return await import(pathToFileURL(entry).href);
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}
