/**
 * Scoring shared by the hand-annotated corpora of real text (fresh-*.yaml, fresh2-*.yaml):
 * loading the annotations, matching naskah's findings to them, and precision and recall of the
 * "inconsistent" flag per check. The matching rules were fixed before naskah was first run on
 * the fresh corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkText } from '../../src/check/index.ts';

interface FreshItem {
  id: string;
  lang: 'id' | 'en';
  url: string;
  source: string;
  text: string;
  expect: string[];
}

interface Annotation {
  check: string;
  verdict: string;
}

const FLAG = new Set(['inconsistent', 'decision-error']);

export function load(file: string): (FreshItem & { annotations: Annotation[] })[] {
  const items = parse(readFileSync(join(import.meta.dirname, 'external', file), 'utf8')) as FreshItem[];
  return items.map((c) => ({
    ...c,
    annotations: c.expect.flatMap((e) => {
      const [check, verdict, times] = e.split(/\s+/);
      return Array.from({ length: times ? Number(times.slice(1)) : 1 }, () => ({ check: check!, verdict: verdict! }));
    }),
  }));
}

// A share recomputed from its count and total is annotated "percentages" whether it sits in
// prose or in a table; naskah reports table shares under "totals". Inconsistent and decision
// error are one flag. Both rules were fixed before naskah was run on this corpus.
const sameCheck = (annotated: string, found: string) =>
  annotated === found || (annotated === 'percentages' && found === 'totals');
const sameVerdict = (annotated: string, found: string) =>
  annotated === found || (FLAG.has(annotated) && FLAG.has(found));

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const fmt = (a: number, b: number) => `${b === 0 ? '—' : ratio(a, b).toFixed(2)} (${a}/${b})`;

export function score(items: ReturnType<typeof load>) {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (check: string) => per.get(check) ?? per.set(check, { tp: 0, fp: 0, fn: 0 }).get(check)!;
  const lines: string[] = [];
  let matched = 0;
  let annotated = 0;
  for (const c of items) {
    const report = checkText(c.text, { lang: c.lang });
    const remaining = [...c.annotations];
    annotated += remaining.length;
    for (const f of report.findings) {
      const i = remaining.findIndex((e) => sameCheck(e.check, f.check) && sameVerdict(e.verdict, f.verdict));
      if (i >= 0) {
        matched++;
        if (FLAG.has(f.verdict)) tally(remaining[i]!.check).tp++;
        remaining.splice(i, 1);
      } else {
        lines.push(`${c.id}: extra ${f.check} ${f.verdict} (${f.reported}): ${f.explanation}`);
        if (FLAG.has(f.verdict)) tally(f.check).fp++;
      }
    }
    for (const e of remaining) {
      lines.push(`${c.id}: missed ${e.check} ${e.verdict}`);
      if (FLAG.has(e.verdict)) tally(e.check).fn++;
    }
  }
  const all = [...per.values()].reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const checks = [...per.entries()]
    .filter(([, s]) => s.tp + s.fp + s.fn > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, s]) => `  ${k}: precision ${fmt(s.tp, s.tp + s.fp)}, recall ${fmt(s.tp, s.tp + s.fn)}`);
  return {
    summary:
      `${matched}/${annotated} annotated verdicts found; "inconsistent" over all checks: ` +
      `precision ${fmt(all.tp, all.tp + all.fp)}, recall ${fmt(all.tp, all.tp + all.fn)}\n${checks.join('\n')}`,
    lines,
  };
}

export const sizeOf = (items: ReturnType<typeof load>) => ({
  items: items.length,
  sources: new Set(items.map((c) => c.url)).size,
  annotated: items.reduce((n, c) => n + c.annotations.length, 0),
  inconsistent: items.reduce((n, c) => n + c.annotations.filter((a) => FLAG.has(a.verdict)).length, 0),
});
