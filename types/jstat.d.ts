// Minimal typings for the parts of jstat that naskah uses (jstat ships none).
declare module 'jstat' {
  interface Dist1 {
    pdf(x: number, a: number): number;
    cdf(x: number, a: number): number;
    inv(p: number, a: number): number;
  }
  interface Dist2 {
    pdf(x: number, a: number, b: number): number;
    cdf(x: number, a: number, b: number): number;
    inv(p: number, a: number, b: number): number;
  }
  export const jStat: {
    studentt: Dist1;
    chisquare: Dist1;
    centralF: Dist2;
    normal: Dist2;
    beta: Dist2;
    gammafn(x: number): number;
    gammaln(x: number): number;
    ibeta(x: number, a: number, b: number): number;
    ibetainv(p: number, a: number, b: number): number;
    lowRegGamma(a: number, x: number): number;
    gammapinv(p: number, a: number): number;
    erf(x: number): number;
    erfc(x: number): number;
    factorialln(n: number): number;
    combinationln(n: number, k: number): number;
    betaln(a: number, b: number): number;
  };
  const _default: { jStat: typeof jStat };
  export default _default;
}
