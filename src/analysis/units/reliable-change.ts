/**
 * Reliable change (Jacobson & Truax, 1991) for small-N before–after designs: each
 * participant's change is divided by S_diff, the standard error of a difference computed
 * from a normative SD and reliability, and called reliable when |RCI| exceeds 1.96. The
 * norms come from the instrument library (`norms` of the instrument that scored `before`)
 * or, for a score outside the library, from the entry's own `norms`. No group test is run:
 * with a handful of participants each one is described individually.
 */
import { type Static, Type } from '@sinclair/typebox';
import { scoredScales } from '../../instruments/scales.ts';
import { INSTRUMENTS } from '../../instruments/library/index.ts';
import type { Instrument, Scale } from '../../instruments/types.ts';
import {
  reliableChange,
  type ReliableChangeParticipant,
  type ReliableChangeResult,
} from '../../stats/reliable-change.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { LocalizedText } from '../../study/schema.ts';
import type { Study } from '../../study/types.ts';
import { numeric, optionalRef } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Reason } from '../unit.ts';

export const reliableChangeSchema = entrySchema('reliable-change', {
  before: VarName,
  after: VarName,
  label: Type.Optional(
    Type.String({ description: 'a text or categorical column that names each participant (e.g. initials)' }),
  ),
  norms: Type.Optional(
    Type.Object(
      {
        sd: Type.Number({ exclusiveMinimum: 0, description: 'normative standard deviation of the score' }),
        reliability: Type.Number({
          minimum: 0,
          exclusiveMaximum: 1,
          description: 'reliability of the score (Cronbach’s α or test–retest r)',
        }),
        source: Type.Optional(
          Type.String({ description: 'BibTeX key of the source of the norms (in references.bib)' }),
        ),
      },
      {
        additionalProperties: false,
        description: 'norms for a score outside the instrument library; library instruments bring their own',
      },
    ),
  ),
  labels: Type.Optional(
    Type.Object(
      {
        before: Type.Optional(LocalizedText),
        after: Type.Optional(LocalizedText),
        outcome: Type.Optional(LocalizedText),
      },
      {
        additionalProperties: false,
        description:
          'words for the two occasions and the outcome in sentences, e.g. before: { id: sebelum intervensi, en: before the intervention }',
      },
    ),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('trajectories')], {
      description:
        'the figure: `trajectories` (default) one line per participant from before to after; `false` no figure',
    }),
  ),
});

export type ReliableChangeSpec = Static<typeof reliableChangeSchema>;

/** One participant's row in results.json: the statistic's fields plus a name and categories. */
export interface ReliableChangeRow extends ReliableChangeParticipant {
  /** The participant's name from `label:`, else the id column, else the row number. */
  label: string;
  /** Category codes of the scores (`<score>.category`), when the score has categories. */
  categoryBefore?: string | null;
  categoryAfter?: string | null;
}

/** The library instrument and scale whose score variable is `name`, if any. */
export function instrumentOfScore(study: Study, name: string): { instrument: Instrument; scale: Scale } | undefined {
  for (const use of Object.values(study.instruments)) {
    const instrument = INSTRUMENTS.get(use.use);
    if (!instrument) continue;
    const s = scoredScales(use, instrument).find((x) => x.name === name);
    if (s) return { instrument, scale: s.scale };
  }
  return undefined;
}

/** The statistic's result with the named participants, the threshold in score points and the counts by direction. */
export type ReliableChangeOutput = Omit<ReliableChangeResult, 'participants'> & {
  participants: ReliableChangeRow[];
  /** The smallest |post − pre| that counts as reliable: criterion · S_diff score points. */
  threshold: number;
  source: string | null;
  instrument: string | null;
  nDecrease: number;
  nIncrease: number;
  nNoChange: number;
};

/** No normative SD and reliability for the score: nothing can be computed. */
export interface NoNorms {
  error: { code: 'no-norms'; message: string };
}

export type ReliableChangeAnalysis = AnalysisResult<
  'reliable-change',
  { test: 'reliable-change-index'; result: ReliableChangeOutput | StatFailure | NoNorms }
>;

export const reliableChangeUnit: AnalysisUnit<ReliableChangeSpec, ReliableChangeAnalysis> = {
  type: 'reliable-change',
  schema: reliableChangeSchema,
  variables: (s) => [
    { path: ['before'], name: s.before, role: 'numeric' },
    { path: ['after'], name: s.after, role: 'numeric' },
    ...optionalRef(['label'], s.label, 'any'),
  ],
  run(spec, data, ctx): ReliableChangeAnalysis {
    const lib = instrumentOfScore(ctx.study, spec.before);
    const norms = spec.norms ?? lib?.instrument.norms;
    const base: { type: 'reliable-change'; test: 'reliable-change-index'; checks: AssumptionCheck[] } = {
      type: 'reliable-change',
      test: 'reliable-change-index',
      checks: [],
    };
    if (!norms) {
      return {
        ...base,
        reason: { code: 'no-norms' },
        result: {
          error: {
            code: 'no-norms',
            message: `"${spec.before}" has no normative SD and reliability in the instrument library; add \`norms: { sd, reliability, source }\` to the analysis`,
          },
        },
      };
    }
    const before = numeric(data, spec.before).values;
    const after = numeric(data, spec.after).values;
    const r = reliableChange(before, after, { sd: norms.sd, reliability: norms.reliability });
    const reason: Reason = spec.norms
      ? { code: 'norms-from-study', source: spec.norms.source ?? null }
      : { code: 'norms-from-instrument', instrument: lib!.instrument.id, source: lib!.instrument.norms!.source };
    if (isFailure(r)) return { ...base, reason, result: r };

    const names = spec.label ? data.variables.get(spec.label) : undefined;
    const cat = (name: string) => {
      const v = data.variables.get(`${name}.category`);
      return v && v.kind === 'categorical' ? v.values : undefined;
    };
    const catBefore = cat(spec.before);
    const catAfter = cat(spec.after);
    const participants: ReliableChangeRow[] = r.participants.map((p) => {
      const fromLabel = names ? names.values[p.row] : null;
      const label =
        fromLabel !== null && fromLabel !== undefined ? String(fromLabel) : (data.ids?.[p.row] ?? String(p.row + 1));
      const row: ReliableChangeRow = { ...p, label };
      if (catBefore) row.categoryBefore = catBefore[p.row] ?? null;
      if (catAfter) row.categoryAfter = catAfter[p.row] ?? null;
      return row;
    });
    return {
      ...base,
      reason,
      result: {
        ...r,
        participants,
        threshold: r.criterion * r.sDiff,
        source: spec.norms ? (spec.norms.source ?? null) : lib!.instrument.norms!.source,
        instrument: spec.norms ? null : lib!.instrument.id,
        nDecrease: participants.filter((p) => p.direction === 'decrease').length,
        nIncrease: participants.filter((p) => p.direction === 'increase').length,
        nNoChange: participants.filter((p) => p.direction === 'none').length,
      },
    };
  },
};
