/**
 * Pre–post tables that print the mean difference, its CI, the SD of the differences and p, for one
 * stated n, without the t (recognisers/paired-difference-rows.ts, checks/paired-difference-p.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { messagesFor } from '../../src/check/messages.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

// jStat, paired t = |diff|/(SD/√15), df 14: 3.0/(4.0/√15) = 2.905 → p .0115; 1.0/(5.0/√15) =
// 0.775 → .451; 2.5/(3.0/√15) = 3.227 → .0061. Printed: .012 (fits), .045 (significant, the
// t says not), .040 (both significant, but not that p). 95% CIs, difference ± 2.145·SD/√15: 0.78
// to 5.22, −1.77 to 3.77, −4.16 to −0.84 (printed −4.2 to −0.5: the upper bound does not fit).
const TABLE = [
  'Table 2. Changes after the sleep programme (n = 15)',
  'Outcome Pre Mean SD Post Mean SD Mean diff. 95% CI of diff. SD diff. d p',
  'Sleep quality 9.1 3.2 6.1 2.9 3.0 0.8–5.2 4.0 0.75 .012',
  'Daytime fatigue 5.4 2.8 4.4 2.6 1.0 −1.8 to 3.8 5.0 0.20 .045',
  'Insomnia severity 12.0 4.1 14.5 3.9 −2.5 −4.2 to −0.5 3.0 0.83 .040',
].join('\n');

describe('p and CI beside a mean difference and the SD of the differences', () => {
  it('are checked against the paired t over the rounding of the difference and the SD', () => {
    expect(findings(TABLE)).toEqual([
      [
        'p-value',
        'consistent',
        '3.0, SD = 4.0, n = 15; p = .012',
        'p = 0.0097 to 0.0136 (two-tailed) for the paired t = difference/(SD/√n), n = 15 (df 14)',
      ],
      [
        'confidence-interval',
        'consistent',
        '3.0 (95% CI 0.8 to 5.2), SD = 4.0, n = 15',
        'difference ± t(.975, 14)·SD/√n: lower bound [0.71, 0.86], upper bound [5.14, 5.29] (n = 15)',
      ],
      [
        'p-value',
        'decision-error',
        '1.0, SD = 5.0, n = 15; p = .045',
        'p = 0.4251 to 0.4783 (two-tailed) for the paired t = difference/(SD/√n), n = 15 (df 14)',
      ],
      [
        'confidence-interval',
        'consistent',
        '1.0 (95% CI -1.8 to 3.8), SD = 5.0, n = 15',
        'difference ± t(.975, 14)·SD/√n: lower bound [−1.85, −1.69], upper bound [3.69, 3.85] (n = 15)',
      ],
      [
        'p-value',
        'inconsistent',
        '-2.5, SD = 3.0, n = 15; p = .040',
        'p = 0.0048 to 0.0077 (two-tailed) for the paired t = difference/(SD/√n), n = 15 (df 14)',
      ],
      [
        'confidence-interval',
        'inconsistent',
        '-2.5 (95% CI -4.2 to -0.5), SD = 3.0, n = 15',
        'difference ± t(.975, 14)·SD/√n: lower bound [−4.24, −4.08], upper bound [−0.92, −0.76] (n = 15)',
      ],
    ]);
  });

  it('says so in Indonesian', () => {
    const id = messagesFor('id');
    expect([
      id.pairedDiffPRecomputed(0.0097, 0.0136, 15),
      id.pairedDiffPInconsistent(),
      id.pairedDiffCiRecomputed([-4.24, -4.08], [-0.92, -0.76], 15),
      id.pairedDiffCiInconsistent(),
    ]).toEqual([
      'p = 0,0097 sampai 0,0136 (dua sisi) untuk t berpasangan = selisih/(SB/√n), n = 15 (db 14)',
      'Nilai p tidak sesuai dengan uji t berpasangan dari rata-rata selisih dan SB selisih, meskipun pembulatan diperhitungkan.',
      'selisih ± t(0,975; 14)·SB/√n: batas bawah [−4,24; −4,08], batas atas [−0,92; −0,76] (n = 15)',
      'Interval tidak sesuai dengan rata-rata selisih ± t·SB/√n selisih, meskipun pembulatan diperhitungkan.',
    ]);
  });

  it('is not read without one stated n, or for a design whose p is not the paired t’s', () => {
    expect(findings(TABLE.replace(' (n = 15)', ''))).toEqual([]);
    expect(findings(TABLE.replace('(n = 15)', '(n = 15 and n = 14)'))).toEqual([]);
    expect(findings(TABLE.replace('Changes after', 'Adjusted changes (ANCOVA) after'))).toEqual([]);
  });
});
