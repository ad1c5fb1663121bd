/**
 * Two-way (factorial) ANOVA A × B with Type III sums of squares (SPSS UNIANOVA's default;
 * R: car::Anova(lm(value ~ A * B, contrasts = list(A = contr.sum, B = contr.sum)), type = 3)):
 * the model value ~ A + B + A×B in effect coding; the SS of a term is the rise of the
 * residual SS when its columns are removed. Partial η² = SS/(SS + SS_residual). Cell
 * descriptives, Levene's test across the ab cells centred on the cell means (SPSS "Based
 * on Mean"), and simple effects: the effect of each factor within each level of the other,
 * F = (Σnᵢ(ȳᵢ − ȳ)²/(levels − 1))/MS_residual with the pooled error of the full model (the
 * univariate tests of SPSS's /EMMEANS … COMPARE), to read when the interaction is significant.
 */
import { fUpperTail } from './distributions.ts';
import {
  codeFactor,
  completeRows,
  effectColumns,
  gather,
  productColumns,
  type CodedFactor,
  type EffectRow,
} from './factor-design.ts';
import { fitLinear, typeThreeSS } from './linear-model.ts';
import { leveneTest, type FTest } from './oneway.ts';
import { failure, joinNotes, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface TwoWayCell {
  a: Level;
  b: Level;
  n: number;
  mean: number;
  sd: number | null;
}

export interface SimpleEffect {
  /** The factor whose levels are compared. */
  factor: string;
  /** The other factor and the level it is held at. */
  within: string;
  at: Level;
  ss: number;
  df: number;
  ms: number;
  f: number;
  p: number;
  partialEta2: number;
}

export interface AnovaTwowayResult {
  n: number;
  missing: number;
  factorA: { name: string; levels: Level[] };
  factorB: { name: string; levels: Level[] };
  effects: EffectRow[];
  residual: { ss: number; df: number; ms: number };
  correctedModel: Omit<EffectRow, 'term'>;
  correctedTotal: { ss: number; df: number };
  cells: TwoWayCell[];
  levene: FTest | null;
  simpleEffects: SimpleEffect[];
  note?: string;
}

export function anovaTwoway(
  value: NumericInput,
  factorA: { name: string; values: GroupInput },
  factorB: { name: string; values: GroupInput },
): AnovaTwowayResult | StatFailure {
  if (factorA.name === factorB.name)
    return failure('invalid-argument', `the two factors are the same variable ("${factorA.name}")`);
  const rows = completeRows([value], [factorA.values, factorB.values], value.length);
  const n = rows.length;
  const missing = value.length - n;
  const counts = { n, missing };
  const fa = codeFactor(factorA.name, factorA.values, rows);
  const fb = codeFactor(factorB.name, factorB.values, rows);
  for (const f of [fa, fb])
    if (f.levels.length < 2)
      return failure(
        'group-levels',
        `the factor "${f.name}" has ${f.levels.length === 0 ? 'no levels' : `only one level (${String(f.levels[0])})`} in the complete rows; a factor needs at least 2`,
        counts,
      );
  const a = fa.levels.length;
  const b = fb.levels.length;
  const y = gather(value, rows);
  const cellValues = cellsOf(y, fa, fb);
  const empty = cellValues.findIndex((c) => c.length === 0);
  if (empty >= 0)
    return failure(
      'empty-cell',
      `the cell ${fa.name} = ${String(fa.levels[Math.floor(empty / b)])}, ${fb.name} = ${String(fb.levels[empty % b])} has no cases; Type III sums of squares need every combination of levels`,
      counts,
    );
  const dfResidual = n - a * b;
  if (dfResidual < 1)
    return failure(
      'too-few-observations',
      `${n} cases in ${a * b} cells leave no degrees of freedom for error; some cells need more than one case`,
      counts,
    );
  const colsA = effectColumns(fa);
  const colsB = effectColumns(fb);
  const colsAB = productColumns(colsA, colsB);
  const fit = fitLinear([...colsA, ...colsB, ...colsAB], y);
  if ('aliased' in fit) return failure('collinearity', 'the design matrix is singular', counts);
  const ssResidual = fit.rss;
  if (!(ssResidual > 0))
    return failure(
      'zero-variance',
      'every value within each cell is the same, so the F statistics are undefined',
      counts,
    );
  const msResidual = ssResidual / dfResidual;
  const range = (from: number, len: number) => Array.from({ length: len }, (_, i) => from + i);
  const row = (term: string, ss: number, df: number): EffectRow => {
    const ms = ss / df;
    const f = ms / msResidual;
    return { term, ss, df, ms, f, p: fUpperTail(f, df, dfResidual), partialEta2: ss / (ss + ssResidual) };
  };
  const effects = [
    row(fa.name, typeThreeSS(fit, range(0, a - 1)), a - 1),
    row(fb.name, typeThreeSS(fit, range(a - 1, b - 1)), b - 1),
    row(`${fa.name}:${fb.name}`, typeThreeSS(fit, range(a + b - 2, (a - 1) * (b - 1))), (a - 1) * (b - 1)),
  ];
  const modelSS = fit.tss - ssResidual;
  const model = row('corrected model', modelSS, a * b - 1);
  const correctedModel = { ...stripTerm(model), partialEta2: modelSS / fit.tss };
  const cells: TwoWayCell[] = cellValues.map((x, c) => {
    const m = meanOf(x);
    let ss = 0;
    for (let i = 0; i < x.length; i++) ss += (x[i]! - m) ** 2;
    return {
      a: fa.levels[Math.floor(c / b)]!,
      b: fb.levels[c % b]!,
      n: x.length,
      mean: m,
      sd: x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : null,
    };
  });
  const notes: string[] = [];
  const levene = leveneTest(cellValues, 'mean');
  if (!levene) notes.push("Levene's test is undefined: the deviations from the cell means do not vary");
  const simpleEffects: SimpleEffect[] = [];
  const simple = (factor: CodedFactor, other: CodedFactor, groupsAt: (o: number) => Float64Array[]) => {
    for (let o = 0; o < other.levels.length; o++) {
      const groups = groupsAt(o);
      let total = 0;
      let count = 0;
      for (const g of groups) for (let i = 0; i < g.length; i++) total += g[i]!;
      for (const g of groups) count += g.length;
      const grand = total / count;
      let ss = 0;
      for (const g of groups) ss += g.length * (meanOf(g) - grand) ** 2;
      const r = row(factor.name, ss, factor.levels.length - 1);
      simpleEffects.push({ factor: factor.name, within: other.name, at: other.levels[o]!, ...stripTerm(r) });
    }
  };
  simple(fa, fb, (j) => fa.levels.map((_, i) => cellValues[i * b + j]!));
  simple(fb, fa, (i) => fb.levels.map((_, j) => cellValues[i * b + j]!));
  const out: AnovaTwowayResult = {
    n,
    missing,
    factorA: { name: fa.name, levels: fa.levels },
    factorB: { name: fb.name, levels: fb.levels },
    effects,
    residual: { ss: ssResidual, df: dfResidual, ms: msResidual },
    correctedModel,
    correctedTotal: { ss: fit.tss, df: n - 1 },
    cells,
    levene,
    simpleEffects,
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}

function stripTerm(r: EffectRow): Omit<EffectRow, 'term'> {
  const { term: _term, ...rest } = r;
  return rest;
}

/** Values of every cell, A outer and B inner. */
function cellsOf(y: Float64Array, fa: CodedFactor, fb: CodedFactor): Float64Array[] {
  const b = fb.levels.length;
  const k = fa.levels.length * b;
  const counts = new Int32Array(k);
  for (let r = 0; r < y.length; r++) counts[fa.codes[r]! * b + fb.codes[r]!]!++;
  const cells = Array.from(counts, (c) => new Float64Array(c));
  const fill = new Int32Array(k);
  for (let r = 0; r < y.length; r++) {
    const c = fa.codes[r]! * b + fb.codes[r]!;
    cells[c]![fill[c]!++] = y[r]!;
  }
  return cells;
}

function meanOf(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  return s / x.length;
}
