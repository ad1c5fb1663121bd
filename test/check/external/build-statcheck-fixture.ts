/**
 * Writes statcheck-strings.json: every string of statcheck-cases.ts placed in a short
 * sentence, with what statcheck's tests state and what statcheck itself (Debian's
 * r-cran-statcheck) extracts and decides on that sentence. CI has no R, so the fixture
 * carries statcheck's output as the reference; run this again where R is installed:
 *
 *   node --import tsx test/check/external/build-statcheck-fixture.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tQuantile, tTwoSided } from '../../../src/stats/distributions.ts';
import { STATCHECK_CASES } from './statcheck-cases.ts';

const here = import.meta.dirname;

/** R's paste() of a double: 15 significant digits, trailing zeros dropped. */
function r15(x: number): string {
  return String(Number(x.toPrecision(15)));
}

const VALUES: Record<string, number> = {
  't.04': -tQuantile(0.04 / 2, 28),
  't.05': -tQuantile(0.05 / 2, 28),
  't.06': -tQuantile(0.06 / 2, 28),
  upp: tTwoSided(2.15, 28),
  lowp: tTwoSided(2.25, 28),
};

function fill(template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_, expr: string) => {
    const m = /^([a-z.0-9]+?)(?:([+-])(\.\d+))?$/.exec(expr);
    if (!m || VALUES[m[1]!] === undefined) throw new Error(`unknown template ${expr}`);
    const base = VALUES[m[1]!]!;
    const delta = m[3] ? Number(m[3]) * (m[2] === '-' ? -1 : 1) : 0;
    return r15(base + delta);
  });
}

/** FNV-1a, 32 bit: a fixed split that does not change when cases are added. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const cases = STATCHECK_CASES.map((c, i) => {
  const text = fill(c.text);
  const sentence = `In this study, the comparison gave ${text.trim()}.`;
  return {
    id: `sc${String(i + 1).padStart(3, '0')}`,
    file: c.file,
    text,
    sentence,
    split: fnv1a(text) % 4 === 0 ? 'held-out' : 'development',
    options: { alpha: c.options?.alpha ?? 0.05, oneTailedTxt: c.options?.oneTailedTxt ?? true },
    expect: c.expect,
  };
});

/** Runs statcheck 1.4.0 on every sentence; null when R or statcheck is not installed. */
function runStatcheck(): { version: string; rows: Map<string, Record<string, string>[]> } | null {
  const dir = mkdtempSync(join(tmpdir(), 'statcheck-'));
  try {
    const input = join(dir, 'in.tsv');
    const output = join(dir, 'out.tsv');
    writeFileSync(
      input,
      `id\tsentence\talpha\tone\n${cases.map((c) => `${c.id}\t${c.sentence}\t${c.options.alpha}\t${c.options.oneTailedTxt ? 'TRUE' : 'FALSE'}`).join('\n')}\n`,
    );
    const script = `
suppressMessages(library(statcheck))
cases <- read.delim("${input}", quote = "", stringsAsFactors = FALSE, encoding = "UTF-8", colClasses = "character")
out <- list()
for (i in seq_len(nrow(cases))) {
  res <- NULL
  capture.output(res <- statcheck(cases$sentence[i], alpha = as.numeric(cases$alpha[i]),
                                  OneTailedTxt = as.logical(cases$one[i]), pZeroError = FALSE))
  if (!is.null(res) && nrow(res) > 0) {
    res <- as.data.frame(res)
    res$id <- cases$id[i]
    out[[length(out) + 1]] <- res
  }
}
all <- do.call(rbind, out)
write.table(all, "${output}", sep = "\\t", quote = FALSE, row.names = FALSE, fileEncoding = "UTF-8")
cat(as.character(packageVersion("statcheck")))
`;
    const r = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
    if (r.error || r.status !== 0) {
      process.stderr.write(`statcheck not run: ${r.error?.message ?? r.stderr}\n`);
      return null;
    }
    const [head, ...lines] = readFileSync(output, 'utf8').trimEnd().split('\n');
    const cols = head!.split('\t');
    const rows = new Map<string, Record<string, string>[]>();
    for (const line of lines) {
      const cells = line.split('\t');
      const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
      const list = rows.get(row.id!) ?? [];
      list.push(row);
      rows.set(row.id!, list);
    }
    return { version: r.stdout.trim(), rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const num = (s: string | undefined) => (s === undefined || s === '' || s === 'NA' ? null : Number(s));
const bool = (s: string | undefined) => (s === 'TRUE' ? true : s === 'FALSE' ? false : null);

const sc = runStatcheck();
if (!sc) {
  process.stderr.write('R with statcheck is needed to write the reference (apt-get install r-cran-statcheck).\n');
  process.exit(1);
}
const fixture = {
  source:
    'statcheck test suite, github.com/MicheleNuijten/statcheck tests/testthat (commit b288d94): test strings and the expectations its tests state',
  reference: `statcheck ${sc.version} (R, Debian r-cran-statcheck), run on each sentence with alpha as given, OneTailedTxt = TRUE, pZeroError = FALSE`,
  split: 'held-out when FNV-1a(text) % 4 == 0',
  cases: cases.map((c) => ({
    ...c,
    statcheck: (sc.rows.get(c.id) ?? []).map((r) => ({
      type: r.test_type,
      df1: num(r.df1),
      df2: num(r.df2),
      testComparison: r.test_comp,
      value: num(r.test_value),
      pComparison: r.p_comp,
      reportedP: num(r.reported_p),
      computedP: num(r.computed_p),
      raw: r.raw,
      error: bool(r.error),
      decisionError: bool(r.decision_error),
      oneTailedInTxt: bool(r.one_tailed_in_txt),
    })),
  })),
};
writeFileSync(join(here, 'statcheck-strings.json'), `${JSON.stringify(fixture, null, 1)}\n`);
process.stdout.write(`wrote ${fixture.cases.length} cases, statcheck ${sc.version}\n`);
