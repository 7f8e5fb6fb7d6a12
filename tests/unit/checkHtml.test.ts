import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  CheckHtmlSetupError,
  checkHtml,
  countByMessage,
  firstPerFile,
  formatMessage,
  htmlFiles,
  javaCommand,
  parseVnuReport,
  runVnu,
  vnuArguments,
} from '@site/scripts/check-html.mjs';

let root: string;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), {recursive: true});
  writeFileSync(join(root, path), content);
}

const fileUrl = (path: string): string => pathToFileURL(join(root, path)).href;

const page = (lang: string, body: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Trang</title></head>` +
  `<body><main><p>${body}</p></main></body></html>`;

const javaWorks = spawnSync(javaCommand(), ['-version']).status === 0;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-html-'));
});

afterEach(() => {
  rmSync(root, {recursive: true, force: true});
});

describe('parseVnuReport', () => {
  const report = (messages: unknown[]): string => JSON.stringify({messages});

  it('fails on errors and unreadable documents, lists warnings, ignores other notes', () => {
    const {errors, warnings} = parseVnuReport(
      report([
        {
          type: 'error',
          url: fileUrl('build/en/dong-gop.html'),
          lastLine: 65,
          firstColumn: 957,
          lastColumn: 1018,
          message:
            'The “itemprop” attribute was specified, but the element is not a property of any item.',
          extract: '--> on <b><time itemprop=dateModified>Dec 1,',
        },
        {
          type: 'non-document-error',
          url: fileUrl('build/missing.html'),
          subType: 'io',
          message: 'File not found.',
        },
        {
          type: 'info',
          subType: 'warning',
          url: fileUrl('build/search.html'),
          firstLine: 3,
          lastLine: 4,
          firstColumn: 10,
          message: 'Section lacks heading.',
        },
        {type: 'info', url: fileUrl('build/index.html'), lastLine: 1, message: 'Trailing slash.'},
      ]),
      root,
    );
    expect(errors).toEqual([
      {
        file: 'build/en/dong-gop.html',
        line: 65,
        column: 957,
        message:
          'The “itemprop” attribute was specified, but the element is not a property of any item.',
        extract: '--> on <b><time itemprop=dateModified>Dec 1,',
      },
      {
        file: 'build/missing.html',
        line: null,
        column: null,
        message: 'File not found.',
        extract: null,
      },
    ]);
    expect(warnings).toEqual([
      {
        file: 'build/search.html',
        line: 3,
        column: 10,
        message: 'Section lacks heading.',
        extract: null,
      },
    ]);
  });

  it('passes a report without messages', () => {
    expect(parseVnuReport(report([]), root)).toEqual({errors: [], warnings: []});
  });

  it('refuses output that is not a vnu JSON report', () => {
    expect(() => parseVnuReport('Error: Unable to access jarfile', root)).toThrow(
      CheckHtmlSetupError,
    );
    expect(() => parseVnuReport('{"url": "x"}', root)).toThrow(/no "messages" list/);
  });
});

describe('formatMessage', () => {
  it('gives file, line and column, then the markup on its own line', () => {
    expect(
      formatMessage({
        file: 'build/dong-gop.html',
        line: 65,
        column: 916,
        message: 'Bad value.',
        extract: '-> vào <b><time\n datetime=x>',
      }),
    ).toBe('build/dong-gop.html:65:916: Bad value.\n    -> vào <b><time datetime=x>');
  });

  it('leaves out a position the checker did not give', () => {
    expect(
      formatMessage({
        file: 'build/missing.html',
        line: null,
        column: null,
        message: 'File not found.',
        extract: null,
      }),
    ).toBe('build/missing.html: File not found.');
  });
});

describe('firstPerFile', () => {
  it('keeps the first occurrence of each message in each file, with its count', () => {
    const at = (file: string, line: number, message: string) => ({
      file,
      line,
      column: 1,
      message,
      extract: null,
    });
    expect(
      firstPerFile([
        at('build/a.html', 1, 'role'),
        at('build/a.html', 2, 'itemprop'),
        at('build/a.html', 3, 'role'),
        at('build/b.html', 4, 'role'),
      ]),
    ).toEqual([
      {entry: at('build/a.html', 1, 'role'), repeats: 2},
      {entry: at('build/a.html', 2, 'itemprop'), repeats: 1},
      {entry: at('build/b.html', 4, 'role'), repeats: 1},
    ]);
  });

  it('says how often a listed message occurs', () => {
    expect(
      formatMessage(
        {file: 'build/a.html', line: 1, column: 2, message: 'Bad role.', extract: null},
        46,
      ),
    ).toBe('build/a.html:1:2: Bad role. (46 times in this file; --all lists each)');
  });
});

describe('countByMessage', () => {
  it('counts each distinct message, most frequent first', () => {
    expect(countByMessage([{message: 'b'}, {message: 'a'}, {message: 'a'}])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});

describe('running the checker', () => {
  it('checks every file in one Java run', () => {
    const args = vnuArguments('/x/vnu.jar', ['a.html', 'en/b.html']);
    expect(args.slice(0, 2)).toEqual(['-jar', '/x/vnu.jar']);
    expect(args).toEqual(expect.arrayContaining(['--format', 'json', '--stdout']));
    expect(args.slice(-2)).toEqual(['a.html', 'en/b.html']);
  });

  it('uses JAVA_HOME when it is set', () => {
    expect(javaCommand({JAVA_HOME: '/opt/jdk'})).toBe(join('/opt/jdk', 'bin', 'java'));
    expect(javaCommand({})).toBe('java');
  });

  it('finds the .html files of both languages, and nothing else', () => {
    write('build/index.html', page('vi', 'a'));
    write('build/404.html', page('vi', 'a'));
    write('build/en/quy-trinh/chuan-bi.html', page('en', 'a'));
    write('build/assets/js/main.js', '');
    expect(htmlFiles(join(root, 'build'))).toEqual([
      join(root, 'build/404.html'),
      join(root, 'build/en/quy-trinh/chuan-bi.html'),
      join(root, 'build/index.html'),
    ]);
  });

  it('asks for a build when there is none', () => {
    expect(() => checkHtml({root})).toThrow(/build\/ does not exist: run npm run build first/);
    mkdirSync(join(root, 'build'));
    expect(() => checkHtml({root})).toThrow(/no \.html files: run npm run build first/);
  });

  it('says how to install Java when there is none', () => {
    expect(() => runVnu(['a.html'], {java: join(root, 'no-java'), jar: 'vnu.jar'})).toThrow(
      /Java was not found.*apt-get install -y openjdk-17-jre-headless/,
    );
  });

  it.skipIf(!javaWorks)(
    'reports the errors of the real checker by file and line',
    () => {
      write('build/index.html', page('vi', 'Xin chào'));
      write(
        'build/en/page.html',
        page('en', 'Updated\non <time datetime="2026-12-01" itemprop="dateModified">Dec 1</time>'),
      );
      const {files, errors} = checkHtml({root});
      expect(files).toHaveLength(2);
      expect(errors).toEqual([
        expect.objectContaining({
          file: 'build/en/page.html',
          line: 2,
          message: expect.stringContaining('“itemprop”'),
        }),
      ]);
    },
    60_000,
  );
});
