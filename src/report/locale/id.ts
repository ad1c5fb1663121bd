/**
 * Wording in Bahasa Indonesia, with the same message functions as `en.ts` (the type
 * `Messages` makes the compiler check that both languages say everything). Numbers use
 * the decimal comma and `;` between statistics, the usual Indonesian adaptation of APA.
 */
import type { Messages } from './en.ts';
import { clauses, makeFmt, midSentence as lc, ratioDigits } from './format.ts';
import { statLabelsId } from './stat-labels.ts';
import { id as instrumentsId } from './instruments.ts';

const fmt = makeFmt({ decimal: ',', dropLeadingZeroBounded: false, thousands: '.' });

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const id: Messages = {
  lang: 'id',
  fmt,
  list,
  cap,
  labels: {
    table: 'Tabel',
    figure: 'Gambar',
    references: 'Daftar Pustaka',
    note: 'Catatan',
    declarations: 'Pernyataan',
    correspondence: 'Korespondensi',
    and: 'dan',
    page: 'Halaman',
    generatedBy: 'Dihasilkan oleh naskah',
  },
  headings: {
    abstract: 'Abstrak',
    keywords: 'Kata kunci',
    introduction: 'Pendahuluan',
    methods: 'Metode',
    design: 'Desain',
    participants: 'Partisipan',
    instruments: 'Instrumen',
    procedure: 'Prosedur',
    analysis: 'Analisis data',
    results: 'Hasil',
    discussion: 'Pembahasan',
    conclusion: 'Simpulan',
  },
  instruments: instrumentsId,
  subscale: (scale, instrument) => `${scale} (${instrument})`,
  categoryOf: (score) => `Kategori ${lc(score)}`,
  itemOf: (abbreviation, n) => `${abbreviation} butir ${n}`,
  measuredByScales: 'stres',
  chartNumbers: { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''] },
  abstractParts: { background: 'Latar belakang', methods: 'Metode', results: 'Hasil', conclusion: 'Simpulan' },
  declarations: {
    ethics: 'Persetujuan etik',
    consent: 'Persetujuan partisipan',
    funding: 'Pendanaan',
    conflicts: 'Konflik kepentingan',
    dataAvailability: 'Ketersediaan data',
  },
  notice: {
    synthetic:
      'Data sintetis. Nilai individual dalam naskah ini adalah rekonstruksi sintetis yang mereproduksi statistik ringkasan yang dipublikasikan; nilai tersebut bukan data asli partisipan.',
    illustrative:
      'Data ilustratif. Skor dalam naskah ini adalah nilai ilustratif yang dipilih agar sesuai dengan arah perubahan yang dilaporkan; skor tersebut bukan hasil penelitian asli.',
  },
  columns: {
    characteristic: 'Karakteristik',
    category: 'Kategori',
    variable: 'Variabel',
    n: 'n',
    percent: '%',
    total: 'Jumlah',
    missing: 'Tidak ada data',
    mean: 'M',
    sd: 'SD',
    se: 'SE',
    median: 'Median',
    iqr: 'IQR',
    min: 'Min',
    max: 'Maks',
    skewness: 'Kemencengan',
    kurtosis: 'Keruncingan',
    ci: 'IK 95%',
    statistic: 'Statistik',
    df: 'df',
    p: 'p',
    group: 'Kelompok',
    test: 'Uji',
    measure: 'Ukuran',
    before: 'Sebelum',
    after: 'Sesudah',
    difference: 'Selisih',
    effectSize: 'Ukuran efek',
    item: 'Butir',
    participant: 'Partisipan',
    change: 'Perubahan',
    itemTotal: 'r butir–total terkoreksi',
    alphaIfDeleted: 'α bila butir dihapus',
    rci: 'RCI',
    reliable: 'Perubahan reliabel',
  },
  words: {
    before: 'sebelum',
    after: 'sesudah',
    yes: 'ya',
    no: 'tidak',
    decreased: 'menurun',
    increased: 'meningkat',
    unchanged: 'tetap',
  },
  tests: {
    'paired-t': 'uji t berpasangan',
    'wilcoxon-signed-rank': 'uji peringkat bertanda Wilcoxon',
    'independent-t': 'uji t sampel independen',
    'mann-whitney': 'uji Mann\u2013Whitney U',
    'shapiro-wilk': 'uji Shapiro\u2013Wilk',
    lilliefors: 'uji Kolmogorov\u2013Smirnov dengan koreksi Lilliefors',
    levene: 'uji Levene',
    'chi-square': 'uji kai kuadrat',
    fisher: 'uji eksak Fisher',
    'anova-oneway': 'analisis varians satu arah',
    'kruskal-wallis': 'uji Kruskal\u2013Wallis',
    pearson: 'korelasi Pearson',
    spearman: 'korelasi peringkat Spearman',
    'cronbach-alpha': 'alfa Cronbach',
    'logistic-regression': 'regresi logistik',
    'odds-ratio': 'rasio odds',
    'reliable-change-index': 'indeks perubahan reliabel',
  },

  statPairedT: (t, df, p, dz) => `t(${fmt.int(df)}) = ${fmt.num(t)}; ${fmt.p(p)}; d = ${fmt.num(dz)}`,
  statWilcoxon: (z, p, r) => `Z = ${fmt.num(z)}; ${fmt.p(p)}${r === null ? '' : `; r = ${fmt.bounded(r)}`}`,
  statOddsRatio: (or, lo, hi, p) => {
    const d = ratioDigits([or, lo, hi]);
    return `OR = ${fmt.num(or, d)}${lo !== null && hi !== null ? `; ${id.ci(lo, hi, d)}` : ''}${p !== null ? `; ${fmt.p(p)}` : ''}`;
  },
  statMeanSd: (m, sd) => `M = ${fmt.num(m)}; SD = ${fmt.num(sd)}`,
  statShapiro: (w, p) => `W = ${fmt.num(w)}; ${fmt.p(p)}`,
  ci: (lo, hi, digits = 2) => `IK 95% [${fmt.num(lo, digits)}; ${fmt.num(hi, digits)}]`,
  ciCell: (lo, hi, digits = 2) => `[${fmt.num(lo, digits)}; ${fmt.num(hi, digits)}]`,
  ciBounded: (lo, hi) => `IK 95% [${fmt.bounded(lo)}; ${fmt.bounded(hi)}]`,
  ciCellBounded: (lo, hi) => `[${fmt.bounded(lo)}; ${fmt.bounded(hi)}]`,
  nPercent: (n, pct) => `${fmt.int(n)} (${fmt.pct(pct)}%)`,

  subjects: 'partisipan',
  dataSources: {
    survey: 'Data dikumpulkan dengan kuesioner atau wawancara.',
    records: 'Data diambil dari catatan yang sudah ada; tidak ada data yang dikumpulkan khusus untuk penelitian ini.',
    measurements: 'Data berupa hasil pengukuran dengan instrumen atau pengamatan, bukan jawaban survei.',
  },
  abstractMethods: (design, n, instrumentNames, tests, subjects = 'partisipan') =>
    `${clauses([
      `${cap(design)} dengan ${fmt.int(n)} ${subjects}`,
      instrumentNames.length ? `instrumen: ${list(instrumentNames)}` : '',
      tests.length ? `analisis: ${list(tests)}` : '',
    ])}.`,
  abstractNoData: 'Artikel praktik naratif tanpa analisis statistik.',

  designs: {
    'one-group-pretest-posttest': {
      name: 'desain pra-eksperimen satu kelompok dengan pretest dan posttest',
      sentence:
        'Penelitian ini menggunakan desain pra-eksperimen satu kelompok dengan pretest dan posttest (one-group pretest\u2013posttest design): variabel terikat diukur pada partisipan yang sama sebelum dan sesudah intervensi, tanpa kelompok kontrol.',
    },
    'quasi-experiment': {
      name: 'kuasi-eksperimen dengan kelompok kontrol tidak setara',
      sentence:
        'Penelitian ini merupakan kuasi-eksperimen dengan desain pretest\u2013posttest dengan kelompok kontrol tidak setara (non-equivalent control group design): kelompok intervensi dan kelompok kontrol diukur sebelum dan sesudah periode intervensi tanpa randomisasi.',
    },
    'cross-sectional': {
      name: 'penelitian potong lintang',
      sentence:
        'Penelitian ini menggunakan desain potong lintang (cross-sectional) analitik: faktor paparan dan variabel terikat diukur pada waktu yang sama.',
    },
    'case-series': {
      name: 'serial kasus sebelum\u2013sesudah',
      sentence:
        'Penelitian ini merupakan serial kasus sebelum\u2013sesudah: setiap partisipan dinilai sebelum dan sesudah intervensi dan dideskripsikan secara individual.',
    },
    narrative: {
      name: 'artikel praktik naratif',
      sentence: 'Artikel ini merupakan artikel praktik naratif dan tidak melaporkan analisis statistik.',
    },
    experimental: {
      name: 'eksperimen dengan beberapa kelompok',
      sentence:
        'Penelitian ini menggunakan desain eksperimen dengan beberapa kelompok: partisipan ditempatkan secara acak ke dalam kondisi perlakuan, dan variabel terikat dibandingkan antarkondisi.',
    },
    'repeated-measures': {
      name: 'penelitian pengukuran berulang',
      sentence:
        'Penelitian ini menggunakan desain pengukuran berulang (within-subject): partisipan yang sama diukur pada beberapa kesempatan, dan variabel terikat dibandingkan antarkesempatan pengukuran.',
    },
    correlational: {
      name: 'penelitian korelasional',
      sentence:
        'Penelitian ini menggunakan desain korelasional: variabel-variabel diukur sebagaimana adanya tanpa manipulasi, lalu hubungan antarvariabel diperiksa.',
    },
    'secondary-data': {
      name: 'analisis data sekunder',
      sentence:
        'Penelitian ini merupakan analisis data sekunder: data dikumpulkan untuk keperluan lain dan dianalisis di sini sebagaimana tercatat.',
    },
  },
  participantsCount: (n, subjects = 'partisipan') => `Data dari ${fmt.int(n)} ${subjects} dianalisis.`,
  participantsBreakdown: (label, parts) => `Menurut ${lc(label)}: ${list(parts)}.`,
  countOf: (n, what) => `${fmt.int(n)} ${what}`,
  instrumentSentence: (name, cite, description, measured) =>
    `${cap(measured)} diukur dengan ${name} ${cite}, yang ${description}.`,
  reliabilitySentence: (_name, alphas) =>
    `Konsistensi internal pada sampel ini, diestimasi dengan alfa Cronbach [@cronbach1951alpha], adalah ${list(alphas)}.`,
  alphaFor: (alpha, what) => `α = ${fmt.bounded(alpha)} untuk ${what}`,
  analysisIntro: (alpha) =>
    `Semua statistik dihitung dari data mentah; pengujian dilakukan dua sisi dengan \u03b1 = ${fmt.bounded(alpha)}. Statistik deskriptif dilaporkan sebagai rerata (M) dan simpangan baku (SD), variabel kategorik sebagai frekuensi dan persentase.`,
  methodPairedComparison: (before, after) =>
    `Skor ${before} dan ${after} dibandingkan dengan uji t berpasangan bila uji Shapiro\u2013Wilk [@shapiro1965normality] tidak menolak normalitas selisih skor, dan dengan uji peringkat bertanda Wilcoxon [@wilcoxon1945ranking] bila menolaknya; ukuran efek uji t adalah d_z Cohen (selisih rerata dibagi simpangan baku selisih) [@cohen1988power].`,
  methodPairedFixed: (test, before, after) =>
    `Skor ${before} dan ${after} dibandingkan dengan ${test} sesuai rencana analisis; normalitas selisih skor diperiksa dengan uji Shapiro\u2013Wilk [@shapiro1965normality].`,
  methodSensitivity: (alt) =>
    `Bila pemeriksaan tersebut tidak terpenuhi, ${alt} dilaporkan sebagai analisis sensitivitas.`,
  methodSmallN: (n, test) =>
    `Dengan hanya n = ${fmt.int(n)} pasang, ${test} hampir tidak memiliki kuasa statistik dan nilai *p*-nya tidak dapat menjadi dasar simpulan ke arah mana pun; uji ini dilaporkan hanya sebagai pelengkap dan tidak digunakan untuk menarik simpulan.`,
  software: (version) => `Analisis, tabel dan gambar dihasilkan oleh naskah ${version} langsung dari data mentah.`,

  tableShows: (ref, caption) => `${ref} menyajikan ${lc(caption)}.`,
  resultsFrequencyList: (label, parts) => `${cap(label)}: ${list(parts)}.`,
  catCount: (n, pct, cat) => `${fmt.int(n)} (${fmt.pct(pct)}%) ${cat}`,
  missingCount: (n) => `${fmt.int(n)} data hilang`,
  resultsDescriptives: (parts, ref) => `${cap(list(parts))} (${ref}).`,
  descPart: (label, m, sd) => `rerata ${lc(label)} adalah M = ${fmt.num(m)} (SD = ${fmt.num(sd)})`,
  resultsCategoriesBeforeAfter: (when, parts) => `${cap(when)}, ${list(parts)}`,
  resultsCategoriesRef: (sentences, ref) => `${sentences.join('; ')} (${ref}).`,
  normalityPassed: (w, p) =>
    `Uji Shapiro\u2013Wilk tidak menolak normalitas selisih skor (W = ${fmt.num(w)}; ${fmt.p(p)}), sehingga digunakan uji t berpasangan.`,
  normalityFailed: (w, p) =>
    `Uji Shapiro\u2013Wilk menolak normalitas selisih skor (W = ${fmt.num(w)}; ${fmt.p(p)}), sehingga digunakan uji peringkat bertanda Wilcoxon.`,
  normalityUntestable: (n) =>
    `Normalitas selisih skor tidak dapat diuji dengan n = ${fmt.int(n)} pasang, sehingga digunakan uji peringkat bertanda Wilcoxon.`,
  normalityFixedFailed: (w, p, test) =>
    `Uji Shapiro\u2013Wilk menolak normalitas selisih skor (W = ${fmt.num(w)}; ${fmt.p(p)}); ${test} sesuai rencana tetap dilaporkan, dengan uji peringkat bertanda Wilcoxon sebagai analisis sensitivitas.`,
  normalityFixedPassed: (w, p, test) =>
    `Uji Shapiro\u2013Wilk tidak menolak normalitas selisih skor (W = ${fmt.num(w)}; ${fmt.p(p)}), sehingga ${test} sesuai rencana dapat digunakan.`,
  pairedTResult: (outcome, before, after, m1, m2, significant, decreased, stat, diff, lo, hi) =>
    significant
      ? `${cap(outcome)} ${after} (M = ${fmt.num(m2)}) secara signifikan lebih ${decreased ? 'rendah' : 'tinggi'} daripada ${before} (M = ${fmt.num(m1)}), ${stat}; selisih rerata ${fmt.num(diff)} poin, ${id.ci(lo, hi)}.`
      : `${cap(outcome)} ${after} (M = ${fmt.num(m2)}) tidak berbeda secara signifikan dengan ${before} (M = ${fmt.num(m1)}), ${stat}; selisih rerata ${fmt.num(diff)} poin, ${id.ci(lo, hi)}.`,
  wilcoxonResult: (outcome, before, after, md1, md2, significant, decreased, stat, nPos, nNeg, zeros) =>
    (significant
      ? `${cap(outcome)} ${after} (Median = ${fmt.num(md2)}) secara signifikan lebih ${decreased ? 'rendah' : 'tinggi'} daripada ${before} (Median = ${fmt.num(md1)}), ${stat}.`
      : `${cap(outcome)} ${after} (Median = ${fmt.num(md2)}) tidak berbeda secara signifikan dengan ${before} (Median = ${fmt.num(md1)}), ${stat}.`) +
    ` Skor ${list(
      [
        nPos ? `menurun pada ${fmt.int(nPos)}` : '',
        nNeg ? `meningkat pada ${fmt.int(nNeg)}` : '',
        zeros ? `tetap pada ${fmt.int(zeros)}` : '',
      ].filter(Boolean),
    )} partisipan.`,
  sensitivityAgrees: (test, stat, same) =>
    `${cap(test)} (analisis sensitivitas) ${same ? 'menghasilkan simpulan yang sama' : 'menghasilkan simpulan yang berbeda'}: ${stat}.`,
  groupLead: (group) => `Kelompok ${group}:`,
  pairedRefs: (table, figure) =>
    `${table} merangkum perbandingan tersebut dan ${figure} menampilkan rerata beserta interval kepercayaan 95%.`,
  figureRef: (ref, what) => `${ref} menampilkan ${what}.`,
  testFailed: (test, reason) => `${cap(test)} tidak dapat dihitung: ${reason}.`,
  // The statistics explain their errors in English; an Indonesian manuscript words the error code.
  statError: (error) => statLabelsId.errors[error.code] ?? error.message,

  conclusionPaired: (outcome, before, after, significant, decreased, expected) => {
    if (!significant) {
      return `${cap(outcome)} ${after} tidak berbeda secara signifikan dengan ${before}; data tidak mendukung ${expected ? `hipotesis bahwa skor akan ${expected === 'decrease' ? 'menurun' : expected === 'increase' ? 'meningkat' : 'berubah'}` : 'adanya perubahan'}.`;
    }
    const dir = decreased ? 'menurun' : 'meningkat';
    const support =
      expected === undefined
        ? ''
        : (expected === 'decrease') === decreased
          ? ', sesuai hipotesis'
          : ', berlawanan dengan hipotesis';
    return `${cap(outcome)} ${dir} secara signifikan dari ${before} ke ${after}${support}.`;
  },
  conclusionHypothesis: (supported) =>
    supported ? 'Hipotesis penelitian diterima.' : 'Hipotesis penelitian tidak didukung.',
  designCaveat: {
    'one-group-pretest-posttest':
      'Karena desain ini tidak memiliki kelompok kontrol, perubahan tersebut tidak dapat sepenuhnya dikaitkan dengan intervensi.',
    'quasi-experiment':
      'Karena kelompok tidak dirandomisasi, perbedaan antarkelompok dapat juga mencerminkan perbedaan yang sudah ada sebelumnya.',
    'cross-sectional':
      'Karena paparan dan variabel terikat diukur pada waktu yang sama, hubungan yang ditemukan tidak membuktikan sebab-akibat.',
    'case-series':
      'Dengan jumlah partisipan sekecil ini, temuan menggambarkan perubahan individual dan tidak dapat digeneralisasi.',
    narrative: '',
    experimental: '',
    'repeated-measures':
      'Karena setiap partisipan diukur berulang tanpa kondisi kontrol, perubahan antarpengukuran dapat juga mencerminkan berlalunya waktu, efek latihan, atau peristiwa lain di antara pengukuran.',
    correlational:
      'Karena variabel diamati dan tidak dimanipulasi, hubungan yang ditemukan tidak membuktikan sebab-akibat.',
    'secondary-data':
      'Karena data dikumpulkan untuk keperluan lain, analisis terbatas pada variabel dan cara pengukuran dari pengumpulan data aslinya.',
  },

  captionCharacteristics: 'Karakteristik partisipan',
  captionCharacteristicsBy: (by, subjects = 'partisipan') => `Karakteristik ${subjects} menurut ${lc(by)}`,
  captionFrequencies: (labels) => `Distribusi ${list(labels.map(lc))}`,
  captionDescriptives: (labels) => `Statistik deskriptif ${list(labels.map(lc))}`,
  captionPaired: (outcome, before, after) => `Perbandingan ${outcome} ${before} dan ${after}`,
  captionPairedFigure: (outcome, before, after) => `Rerata ${outcome} ${before} dan ${after} (garis galat: IK 95%)`,
  captionReliability: (name) => `Konsistensi internal ${name}`,
  altPairedFigure: (outcome, m1, m2) => `Diagram garis: rerata ${outcome} ${m1} sebelum dan ${m2} sesudah.`,
  notePairedT: 'IK = interval kepercayaan selisih rerata; d = d_z Cohen.',
  noteWilcoxon: 'Z dari pendekatan normal dengan koreksi angka sama; r = |Z|/\u221an.',
  noteAlpha: (alpha, n) => `α Cronbach = ${fmt.bounded(alpha)} (n = ${fmt.int(n)}); butir setelah penyekoran terbalik.`,
  notePercent: 'Persentase dari seluruh partisipan.',
  noteSkewKurt: 'Kemencengan dan keruncingan seperti pada SPSS (G1, G2).',
  abstractMethodsNoTests: (design, n, instrumentNames, methods, subjects = 'partisipan') =>
    `${clauses([
      `${cap(design)} dengan ${fmt.int(n)} ${subjects}`,
      list(instrumentNames),
      methods.length
        ? `dideskripsikan dengan ${list(methods)}, tanpa uji signifikansi`
        : 'analisis deskriptif tanpa uji signifikansi',
    ])}.`,
  analysisIntroNoTests: 'Semua statistik dihitung dari data mentah.',
  conclusionSmallN: (n, test, outcome) =>
    `Dengan hanya n = ${fmt.int(n)} pasang, ${test} atas ${outcome} tidak dapat menjadi dasar simpulan ke arah mana pun.`,
};
