/**
 * `naskah check`: finds reported statistics in a manuscript that do not add up.
 * `checkText` is the pure core (text in, report out); `checkFile` reads a file of any
 * supported format through its extractor and checks the text.
 */
import { NaskahError } from '../errors.ts';
import type { CheckReport, CheckTextOptions, Finding, Lang } from './types.ts';
import { normalise, Source } from './source.ts';
import { joinSpaceGroupedThousands } from './recognisers/space-grouped-counts.ts';
import { detectLanguage } from './language.ts';
import { extract } from './extraction.ts';
import { messagesFor } from './messages.ts';
import { summarise } from './report.ts';
import { withoutRestatedErrors } from './checks/restated-errors.ts';
import { withoutRestatedShares } from './checks/restated-shares.ts';
import { withoutTableRestatedShares } from './checks/table-restated-prose-shares.ts';
import { withRestatedCountShares } from './checks/restated-count-shares.ts';
import { withoutDoubtfulTotals } from './checks/doubtful-totals.ts';
import { withoutWeightedShares } from './checks/weighted-shares.ts';
import { CHECKS } from './checks/index.ts';
import type { CheckContext, Located } from './checks/check.ts';
import { extractFile } from './extractors/index.ts';
import { joinCellLines } from './recognisers/cell-lines.ts';
import { joinParagraphCells, lineMapOf } from './recognisers/paragraph-cells.ts';
import { repairPdfGlyphs } from './recognisers/pdf-glyphs.ts';

export type { CheckReport, CheckTextOptions, Finding, Verdict, CheckId, Summary, Lang } from './types.ts';
export { formatReport, exitCodeFor } from './report.ts';
export { formatHtmlReport } from './html-report.ts';
export { messagesFor } from './messages.ts';

/**
 * The most text one check reads: 10 million characters, about 5,000 printed pages. Checking
 * takes time linear in the text (about 2 s per million characters); above this the command
 * says the file is too large rather than running for minutes.
 */
export const MAX_TEXT_CHARS = 10_000_000;
export { TOO_LARGE } from './extractors/extractor.ts';
import { TOO_LARGE } from './extractors/extractor.ts';

export function checkText(text: string, opts: CheckTextOptions = {}): CheckReport {
  if (text.length > MAX_TEXT_CHARS) {
    throw new NaskahError(
      TOO_LARGE,
      `${opts.file ?? 'the text'} has ${text.length.toLocaleString('en')} characters of text; naskah check reads at most ${MAX_TEXT_CHARS.toLocaleString('en')} (about 5,000 pages)`,
      { hint: 'Check the manuscript chapter by chapter, or only the chapters that report results.' },
    );
  }
  const alpha = opts.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) {
    throw new NaskahError('check/alpha', `alpha must be between 0 and 1, got ${alpha}`, {
      hint: 'Use a significance level such as 0.05 or 0.01.',
    });
  }
  // Signs PDF text layers print as other glyphs are repaired, and tables that arrive one cell per
  // paragraph or per line are rejoined into rows, first (same length, same offsets). A table of
  // one cell per paragraph is rejoined only where its rows check more numbers than its cells as
  // they came: readers built for cells one per line know those tables' columns better.
  const repaired = repairPdfGlyphs(text);
  const fixedLang = opts.lang && opts.lang !== 'auto' ? opts.lang : null;
  let wholeLang: Lang | null = null;
  const checkedIn = (table: string) => {
    wholeLang ??= fixedLang ?? detectLanguage(normalise(repaired));
    return findingsIn(joinCellLines(table).text, wholeLang, alpha, undefined, undefined).filter(
      (f) => f.verdict === 'consistent' || f.verdict === 'inconsistent' || f.verdict === 'decision-error',
    ).length;
  };
  const paragraphsJoined = joinParagraphCells(repaired, (given, rejoined) => {
    const byRows = checkedIn(rejoined);
    return byRows > 0 && byRows > checkedIn(given);
  });
  const joined = joinCellLines(paragraphsJoined);
  let { pages, lines } = opts;
  const paragraphMap = paragraphsJoined === repaired ? null : lineMapOf(repaired, paragraphsJoined);
  if (joined.lineMap || paragraphMap) {
    const map = paragraphMap
      ? (joined.lineMap ?? paragraphMap.map((_, i) => i)).map((i) => paragraphMap[i]!)
      : joined.lineMap!;
    pages = opts.pages ? map.map((i) => opts.pages![i]!) : undefined;
    lines = map.map((i) => opts.lines?.[i] ?? i + 1);
  }
  const lang: Lang = fixedLang ?? detectLanguage(normalise(joined.text));
  const findings = findingsIn(joined.text, lang, alpha, pages, lines);
  return { file: opts.file ?? '<text>', lang, alpha, findings, summary: summarise(findings) };
}

/** Every finding in a text whose tables are already rejoined. */
function findingsIn(
  text: string,
  lang: Lang,
  alpha: number,
  pages: number[] | undefined,
  lines: number[] | undefined,
): Finding[] {
  const source = new Source(text, {
    pages,
    lines,
    respell: (t) => joinSpaceGroupedThousands(t, lang),
  });
  const { extraction, layouts } = extract(source, lang, alpha);
  const ctx: CheckContext = { source, lang, alpha, m: messagesFor(lang), extraction, layouts };
  const located: Located[] = [];
  // A loop, not push(...): a long manuscript has more findings than a call may take arguments.
  for (const c of CHECKS) for (const l of c.run(ctx)) located.push(l);
  // Several units may report under one check id: the id sorts where its first unit stands.
  const order = new Map<string, number>();
  CHECKS.forEach((c, i) => order.has(c.id) || order.set(c.id, i));
  located.sort((a, b) => a.at - b.at || order.get(a.finding.check)! - order.get(b.finding.check)!);
  return withRestatedCountShares(
    ctx,
    withoutTableRestatedShares(
      source.text,
      withoutRestatedShares(
        source.text,
        withoutRestatedErrors(withoutWeightedShares(ctx, withoutDoubtfulTotals(ctx, located))),
      ),
    ),
  ).map((l) => l.finding);
}

export interface CheckFileOptions {
  lang?: Lang | 'auto';
  alpha?: number;
}

/** Reads and checks a .txt, .md, .html, .pdf or .docx file. Throws `NaskahError` with code `check/unreadable` when it cannot. */
export async function checkFile(path: string, opts: CheckFileOptions = {}): Promise<CheckReport> {
  return (await checkFileWithText(path, opts)).report;
}

/** As `checkFile`, with the text that was checked (the findings' offsets point into it). */
export async function checkFileWithText(
  path: string,
  opts: CheckFileOptions = {},
): Promise<{ report: CheckReport; text: string }> {
  const extracted = await extractFile(path);
  const report = checkText(extracted.text, {
    lang: opts.lang,
    alpha: opts.alpha,
    pages: extracted.pages,
    lines: extracted.lines,
    file: path,
  });
  return { report, text: extracted.text };
}
