/**
 * Analysis stage: runs the study's analysis plan on the scored dataset. Pure: the same
 * study and data give the same Results. Every number the manuscript shows is in here at
 * full precision; no wording is.
 */
import type { Dataset } from '../data/types.ts';
import { sanitizeResult } from '../stats/finite.ts';
import type { Study } from '../study/types.ts';
import { ANALYSIS_UNITS, type AnyAnalysisResult } from './registry.ts';

export interface Results {
  study: string;
  alpha: number;
  n: number;
  analyses: Record<string, AnyAnalysisResult>;
}

export function analyze(study: Study, data: Dataset | undefined): Results {
  const analyses: Record<string, AnyAnalysisResult> = {};
  for (const spec of study.analyses) {
    const unit = ANALYSIS_UNITS.get(spec.type)!;
    if (!data) throw new Error('analyses need data; the study loader checks this');
    // sanitizeResult guarantees no NaN or Infinity reaches results.json.
    analyses[spec.id] = sanitizeResult(unit.run(spec, data, { study, alpha: study.alpha }));
  }
  return { study: study.id, alpha: study.alpha, n: data?.n ?? 0, analyses };
}
