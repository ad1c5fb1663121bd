/** What the composer gets of one analysis: its report unit bound to its spec and result. */
import type { ReportContext } from './context.ts';
import { wording } from './context.ts';
import type { FigureModel, TableModel } from './document.ts';
import * as subsetWording from './locale/subset.ts';

/** The methods of one analysis in parts, so that analyses that differ only in their subset share one paragraph. */
export interface MethodsParts {
  /** The type's own sentences. */
  base: string | undefined;
  /** The analysis' caption, which names it where it has no sentence of its own. */
  name?: string;
  /** The `filter:` subset in words, with its n. */
  subset?: subsetWording.SubsetPart;
  /** A sentence that follows the base (the levels of a generic `by:`). */
  extra?: string;
}

/** One analysis' report unit with its spec and result already checked: every part of it in one language. */
export interface BoundReport {
  tables(ctx: ReportContext): TableModel[];
  figures(ctx: ReportContext): FigureModel[];
  stat(ctx: ReportContext): string | undefined;
  /** The `:stat` strings of the levels of a generic `by:`, by level code (`:stat[id.level]`). */
  levelStats(ctx: ReportContext): Record<string, string>;
  /** The whole methods text of this analysis alone (its parts joined). */
  methods(ctx: ReportContext): string | undefined;
  methodsParts(ctx: ReportContext): MethodsParts;
  results(ctx: ReportContext): string;
  abstract(ctx: ReportContext): string | undefined;
  conclusion(ctx: ReportContext): string | undefined;
}

/** The methods parts joined: the sentence of a single subset follows the base. */
export function joinMethods(parts: MethodsParts, ctx: ReportContext): string | undefined {
  const W = wording(ctx, subsetWording);
  const name = parts.base ? undefined : parts.name;
  const said = [parts.base, parts.subset ? W.subset(parts.subset.words, parts.subset.n, name) : undefined, parts.extra];
  return said.filter(Boolean).join(' ') || undefined;
}
