/**
 * Wording of the built-in instrument library (src/instruments/library/): each
 * instrument's name, answer anchors, the clause describing it in the methods, and the
 * labels of its scales and score categories. The library keeps items, scoring and
 * cut-offs; every word a reader sees about an instrument is here.
 */

export interface InstrumentWords {
  /** Full name as the methods give it, e.g. "Perceived Stress Scale (PSS-10)". */
  name: string;
  /** The answer scale, e.g. "0 = never to 4 = very often". */
  anchors: string;
  /** What follows "… measured with the <name>, which": items, answers, scoring, categories. */
  description: string;
  /** Label of each scale, by its key ('' for a single-scale instrument). */
  scales: Record<string, string>;
  /** Label of each score category, by its code. */
  categories: Record<string, string>;
  /** Where the instrument's norms for the reliable change index come from. */
  normsNote?: string;
}

const dassEn = {
  anchors: '0 = did not apply to me at all to 3 = applied to me very much',
  scales: { depression: 'Depression', anxiety: 'Anxiety', stress: 'Stress' },
  categories: {
    normal: 'Normal',
    ringan: 'Mild',
    sedang: 'Moderate',
    berat: 'Severe',
    sangat_berat: 'Extremely severe',
  },
};

const sdsScalesEn = {
  role_ambiguity: 'Role ambiguity',
  role_conflict: 'Role conflict',
  quantitative_overload: 'Quantitative workload',
  qualitative_overload: 'Qualitative workload',
  career_development: 'Career development',
  responsibility: 'Responsibility for people',
};

export const en = {
  'pss-10': {
    name: 'Perceived Stress Scale (PSS-10)',
    anchors: '0 = never to 4 = very often',
    description:
      'has 10 items answered from 0 (never) to 4 (very often); items 4, 5, 7 and 8 are reverse-scored, giving a total of 0–40, categorised as low (0–13), moderate (14–26) and high (27–40)',
    scales: { '': 'Perceived stress' },
    categories: { rendah: 'Low', sedang: 'Moderate', berat: 'High' },
    normsNote: 'United States probability sample',
  },
  'dass-42': {
    ...dassEn,
    name: 'Depression Anxiety Stress Scales (DASS-42)',
    description:
      'has 42 items (14 each for depression, anxiety and stress) answered 0–3; each scale scores 0–42 and is categorised by the DASS manual',
  },
  'dass-42-stress': {
    ...dassEn,
    name: 'DASS-42 stress scale',
    description:
      'consists of the 14 stress items of the DASS-42 (items 1, 6, 8, 11, 12, 14, 18, 22, 27, 29, 32, 33, 35 and 39) answered 0–3; the total of 0–42 is categorised as normal (0–14), mild (15–18), moderate (19–25), severe (26–33) and extremely severe (≥ 34)',
    scales: { '': 'Stress' },
  },
  'dass-21': {
    ...dassEn,
    name: 'Depression Anxiety Stress Scales (DASS-21)',
    description:
      'has 21 items (7 per scale) answered 0–3; each scale sum is doubled to the DASS-42 metric and categorised by the DASS manual',
  },
  'stress-diagnostic-survey': {
    name: 'Stress Diagnostic Survey (SDS)',
    anchors: '1 = never a source of stress to 7 = always a source of stress',
    description:
      'has 30 items measuring six job stressors (role ambiguity, role conflict, quantitative workload, qualitative workload, career development and responsibility for people), five items each answered 1–7; each stressor scores 5–35, categorised as low (5–10) or moderate/high (11–35)',
    scales: sdsScalesEn,
    categories: { rendah: 'Low', sedang_berat: 'Moderate/high' },
  },
} satisfies Record<string, InstrumentWords>;

/** The wording of every library instrument in one language (the same instruments in each). */
export type InstrumentWording = Record<keyof typeof en, InstrumentWords>;

/** One instrument's wording; an instrument of the library without wording is a programming error. */
export function instrumentWords(wording: InstrumentWording, instrument: string): InstrumentWords {
  const words = new Map(Object.entries(wording)).get(instrument);
  if (!words) throw new Error(`the locale has no wording for the instrument "${instrument}"`);
  return words;
}

const dassId = {
  anchors: '0 = tidak sesuai dengan saya sama sekali sampai 3 = sangat sesuai dengan saya',
  scales: { depression: 'Depresi', anxiety: 'Kecemasan', stress: 'Stres' },
  categories: { normal: 'Normal', ringan: 'Ringan', sedang: 'Sedang', berat: 'Berat', sangat_berat: 'Sangat berat' },
};

export const id: InstrumentWording = {
  'pss-10': {
    name: 'Perceived Stress Scale (PSS-10)',
    anchors: '0 = tidak pernah sampai 4 = sangat sering',
    description:
      'terdiri atas 10 butir dengan skala jawaban 0 (tidak pernah) sampai 4 (sangat sering); butir 4, 5, 7 dan 8 diskor terbalik sehingga skor total berkisar 0–40, dengan kategori rendah (0–13), sedang (14–26) dan berat (27–40)',
    scales: { '': 'Stres yang dirasakan' },
    categories: { rendah: 'Rendah', sedang: 'Sedang', berat: 'Berat' },
    normsNote: 'sampel probabilitas Amerika Serikat',
  },
  'dass-42': {
    ...dassId,
    name: 'Depression Anxiety Stress Scales (DASS-42)',
    description:
      'terdiri atas 42 butir (14 per skala depresi, kecemasan dan stres) dengan jawaban 0–3; skor tiap skala berkisar 0–42 dan dikategorikan menurut manual DASS',
  },
  'dass-42-stress': {
    ...dassId,
    name: 'Skala stres DASS-42',
    description:
      'berupa 14 butir skala stres DASS-42 (butir 1, 6, 8, 11, 12, 14, 18, 22, 27, 29, 32, 33, 35 dan 39) dengan jawaban 0–3; skor total 0–42 dikategorikan normal (0–14), ringan (15–18), sedang (19–25), berat (26–33) dan sangat berat (≥ 34)',
    scales: { '': 'Stres' },
  },
  'dass-21': {
    ...dassId,
    name: 'Depression Anxiety Stress Scales (DASS-21)',
    description:
      'terdiri atas 21 butir (7 per skala) dengan jawaban 0–3; jumlah tiap skala dikalikan dua agar setara dengan DASS-42 lalu dikategorikan menurut manual DASS',
  },
  'stress-diagnostic-survey': {
    name: 'Stress Diagnostic Survey (SDS)',
    anchors: '1 = tidak pernah menjadi sumber stres sampai 7 = selalu menjadi sumber stres',
    description:
      'terdiri atas 30 butir yang mengukur enam stresor kerja (ketaksaan peran, konflik peran, beban kerja kuantitatif, beban kerja kualitatif, pengembangan karier dan tanggung jawab terhadap orang lain), masing-masing lima butir dengan jawaban 1–7; skor tiap stresor 5–35 dikategorikan rendah (5–10) atau sedang/berat (11–35)',
    scales: {
      role_ambiguity: 'Ketaksaan peran',
      role_conflict: 'Konflik peran',
      quantitative_overload: 'Beban kerja kuantitatif',
      qualitative_overload: 'Beban kerja kualitatif',
      career_development: 'Pengembangan karier',
      responsibility: 'Tanggung jawab terhadap orang lain',
    },
    categories: { rendah: 'Rendah', sedang_berat: 'Sedang/berat' },
  },
};
