/**
 * Scoring: raw item answers → scale scores and categories, added to the dataset as new
 * variables. An instrument use named `pss_pre` yields `pss_pre` (total) and
 * `pss_pre.category`; an instrument with subscales yields `<name>.<scale>` and
 * `<name>.<scale>.category`. A respondent with any item of a scale missing gets no score
 * for that scale (no prorating: a reviewer must be able to recompute every total).
 */
import type { CategoricalVariable, Dataset, NumericVariable } from '../data/types.ts';
import type { Study } from '../study/types.ts';
import { sameInEvery } from '../study/languages.ts';
import { scoreLabel } from './labels.ts';
import { INSTRUMENTS } from './library/index.ts';
import { scoredScales } from './scales.ts';
import type { Scale } from './types.ts';

/** Adds every instrument's scores and categories to the dataset (a new Dataset; the input is not changed). */
export function scoreInstruments(study: Study, data: Dataset): Dataset {
  const variables = new Map(data.variables);
  for (const use of Object.values(study.instruments)) {
    const instrument = INSTRUMENTS.get(use.use);
    if (!instrument) continue; // the study loader has already reported an unknown instrument
    const [lo, hi] = instrument.itemRange;
    const items = use.items.map((col) => {
      const v = data.variables.get(col);
      return v && v.kind === 'numeric' ? v.values : new Array<number | null>(data.n).fill(null);
    });
    for (const s of scoredScales(use, instrument)) {
      const values: (number | null)[] = new Array(data.n);
      for (let r = 0; r < data.n; r++) {
        let sum = 0;
        let complete = true;
        for (const itemNo of s.scale.items) {
          const x = items[itemNo - 1]![r];
          if (x === null || x === undefined) {
            complete = false;
            break;
          }
          sum += instrument.reverse.includes(itemNo) ? lo + hi - x : x;
        }
        values[r] = complete ? sum * (s.scale.multiplier ?? 1) : null;
      }
      const label = scoreLabel(use.label, instrument.abbreviation, s.scale.key);
      const score: NumericVariable = {
        kind: 'numeric',
        name: s.name,
        label,
        values,
        integer: true,
        range: s.scale.range,
      };
      const category: CategoricalVariable = {
        kind: 'categorical',
        name: s.categoryName,
        // The report words it "Category of <score>" in each language (VariableInfo.instrument).
        label,
        values: values.map((v) => (v === null ? null : categorize(v, s.scale))),
        // Level labels are the codes here; the report words them (src/report/locale/instruments.ts).
        levels: s.scale.categories.map((c) => ({ code: c.code, label: sameInEvery(c.code) })),
        reference: s.scale.categories[0]!.code,
      };
      variables.set(s.name, score);
      variables.set(s.categoryName, category);
    }
  }
  return { ...data, variables };
}

function categorize(score: number, scale: Scale): string | null {
  const cut = scale.categories.find((c) => score >= c.from && score <= c.to);
  return cut ? cut.code : null;
}
