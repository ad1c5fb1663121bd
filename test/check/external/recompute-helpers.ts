/**
 * The jStat functions the corpora's independent recomputations share (fresh2- to
 * fresh6-recompute.ts, dev4- to dev6-): p-values straight from jStat's distributions, and the
 * Woolf interval, 2×2 χ² and ratio-interval check written once here, never from naskah's
 * src/stats, so that an annotation does not inherit naskah's arithmetic.
 */
import jstatPkg from 'jstat';

export const { jStat } = jstatPkg;

/** Two-tailed p of t with df degrees of freedom. */
export const pT = (t: number, df: number) => 2 * (1 - jStat.studentt.cdf(Math.abs(t), df));
export const pF = (f: number, df1: number, df2: number) => 1 - jStat.centralF.cdf(f, df1, df2);
export const pChi = (x: number, df: number) => 1 - jStat.chisquare.cdf(x, df);
/** Two-tailed p of a standard normal z. */
export const pZ = (z: number) => 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1));
/** Two-tailed p of Pearson's r for n cases. */
export const pR = (r: number, n: number) => pT(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
/** count/total in per cent, to three decimals. */
export const pct = (count: number, total: number) => ((100 * count) / total).toFixed(3);
export const g = (x: number) => x.toPrecision(4);
export const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
/** One line of recomputed values: numbers to four significant digits. */
export const show = (label: string, values: (string | number)[]) =>
  console.log(`${label}: ${values.map((v) => (typeof v === 'number' ? g(v) : v)).join(', ')}`);

/** Woolf (log) interval of the odds ratio a·d / (b·c) of a 2×2 table. */
export const woolf = (a: number, b: number, c: number, d: number) => {
  const or = (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return [or, Math.exp(Math.log(or) - 1.959964 * se), Math.exp(Math.log(or) + 1.959964 * se)];
};
/** Two-sided Fisher exact p of a 2×2 table [[a, b], [c, d]]: the tables as likely as the observed one or less. */
export const fisher = (a: number, b: number, c: number, d: number) => {
  const r1 = a + b;
  const c1 = a + c;
  const n = a + b + c + d;
  const lf = (k: number) => jStat.gammaln(k + 1);
  const prob = (x: number) =>
    Math.exp(lf(r1) + lf(n - r1) + lf(c1) + lf(n - c1) - lf(n) - lf(x) - lf(r1 - x) - lf(c1 - x) - lf(n - r1 - c1 + x));
  const p0 = prob(a);
  let p = 0;
  for (let x = Math.max(0, r1 + c1 - n); x <= Math.min(r1, c1); x++) if (prob(x) <= p0 * (1 + 1e-7)) p += prob(x);
  return p;
};
/** Pearson χ² of a 2×2 table, uncorrected and with Yates' correction, and their p. */
export const chi2x2 = (a: number, b: number, c: number, d: number) => {
  const n = a + b + c + d;
  const den = (a + b) * (c + d) * (a + c) * (b + d);
  const x = (n * (a * d - b * c) ** 2) / den;
  const y = (n * Math.max(0, Math.abs(a * d - b * c) - n / 2) ** 2) / den;
  return [x, pChi(x, 1), y, pChi(y, 1)];
};
/**
 * For a ratio with 95% interval [lo, hi] as printed: the geometric centre and the two-sided
 * p of the ratio, each as the range covered by the rounding intervals of the three printed
 * values (half a unit in the last printed digit: h for the estimate, hb for the bounds).
 */
export const ratioCheck = (est: number, lo: number, hi: number, h: number, hb = h) => {
  const centres = [Math.sqrt((lo - hb) * (hi - hb)), Math.sqrt((lo + hb) * (hi + hb))];
  const ps: number[] = [];
  for (const e of [est - h, est + h])
    for (const l of [lo - hb, lo + hb])
      for (const u of [hi - hb, hi + hb]) {
        const se = (Math.log(u) - Math.log(l)) / (2 * 1.959964);
        ps.push(pZ(Math.log(e) / se));
      }
  return [`centre ${g(centres[0]!)}–${g(centres[1]!)}`, `p ${g(Math.min(...ps))}–${g(Math.max(...ps))}`];
};

/** p of χ² over the rounding interval of a printed value (half a unit h): upper end, value, lower end. */
export const pChiRange = (x: number, df: number, h: number) => [
  pChi(x + h, df),
  pChi(x, df),
  pChi(Math.max(0, x - h), df),
];

/** Pearson χ² of an r × c table of counts given as rows (of equal length): χ², df, p. */
export const chi2rc = (rows: number[][]) => {
  const n = rows.flat().reduce((a, b) => a + b, 0);
  const rs = rows.map((r) => r.reduce((a, b) => a + b, 0));
  const cs = rows[0]!.map((_, j) => rows.reduce((a, r) => a + r[j]!, 0));
  let x = 0;
  rows.forEach((r, i) =>
    r.forEach((o, j) => {
      const e = (rs[i]! * cs[j]!) / n;
      x += (o - e) ** 2 / e;
    }),
  );
  const df = (rows.length - 1) * (cs.length - 1);
  return [x, df, pChi(x, df)];
};
