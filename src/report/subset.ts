/**
 * How a report names the subset an analysis ran on (`filter:`, or one level of a generic
 * `by:`): the condition in words with the study's own labels ("Species: Adélie",
 * "Age ≥ 35"), placed in every sentence and caption that reports the analysis, so two
 * analyses that differ only in their subset never read alike.
 */
import { type FilterNode, parseFilter } from '../analysis/filter.ts';
import { variableInfo } from '../instruments/labels.ts';
import { md, type ReportContext, wording } from './context.ts';
import type { FigureModel, TableModel } from './document.ts';
import * as messages from './locale/subset.ts';

const SYMBOLS = { '==': '=', '!=': '\u2260', '<': '<', '<=': '\u2264', '>': '>', '>=': '\u2265' } as const;

/** The condition of a `filter:` in words, with the variables' and levels' labels as the study wrote them (Markdown-safe). */
export function subsetWords(filter: string, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const label = (name: string) => md(ctx.label(name));
  const isLevelled = (name: string) => Boolean(variableInfo(ctx.study, name)?.levels?.length);
  const level = (name: string, code: string) => md(ctx.levelLabel(name, code));
  const say = (node: FilterNode, parent?: 'and' | 'or'): string => {
    switch (node.kind) {
      case 'and':
      case 'or': {
        const text = `${say(node.left, node.kind)} ${W[node.kind]} ${say(node.right, node.kind)}`;
        return parent && parent !== node.kind ? `(${text})` : text;
      }
      case 'not':
        return W.not(say(node.operand));
      case 'in':
        return W.anyOf(
          label(node.variable),
          node.values.map((v) => (isLevelled(node.variable) ? level(node.variable, v.text) : md(v.text))),
        );
      case 'compare': {
        const { variable, op, value } = node;
        if (value.number !== null && !isLevelled(variable))
          return `${label(variable)} ${SYMBOLS[op]} ${W.number(value.text)}`;
        const shown = isLevelled(variable) ? level(variable, value.text) : md(value.text);
        return op === '!=' ? W.notEqual(label(variable), shown) : W.equal(label(variable), shown);
      }
    }
  };
  return say(parseFilter(filter));
}

/**
 * A reporting sentence (or several) with the subset named in each: before the statistic
 * the sentence gives when it is the analysis' `stat`, else before the final stop.
 */
export function placeSubset(text: string, words: string, ctx: ReportContext, stat?: string): string {
  const within = wording(ctx, messages).within(words);
  return splitSentences(text)
    .map((s) => {
      if (stat) {
        // "…, r(149) = .39, p < .001." or "… (t(66) = −5.21, p < .001)."
        const at = Math.max(s.lastIndexOf(`, ${stat}`), s.lastIndexOf(` (${stat}`));
        if (at > 0) return `${s.slice(0, at)} ${within}${s.slice(at)}`;
      }
      const stop = /[.!?]$/.exec(s);
      return stop ? `${s.slice(0, -1)} ${within}${stop[0]}` : `${s} (${within})`;
    })
    .join(' ');
}

/** Sentences end at a stop followed by a space and a capital or a directive (`:ref[…]`); "p < .001" stays inside. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu}|:[a-z]+\[)/u);
}

/** The first sentence of the results of an analysis run on a subset, before the unit's own. */
export function leadResults(results: string, words: string, n: number, ctx: ReportContext): string {
  return `${wording(ctx, messages).lead(words, n)} ${results}`;
}

/** A caption that names the subset, unless it is the study's own title of the analysis (which the author worded). */
export function captionWithSubset(caption: string, words: string, ctx: ReportContext, authored: string | undefined) {
  return caption === authored ? caption : wording(ctx, messages).caption(caption, words);
}

export function tablesWithSubset(tables: TableModel[], words: string, ctx: ReportContext, authored?: string) {
  return tables.map((t) => ({ ...t, caption: captionWithSubset(t.caption, words, ctx, authored) }));
}

export function figuresWithSubset(figures: FigureModel[], words: string, ctx: ReportContext, authored?: string) {
  return figures.map((f) => ({ ...f, caption: captionWithSubset(f.caption, words, ctx, authored) }));
}
