import type { Instrument, Scale } from '../types.ts';

/**
 * Stress Diagnostic Survey (Ivancevich & Matteson, 1980), 30-item form with six job
 * stressors of five items each: stressor k is items k, k+6, k+12, k+18, k+24, answered
 * 1 (never a source of stress) to 7 (always). Score 5–35 per stressor; 5–10 rendah (low),
 * 11–35 sedang/berat (moderate/high), as in the Indonesian studies that use it.
 */
const STRESSORS: [string, string, string][] = [
  ['role_ambiguity', 'Ketaksaan peran', 'Role ambiguity'],
  ['role_conflict', 'Konflik peran', 'Role conflict'],
  ['quantitative_overload', 'Beban kerja kuantitatif', 'Quantitative workload'],
  ['qualitative_overload', 'Beban kerja kualitatif', 'Qualitative workload'],
  ['career_development', 'Pengembangan karier', 'Career development'],
  ['responsibility', 'Tanggung jawab terhadap orang lain', 'Responsibility for people'],
];

const scales: Scale[] = STRESSORS.map(([key, id, en], i) => ({
  key,
  label: { id, en },
  items: [0, 6, 12, 18, 24].map((o) => i + 1 + o),
  range: [5, 35],
  categories: [
    { code: 'rendah', from: 5, to: 10, label: { id: 'Rendah', en: 'Low' } },
    { code: 'sedang_berat', from: 11, to: 35, label: { id: 'Sedang/berat', en: 'Moderate/high' } },
  ],
}));

export const stressDiagnosticSurvey: Instrument = {
  id: 'stress-diagnostic-survey',
  name: { id: 'Stress Diagnostic Survey (SDS)', en: 'Stress Diagnostic Survey (SDS)' },
  abbreviation: 'SDS',
  nItems: 30,
  itemRange: [1, 7],
  anchors: {
    id: '1 = tidak pernah menjadi sumber stres sampai 7 = selalu menjadi sumber stres',
    en: '1 = never a source of stress to 7 = always a source of stress',
  },
  reverse: [],
  scales,
  citations: ['ivancevich1980stress'],
  description: {
    id: 'terdiri atas 30 butir yang mengukur enam stresor kerja (ketaksaan peran, konflik peran, beban kerja kuantitatif, beban kerja kualitatif, pengembangan karier dan tanggung jawab terhadap orang lain), masing-masing lima butir dengan jawaban 1–7; skor tiap stresor 5–35 dikategorikan rendah (5–10) atau sedang/berat (11–35)',
    en: 'has 30 items measuring six job stressors (role ambiguity, role conflict, quantitative workload, qualitative workload, career development and responsibility for people), five items each answered 1–7; each stressor scores 5–35, categorised as low (5–10) or moderate/high (11–35)',
  },
};
