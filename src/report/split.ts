/**
 * The report of a generic `by:` (src/analysis/split.ts): each level's run worded by the
 * type's own report unit as a subset, its tables joined into one with a block per level
 * (a heading row with the level's label), the methods written once with every level's n.
 */
import type { SplitResult } from '../analysis/split.ts';
import type { AnalysisResult } from '../analysis/unit.ts';
import type { AnalysisSpec } from '../study/types.ts';
import { midSentence as mid } from '../text.ts';
import { type BoundReport, joinMethods, type MethodsParts } from './bound.ts';
import { md, type ReportContext, wording } from './context.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from './document.ts';
import * as messages from './locale/subset.ts';
import { captionWithSubset, splitSentences, subsetWords } from './subset.ts';

interface Level {
  code: string;
  n: number;
  bound: BoundReport;
  filter: string | undefined;
}

/** A block key for one level's own table or figure (when it cannot join the others). */
function levelKey(key: string, index: number): string {
  return `${key}-${index + 1}`;
}

const sameHead = (a: TableModel, b: TableModel) => JSON.stringify(a.head) === JSON.stringify(b.head);

function width(t: TableModel): number {
  const last = t.head[t.head.length - 1] ?? [];
  return last.reduce((sum, c) => sum + (c.colspan ?? 1), 0);
}

/** A table's head rows as body rows, for a block whose columns differ from the joined table's head. */
function headAsRows(t: TableModel, columns: number): TableRow[] {
  return t.head.map((row) => ({
    cells: padded(
      row.map((c) => ({ ...c, strong: true })),
      columns,
    ),
  }));
}

/** Cells with empty ones added so that the row spans `columns`. */
function padded(cells: TableCell[], columns: number): TableCell[] {
  const used = cells.reduce((sum, c) => sum + (c.colspan ?? 1), 0);
  return used >= columns ? cells : [...cells, ...Array.from({ length: columns - used }, () => ({ text: '' }))];
}

/**
 * One table per key of the unit's tables, with a block per level that has it: a heading row
 * with the level's label, then its rows. Where a level's columns differ from the others'
 * (e.g. Pearson's r in one level, Spearman's ρ in another) its block repeats its own head.
 */
function joinTables(levels: Level[], perLevel: TableModel[][], a: SplitResult, ctx: ReportContext): TableModel[] {
  const W = wording(ctx, messages);
  const byLabel = mid(ctx.label(a.result.by));
  const keys = [...new Set(perLevel.flatMap((p) => p.map((t) => t.key)))];
  return keys.map((key) => {
    const found = perLevel.map((p) => p.find((t) => t.key === key));
    const present = found.filter((t): t is TableModel => t !== undefined);
    const head = present.reduce((w, t) => (width(t) > width(w) ? t : w), present[0]!);
    const columns = width(head);
    const rows = found.flatMap((t, i): TableRow[] => {
      if (!t) return [];
      const heading: TableRow = {
        kind: 'group',
        cells: [{ text: ctx.levelLabel(a.result.by, levels[i]!.code), colspan: columns, strong: true }],
      };
      if (sameHead(t, head)) return [heading, ...t.rows];
      return [heading, ...headAsRows(t, columns), ...t.rows.map((r) => ({ ...r, cells: padded(r.cells, columns) }))];
    });
    return {
      ...head,
      caption: W.byCaption(present[0]!.caption, byLabel),
      rows,
      notes: [...new Set(present.flatMap((t) => t.notes))],
    };
  });
}

/** Everything of every level for one context: tables joined, figures one per level under keys of their own. */
function layout(levels: Level[], a: SplitResult, ctx: ReportContext) {
  const perLevel = levels.map((l) => ({ tables: l.bound.tables(ctx), figures: l.bound.figures(ctx) }));
  const tables = joinTables(
    levels,
    perLevel.map((p) => p.tables),
    a,
    ctx,
  );
  /** Per level: a figure key of the unit's → the key it has in the document. */
  const renamed = levels.map(() => new Map<string, string>());
  const figures: FigureModel[] = perLevel.flatMap((p, i) =>
    p.figures.map((f) => {
      renamed[i]!.set(f.key, levelKey(f.key, i));
      const words = subsetWords(levels[i]!.filter ?? '', ctx);
      return { ...f, key: levelKey(f.key, i), caption: captionWithSubset(f.caption, words, ctx, undefined) };
    }),
  );
  return { tables, figures, renamed };
}

/** Text with the sentences that only point to one of `keys` (`:ref[key] lists …`) left out. */
function withoutSentencesCiting(text: string, keys: string[]): string {
  return text
    .split('\n')
    .map((line) =>
      splitSentences(line)
        .filter((s) => !keys.some((k) => s.startsWith(`:ref[${k}]`)))
        .join(' '),
    )
    .join('\n');
}

const BLOCK = /^::(table|figure)\[([^\]]+)\]\s*$/;

/** Binds a generic `by:` entry: `bindLevel` binds one level's result with the type's own report unit. */
export function bindSplit(
  a: SplitResult,
  spec: AnalysisSpec,
  bindLevel: (level: AnalysisResult) => BoundReport,
): BoundReport {
  const levels: Level[] = a.result.levels.map((l) => ({
    code: l.level,
    n: l.n,
    bound: bindLevel(l.analysis),
    filter: l.analysis.subset?.filter,
  }));
  const methodsParts = (ctx: ReportContext): MethodsParts => {
    const W = wording(ctx, messages);
    const bases = [...new Set(levels.map((l) => l.bound.methodsParts(ctx).base).filter(Boolean))];
    const parts = levels.map((l) => ({ words: md(ctx.levelLabel(a.result.by, l.code)), n: l.n }));
    const subset = a.subset ? { words: subsetWords(a.subset.filter, ctx), n: a.subset.n } : undefined;
    return {
      base: bases.join(' ') || undefined,
      ...(subset ? { subset } : {}),
      extra: W.byLevels(
        md(levels[0]?.bound.tables(ctx)[0]?.caption ?? spec.id),
        md(mid(ctx.label(a.result.by))),
        parts,
      ),
    };
  };
  const joined = (part: 'abstract' | 'conclusion') => (ctx: ReportContext) =>
    levels
      .map((l) => l.bound[part](ctx))
      .filter(Boolean)
      .join(' ') || undefined;
  return {
    tables: (ctx) => layout(levels, a, ctx).tables,
    figures: (ctx) => layout(levels, a, ctx).figures,
    stat: () => undefined,
    levelStats: (ctx) =>
      Object.fromEntries(
        levels.flatMap((l) => {
          const s = l.bound.stat(ctx);
          return s ? [[l.code, s]] : [];
        }),
      ),
    methods: (ctx) => joinMethods(methodsParts(ctx), ctx),
    methodsParts,
    results(ctx) {
      const { renamed, tables } = layout(levels, a, ctx);
      const tableKeys = tables.map((t) => t.key);
      const blocks: string[] = [];
      const texts = levels.map((l, i) => {
        const kept: string[] = [];
        for (const line of l.bound.results(ctx).split('\n')) {
          const m = BLOCK.exec(line);
          if (!m) {
            kept.push(line);
            continue;
          }
          const block = `::${m[1]}[${m[1] === 'figure' ? (renamed[i]!.get(m[2]!) ?? m[2]) : m[2]}]`;
          if (!blocks.includes(block)) blocks.push(block);
        }
        // References to a level's own block follow its new key.
        let text = kept.join('\n').trim();
        for (const [from, to] of renamed[i]!) text = text.split(`:figref[${from}]`).join(`:figref[${to}]`);
        // The joined table is referred to once, after the last level.
        if (i < levels.length - 1) text = withoutSentencesCiting(text, tableKeys);
        return text.replace(/\n{3,}/g, '\n\n');
      });
      return [...texts, ...blocks].join('\n\n');
    },
    abstract: joined('abstract'),
    conclusion: joined('conclusion'),
  };
}
