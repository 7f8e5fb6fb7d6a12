import {describe, expect, it} from 'vitest';
import {describePairs, pairedComparison, signTestP} from '../../scripts/lib/pairedRuns.mjs';

describe('signTestP', () => {
  it('is the exact two-sided binomial tail with p = 1/2', () => {
    // 9 of 9: 2 × (1/2)^9.
    expect(signTestP(9, 0)).toBeCloseTo(2 / 512, 10);
    expect(signTestP(0, 9)).toBeCloseTo(2 / 512, 10);
    // 8 of 9: 2 × (1 + 9) / 512.
    expect(signTestP(8, 1)).toBeCloseTo(20 / 512, 10);
    // 7 of 9: 2 × (1 + 9 + 36) / 512 = 0.1797.
    expect(signTestP(7, 2)).toBeCloseTo(92 / 512, 10);
  });

  it('is 1 for an even split or no pairs that differ, never above 1', () => {
    expect(signTestP(4, 4)).toBe(1);
    expect(signTestP(5, 4)).toBe(1);
    expect(signTestP(0, 0)).toBe(1);
  });
});

describe('pairedComparison', () => {
  it('counts a lower TBT as better, pair by pair', () => {
    // The figures of a real run of the phase page (ms): lower than the stock page's in 4 pairs.
    const site = [120, 276, 126, 95, 278, 298, 333, 278, 269];
    const stock = [35, 303, 247, 200, 42, 129, 375, 208, 47];
    const result = pairedComparison(site, stock, 'lower');
    expect(result).toMatchObject({pairs: 9, wins: 4, losses: 5, ties: 0});
    expect(result.p).toBe(1);
  });

  it('counts a higher score as better and keeps ties apart', () => {
    const result = pairedComparison([97, 92, 94, 99], [91, 92, 96, 95], 'higher');
    expect(result).toMatchObject({pairs: 4, wins: 2, losses: 1, ties: 1});
    expect(result.p).toBe(1);
  });

  it('finds a difference that every pair shows', () => {
    const result = pairedComparison(
      [100, 110, 90, 105, 95, 99, 101, 98, 97],
      [300, 280, 310, 290, 305, 295, 285, 315, 300],
      'lower',
    );
    expect(result.wins).toBe(9);
    expect(result.p).toBeLessThan(0.01);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => pairedComparison([1, 2], [1], 'lower')).toThrow(/2 runs of this site against 1/);
  });
});

describe('describePairs', () => {
  it('says the split and the p value', () => {
    expect(describePairs({pairs: 9, wins: 6, losses: 2, ties: 1, p: signTestP(6, 2)})).toBe(
      'better in 6 of 9 pairs, worse in 2, 1 tied (sign test p = 0.29)',
    );
    expect(describePairs({pairs: 12, wins: 12, losses: 0, ties: 0, p: signTestP(12, 0)})).toBe(
      'better in 12 of 12 pairs, worse in 0 (sign test p < 0.001)',
    );
  });
});
