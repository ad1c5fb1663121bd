/**
 * reliability report unit: six participants answer the PSS-10 (items 4, 5, 7 and 8
 * reverse-scored as 4 − x). The item table shows the reversed means (item 7: raw mean
 * 11/6, reversed 13/6) and the note Cronbach's α, checked here against
 * k/(k − 1)·(1 − Σ s²ᵢ / s²ₜ) computed from the data.
 */
import { describe, expect, it } from 'vitest';
import { reliabilityUnit } from '../../src/analysis/units/reliability.ts';
import { reliabilityReport as unit } from '../../src/report/analyses/reliability.ts';
import { cellsOf, prepare, studyYaml } from './helpers.ts';

const ROWS = [
  [3, 3, 2, 1, 1, 3, 1, 2, 3, 3],
  [1, 1, 0, 3, 3, 1, 3, 3, 1, 0],
  [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  [4, 3, 4, 0, 1, 4, 0, 1, 3, 4],
  [0, 1, 1, 4, 4, 0, 3, 4, 1, 1],
  [2, 3, 2, 2, 1, 2, 2, 1, 3, 2],
];
const CSV = `jk,${ROWS[0]!.map((_, i) => `p${i + 1}`).join(',')}\n${ROWS.map((r, i) => `${i % 2 ? 'P' : 'L'},${r.join(',')}`).join('\n')}\n`;
const YAML = studyYaml(
  '  jk: { type: categorical, levels: { L: L, P: P } }',
  '  - { id: r, type: reliability, instrument: pss }',
).replace(
  'analyses:\n',
  'instruments:\n  pss: { use: pss-10, items: "p{1..10}", label: { id: Stres kerja, en: Work stress } }\nanalyses:\n',
);

const variance = (x: number[]) => {
  const m = x.reduce((s, v) => s + v, 0) / x.length;
  return x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1);
};
const scored = ROWS.map((r) => r.map((x, i) => ([4, 5, 7, 8].includes(i + 1) ? 4 - x : x)));
const items = scored[0]!.map((_, i) => scored.map((r) => r[i]!));
const alpha =
  (10 / 9) *
  (1 - items.reduce((s, x) => s + variance(x), 0) / variance(scored.map((r) => r.reduce((s, v) => s + v, 0))));

describe('reliability', () => {
  const { a, spec, ctx } = prepare(reliabilityUnit, YAML, CSV, 'r');

  it('computes the α the note reports', () => {
    if ('error' in a.result) throw new Error(a.result.error.message);
    expect(Math.abs(a.result.alpha - alpha)).toBeLessThan(1e-12);
    expect(alpha.toFixed(2)).toBe('0.98');
  });

  it('tabulates the scored items with their item–total correlations', () => {
    const [en] = unit.tables!(a, spec, ctx('en'));
    expect(en!.caption).toBe('Internal consistency of the Work stress');
    const rows = cellsOf(en!);
    expect(rows[0]).toEqual(['Item', 'M', 'SD', 'Corrected item–total r', 'α if item deleted']);
    expect(rows[7]).toEqual(['7', '2.17', '1.17', '.95', '.98']);
    expect(rows[8]).toEqual(['8', '1.83', '1.17', '.87', '.98']);
    expect(en!.notes).toEqual(['Cronbach’s α = .98 (n = 6); items after reverse scoring.']);
    const [id] = unit.tables!(a, spec, ctx('id'));
    expect(id!.caption).toBe('Konsistensi internal Stres kerja');
    expect(cellsOf(id!)[7]).toEqual(['7', '2,17', '1,17', '0,95', '0,98']);
    expect(id!.notes).toEqual(['α Cronbach = 0,98 (n = 6); butir setelah penyekoran terbalik.']);
  });

  it('adds no results text of its own (α is stated with the instrument in the methods)', () => {
    expect(unit.results(a, spec, ctx('en'))).toBe('');
  });
});
