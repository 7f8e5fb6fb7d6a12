#!/usr/bin/env node
// npm run compare-long-tasks -- --before <build folder> [--after build] [--path /quy-trinh/chuan-bi]
// [--runs 9]: how long the main thread is held at a stretch while one page starts up at phone
// width, in two builds served the same way, the two taking turns run by run. For each load,
// from a Chromium trace (real time, no slowdown): the longest task that runs the site's own
// scripts (main.js) after they are loaded, and the sum of such tasks over 12 ms (the ones
// Lighthouse's four-times-slower phone counts as long). Medians are printed. A measurement that
// reports, not a test: run it alone on the machine (flock /tmp/site.lock …). Lighthouse
// (npm run benchmark) sums these with everything else; this isolates the page's start-up in
// React, which a change to the theme's components moves.
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './lib/chromium.mjs';
import {serve} from './lib/pageWeight.mjs';

const {values: options} = parseArgs({
  options: {
    before: {type: 'string'},
    after: {type: 'string', default: 'build'},
    path: {type: 'string', default: '/quy-trinh/chuan-bi'},
    runs: {type: 'string', default: '9'},
    port: {type: 'string', default: process.env.COMPARE_PORT ?? '3331'},
  },
});
if (!options.before) {
  console.error('Give the build to compare against: --before <folder>');
  process.exit(2);
}
const RUNS = Math.max(1, Number(options.runs) || 9);
/** Tasks shorter than this are not long even on Lighthouse's four-times-slower phone. */
const LONG_AT_FULL_SPEED_MS = 12.5;
const PHONE = {viewport: {width: 412, height: 823}, isMobile: true, deviceScaleFactor: 1.75};
const SITE_SCRIPT = /\/main\.[0-9a-f]+\.js$/;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One load of the page in a fresh browser, traced; the site-script tasks' lengths in ms. */
async function siteScriptTasks(url) {
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const events = [];
    session.on('Tracing.dataCollected', ({value}) => events.push(...value));
    const complete = new Promise((done) => session.once('Tracing.tracingComplete', done));
    await session.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await page.goto(url);
    await page.waitForTimeout(3000);
    await session.send('Tracing.end');
    await complete;
    // The page's main thread is the one that parsed its HTML.
    const parser = events.find((event) => event.name === 'ParseHTML');
    const onMainThread = (event) =>
      event.ph === 'X' && event.pid === parser.pid && event.tid === parser.tid;
    const calls = events.filter(
      (event) =>
        event.name === 'FunctionCall' &&
        onMainThread(event) &&
        SITE_SCRIPT.test(event.args?.data?.url ?? ''),
    );
    return events
      .filter((event) => event.name === 'RunTask' && onMainThread(event))
      .filter((task) => calls.some((call) => call.ts >= task.ts && call.ts <= task.ts + task.dur))
      .map((task) => task.dur / 1000);
  } finally {
    await browser.close();
  }
}

const sides = [
  {name: 'before', folder: resolve(options.before), port: Number(options.port)},
  {name: 'after', folder: resolve(options.after), port: Number(options.port) + 1},
];
const servers = await Promise.all(sides.map((side) => serve(side.folder, side.port)));
try {
  for (const side of sides) {
    side.longest = [];
    side.long = [];
  }
  for (let run = 0; run < RUNS; run += 1) {
    for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
      const tasks = await siteScriptTasks(`http://127.0.0.1:${side.port}${options.path}`);
      side.longest.push(Math.max(0, ...tasks));
      side.long.push(
        tasks.filter((ms) => ms >= LONG_AT_FULL_SPEED_MS).reduce((sum, ms) => sum + ms, 0),
      );
    }
  }
  console.log(`${options.path} at phone width, ${RUNS} loads each, medians (real time):`);
  for (const side of sides) {
    console.log(
      `${side.name} (${side.folder}): longest task running the site's scripts ${median(side.longest).toFixed(1)} ms (runs: ${side.longest.map((ms) => ms.toFixed(0)).join(', ')}); such tasks of ${LONG_AT_FULL_SPEED_MS} ms or more, summed: ${median(side.long).toFixed(1)} ms`,
    );
  }
} finally {
  for (const server of servers) {
    server.close();
  }
}
