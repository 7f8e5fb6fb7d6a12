import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {expect, test} from '@playwright/test';

const buildDir = join(process.cwd(), 'build');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return htmlFiles(path);
    }
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const files = htmlFiles(buildDir);

test('the build has every page in both languages', () => {
  const pages = files.map((file) => relative(buildDir, file));
  expect(pages).toEqual(
    expect.arrayContaining(['index.html', 'en/index.html', '404.html', 'en/404.html']),
  );
  expect(pages.filter((page) => page.startsWith('en/')).length).toBe(
    pages.filter((page) => !page.startsWith('en/')).length,
  );
});

test('no built page carries broken UTF-8 (NUL bytes or U+FFFD)', () => {
  const broken = files.filter((file) => {
    const bytes = readFileSync(file);
    return bytes.includes(0) || bytes.toString('utf8').includes('\uFFFD');
  });
  expect(broken.map((file) => relative(buildDir, file))).toEqual([]);
});

test('no built page loads anything from another origin', () => {
  // Scripts, styles, fonts, icons and images must come from the site itself; plain
  // links to other sites (GitHub, sources) are fine.
  const loaders =
    /<(?:script|img|iframe|source)\b[^>]*\bsrc="(https?:)?\/\/[^"]*"|<link\b(?=[^>]*\brel="(?:stylesheet|preload|icon|modulepreload|preconnect|dns-prefetch)")[^>]*\bhref="(https?:)?\/\/[^"]*"/g;
  const offenders = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(loaders)].map(
      (match) => `${relative(buildDir, file)}: ${match[0]}`,
    ),
  );
  expect(offenders).toEqual([]);
});

test('every page offers a link preview in its own language, with an image that exists', () => {
  const problems = files.flatMap((file) => {
    const page = relative(buildDir, file);
    const html = readFileSync(file, 'utf8');
    const meta = (key: string): string | undefined =>
      new RegExp(`<meta[^>]*(?:property|name)=${key} content=("?)([^"\\s>]+)\\1`).exec(html)?.[2];
    const image = meta('og:image');
    const expected = page.startsWith('en/') ? 'social-card-en.png' : 'social-card.png';
    const found: string[] = [];
    if (!image || !/^https?:\/\//.test(image)) {
      found.push(`og:image is ${image ?? 'missing'}, not an absolute address`);
    } else if (!image.endsWith(`/img/${expected}`)) {
      found.push(`og:image is ${image}, not this language's card (${expected})`);
    } else if (!existsSync(join(buildDir, new URL(image).pathname))) {
      // The tests build with the default base URL "/", so the address's path is the file's.
      found.push(`og:image ${image} is not in the build`);
    }
    if (meta('twitter:image') !== image) {
      found.push('twitter:image differs from og:image');
    }
    if (!/<meta[^>]*property=og:image:alt content="[^"]+"/.test(html)) {
      found.push('og:image:alt is missing');
    }
    return found.map((problem) => `${page}: ${problem}`);
  });
  expect(problems).toEqual([]);
});

test('no page loads the code highlighter before it shows a code block', () => {
  // Prism's JavaScript grammar, part of prism-react-renderer: it belongs in the chunk the
  // swizzled CodeBlock fetches (src/theme/CodeBlock), not in the scripts every page starts with.
  const scripts = new Set(
    files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+\.js)/g)].map(
        (match) => match[1]!,
      ),
    ),
  );
  expect(scripts.size).toBeGreaterThan(0);
  const withHighlighter = [...scripts].filter((src) =>
    readFileSync(join(buildDir, new URL(src, 'http://site/').pathname), 'utf8').includes(
      'template-string',
    ),
  );
  expect(withHighlighter).toEqual([]);
});
