#!/usr/bin/env node
/**
 * Checks the built site with the W3C Nu HTML checker (the vnu.jar that the `vnu-jar`
 * package ships): every .html file under build/, both languages, 404 and search pages
 * included, in one Java run. Errors fail the check; warnings are listed but do not;
 * informational notes are not asked for. Each error is listed once per file with its count,
 * each kind of warning once; `--all` lists every occurrence. Needs `npm run build` first
 * and Java 17 or newer.
 * tests/unit/checkHtml.test.ts covers the parts below.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const BUILD_DIR = 'build';

/** The repository: the check looks at its build/ from whichever directory it is run. */
const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const JAVA_INSTALL_HINT =
  'The Nu HTML checker needs Java 17 or newer. On Debian or Ubuntu: ' +
  'sudo apt-get install -y openjdk-17-jre-headless (or set JAVA_HOME to a Java 17+ install).';

/** A problem that stopped the check from running, as opposed to a problem in the HTML. */
export class CheckHtmlSetupError extends Error {}

/** Every .html file under `dir`, as absolute paths, sorted. */
export function htmlFiles(dir) {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort();
}

/** The Java to run: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on the PATH. */
export function javaCommand(env = process.env) {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The path of vnu.jar inside the installed `vnu-jar` package. */
export function vnuJarPath() {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/**
 * Java arguments that check `files` in one run: a JSON report on stdout with errors and
 * warnings only (`--skip-info-messages`), whatever the outcome (`--exit-zero-always`, so a
 * non-zero exit means Java or the checker itself failed).
 */
export function vnuArguments(jar, files) {
  return [
    '-jar',
    jar,
    '--format',
    'json',
    '--stdout',
    '--skip-info-messages',
    '--exit-zero-always',
    ...files,
  ];
}

/**
 * The messages of a vnu JSON report, split into errors (which fail the check: markup
 * errors, and documents that could not be read) and warnings. Files are given relative
 * to `root`, with forward slashes.
 */
export function parseVnuReport(json, root = process.cwd()) {
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    throw new CheckHtmlSetupError(
      `The Nu HTML checker did not produce a JSON report. Its output began: ${json.slice(0, 300)}`,
    );
  }
  if (!Array.isArray(report?.messages)) {
    throw new CheckHtmlSetupError('The Nu HTML checker report has no "messages" list.');
  }
  const errors = [];
  const warnings = [];
  for (const message of report.messages) {
    const entry = {
      file: message.url ? displayPath(message.url, root) : '(checker)',
      line: message.firstLine ?? message.lastLine ?? null,
      column: message.firstColumn ?? message.lastColumn ?? null,
      message: message.message ?? '(no message)',
      extract: message.extract ?? null,
    };
    if (message.type === 'error' || message.type === 'non-document-error') {
      errors.push(entry);
    } else if (message.type === 'info' && message.subType === 'warning') {
      warnings.push(entry);
    }
  }
  return {errors, warnings};
}

function displayPath(url, root) {
  if (!url.startsWith('file:')) return url;
  return relative(root, fileURLToPath(url)).split(sep).join('/');
}

/**
 * One message as `file:line:column: message`, with the offending markup on the next line;
 * `repeats` is how many times the same message occurs in the file in all.
 */
export function formatMessage({file, line, column, message, extract}, repeats = 1) {
  const position = [file, line, column].filter((part) => part !== null).join(':');
  const more = repeats > 1 ? ` (${repeats} times in this file; --all lists each)` : '';
  const markup = extract ? `\n    ${extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${position}: ${message}${more}${markup}`;
}

/**
 * The first occurrence of each message in each file, with how often it occurs there, in
 * report order: one component used on every row of a table should not bury the rest.
 */
export function firstPerFile(messages) {
  const groups = new Map();
  for (const entry of messages) {
    const key = `${entry.file}\u0000${entry.message}`;
    const group = groups.get(key);
    if (group) group.repeats += 1;
    else groups.set(key, {entry, repeats: 1});
  }
  return [...groups.values()];
}

/** How often each distinct message occurs, most frequent first. */
export function countByMessage(messages) {
  const counts = new Map();
  for (const {message} of messages) {
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Runs the checker over `files` and returns the raw JSON report. */
export function runVnu(files, {java = javaCommand(), jar = vnuJarPath()} = {}) {
  const result = spawnSync(java, vnuArguments(jar, files), {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    if (result.error.code === 'ENOENT') {
      throw new CheckHtmlSetupError(`Java was not found (tried "${java}"). ${JAVA_INSTALL_HINT}`);
    }
    throw new CheckHtmlSetupError(`Could not run Java ("${java}"): ${result.error.message}`);
  }
  if (result.status !== 0) {
    const output = `${result.stderr}${result.stdout}`.trim().split('\n').slice(0, 10).join('\n');
    throw new CheckHtmlSetupError(
      `The Nu HTML checker failed (exit code ${result.status ?? result.signal}):\n${output}\n` +
        JAVA_INSTALL_HINT,
    );
  }
  return result.stdout;
}

/** Checks every .html file under `buildDir`: the files checked, errors and warnings. */
export function checkHtml({root = process.cwd(), buildDir = join(root, BUILD_DIR), ...run} = {}) {
  if (!existsSync(buildDir)) {
    throw new CheckHtmlSetupError(
      `${relative(root, buildDir) || buildDir}/ does not exist: run npm run build first.`,
    );
  }
  const files = htmlFiles(buildDir);
  if (files.length === 0) {
    throw new CheckHtmlSetupError(
      `${relative(root, buildDir) || buildDir}/ has no .html files: run npm run build first.`,
    );
  }
  return {files, ...parseVnuReport(runVnu(files, run), root)};
}

function main(args = process.argv.slice(2)) {
  const all = args.includes('--all');
  const started = performance.now();
  let result;
  try {
    result = checkHtml({root: REPOSITORY});
  } catch (error) {
    if (!(error instanceof CheckHtmlSetupError)) throw error;
    console.error(`check-html: ${error.message}`);
    return 2;
  }
  const {files, errors, warnings} = result;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (all) {
    for (const warning of warnings) console.warn(`warning: ${formatMessage(warning)}`);
    for (const error of errors) console.error(`error: ${formatMessage(error)}`);
  } else {
    // Warnings do not fail the check: one line per kind, with where it first occurs.
    for (const [message, count] of countByMessage(warnings)) {
      const first = warnings.find((warning) => warning.message === message);
      const where = [first.file, first.line, first.column].filter((part) => part !== null);
      console.warn(`warning: ${count} × ${message} (first at ${where.join(':')})`);
    }
    for (const {entry, repeats} of firstPerFile(errors)) {
      console.error(`error: ${formatMessage(entry, repeats)}`);
    }
  }
  const filesWithErrors = new Set(errors.map((error) => error.file)).size;
  const summary =
    `Nu HTML checker: ${files.length} files checked in ${seconds} s, ` +
    `${errors.length} errors in ${filesWithErrors} files, ${warnings.length} warnings (not failing).`;
  if (errors.length === 0) {
    console.log(summary);
    return 0;
  }
  console.error(`\n${summary}\nErrors by message:`);
  for (const [message, count] of countByMessage(errors)) console.error(`  ${count} × ${message}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
