/**
 * The numbers a results.json reports, each as the manuscript prints it.
 *
 * results.json keeps full precision; the manuscript rounds (means to 2 decimals, p to 3
 * decimals or `< .001`, percentages to 1, counts as integers). Two builds report the same
 * number when its printed form is the same, so comparing printed forms tells a researcher
 * which numbers on the page moved, and ignores noise below the printed precision.
 *
 * Every numeric field of an analysis (`result`, `summary`, `sensitivity`, `checks`,
 * per-group results) counts, whether or not this study's tables show its column: the
 * same results.json feeds every table layout and `:value[…]` directive. The printed form
 * follows the English number style of the locale (src/report/locale/format.ts) and the
 * rules the report units use for each kind of quantity (by field name, as the
 * `:value[…]` directive does).
 */
import { en } from '../report/locale/en.ts';

/** One reported number: where it is and how the manuscript prints it. */
export interface Reported {
  analysis: string;
  /** Readable location inside the analysis, e.g. `pss_post › mean`, `usia.group › 1 › n`. */
  quantity: string;
  /** Printed form (English), `—` for an undefined quantity (null). */
  shown: string;
  /** The full-precision value from results.json. */
  value: number | null;
}

/** The parts of an analysis whose numbers are reported; `decision` and `reason` repeat p-values of `result`/`checks`. */
const REPORTED_PARTS = ['checks', 'result', 'summary', 'sensitivity', 'groups'];

/** Keys that only structure the data and add nothing to a reader's name for a quantity. */
const STRUCTURAL = new Set([
  'result',
  'overall',
  'variables',
  'categories',
  'items',
  'groups',
  'coefficients',
  'checks',
]);

/** Fields naming an element of a list (a variable, a category, an item, a term, a group level). */
const IDENTIFIERS = ['variable', 'item', 'term', 'value', 'level', 'group', 'name', 'test', 'id', 'label'];

const fmt = en.fmt;

const P_VALUE = /^p$|^p[A-Z]|P$/;
const BOUNDED = /[Aa]lpha|^r$|^rho$|[Cc]orrelation|R2$|ItemTotal$|ItemR$/;
const PERCENT = /percent$|^pct$/i;
const COUNT = /^(n|n\d|n[A-Z]\w*|total|valid|missing|zeros|nItems|cellsBelow5|count|observed|table)$/;
const DF = /^df\d?$|Df$/;
const THREE_DECIMALS = /^(skewness|kurtosis)$/;
/** Fields with fixed 2 decimals even when the value happens to be a whole number (a mean of 15 prints 15.00). */
const TWO_DECIMALS =
  /^(mean|sd|se|variance|median|q1|q3|iqr|meanDiff|sdDiff|seDiff|ci\w*|mean\w+|sd\w+|se\w+|scale\w+|t|z|f|h|u|u2|v|w|statistic|estimate|or|logOr|aic|deviance|nullDeviance|logLik|lrChi2|cohens\w+|hedges\w+|etaSquared|ss\w+|ms\w+|expected|minExpected)$/;

/** The printed form of `value` for a field named `field` (last key of its path). */
export function showNumber(field: string, value: number | null): string {
  if (value === null) return '—';
  if (P_VALUE.test(field)) return fmt.pCell(value);
  if (COUNT.test(field)) return fmt.int(value);
  if (DF.test(field)) return Number.isInteger(value) ? fmt.int(value) : fmt.num(value, 2);
  if (PERCENT.test(field)) return fmt.pct(value);
  if (BOUNDED.test(field)) return fmt.bounded(value, 2);
  if (THREE_DECIMALS.test(field)) return fmt.num(value, 3);
  if (TWO_DECIMALS.test(field)) return fmt.num(value, 2);
  // Anything else (min, max, sum, counts of a new analysis type…): whole numbers as
  // integers, others to 2 decimals, as the :value[…] directive prints them.
  return fmt.num(value, Number.isInteger(value) ? 0 : 2);
}

/** Every reported number of a results.json document, keyed by `analysis|quantity`. */
export function reportedNumbers(doc: ResultsDoc): Map<string, Reported> {
  const out = new Map<string, Reported>();
  for (const [analysis, a] of Object.entries(doc.analyses ?? {})) {
    if (!a || typeof a !== 'object') continue;
    for (const part of REPORTED_PARTS) {
      const v = (a as Record<string, unknown>)[part];
      if (v === undefined) continue;
      const visit: Visit = (path, field, value) => {
        let quantity = path.join(' \u203a ') || field;
        // Two list elements with the same name: keep both, numbered.
        for (let i = 2; out.has(`${analysis}|${quantity}`); i++) quantity = `${path.join(' \u203a ') || field} (${i})`;
        out.set(`${analysis}|${quantity}`, { analysis, quantity, shown: showNumber(field, value), value });
      };
      const start = part === 'result' || part === 'checks' ? [] : [part === 'groups' ? 'by group' : part];
      walk(v, start, part, visit);
    }
  }
  return out;
}

type Visit = (path: string[], field: string, value: number | null) => void;

function walk(node: unknown, path: string[], field: string, visit: Visit): void {
  if (typeof node === 'number' || node === null) {
    visit(path, field, node);
    return;
  }
  if (Array.isArray(node)) {
    walkList(node, path, field, visit, STRUCTURAL.has(field) ? '' : field);
    return;
  }
  if (typeof node !== 'object' || node === undefined) return;
  const obj = node as Record<string, unknown>;
  // A failed statistic (`{ error: {…} }`) reports no numbers; the conclusions name it.
  if (obj.error && typeof obj.error === 'object') return;
  for (const [k, v] of Object.entries(obj)) {
    // `row` is a participant's position in the data, not a reported number.
    if (k === 'decision' || k === 'reason' || k === 'warnings' || k === 'row') continue;
    if (typeof v === 'number' || v === null) visit([...path, k], k, v);
    else if (Array.isArray(v) || STRUCTURAL.has(k)) walk(v, path, k, visit);
    else if (typeof v === 'object') walk(v, [...path, k], k, visit);
  }
}

/** A list: named elements read by their names (`pss_post`, `L`, `(Intercept)`), others by position (`observed[1][2]`). */
function walkList(list: unknown[], path: string[], field: string, visit: Visit, prefix: string): void {
  list.forEach((el, i) => {
    const id = identify(el);
    if (id !== undefined)
      return walk(el, [...path, ...(prefix && !prefix.endsWith(']') ? [prefix] : []), id], field, visit);
    const name = `${prefix || field}[${i + 1}]`;
    if (Array.isArray(el)) return walkList(el, path, field, visit, name);
    if (typeof el === 'number' || el === null) return visit([...path, name], field, el);
    walk(el, [...path, name], field, visit);
  });
}

/** The name of a list element, from its identifying field; for an assumption check, its test and target. */
export function identify(el: unknown): string | undefined {
  if (!el || typeof el !== 'object' || Array.isArray(el)) return undefined;
  const obj = el as Record<string, unknown>;
  if (typeof obj.check === 'string' && typeof obj.test === 'string')
    return obj.target ? `${obj.test} (${String(obj.target)})` : obj.test;
  for (const k of IDENTIFIERS) {
    const v = obj[k];
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && k === 'value' && 'n' in obj) return String(v);
  }
  return undefined;
}

/** The parts of a results.json that the comparison reads. */
export interface ResultsDoc {
  naskah?: string;
  study?: string;
  alpha?: number;
  n?: number;
  inputs?: Record<string, string>;
  analyses: Record<string, AnalysisDoc>;
}

export interface AnalysisDoc {
  type?: string;
  test?: string;
  checks?: {
    check?: string;
    test?: string;
    target?: string;
    passed?: boolean;
    statistic?: number | null;
    p?: number | null;
    note?: string;
  }[];
  reason?: { code?: string; [k: string]: unknown };
  result?: Record<string, unknown>;
  sensitivity?: { test?: string; result?: Record<string, unknown>; [k: string]: unknown };
  decision?: { significant?: boolean; direction?: string; expected?: string; asExpected?: boolean; p?: number | null };
  summary?: Record<string, unknown>;
  groups?: ({ level?: string } & AnalysisDoc)[];
  [k: string]: unknown;
}
