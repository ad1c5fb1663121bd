/**
 * Reported results in tables. SPSS output pasted as text has multi-row headers that do
 * not line up with the rows, so its common tables are recognised by their title and
 * header words and read by the number of values in a row (Paired Samples Test: mean,
 * SD, SE, lower, upper, t, df, Sig.; Independent Samples Test; One-Sample Test;
 * Variables in the Equation). Other tables are read column by column from their header
 * (Mean, N, Std. Deviation, t, df, Sig., OR, 95% CI, Chi-Square, ANOVA's F with the
 * df of its Within Groups row).
 */
import type {
  CiReport,
  DescriptiveReport,
  EstimateReport,
  Extraction,
  Lang,
  Num,
  Place,
  PReport,
  TableBlock,
  Tails,
  TestReport,
} from '../types.ts';
import { layoutTable, parseValue, type CellValue, type Layout, type LaidRow } from './tables.ts';
import { pColumnIsRatios } from './ratio-p-column.ts';
import { aboveSoleErrorRow } from './sole-error-row.ts';

type Field =
  | 'mean'
  | 'sd'
  | 'se'
  | 'lower'
  | 'upper'
  | 't'
  | 'df'
  | 'p'
  | 'pOne'
  | 'F'
  | 'pF'
  | 'md'
  | 'sed'
  | 'b'
  | 'wald'
  | 'ratio';

interface Template {
  name: 'paired' | 'independent' | 'one-sample' | 'logistic';
  match: (context: string) => boolean;
  arities: Record<number, Field[]>;
}

const TEMPLATES: Template[] = [
  {
    name: 'paired',
    match: (c) => /paired|berpasangan/.test(c) && /\bt\b|sig/.test(c),
    arities: {
      8: ['mean', 'sd', 'se', 'lower', 'upper', 't', 'df', 'p'],
      9: ['mean', 'sd', 'se', 'lower', 'upper', 't', 'df', 'pOne', 'p'],
    },
  },
  {
    name: 'independent',
    match: (c) => /levene|equal variances|independent samples test|sampel independen/.test(c),
    arities: {
      9: ['F', 'pF', 't', 'df', 'p', 'md', 'sed', 'lower', 'upper'],
      7: ['t', 'df', 'p', 'md', 'sed', 'lower', 'upper'],
    },
  },
  {
    name: 'one-sample',
    match: (c) => /one-sample test|one sample test|test value|sampel tunggal|satu sampel/.test(c),
    arities: { 6: ['t', 'df', 'p', 'md', 'lower', 'upper'] },
  },
  {
    name: 'logistic',
    match: (c) => /wald/.test(c) && /exp\s*\(\s*b\s*\)|odds/.test(c),
    arities: {
      6: ['b', 'se', 'wald', 'df', 'p', 'ratio'],
      8: ['b', 'se', 'wald', 'df', 'p', 'ratio', 'lower', 'upper'],
    },
  },
];

const CHI_ROW = /chi|likelihood|linear|continuity|kai|khi/i;
const WITHIN_ROW = /within|residual|error|dalam\s+kelompok|galat|sisa/i;
const BETWEEN_ROW = /between|regression|antar\s+kelompok|regresi|model|kelompok|groups?/i;

function rowPlace(r: LaidRow): Place {
  return { start: r.row.start, end: r.row.end, quoteStart: r.row.start, quoteEnd: r.row.end };
}

function pOf(v: CellValue | null | undefined, oneTailed: boolean): PReport | null {
  if (!v) return null;
  return { op: v.op, num: v.num, oneTailedLabel: oneTailed, start: v.num.start, end: v.num.end };
}

function ciLevel(context: string): number {
  const m =
    /(\d{2})\s*%\s*(?:confidence|ci|ik|interval|selang)/.exec(context) ?? /(?:ci|ik)\s*(\d{2})\s*%/.exec(context);
  return m ? Number(m[1]) : 95;
}

function ci(lower: Num | undefined, upper: Num | undefined, level: number): CiReport | null {
  if (!lower || !upper) return null;
  return { level, lower, upper, start: lower.start, end: upper.end };
}

export function readTableStatistics(blocks: TableBlock[], lang: Lang, out: Extraction): Layout[] {
  const layouts: Layout[] = [];
  for (const block of blocks) {
    if (block.body.length === 0) continue;
    const layout = layoutTable(block, lang);
    layouts.push(layout);
    const template = TEMPLATES.find((t) => t.match(layout.context));
    if (template) {
      const used = readTemplate(template, layout, lang, out);
      if (used) continue;
    }
    readByHeader(layout, out);
  }
  return layouts;
}

function tailsOf(context: string): Tails {
  return /1-tailed|one-tailed|one-sided|satu arah|satu sisi/.test(context) &&
    !/2-tailed|two-tailed|two-sided|dua arah|dua sisi/.test(context)
    ? 'one'
    : 'unstated';
}

function readTemplate(template: Template, layout: Layout, lang: Lang, out: Extraction): boolean {
  const level = ciLevel(layout.context);
  let any = false;
  for (const r of layout.rows) {
    if (r.kind === 'group') continue;
    const values = r.row.cells.map((c) => parseValue(c.text, c.start, lang)).filter((v): v is CellValue => v !== null);
    const fields = template.arities[values.length];
    if (!fields) continue;
    any = true;
    const f: Partial<Record<Field, CellValue>> = {};
    fields.forEach((name, i) => (f[name] = values[i]));
    const place = rowPlace(r);
    const tails = tailsOf(layout.context);
    const df = f.df?.num.value;

    if (f.t && df !== undefined) {
      const p = pOf(f.p, false);
      const test: TestReport = {
        kind: 't',
        label: 't',
        op: '=',
        value: f.t.num,
        df: [df],
        p,
        tails,
        place,
        origin: 'table',
      };
      out.tests.push(test);
      if (p) out.pValues.push({ p, place, attached: true });
      if (f.pOne) {
        const p1 = pOf(f.pOne, true)!;
        out.tests.push({ ...test, p: p1, tails: 'one' });
        out.pValues.push({ p: p1, place, attached: true });
      }
    }
    if (template.name === 'paired' && f.mean && f.t && df !== undefined) {
      const n = Math.round(df) + 1;
      out.tFromMeans.push({ t: f.t.num, mean: f.mean.num, sd: f.sd?.num ?? null, se: f.se?.num ?? null, n, place });
      if (f.sd && f.se)
        out.descriptives.push(descriptive('difference', 'Mean', f.mean.num, f.sd.num, f.se.num, n, null, place));
      out.estimates.push(
        estimateOf(
          'mean',
          'Mean',
          f.mean.num,
          ci(f.lower?.num, f.upper?.num, level),
          pOf(f.p, false),
          place,
          f.se?.num,
          df,
        ),
      );
    }
    if (template.name === 'independent' && f.md && f.t) {
      if (f.sed) out.tFromMeans.push({ t: f.t.num, mean: f.md.num, sd: null, se: f.sed.num, n: 0, place });
      out.estimates.push(
        estimateOf(
          'mean',
          'Mean Difference',
          f.md.num,
          ci(f.lower?.num, f.upper?.num, level),
          pOf(f.p, false),
          place,
          f.sed?.num,
          df,
        ),
      );
    }
    if (template.name === 'one-sample' && f.md) {
      out.estimates.push(
        estimateOf(
          'mean',
          'Mean Difference',
          f.md.num,
          ci(f.lower?.num, f.upper?.num, level),
          pOf(f.p, false),
          place,
          undefined,
          df,
        ),
      );
    }
    if (template.name === 'logistic' && f.wald && df !== undefined) {
      const p = pOf(f.p, false);
      out.tests.push({
        kind: 'chi2',
        label: 'Wald',
        op: '=',
        value: f.wald.num,
        df: [df],
        p,
        tails: 'unstated',
        place,
        origin: 'table',
      });
      if (p) out.pValues.push({ p, place, attached: true });
      if (f.b && f.se) out.walds.push({ wald: f.wald.num, b: f.b.num, se: f.se.num, place });
      if (f.ratio) {
        const est = estimateOf('ratio', 'Exp(B)', f.ratio.num, ci(f.lower?.num, f.upper?.num, level), p, place);
        if (f.b) est.coefficient = f.b.num;
        out.estimates.push(est);
      }
    }
  }
  return any;
}

function descriptive(
  kind: DescriptiveReport['kind'],
  label: string,
  mean: Num,
  sd: Num | null,
  se: Num | null,
  n: number | null,
  integerEvidence: string | null,
  place: Place,
): DescriptiveReport {
  return {
    kind,
    label,
    mean,
    sd,
    se,
    n,
    items: null,
    integerEvidence,
    itemMeanUnknownCount: false,
    place,
    origin: 'table',
  };
}

function estimateOf(
  family: EstimateReport['family'],
  label: string,
  value: Num,
  ciRep: CiReport | null,
  p: PReport | null,
  place: Place,
  se?: Num,
  df?: number,
): EstimateReport {
  const e: EstimateReport = { family, label, value, ci: ciRep, p, place, origin: 'table' };
  if (se) e.se = se;
  if (df !== undefined) e.df = df;
  return e;
}

function readByHeader(layout: Layout, out: Extraction): void {
  const byRole = new Map<string, number>();
  for (const c of layout.columns) if (c.role && !byRole.has(c.role)) byRole.set(c.role, c.index);
  const get = (r: LaidRow, role: string): CellValue | null => {
    const i = byRole.get(role);
    return i === undefined ? null : (r.values[i] ?? null);
  };
  const level = ciLevel(layout.context);
  const oneTailedP = /1-tailed|one-tailed|one-sided|satu arah/.test(
    layout.columns.find((c) => c.role === 'p')?.header.toLowerCase() ?? '',
  );
  // …or their abbreviations as column headers ("| Source | SS | df | MS | F | p |").
  const anova =
    /mean square|sum of squares|jumlah kuadrat|rata-rata kuadrat/.test(layout.context) ||
    (layout.columns.some((c) => /^ss$/i.test(c.header.trim())) &&
      layout.columns.some((c) => /^ms$/i.test(c.header.trim())));
  const withinRow = anova ? layout.rows.find((r) => WITHIN_ROW.test(r.row.label)) : undefined;
  const chiFromValue = layout.columns.some((c) => c.role === 'chi2' && /^value$/i.test(c.header.trim()));

  for (const r of layout.rows) {
    if (r.kind === 'group') continue;
    const place = rowPlace(r);
    const pCell = get(r, 'p');
    const p = pOf(pCell, oneTailedP);
    let attached = false;
    const df = get(r, 'df')?.num.value;
    const t = get(r, 't');
    if (t && df !== undefined) {
      out.tests.push({
        kind: 't',
        label: 't',
        op: '=',
        value: t.num,
        df: [df],
        p,
        tails: oneTailedP ? 'one' : 'unstated',
        place,
        origin: 'table',
      });
      attached = true;
    }
    // An error row has no F: a number there is its mean square moved left, its trailing cells dropped.
    const F = anova && WITHIN_ROW.test(r.row.label) ? null : get(r, 'F');
    if (F && df !== undefined) {
      const df2 = withinRow ? get(withinRow, 'df')?.num.value : undefined;
      const isBetween =
        !anova ||
        BETWEEN_ROW.test(r.row.label) ||
        r === layout.rows[0] ||
        aboveSoleErrorRow(layout.rows, r, WITHIN_ROW);
      out.tests.push({
        kind: 'F',
        label: 'F',
        op: '=',
        value: F.num,
        df: df2 !== undefined && isBetween ? [df, df2] : null,
        p,
        tails: 'unstated',
        place,
        origin: 'table',
      });
      attached = true;
    }
    const chi = get(r, 'chi2');
    if (chi && (!chiFromValue || CHI_ROW.test(r.row.label))) {
      out.tests.push({
        kind: 'chi2',
        label: 'χ²',
        op: '=',
        value: chi.num,
        df: df !== undefined ? [df] : null,
        p,
        tails: 'unstated',
        place,
        origin: 'table',
      });
      attached = true;
    }
    const z = get(r, 'z');
    if (z) {
      out.tests.push({
        kind: 'z',
        label: 'Z',
        op: '=',
        value: z.num,
        df: null,
        p,
        tails: 'unstated',
        place,
        origin: 'table',
      });
      attached = true;
    }
    const ratioRole = get(r, 'ratio') ? 'ratio' : 'ratioCi';
    const ratio = get(r, ratioRole);
    if (ratio && ratio.num.value > 0) {
      const range = ratio.withCi ?? get(r, 'ci')?.range;
      const lower = get(r, 'lower')?.num ?? range?.lower;
      const upper = get(r, 'upper')?.num ?? range?.upper;
      out.estimates.push(
        estimateOf(
          'ratio',
          layout.columns[byRole.get(ratioRole)!]!.header.replace(/\s*[([].*$/, '') || 'OR',
          ratio.num,
          ci(lower, upper, level),
          pColumnIsRatios(layout.columns, byRole.get(ratioRole)!, byRole.get('p')) ? p : null,
          place,
        ),
      );
      attached = true;
    }
    const mean = get(r, 'mean');
    if (mean && r.kind === 'body') {
      const n = get(r, 'n') ?? get(r, 'count');
      const min = get(r, 'min');
      const max = get(r, 'max');
      const integerEvidence =
        min && max && min.num.decimals === 0 && max.num.decimals === 0 && mean.num.decimals > 0
          ? `min ${min.num.raw}, max ${max.num.raw}`
          : null;
      const nVal = n && n.num.decimals === 0 ? n.num.value : null;
      const sd = get(r, 'sd')?.num ?? null;
      const se = get(r, 'se')?.num ?? null;
      if (nVal !== null || sd || se)
        out.descriptives.push(
          descriptive('mean', r.row.label || 'Mean', mean.num, sd, se, nVal, integerEvidence, place),
        );
      const range = get(r, 'ci')?.range;
      const lower = get(r, 'lower')?.num ?? range?.lower;
      const upper = get(r, 'upper')?.num ?? range?.upper;
      if (lower && upper)
        out.estimates.push(estimateOf('mean', 'Mean', mean.num, ci(lower, upper, level), null, place));
    }
    if (p) out.pValues.push({ p, place, attached });
  }
}
