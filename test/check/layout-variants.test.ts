/**
 * The same table in every layout extraction gives it (issue #14; test/check/layout-variants.ts
 * renders, test/check/layout-tables.ts holds the tables, taken from the development corpora).
 * For each table × layout it runs naskah check, matches the flags to the table's annotated
 * errors by place (corpus-score.ts's rules) and prints the matrix found/annotated (+ false
 * alarms). The exact flags of every cell are held in layout-variants.expected.json, so a layout
 * that stops being read shows as a failure; the file changes only with UPDATE=1. The cells where
 * errors are still missed are the known gaps (docs/check.md, "Tables in every layout").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { matchFlags, placeOf } from './corpus-score.ts';
import { LAYOUT_TABLES } from './layout-tables.ts';
import { errorSpan, LAYOUTS, render } from './layout-variants.ts';

const FLAG = new Set(['inconsistent', 'decision-error']);

interface Cell {
  found: number;
  annotated: number;
  falseAlarms: number;
  /** Every flag raised: check, what it reports, and whether it is an annotated error. */
  flags: [string, string, boolean][];
}

function measure(): Record<string, Record<string, Cell>> {
  const out: Record<string, Record<string, Cell>> = {};
  for (const t of LAYOUT_TABLES) {
    out[t.id] = {};
    for (const layout of LAYOUTS) {
      const r = render(t, layout);
      const flags = checkText(r.text, { lang: t.lang }).findings.filter((f) => FLAG.has(f.verdict));
      const placed = flags.map((f) => ({ ...f, ...placeOf(r.text, f) }));
      const matched = matchFlags(
        placed,
        t.errors.map((e) => errorSpan(r, e)),
      );
      const found = matched.filter((m) => m >= 0).length;
      out[t.id]![layout] = {
        found,
        annotated: t.errors.length,
        falseAlarms: flags.length - found,
        flags: flags.map((f, i) => [f.check, f.reported ?? '', matched[i]! >= 0]),
      };
    }
  }
  return out;
}

const expectedPath = join(import.meta.dirname, 'layout-variants.expected.json');

describe('tables in every layout (test/check/layout-variants.ts)', () => {
  it('every layout renders every annotated error cell', () => {
    for (const t of LAYOUT_TABLES)
      for (const layout of LAYOUTS) {
        const r = render(t, layout);
        for (const e of t.errors) {
          const span = errorSpan(r, e);
          const cells = (t.rows[e.row] ?? []).slice(e.from, (e.to ?? e.from) + 1).filter((c) => c !== '');
          expect(r.text.slice(span.start, span.end)).toContain(cells[0]);
          expect(r.text.slice(span.start, span.end)).toContain(cells.at(-1));
        }
      }
  });

  it('finds in each layout exactly the flags it found when last measured', () => {
    const got = measure();
    const width = Math.max(...LAYOUT_TABLES.map((t) => t.id.length));
    const lines = [`${''.padEnd(width)}  ${LAYOUTS.map((l) => l.padStart(11)).join(' ')}`];
    let found = 0;
    let annotated = 0;
    let falseAlarms = 0;
    for (const [id, row] of Object.entries(got)) {
      const cells = LAYOUTS.map((l) => {
        const c = row[l]!;
        found += c.found;
        annotated += c.annotated;
        falseAlarms += c.falseAlarms;
        return `${c.found}/${c.annotated}${c.falseAlarms ? ` +${c.falseAlarms}` : ''}`.padStart(11);
      });
      lines.push(`${id.padEnd(width)}  ${cells.join(' ')}`);
    }
    lines.push(`errors found ${found}/${annotated}, false alarms ${falseAlarms}`);
    console.log(lines.join('\n'));
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, `${JSON.stringify(got, null, 1)}\n`);
    expect(got).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
