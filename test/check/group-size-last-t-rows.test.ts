/**
 * A two-group t table whose rows are the groups, each ending in its size, t and p in the first
 * row only (fresh8-id; recognisers/group-size-last-t-rows.ts). Each case lists every finding
 * naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const ROWS =
  'Kelompok Mean ± SD t p n Intervensi 20,50 ± 4,20 2,238 0,019 30 Kontrol 17,80 ± 5,10 30 Sumber: data primer';

describe('"Mean ± SD t p n" with the groups as rows', () => {
  it('t against the means and SDs, p against t(n₁ + n₂ − 2)', () => {
    // R: pooled SD √((29·4,2² + 29·5,1²)/58) = 4,672, t = 2,70/(4,672·√(2/30)) = 2,2384 (2,238
    // fits); 2*pt(-c(2.2385, 2.2375), 58) = 0,0290–0,0291, not 0,019.
    expect(findings(`Tabel 4.3 Perbedaan skor pengetahuan kedua kelompok (n=60) ${ROWS}`)).toEqual([
      [
        'standard-error',
        'consistent',
        't(58) = 2,238; M = 20,50, SD = 4,20; M = 17,80, SD = 5,10',
        '|M₁ − M₂| / SE (Student gabungan atau Welch) = [2,228; 2,249] untuk n = 30 dan 30',
      ],
      [
        'p-value',
        'inconsistent',
        '2,238 0,019',
        'p = 0,0290 sampai 0,0291 (dua sisi) untuk |t(58)| ∈ [2,2375; 2,2385]',
      ],
    ]);
  });

  it('is not read under a caption naming a paired test', () => {
    expect(findings(`Tabel 4.3 Hasil uji t berpasangan ${ROWS}`)).toEqual([]);
  });
});
