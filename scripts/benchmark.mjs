#!/usr/bin/env node
// npm run benchmark: this site against the stock Docusaurus classic TypeScript site, both built
// and served the same way (one static server, gzip), in one run. It prints, for three pairs of
// pages (home/home, process overview/docs intro, phase page/a docs page), the JavaScript the
// browser fetches and Lighthouse's mobile performance score and Total Blocking Time, with the
// ratios the issue set as targets, and pair by pair how often this site's page came out ahead,
// with a sign test, so a verdict the machine's noise decided shows as one. A benchmark, not a
// test: it reports and never fails on a figure. Run it alone on the machine
// (flock /tmp/site.lock npm run benchmark): Lighthouse's timings are simulated from a trace of
// this machine.
//
//   --runs N      Lighthouse runs per page, the median is reported (default 5); the two pages of
//                 a pair take turns, run by run, so a slow spell of the machine lands on both
//   --skip-build  use the existing build/ of this site (the stock site is built once and kept)
//   --fresh       create and install the stock site again
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import lighthouse from 'lighthouse';
import {findChromium} from './lib/chromium.mjs';
import {blockingBySource} from './lib/blockingBySource.mjs';
import {javascriptBytes, serve} from './lib/pageWeight.mjs';
import {describePairs, pairedComparison} from './lib/pairedRuns.mjs';

const DOCUSAURUS_VERSION = '3.10.2';
const ROOT = resolve(import.meta.dirname, '..');
const STOCK_PARENT = join(tmpdir(), 'ai-coe-playbook-benchmark');
const STOCK_NAME = `stock-docusaurus-${DOCUSAURUS_VERSION}`;
const STOCK_DIR = join(STOCK_PARENT, STOCK_NAME);
const PORTS = {site: Number(process.env.BENCHMARK_PORT ?? 3311), stock: 0};
PORTS.stock = PORTS.site + 1;
const DEBUGGING_PORT = PORTS.site + 2;

/** The pages compared, each of this site's beside the stock page it is measured against. */
const PAIRS = [
  {name: 'home', site: '/', stock: '/'},
  {name: 'overview / docs intro', site: '/quy-trinh', stock: '/docs/intro'},
  {
    name: 'phase page / docs page',
    site: '/quy-trinh/chuan-bi',
    stock: '/docs/tutorial-basics/create-a-page',
  },
];

const {values: options} = parseArgs({
  options: {
    runs: {type: 'string', default: '5'},
    'skip-build': {type: 'boolean', default: false},
    fresh: {type: 'boolean', default: false},
  },
});
const RUNS = Math.max(1, Number(options.runs) || 5);

/** Runs a command, its output shown, and stops the benchmark if it fails. */
function run(command, args, cwd) {
  console.log(`$ ${command} ${args.join(' ')}   (in ${cwd})`);
  execFileSync(command, args, {cwd, stdio: 'inherit', env: {...process.env, CI: 'true'}});
}

/** Creates, installs and builds the stock classic TypeScript site, once; later runs reuse it. */
function prepareStockSite() {
  if (options.fresh) {
    rmSync(STOCK_DIR, {recursive: true, force: true});
  }
  if (!existsSync(join(STOCK_DIR, 'package.json'))) {
    mkdirSync(STOCK_PARENT, {recursive: true});
    run(
      'npx',
      [
        '--yes',
        `create-docusaurus@${DOCUSAURUS_VERSION}`,
        STOCK_NAME,
        'classic',
        '--typescript',
        '--skip-install',
      ],
      STOCK_PARENT,
    );
    run('npm', ['install', '--no-audit', '--no-fund'], STOCK_DIR);
  }
  const installed = JSON.parse(
    readFileSync(join(STOCK_DIR, 'node_modules/@docusaurus/core/package.json'), 'utf8'),
  ).version;
  if (!existsSync(join(STOCK_DIR, 'build', 'index.html'))) {
    run('npx', ['docusaurus', 'build'], STOCK_DIR);
  }
  return installed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A Chromium that Lighthouse drives through its debugging port. */
function launchForLighthouse() {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--remote-debugging-port=${DEBUGGING_PORT}`,
    ],
  });
}

/**
 * One run of Lighthouse's default mobile audit (a mid-range phone on slow 4G, simulated) in a
 * browser of its own: work a page leaves running in the background (this site's service worker
 * keeping the guide for offline reading) must not land in the next page's figures.
 */
async function lighthouseRun(url) {
  const browser = await launchForLighthouse();
  let result;
  try {
    result = await lighthouse(url, {
      port: DEBUGGING_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
  } finally {
    await browser.close();
  }
  if (!result || result.lhr.runtimeError) {
    throw new Error(`Lighthouse could not audit ${url}: ${result?.lhr.runtimeError?.message}`);
  }
  return {
    score: Math.round(result.lhr.categories.performance.score * 100),
    tbt: result.lhr.audits['total-blocking-time'].numericValue,
    ...blockingBySource(result.lhr),
  };
}

/** The medians of a page's runs, with every run's score and TBT kept for the log. */
function summarize(runs) {
  return {
    score: median(runs.map((run) => run.score)),
    tbt: median(runs.map((run) => run.tbt)),
    document: median(runs.map((run) => run.document)),
    scripts: median(runs.map((run) => run.scripts)),
    scores: runs.map((run) => run.score),
    blocking: runs.map((run) => run.tbt),
  };
}

/** Pair by pair (the runs were taken back to back), whether this site's page came out ahead. */
function comparePairs(row) {
  return {
    score: pairedComparison(row.siteLH.scores, row.stockLH.scores, 'higher'),
    tbt: pairedComparison(row.siteLH.blocking, row.stockLH.blocking, 'lower'),
  };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (value, baseline) => (baseline > 0 ? (value / baseline).toFixed(2) : 'n/a');

async function main() {
  const stockVersion = prepareStockSite();
  if (!options['skip-build']) {
    run('npx', ['docusaurus', 'build'], ROOT);
  }
  const servers = [
    await serve(join(ROOT, 'build'), PORTS.site),
    await serve(join(STOCK_DIR, 'build'), PORTS.stock),
  ];
  // For the JavaScript counts; each Lighthouse run starts a browser of its own.
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const rows = [];
  try {
    for (const pair of PAIRS) {
      const row = {name: pair.name, site: pair.site, stock: pair.stock};
      for (const side of ['site', 'stock']) {
        row[`${side}JS`] = await javascriptBytes(
          browser,
          `http://127.0.0.1:${PORTS[side]}${pair[side]}`,
        );
      }
      // The two pages take turns, and which goes first alternates, so that the machine's slower
      // and faster spells fall on both: Lighthouse's timings come from this machine's trace.
      const runs = {site: [], stock: []};
      for (let attempt = 0; attempt < RUNS; attempt += 1) {
        const order = attempt % 2 === 0 ? ['site', 'stock'] : ['stock', 'site'];
        for (const side of order) {
          runs[side].push(await lighthouseRun(`http://127.0.0.1:${PORTS[side]}${pair[side]}`));
        }
      }
      for (const side of ['site', 'stock']) {
        row[`${side}LH`] = summarize(runs[side]);
        console.log(
          `${side} ${pair[side]}: ${kb(row[`${side}JS`].bytes)} of JavaScript in ${row[`${side}JS`].files} files (and ${kb(row[`${side}JS`].prefetchBytes)} prefetched for linked pages); performance ${row[`${side}LH`].scores.join('/')}, TBT ${row[`${side}LH`].blocking.map(Math.round).join('/')} ms`,
        );
      }
      row.pairs = comparePairs(row);
      console.log(
        `pairs ${pair.name}: performance ${describePairs(row.pairs.score)}; TBT ${describePairs(row.pairs.tbt)}`,
      );
      rows.push(row);
    }
  } finally {
    await browser.close();
    for (const server of servers) {
      server.close();
    }
  }

  const lines = [
    `This site against the stock Docusaurus ${stockVersion} classic TypeScript site, both served by one gzip static server; Lighthouse mobile (simulated slow 4G), median of ${RUNS} run(s), the two pages taking turns. "Of which" splits each TBT into the page's own HTML (parsing, styling and laying it out) and scripts.`,
    '',
    '| Pages (this site / stock) | JavaScript | Stock JavaScript | Ratio | Prefetched / stock | Performance | Stock performance | TBT | Stock TBT | Of which HTML / scripts | Stock: HTML / scripts |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.site} / ${row.stock} | ${kb(row.siteJS.bytes)} | ${kb(row.stockJS.bytes)} | ${ratio(row.siteJS.bytes, row.stockJS.bytes)}× | ${kb(row.siteJS.prefetchBytes)} / ${kb(row.stockJS.prefetchBytes)} | ${row.siteLH.score} | ${row.stockLH.score} | ${Math.round(row.siteLH.tbt)} ms | ${Math.round(row.stockLH.tbt)} ms | ${Math.round(row.siteLH.document)} / ${Math.round(row.siteLH.scripts)} ms | ${Math.round(row.stockLH.document)} / ${Math.round(row.stockLH.scripts)} ms |`,
    ),
    '',
  ];
  const phase = rows[rows.length - 1];
  const targets = [
    [
      'JavaScript per page at most 1.0× the stock site',
      rows.every((row) => row.siteJS.bytes <= row.stockJS.bytes),
      '',
    ],
    [
      'every performance score at least the stock page’s',
      rows.every((row) => row.siteLH.score >= row.stockLH.score),
      rows.map((row) => `${row.site}: ${describePairs(row.pairs.score)}`).join('; '),
    ],
    [
      'phase-page TBT below the stock docs page’s',
      phase.siteLH.tbt < phase.stockLH.tbt,
      describePairs(phase.pairs.tbt),
    ],
  ];
  // A verdict on medians can flip from one run to the next when the pairs split evenly; the
  // sign test beside it says whether the difference outlasts the machine's noise.
  for (const [target, met, pairs] of targets) {
    lines.push(`${met ? 'met' : 'MISSED'}: ${target}${pairs ? ` (pair by pair: ${pairs})` : ''}`);
  }
  console.log(`\n${lines.join('\n')}`);
}

await main();
