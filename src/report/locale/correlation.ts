/** Wording of the `correlation` analysis (Pearson's r, Spearman's rho): English and Bahasa Indonesia. */
import type { PAdjustMethod } from '../../stats/p-adjust.ts';
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
const ADJUST_NAMES: Record<PAdjustMethod, string> = {
  holm: 'Holm',
  bonferroni: 'Bonferroni',
  hochberg: 'Hochberg',
  bh: 'BH',
};

export const key = 'correlation';

const E = coreEn.fmt;

export const en = {
  caption: (labels: string[]) => `Correlations between ${coreEn.list(labels.map((l) => mid(l)))}`,
  columns: {
    x: 'Variable 1',
    y: 'Variable 2',
    n: 'n',
    r: 'r',
    rho: '\u03c1',
    ci: '95% CI',
    p: 'p',
    rhoP: 'p (\u03c1)',
  },
  symbol: (method: string): string => (method === 'pearson' ? 'r' : '\u03c1'),
  stat: (method: string, coef: number, df: number, p: number) =>
    `${method === 'pearson' ? 'r' : '\u03c1'}(${E.int(df)}) = ${E.bounded(coef)}, ${E.p(p)}`,
  withCi: (stat: string, lo: number, hi: number) => `${stat}, ${coreEn.ciBounded(lo, hi)}`,
  methodAdjust: (method: PAdjustMethod): string =>
    ({
      holm: 'The p values of the pairs were adjusted for multiple testing by Holm\u2019s step-down method [@holm1979simple].',
      bonferroni:
        'The p values of the pairs were adjusted for multiple testing by the Bonferroni method [@dunn1961means].',
      hochberg:
        'The p values of the pairs were adjusted for multiple testing by Hochberg\u2019s step-up method [@hochberg1988sharper].',
      bh: 'The p values of the pairs were adjusted for multiple testing by the Benjamini\u2013Hochberg false discovery rate method [@benjamini1995fdr].',
    })[method],
  pAdjusted: (method: PAdjustMethod): string => `p (${ADJUST_NAMES[method]})`,
  methodAuto:
    'Associations were measured with Pearson\u2019s correlation coefficient r [@pearson1896regression] when the Shapiro\u2013Wilk test [@shapiro1965normality] did not reject normality of any of the variables, and with Spearman\u2019s rank correlation \u03c1 [@spearman1904proof] otherwise; the 95% CI of r uses Fisher\u2019s z transformation.',
  methodFixed: (method: string, sensitivity: boolean) =>
    `Associations were measured with ${method === 'pearson' ? 'Pearson\u2019s correlation coefficient r [@pearson1896regression] (95% CI by Fisher\u2019s z transformation)' : 'Spearman\u2019s rank correlation \u03c1 [@spearman1904proof]'}, as planned${sensitivity ? '; because the Shapiro\u2013Wilk test [@shapiro1965normality] rejected normality of at least one variable, Spearman\u2019s \u03c1 [@spearman1904proof] is reported beside r as a sensitivity analysis' : ''}.`,
  checks: (normal: boolean, failed: string[]) =>
    normal
      ? 'The Shapiro\u2013Wilk test did not reject normality of any variable.'
      : `The Shapiro\u2013Wilk test rejected normality of ${coreEn.list(failed)}.`,
  pair: (x: string, y: string, significant: boolean, positive: boolean, stat: string) =>
    significant
      ? `${coreEn.cap(x)} and ${mid(y)} were significantly ${positive ? 'positively' : 'negatively'} correlated, ${stat}.`
      : `${coreEn.cap(x)} and ${mid(y)} were not significantly correlated, ${stat}.`,
  sensitivity: (stat: string) => `Spearman\u2019s \u03c1 (sensitivity analysis): ${stat}.`,
  tableRef: (ref: string) => `${ref} lists the coefficients.`,
  figure: {
    scatterCaption: (x: string, y: string, sample: { shown: number; n: number } | null) =>
      `Scatter plot of ${mid(y)} against ${mid(x)} (line: least-squares regression line${sample ? `; a systematic sample of ${E.int(sample.shown)} of the ${E.int(sample.n)} pairs is shown` : ''})`,
    scatterAlt: (
      x: string,
      y: string,
      n: number,
      coefficient: string,
      line: { intercept: number; slope: number } | null,
    ) =>
      `Scatter plot of ${E.int(n)} pairs of ${mid(x)} and ${mid(y)}, ${coefficient}${line ? `; least-squares line: ${mid(y)} = ${E.num(line.intercept)} ${line.slope < 0 ? '−' : '+'} ${E.num(Math.abs(line.slope))} × ${mid(x)}` : ''}.`,
    matrixCaption: (labels: string[], method: string, alpha: string, adjusted: PAdjustMethod | null) =>
      `Heat map of the ${method === 'pearson' ? 'Pearson' : 'Spearman'} correlations between ${coreEn.list(labels.map((l) => mid(l)))} (darker cells: stronger correlations; *p < ${alpha}${adjusted ? `, ${ADJUST_NAMES[adjusted]}-adjusted` : ''})`,
    matrixAlt: (parts: string[]) => `Heat map of the correlation coefficients: ${parts.join('; ')}.`,
    matrixAltPart: (x: string, y: string, coefficient: string) => `${x} and ${mid(y)}: ${coefficient}`,
    ref: (ref: string, scatter: boolean) =>
      scatter ? `${ref} shows the relationship.` : `${ref} shows the coefficients as a heat map.`,
  },
  noteMethod: (method: string): string =>
    method === 'pearson'
      ? 'r = Pearson\u2019s correlation; CI by Fisher\u2019s z transformation.'
      : '\u03c1 = Spearman\u2019s rank correlation.',
  noteSensitivity: '\u03c1 = Spearman\u2019s rank correlation (sensitivity analysis).',
  conclusion: (x: string, y: string, significant: boolean, positive: boolean) =>
    significant
      ? `${coreEn.cap(x)} and ${mid(y)} were significantly ${positive ? 'positively' : 'negatively'} correlated.`
      : `No significant correlation was found between ${mid(x)} and ${mid(y)}.`,
};

const I = coreId.fmt;

export const id: typeof en = {
  caption: (labels) => `Korelasi antara ${coreId.list(labels.map((l) => mid(l)))}`,
  columns: {
    x: 'Variabel 1',
    y: 'Variabel 2',
    n: 'n',
    r: 'r',
    rho: '\u03c1',
    ci: 'IK 95%',
    p: 'p',
    rhoP: 'p (\u03c1)',
  },
  symbol: (method) => (method === 'pearson' ? 'r' : '\u03c1'),
  stat: (method, coef, df, p) =>
    `${method === 'pearson' ? 'r' : '\u03c1'}(${I.int(df)}) = ${I.bounded(coef)}; ${I.p(p)}`,
  withCi: (stat, lo, hi) => `${stat}; ${coreId.ciBounded(lo, hi)}`,
  methodAdjust: (method) =>
    ({
      holm: 'Nilai p tiap pasangan disesuaikan untuk pengujian berganda dengan metode step-down Holm [@holm1979simple].',
      bonferroni:
        'Nilai p tiap pasangan disesuaikan untuk pengujian berganda dengan metode Bonferroni [@dunn1961means].',
      hochberg:
        'Nilai p tiap pasangan disesuaikan untuk pengujian berganda dengan metode step-up Hochberg [@hochberg1988sharper].',
      bh: 'Nilai p tiap pasangan disesuaikan untuk pengujian berganda dengan metode false discovery rate Benjamini\u2013Hochberg [@benjamini1995fdr].',
    })[method],
  pAdjusted: (method) => `p (${ADJUST_NAMES[method]})`,
  methodAuto:
    'Hubungan antarvariabel diukur dengan koefisien korelasi Pearson r [@pearson1896regression] bila uji Shapiro\u2013Wilk [@shapiro1965normality] tidak menolak normalitas semua variabel, dan dengan korelasi peringkat Spearman \u03c1 [@spearman1904proof] bila menolaknya; IK 95% untuk r dihitung dengan transformasi z Fisher.',
  methodFixed: (method, sensitivity) =>
    `Hubungan antarvariabel diukur dengan ${method === 'pearson' ? 'koefisien korelasi Pearson r [@pearson1896regression] (IK 95% dengan transformasi z Fisher)' : 'korelasi peringkat Spearman \u03c1 [@spearman1904proof]'} sesuai rencana analisis${sensitivity ? '; karena uji Shapiro\u2013Wilk [@shapiro1965normality] menolak normalitas sedikitnya satu variabel, \u03c1 Spearman [@spearman1904proof] dilaporkan di samping r sebagai analisis sensitivitas' : ''}.`,
  checks: (normal, failed) =>
    normal
      ? 'Uji Shapiro\u2013Wilk tidak menolak normalitas variabel mana pun.'
      : `Uji Shapiro\u2013Wilk menolak normalitas ${coreId.list(failed)}.`,
  pair: (x, y, significant, positive, stat) =>
    significant
      ? `${coreId.cap(x)} dan ${mid(y)} berkorelasi ${positive ? 'positif' : 'negatif'} secara signifikan, ${stat}.`
      : `${coreId.cap(x)} dan ${mid(y)} tidak berkorelasi secara signifikan, ${stat}.`,
  sensitivity: (stat) => `\u03c1 Spearman (analisis sensitivitas): ${stat}.`,
  tableRef: (ref) => `${ref} memuat koefisien korelasi tersebut.`,
  figure: {
    scatterCaption: (x, y, sample) =>
      `Diagram pencar ${mid(y)} terhadap ${mid(x)} (garis: garis regresi kuadrat terkecil${sample ? `; ditampilkan sampel sistematis ${I.int(sample.shown)} dari ${I.int(sample.n)} pasang data` : ''})`,
    scatterAlt: (x, y, n, coefficient, line) =>
      `Diagram pencar ${I.int(n)} pasang data ${mid(x)} dan ${mid(y)}, ${coefficient}${line ? `; garis kuadrat terkecil: ${mid(y)} = ${I.num(line.intercept)} ${line.slope < 0 ? '−' : '+'} ${I.num(Math.abs(line.slope))} × ${mid(x)}` : ''}.`,
    matrixCaption: (labels, method, alpha, adjusted) =>
      `Peta panas korelasi ${method === 'pearson' ? 'Pearson' : 'Spearman'} antara ${coreId.list(labels.map((l) => mid(l)))} (sel lebih gelap: korelasi lebih kuat; *p < ${alpha}${adjusted ? `, disesuaikan dengan metode ${ADJUST_NAMES[adjusted]}` : ''})`,
    matrixAlt: (parts) => `Peta panas koefisien korelasi: ${parts.join('; ')}.`,
    matrixAltPart: (x, y, coefficient) => `${x} dan ${mid(y)}: ${coefficient}`,
    ref: (ref, scatter) =>
      scatter ? `${ref} menampilkan hubungan tersebut.` : `${ref} menampilkan koefisien tersebut dalam peta panas.`,
  },
  noteMethod: (method) =>
    method === 'pearson'
      ? 'r = korelasi Pearson; IK dengan transformasi z Fisher.'
      : '\u03c1 = korelasi peringkat Spearman.',
  noteSensitivity: '\u03c1 = korelasi peringkat Spearman (analisis sensitivitas).',
  conclusion: (x, y, significant, positive) =>
    significant
      ? `${coreId.cap(x)} dan ${mid(y)} berkorelasi ${positive ? 'positif' : 'negatif'} secara signifikan.`
      : `Tidak ditemukan korelasi yang signifikan antara ${mid(x)} dan ${mid(y)}.`,
};
