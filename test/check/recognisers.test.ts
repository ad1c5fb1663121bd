/** Recognisers: numbers, labelled values, intervals, sentences and tables, count–percentage pairs. */
import { describe, expect, it } from 'vitest';
import {
  parseCellNumber,
  parseCount,
  parseCountPctCell,
  parseNum,
  significantDigits,
} from '../../src/check/recognisers/numbers.ts';
import { scanGenericLabels, scanLabelled } from '../../src/check/recognisers/labels.ts';
import { parseRangeCell, scanIntervals } from '../../src/check/recognisers/intervals.ts';
import { segment } from '../../src/check/recognisers/segments.ts';
import { pairsIn, readPercentages } from '../../src/check/recognisers/percentages.ts';
import { layoutTable, sections } from '../../src/check/recognisers/tables.ts';
import { Source, normalise } from '../../src/check/source.ts';
import { detectLanguage } from '../../src/check/language.ts';

const short = (text: string) =>
  scanLabelled(normalise(text)).map(
    (l) =>
      `${l.role}:${l.op}${l.num.value}${l.paren !== null ? `(${l.paren})` : ''}${l.num2 ? `,${l.num2.value}` : ''}`,
  );

describe('numbers', () => {
  it('reads decimal point, decimal comma, no leading zero and minus', () => {
    expect(parseNum('8.624')).toMatchObject({ value: 8.624, decimals: 3, half: 0.0005 });
    expect(parseNum('8,624')).toMatchObject({ value: 8.624, decimals: 3 });
    expect(parseNum('.05')).toMatchObject({ value: 0.05, decimals: 2, half: 0.005 });
    expect(parseNum(',000')).toMatchObject({ value: 0, decimals: 3 });
    expect(parseNum('-2.81')!.value).toBe(-2.81);
    expect(parseNum('– 2,81')!.value).toBe(-2.81);
    expect(parseNum('95')).toMatchObject({ value: 95, decimals: 0, half: 0.5 });
    expect(parseNum('1.4e-13')!.value).toBeCloseTo(1.4e-13, 25);
    expect(parseNum('abc')).toBeNull();
  });

  it('reads counts with the thousands separator of the language', () => {
    expect(parseCount('1.234', 'id')).toBe(1234);
    expect(parseCount('1,234', 'en')).toBe(1234);
    expect(parseCount('1,234', 'id')).toBeNull();
    expect(parseCount('96', 'en')).toBe(96);
  });

  it('counts significant digits as printed', () => {
    expect(significantDigits(parseNum('8.62')!)).toBe(3);
    expect(significantDigits(parseNum('.045')!)).toBe(2);
    expect(significantDigits(parseNum('0,000')!)).toBe(0);
  });

  it('reads table cells: footnote letters, relations, percent signs, n (%)', () => {
    expect(parseCellNumber('3.841a')).toMatchObject({ num: { value: 3.841 }, op: '=' });
    expect(parseCellNumber('< 0,001')).toMatchObject({ num: { value: 0.001 }, op: '<' });
    expect(parseCellNumber('27,1%')).toMatchObject({ num: { value: 27.1 }, percentSign: true });
    expect(parseCellNumber('Pair 1')).toBeNull();
    expect(parseCountPctCell('112 (83,0)', 0, 'id')).toMatchObject({ count: 112, pct: { value: 83 } });
    expect(parseCountPctCell('14,73 (4,59)', 0, 'id')).toBeNull();
  });
});

describe('labelled values', () => {
  it('reads the ways researchers write test statistics', () => {
    expect(short('t(95) = 8.624, p < .001')).toEqual(['t:=8.624(95)', 'p:<0.001']);
    expect(short('t = 8,624; df = 95; p = 0,000')).toEqual(['t:=8.624', 'df:=95', 'p:=0']);
    expect(short('F(2, 27) = 4.1, p = .03')).toEqual(['F:=4.1(2, 27)', 'p:=0.03']);
    expect(short('χ2(1) = 3.84')).toEqual(['chi2:=3.84(1)']);
    expect(short('χ²(2) = 3,84')).toEqual(['chi2:=3.84(2)']);
    expect(short('chi-square = 3,84 (p = 0,05)')).toEqual(['chi2:=3.84', 'p:=0.05']);
    expect(short('r(28) = .45')).toEqual(['r:=0.45(28)']);
    expect(short('Z = −2.81')).toEqual(['z:=-2.81']);
    expect(short('Z = –2,81')).toEqual(['z:=-2.81']);
    expect(short('X2(1) = 0,26')).toEqual(['chi2:=0.26(1)']);
  });

  it('reads Indonesian labels and connectors', () => {
    expect(short('nilai t hitung sebesar 2,45 dengan db = 58')).toEqual(['t:=2.45', 'df:=58']);
    expect(short('nilai signifikansi (p) sebesar 0,000 < 0,05')).toEqual(['p:=0(p)']);
    expect(short('Sig. (2-tailed) .000')).toEqual(['p:=0(2-tailed)']);
    expect(short('rata-rata 14,73 dan simpangan baku 4,59; galat baku 0,47')).toEqual([
      'mean:=14.73',
      'sd:=4.59',
      'se:=0.47',
    ]);
    expect(short('M = 14,73; SB = 4,43; n = 96')).toEqual(['mean:=14.73', 'sd:=4.43', 'n:=96']);
    expect(short('OR 6,56 dan AOR = 2,1')).toEqual(['ratio:=6.56', 'ratio:=2.1']);
    expect(short('df = 2, 27')).toEqual(['df:=2,27']);
  });

  it('does not read critical values or words as statistics', () => {
    expect(short('t tabel = 1,985')).toEqual([]);
    expect(short('Z1-α/2 = 1,96')).toEqual([]);
    expect(short('the data or the text')).toEqual([]);
  });

  it('prefers the longer label where two overlap', () => {
    expect(short('Std. Error Mean = .468')).toEqual(['se:=0.468']);
    expect(short('SE mean = 0,47')).toEqual(['se:=0.47']);
    expect(short('mean difference = 4.03')).toEqual(['meanDiff:=4.03']);
  });

  it('finds other symbols with a value, which stand between a statistic and a later p', () => {
    expect(scanGenericLabels('W = 0,92; U = 45,0; B (SE) = 0,3; signifikan = 1').map((g) => g.label)).toEqual([
      'W',
      'U',
      'B',
    ]);
  });
});

describe('confidence intervals', () => {
  const ci = (t: string) =>
    scanIntervals(normalise(t)).map((c) => `${c.level}:${c.lower.value}..${c.upper.value}${c.bare ? ' bare' : ''}`);
  it('reads the common forms', () => {
    expect(ci('95% CI [1.19, 36.14]')).toEqual(['95:1.19..36.14']);
    expect(ci('IK 95% [1,19; 36,14]')).toEqual(['95:1.19..36.14']);
    expect(ci('CI 95% = 1,12–36,44')).toEqual(['95:1.12..36.44']);
    expect(ci('(95% CI: 0.91 to 44.88)')).toEqual(['95:0.91..44.88']);
    expect(ci('selang kepercayaan 99% 1,12 sampai 36,44')).toEqual(['99:1.12..36.44']);
    expect(ci('95% CI [−0.40, 2.80]')).toEqual(['95:-0.4..2.8']);
    expect(ci('OR = 6,56 (1,19–36,14)')).toEqual(['95:1.19..36.14 bare']);
  });
  it('reads range cells', () => {
    const r = parseRangeCell('1,19–36,14', 0)!;
    expect([r.lower!.value, r.upper!.value]).toEqual([1.19, 36.14]);
    expect(parseRangeCell('0,45', 0)).toBeNull();
  });
});

describe('segments', () => {
  it('splits sentences at a full stop before a capital, not after abbreviations or inside numbers', () => {
    const s = new Source(
      'Stres turun, t(95) = 8,62; p < .001. Hasil kedua (Cohen dkk. 1983) baik. Std. Deviation dihitung.',
    );
    const spans = segment(s).sentences.map((x) => s.text.slice(x.start, x.end));
    expect(spans).toEqual([
      'Stres turun, t(95) = 8,62; p < .001.',
      'Hasil kedua (Cohen dkk. 1983) baik.',
      'Std. Deviation dihitung.',
    ]);
  });

  it('reads tab, pipe and space-aligned tables with their title and header', () => {
    const s = new Source(
      'Tabel 1 Stres\nKategori\tn\t%\nRendah\t35\t36,5\n\n| A | n |\n|---|---|\n| x | 3 |\n\nKategori     n     %\nRendah       35    36,5\nSedang       61    63,5\n',
    );
    const { tables } = segment(s);
    expect(tables).toHaveLength(3);
    expect(tables[0]!.title).toBe('Tabel 1 Stres');
    expect(tables[0]!.header[0]!.cells.map((c) => c.text)).toEqual(['Kategori', 'n', '%']);
    expect(tables[0]!.body[0]!.label).toBe('Rendah');
    expect(tables[1]!.body[0]!.cells.map((c) => c.text)).toEqual(['x', '3']);
    expect(tables[2]!.body.map((r) => r.label)).toEqual(['Rendah', 'Sedang']);
  });

  it('keeps a group heading row (one filled cell) inside a table', () => {
    const s = new Source('Kategori\tn\t%\nJenis kelamin\t\t\nLaki-laki\t32\t33,3\n');
    const { tables } = segment(s);
    expect(tables).toHaveLength(1);
    const layout = layoutTable(tables[0]!, 'id');
    expect(layout.rows.map((r) => r.kind)).toEqual(['group', 'body']);
  });
});

describe('count–percentage pairs', () => {
  const pairs = (t: string, lang: 'id' | 'en' = 'id') =>
    pairsIn(normalise(t), 0, lang).map((p) => `${p.count}:${p.pct.value}${p.ownTotal ? `/${p.ownTotal}` : ''}`);
  it('reads the usual forms', () => {
    expect(pairs('26 (27,1%)')).toEqual(['26:27.1']);
    expect(pairs('sebanyak 26 orang (27,1%)')).toEqual(['26:27.1']);
    expect(pairs('26 responden atau 27,1%')).toEqual(['26:27.1']);
    expect(pairs('27,1% (n = 26)')).toEqual(['26:27.1']);
    expect(pairs('(n = 26; 27,1%)')).toEqual(['26:27.1']);
    expect(pairs('26/96 (27,1%)')).toEqual(['26:27.1/96']);
    expect(pairs('26 dari 96 responden (27,1%)')).toEqual(['26:27.1/96']);
  });
  it('does not take ages, ranges or comparisons for counts', () => {
    expect(pairs('berusia 35 tahun (27%)')).toEqual([]);
    expect(pairs('aged 20–29 (10.4%)', 'en')).toEqual([]);
    expect(pairs('usia ≥ 35 (73%)')).toEqual([]);
  });
  it('finds the totals a sentence states', () => {
    const s = new Source('Dari 96 responden, 32 (33,3%) laki-laki. Total N = 135 dan 14 (10,4%) rendah.');
    const groups = readPercentages(s.text, segment(s).sentences, 'id');
    expect(groups.map((g) => g.statedTotals)).toEqual([[96], [135]]);
  });
});

describe('table layout', () => {
  it('aligns SPSS rows whose cells do not line up with the header', () => {
    const s = new Source(
      '\t\tFrequency\tPercent\tValid Percent\tCumulative Percent\nValid\tMale\t32\t33.3\t33.3\t33.3\n\tFemale\t64\t66.7\t66.7\t100.0\n\tTotal\t96\t100.0\t100.0\n',
    );
    const layout = layoutTable(segment(s).tables[0]!, 'en');
    expect(layout.columns.map((c) => c.role)).toEqual([null, null, 'count', 'percent', 'validPercent', 'cumPercent']);
    const total = layout.rows[2]!;
    expect(total.kind).toBe('total');
    expect(total.values.map((v) => v?.num.value ?? null)).toEqual([null, null, 96, 100, 100, null]);
  });

  it('recognises a Total column and carries spanning header names', () => {
    const s = new Source('\tRendah\t\tBerat\t\tTotal\t\nUnit\tn\t%\tn\t%\tn\t%\nA\t3\t10,0\t27\t90,0\t30\t100\n');
    const layout = layoutTable(segment(s).tables[0]!, 'id');
    expect(layout.columns.filter((c) => c.isTotal).map((c) => c.index)).toEqual([5, 6]);
    expect(layout.columns[2]!.header).toBe('Rendah %');
  });

  it('starts a new section at each variable of a characteristics table', () => {
    const s = new Source(
      'Karakteristik\tKategori\tn\t%\nSex\tMale\t32\t33.3\n\tFemale\t64\t66.7\nAge\t< 35\t26\t27.1\n\t≥ 35\t70\t72.9\n',
    );
    const layout = layoutTable(segment(s).tables[0]!, 'en');
    expect(sections(layout).map((sec) => sec.length)).toEqual([2, 2]);
  });
});

describe('language', () => {
  it('detects Indonesian and English', () => {
    expect(
      detectLanguage(
        'Hasil penelitian menunjukkan bahwa terdapat hubungan yang signifikan dengan nilai p sebesar 0,003.',
      ),
    ).toBe('id');
    expect(detectLanguage('The results show that there was a significant association with the outcome.')).toBe('en');
  });
});
