/** The built-in instrument library: one unit per file, registered here by id. */
import type { Instrument } from '../types.ts';
import { pss10 } from './pss-10.ts';
import { dass21, dass42, dass42Stress } from './dass.ts';
import { stressDiagnosticSurvey } from './stress-diagnostic-survey.ts';

export const INSTRUMENTS: ReadonlyMap<string, Instrument> = new Map(
  [pss10, dass42, dass42Stress, dass21, stressDiagnosticSurvey].map((i) => [i.id, i]),
);
