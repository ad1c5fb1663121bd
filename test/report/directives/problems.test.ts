/**
 * A manuscript with several independent mistakes fails the build once, with every mistake
 * of every language reported: what is wrong, file:line:column, and how to fix it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type Run } from '../../helpers/io.ts';
import { copyStudy, tempDir } from '../../helpers/tmp.ts';

const root = tempDir();
const out = join(root, 'out');

/** Replaces `from` by `to` once in `text`; returns the new text and where `to` starts (1-based line and column). */
function plant(text: string, from: string, to: string): { text: string; line: number; column: number } {
  const at = text.indexOf(from);
  expect(at, `"${from}" is in the manuscript`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { text: text.slice(0, at) + to + text.slice(at + from.length), line, column: at - before.lastIndexOf('\n') };
}

let r: Run;
const where: Record<string, string> = {};
beforeAll(async () => {
  const dir = copyStudy('asn-metro', join(root, 'studies'));
  const en = join(dir, 'manuscript', 'en.md');
  let text = readFileSync(en, 'utf8');
  // Three independent mistakes in the English text: an unknown analysis, a bad value path, an unknown citation key.
  let p = plant(text, ':stat[pre_post]', ':stat[pre_psot]');
  (text = p.text), (where.stat = `manuscript/en.md:${p.line}:${p.column}`);
  p = plant(text, ':value[pre_post.meanDiff]', ':value[pre_post.meanDif]');
  (text = p.text), (where.value = `manuscript/en.md:${p.line}:${p.column}`);
  p = plant(text, '[@karasek1979demands]', '[@karasek1979demand]');
  // The location is the key's own, after the bracket.
  (text = p.text), (where.citation = `manuscript/en.md:${p.line}:${p.column + 1}`);
  writeFileSync(en, text);
  // And one in the Indonesian text, reported in the same run.
  const id = join(dir, 'manuscript', 'id.md');
  p = plant(readFileSync(id, 'utf8'), ':value[pre_post.meanDiff]', ':value[pre_post.selisih]');
  where.idValue = `manuscript/id.md:${p.line}:${p.column}`;
  writeFileSync(id, p.text);
  r = await run(['build', dir, '--out', out, '--format', 'html,json']);
}, 120_000);

describe('a manuscript with three directive errors', () => {
  it('fails the build (exit 1) and writes nothing', () => {
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'asn-metro'))).toBe(false);
    expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
  });

  it('reports all three at once, each with file:line:column and a hint', () => {
    expect(r.stderr).toContain(
      `error[manuscript/unknown-analysis] ${where.stat}: :stat[pre_psot] refers to no analysis with a test statistic\n` +
        '    Did you mean "pre_post"? Analyses with statistics in this study: pre_post.',
    );
    expect(r.stderr).toContain(
      `error[manuscript/unknown-value] ${where.value}: :value[pre_post.meanDif] does not name a number in results.json\n` +
        '    Write analysisId.field, e.g. pre_post.meanDiff;',
    );
    expect(r.stderr).toContain(
      `error[manuscript/unknown-citation] ${where.citation}: the citation @karasek1979demand is not in the study's references.bib\n` +
        '    Did you mean "karasek1979demands"? Entries in this study: ',
    );
  });

  it('reports the other language in the same run', () => {
    expect(r.stderr).toContain(
      `error[manuscript/unknown-value] ${where.idValue}: :value[pre_post.selisih] does not name a number in results.json`,
    );
    // Four problems listed, and nothing else (the batch summary repeats only the first).
    expect(r.stderr.match(/^ {2}error\[/gm)).toHaveLength(4);
  });
});
