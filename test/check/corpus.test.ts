/**
 * The corpus of hand-written statements and table excerpts (test/check/corpus/*.yaml),
 * each with its known verdicts. Every case is checked; the run prints precision and
 * recall per check and overall, and fails when overall recall < 0.95 or precision < 0.98.
 *
 * Matching: a finding counts as correct when the case expects a finding of the same check
 * with the same verdict (each expectation matched once). Precision = correct / all
 * findings; recall = correct / all expectations. "Flag" figures count only findings that
 * change the exit code or need attention (inconsistent, decision error, reporting issue).
 */
import { describe, expect, it, afterAll } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import type { Verdict } from '../../src/check/types.ts';
import { VERDICTS } from '../../src/check/types.ts';
import { CHECKS } from '../../src/check/checks/index.ts';
import { loadCorpus, type Expectation, type Case } from './corpus-loader.ts';

const FLAGGED = new Set<Verdict>(['inconsistent', 'decision-error', 'reporting-issue']);

const cases = loadCorpus();

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  flagTp: number;
  flagFp: number;
  flagFn: number;
}

const tallies = new Map<string, Tally>();
function tally(check: string): Tally {
  let t = tallies.get(check);
  if (!t) tallies.set(check, (t = { tp: 0, fp: 0, fn: 0, flagTp: 0, flagFp: 0, flagFn: 0 }));
  return t;
}

interface Outcome {
  id: string;
  missing: Expectation[];
  extra: Expectation[];
}
const outcomes: Outcome[] = [];

function score(c: Case): Outcome {
  const report = checkText(c.text, { lang: c.lang });
  const remaining = [...c.expect];
  const extra: Expectation[] = [];
  for (const f of report.findings) {
    const i = remaining.findIndex((e) => e.check === f.check && e.verdict === f.verdict);
    const t = tally(f.check);
    if (i >= 0) {
      remaining.splice(i, 1);
      t.tp++;
      if (FLAGGED.has(f.verdict)) t.flagTp++;
    } else {
      t.fp++;
      if (FLAGGED.has(f.verdict)) t.flagFp++;
      extra.push({ check: f.check, verdict: f.verdict });
    }
  }
  for (const e of remaining) {
    const t = tally(e.check);
    t.fn++;
    if (FLAGGED.has(e.verdict)) t.flagFn++;
  }
  return { id: c.id, missing: remaining, extra };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function totals(): Tally {
  const all: Tally = { tp: 0, fp: 0, fn: 0, flagTp: 0, flagFp: 0, flagFn: 0 };
  for (const t of tallies.values()) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  return all;
}

describe('check corpus', () => {
  it('has at least 80 cases in both languages, with consistent and flagged verdicts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.lang === 'id').length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(30);
    const verdicts = new Set(cases.flatMap((c) => c.expect.map((e) => e.verdict)));
    for (const v of VERDICTS) expect(verdicts).toContain(v);
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const c of cases) {
    it(`${c.file}: ${c.id}`, () => {
      const o = score(c);
      outcomes.push(o);
      // Individual cases are reported here; the gate is the overall precision and recall below.
      if (o.missing.length || o.extra.length) {
        console.log(`corpus ${c.id}: missing ${JSON.stringify(o.missing)} extra ${JSON.stringify(o.extra)}`);
      }
    });
  }

  it('reaches recall ≥ 0.95 and precision ≥ 0.98 overall', () => {
    const all = totals();
    expect(all.tp + all.fn).toBeGreaterThan(0);
    expect(ratio(all.tp, all.tp + all.fn)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(all.tp, all.tp + all.fp)).toBeGreaterThanOrEqual(0.98);
    expect(ratio(all.flagTp, all.flagTp + all.flagFn)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(all.flagTp, all.flagTp + all.flagFp)).toBeGreaterThanOrEqual(0.98);
  });

  afterAll(() => {
    const rows = [...CHECKS.map((c) => c.id), 'overall'].map((id) => {
      const t = id === 'overall' ? totals() : tally(id);
      return {
        check: id,
        expected: t.tp + t.fn,
        found: t.tp + t.fp,
        correct: t.tp,
        precision: ratio(t.tp, t.tp + t.fp).toFixed(3),
        recall: ratio(t.tp, t.tp + t.fn).toFixed(3),
        'flag precision': ratio(t.flagTp, t.flagTp + t.flagFp).toFixed(3),
        'flag recall': ratio(t.flagTp, t.flagTp + t.flagFn).toFixed(3),
      };
    });
    const header = Object.keys(rows[0]!);
    const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h as keyof typeof r]).length)));
    const line = (vals: string[]) => vals.map((v, i) => v.padStart(widths[i]!)).join('  ');
    console.log(
      [
        `naskah check corpus: ${cases.length} cases (${cases.filter((c) => c.lang === 'id').length} id, ${cases.filter((c) => c.lang === 'en').length} en)`,
        line(header),
        ...rows.map((r) => line(header.map((h) => String(r[h as keyof typeof r])))),
      ].join('\n'),
    );
  });
});
