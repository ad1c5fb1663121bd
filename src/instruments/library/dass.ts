import type { CategoryCut, Instrument, Scale } from '../types.ts';

/**
 * Depression Anxiety Stress Scales (Lovibond & Lovibond, 1995). Items are answered 0–3
 * and none is reversed. Severity bands are those of the DASS manual, on the DASS-42
 * metric (DASS-21 sums are doubled to that metric, as the manual prescribes).
 */
const band = (code: string, from: number, to: number, id: string, en: string): CategoryCut => ({
  code,
  from,
  to,
  label: { id, en },
});

function bands(cuts: [number, number, number, number], max: number): CategoryCut[] {
  const [mild, moderate, severe, extreme] = cuts;
  return [
    band('normal', 0, mild - 1, 'Normal', 'Normal'),
    band('ringan', mild, moderate - 1, 'Ringan', 'Mild'),
    band('sedang', moderate, severe - 1, 'Sedang', 'Moderate'),
    band('berat', severe, extreme - 1, 'Berat', 'Severe'),
    band('sangat_berat', extreme, max, 'Sangat berat', 'Extremely severe'),
  ];
}

/** DASS-42 item numbers of each scale (manual, p. 2). */
const DASS42_ITEMS = {
  depression: [3, 5, 10, 13, 16, 17, 21, 24, 26, 31, 34, 37, 38, 42],
  anxiety: [2, 4, 7, 9, 15, 19, 20, 23, 25, 28, 30, 36, 40, 41],
  stress: [1, 6, 8, 11, 12, 14, 18, 22, 27, 29, 32, 33, 35, 39],
};
const DASS21_ITEMS = {
  depression: [3, 5, 10, 13, 16, 17, 21],
  anxiety: [2, 4, 7, 9, 15, 19, 20],
  stress: [1, 6, 8, 11, 12, 14, 18],
};
/** Lower bounds of mild, moderate, severe, extremely severe (DASS-42 metric). */
const CUTS = {
  depression: [10, 14, 21, 28] as [number, number, number, number],
  anxiety: [8, 10, 15, 20] as [number, number, number, number],
  stress: [15, 19, 26, 34] as [number, number, number, number],
};
const LABELS = {
  depression: { id: 'Depresi', en: 'Depression' },
  anxiety: { id: 'Kecemasan', en: 'Anxiety' },
  stress: { id: 'Stres', en: 'Stress' },
};

const scales = (items: Record<keyof typeof CUTS, number[]>, multiplier: number): Scale[] =>
  (Object.keys(CUTS) as (keyof typeof CUTS)[]).map((key) => ({
    key,
    label: LABELS[key],
    items: items[key],
    multiplier,
    range: [0, 42],
    categories: bands(CUTS[key], 42),
  }));

const anchors = {
  id: '0 = tidak sesuai dengan saya sama sekali sampai 3 = sangat sesuai dengan saya',
  en: '0 = did not apply to me at all to 3 = applied to me very much',
};

export const dass42: Instrument = {
  id: 'dass-42',
  name: { id: 'Depression Anxiety Stress Scales (DASS-42)', en: 'Depression Anxiety Stress Scales (DASS-42)' },
  abbreviation: 'DASS-42',
  nItems: 42,
  itemRange: [0, 3],
  anchors,
  reverse: [],
  scales: scales(DASS42_ITEMS, 1),
  citations: ['lovibond1995manual', 'lovibond1995structure'],
  description: {
    id: 'terdiri atas 42 butir (14 per skala depresi, kecemasan dan stres) dengan jawaban 0–3; skor tiap skala berkisar 0–42 dan dikategorikan menurut manual DASS',
    en: 'has 42 items (14 each for depression, anxiety and stress) answered 0–3; each scale scores 0–42 and is categorised by the DASS manual',
  },
};

/** The 14 stress items of the DASS-42 used on their own (in DASS-42 order: 1, 6, 8, …, 39). */
export const dass42Stress: Instrument = {
  id: 'dass-42-stress',
  name: { id: 'Skala stres DASS-42', en: 'DASS-42 stress scale' },
  abbreviation: 'DASS-42',
  nItems: 14,
  itemRange: [0, 3],
  anchors,
  reverse: [],
  scales: [
    {
      key: '',
      label: LABELS.stress,
      items: Array.from({ length: 14 }, (_, i) => i + 1),
      range: [0, 42],
      categories: bands(CUTS.stress, 42),
    },
  ],
  citations: ['lovibond1995manual'],
  description: {
    id: 'berupa 14 butir skala stres DASS-42 (butir 1, 6, 8, 11, 12, 14, 18, 22, 27, 29, 32, 33, 35 dan 39) dengan jawaban 0–3; skor total 0–42 dikategorikan normal (0–14), ringan (15–18), sedang (19–25), berat (26–33) dan sangat berat (≥ 34)',
    en: 'consists of the 14 stress items of the DASS-42 (items 1, 6, 8, 11, 12, 14, 18, 22, 27, 29, 32, 33, 35 and 39) answered 0–3; the total of 0–42 is categorised as normal (0–14), mild (15–18), moderate (19–25), severe (26–33) and extremely severe (≥ 34)',
  },
};

export const dass21: Instrument = {
  id: 'dass-21',
  name: { id: 'Depression Anxiety Stress Scales (DASS-21)', en: 'Depression Anxiety Stress Scales (DASS-21)' },
  abbreviation: 'DASS-21',
  nItems: 21,
  itemRange: [0, 3],
  anchors,
  reverse: [],
  scales: scales(DASS21_ITEMS, 2),
  citations: ['lovibond1995manual'],
  description: {
    id: 'terdiri atas 21 butir (7 per skala) dengan jawaban 0–3; jumlah tiap skala dikalikan dua agar setara dengan DASS-42 lalu dikategorikan menurut manual DASS',
    en: 'has 21 items (7 per scale) answered 0–3; each scale sum is doubled to the DASS-42 metric and categorised by the DASS manual',
  },
};
