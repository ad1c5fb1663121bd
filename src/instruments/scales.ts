/**
 * The scales an instrument use scores, each with the names of its score and category
 * variables (the naming is the study stage's: the loader checks analyses against it).
 */
import { scaleVariables } from '../study/registries.ts';
import type { InstrumentUseDef } from '../study/types.ts';
import type { Instrument, Scale } from './types.ts';

export interface ScoredScale {
  /** Variable name of the score. */
  name: string;
  /** Variable name of its category. */
  categoryName: string;
  scale: Scale;
  instrument: Instrument;
  use: InstrumentUseDef;
}

/** The score and category variables an instrument use produces. */
export function scoredScales(use: InstrumentUseDef, instrument: Instrument): ScoredScale[] {
  return instrument.scales.map((scale) => ({ ...scaleVariables(use.name, scale.key), scale, instrument, use }));
}
