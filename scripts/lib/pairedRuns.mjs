// Used by the benchmark (scripts/benchmark.mjs) to say whether a difference between this site's
// page and the stock page outlasts the machine's noise, or is a coin toss.

/**
 * Compares the runs of two pages taken in pairs (the i-th run of each was taken back to back):
 * in how many pairs this site's value was better, worse or equal, and the exact two-sided sign
 * test on the pairs that differ: the chance of a split at least this uneven if either page were
 * as likely to come out ahead in each pair. A small p (say below 0.05) means the difference is
 * the pages', not the machine's.
 *
 * @param {number[]} site this site's values, one per pair
 * @param {number[]} stock the stock page's values, in the same order
 * @param {'lower' | 'higher'} better which way is better (TBT: lower; a score: higher)
 */
export function pairedComparison(site, stock, better) {
  if (site.length !== stock.length) {
    throw new Error(
      `pairedComparison: ${site.length} runs of this site against ${stock.length} of the stock site`,
    );
  }
  let wins = 0;
  let losses = 0;
  for (let index = 0; index < site.length; index += 1) {
    const difference = better === 'lower' ? stock[index] - site[index] : site[index] - stock[index];
    if (difference > 0) wins += 1;
    else if (difference < 0) losses += 1;
  }
  return {
    pairs: site.length,
    wins,
    losses,
    ties: site.length - wins - losses,
    p: signTestP(wins, losses),
  };
}

/** Exact two-sided sign test: P(a split at least as uneven as wins : losses) with p = 1/2. */
export function signTestP(wins, losses) {
  const n = wins + losses;
  if (n === 0) return 1;
  const fewer = Math.min(wins, losses);
  let tail = 0;
  let coefficient = 1; // C(n, 0)
  for (let k = 0; k <= fewer; k += 1) {
    tail += coefficient;
    coefficient = (coefficient * (n - k)) / (k + 1);
  }
  return Math.min(1, (2 * tail) / 2 ** n);
}

/** "better in 6 of 9 pairs, worse in 3 (sign test p = 0.51)", for the benchmark's log and verdicts. */
export function describePairs({pairs, wins, losses, ties, p}) {
  const tied = ties > 0 ? `, ${ties} tied` : '';
  return `better in ${wins} of ${pairs} pairs, worse in ${losses}${tied} (sign test p ${p < 0.001 ? '< 0.001' : `= ${p.toFixed(2)}`})`;
}
