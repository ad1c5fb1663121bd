import type { Instrument } from '../types.ts';

/**
 * Perceived Stress Scale, 10 items (Cohen, Kamarck & Mermelstein, 1983). Items 4, 5, 7, 8
 * are positively worded and reverse-scored. The 0–13 / 14–26 / 27–40 bands are the ones
 * used in Indonesian practice. Normative SD 6.35 and α = .78 are from the 1983 US
 * probability sample (Cohen & Williamson, 1988), used for the reliable change index.
 */
export const pss10: Instrument = {
  id: 'pss-10',
  name: { id: 'Perceived Stress Scale (PSS-10)', en: 'Perceived Stress Scale (PSS-10)' },
  abbreviation: 'PSS-10',
  nItems: 10,
  itemRange: [0, 4],
  anchors: { id: '0 = tidak pernah sampai 4 = sangat sering', en: '0 = never to 4 = very often' },
  reverse: [4, 5, 7, 8],
  scales: [
    {
      key: '',
      label: { id: 'Stres yang dirasakan', en: 'Perceived stress' },
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      range: [0, 40],
      categories: [
        { code: 'rendah', from: 0, to: 13, label: { id: 'Rendah', en: 'Low' } },
        { code: 'sedang', from: 14, to: 26, label: { id: 'Sedang', en: 'Moderate' } },
        { code: 'berat', from: 27, to: 40, label: { id: 'Berat', en: 'High' } },
      ],
    },
  ],
  citations: ['cohen1983pss'],
  norms: {
    sd: 6.35,
    reliability: 0.78,
    source: 'cohen1988norms',
    note: { id: 'sampel probabilitas Amerika Serikat', en: 'United States probability sample' },
  },
  description: {
    id: 'terdiri atas 10 butir dengan skala jawaban 0 (tidak pernah) sampai 4 (sangat sering); butir 4, 5, 7 dan 8 diskor terbalik sehingga skor total berkisar 0–40, dengan kategori rendah (0–13), sedang (14–26) dan berat (27–40)',
    en: 'has 10 items answered from 0 (never) to 4 (very often); items 4, 5, 7 and 8 are reverse-scored, giving a total of 0–40, categorised as low (0–13), moderate (14–26) and high (27–40)',
  },
};
