/**
 * Fisher's exact test on r × c tables against plain enumeration of every table with
 * the observed margins (an independent, obviously-correct implementation).
 */
import { describe, expect, it } from 'vitest';
import { fisherExactP } from '../../src/stats/fisher-exact.ts';

function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

function bruteForceP(t: number[][]): number {
  const r = t.length;
  const c = t[0]!.length;
  const rows = t.map((x) => x.reduce((a, b) => a + b, 0));
  const cols = t[0]!.map((_, j) => t.reduce((a, x) => a + x[j]!, 0));
  const n = rows.reduce((a, b) => a + b, 0);
  const k =
    rows.reduce((a, x) => a + logFactorial(x), 0) + cols.reduce((a, x) => a + logFactorial(x), 0) - logFactorial(n);
  const logP = (tb: number[][]) => k - tb.flat().reduce((a, x) => a + logFactorial(x), 0);
  const obs = logP(t);
  const cur = Array.from({ length: r }, () => new Array<number>(c).fill(0));
  const rem = rows.slice();
  let p = 0;
  const col = (j: number): void => {
    if (j === c - 1) {
      for (let i = 0; i < r; i++) cur[i]![j] = rem[i]!;
      const v = logP(cur);
      if (v <= obs + Math.log1p(1e-7)) p += Math.exp(v);
      return;
    }
    const cell = (i: number, left: number): void => {
      if (i === r - 1) {
        if (left > rem[i]!) return;
        cur[i]![j] = left;
        rem[i]! -= left;
        col(j + 1);
        rem[i]! += left;
        return;
      }
      for (let v = 0; v <= Math.min(left, rem[i]!); v++) {
        cur[i]![j] = v;
        rem[i]! -= v;
        cell(i + 1, left - v);
        rem[i]! += v;
      }
    };
    cell(0, cols[j]!);
  };
  col(0);
  return Math.min(1, p);
}

const tables: number[][][] = [
  [
    [3, 1],
    [1, 3],
  ],
  [
    [10, 2],
    [3, 15],
  ],
  [
    [5, 0, 2],
    [1, 4, 3],
    [0, 2, 6],
  ],
  [
    [2, 3, 4, 1],
    [5, 1, 0, 2],
    [1, 1, 3, 4],
  ],
  [
    [4, 1],
    [2, 5],
    [0, 6],
    [3, 3],
    [1, 0],
  ],
  [
    [1, 2, 0, 3, 2],
    [4, 0, 3, 1, 0],
  ],
  [
    [2, 1, 0, 1],
    [1, 2, 1, 0],
    [0, 1, 2, 1],
    [1, 0, 1, 3],
  ],
  [
    [0, 0, 0],
    [2, 3, 1],
    [4, 0, 2],
  ],
];

describe('fisherExactP', () => {
  it.each(tables.map((t) => [JSON.stringify(t), t] as const))('%s equals full enumeration', (_name, t) => {
    const p = fisherExactP(t);
    expect(p).not.toBeNull();
    expect(Math.abs(p! - bruteForceP(t))).toBeLessThan(1e-12);
  });

  it('gives the classic tea-tasting p (Fisher 1935): 3 of 4 cups right, p = 0.4857', () => {
    expect(
      fisherExactP([
        [3, 1],
        [1, 3],
      ]),
    ).toBeCloseTo(34 / 70, 12);
  });

  it('gives up (null) instead of running without bound on a huge table', () => {
    const big = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => 20 + ((i * 7 + j * 3) % 11)));
    expect(fisherExactP(big, { maxWork: 1e4 })).toBeNull();
  });
});
