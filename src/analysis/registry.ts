/** Every analysis type a study.yaml can ask for, one unit per file in ./units/. */
import type { AnalysisUnit } from './unit.ts';
import { frequenciesUnit } from './units/frequencies.ts';
import { descriptivesUnit } from './units/descriptives.ts';
import { pairedComparisonUnit } from './units/paired-comparison.ts';
import { reliabilityUnit } from './units/reliability.ts';
import { reliableChangeUnit } from './units/reliable-change.ts';

const units: AnalysisUnit[] = [frequenciesUnit, descriptivesUnit, pairedComparisonUnit, reliabilityUnit, reliableChangeUnit] as AnalysisUnit[];

export const ANALYSIS_UNITS: ReadonlyMap<string, AnalysisUnit> = new Map(units.map((u) => [u.type, u]));
