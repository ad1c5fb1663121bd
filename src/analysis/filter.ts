/**
 * `filter:` on an analysis entry: a condition on the study's variables that selects the
 * rows the analysis runs on. naskah parses it itself (never evaluated as JavaScript):
 *
 *   condition  := or
 *   or         := and ( "or" and )*
 *   and        := not ( "and" not )*
 *   not        := "not" not | "(" condition ")" | comparison
 *   comparison := variable op value | variable "in" "[" value ( "," value )* "]"
 *   op         := "==" | "!=" | "<" | "<=" | ">" | ">="
 *   value      := number | level code (a bare word) | 'quoted' | "quoted"
 *
 * A comparison with a missing value is unknown (neither true nor false), as in SQL: `not`
 * keeps it unknown, and a row is analysed only when the whole condition is true, so a
 * filter never silently includes a participant whose value it could not check.
 */
import type { Dataset, Variable } from '../data/types.ts';

type Op = '==' | '!=' | '<' | '<=' | '>' | '>=';
interface Value {
  text: string;
  number: number | null;
  at: number;
}
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; variable: string; at: number; op: Op; value: Value }
  | { kind: 'in'; variable: string; at: number; values: Value[] };

interface Token {
  kind: 'word' | 'number' | 'string' | 'op' | 'punct' | 'end';
  text: string;
  at: number;
}

/** A mistake in the condition: what is wrong and the character (0-based) where it is. */
export class FilterError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const WORD = /[A-Za-z_\p{L}][\p{L}\p{N}_.-]*/uy;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      out.push({ kind: 'op', text: two, at: i });
      i += 2;
      continue;
    }
    if (c === '<' || c === '>') {
      out.push({ kind: 'op', text: c, at: i });
      i++;
      continue;
    }
    if (c === '=') throw new FilterError('a single "=" is not a comparison; write "==" to test equality', i);
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      out.push({ kind: 'punct', text: c, at: i });
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const close = src.indexOf(c, i + 1);
      if (close < 0) throw new FilterError(`the quoted value opened here has no closing ${c}`, i);
      out.push({ kind: 'string', text: src.slice(i + 1, close), at: i });
      i = close + 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(src);
    if (num) {
      out.push({ kind: 'number', text: num[0], at: i });
      i += num[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(src);
    if (word) {
      out.push({ kind: 'word', text: word[0], at: i });
      i += word[0].length;
      continue;
    }
    throw new FilterError(`"${c}" is not part of the filter language`, i);
  }
  out.push({ kind: 'end', text: '', at: src.length });
  return out;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in']);

/** Parses a filter condition; throws FilterError with the position of the first mistake. */
export function parseFilter(src: string): FilterNode {
  const tokens = tokenize(src);
  let k = 0;
  const peek = () => tokens[k]!;
  const isWord = (w: string) => peek().kind === 'word' && peek().text === w;
  const describe = (t: Token) => (t.kind === 'end' ? 'the end of the condition' : `"${t.text}"`);
  const expect = (text: string, what: string) => {
    const t = peek();
    if (t.text !== text || t.kind === 'string') throw new FilterError(`expected ${what}, found ${describe(t)}`, t.at);
    k++;
  };
  const value = (): Value => {
    const t = peek();
    if (t.kind === 'number') {
      k++;
      return { text: t.text, number: Number(t.text), at: t.at };
    }
    if (t.kind === 'string' || (t.kind === 'word' && !KEYWORDS.has(t.text))) {
      k++;
      return { text: t.text, number: null, at: t.at };
    }
    throw new FilterError(`expected a number or a level code, found ${describe(t)}`, t.at);
  };
  const comparison = (): FilterNode => {
    const t = peek();
    if (t.kind !== 'word' || KEYWORDS.has(t.text))
      throw new FilterError(`expected a variable name, found ${describe(t)}`, t.at);
    k++;
    if (isWord('in')) {
      k++;
      expect('[', '"[" to open the list of values');
      const values = [value()];
      while (peek().text === ',' && peek().kind === 'punct') {
        k++;
        values.push(value());
      }
      expect(']', '"," or "]" to close the list of values');
      return { kind: 'in', variable: t.text, at: t.at, values };
    }
    const op = peek();
    if (op.kind !== 'op')
      throw new FilterError(
        `expected a comparison (==, !=, <, <=, >, >= or in) after "${t.text}", found ${describe(op)}`,
        op.at,
      );
    k++;
    return { kind: 'compare', variable: t.text, at: t.at, op: toOp(op.text), value: value() };
  };
  const not = (): FilterNode => {
    if (isWord('not')) {
      k++;
      return { kind: 'not', operand: not() };
    }
    if (peek().kind === 'punct' && peek().text === '(') {
      k++;
      const inner = or();
      expect(')', '")" to close the parenthesis');
      return inner;
    }
    return comparison();
  };
  const and = (): FilterNode => {
    let left = not();
    while (isWord('and')) {
      k++;
      left = { kind: 'and', left, right: not() };
    }
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (isWord('or')) {
      k++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const tree = or();
  if (peek().kind !== 'end')
    throw new FilterError(`expected "and", "or" or the end, found ${describe(peek())}`, peek().at);
  return tree;
}

function toOp(text: string): Op {
  switch (text) {
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return text;
    default:
      throw new Error(`tokenizer gave an unknown operator ${text}`);
  }
}

/** A row test: true, false, or null when a value it needs is missing. */
type RowTest = (row: number) => boolean | null;

function compileCompare(v: Variable, op: Op, value: Value): RowTest {
  if (v.kind === 'numeric') {
    const x = value.number;
    if (x === null)
      throw new FilterError(`"${v.name}" is numeric, so it is compared with a number, not "${value.text}"`, value.at);
    const vals = v.values;
    const cmp: Record<Op, (a: number) => boolean> = {
      '==': (a) => a === x,
      '!=': (a) => a !== x,
      '<': (a) => a < x,
      '<=': (a) => a <= x,
      '>': (a) => a > x,
      '>=': (a) => a >= x,
    };
    const f = cmp[op];
    return (r) => {
      const a = vals[r];
      return a === null || a === undefined ? null : f(a);
    };
  }
  if (op !== '==' && op !== '!=')
    throw new FilterError(`"${v.name}" is not numeric, so only ==, != and in apply to it`, value.at);
  if (v.kind === 'categorical' && !v.levels.some((l) => l.code === value.text))
    throw new FilterError(
      `"${value.text}" is not a level of "${v.name}" (levels: ${v.levels.map((l) => l.code).join(', ')})`,
      value.at,
    );
  const vals = v.values;
  const want = value.text;
  return (r) => {
    const a = vals[r];
    if (a === null || a === undefined) return null;
    return op === '==' ? a === want : a !== want;
  };
}

function compile(node: FilterNode, data: Dataset): RowTest {
  switch (node.kind) {
    case 'and': {
      const l = compile(node.left, data);
      const r = compile(node.right, data);
      return (i) => {
        const a = l(i);
        if (a === false) return false;
        const b = r(i);
        if (b === false) return false;
        return a === null || b === null ? null : true;
      };
    }
    case 'or': {
      const l = compile(node.left, data);
      const r = compile(node.right, data);
      return (i) => {
        const a = l(i);
        if (a === true) return true;
        const b = r(i);
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
    }
    case 'not': {
      const f = compile(node.operand, data);
      return (i) => {
        const a = f(i);
        return a === null ? null : !a;
      };
    }
    case 'compare':
    case 'in': {
      const v = data.variables.get(node.variable);
      if (!v) throw new FilterError(`"${node.variable}" is not a variable of the study`, node.at);
      if (node.kind === 'compare') return compileCompare(v, node.op, node.value);
      const tests = node.values.map((x) => compileCompare(v, '==', x));
      return (i) => {
        let unknown = false;
        for (const t of tests) {
          const a = t(i);
          if (a === true) return true;
          if (a === null) unknown = true;
        }
        return unknown ? null : false;
      };
    }
  }
}

/** The rows (0-based) for which the condition is true. */
export function filterRows(src: string, data: Dataset): number[] {
  const test = compile(parseFilter(src), data);
  const rows: number[] = [];
  for (let i = 0; i < data.n; i++) if (test(i) === true) rows.push(i);
  return rows;
}

/** The dataset restricted to `rows`, every variable and the row bookkeeping alike. */
export function subsetDataset(data: Dataset, rows: readonly number[]): Dataset {
  const pickAll = <T>(xs: readonly T[]): T[] => rows.map((r) => xs[r]!);
  const variables = new Map<string, Variable>();
  for (const [name, v] of data.variables) {
    if (v.kind === 'numeric') variables.set(name, { ...v, values: pickAll(v.values) });
    else if (v.kind === 'categorical') variables.set(name, { ...v, values: pickAll(v.values) });
    else variables.set(name, { ...v, values: pickAll(v.values) });
  }
  const out: Dataset = { ...data, n: rows.length, rowNumbers: pickAll(data.rowNumbers), variables };
  if (data.ids) out.ids = pickAll(data.ids);
  return out;
}
