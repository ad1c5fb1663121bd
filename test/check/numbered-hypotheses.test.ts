/**
 * Decisions on numbered research hypotheses ("H2 diterima", "Hipotesis 2 ditolak", "hipotesis
 * pertama (H1) diterima") against the p the sentence cites (recognisers/conclusions.ts): a
 * research hypothesis accepted claims a significant result. Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('numbered hypotheses (recognisers/conclusions.ts)', () => {
  it('"hipotesis pertama (H1) diterima" and "Hipotesis 2 ditolak" against their p', () => {
    expect(
      findings(
        'Hasil uji t variabel motivasi diperoleh nilai signifikansi 0,230 > 0,05, sehingga hipotesis pertama (H1) diterima.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'nilai signifikansi 0,230 > 0,05, sehingga hipotesis pertama (H1) diterima',
        'p = 0,230 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(findings('Nilai Sig. variabel disiplin sebesar 0,041 < 0,05 maka Hipotesis 2 ditolak.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Nilai Sig. variabel disiplin sebesar 0,041 < 0,05 maka Hipotesis 2 ditolak',
        'p = 0,041 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('a list of conclusions, one hypothesis and one p per sentence', () => {
    expect(
      findings('Kesimpulan: 1. H1 diterima (p = 0,003). 2. H2 diterima (p = 0,210). 3. H3 ditolak (p = 0,640).'),
    ).toEqual([
      ['conclusion', 'consistent', 'p = 0,003', 'p = 0,003 ≤ α = 0,05: signifikan'],
      ['conclusion', 'inconsistent', 'p = 0,210', 'p = 0,210 > α = 0,05: tidak signifikan'],
      ['conclusion', 'consistent', 'p = 0,640', 'p = 0,640 > α = 0,05: tidak signifikan'],
    ]);
  });

  it('a rule with no p is not read', () => {
    expect(findings('H2 diterima jika nilai sig < 0,05 dan ditolak jika sebaliknya.')).toEqual([]);
  });
});
