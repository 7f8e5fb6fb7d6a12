#!/usr/bin/env node
/**
 * Fails when the English interface strings are incomplete or still Vietnamese:
 * 1. runs `docusaurus write-translations --locale en` and reports any key it had to add
 *    (an interface string with no English yet), then puts i18n/en back as it was;
 * 2. reports any English message that still contains Vietnamese letters.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {looksVietnamese} from './vietnamese.mjs';

const root = process.cwd();
const englishDir = join(root, 'i18n', 'en');

function jsonFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

const before = new Map(jsonFiles(englishDir).map((file) => [file, readFileSync(file, 'utf8')]));
const problems = [];

try {
  execFileSync(
    join(root, 'node_modules', '.bin', 'docusaurus'),
    ['write-translations', '--locale', 'en'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (const file of jsonFiles(englishDir)) {
    const name = relative(root, file);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    const previous = before.has(file) ? JSON.parse(before.get(file)) : {};
    for (const key of Object.keys(after)) {
      if (!(key in previous)) {
        problems.push(
          `${name}: "${key}" has no English translation yet (run npm run write-translations, then translate it)`,
        );
      }
    }
  }
} finally {
  // Leave the working tree exactly as it was.
  for (const file of jsonFiles(englishDir)) {
    if (!before.has(file)) rmSync(file);
  }
  for (const [file, text] of before) writeFileSync(file, text);
}

for (const [file, text] of before) {
  for (const [key, entry] of Object.entries(JSON.parse(text))) {
    if (typeof entry?.message === 'string' && looksVietnamese(entry.message)) {
      problems.push(`${relative(root, file)}: "${key}" is still Vietnamese: "${entry.message}"`);
    }
  }
}

if (problems.length > 0) {
  console.error(
    `English translations need attention (${problems.length}):\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}
console.log(`English translations complete: ${before.size} files checked.`);
