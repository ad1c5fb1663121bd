/**
 * Wording of the reliable change analysis (Jacobson–Truax RCI) in English and Bahasa
 * Indonesia. Numbers arrive as numbers and are formatted here with the language's APA
 * formats; changes and RCIs carry an explicit sign (+4, −1.90) because their sign is the
 * finding.
 */
import { en as coreEn } from './en.ts';
import { id as coreId } from './id.ts';

/** The analysis type this wording belongs to: its key in a Locale's `units` (index.ts). */
export const key = 'reliable-change';

/** One participant's change, as the sentences need it. */
export interface ChangeRow {
  label: string;
  pre: number;
  post: number;
  change: number;
  rci: number;
  reliable: boolean;
  direction: 'decrease' | 'increase' | 'none';
  /** Category labels (lower case in sentences), when the score has categories. */
  catPre?: string;
  catPost?: string;
}

/** Norms as the methods name them. */
export interface NormsText {
  /** Instrument name, e.g. "Perceived Stress Scale (PSS-10)"; empty for study-given norms. */
  instrument: string;
  sd: number;
  reliability: number;
  sDiff: number;
  criterion: number;
  /** criterion · S_diff: the smallest reliable change in score points. */
  threshold: number;
  /** Citation Markdown, e.g. "[@cohen1988norms]", or empty. */
  cite: string;
  /** Where the norms come from, e.g. "United States probability sample", or empty. */
  note: string;
}

const f = coreEn.fmt;
const signedEn = (x: number, digits = 2) =>
  x > 0 && f.num(x, digits) !== f.num(0, digits) ? `+${f.num(x, digits)}` : f.num(x, digits);
const cat = (c: string | undefined) => (c ? ` (${c.toLowerCase()})` : '');

export const en = {
  signed: signedEn,
  /** Default outcome words when the analysis gives none: "PSS-10 score". */
  scoreOf: (abbreviation: string) => `${abbreviation} score`,
  test: 'reliable change index',
  columns: {
    participant: coreEn.columns.participant,
    score: 'Score',
    category: 'Category',
    before: coreEn.columns.before,
    after: coreEn.columns.after,
    change: coreEn.columns.change,
    rci: coreEn.columns.rci,
    reliable: coreEn.columns.reliable,
  },
  yesNo: (b: boolean): string => (b ? 'Yes' : 'No'),
  caption: (outcome: string, before: string, after: string) =>
    `${coreEn.cap(outcome)} of each participant ${before} and ${after}, change and reliable change index`,
  captionFigure: (outcome: string, before: string, after: string) =>
    `${coreEn.cap(outcome)} of each participant ${before} and ${after}`,
  alt: (outcome: string, parts: string[]) =>
    `Line chart of the ${outcome}, one line per participant: ${coreEn.list(parts)}.`,
  altPart: (label: string, pre: number, post: number) => `${label} from ${f.num(pre, 0)} to ${f.num(post, 0)}`,
  note: (sDiff: number, criterion: number, threshold: number, bands: string) =>
    `Change = after − before. RCI = change/S_diff with S_diff = ${f.num(sDiff)} (see Method); a change is reliable when |RCI| > ${f.num(criterion)}, that is, when it exceeds ${f.num(threshold)} points.${bands ? ` Categories: ${bands}.` : ''}`,
  band: (label: string, from: number, to: number) => `${label.toLowerCase()} ${f.int(from)}–${f.int(to)}`,
  figureOccasion: (which: 'before' | 'after'): string => (which === 'before' ? 'Before' : 'After'),
  figureParticipant: 'Participant',

  methods: (n: NormsText) =>
    `Change in each participant was evaluated with the Jacobson–Truax reliable change index [@jacobson1991rci], RCI = (x_after − x_before)/S_diff, where S_diff = √2 · SE is the standard error of the difference and SE = SD · √(1 − r_xx) the standard error of measurement. ` +
    (n.instrument
      ? `For the ${n.instrument}, the normative SD = ${f.num(n.sd)} and reliability r_xx = ${f.bounded(n.reliability)}${n.note ? ` from a ${n.note}` : ''}${n.cite ? ` ${n.cite}` : ''} were used, `
      : `The SD = ${f.num(n.sd)} and reliability r_xx = ${f.bounded(n.reliability)} given for this score were used${n.cite ? ` ${n.cite}` : ''}, `) +
    `which gives S_diff = ${f.num(n.sDiff)} points. A change is called reliable when |RCI| > ${f.num(n.criterion)}, that is, when it exceeds ${f.num(n.threshold)} points and is thus larger than measurement error alone would produce with 95% probability.`,
  methodsNoTest: (n: number) =>
    `No significance test of the change across participants is reported: with n = ${f.int(n)} a paired test has almost no power, and its *p*-value would say nothing about any individual participant; each participant's change is described instead.`,
  /** The same reason when the study does run a test elsewhere (e.g. a paired test beside the RCI). */
  methodsWhyIndividual: (n: number) =>
    `Change is described participant by participant because with n = ${f.int(n)} a significance test of the change across participants has almost no power, and its *p*-value would say nothing about any individual participant.`,

  resultsIntro: (n: number, table: string, figure: string) =>
    `${table} lists the scores of each of the ${f.int(n)} participants before and after, their change and the reliable change index; ${figure} shows each participant's scores.`,
  /** The table alone, with `figure: false`. */
  resultsIntroTable: (n: number, table: string) =>
    `${table} lists the scores of each of the ${f.int(n)} participants before and after, their change and the reliable change index.`,
  participant: (p: ChangeRow, outcome: string, before: string, after: string, criterion: number, first: boolean) => {
    const subject = first ? `the ${outcome}` : 'the score';
    const when = (x: number, c: string | undefined, w: string) => `${f.num(x, 0)}${cat(c)}${first ? ` ${w}` : ''}`;
    // Only a reliable change gets its verdict here; the summary sentence covers the rest.
    const verdict = p.reliable
      ? `; this is a reliable ${p.direction === 'decrease' ? 'decrease' : 'increase'} (|RCI| > ${f.num(criterion)})`
      : '';
    if (p.direction === 'none')
      return `For ${p.label}, ${subject} did not change (${f.num(p.pre, 0)}${cat(p.catPre)} before and after; RCI = ${signedEn(p.rci)}).`;
    const verb = p.direction === 'decrease' ? 'decreased' : 'increased';
    return `For ${p.label}, ${subject} ${verb} from ${when(p.pre, p.catPre, before)} to ${when(p.post, p.catPost, after)}, a change of ${signedEn(p.change, 0)} points (RCI = ${signedEn(p.rci)})${verdict}.`;
  },
  summary: (nDec: number, nInc: number, nNone: number, nRel: number, n: number, criterion: number) => {
    const dirs = [
      nDec ? `decreased for ${f.int(nDec)}` : '',
      nInc ? `increased for ${f.int(nInc)}` : '',
      nNone ? `did not change for ${f.int(nNone)}` : '',
    ].filter(Boolean);
    const rel =
      nRel === 0
        ? `none of the ${f.int(n)} changes exceeded the criterion of |RCI| > ${f.num(criterion)}, so none can be distinguished from measurement error`
        : `${f.int(nRel)} of the ${f.int(n)} changes exceeded the criterion of |RCI| > ${f.num(criterion)}`;
    return `Thus the scores ${coreEn.list(dirs)} of the ${f.int(n)} participants; ${rel}.`;
  },
  abstract: (
    outcome: string,
    parts: { dec: string[]; inc: string[]; none: string[] },
    nRel: number,
    n: number,
    criterion: number,
  ) => {
    const s = [
      parts.dec.length ? `decreased for ${coreEn.list(parts.dec)}` : '',
      parts.inc.length ? `increased for ${coreEn.list(parts.inc)}` : '',
      parts.none.length ? `did not change for ${coreEn.list(parts.none)}` : '',
    ].filter(Boolean);
    const rel =
      nRel === 0
        ? `none of the changes was reliable (|RCI| ≤ ${f.num(criterion)})`
        : `${f.int(nRel)} of the ${f.int(n)} changes ${nRel === 1 ? 'was' : 'were'} reliable`;
    return `The ${outcome} ${coreEn.list(s)}; ${rel}.`;
  },
  abstractPart: (p: ChangeRow) => `${p.label} (${f.num(p.pre, 0)} → ${f.num(p.post, 0)}, RCI = ${signedEn(p.rci)})`,
  conclusion: (
    outcome: string,
    nDec: number,
    nInc: number,
    n: number,
    reliableDec: string[],
    reliableInc: string[],
  ) => {
    const dirs = [nDec ? `decreased for ${f.int(nDec)}` : '', nInc ? `increased for ${f.int(nInc)}` : ''].filter(
      Boolean,
    );
    const head = dirs.length
      ? `The ${outcome} ${coreEn.list(dirs)} of the ${f.int(n)} participants`
      : `The ${outcome} did not change for any of the ${f.int(n)} participants`;
    if (!reliableDec.length && !reliableInc.length)
      return `${head}, but no change exceeded the reliable change criterion: the observed changes cannot be distinguished from measurement error.`;
    const rel = [
      reliableDec.length ? `a reliable decrease for ${coreEn.list(reliableDec)}` : '',
      reliableInc.length ? `a reliable increase for ${coreEn.list(reliableInc)}` : '',
    ].filter(Boolean);
    return `${head}, with ${coreEn.list(rel)}.`;
  },
  stat: (sDiff: number, criterion: number) => `S_diff = ${f.num(sDiff)}, reliable when |RCI| > ${f.num(criterion)}`,
  failed: (reason: string) => `The reliable change index could not be computed: ${reason}.`,
};

const g = coreId.fmt;
const signedId = (x: number, digits = 2) =>
  x > 0 && g.num(x, digits) !== g.num(0, digits) ? `+${g.num(x, digits)}` : g.num(x, digits);

export const id: typeof en = {
  signed: signedId,
  scoreOf: (abbreviation) => `skor ${abbreviation}`,
  test: 'indeks perubahan reliabel',
  columns: {
    participant: coreId.columns.participant,
    score: 'Skor',
    category: 'Kategori',
    before: coreId.columns.before,
    after: coreId.columns.after,
    change: coreId.columns.change,
    rci: coreId.columns.rci,
    reliable: coreId.columns.reliable,
  },
  yesNo: (b) => (b ? 'Ya' : 'Tidak'),
  caption: (outcome, before, after) =>
    `${coreId.cap(outcome)} setiap partisipan ${before} dan ${after}, perubahan dan indeks perubahan reliabel`,
  captionFigure: (outcome, before, after) => `${coreId.cap(outcome)} setiap partisipan ${before} dan ${after}`,
  alt: (outcome, parts) => `Diagram garis ${outcome}, satu garis per partisipan: ${coreId.list(parts)}.`,
  altPart: (label, pre, post) => `${label} dari ${g.num(pre, 0)} menjadi ${g.num(post, 0)}`,
  note: (sDiff, criterion, threshold, bands) =>
    `Perubahan = sesudah − sebelum. RCI = perubahan/S_diff dengan S_diff = ${g.num(sDiff)} (lihat Metode); perubahan reliabel bila |RCI| > ${g.num(criterion)}, yaitu bila besarnya melebihi ${g.num(threshold)} poin.${bands ? ` Kategori: ${bands}.` : ''}`,
  band: (label, from, to) => `${label.toLowerCase()} ${g.int(from)}–${g.int(to)}`,
  figureOccasion: (which) => (which === 'before' ? 'Sebelum' : 'Sesudah'),
  figureParticipant: 'Partisipan',

  methods: (n) =>
    `Perubahan pada setiap partisipan dinilai dengan indeks perubahan reliabel (reliable change index, RCI) Jacobson–Truax [@jacobson1991rci], RCI = (x_sesudah − x_sebelum)/S_diff, dengan S_diff = √2 · SE sebagai galat baku selisih dan SE = SD · √(1 − r_xx) sebagai galat baku pengukuran. ` +
    (n.instrument
      ? `Untuk ${n.instrument} digunakan SD normatif = ${g.num(n.sd)} dan reliabilitas r_xx = ${g.bounded(n.reliability)}${n.note ? ` dari ${n.note}` : ''}${n.cite ? ` ${n.cite}` : ''}, `
      : `Digunakan SD = ${g.num(n.sd)} dan reliabilitas r_xx = ${g.bounded(n.reliability)} yang ditetapkan untuk skor ini${n.cite ? ` ${n.cite}` : ''}, `) +
    `sehingga S_diff = ${g.num(n.sDiff)} poin. Perubahan disebut reliabel bila |RCI| > ${g.num(n.criterion)}, yaitu bila besarnya melebihi ${g.num(n.threshold)} poin sehingga lebih besar daripada yang dapat ditimbulkan oleh galat pengukuran saja dengan probabilitas 95%.`,
  methodsNoTest: (n) =>
    `Uji signifikansi atas perubahan seluruh partisipan tidak dilaporkan: dengan n = ${g.int(n)}, uji berpasangan hampir tidak memiliki kuasa statistik dan nilai *p*-nya tidak menjelaskan apa pun tentang partisipan secara individual; karena itu perubahan setiap partisipan dideskripsikan satu per satu.`,
  methodsWhyIndividual: (n) =>
    `Perubahan dideskripsikan per partisipan karena dengan n = ${g.int(n)} uji signifikansi atas perubahan seluruh partisipan hampir tidak memiliki kuasa statistik, dan nilai *p*-nya tidak menjelaskan apa pun tentang partisipan secara individual.`,

  resultsIntro: (n, table, figure) =>
    `${table} memuat skor setiap partisipan (${g.int(n)} orang) sebelum dan sesudah, perubahannya dan indeks perubahan reliabel; ${figure} menunjukkan skor setiap partisipan.`,
  resultsIntroTable: (n, table) =>
    `${table} memuat skor setiap partisipan (${g.int(n)} orang) sebelum dan sesudah, perubahannya dan indeks perubahan reliabel.`,
  participant: (p, outcome, before, after, criterion, first) => {
    const subject = first ? outcome : 'skornya';
    const when = (x: number, c: string | undefined, w: string) => `${g.num(x, 0)}${cat(c)}${first ? ` ${w}` : ''}`;
    const verdict = p.reliable
      ? `; perubahan ini merupakan ${p.direction === 'decrease' ? 'penurunan' : 'peningkatan'} yang reliabel (|RCI| > ${g.num(criterion)})`
      : '';
    if (p.direction === 'none')
      return `Pada ${p.label}, ${subject} tidak berubah (${g.num(p.pre, 0)}${cat(p.catPre)} sebelum dan sesudah; RCI = ${signedId(p.rci)}).`;
    const verb = p.direction === 'decrease' ? 'turun' : 'naik';
    return `Pada ${p.label}, ${subject} ${verb} dari ${when(p.pre, p.catPre, before)} menjadi ${when(p.post, p.catPost, after)}, perubahan sebesar ${signedId(p.change, 0)} poin (RCI = ${signedId(p.rci)})${verdict}.`;
  },
  summary: (nDec, nInc, nNone, nRel, n, criterion) => {
    const dirs = [
      nDec ? `turun pada ${g.int(nDec)}` : '',
      nInc ? `naik pada ${g.int(nInc)}` : '',
      nNone ? `tidak berubah pada ${g.int(nNone)}` : '',
    ].filter(Boolean);
    const rel =
      nRel === 0
        ? `tidak satu pun dari ${g.int(n)} perubahan melampaui kriteria |RCI| > ${g.num(criterion)}, sehingga tidak ada yang dapat dibedakan dari galat pengukuran`
        : `${g.int(nRel)} dari ${g.int(n)} perubahan melampaui kriteria |RCI| > ${g.num(criterion)}`;
    return `Dengan demikian, skor ${coreId.list(dirs)} dari ${g.int(n)} partisipan; ${rel}.`;
  },
  abstract: (outcome, parts, nRel, n, criterion) => {
    const s = [
      parts.dec.length ? `turun pada ${coreId.list(parts.dec)}` : '',
      parts.inc.length ? `naik pada ${coreId.list(parts.inc)}` : '',
      parts.none.length ? `tidak berubah pada ${coreId.list(parts.none)}` : '',
    ].filter(Boolean);
    const rel =
      nRel === 0
        ? `tidak satu pun perubahan yang reliabel (|RCI| ≤ ${g.num(criterion)})`
        : `${g.int(nRel)} dari ${g.int(n)} perubahan reliabel`;
    return `${coreId.cap(outcome)} ${coreId.list(s)}; ${rel}.`;
  },
  abstractPart: (p) => `${p.label} (${g.num(p.pre, 0)} → ${g.num(p.post, 0)}; RCI = ${signedId(p.rci)})`,
  conclusion: (outcome, nDec, nInc, n, reliableDec, reliableInc) => {
    const dirs = [nDec ? `turun pada ${g.int(nDec)}` : '', nInc ? `naik pada ${g.int(nInc)}` : ''].filter(Boolean);
    const head = dirs.length
      ? `${coreId.cap(outcome)} ${coreId.list(dirs)} dari ${g.int(n)} partisipan`
      : `${coreId.cap(outcome)} tidak berubah pada ${g.int(n)} partisipan`;
    if (!reliableDec.length && !reliableInc.length)
      return `${head}, tetapi tidak ada perubahan yang melampaui kriteria perubahan reliabel: perubahan yang teramati tidak dapat dibedakan dari galat pengukuran.`;
    const rel = [
      reliableDec.length ? `penurunan reliabel pada ${coreId.list(reliableDec)}` : '',
      reliableInc.length ? `peningkatan reliabel pada ${coreId.list(reliableInc)}` : '',
    ].filter(Boolean);
    return `${head}, dengan ${coreId.list(rel)}.`;
  },
  stat: (sDiff, criterion) => `S_diff = ${g.num(sDiff)}; reliabel bila |RCI| > ${g.num(criterion)}`,
  failed: (reason) => `Indeks perubahan reliabel tidak dapat dihitung: ${reason}.`,
};
