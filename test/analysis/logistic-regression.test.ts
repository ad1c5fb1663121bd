/**
 * logistic-regression: dummy coding against the reference level (checked against the
 * statistics engine with hand-coded indicators), fixed terms, bivariate screening by
 * likelihood-ratio test, forward selection on a constructed example, separation and
 * other errors, and the wording in both languages.
 */
import { describe, expect, it } from 'vitest';
import { logisticRegression } from '../../src/stats/logistic-regression.ts';
import { chiSquareUpperTail } from '../../src/stats/distributions.ts';
import { compose, documentText, run, studyYaml, analysisJson } from './helpers.ts';
import { seededRandom as rng } from '../helpers/prng.ts';

const close = (x: number, y: number, tol = 1e-9) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

/**
 * n participants: `shift` (pagi/sore/malam) and `lembur` (tidak/ya) raise the odds of the
 * outcome, `usia` (numeric) and `ruang` (a/b) are noise.
 * logit P(y = 1) = −2 + 1.6·[malam] + 0.8·[sore] + 1.4·[lembur = ya].
 */
function constructed(n: number, seed: number) {
  const r = rng(seed);
  const rows: { y: number; shift: string; lembur: string; usia: number; ruang: string }[] = [];
  for (let i = 0; i < n; i++) {
    const u = r();
    const shift = u < 0.4 ? 'pagi' : u < 0.7 ? 'sore' : 'malam';
    const lembur = r() < 0.45 ? 'ya' : 'tidak';
    const usia = 25 + Math.floor(r() * 30);
    const ruang = r() < 0.5 ? 'a' : 'b';
    const eta = -2 + (shift === 'malam' ? 1.6 : shift === 'sore' ? 0.8 : 0) + (lembur === 'ya' ? 1.4 : 0);
    const y = r() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    rows.push({ y, shift, lembur, usia, ruang });
  }
  const csv = `${[
    'id,y,shift,lembur,usia,ruang',
    ...rows.map((x, i) => `${i + 1},${x.y},${x.shift},${x.lembur},${x.usia},${x.ruang}`),
  ].join('\n')}\n`;
  return { rows, csv };
}

const VARS = `  y:
    type: categorical
    label: { id: Kelelahan, en: Fatigue }
    levels: { "0": { id: Tidak, en: "No" }, "1": { id: Ya, en: "Yes" } }
  shift:
    type: categorical
    label: { id: Sif, en: Shift }
    levels: { pagi: { id: Pagi, en: Morning }, sore: { id: Sore, en: Afternoon }, malam: { id: Malam, en: Night } }
  lembur:
    type: categorical
    label: { id: Lembur, en: Overtime }
    levels: { tidak: { id: Tidak, en: "No" }, ya: { id: Ya, en: "Yes" } }
  usia: { type: integer, label: { id: Usia, en: Age }, unit: { id: tahun, en: years } }
  ruang:
    type: categorical
    label: { id: Ruang kerja, en: Work room }
    levels: { a: A, b: B }`;

const { rows, csv } = constructed(400, 20240611);
const y = rows.map((x) => x.y);
const ind = (f: (x: (typeof rows)[number]) => boolean) => rows.map((x) => (f(x) ? 1 : 0));

describe('fixed terms', () => {
  const { study, results } = run(
    studyYaml(
      VARS,
      '  - { id: m, type: logistic-regression, outcome: y, case: "1", predictors: [shift, lembur, usia, ruang], terms: [shift, lembur, usia] }',
    ),
    csv,
  );
  const a = analysisJson(results, 'm');
  const r = a.result as any;

  it('codes categorical terms as indicators against the reference and enters numeric ones as they are', () => {
    const direct = logisticRegression(y, [
      { name: 's', values: ind((x) => x.shift === 'sore') },
      { name: 'm', values: ind((x) => x.shift === 'malam') },
      { name: 'l', values: ind((x) => x.lembur === 'ya') },
      { name: 'u', values: rows.map((x) => x.usia) },
    ]) as any;
    expect(a.test).toBe('logistic-regression');
    expect(a.reason.code).toBe('terms-fixed-by-study');
    expect(r.terms).toEqual(['shift', 'lembur', 'usia']);
    expect(r.coefficients.map((c: any) => [c.term, c.variable, c.level, c.reference])).toEqual([
      ['(Intercept)', null, null, null],
      ['shift=sore', 'shift', 'sore', 'pagi'],
      ['shift=malam', 'shift', 'malam', 'pagi'],
      ['lembur=ya', 'lembur', 'ya', 'tidak'],
      ['usia', 'usia', null, null],
    ]);
    r.coefficients.forEach((c: any, i: number) => {
      close(c.estimate, direct.coefficients[i].estimate);
      close(c.or, direct.coefficients[i].or);
      close(c.orLower, direct.coefficients[i].orLower);
      close(c.p, direct.coefficients[i].p);
    });
    close(r.deviance, direct.deviance);
    close(r.nagelkerkeR2, direct.nagelkerkeR2);
    expect(r.lrDf).toBe(4);
    expect(a.decision?.significant).toBe(true);
  });

  it('records events per coefficient', () => {
    const minority = Math.min(r.events, r.nonEvents);
    expect(r.parameters).toBe(4);
    close(r.eventsPerParameter, minority / 4);
    expect(a.checks[0]).toMatchObject({ check: 'events-per-parameter', passed: minority / 4 >= 10 });
  });

  it('words the model in both languages', () => {
    const en = compose(study, results, 'en');
    const id = compose(study, results, 'id');
    const row = en.tables.m!.rows.find((x) => x.cells[1]!.text === 'Night vs Morning')!;
    const c = r.coefficients[2];
    // Three decimals: another OR's CI would otherwise print a bound as 1.00.
    expect(row.cells[4]!.text).toBe(c.or.toFixed(3));
    expect(en.tables.m!.rows.find((x) => x.cells[0]!.text === 'Age')!.cells[1]!.text).toBe(
      'Per 1-unit increase (years)',
    );
    expect(en.tables.m!.notes[0]).toContain('Nagelkerke R² = ');
    expect(id.tables.m!.notes[0]).toContain('R² Nagelkerke = ');
    expect(en.stats.m).toMatch(/^χ²\(4\) = \d+\.\d\d, p [<=] \.\d{3}, Nagelkerke R² = \.\d\d$/);
    expect(id.stats.m).toMatch(/^χ²\(4\) = \d+,\d\d; p [<=] 0,\d{3}; R² Nagelkerke = 0,\d\d$/);
    expect(documentText(en)).toContain('The final model was fixed in advance with the terms shift, overtime and age.');
    expect(documentText(id)).toContain('Model akhir ditetapkan sebelumnya dengan variabel sif, lembur dan usia.');
  });
});

describe('bivariate screening', () => {
  const { study, results } = run(
    studyYaml(
      VARS,
      '  - { id: m, type: logistic-regression, outcome: y, case: "1", predictors: [shift, lembur, usia, ruang], screening: 0.25 }',
    ),
    csv,
  );
  const r = analysisJson(results, 'm').result as any;

  it('gives each candidate the likelihood-ratio p of its one-factor model and lets in those below the threshold', () => {
    const one = (values: number[][]) =>
      logisticRegression(
        y,
        values.map((v, i) => ({ name: `x${i}`, values: v })),
      ) as any;
    const expected = {
      shift: one([ind((x) => x.shift === 'sore'), ind((x) => x.shift === 'malam')]),
      lembur: one([ind((x) => x.lembur === 'ya')]),
      usia: one([rows.map((x) => x.usia)]),
      ruang: one([ind((x) => x.ruang === 'b')]),
    };
    expect(r.screening.threshold).toBe(0.25);
    for (const s of r.screening.rows) {
      const e = expected[s.variable as keyof typeof expected];
      expect(s.df).toBe(e.lrDf);
      close(s.chi2, e.lrChi2, 1e-8);
      close(s.p, e.lrP, 1e-10);
      close(s.p, chiSquareUpperTail(s.chi2, s.df), 1e-12);
      expect(s.enters).toBe(s.p < 0.25);
    }
    expect(r.screening.rows.find((s: any) => s.variable === 'shift').enters).toBe(true);
    expect(r.screening.rows.find((s: any) => s.variable === 'lembur').enters).toBe(true);
    // Without terms or forward selection every eligible candidate enters.
    expect(r.terms).toEqual(r.screening.rows.filter((s: any) => s.enters).map((s: any) => s.variable));
  });

  it('shows the screening as a table with eligibility and membership of the final model', () => {
    const en = compose(study, results, 'en');
    const t = en.tables['m.screening']!;
    expect(t.caption).toBe('Bivariate screening of candidate factors for the multivariable model (p < .25)');
    expect(t.head[0]!.map((c) => c.text)).toEqual(['Factor', 'df', 'LR χ²', 'p', 'p < .25', 'In final model']);
    expect(t.rows.map((x) => x.cells[0]!.text)).toEqual(['Shift', 'Overtime', 'Age', 'Work room']);
    const id = compose(study, results, 'id');
    expect(id.tables['m.screening']!.caption).toBe('Seleksi bivariat faktor kandidat model multivariabel (p < 0,25)');
  });
});

describe('forward selection', () => {
  const spec =
    '  - { id: f, type: logistic-regression, outcome: y, case: "1", predictors: [usia, ruang, shift, lembur], selection: forward }';
  const { study, results } = run(studyYaml(VARS, spec), csv);
  const r = analysisJson(results, 'f').result as any;

  it('enters the true predictors (whole factors, by likelihood-ratio test) and stops before the noise', () => {
    expect(analysisJson(results, 'f').reason).toEqual({ code: 'forward-selection', entry: 0.05 });
    expect(new Set(r.terms)).toEqual(new Set(['shift', 'lembur']));
    expect(r.steps).toHaveLength(2);
    for (const s of r.steps) expect(s.p).toBeLessThan(0.05);
    // Each step enters the candidate with the smallest p among those considered.
    for (const s of r.steps) expect(s.p).toBe(Math.min(...s.considered.map((c: any) => c.p)));
    expect(r.steps.find((s: any) => s.variable === 'shift').df).toBe(2);
    expect(r.coefficients.map((c: any) => c.variable)).toEqual([
      null,
      ...r.terms.flatMap((t: string) => (t === 'shift' ? ['shift', 'shift'] : [t])),
    ]);
  });

  it('picks the right variables on other samples from the same model', () => {
    for (const seed of [1, 2, 3]) {
      const res = run(studyYaml(VARS, spec), constructed(500, seed).csv);
      expect(new Set((analysisJson(res.results, 'f').result as any).terms), `seed ${seed}`).toEqual(
        new Set(['shift', 'lembur']),
      );
    }
  });

  it('says so in the methods and results', () => {
    const text = documentText(compose(study, results, 'en'));
    expect(text).toContain('The model was built by forward stepwise selection');
    expect(text).toMatch(/Forward selection entered (shift and overtime|overtime and shift), in that order\./);
  });

  it('is an error with `terms:`', () => {
    const res = run(
      studyYaml(
        VARS,
        '  - { id: f, type: logistic-regression, outcome: y, predictors: [usia], selection: forward, terms: [usia] }',
      ),
      csv,
    );
    expect((analysisJson(res.results, 'f').result as any).error.code).toBe('invalid-argument');
  });
});

describe('separation', () => {
  // lembur = ya exactly when y = 1: the MLE does not exist.
  const sep = `${[
    'id,y,shift,lembur,usia,ruang',
    ...Array.from(
      { length: 40 },
      (_, i) =>
        `${i + 1},${i % 2},${['pagi', 'sore', 'malam'][i % 3]},${i % 2 ? 'ya' : 'tidak'},${30 + (i % 7)},${i % 5 ? 'a' : 'b'}`,
    ),
  ].join('\n')}\n`;
  const { study, results } = run(
    studyYaml(
      VARS,
      '  - { id: s, type: logistic-regression, outcome: y, case: "1", predictors: [lembur, usia], screening: 0.25, terms: [lembur, usia] }',
    ),
    sep,
  );
  const a = analysisJson(results, 's');

  it('carries the error in the result, with the screening and a warning', () => {
    expect((a.result as any).error.code).toBe('separation');
    expect((a.result as any).terms).toEqual(['lembur', 'usia']);
    expect((a.result as any).screening.rows.find((s: any) => s.variable === 'lembur')).toMatchObject({
      p: null,
      enters: false,
      note: 'separation',
    });
    expect(a.warnings).toContainEqual({ code: 'model-failed', error: 'separation' });
    expect(a.decision).toBeUndefined();
  });

  it('says in the text that the model could not be estimated, in both languages', () => {
    const en = compose(study, results, 'en');
    const id = compose(study, results, 'id');
    expect(documentText(en)).toContain(
      'The multivariable logistic regression could not be estimated: the outcome is perfectly predicted for some participants (complete or quasi-complete separation)',
    );
    expect(documentText(id)).toContain(
      'Regresi logistik multivariabel tidak dapat diestimasi: variabel terikat terprediksi sempurna',
    );
    expect(en.tables.s).toBeUndefined();
    expect(en.tables['s.screening']).toBeDefined();
    expect(en.stats.s).toBeUndefined();
  });
});
