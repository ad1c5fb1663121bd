import type { Instrument, Scale } from '../types.ts';

/**
 * Stress Diagnostic Survey (Ivancevich & Matteson, 1980), 30-item form with six job
 * stressors of five items each: stressor k is items k, k+6, k+12, k+18, k+24, answered
 * 1 (never a source of stress) to 7 (always). Score 5–35 per stressor; 5–10 rendah (low),
 * 11–35 sedang/berat (moderate/high), as in the Indonesian studies that use it. The
 * stressors are listed by key, in item order; their labels are in the locale.
 */
const STRESSORS = [
  'role_ambiguity',
  'role_conflict',
  'quantitative_overload',
  'qualitative_overload',
  'career_development',
  'responsibility',
];

const scales: Scale[] = STRESSORS.map((key, i) => ({
  key,
  items: [0, 6, 12, 18, 24].map((o) => i + 1 + o),
  range: [5, 35],
  categories: [
    { code: 'rendah', from: 5, to: 10 },
    { code: 'sedang_berat', from: 11, to: 35 },
  ],
}));

export const stressDiagnosticSurvey: Instrument = {
  id: 'stress-diagnostic-survey',
  abbreviation: 'SDS',
  nItems: 30,
  itemRange: [1, 7],
  reverse: [],
  scales,
  citations: ['ivancevich1980stress'],
};
