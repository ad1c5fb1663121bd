/**
 * Check 7 (continued): one test named in several places — the same comparison by the same
 * name (recognisers/named-results.ts), in the abstract and the results, say — with p-values
 * (or statistics of the same kind and df) that cannot be the same printed value. The other
 * half of check 7 (repeated-values.ts) recognises a repeated test by its statistic, df and
 * value; this one by its name, so a test whose statistic was also misprinted is found too.
 * Reported under `repeated-values`: consistent when every place agrees, inconsistent when two
 * disagree beyond rounding.
 */
import type { NamedResult, PReport } from '../types.ts';
import { absInterval, overlaps, pInterval } from '../rounding.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

const pText = (p: PReport) => `p ${p.op} ${p.num.raw}`;

function apart(a: NamedResult, b: NamedResult): 'p' | 'statistic' | null {
  if (!overlaps(pInterval(a.p), pInterval(b.p))) return 'p';
  const s = a.test;
  const t = b.test;
  if (
    s &&
    t &&
    s.kind === t.kind &&
    s.op === '=' &&
    t.op === '=' &&
    JSON.stringify(s.df) === JSON.stringify(t.df) &&
    !overlaps(absInterval(s.value), absInterval(t.value))
  )
    return 'statistic';
  return null;
}

export const repeatedComparisonsCheck: CheckUnit = {
  id: 'repeated-values',
  run(ctx: CheckContext) {
    const { m, source } = ctx;
    const out: Located[] = [];
    const byKey = new Map<string, NamedResult[]>();
    for (const r of ctx.extraction.namedResults ?? []) {
      const g = byKey.get(r.key);
      if (g) g.push(r);
      else byKey.set(r.key, [r]);
    }
    for (const g of byKey.values()) {
      // Two places at least, and not the same p read twice.
      if (g.length < 2 || new Set(g.map((r) => r.p.start)).size < g.length) continue;
      // Statistics of another kind or df under one name are several tests (a replication, another
      // sample): the name does not single one out.
      const sigs = new Set(g.filter((r) => r.test).map((r) => `${r.test!.kind} ${JSON.stringify(r.test!.df)}`));
      if (sigs.size > 1) continue;
      // Already a repeated test by statistic, df and value: repeated-values.ts reports it.
      const sameStat = g.every((r) => r.test && g[0]!.test && r.test.value.raw === g[0]!.test.value.raw);
      if (sameStat) continue;
      let what: 'p' | 'statistic' | null = null;
      for (let i = 0; i < g.length && !what; i++)
        for (let j = i + 1; j < g.length && !what; j++) what = apart(g[i]!, g[j]!);
      const lines = g.slice(1).map((r) => source.locate(r.place.start).line);
      const reported = g.map((r) => source.quote(r.place.start, r.place.end)).join(' | ');
      const values =
        what === 'statistic'
          ? [...new Set(g.map((r) => `${r.test?.label ?? ''} = ${r.test?.value.raw ?? ''}`))]
          : [...new Set(g.map((r) => pText(r.p)))];
      out.push(
        makeFinding(
          ctx,
          'repeated-values',
          what ? 'inconsistent' : 'consistent',
          { ...g[0]!.place },
          reported,
          m.repeatedRecomputed(lines),
          what
            ? m.repeatedInconsistent(what === 'p' ? 'p' : (g[0]!.test?.label ?? ''), values)
            : m.repeatedConsistent(g.length),
        ),
      );
    }
    return out;
  },
};
