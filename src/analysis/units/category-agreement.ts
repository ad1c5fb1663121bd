/**
 * A data check: categories naskah computes (e.g. an instrument's score categories) against
 * categories recorded in the data file. For each pair it counts participants whose two
 * categories agree, and lists the spreadsheet rows where they do not. A recorded variable
 * coded differently (e.g. 1/0 for rendah/sedang_berat) is compared through `map`
 * (computed code → recorded code). The methods text states the result.
 */
import { type Static, Type } from '@sinclair/typebox';
import { categorical } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit } from '../unit.ts';

export const categoryAgreementSchema = entrySchema('category-agreement', {
  pairs: Type.Array(
    Type.Object(
      {
        computed: VarName,
        recorded: VarName,
        map: Type.Optional(
          Type.Record(Type.String(), Type.String(), {
            description: 'computed level → recorded level, when the codes differ',
          }),
        ),
      },
      { additionalProperties: false },
    ),
    { minItems: 1, description: 'pairs of categorical variables that should agree for every participant' },
  ),
});

export type CategoryAgreementSpec = Static<typeof categoryAgreementSchema>;
export type AgreementPairSpec = CategoryAgreementSpec['pairs'][number];

export interface AgreementPair {
  computed: string;
  recorded: string;
  /** Participants with both categories present. */
  n: number;
  agree: number;
  disagree: number;
  /** Participants with either category missing. */
  missing: number;
  /** Spreadsheet rows (header = 1) where the categories disagree, at most 20. */
  rows: number[];
}

const MAX_ROWS = 20;

export type CategoryAgreementAnalysis = AnalysisResult<
  'category-agreement',
  { test: 'agreement'; result: { allAgree: boolean; pairs: AgreementPair[]; n: number } }
>;

export const categoryAgreementUnit: AnalysisUnit<CategoryAgreementSpec, CategoryAgreementAnalysis> = {
  type: 'category-agreement',
  schema: categoryAgreementSchema,
  variables: (s) =>
    s.pairs.flatMap((p, i) => [
      { path: ['pairs', i, 'computed'], name: p.computed, role: 'categorical' },
      { path: ['pairs', i, 'recorded'], name: p.recorded, role: 'categorical' },
    ]),
  run(spec, data) {
    const pairs: AgreementPair[] = spec.pairs.map((p) => {
      const a = categorical(data, p.computed).values;
      const b = categorical(data, p.recorded).values;
      const out: AgreementPair = {
        computed: p.computed,
        recorded: p.recorded,
        n: 0,
        agree: 0,
        disagree: 0,
        missing: 0,
        rows: [],
      };
      for (let r = 0; r < data.n; r++) {
        const x = a[r];
        const y = b[r];
        if (x === null || x === undefined || y === null || y === undefined) {
          out.missing++;
          continue;
        }
        out.n++;
        if ((p.map?.[x] ?? x) === y) out.agree++;
        else {
          out.disagree++;
          if (out.rows.length < MAX_ROWS) out.rows.push(data.rowNumbers[r]!);
        }
      }
      return out;
    });
    const allAgree = pairs.every((p) => p.disagree === 0);
    return {
      type: 'category-agreement',
      test: 'agreement',
      checks: [],
      reason: { code: 'data-check' },
      result: { allAgree, pairs, n: Math.min(...pairs.map((p) => p.n)) },
      ...(allAgree
        ? {}
        : {
            warnings: pairs
              .filter((p) => p.disagree > 0)
              .map((p) => ({
                code: 'categories-disagree',
                computed: p.computed,
                recorded: p.recorded,
                disagree: p.disagree,
                rows: p.rows,
              })),
          }),
    };
  },
};
