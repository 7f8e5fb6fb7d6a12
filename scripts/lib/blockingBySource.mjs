// Used by the benchmark (scripts/benchmark.mjs) to say which part of a page's Total Blocking
// Time is its HTML and which its scripts.

/**
 * Where a run's Total Blocking Time comes from, from Lighthouse's long-tasks audit (simulated
 * times) and its own rule: each task clipped to the span from First Contentful Paint to Time to
 * Interactive, its time there beyond 50 ms, summed for the page's own HTML (parsing it, styling
 * and laying it out: tasks Lighthouse attributes to the document) and for scripts (tasks it
 * attributes to a JavaScript file). What Lighthouse cannot attribute is in neither.
 */
export function blockingBySource(lhr) {
  const pageUrl = lhr.finalDisplayedUrl ?? lhr.finalUrl;
  const firstPaint = lhr.audits['first-contentful-paint'].numericValue;
  const interactive = lhr.audits.interactive?.numericValue ?? Infinity;
  const totals = {document: 0, scripts: 0};
  for (const task of lhr.audits['long-tasks']?.details?.items ?? []) {
    const clipped =
      Math.min(task.startTime + task.duration, interactive) - Math.max(task.startTime, firstPaint);
    const blocking = Math.max(0, clipped - 50);
    const url = String(task.url);
    if (url === pageUrl || url === `${pageUrl}/`) {
      totals.document += blocking;
    } else if (/\.js(\?|$)/.test(url)) {
      totals.scripts += blocking;
    }
  }
  return totals;
}
