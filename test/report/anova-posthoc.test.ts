/**
 * anova `posthoc:` on the oracle's small_three_groups.csv: `auto` picks Tukey's HSD when
 * Levene's test does not reject (p = .760), a study can fix Games–Howell (numbers against
 * games_howell_03), and after a Kruskal–Wallis test Dunn's test with Holm's adjustment runs
 * (dunn_02); the reason is recorded, and the table and sentences read in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anovaUnit } from '../../src/analysis/units/anova.ts';
import { anovaReport as unit } from '../../src/report/analyses/anova.ts';
import { isFailure } from '../../src/stats/types.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

interface OraclePairs {
  id: string;
  expected: { pairs: Record<string, number | string>[] };
}
const ORACLE: OraclePairs[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/oracle/cases.json'), 'utf8'),
);
const oraclePairs = (id: string) => ORACLE.find((c) => c.id === id)!.expected.pairs;

const YAML = studyYaml(
  `  metode:
    type: categorical
    label: { id: Metode, en: Method }
    levels: { kontrol: { id: Kontrol, en: Control }, mindfulness: Mindfulness, relaksasi: { id: Relaksasi, en: Relaxation } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: t, type: anova, value: skor, group: metode, posthoc: auto }
  - { id: g, type: anova, value: skor, group: metode, posthoc: games-howell }
  - { id: d, type: anova, value: skor, group: metode, test: kruskal-wallis, posthoc: auto }
  - { id: n, type: anova, value: skor, group: metode }`,
);
const prep = (id: string) => prepare(anovaUnit, YAML, oracleCsv('small_three_groups.csv'), id);

describe('posthoc: auto after a one-way ANOVA with equal variances', () => {
  const { a, spec, ctx } = prep('t');

  it('runs Tukey’s HSD and records why', () => {
    expect(a.posthoc?.method).toBe('tukey-hsd');
    expect(a.posthoc?.reason).toEqual({ code: 'equal-variances-not-rejected', leveneP: expect.closeTo(0.7599, 4) });
  });

  it('states the rule with its sources and reads the significant pairs', () => {
    expect(unit.methods!(a, spec, ctx('en'))).toContain(
      'Effect sizes are η² for the F tests and ε² for the Kruskal–Wallis test. Pairwise post-hoc comparisons used Tukey’s honestly significant difference test with Kramer’s standard error for unequal group sizes [@tukey1949comparing; @kramer1956extension] when Levene’s test did not reject equal variances and the Games–Howell test [@games1976pairwise] otherwise; after a Kruskal–Wallis test they used Dunn’s test [@dunn1964ranks] with Holm’s adjustment of the p values [@holm1979simple].',
    );
    expect(unit.methods!(a, spec, ctx('id'))).toContain(
      'Perbandingan berpasangan post-hoc menggunakan uji beda nyata jujur (HSD) Tukey dengan galat baku Kramer',
    );
    expect(unit.results(a, spec, ctx('en'))).toContain(
      '::table[t]\n\nPost-hoc comparisons (Tukey HSD test) showed significant differences between Control and Mindfulness (p < .001), between Control and Relaxation (p = .014) and between Mindfulness and Relaxation (p = .015). :ref[t.posthoc] shows the pairwise comparisons.\n\n::table[t.posthoc]',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Perbandingan post-hoc (uji HSD Tukey) menunjukkan perbedaan yang signifikan antara Kontrol dan Mindfulness (p < 0,001), antara Kontrol dan Relaksasi (p = 0,014) dan antara Mindfulness dan Relaksasi (p = 0,015).',
    );
  });

  it('tabulates the pairs with the adjusted p and CI', () => {
    const t = unit.tables!(a, spec, ctx('en'))[1]!;
    expect(t.key).toBe('t.posthoc');
    expect(t.caption).toBe('Pairwise comparisons of the stress score (Tukey HSD test)');
    expect(cellsOf(t)).toEqual([
      ['Comparison', 'Mean difference', 'SE', 'p', '95% CI'],
      ['Control – Mindfulness', '9.20', '1.26', '< .001', '[5.84, 12.56]'],
      ['Control – Relaxation', '4.70', '1.39', '.014', '[0.98, 8.42]'],
      ['Mindfulness – Relaxation', '−4.50', '1.34', '.015', '[−8.08, −0.92]'],
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[1]!)[3]).toEqual([
      'Mindfulness – Relaksasi',
      '−4,50',
      '1,34',
      '0,015',
      '[−8,08; −0,92]',
    ]);
  });
});

describe('posthoc: games-howell fixed by the study', () => {
  const { a, spec, ctx } = prep('g');

  it('matches the oracle (games_howell_03) and names the method', () => {
    expect(a.posthoc?.method).toBe('games-howell');
    expect(a.posthoc?.reason).toEqual({ code: 'fixed-by-study', posthoc: 'games-howell' });
    const ph = a.posthoc;
    const r = ph?.method === 'games-howell' ? ph.result : undefined;
    if (!r || isFailure(r)) throw new Error('Games–Howell did not run');
    oraclePairs('games_howell_03').forEach((want, i) => {
      expect(r.pairs[i]!.p).toBeCloseTo(Number(want.p), 6);
      expect(r.pairs[i]!.ciLower).toBeCloseTo(Number(want.ciLower), 3);
      expect(r.pairs[i]!.df).toBeCloseTo(Number(want.df), 6);
    });
    expect(unit.methods!(a, spec, ctx('en'))).toContain(
      'ε² for the Kruskal–Wallis test. Pairwise post-hoc comparisons used the Games–Howell test, which does not assume equal variances [@games1976pairwise].',
    );
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[1]!)[2]).toEqual([
      'Control – Relaxation',
      '4.70',
      '1.49',
      '.038',
      '[0.29, 9.11]',
    ]);
  });
});

describe('Dunn’s test after a Kruskal–Wallis test', () => {
  const { a, spec, ctx } = prep('d');

  it('matches the oracle (dunn_02) and reads Holm-adjusted p values', () => {
    expect(a.posthoc?.reason).toEqual({ code: 'after-kruskal-wallis', adjust: 'holm' });
    const ph = a.posthoc;
    const r = ph?.method === 'dunn' ? ph.result : undefined;
    if (!r || isFailure(r)) throw new Error('Dunn’s test did not run');
    oraclePairs('dunn_02').forEach((want, i) => {
      expect(r.pairs[i]!.z).toBeCloseTo(Number(want.z), 8);
      expect(r.pairs[i]!.pHolm).toBeCloseTo(Number(want.pHolm), 8);
    });
    expect(unit.methods!(a, spec, ctx('en'))).toBe(
      'The stress score was compared across the groups with the Kruskal–Wallis test [@kruskal1952ranks], as planned. Pairwise post-hoc comparisons used Dunn’s test [@dunn1964ranks] with Holm’s adjustment of the p values [@holm1979simple].',
    );
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'Post-hoc comparisons (Dunn test with Holm adjustment) showed significant differences between Control and Mindfulness (p = .002); the other pairs did not differ significantly.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Perbandingan post-hoc (uji Dunn dengan penyesuaian Holm) menunjukkan perbedaan yang signifikan antara Kontrol dan Mindfulness (p = 0,002); pasangan lainnya tidak berbeda secara signifikan.',
    );
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[1]!)[0]).toEqual([
      'Perbandingan',
      'Selisih rerata peringkat',
      'SE',
      'z',
      'p',
      'p (Holm)',
    ]);
  });
});

describe('without posthoc', () => {
  const { a, spec, ctx } = prep('n');
  it('runs none and says so, as before', () => {
    expect(a.posthoc).toBeUndefined();
    expect(unit.tables!(a, spec, ctx('en'))).toHaveLength(1);
    expect(unit.methods!(a, spec, ctx('en'))).toContain('pairwise post-hoc comparisons are not part of this analysis.');
  });
});
