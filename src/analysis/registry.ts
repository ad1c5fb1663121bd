/** Every analysis type a study.yaml can ask for, one unit per file in ./units/. */
import type { AnalysisUnit } from './unit.ts';

const units: AnalysisUnit[] = [];

export const ANALYSIS_UNITS: ReadonlyMap<string, AnalysisUnit> = new Map(units.map((u) => [u.type, u]));
