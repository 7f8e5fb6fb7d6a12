#!/usr/bin/env node
/**
 * Shows that every test file can fail: for each one, applies the hand-chosen mutations listed in
 * scripts/mutations.mjs (each a realistic break of the behaviour that file guards), runs only
 * that test file, expects it to go red, and restores the mutated files byte for byte (checked by
 * their SHA-256). Prints a table and exits 1 if a mutation survived, a `find` text no longer
 * occurs exactly as often as stated, a test file has no mutation, or a file could not be restored.
 *
 *   node scripts/mutation-check.mjs              both tiers
 *   node scripts/mutation-check.mjs --unit       tests/unit with vitest
 *   node scripts/mutation-check.mjs --e2e        tests/e2e with Playwright, against build/
 *   node scripts/mutation-check.mjs --only tests/unit/home.test.tsx   (or --only home.test.tsx)
 *   node scripts/mutation-check.mjs --list       the mutations and the static checks, nothing run
 *
 * Every test file must have a mutation: a full run fails on one without (with --only, a gap
 * elsewhere is only noted). Before its mutations each unit test file is run once as it is: a
 * test that is already red proves nothing when a mutation turns it red. The e2e tier skips
 * that by default to stay near ten minutes; `--baseline` runs it there too (about twice as long).
 * Each run's output is kept in a log folder named at the start, Playwright's traces with it.
 *
 * Locking: a mutation changes files that a production build or a browser suite reads, so the
 * script holds /tmp/site.lock (flock) while the unit tier's mutations run (its baselines change
 * nothing and run first, unlocked), and for the whole e2e tier; a build or browser run of
 * someone else waits meanwhile, and vice versa. Pass
 * `--have-lock` when the caller already holds it (`flock /tmp/site.lock node …`).
 * The e2e tier needs a current build/ (`npm run build`); it does not build.
 */
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {E2E_MUTATIONS, UNIT_MUTATIONS} from './mutations.mjs';

/** @typedef {import('./mutations.mjs').Mutation} Mutation */
/** @typedef {import('./mutations.mjs').Edit} Edit */
/** @typedef {'unit' | 'e2e'} Tier */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCK_FILE = '/tmp/site.lock';
const BIN = join(ROOT, 'node_modules', '.bin');
/** Longest a single test run may take before it is stopped and reported as an error. */
const TIMEOUT_MS = {unit: 5 * 60_000, e2e: 25 * 60_000};

/** Where the test files of each tier are, and how their names end. */
const TEST_FILES = {
  unit: {dir: 'tests/unit', pattern: /\.test\.tsx?$/},
  e2e: {dir: 'tests/e2e', pattern: /\.spec\.ts$/},
};

/**
 * The Playwright project a spec runs in (playwright.config.ts): timing and Lighthouse have
 * their own, run with --no-deps so that the projects they wait for are not run first.
 */
const PROJECT_OF_SPEC = {
  'search-latency.spec.ts': 'search-latency',
  'lighthouse.spec.ts': 'lighthouse',
};

// ---------------------------------------------------------------------------------------------
// Files

/** @param {string | Buffer} content */
const sha256 = (content) => createHash('sha256').update(content).digest('hex');

/** A path as the report shows it: relative to the repository when inside it. */
const display = (/** @type {string} */ path) => {
  const inside = relative(ROOT, path);
  return inside.startsWith('..') ? path : inside.split(sep).join('/');
};

/**
 * Every file, relative to the repository, under `dir` whose name matches `pattern`.
 * @param {string} dir
 * @param {RegExp} pattern
 * @returns {string[]}
 */
function filesUnder(dir, pattern) {
  const absolute = join(ROOT, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => display(join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The files a path names: itself, or, when its last part holds `*`, every file in its folder
 * whose name matches.
 * @param {string} path relative to the repository
 * @returns {string[]} absolute paths
 */
function filesMatching(path) {
  const name = basename(path);
  const folder = join(ROOT, dirname(path));
  if (!name.includes('*')) return existsSync(join(ROOT, path)) ? [join(ROOT, path)] : [];
  if (!existsSync(folder)) return [];
  const escaped = name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  const pattern = new RegExp(`^${escaped}$`);
  return readdirSync(folder, {withFileTypes: true})
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** @param {string} text @param {string} part */
const occurrencesOf = (text, part) => (part === '' ? 0 : text.split(part).length - 1);

/** @param {Mutation} mutation @returns {Edit[]} */
function editsOf(mutation) {
  if (mutation.edits) return mutation.edits;
  if (mutation.file === undefined || mutation.find === undefined) return [];
  return [{file: mutation.file, find: mutation.find, replace: mutation.replace ?? ''}];
}

/**
 * A mutation's edits resolved to files: for each file it changes, the content before and after.
 * Throws, naming the mutation, when a `find` text does not occur exactly as often as stated.
 * @param {Mutation} mutation
 * @returns {Map<string, {original: Buffer, mutated: string}>}
 */
function plan(mutation) {
  const edits = editsOf(mutation);
  if (edits.length === 0) throw new Error('no edit: give file, find and replace, or edits');
  /** @type {Map<string, {original: Buffer, mutated: string}>} */
  const files = new Map();
  for (const edit of edits) {
    const expected = edit.occurrences ?? 1;
    if (edit.find === edit.replace) throw new Error(`${edit.file}: replace equals find`);
    const candidates = filesMatching(edit.file);
    if (candidates.length === 0) throw new Error(`${edit.file}: no such file`);
    let found = 0;
    for (const path of candidates) {
      const current = files.get(path);
      const text = current ? current.mutated : readFileSync(path, 'utf8');
      const count = occurrencesOf(text, edit.find);
      if (count === 0) continue;
      found += count;
      const original = current ? current.original : readFileSync(path);
      files.set(path, {original, mutated: text.split(edit.find).join(edit.replace)});
    }
    if (found !== expected) {
      throw new Error(
        `${edit.file}: the find text occurs ${found} times, not ${expected}: ${JSON.stringify(
          edit.find.length > 80 ? `${edit.find.slice(0, 77)}...` : edit.find,
        )}`,
      );
    }
  }
  return files;
}

/**
 * Files currently mutated, with their originals, so that an interrupted run can restore them.
 * @type {Map<string, {original: Buffer, mutated: string, hash: string}>}
 */
const applied = new Map();
/** A copy of every original on disk while it is mutated, in case the process is killed outright. */
let backupDir = '';

/** @param {Map<string, {original: Buffer, mutated: string}>} files */
function apply(files) {
  if (!backupDir) backupDir = mkdtempSync(join(tmpdir(), 'mutation-check-'));
  for (const [path, {original, mutated}] of files) {
    const backup = join(backupDir, 'originals', display(path));
    mkdirSync(dirname(backup), {recursive: true});
    writeFileSync(backup, original);
    applied.set(path, {original, mutated, hash: sha256(original)});
    writeFileSync(path, mutated);
  }
}

/**
 * Puts every mutated file back and checks it is byte for byte the original. A file that someone
 * else changed meanwhile gets only the mutation taken out again, and is reported.
 * @returns {string[]} problems (empty when every file is back as it was)
 */
function restoreAll() {
  /** @type {string[]} */
  const problems = [];
  for (const [path, {original, mutated, hash}] of applied) {
    const now = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (now === mutated || now === null) {
      writeFileSync(path, original);
      const restored = sha256(readFileSync(path));
      if (restored !== hash) {
        problems.push(`${display(path)}: SHA-256 after restoring is ${restored}, not ${hash}`);
      } else {
        rmSync(join(backupDir, 'originals', display(path)), {force: true});
      }
    } else {
      problems.push(
        `${display(path)} was changed by someone else during the mutation; it was left as they ` +
          `wrote it. Check that it does not still carry the mutation; the original is in ` +
          join(backupDir, 'originals', display(path)),
      );
    }
    applied.delete(path);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Processes

/** The child process running now, so that an interrupt can stop it. */
/** @type {import('node:child_process').ChildProcess | null} */
let running = null;
/** Where the runs' output goes: a log per run, and Playwright's traces of failed tests. */
let logDir = '';

/**
 * Runs a command in its own process group; its output goes to `log`.
 * @param {string} command
 * @param {string[]} args
 * @param {{log: string, timeoutMs: number}} options
 * @returns {Promise<{code: number | null, output: string, timedOut: boolean}>}
 */
function run(command, args, {log, timeoutMs}) {
  return new Promise((resolvePromise, reject) => {
    const env = {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'};
    const child = spawn(command, args, {cwd: ROOT, env, detached: true, stdio: 'pipe'});
    running = child;
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      running = null;
      const output = Buffer.concat(chunks).toString('utf8');
      writeFileSync(log, `$ ${command} ${args.join(' ')}\n\n${output}`);
      resolvePromise({code, output, timedOut});
    });
  });
}

/** @param {import('node:child_process').ChildProcess} child */
function stopGroup(child) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * Holds /tmp/site.lock until `release` is called (or this process ends): a `flock` child that
 * keeps the lock while its standard input stays open.
 * @param {string} why what the lock is held for, shown while waiting
 * @returns {Promise<{release: () => Promise<void>}>}
 */
function acquireLock(why) {
  return new Promise((resolvePromise, reject) => {
    const holder = spawn('flock', [LOCK_FILE, 'sh', '-c', 'echo locked; cat >/dev/null'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    lockHolders.add(holder);
    holder.on('close', () => lockHolders.delete(holder));
    const waiting = setTimeout(() => {
      console.log(
        `  waiting for ${LOCK_FILE} (${why}); another build or browser run holds it. ` +
          'If you wrapped this script in flock yourself, stop it and pass --have-lock.',
      );
    }, 3000);
    holder.on('error', (error) => {
      clearTimeout(waiting);
      reject(new Error(`flock could not be started (${error.message}); it is in util-linux`));
    });
    holder.stdout.once('data', () => {
      clearTimeout(waiting);
      resolvePromise({
        release: () =>
          new Promise((done) => {
            if (holder.exitCode !== null) return done();
            holder.once('close', () => done());
            holder.stdin.end();
          }),
      });
    });
  });
}

/** The `flock` processes holding or waiting for the lock, stopped if this script is interrupted. */
/** @type {Set<import('node:child_process').ChildProcess>} */
const lockHolders = new Set();

/** A lock that is already held by whoever started this script. */
const NO_LOCK = {release: async () => {}};

// ---------------------------------------------------------------------------------------------
// Reading the test runners' verdicts

/**
 * @typedef {object} Verdict
 * @property {'red' | 'green' | 'error'} state red: some test failed; error: nothing was tested
 * @property {string} detail
 */

/**
 * @param {{code: number | null, output: string, timedOut: boolean}} result
 * @returns {Verdict}
 */
function vitestVerdict({code, output, timedOut}) {
  if (timedOut) return {state: 'error', detail: 'timed out'};
  const tests = /^\s*Tests\s+(.+)$/m.exec(output)?.[1]?.trim() ?? '';
  const files = /^\s*Test Files\s+(.+)$/m.exec(output)?.[1]?.trim() ?? '';
  const failed = Number(/(\d+) failed/.exec(tests)?.[1] ?? 0);
  if (code === 0) return {state: 'green', detail: tests};
  if (failed > 0) return {state: 'red', detail: tests};
  if (/failed/.test(files)) return {state: 'red', detail: `the file failed to load (${files})`};
  return {state: 'error', detail: `vitest exited with ${code} and no failed test`};
}

/**
 * @param {{code: number | null, output: string, timedOut: boolean}} result
 * @returns {Verdict}
 */
function playwrightVerdict({code, output, timedOut}) {
  if (timedOut) return {state: 'error', detail: 'timed out'};
  const count = (/** @type {string} */ word) =>
    Number(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(output)?.[1] ?? 0);
  const failed = count('failed');
  const passed = count('passed');
  const summary = [failed && `${failed} failed`, passed && `${passed} passed`]
    .filter(Boolean)
    .join(', ');
  if (/No tests found/i.test(output)) return {state: 'error', detail: 'no test matched'};
  if (failed > 0) return {state: 'red', detail: summary};
  if (code === 0 && passed > 0) return {state: 'green', detail: summary};
  return {state: 'error', detail: `playwright exited with ${code}, ${summary || 'no test ran'}`};
}

/**
 * Runs the test a mutation targets, as the tier runs it.
 * @param {Tier} tier
 * @param {Mutation} mutation
 * @param {string} log
 * @returns {Promise<Verdict>}
 */
async function runTest(tier, mutation, log) {
  if (tier === 'unit') {
    const result = await run(join(BIN, 'vitest'), ['run', mutation.test], {
      log,
      timeoutMs: TIMEOUT_MS.unit,
    });
    return vitestVerdict(result);
  }
  const spec = basename(mutation.test);
  const project = PROJECT_OF_SPEC[/** @type {keyof typeof PROJECT_OF_SPEC} */ (spec)] ?? 'desktop';
  const args = [
    'test',
    mutation.test,
    `--project=${project}`,
    '--no-deps',
    '--reporter=line',
    `--output=${join(logDir, 'playwright-output')}`,
    ...(mutation.grep ? ['-g', mutation.grep] : []),
  ];
  const result = await run(join(BIN, 'playwright'), args, {log, timeoutMs: TIMEOUT_MS.e2e});
  return playwrightVerdict(result);
}

// ---------------------------------------------------------------------------------------------
// The checks before anything runs

/**
 * Test files of a tier with no mutation, and mutations of test files that do not exist.
 * @param {Tier} tier
 * @param {Mutation[]} mutations every mutation of the tier
 * @returns {string[]}
 */
function coverageProblems(tier, mutations) {
  const {dir, pattern} = TEST_FILES[tier];
  const testFiles = filesUnder(dir, pattern);
  const covered = new Set(mutations.map((mutation) => mutation.test));
  const problems = testFiles
    .filter((file) => !covered.has(file))
    .map((file) => `${file} has no mutation: add one to scripts/mutations.mjs`);
  for (const file of covered) {
    if (!testFiles.includes(file)) {
      problems.push(`${file} is in scripts/mutations.mjs but not in ${dir}`);
    }
  }
  for (const mutation of mutations) {
    if (!mutation.why) problems.push(`${mutation.test}: a mutation without "why"`);
  }
  return problems;
}

/**
 * Mutations whose edits cannot be applied: a file is missing, or a find text does not occur
 * exactly as often as stated.
 * @param {Mutation[]} mutations
 * @returns {string[]}
 */
function findProblems(mutations) {
  return mutations.flatMap((mutation) => {
    try {
      plan(mutation);
      return [];
    } catch (error) {
      const needs = mutation.needs ? ` (needs ${mutation.needs})` : '';
      return [`${mutation.test}: ${/** @type {Error} */ (error).message}${needs}`];
    }
  });
}

/** The newest modification time of any file under the given paths. */
function newestChange(/** @type {string[]} */ paths) {
  let newest = {time: 0, file: ''};
  for (const path of paths) {
    const absolute = join(ROOT, path);
    if (!existsSync(absolute)) continue;
    const files = statSync(absolute).isDirectory()
      ? readdirSync(absolute, {recursive: true, withFileTypes: true})
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [absolute];
    for (const file of files) {
      const time = statSync(file).mtimeMs;
      if (time > newest.time) newest = {time, file: display(file)};
    }
  }
  return newest;
}

/** Null when build/ is there; else why the e2e tier cannot run. Warns when it looks stale. */
function buildProblem() {
  const index = join(ROOT, 'build', 'index.html');
  if (!existsSync(index) || !existsSync(join(ROOT, 'build', 'en', 'index.html'))) {
    return 'build/ is missing: the e2e tier tests the production build (npm run build, under flock /tmp/site.lock).';
  }
  const built = statSync(index).mtimeMs;
  const source = newestChange([
    'src',
    'docs',
    'i18n',
    'static',
    'docusaurus.config.ts',
    'sidebars.ts',
  ]);
  if (source.time > built) {
    console.log(
      `  Note: build/ looks stale: ${source.file} changed after build/index.html ` +
        `(${new Date(source.time).toISOString()} > ${new Date(built).toISOString()}).`,
    );
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The run

/**
 * @typedef {object} Row
 * @property {string} test
 * @property {string} files
 * @property {string} why
 * @property {'KILLED' | 'SURVIVED' | 'ERROR' | 'BASELINE RED' | 'NOT RUN'} result
 * @property {string} detail
 * @property {number} seconds
 * @property {string} [known]
 */

/**
 * @param {Tier} tier
 * @param {Mutation[]} mutations
 * @param {{baseline: boolean, haveLock: boolean}} options
 * @returns {Promise<{rows: Row[], problems: string[], waitedSeconds: number}>}
 */
async function runTier(tier, mutations, {baseline, haveLock}) {
  /** @type {Row[]} */
  const rows = mutations.map((mutation) => ({
    test: mutation.test,
    files: '',
    why: mutation.why,
    result: /** @type {Row['result']} */ ('NOT RUN'),
    detail: '',
    seconds: 0,
    known: mutation.survives,
  }));
  /** @type {string[]} */
  const problems = [];
  const logOf = (/** @type {number} */ index, /** @type {string} */ kind) =>
    join(logDir, `${tier}-${index + 1}-${basename(mutations[index]?.test ?? '')}${kind}.log`);
  let waited = 0;
  /** @param {string} why */
  const lock = async (why) => {
    if (haveLock) return NO_LOCK;
    const asked = Date.now();
    const held = await acquireLock(why);
    waited += Date.now() - asked;
    if (Date.now() - asked > 1000) {
      console.log(`  holding ${LOCK_FILE} after ${((Date.now() - asked) / 1000).toFixed(0)} s`);
    }
    return held;
  };

  // The e2e tier reads build/, which a build rewrites: it holds the lock from the start. The
  // unit tier runs its baselines, which change nothing, first, and takes the lock for the
  // mutations only, so that a build never reads a mutated source.
  /** @type {{release: () => Promise<void>}} */
  let tierLock = tier === 'e2e' ? await lock('e2e tier') : NO_LOCK;
  try {
    if (tier === 'e2e') {
      const missing = buildProblem();
      if (missing) return {rows, problems: [missing], waitedSeconds: waited / 1000};
      // A find text that build/ no longer holds makes that mutation an ERROR; the others run.
    }
    /** @type {Map<string, Verdict>} */
    const baselines = new Map();
    if (baseline) {
      for (const [index, mutation] of mutations.entries()) {
        const key = `${mutation.test} ${mutation.grep ?? ''}`;
        if (baselines.has(key)) continue;
        process.stdout.write(
          `[${tier} baseline] ${mutation.test}${mutation.grep ? ` -g "${mutation.grep}"` : ''}... `,
        );
        const started = Date.now();
        const verdict = await runTest(tier, mutation, logOf(index, '.baseline'));
        baselines.set(key, verdict);
        const took = (Date.now() - started) / 1000;
        console.log(`${verdict.state} (${verdict.detail}) in ${took.toFixed(1)} s`);
      }
    }
    if (tier === 'unit') tierLock = await lock('unit mutations');

    for (const [index, mutation] of mutations.entries()) {
      const row = /** @type {Row} */ (rows[index]);
      const log = logOf(index, '');
      const base = baselines.get(`${mutation.test} ${mutation.grep ?? ''}`);
      if (base && base.state !== 'green') {
        row.result = 'BASELINE RED';
        row.detail = `unmutated: ${base.detail}`;
        continue;
      }
      process.stdout.write(
        `[${tier} ${index + 1}/${mutations.length}] ${mutation.test}: ${mutation.why}... `,
      );
      const started = Date.now();
      /** @type {Verdict} */
      let verdict;
      try {
        const files = plan(mutation);
        row.files = [...files.keys()].map(display).join(', ');
        try {
          apply(files);
          verdict = await runTest(tier, mutation, log);
        } finally {
          problems.push(...restoreAll());
        }
      } catch (error) {
        const message = /** @type {Error} */ (error).message;
        verdict = {
          state: 'error',
          detail: mutation.needs ? `${message} (needs ${mutation.needs})` : message,
        };
      }
      row.seconds = (Date.now() - started) / 1000;
      row.result =
        verdict.state === 'red' ? 'KILLED' : verdict.state === 'green' ? 'SURVIVED' : 'ERROR';
      row.detail = existsSync(log) ? `${verdict.detail}; log: ${display(log)}` : verdict.detail;
      console.log(`${row.result} (${verdict.detail}) in ${row.seconds.toFixed(1)} s`);
    }
  } finally {
    await tierLock.release();
  }
  return {rows, problems, waitedSeconds: waited / 1000};
}

/** @param {Row[]} rows @param {number} seconds @param {number} waitedSeconds */
function printTable(rows, seconds, waitedSeconds) {
  const header = ['test file', 'mutated file', 'what broke', 'result', 'time'];
  const lines = rows.map((row) => [
    row.test,
    shorten(row.files, 60),
    row.known ? `${row.why} [known weak test, see below]` : row.why,
    row.result === 'KILLED' ? 'KILLED' : row.result,
    `${row.seconds.toFixed(1)} s`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (/** @type {string[]} */ cells) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('-|-')}`);
  for (const line of lines) console.log(format(line));
  const killed = rows.filter((row) => row.result === 'KILLED').length;
  console.log(
    `\n${killed} of ${rows.length} mutations killed (KILLED = the test went red, as wanted) in ` +
      `${seconds.toFixed(0)} s` +
      (waitedSeconds >= 1
        ? `, after ${waitedSeconds.toFixed(0)} s waiting for ${LOCK_FILE}.`
        : '.'),
  );
  for (const row of rows.filter((row) => row.result !== 'KILLED')) {
    console.log(`  ${row.result}: ${row.test}: ${row.why}${row.detail ? ` (${row.detail})` : ''}`);
    if (row.known) console.log(`    Known weak test: ${row.known}.`);
  }
}

/** @param {string} text @param {number} width */
const shorten = (text, width) => (text.length > width ? `${text.slice(0, width - 3)}...` : text);

async function main() {
  const {values} = parseArgs({
    options: {
      unit: {type: 'boolean', default: false},
      e2e: {type: 'boolean', default: false},
      only: {type: 'string'},
      list: {type: 'boolean', default: false},
      baseline: {type: 'boolean', default: false},
      'have-lock': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if (values.help) {
    const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    console.log(/\/\*\*([\s\S]*?)\*\//.exec(source)?.[1]?.replace(/^ \* ?/gm, '') ?? '');
    return 0;
  }
  /** @type {Tier[]} */
  const tiers = values.unit || values.e2e ? [] : ['unit', 'e2e'];
  if (values.unit) tiers.push('unit');
  if (values.e2e) tiers.push('e2e');
  const only = values.only?.replace(/^\.\//, '');
  /** @type {Record<Tier, Mutation[]>} */
  const lists = {unit: UNIT_MUTATIONS, e2e: E2E_MUTATIONS};

  const selected = tiers.flatMap((tier) =>
    lists[tier]
      .filter((mutation) => !only || mutation.test === only || mutation.test.endsWith(`/${only}`))
      .map((mutation) => ({tier, mutation})),
  );
  if (only && selected.length === 0) {
    console.error(`No mutation for ${only} in the selected tiers.`);
    return 1;
  }
  // The list stays honest: every test file has a mutation (with --only, a gap elsewhere is only
  // noted), and every find text is where it was. The e2e tier's find texts are in build/,
  // which a build may be rewriting now: a run checks them once it holds the lock.
  /** @type {string[]} */
  const problems = [];
  for (const tier of tiers) {
    const gaps = coverageProblems(tier, lists[tier]).map((problem) => `${tier}: ${problem}`);
    if (only && !values.list) for (const gap of gaps) console.log(`Note: ${gap}`);
    else problems.push(...gaps);
    if (tier === 'unit' || values.list) {
      const mutations = selected
        .filter((entry) => entry.tier === tier)
        .map((entry) => entry.mutation);
      problems.push(...findProblems(mutations).map((problem) => `${tier}: ${problem}`));
    }
  }
  if (values.list) {
    for (const {tier, mutation} of selected) {
      const where = editsOf(mutation)
        .map((edit) => edit.file)
        .join(', ');
      console.log(`${tier}  ${mutation.test}  ${where}\n      ${mutation.why}`);
    }
    for (const problem of problems) console.error(`PROBLEM ${problem}`);
    return problems.length > 0 ? 1 : 0;
  }
  if (problems.length > 0) {
    console.error('The mutation list needs attention:');
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }

  logDir = mkdtempSync(join(tmpdir(), 'mutation-check-logs-'));
  console.log(`Logs: ${logDir}`);
  let failed = false;
  for (const tier of tiers) {
    const mutations = selected
      .filter((entry) => entry.tier === tier)
      .map((entry) => entry.mutation);
    if (mutations.length === 0) continue;
    console.log(`\n== ${tier} tier: ${mutations.length} mutations`);
    const started = Date.now();
    const {rows, problems, waitedSeconds} = await runTier(tier, mutations, {
      baseline: tier === 'unit' || values.baseline,
      haveLock: values['have-lock'],
    });
    printTable(rows, (Date.now() - started) / 1000 - waitedSeconds, waitedSeconds);
    for (const problem of problems) console.error(`PROBLEM ${problem}`);
    if (problems.length > 0 || rows.some((row) => row.result !== 'KILLED')) failed = true;
  }
  return failed ? 1 : 0;
}

/** On an interrupt: stop the test run, put the files back, then leave. */
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    if (running) stopGroup(running);
    const problems = restoreAll();
    for (const holder of lockHolders) holder.kill();
    for (const problem of problems) console.error(`PROBLEM ${problem}`);
    console.error(`\nInterrupted (${signal}); mutated files restored.`);
    process.exit(130);
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  const problems = restoreAll();
  for (const problem of problems) console.error(`PROBLEM ${problem}`);
  console.error(error);
  process.exitCode = 1;
} finally {
  if (backupDir && applied.size === 0) rmSync(backupDir, {recursive: true, force: true});
}
