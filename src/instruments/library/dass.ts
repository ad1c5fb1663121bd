import type { CategoryCut, Instrument, Scale } from '../types.ts';

/**
 * Depression Anxiety Stress Scales (Lovibond & Lovibond, 1995). Items are answered 0–3
 * and none is reversed. Severity bands are those of the DASS manual, on the DASS-42
 * metric (DASS-21 sums are doubled to that metric, as the manual prescribes).
 */
const band = (code: string, from: number, to: number): CategoryCut => ({ code, from, to });

function bands(cuts: [number, number, number, number], max: number): CategoryCut[] {
  const [mild, moderate, severe, extreme] = cuts;
  return [
    band('normal', 0, mild - 1),
    band('ringan', mild, moderate - 1),
    band('sedang', moderate, severe - 1),
    band('berat', severe, extreme - 1),
    band('sangat_berat', extreme, max),
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
const scales = (items: Record<keyof typeof CUTS, number[]>, multiplier: number): Scale[] =>
  (Object.keys(CUTS) as (keyof typeof CUTS)[]).map((key) => ({
    key,
    items: items[key],
    multiplier,
    range: [0, 42],
    categories: bands(CUTS[key], 42),
  }));

export const dass42: Instrument = {
  id: 'dass-42',
  abbreviation: 'DASS-42',
  nItems: 42,
  itemRange: [0, 3],
  reverse: [],
  scales: scales(DASS42_ITEMS, 1),
  citations: ['lovibond1995manual', 'lovibond1995structure'],
};

/** The 14 stress items of the DASS-42 used on their own (in DASS-42 order: 1, 6, 8, …, 39). */
export const dass42Stress: Instrument = {
  id: 'dass-42-stress',
  abbreviation: 'DASS-42',
  nItems: 14,
  itemRange: [0, 3],
  reverse: [],
  scales: [
    {
      key: '',
      items: Array.from({ length: 14 }, (_, i) => i + 1),
      range: [0, 42],
      categories: bands(CUTS.stress, 42),
    },
  ],
  citations: ['lovibond1995manual'],
};

export const dass21: Instrument = {
  id: 'dass-21',
  abbreviation: 'DASS-21',
  nItems: 21,
  itemRange: [0, 3],
  reverse: [],
  scales: scales(DASS21_ITEMS, 2),
  citations: ['lovibond1995manual'],
};
