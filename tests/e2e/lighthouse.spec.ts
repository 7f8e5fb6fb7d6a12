import {chromium} from '@playwright/test';
import lighthouse from 'lighthouse';
import type {Result} from 'lighthouse';
import {CHROMIUM_ARGS, findChromium} from './browser';
import {expect, test} from './fixtures';
import {LOCALE_PREFIX, type Locale} from './site';

// Runs in its own Playwright project, after every other test (see playwright.config.ts): the
// performance figures are simulated from a trace of this machine, so nothing else may share it.
//
// Lighthouse's default run: a mid-range phone on a slow 4G connection (simulated). The
// accessibility, best-practices and SEO scores must be 100 on every page audited. The
// performance figures are reported, not asserted: they move with the machine's load, so each
// is also given as a ratio to the same locale's 404 page, which loads the same site shell
// with almost no content, audited in the same run.

const DEBUGGING_PORT = Number(process.env.LIGHTHOUSE_PORT ?? 9333);
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

/** The baseline first, then the pages readers land on most, in both languages. */
const AUDITED: Record<Locale, string[]> = {
  vi: ['/404', '/', '/quy-trinh', '/quy-trinh/chuan-bi', '/hop-tac', '/thuat-ngu'],
  en: ['/404', '/', '/quy-trinh/chuan-bi'],
};

interface Audit {
  readonly path: string;
  readonly scores: Record<string, number | null>;
  readonly metrics: Record<string, number>;
}

async function audit(url: string, categories: readonly string[]): Promise<Result> {
  const runner = await lighthouse(url, {
    port: DEBUGGING_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', ...categories],
  });
  if (!runner) {
    throw new Error(`Lighthouse returned nothing for ${url}`);
  }
  const {lhr} = runner;
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  }
  return lhr;
}

function failedAudits(lhr: Result, category: string): string[] {
  return lhr.categories[category]!.auditRefs.map((ref) => lhr.audits[ref.id]!)
    .filter((item) => item.score !== null && item.score < 1)
    .map((item) => `${item.id}: ${item.title}`);
}

const ratio = (value: number, baseline: number): string =>
  baseline > 0 ? `${(value / baseline).toFixed(2)}×` : 'n/a';

test('Lighthouse: accessibility, best practices and SEO score 100; performance measured against the 404 page', async ({
  baseURL,
}) => {
  test.setTimeout(20 * 60_000);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
  const lines: string[] = [];
  const failures: string[] = [];
  try {
    for (const [locale, paths] of Object.entries(AUDITED) as [Locale, string[]][]) {
      const results: Audit[] = [];
      for (const [index, path] of paths.entries()) {
        const isBaseline = index === 0;
        const url = `${baseURL}${LOCALE_PREFIX[locale]}${path}`;
        // The 404 page (served as a file, since Lighthouse will not audit a 404 status) is kept
        // from search engines on purpose, so only its performance is measured.
        const lhr = await audit(url, isBaseline ? [] : ASSERTED);
        const scores = Object.fromEntries(
          Object.entries(lhr.categories).map(([id, category]) => [id, category.score]),
        );
        const metrics = Object.fromEntries(
          Object.keys(METRICS).map((id) => [id, lhr.audits[id]!.numericValue ?? NaN]),
        );
        results.push({path, scores, metrics});
        for (const category of isBaseline ? [] : ASSERTED) {
          if (scores[category] !== 1) {
            failures.push(
              `${locale} ${path}: ${category} ${Math.round((scores[category] ?? 0) * 100)} (${failedAudits(lhr, category).join('; ')})`,
            );
          }
        }
      }
      const [baseline] = results;
      for (const {path, scores, metrics} of results) {
        const figures = Object.entries(METRICS).map(([id, label]) => {
          const value = metrics[id]!;
          const shown =
            id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
          return `${label} ${shown} (${ratio(value, baseline!.metrics[id]!)})`;
        });
        const categoryScores = Object.entries(scores)
          .map(([id, score]) => `${id} ${Math.round((score ?? 0) * 100)}`)
          .join(', ');
        lines.push(
          `${locale} ${path === baseline!.path ? `${path} (baseline)` : path}: ${categoryScores}; ${figures.join(', ')}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  const summary = `Lighthouse, mobile, simulated slow 4G (ratio to the locale's 404 page):\n  ${lines.join('\n  ')}`;
  console.log(summary);
  test.info().annotations.push({type: 'lighthouse', description: lines.join('; ')});
  expect(failures, 'Lighthouse categories below 100').toEqual([]);
});
