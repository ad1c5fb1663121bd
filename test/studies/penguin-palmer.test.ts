/**
 * penguin-palmer end to end, on real public data: build HTML and results.json from the
 * study folder and compare naskah's numbers with the reference values base R computed
 * independently (studies/penguin-palmer/reference/check.R, its output saved beside it as
 * reference-output.txt, read here). Also the text both languages print, the real missing
 * values (an empty cell and the source's "." sex code), the notice that says the data are
 * real, and `naskah check` finding nothing inconsistent in the manuscripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/index.ts';
import { run } from '../helpers/io.ts';
import { htmlText } from '../helpers/text.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const STUDY = join(REPO, 'studies', 'penguin-palmer');
const out = tempDir();
const dir = join(out, 'penguin-palmer');
let results: any;
const text: Record<string, string> = {};

/** `name = value` lines printed by check.R; a name printed twice would make a reference ambiguous. */
const R: Record<string, number> = {};
for (const line of readFileSync(join(STUDY, 'reference', 'reference-output.txt'), 'utf8').split('\n')) {
  const m = /^(\S+) = (\S+)$/.exec(line);
  if (!m) continue;
  if (m[1]! in R) throw new Error(`reference-output.txt prints ${m[1]} twice`);
  R[m[1]!] = Number(m[2]);
}
/** A reference value; a name check.R did not print fails the test instead of reading undefined. */
function ref(name: string): number {
  expect(R[name], `reference-output.txt has ${name}`).toBeTypeOf('number');
  return R[name]!;
}

beforeAll(async () => {
  const r = await run(['build', STUDY, '--out', out, '--format', 'html,json']);
  expect(r.stderr).toContain('built penguin-palmer');
  expect(r.code, r.stderr).toBe(0);
  results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  for (const lang of ['id', 'en']) text[lang] = htmlText(readFileSync(join(dir, `${lang}.html`), 'utf8'));
}, 180_000);

// R prints 15 significant digits; statistics agree to rounding. p-values in the far tail
// (< 1e-12) are compared relatively at 1e-3, as the oracle does; the studentized range at
// 1e-4 (R's ptukey is accurate to about 1e-5 there).
const REL = 1e-9;
function near(actual: number, expected: number, rel = REL) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-14);
}
const nearP = (actual: number, expected: number) => near(actual, expected, expected < 1e-12 ? 1e-3 : REL);
const analysis = (id: string) => results.analyses[id];

describe('the data as the source has them', () => {
  it('reads every row, with the real missing values missing', () => {
    expect(results.n).toBe(ref('rows'));
    const [species, island, sex] = analysis('sampel').result.variables.map((v: any) => v.overall);
    expect(species.categories.map((c: any) => [c.value, c.n])).toEqual([
      ['Adelie', ref('count.species.Adelie')],
      ['Chinstrap', ref('count.species.Chinstrap')],
      ['Gentoo', ref('count.species.Gentoo')],
    ]);
    expect(island.categories.map((c: any) => c.n)).toEqual([
      ref('count.island.Biscoe'),
      ref('count.island.Dream'),
      ref('count.island.Torgersen'),
    ]);
    expect(sex.categories.map((c: any) => c.n)).toEqual([ref('count.sex.FEMALE'), ref('count.sex.MALE')]);
    // Ten empty cells and the source's "." (declared `missing: ["."]`).
    expect(sex.missing).toBe(ref('missing.sex'));
    expect(sex.missing).toBe(11);
  });

  it('keeps the "." of the source in the CSV rather than editing it', () => {
    const rows = readFileSync(join(STUDY, 'data', 'penguins.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(rows[0]).toBe('species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex');
    expect(rows.length - 1).toBe(344);
    expect(rows.filter((r) => r.endsWith(',.'))).toEqual(['Gentoo,Biscoe,44.5,15.7,217,4875,.']);
    expect(rows.filter((r) => r.endsWith(',,,,,'))).toHaveLength(2);
  });
});

describe('results.json against R', () => {
  it('descriptives overall and by species', () => {
    const measures = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];
    for (const [i, v] of measures.entries()) {
      const o = analysis('ukuran').result.variables[i];
      expect(o.variable).toBe(v);
      expect(o.overall.n).toBe(ref(`${v}.n`));
      near(o.overall.mean, ref(`${v}.mean`));
      near(o.overall.sd, ref(`${v}.sd`));
      expect(o.overall.min).toBe(ref(`${v}.min`));
      expect(o.overall.max).toBe(ref(`${v}.max`));
      const bySpecies = analysis('ukuran_spesies').result.variables[i];
      for (const s of ['Adelie', 'Chinstrap', 'Gentoo']) {
        const g = bySpecies.groups.find((x: any) => x.level === s).result;
        expect(g.n).toBe(ref(`${v}.${s}.n`));
        near(g.mean, ref(`${v}.${s}.mean`));
        near(g.sd, ref(`${v}.${s}.sd`));
        near(g.median, ref(`${v}.${s}.median`));
        // R's type-6 quartiles carry a rounding error of 1e-14 on values like 4.1.
        expect(Math.abs(g.iqr - ref(`${v}.${s}.iqr`))).toBeLessThanOrEqual(1e-12);
      }
    }
  });

  it('normality of the four measurements: Shapiro–Wilk and Lilliefors', () => {
    for (const v of analysis('normalitas').result.variables) {
      const { shapiroWilk, lilliefors } = v.overall;
      near(shapiroWilk.w, ref(`normality.${v.variable}.w`));
      // Approximations by nature (oracle README): p at abs 1e-4; these are far below it.
      nearP(shapiroWilk.p, ref(`normality.${v.variable}.swP`));
      near(lilliefors.d, ref(`normality.${v.variable}.d`));
      nearP(lilliefors.p, ref(`normality.${v.variable}.lillieforsP`));
    }
    expect(analysis('normalitas').result.variables).toHaveLength(4);
  });

  it('species × island: χ², Cramér’s V and Fisher’s exact p', () => {
    const a = analysis('spesies_pulau');
    expect(a.test).toBe('chi-square');
    near(a.result.statistic, ref('chisq.statistic'));
    expect(a.result.df).toBe(ref('chisq.df'));
    nearP(a.result.p, ref('chisq.p'));
    near(a.result.minExpected, ref('chisq.minExpected'));
    near(a.result.cramersV, ref('chisq.cramersV'));
    // FEXACT's own relative tolerance is about 1e-7 (oracle README).
    near(a.result.fisherP, ref('fisher.p'), 1e-6);
  });

  it('body mass by species: checks, Welch’s F, Kruskal–Wallis and Games–Howell', () => {
    const a = analysis('massa_spesies');
    const normality = a.checks.filter((c: any) => c.check === 'normality');
    for (const s of ['Adelie', 'Chinstrap', 'Gentoo'])
      expect(Math.abs(normality.find((c: any) => c.target === s).p - ref(`shapiro.${s}.p`))).toBeLessThanOrEqual(1e-4);
    const levene = a.checks.find((c: any) => c.test === 'levene');
    near(levene.statistic, ref('mass.levene.f'));
    near(levene.p, ref('mass.levene.p'));
    // Fixed by the study; Levene rejects equal variances, so Welch's F is the one read.
    expect(a.test).toBe('anova-oneway');
    expect(a.reason).toMatchObject({ code: 'fixed-by-study', variant: 'welch' });
    near(a.result.f, ref('anova.f'));
    expect([a.result.df1, a.result.df2]).toEqual([ref('anova.df1'), ref('anova.df2')]);
    nearP(a.result.p, ref('anova.p'));
    near(a.result.etaSquared, ref('anova.etaSquared'));
    expect(a.result.reported.variant).toBe('welch');
    near(a.result.reported.f, ref('welch.f'));
    near(a.result.reported.df2, ref('welch.df2'));
    nearP(a.result.reported.p, ref('welch.p'));
    expect(a.sensitivity.test).toBe('kruskal-wallis');
    near(a.sensitivity.result.h, ref('kruskal.h'));
    nearP(a.sensitivity.result.p, ref('kruskal.p'));

    expect(a.posthoc.method).toBe('games-howell');
    expect(a.posthoc.reason.code).toBe('equal-variances-rejected');
    const pairs = a.posthoc.result.pairs;
    expect(pairs.map((p: any) => `${p.group1}-${p.group2}`)).toEqual([
      'Adelie-Chinstrap',
      'Adelie-Gentoo',
      'Chinstrap-Gentoo',
    ]);
    for (const p of pairs) {
      near(p.meanDiff, ref(`gamesHowell.${p.group1}-${p.group2}.meanDiff`));
      near(p.df, ref(`gamesHowell.${p.group1}-${p.group2}.df`));
    }
    near(pairs[0].p, ref('gamesHowell.Adelie-Chinstrap.p'), 1e-4);
    // R's ptukey underflows (or loses its accuracy) this far in the tail: only the decision.
    expect(pairs[1].p).toBeLessThan(1e-10);
    expect(pairs[2].p).toBeLessThan(1e-10);
  });

  it('flipper length by sex: Mann–Whitney U, Z and r', () => {
    const a = analysis('sirip_kelamin');
    expect(a.test).toBe('mann-whitney');
    expect(a.reason.code).toBe('normality-rejected');
    for (const s of ['FEMALE', 'MALE'])
      expect(Math.abs(a.checks.find((c: any) => c.target === s).p - ref(`shapiro.${s}.p`))).toBeLessThanOrEqual(1e-4);
    const levene = a.checks.find((c: any) => c.test === 'levene');
    near(levene.statistic, ref('flipper.levene.f'));
    near(levene.p, ref('flipper.levene.p'));
    expect([a.result.n1, a.result.n2]).toEqual([ref('n1'), ref('n2')]);
    expect(a.result.u).toBe(ref('mannWhitney.u'));
    near(a.result.z, ref('mannWhitney.z'));
    nearP(a.result.p, ref('mannWhitney.p'));
    near(a.result.effectSizeR, ref('mannWhitney.r'));
    const [female, male] = a.summary.groups.map((g: any) => g.value);
    near(female.mean, ref('mean1'));
    near(male.mean, ref('mean2'));
  });

  it('body mass by species × sex: Type III SS, F, p, partial η², cells and simple effects', () => {
    const a = analysis('massa_spesies_kelamin');
    expect(a.test).toBe('anova-twoway');
    const r = a.result;
    expect(r.n).toBe(333);
    near(r.residual.ss, ref('residual.ss'));
    expect(r.residual.df).toBe(ref('residual.df'));
    for (const e of r.effects) {
      near(e.ss, ref(`${e.term}.ss`));
      expect(e.df).toBe(ref(`${e.term}.df`));
      near(e.f, ref(`${e.term}.f`));
      nearP(e.p, ref(`${e.term}.p`));
      near(e.partialEta2, ref(`${e.term}.partialEta2`));
    }
    expect(r.effects.map((e: any) => e.term)).toEqual(['species', 'sex', 'species:sex']);
    near(r.levene.f, ref('cells.levene.f'));
    near(r.levene.p, ref('cells.levene.p'));
    for (const c of r.cells) {
      expect(c.n).toBe(ref(`cell.${c.a}.${c.b}.n`));
      near(c.mean, ref(`cell.${c.a}.${c.b}.mean`));
    }
    const simple = r.simpleEffects.map((s: any) => [`simple.${s.factor}-within-${s.at}`, s]);
    expect(simple).toHaveLength(5);
    for (const [name, s] of simple) {
      near(s.f, ref(`${name}.f`));
      nearP(s.p, ref(`${name}.p`));
    }
  });

  it('bill length and depth: negative over all birds, positive within each species', () => {
    const all = analysis('paruh');
    expect(all.test).toBe('spearman');
    expect(all.result.n).toBe(ref('all.n'));
    near(all.result.rho, ref('all.spearman.rho'));
    nearP(all.result.p, ref('all.spearman.p'));
    const within: [string, string, 'pearson' | 'spearman'][] = [
      ['paruh_adelie', 'Adelie', 'pearson'],
      ['paruh_chinstrap', 'Chinstrap', 'pearson'],
      ['paruh_gentoo', 'Gentoo', 'spearman'],
    ];
    for (const [id, species, method] of within) {
      const a = analysis(id);
      expect(a.test, id).toBe(method);
      expect(a.result.n).toBe(ref(`${species}.n`));
      const coefficient = method === 'pearson' ? a.result.r : a.result.rho;
      near(coefficient, ref(`${species}.${method}.${method === 'pearson' ? 'r' : 'rho'}`));
      nearP(a.result.p, ref(`${species}.${method}.p`));
      expect(coefficient).toBeGreaterThan(0);
    }
    expect(all.result.rho).toBeLessThan(0);
  });

  it('the correlation matrix with Holm-adjusted p', () => {
    const a = analysis('ukuran_matriks');
    expect(a.test).toBe('spearman');
    expect(a.adjusted.method).toBe('holm');
    expect(a.result.pairs).toHaveLength(6);
    a.result.pairs.forEach((p: any, i: number) => {
      const name = `matrix.${p.x}.${p.y}`;
      expect(p.n).toBe(ref(`${name}.n`));
      near(p.rho, ref(`${name}.rho`));
      nearP(p.p, ref(`${name}.p`));
      nearP(a.adjusted.p[i], ref(`${name}.pHolm`));
    });
  });
});

describe('the multiple linear regression of body mass', () => {
  // R's lm() names a dummy by variable and level run together; naskah writes variable=level.
  const terms: [string, string][] = [
    ['(Intercept)', '(Intercept)'],
    ['flipper_length_mm', 'flipper_length_mm'],
    ['bill_length_mm', 'bill_length_mm'],
    ['bill_depth_mm', 'bill_depth_mm'],
    ['species=Chinstrap', 'speciesChinstrap'],
    ['species=Gentoo', 'speciesGentoo'],
    ['sex=MALE', 'sexMALE'],
  ];

  it('B, SE, t, p, 95% CI, standardised beta and VIF of every term, as lm() gives them', () => {
    const a = analysis('massa_regresi');
    expect(a.test).toBe('linear-regression');
    expect(a.result.n).toBe(ref('regression.n'));
    expect(a.result.coefficients.map((c: any) => c.term)).toEqual(terms.map(([t]) => t));
    for (const [term, r] of terms) {
      const c = a.result.coefficients.find((x: any) => x.term === term);
      for (const field of ['b', 'se', 't', 'ciLower', 'ciUpper']) near(c[field], ref(`regression.${r}.${field}`), 1e-8);
      nearP(c.p, ref(`regression.${r}.p`));
      if (r === '(Intercept)') continue;
      near(c.beta, ref(`regression.${r}.beta`), 1e-8);
      near(c.vif, ref(`regression.${r}.vif`), 1e-8);
    }
  });

  it("the model: R², adjusted R², SE of the estimate, F, Durbin–Watson and the residuals' normality", () => {
    const r = analysis('massa_regresi').result;
    near(r.r2, ref('regression.r2'));
    near(r.adjR2, ref('regression.adjR2'));
    near(r.sigma, ref('regression.sigma'));
    near(r.f, ref('regression.f'));
    expect([r.dfModel, r.dfResidual]).toEqual([ref('regression.df1'), ref('regression.df2')]);
    nearP(r.fP, ref('regression.fP'));
    near(r.durbinWatson, ref('regression.durbinWatson'));
    expect(r.residualNormality.test).toBe('shapiro-wilk');
    near(r.residualNormality.statistic, ref('regression.residuals.w'), 1e-6);
    near(r.residualNormality.p, ref('regression.residuals.p'), 1e-5);
  });

  it('warns that the species dummies are collinear (Gentoo VIF 15.5), as the real data are', () => {
    const a = analysis('massa_regresi');
    expect(a.warnings).toEqual([expect.objectContaining({ code: 'collinear-predictors', terms: ['species=Gentoo'] })]);
  });
});

describe.each([
  [
    'en',
    {
      notice: 'Real data. The numbers in this manuscript are computed from the public Palmer penguins data',
      anova: 'Welch’s F(2, 189.48) = 317.57, p < .001, η² = .67',
      kruskal: 'H(2) = 217.60, p < .001',
      mannWhitney: 'U = 9547.00, Z = −4.91, p < .001, r = .27',
      interaction: 'F(2, 327) = 8.76, p < .001',
      pooled: 'ρ(340) = −.22, p < .001',
      adelie: 'r(149) = .39, p < .001',
      chisq: 'χ²(4, N = 344) = 299.55, p < .001, V = .66',
      posthoc: 'Adélie – Chinstrap −32.43 59.71 .850',
      discussion: 'Gentoo penguins were the heaviest (M = 5076 g)',
      missing: 'Sex was not recorded for 11 birds, and 2 birds have no measurements.',
      source: 'Gorman, K. B., Williams, T. D., & Fraser, W. R. (2014).',
      package: 'Horst, A. M., Hill, A. P., & Gorman, K. B. (2020).',
    },
  ],
  [
    'id',
    {
      notice: 'Data nyata. Angka dalam naskah ini dihitung dari data publik Palmer penguins',
      anova: 'F Welch(2; 189,48) = 317,57; p < 0,001; η² = 0,67',
      kruskal: 'H(2) = 217,60; p < 0,001',
      mannWhitney: 'U = 9547,00; Z = −4,91; p < 0,001; r = 0,27',
      interaction: 'F(2; 327) = 8,76; p < 0,001',
      pooled: 'ρ(340) = −0,22; p < 0,001',
      adelie: 'r(149) = 0,39; p < 0,001',
      chisq: 'χ²(4; N = 344) = 299,55; p < 0,001; V = 0,66',
      posthoc: 'Adélie – Chinstrap −32,43 59,71 0,850',
      discussion: 'Penguin Gentoo paling berat (M = 5076 g)',
      missing: 'Jenis kelamin tidak tercatat untuk 11 ekor, dan 2 ekor tidak memiliki data ukuran tubuh.',
      source: 'Gorman, K. B., Williams, T. D., & Fraser, W. R. (2014).',
      package: 'Horst, A. M., Hill, A. P., & Gorman, K. B. (2020).',
    },
  ],
])('%s manuscript', (lang, expected) => {
  it('prints the statistics, the authored discussion and the real sources', () => {
    const t = text[lang]!;
    for (const s of Object.values(expected)) expect(t).toContain(s);
    expect(t).not.toMatch(/p = [0,.]*000\b/);
    expect(t).not.toContain('NaN');
  });

  it('says on its first page that the data are real, not synthetic', () => {
    const t = text[lang]!;
    expect(t.indexOf(expected.notice)).toBeLessThan(t.indexOf(lang === 'en' ? 'Abstract' : 'Abstrak'));
    expect(t).not.toMatch(/synthetic|sintetis/i);
  });

  it('passes naskah check: nothing inconsistent, no decision error', async () => {
    const report = await checkFile(join(dir, `${lang}.html`));
    const flagged = report.findings.filter((f) => f.verdict === 'inconsistent' || f.verdict === 'decision-error');
    expect(flagged.map((f) => `${f.check} line ${f.line}: ${f.quote} — ${f.explanation}`)).toEqual([]);
    expect(report.summary.reportingIssue).toBe(0);
    expect(report.summary.consistent).toBeGreaterThan(20);
  });
});
