import type { Instrument } from '../types.ts';

/**
 * Perceived Stress Scale, 10 items (Cohen, Kamarck & Mermelstein, 1983). Items 4, 5, 7, 8
 * are positively worded and reverse-scored. The 0–13 / 14–26 / 27–40 bands are the ones
 * used in Indonesian practice. Normative SD 6.35 and α = .78 are from the 1983 US
 * probability sample (Cohen & Williamson, 1988), used for the reliable change index.
 */
export const pss10: Instrument = {
  id: 'pss-10',
  abbreviation: 'PSS-10',
  nItems: 10,
  itemRange: [0, 4],
  reverse: [4, 5, 7, 8],
  scales: [
    {
      key: '',
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      range: [0, 40],
      categories: [
        { code: 'rendah', from: 0, to: 13 },
        { code: 'sedang', from: 14, to: 26 },
        { code: 'berat', from: 27, to: 40 },
      ],
    },
  ],
  citations: ['cohen1983pss'],
  norms: {
    sd: 6.35,
    reliability: 0.78,
    source: 'cohen1988norms',
  },
};
