/** Wording of the `normality` analysis (SPSS's "Tests of Normality"): English and Bahasa Indonesia. */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';
import { midSentence as mid } from './format.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'normality';

const E = coreEn.fmt;

export const en = {
  caption: (labels: string[]) => `Tests of normality of ${coreEn.list(labels.map((l) => mid(l)))}`,
  columns: {
    ks: 'Kolmogorov\u2013Smirnov (Lilliefors)',
    sw: 'Shapiro\u2013Wilk',
    statistic: 'Statistic',
    df: 'df',
    p: 'p',
  },
  noteLilliefors: (bound: number) =>
    `Kolmogorov\u2013Smirnov test with the Lilliefors significance correction; p is computed (Dallal\u2013Wilkinson approximation), whereas SPSS prints p > ${E.bounded(bound, 3)} as \u201c${E.bounded(bound, 3)}\u201d, a lower bound of the true significance.`,
  noteUntestable: 'A dash marks a test that needs more observations than the group has.',
  methods: (labels: string[], byGroup: boolean) =>
    `Normality of ${coreEn.list(labels.map((l) => mid(l)))}${byGroup ? ' within each group' : ''} was examined with the Kolmogorov\u2013Smirnov test with the Lilliefors correction [@lilliefors1967ks] and the Shapiro\u2013Wilk test [@shapiro1965normality]; the Shapiro\u2013Wilk test, the more powerful of the two in small samples, is the one the choice of tests relies on.`,
  target: (label: string, group: string | undefined) => (group ? `${mid(label)} in the ${group} group` : mid(label)),
  statSw: (w: number, p: number) => `W = ${E.num(w)}, ${E.p(p)}`,
  statKs: (d: number, p: number) => `D = ${E.num(d)}, ${E.p(p)}`,
  tableShows: (ref: string) => `${ref} shows the tests of normality.`,
  bothRejected: (target: string, sw: string, ks: string) =>
    `Both tests rejected normality of ${target} (Shapiro\u2013Wilk: ${sw}; Kolmogorov\u2013Smirnov: ${ks}).`,
  swOnly: (target: string, sw: string, ks: string) =>
    `The Shapiro\u2013Wilk test rejected normality of ${target} (${sw}), whereas the Kolmogorov\u2013Smirnov test did not (${ks}).`,
  ksOnly: (target: string, sw: string, ks: string) =>
    `The Kolmogorov\u2013Smirnov test rejected normality of ${target} (${ks}), whereas the Shapiro\u2013Wilk test did not (${sw}).`,
  noneOther: (alpha: number) =>
    `Neither test rejected normality of the other distributions at \u03b1 = ${E.bounded(alpha)}.`,
  noneAll: (alpha: number) => `Neither test rejected normality of any distribution at \u03b1 = ${E.bounded(alpha)}.`,
  figure: {
    caption: (labels: string[], by: string | null, sampled: boolean, panels: number) =>
      `Normal Q–Q plot${panels > 1 ? 's' : ''} of ${coreEn.list(labels.map(mid))}${by ? ` by ${mid(by)}` : ''} (points: observed values against the quantiles expected under normality; line: the normal distribution with the sample’s mean and SD${sampled ? '; large samples are shown by evenly spaced order statistics' : ''})`,
    axisX: 'Expected normal quantile (z)',
    alt: (parts: string[]) => `Normal Q–Q plot${parts.length > 1 ? 's' : ''}: ${parts.join('; ')}.`,
    altPart: (target: string, n: number, sw: string | null) => `${target} (n = ${E.int(n)}${sw ? `, ${sw}` : ''})`,
    ref: (ref: string, panels: number) => `${ref} shows the normal Q–Q plot${panels > 1 ? 's' : ''}.`,
  },
  untestable: (target: string) => `Normality of ${target} could not be tested.`,
};

const I = coreId.fmt;

export const id: typeof en = {
  caption: (labels) => `Uji normalitas ${coreId.list(labels.map((l) => mid(l)))}`,
  columns: {
    ks: 'Kolmogorov\u2013Smirnov (Lilliefors)',
    sw: 'Shapiro\u2013Wilk',
    statistic: 'Statistik',
    df: 'df',
    p: 'p',
  },
  noteLilliefors: (bound) =>
    `Uji Kolmogorov\u2013Smirnov dengan koreksi signifikansi Lilliefors; p dihitung (pendekatan Dallal\u2013Wilkinson), sedangkan SPSS mencetak p > ${I.bounded(bound, 3)} sebagai \u201c${I.bounded(bound, 3)}\u201d, yaitu batas bawah signifikansi sebenarnya.`,
  noteUntestable: 'Tanda pisah menandai uji yang memerlukan lebih banyak pengamatan daripada yang dimiliki kelompok.',
  methods: (labels, byGroup) =>
    `Normalitas ${coreId.list(labels.map((l) => mid(l)))}${byGroup ? ' dalam tiap kelompok' : ''} diperiksa dengan uji Kolmogorov\u2013Smirnov dengan koreksi Lilliefors [@lilliefors1967ks] dan uji Shapiro\u2013Wilk [@shapiro1965normality]; uji Shapiro\u2013Wilk, yang lebih kuat di antara keduanya pada sampel kecil, menjadi dasar pemilihan uji statistik.`,
  target: (label, group) => (group ? `${mid(label)} pada kelompok ${group}` : mid(label)),
  statSw: (w, p) => `W = ${I.num(w)}; ${I.p(p)}`,
  statKs: (d, p) => `D = ${I.num(d)}; ${I.p(p)}`,
  tableShows: (ref) => `${ref} menyajikan hasil uji normalitas.`,
  bothRejected: (target, sw, ks) =>
    `Kedua uji menolak normalitas ${target} (Shapiro\u2013Wilk: ${sw}; Kolmogorov\u2013Smirnov: ${ks}).`,
  swOnly: (target, sw, ks) =>
    `Uji Shapiro\u2013Wilk menolak normalitas ${target} (${sw}), sedangkan uji Kolmogorov\u2013Smirnov tidak menolaknya (${ks}).`,
  ksOnly: (target, sw, ks) =>
    `Uji Kolmogorov\u2013Smirnov menolak normalitas ${target} (${ks}), sedangkan uji Shapiro\u2013Wilk tidak menolaknya (${sw}).`,
  noneOther: (alpha) => `Tidak ada uji yang menolak normalitas distribusi lainnya pada \u03b1 = ${I.bounded(alpha)}.`,
  noneAll: (alpha) => `Tidak ada uji yang menolak normalitas distribusi mana pun pada \u03b1 = ${I.bounded(alpha)}.`,
  figure: {
    caption: (labels, by, sampled, _panels) =>
      `Diagram Q–Q normal ${coreId.list(labels.map(mid))}${by ? ` menurut ${mid(by)}` : ''} (titik: nilai teramati terhadap kuantil yang diharapkan bila data berdistribusi normal; garis: distribusi normal dengan rerata dan SD sampel${sampled ? '; sampel besar ditampilkan dengan statistik urutan berjarak sama' : ''})`,
    axisX: 'Kuantil normal harapan (z)',
    alt: (parts) => `Diagram Q–Q normal: ${parts.join('; ')}.`,
    altPart: (target, n, sw) => `${target} (n = ${I.int(n)}${sw ? `; ${sw}` : ''})`,
    ref: (ref, _panels) => `${ref} menampilkan diagram Q–Q normalnya.`,
  },
  untestable: (target) => `Normalitas ${target} tidak dapat diuji.`,
};
