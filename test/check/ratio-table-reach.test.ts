/**
 * A table of odds ratios longer than the 40 rows a ratio word reaches (recognisers/ratio-rows.ts):
 * its header's "OR (95% CI)" serves every row of the table as long as ratio rows keep coming
 * (at most 4 rows without one: a variable's heading and its reference row), so a misprint in
 * the 50th row is still read. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

/** A variable's heading, its reference row and a ratio printed at the centre of its interval (√(L·U) rounded). */
function block(k: number): string {
  const lower = (1 + 0.02 * k).toFixed(2);
  const upper = (2 + 0.05 * k).toFixed(2);
  const ratio = Math.sqrt(Number(lower) * Number(upper)).toFixed(2);
  return `Factor ${k} | ||\nNo | 1.00 |\nYes | ${ratio} (${lower}–${upper}) |`;
}

describe('a ratio table longer than 40 rows', () => {
  it('reads the rows after the 40th under the header, up to a misprint in the last', () => {
    // 16 variables of 3 rows each, then one whose interval is off its ratio: √(1.50 · 3.20) =
    // 2.191 (2.186–2.196 over the bounds' rounding), printed 2.40.
    const text = [
      'OR (95% CI) |',
      ...Array.from({ length: 16 }, (_, k) => block(k + 1)),
      'Factor 17 | ||\nNo | 1.00 |\nYes | 2.40 (1.50–3.20) |',
    ].join('\n');
    const all = findings(text);
    expect(all).toHaveLength(17);
    expect(all.slice(0, 16).every((f) => f[1] === 'consistent')).toBe(true);
    expect(all[16]).toEqual([
      'confidence-interval',
      'inconsistent',
      'OR = 2.40; CI 95% 1.50 – 3.20',
      'centre on the log scale √(lower·upper) = [2.186, 2.196]',
    ]);
  });

  it('does not carry the header past a run of rows without a ratio', () => {
    const prose = Array.from({ length: 41 }, (_, k) => `Note ${k + 1} | see text |`).join('\n');
    const text = `OR (95% CI) |\nYes | 1.50 (1.20–1.88) |\n${prose}\nYes | 2.40 (1.50–3.20) |`;
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 1.50; CI 95% 1.20 – 1.88',
        'centre on the log scale √(lower·upper) = [1.497, 1.507]',
      ],
    ]);
  });
});
