import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {translationsBehind} from '@site/src/plugins/translation-status/gitStatus';

const pair = {
  docId: 'quy-trinh/chuan-bi',
  source: 'docs/quy-trinh/chuan-bi.mdx',
  translation: 'i18n/en/docusaurus-plugin-content-docs/current/quy-trinh/chuan-bi.mdx',
};

let repo: string;

function git(...args: string[]): void {
  execFileSync('git', args, {cwd: repo, stdio: 'ignore'});
}

function commit(files: Record<string, string>, message: string): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), {recursive: true});
    writeFileSync(join(repo, path), content);
  }
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'translation-status-'));
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
});

afterEach(() => {
  rmSync(repo, {recursive: true, force: true});
});

describe('translationsBehind', () => {
  it('is quiet when both languages changed in the same commit', () => {
    commit({[pair.source]: 'vi 1', [pair.translation]: 'en 1'}, 'both');
    expect(translationsBehind(repo, [pair])).toEqual([]);
  });

  it('flags the English page once the Vietnamese source changes on its own', () => {
    commit({[pair.source]: 'vi 1', [pair.translation]: 'en 1'}, 'both');
    commit({[pair.source]: 'vi 2'}, 'source only');
    expect(translationsBehind(repo, [pair])).toEqual(['quy-trinh/chuan-bi']);
  });

  it('clears the flag when the translation is updated afterwards', () => {
    commit({[pair.source]: 'vi 1', [pair.translation]: 'en 1'}, 'both');
    commit({[pair.source]: 'vi 2'}, 'source only');
    commit({[pair.translation]: 'en 2'}, 'translation caught up');
    expect(translationsBehind(repo, [pair])).toEqual([]);
  });

  it('ignores pages without history and folders that are not repositories', () => {
    commit({[pair.source]: 'vi 1'}, 'source only');
    expect(translationsBehind(repo, [pair])).toEqual([]);
    expect(translationsBehind(tmpdir(), [pair])).toEqual([]);
  });
});
