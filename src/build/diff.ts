/**
 * What changed between two builds of a study, as a reader of the manuscript sees it:
 *
 * - numbers: every reported number whose printed form changed (src/build/reported.ts), in
 *   results.json order;
 * - conclusions: what the text concludes from them — a hypothesis decision that flipped
 *   (significance, direction), a different test chosen, an assumption check that now
 *   fails or holds, a count that crossed a category threshold (a participant whose
 *   score moved into another PSS/DASS category or age band), an analysis that fails or
 *   recovers, analyses added or removed.
 *
 * Pure: two parsed results.json documents in, plain data out.
 */
import { messages as M } from './messages.ts';
import { identify, reportedNumbers, showNumber, type AnalysisDoc, type ResultsDoc } from './reported.ts';

export interface NumberChange {
  analysis: string;
  quantity: string;
  old: string;
  new: string;
  oldValue: number | null | undefined;
  newValue: number | null | undefined;
}

export type ConclusionKind =
  | 'significance'
  | 'direction'
  | 'test'
  | 'check'
  | 'threshold'
  | 'failure'
  | 'added'
  | 'removed';

export interface ConclusionChange {
  analysis: string;
  kind: ConclusionKind;
  /** The group level the change belongs to, for analyses split by a group variable. */
  group?: string;
  old: string;
  new: string;
  message: string;
}

export interface ResultsDiff {
  study?: string;
  numbers: NumberChange[];
  conclusions: ConclusionChange[];
  /** Numeric values that differ at full precision but print the same. */
  belowPrecision: number;
  changed: boolean;
}

export function diffResults(oldDoc: ResultsDoc, newDoc: ResultsDoc): ResultsDiff {
  const before = reportedNumbers(oldDoc);
  const after = reportedNumbers(newDoc);
  const numbers: NumberChange[] = [];
  let belowPrecision = 0;
  // New order first (the manuscript as it is now), then what disappeared.
  const keys = [...after.keys(), ...[...before.keys()].filter((k) => !after.has(k))];
  for (const key of keys) {
    const o = before.get(key);
    const n = after.get(key);
    const oldShown = o?.shown ?? '—';
    const newShown = n?.shown ?? '—';
    if (oldShown !== newShown) {
      const r = (n ?? o)!;
      numbers.push({
        analysis: r.analysis,
        quantity: r.quantity,
        old: oldShown,
        new: newShown,
        oldValue: o?.value,
        newValue: n?.value,
      });
    } else if (o && n && o.value !== n.value) belowPrecision++;
  }
  const conclusions: ConclusionChange[] = [];
  const ids = [
    ...Object.keys(newDoc.analyses ?? {}),
    ...Object.keys(oldDoc.analyses ?? {}).filter((k) => !(k in (newDoc.analyses ?? {}))),
  ];
  for (const id of ids) {
    const a = oldDoc.analyses?.[id];
    const b = newDoc.analyses?.[id];
    if (!a && b)
      conclusions.push({
        analysis: id,
        kind: 'added',
        old: '—',
        new: b.test ?? '',
        message: M.added(b.test ?? b.type ?? ''),
      });
    else if (a && !b)
      conclusions.push({ analysis: id, kind: 'removed', old: a.test ?? '', new: '—', message: M.removed() });
    else if (a && b) compareAnalysis(id, a, b, undefined, conclusions);
  }
  return {
    study: newDoc.study ?? oldDoc.study,
    numbers,
    conclusions,
    belowPrecision,
    changed: numbers.length > 0 || conclusions.length > 0,
  };
}

function compareAnalysis(
  id: string,
  a: AnalysisDoc,
  b: AnalysisDoc,
  group: string | undefined,
  out: ConclusionChange[],
): void {
  const push = (kind: ConclusionKind, old: string, now: string, message: string) =>
    out.push({ analysis: id, kind, ...(group !== undefined ? { group } : {}), old, new: now, message });

  const failA = failure(a.result);
  const failB = failure(b.result);
  if (!failA && failB) push('failure', 'computed', failB, M.failed(failB));
  else if (failA && !failB) push('failure', failA, 'computed', M.recovered());

  if (a.test !== b.test && a.test !== undefined && b.test !== undefined)
    push('test', a.test, b.test, M.test(a.test, b.test, b.reason?.code));

  // Assumption checks, matched by check, test and target.
  const key = (c: NonNullable<AnalysisDoc['checks']>[number]) => `${c.check}|${c.test}|${c.target ?? ''}`;
  const oldChecks = new Map((a.checks ?? []).map((c) => [key(c), c]));
  for (const c of b.checks ?? []) {
    const o = oldChecks.get(key(c));
    if (!o || o.passed === c.passed || typeof c.passed !== 'boolean') continue;
    const what = `${c.check ?? 'check'} (${c.test ?? ''}${c.target ? ` of ${c.target}` : ''})`;
    push(
      'check',
      o.passed ? 'holds' : 'rejected',
      c.passed ? 'holds' : 'rejected',
      M.check(what, c.passed, showNumber('p', o.p ?? null), showNumber('p', c.p ?? null)),
    );
  }

  const da = a.decision;
  const db = b.decision;
  if (da && db) {
    if (da.significant !== db.significant && typeof db.significant === 'boolean') {
      push(
        'significance',
        da.significant ? 'significant' : 'not significant',
        db.significant ? 'significant' : 'not significant',
        M.significance(db.significant, showNumber('p', da.p ?? null), showNumber('p', db.p ?? null)),
      );
    }
    if (da.direction !== db.direction && da.direction !== undefined && db.direction !== undefined) {
      push('direction', da.direction, db.direction, M.direction(da.direction, db.direction));
    }
  }

  for (const t of thresholdCrossings(a, b)) push('threshold', t.old, t.new, M.threshold(t.variable, t.moves));
  for (const c of classifications(a.result, b.result))
    push('threshold', c.old, c.new, M.classification(c.where, c.old, c.new));

  // Analyses split by a group variable: the same comparison within each group level.
  const groupsA = new Map((a.groups ?? []).map((g) => [String(g.level), g]));
  for (const g of b.groups ?? []) {
    const o = groupsA.get(String(g.level));
    if (o) compareAnalysis(id, o, g, String(g.level), out);
  }
}

function failure(result: unknown): string | undefined {
  const e = (result as { error?: { code?: string; message?: string } } | undefined)?.error;
  return e && typeof e === 'object' ? (e.message ?? e.code ?? 'error') : undefined;
}

interface Crossing {
  variable: string;
  moves: string[];
  old: string;
  new: string;
}

/**
 * Counts of a category made by a threshold — an instrument's category from its cut-offs
 * (`pss_pre.category`, `…​.scale.category`) or a binned variable (`usia.group`) — that
 * changed: some participant's score crossed a cut-off.
 */
function thresholdCrossings(a: AnalysisDoc, b: AnalysisDoc): Crossing[] {
  const out: Crossing[] = [];
  const vars = (d: AnalysisDoc) =>
    ((d.result?.variables as unknown[]) ?? []).filter(
      (v): v is Record<string, unknown> => !!v && typeof v === 'object',
    );
  const before = new Map(vars(a).map((v) => [String(v.variable), v]));
  for (const v of vars(b)) {
    const name = String(v.variable);
    if (!/\.(category|group)$/.test(name)) continue;
    const o = before.get(name);
    if (!o) continue;
    const countsA = categoryCounts(o);
    const countsB = categoryCounts(v);
    const moves: string[] = [];
    for (const [where, cats] of countsB) {
      const old = countsA.get(where) ?? new Map<string, number>();
      const levels = [...new Set([...old.keys(), ...cats.keys()])];
      for (const level of levels) {
        const x = old.get(level) ?? 0;
        const y = cats.get(level) ?? 0;
        if (x !== y) moves.push(M.move(where ? `${where} › ${level}` : level, String(x), String(y)));
      }
    }
    if (moves.length) {
      const summary = (m: Map<string, Map<string, number>>) =>
        [...(m.get('') ?? [...m.values()][0] ?? new Map()).entries()].map(([k, n]) => `${k} ${n}`).join(', ');
      out.push({ variable: name, moves, old: summary(countsA), new: summary(countsB) });
    }
  }
  return out;
}

/** Category counts of one frequencies variable: overall (key '') and per group level. */
function categoryCounts(v: Record<string, unknown>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const read = (where: string, f: unknown) => {
    const cats = (f as { categories?: { value?: unknown; n?: unknown }[] } | undefined)?.categories;
    if (!Array.isArray(cats)) return;
    out.set(where, new Map(cats.map((c) => [String(c.value), typeof c.n === 'number' ? c.n : 0])));
  };
  read('', v.overall);
  for (const g of (v.groups as { level?: unknown; result?: unknown }[] | undefined) ?? [])
    read(String(g.level), g.result ?? g);
  return out;
}

/** Text fields that classify (a direction, a category); booleans classify too (`reliable`). */
const CLASSIFYING = /^(direction|category\w*|classification|status)$/;

/**
 * Classifications inside a result that changed: a participant whose change became
 * reliable (reliable-change index beyond its threshold), whose category before or after
 * moved, whose direction flipped. Elements of lists are matched by their names.
 */
function classifications(a: unknown, b: unknown, path: string[] = []): { where: string; old: string; new: string }[] {
  const out: { where: string; old: string; new: string }[] = [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const byName = new Map(a.map((el, i) => [identify(el) ?? `#${i + 1}`, el]));
    b.forEach((el, i) => {
      const name = identify(el) ?? `#${i + 1}`;
      if (byName.has(name)) out.push(...classifications(byName.get(name), el, [...path, name]));
    });
    return out;
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return out;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  if (x.error || y.error) return out;
  for (const [k, v] of Object.entries(y)) {
    const o = x[k];
    const where = [...path, k].join(' \u203a ');
    if (typeof v === 'boolean' && typeof o === 'boolean' && v !== o)
      out.push({ where, old: o ? 'yes' : 'no', new: v ? 'yes' : 'no' });
    else if (typeof v === 'string' && typeof o === 'string' && v !== o && CLASSIFYING.test(k))
      out.push({ where, old: o, new: v });
    else if (v && typeof v === 'object' && o && typeof o === 'object')
      out.push(
        ...classifications(
          o,
          v,
          Array.isArray(v)
            ? k === 'participants' || k === 'variables' || k === 'items'
              ? path
              : [...path, k]
            : [...path, k],
        ),
      );
  }
  return out;
}
