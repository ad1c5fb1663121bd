/** APA number formats in both languages: p never .000, decimal comma, minus sign, rounding. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/report/locale/en.ts';
import { id } from '../../src/report/locale/id.ts';
import { roundHalfAway } from '../../src/report/locale/format.ts';

describe('p-values', () => {
  it.each([
    [0.0004, 'p < .001', 'p < 0,001'],
    [1.4e-13, 'p < .001', 'p < 0,001'],
    [0.0312, 'p = .031', 'p = 0,031'],
    [0.05, 'p = .050', 'p = 0,050'],
    [0.99971, 'p > .999', 'p > 0,999'],
  ])('%s', (p, e, i) => {
    expect(en.fmt.p(p)).toBe(e);
    expect(id.fmt.p(p)).toBe(i);
  });
  it('a p that rounds to .000 is printed as < .001', () => {
    expect(en.fmt.p(0.00049)).toBe('p < .001');
    expect(en.fmt.pCell(0.0009)).toBe('< .001');
  });
});

describe('statistics', () => {
  it('decimal comma and ";" in Indonesian, APA punctuation in English', () => {
    expect(en.statPairedT(8.6238, 95, 1.4e-13, 0.8802)).toBe('t(95) = 8.62, p < .001, d = 0.88');
    expect(id.statPairedT(8.6238, 95, 1.4e-13, 0.8802)).toBe('t(95) = 8,62; p < 0,001; d = 0,88');
  });
  it('negative numbers use the minus sign; a value rounding to zero has none', () => {
    expect(en.fmt.num(-1.226)).toBe('\u22121.23');
    expect(en.fmt.num(-0.001)).toBe('0.00');
  });
  it('bounded quantities drop the leading zero in English only', () => {
    expect(en.fmt.bounded(0.831)).toBe('.83');
    expect(id.fmt.bounded(0.831)).toBe('0,83');
  });
  it('rounds half away from zero despite binary representation', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-2.675, 2)).toBe(-2.68);
    expect(en.fmt.num(14.729166, 2)).toBe('14.73');
  });
  it('the shortcut away from halves rounds as the 15-significant-digit rule does', () => {
    // The rule before the shortcut, the reference: round the value taken to 15 significant digits.
    const byDigits = (x: number, d: number) =>
      (Math.sign(x) * Math.round(Number((Math.abs(x) * 10 ** d).toPrecision(15)))) / 10 ** d;
    const values: number[] = [1.005, 2.675, 0.125, 0.0005, 1.0049999999999999, 1e14 + 0.5, 123456.785, 0, -0.5];
    // Halves and near-halves at every step of a dense grid, and pseudo-random values (a fixed LCG).
    for (let k = 0; k < 20000; k++) values.push(k / 2000, -(k + 0.5) / 100, (k + 0.5) / 1000 + 1e-13);
    let seed = 12345;
    for (let k = 0; k < 20000; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      values.push((seed / 2147483648) * 10 ** ((k % 9) - 3));
    }
    for (const x of values) for (const d of [0, 1, 2, 3, 4]) expect(roundHalfAway(x, d)).toBe(byDigits(x, d));
  });
  it('large integers get thousands separators', () => {
    expect(en.fmt.int(12345)).toBe('12,345');
    expect(id.fmt.int(12345)).toBe('12.345');
    expect(en.fmt.int(1234)).toBe('1234');
  });
});
