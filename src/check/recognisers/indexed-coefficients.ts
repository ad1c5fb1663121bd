/**
 * Regression coefficients named by their predictor's number, as Indonesian theses name
 * predictors X1, X2, …: a coefficients table's rows ("Unstandardized Coefficients B Std. Error 1
 * Constant 3.428 1.250 X1 .188 .098 X2 .192 .038 …", each row's B the first number after its
 * label, even where the page moved the next row's label to the end of the line: "X1 .188\n.098
 * X2"), the regression equation ("Ŷ = 3,428 + 0,188X1 + 0,192X2", its subscripts perhaps on
 * lines of their own: "0,188x\n1") and the prose that names each coefficient ("β1 sebesar 0,188",
 * "b2 = 0,192", "koefisien regresi X3 sebesar 0,425").
 */
import type { Num } from '../types.ts';
import { parseNum } from './numbers.ts';

export interface IndexedCoefficient {
  /** The predictor's number: 1 for X1, β1 and b1. */
  index: number;
  value: Num;
  source: 'table' | 'equation' | 'prose';
  /** Every number of a table row (B, its standard error, Beta, t, p), to tell another column from a misprint. */
  row: Num[];
  start: number;
  end: number;
  /** For an equation's term: the predictors its equation names, or null when the equation names
   *  another kind of term too (a mediator "0,330Z", an interaction "0,012X1X2"). */
  equationPredictors?: number[] | null;
  /** For an equation's term: its equation's constant, when it prints one. */
  equationConstant?: Num | null;
}

export interface CoefficientTable {
  start: number;
  end: number;
  rows: IndexedCoefficient[];
  /** The constant's B, when the table prints a "(Constant)" row. */
  constant: Num | null;
}

const TABLE_HEADER = /\bUnstandardi[sz]ed\s+Coefficients?\b/giu;
/** Where a coefficients table ends: its source line, the dependent variable's note, a blank line. */
const TABLE_END = /\b(?:Sumber|Source)\b|\bDependent\s+Variable\b|\n\s*\n/u;
const TABLE_REACH = 1200;
const CONSTANT_ROW = /\(?\s*(?:Constant|Konstanta)\s*\)?\s+(-?(?:\d+[.,]\d+|[.,]\d+))/iu;
const ROW_LABEL = /(?<![\p{L}\p{N}])X\s?(\d{1,2})(?![\p{L}\p{N}]|[.,]\d)/gu;
const NUMBER = /(?<![\p{L}\p{N}.,])-?(?:\d+[.,]\d+|[.,]\d+|\d+)(?![\p{N}]|[.,]\d)/gu;
const MAX_ROW_NUMBERS = 8;

/** The coefficients tables of a text, each row under its predictor's number. */
export function readCoefficientTables(text: string): CoefficientTable[] {
  const tables: CoefficientTable[] = [];
  for (const h of text.matchAll(TABLE_HEADER)) {
    const start = h.index!;
    const from = start + h[0].length;
    const slice = text.slice(from, from + TABLE_REACH);
    const stop = TABLE_END.exec(slice);
    const body = stop ? slice.slice(0, stop.index) : slice;
    const labels = [...body.matchAll(ROW_LABEL)];
    const rows: IndexedCoefficient[] = [];
    labels.forEach((l, i) => {
      const rowFrom = l.index! + l[0].length;
      const rowTo = i + 1 < labels.length ? labels[i + 1]!.index! : body.length;
      const nums: Num[] = [];
      for (const m of body.slice(rowFrom, rowTo).matchAll(NUMBER)) {
        const n = parseNum(m[0], from + rowFrom + m.index!);
        if (n) nums.push(n);
        if (nums.length >= MAX_ROW_NUMBERS) break;
      }
      const b = nums[0];
      if (!b || b.decimals === 0) return;
      rows.push({ index: Number(l[1]), value: b, source: 'table', row: nums, start: from + l.index!, end: b.end });
    });
    // A table of predictors X1, X2, … in order, each once.
    if (rows.length < 2 || rows.some((r, i) => r.index !== i + 1)) continue;
    const c = CONSTANT_ROW.exec(body);
    const constant = c ? parseNum(c[1]!, from + c.index + c[0].length - c[1]!.length) : null;
    tables.push({ start, end: from + body.length, rows, constant });
  }
  return tables;
}

const EQUATION = /[YŶ]\s*'?\s*=\s*/gu;
/** One term of the equation: "+ 0,188X1", "− 0,05 x\n2", "+ 0,188 (X1)". */
const TERM = /^\s*([+\-−–])\s*(\d+[.,]\d+|[.,]\d+)\s*\(?\s*[xX]\s*(\d{1,2})(?![\p{N}\p{L}*])\s*\)?/u;
/** A numbered term the equation goes on with that is not a predictor X1, X2 …: "+ 0,330Z". */
const OTHER_TERM = /^\s*[+\-−–]\s*(?:\d+[.,]\d+|[.,]\d+)/u;
const CONSTANT = /^\s*-?(?:\d+[.,]\d+|[.,]\d+)/u;

/** The coefficients of every regression equation "Y = a + b1X1 + b2X2 …" printed with numbers. */
export function readEquationCoefficients(text: string): IndexedCoefficient[] {
  const out: IndexedCoefficient[] = [];
  for (const e of text.matchAll(EQUATION)) {
    let at = e.index! + e[0].length;
    const constant = CONSTANT.exec(text.slice(at, at + 30));
    const constantNum = constant ? parseNum(constant[0].trim(), at + constant[0].search(/\S/u)) : null;
    if (constant) at += constant[0].length;
    const terms: IndexedCoefficient[] = [];
    for (;;) {
      const m = TERM.exec(text.slice(at, at + 40));
      if (!m) break;
      const numAt = at + m[0].indexOf(m[2]!, m[1]!.length);
      const n = parseNum(m[2]!, numAt);
      if (n)
        terms.push({ index: Number(m[3]), value: n, source: 'equation', row: [], start: numAt, end: at + m[0].length });
      at += m[0].length;
    }
    // An equation with another numbered term is of another model (a path's second structure, a
    // moderation): its X terms are not the table's coefficients.
    const predictors = OTHER_TERM.test(text.slice(at, at + 40)) ? null : terms.map((t) => t.index);
    for (const t of terms) out.push({ ...t, equationPredictors: predictors, equationConstant: constantNum });
  }
  return out;
}

/**
 * "β1 sebesar 0,188", "b2 = 0,192", "koefisien regresi X3 sebesar 0,425", "koefisien regresi
 * variabel perencanaan (X1) adalah sebesar 0,298".
 */
const PROSE =
  /(?<![\p{L}\p{N}])(?:[βb]\s?(\d{1,2})|koefisien\s+regresi\s+(?:variabel\s+)?(?:[\p{L}-]+\s+){0,3}\(?X\s?(\d{1,2})\)?)\s*(?:(?:adalah|yaitu|bernilai)\s+)?(?:sebesar|adalah|yaitu|bernilai|=|:)\s*(-?\s?(?:\d+[.,]\d+|[.,]\d+))(?![\p{N}]|[.,]\d)/giu;

/**
 * Words that put a coefficient in another model than the multiple regression's table: a simple
 * regression, a path's substructure, another study, or a later step of a hierarchical or
 * moderated regression ("pada model 2, koefisien b1 sebesar 0,198", "setelah variabel moderasi
 * dimasukkan").
 */
const OTHER_MODEL =
  /\b(?:sederhana|simple|substruktur|sub-struktur|sub-structure|substructure|terdahulu|previous\s+stud(?:y|ies)|et\s+al|model\s*(?:ke-?\s*)?[2-9]|model\s+(?:kedua|ketiga|II|III)|second\s+model|moderasi|moderat\w*|moderated|interaksi|interaction|hierarchical|hierarki\w*|step\s*[2-9]|langkah\s*(?:ke-?\s*)?[2-9]|tahap\s*(?:ke-?\s*)?[2-9]|MRA)\b|\((?:19|20)\d{2}\)/iu;

/** A coefficient given as a percentage or per several units. */
const OTHER_UNITS_AFTER = /^\s*(?:%|persen\b|percent\b|per\s+\d)/iu;

const ABOUT_REGRESSION =
  /koefisien|regresi|persamaan|pengaruh|coefficient|regression|equation|slope|(?<![\p{L}])X\s?\d/iu;

/** Where the sentence a position stands in begins and ends (a full stop before a space, a blank line). */
function sentenceBounds(text: string, at: number): [number, number] {
  const from = Math.max(0, at - 400);
  const before = text.slice(from, at);
  const cut = Math.max(before.search(/[.!?]\s(?![\s\S]*[.!?]\s)/u), before.lastIndexOf('\n\n'));
  const after = text.slice(at, at + 400);
  const end = after.search(/[.!?](?:\s|$)|\n\s*\n/u);
  return [from + cut + 1, at + (end < 0 ? after.length : end)];
}

/** Coefficients named in prose by their predictor's number. */
export function readProseCoefficients(text: string): IndexedCoefficient[] {
  const out: IndexedCoefficient[] = [];
  for (const m of text.matchAll(PROSE)) {
    const [from, to] = sentenceBounds(text, m.index!);
    if (OTHER_MODEL.test(text.slice(from, to))) continue;
    // A bare "b1 = 0,850" is a regression coefficient only in a sentence about one; its words on
    // the line before it at most (a table's rows just above are not the sentence's).
    const lineStart = text.lastIndexOf('\n', m.index! - 1);
    const previousLine = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
    if (m[1] && !ABOUT_REGRESSION.test(text.slice(Math.max(from, previousLine), to))) continue;
    const raw = m[3]!;
    // "sebesar 24,5%", "2,45 per 10 satuan": the coefficient in other units, not restated as printed.
    if (OTHER_UNITS_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    const n = parseNum(raw.replace(/\s/gu, ''), m.index! + m[0].length - raw.length);
    if (!n) continue;
    out.push({
      index: Number(m[1] ?? m[2]),
      value: n,
      source: 'prose',
      row: [],
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return out;
}
