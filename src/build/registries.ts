/**
 * The registries a study.yaml is checked against: every analysis type and the instrument
 * library. The study stage comes before both, so the build hands them to the loader.
 */
import { ANALYSIS_UNITS } from '../analysis/registry.ts';
import { INSTRUMENTS } from '../instruments/library/index.ts';
import type { StudyRegistries } from '../study/registries.ts';

export const STUDY_REGISTRIES: StudyRegistries = { analyses: ANALYSIS_UNITS, instruments: INSTRUMENTS };
