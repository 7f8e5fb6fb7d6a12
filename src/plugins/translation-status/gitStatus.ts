import {execFileSync} from 'node:child_process';

/** A Vietnamese source page and its English twin, as paths relative to the repository. */
export interface TranslationPair {
  readonly docId: string;
  readonly source: string;
  readonly translation: string;
}

function git(root: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function lastCommit(root: string, file: string): string | null {
  return git(root, ['log', '-1', '--format=%H', '--', file]) || null;
}

/**
 * Whether the English twin may be behind its Vietnamese source: true when the last
 * commit that changed the source is not part of the twin's history, i.e. the source
 * changed after the twin was last updated. Comparing commits rather than dates keeps
 * same-second commits and rebased branches right. Files with no history yet (new,
 * uncommitted, or a clone without history) are never reported.
 */
export function isTranslationBehind(root: string, pair: TranslationPair): boolean {
  const sourceCommit = lastCommit(root, pair.source);
  const translationCommit = lastCommit(root, pair.translation);
  if (!sourceCommit || !translationCommit || sourceCommit === translationCommit) {
    return false;
  }
  return git(root, ['merge-base', '--is-ancestor', sourceCommit, translationCommit]) === null;
}

/** Doc ids whose English twin may be behind, in the order given. */
export function translationsBehind(root: string, pairs: readonly TranslationPair[]): string[] {
  return pairs.filter((pair) => isTranslationBehind(root, pair)).map((pair) => pair.docId);
}
