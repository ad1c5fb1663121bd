/**
 * reliable-change: Jacobson–Truax RCI per participant with norms from the instrument
 * library or from the analysis entry, participant names from a label column (else the
 * id, else the row), a reliable decrease, an unchanged score, and a score without norms.
 */
import { describe, expect, it } from 'vitest';
import { compose, documentText, run, studyYaml, analysisJson } from './helpers.ts';

const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

const VARS = `  nama: { type: text, label: { id: Nama, en: Name } }
  pre: { type: integer, range: [0, 60], label: { id: Skor awal, en: Baseline score } }
  post: { type: integer, range: [0, 60], label: { id: Skor akhir, en: Final score } }`;
const CSV = 'nama,pre,post\nRT,40,20\nYS,30,30\nMK,25,29\n';

describe('norms given in the analysis entry', () => {
  const { study, results } = run(
    studyYaml(
      VARS,
      '  - { id: rc, type: reliable-change, before: pre, after: post, label: nama, norms: { sd: 10, reliability: 0.84, source: jacobson1991rci } }',
      'case-series',
    ),
    CSV,
  );
  const a = analysisJson(results, 'rc');
  const r = a.result as any;
  const sDiff = Math.SQRT2 * 10 * Math.sqrt(1 - 0.84);

  it('computes S_diff and each RCI from the given SD and reliability', () => {
    expect(a.reason).toEqual({ code: 'norms-from-study', source: 'jacobson1991rci' });
    close(r.sDiff, sDiff, 1e-12);
    close(r.threshold, 1.96 * sDiff, 1e-12);
    expect(r.participants.map((p: any) => [p.label, p.change, p.direction, p.reliable])).toEqual([
      ['RT', -20, 'decrease', true],
      ['YS', 0, 'none', false],
      ['MK', 4, 'increase', false],
    ]);
    close(r.participants[0].rci, -20 / sDiff, 1e-12);
    expect([r.reliableDecrease, r.reliableIncrease, r.noReliableChange, r.nDecrease, r.nIncrease, r.nNoChange]).toEqual(
      [1, 0, 2, 1, 1, 1],
    );
    expect(r.participants[0].categoryBefore).toBeUndefined();
  });

  it('words a reliable decrease, an unchanged score and the study-given norms', () => {
    const en = documentText(compose(study, results, 'en'));
    expect(en).toContain(
      'For RT, the baseline score decreased from 40 before to 20 after, a change of −20 points (RCI = −3.54); this is a reliable decrease (|RCI| > 1.96).',
    );
    expect(en).toContain('For YS, the score did not change (30 before and after; RCI = 0.00).');
    expect(en).toContain('The SD = 10.00 and reliability r_xx = .84 given for this score were used [@jacobson1991rci]');
    expect(en).toContain('1 of the 3 changes exceeded the criterion of |RCI| > 1.96');
    expect(en).toContain('with a reliable decrease for RT.');
    expect(en).not.toContain('Categories:');
    const id = documentText(compose(study, results, 'id'));
    expect(id).toContain('perubahan ini merupakan penurunan yang reliabel (|RCI| > 1,96)');
    expect(id).toContain('Digunakan SD = 10,00 dan reliabilitas r_xx = 0,84 yang ditetapkan untuk skor ini');
  });
});

describe('a score without norms', () => {
  it('gives a failure value that the report states, not a crash', () => {
    const { study, results } = run(
      studyYaml(VARS, '  - { id: rc, type: reliable-change, before: pre, after: post }', 'case-series'),
      CSV,
    );
    const a = analysisJson(results, 'rc');
    expect((a.result as any).error.code).toBe('no-norms');
    const en = documentText(compose(study, results, 'en'));
    expect(en).toContain('The reliable change index could not be computed: "pre" has no normative SD and reliability');
  });
});

describe('participant names', () => {
  it('falls back to the row number without a label or id column', () => {
    const { results } = run(
      studyYaml(
        VARS,
        '  - { id: rc, type: reliable-change, before: pre, after: post, norms: { sd: 10, reliability: 0.8 } }',
        'case-series',
      ),
      CSV,
    );
    expect((analysisJson(results, 'rc').result as any).participants.map((p: any) => p.label)).toEqual(['1', '2', '3']);
  });
});
