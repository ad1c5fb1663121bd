/**
 * reliable-change report unit: three named participants with norms SD = 10 and r_xx = .84
 * from the entry, so S_diff = √2 · 10 · √(1 − .84) = 5.66, the criterion 1.96 · 5.66 =
 * 11.09 points, and RT's change of −20 gives RCI = −3.54 (reliable); in both languages.
 */
import { describe, expect, it } from 'vitest';
import { reliableChangeUnit } from '../../src/analysis/units/reliable-change.ts';
import { reliableChangeReport as unit } from '../../src/report/analyses/reliable-change.ts';
import { cellsOf, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  nama: { type: text, label: { id: Nama, en: Name } }
  pre: { type: integer, range: [0, 60], label: { id: Skor awal, en: Baseline score } }
  post: { type: integer, range: [0, 60], label: { id: Skor akhir, en: Final score } }`,
  '  - { id: rc, type: reliable-change, before: pre, after: post, label: nama, norms: { sd: 10, reliability: 0.84, source: jacobson1991rci } }',
  'case-series',
);
const CSV = 'nama,pre,post\nRT,40,20\nYS,30,30\nMK,25,29\n';

describe('reliable change with norms from the entry', () => {
  const { a, spec, ctx } = prepare(reliableChangeUnit, YAML, CSV, 'rc');

  it('tabulates each participant’s scores, change, RCI and verdict', () => {
    const [en] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(en!)).toEqual([
      ['Participant', 'Score', 'RCI', 'Reliable change'],
      ['Before', 'After', 'Change'],
      ['RT', '40', '20', '−20', '−3.54', 'Yes'],
      ['YS', '30', '30', '0', '0.00', 'No'],
      ['MK', '25', '29', '+4', '+0.71', 'No'],
    ]);
    expect(en!.notes).toEqual([
      'Change = after − before. RCI = change/S_diff with S_diff = 5.66 (see Method); a change is reliable when |RCI| > 1.96, that is, when it exceeds 11.09 points.',
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[2]).toEqual(['RT', '40', '20', '−20', '−3,54', 'Ya']);
  });

  it('states S_diff and the criterion', () => {
    expect(unit.stat!(a, spec, ctx('en'))).toBe('S_diff = 5.66, reliable when |RCI| > 1.96');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('S_diff = 5,66; reliabel bila |RCI| > 1,96');
    expect(unit.methods!(a, spec, ctx('en'))).toContain(
      'The SD = 10.00 and reliability r_xx = .84 given for this score were used [@jacobson1991rci], which gives S_diff = 5.66 points.',
    );
  });

  it('describes each participant and concludes without a group test', () => {
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'For RT, the baseline score decreased from 40 before to 20 after, a change of −20 points (RCI = −3.54); this is a reliable decrease (|RCI| > 1.96). For YS, the score did not change (30 before and after; RCI = 0.00). For MK, the score increased from 25 to 29, a change of +4 points (RCI = +0.71).',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Dengan demikian, skor turun pada 1, naik pada 1 dan tidak berubah pada 1 dari 3 partisipan; 1 dari 3 perubahan melampaui kriteria |RCI| > 1,96.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'The baseline score decreased for 1 and increased for 1 of the 3 participants, with a reliable decrease for RT.',
    );
    expect(unit.abstract!(a, spec, ctx('id'))).toBe(
      'Skor awal turun pada RT (40 → 20; RCI = −3,54), naik pada MK (25 → 29; RCI = +0,71) dan tidak berubah pada YS (30 → 30; RCI = 0,00); 1 dari 3 perubahan reliabel.',
    );
    expect(unit.figures!(a, spec, ctx('en'))[0]!.alt).toBe(
      'Line chart of the baseline score, one line per participant: RT from 40 to 20, YS from 30 to 30 and MK from 25 to 29.',
    );
  });
});

describe('a score without norms', () => {
  const { a, spec, ctx } = prepare(
    reliableChangeUnit,
    YAML.replace(', norms: { sd: 10, reliability: 0.84, source: jacobson1991rci }', ''),
    CSV,
    'rc',
  );

  it('has no table and says what is missing', () => {
    expect(unit.tables!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).toContain('"pre" has no normative SD and reliability');
  });
});

describe('`figure: false`', () => {
  const drawn = prepare(reliableChangeUnit, YAML, CSV, 'rc');
  const off = prepare(
    reliableChangeUnit,
    YAML.replace('jacobson1991rci } }', 'jacobson1991rci }, figure: false }'),
    CSV,
    'rc',
  );

  it('draws no trajectories, and the results neither name nor place them, in both languages', () => {
    const { a, spec, ctx } = off;
    expect(spec.figure).toBe(false);
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    const en = unit.results(a, spec, ctx('en'));
    const id = unit.results(a, spec, ctx('id'));
    expect(en.split('\n\n')[0]).toBe(
      ':ref[rc] lists the scores of each of the 3 participants before and after, their change and the reliable change index.',
    );
    expect(id.split('\n\n')[0]).toBe(
      ':ref[rc] memuat skor setiap partisipan (3 orang) sebelum dan sesudah, perubahannya dan indeks perubahan reliabel.',
    );
    for (const text of [en, id]) {
      expect(text).toMatch(/\n\n::table\[rc\]$/);
      expect(text).not.toMatch(/figref|::figure|Figure|Gambar/);
    }
  });

  it('by default names and places them, in both languages', () => {
    const { a, spec, ctx } = drawn;
    const en = unit.results(a, spec, ctx('en'));
    const id = unit.results(a, spec, ctx('id'));
    expect(en.split('\n\n')[0]).toBe(
      ":ref[rc] lists the scores of each of the 3 participants before and after, their change and the reliable change index; :figref[rc] shows each participant's scores.",
    );
    expect(id.split('\n\n')[0]).toBe(
      ':ref[rc] memuat skor setiap partisipan (3 orang) sebelum dan sesudah, perubahannya dan indeks perubahan reliabel; :figref[rc] menunjukkan skor setiap partisipan.',
    );
    for (const text of [en, id]) expect(text).toMatch(/\n\n::table\[rc\]\n\n::figure\[rc\]$/);
  });
});
