/**
 * The readable report: findings in the order they appear in the manuscript, each with
 * where it is, what check and verdict, the quoted text, what was reported and recomputed
 * and why; consistent findings on one line; a summary count per verdict at the end.
 */
import type { CheckReport, Finding, Summary, Verdict } from './types.ts';
import type { Messages } from './messages.ts';

export function summarise(findings: Finding[]): Summary {
  const s: Summary = { consistent: 0, inconsistent: 0, decisionError: 0, notCheckable: 0, reportingIssue: 0 };
  const key: Record<Verdict, keyof Summary> = {
    consistent: 'consistent',
    inconsistent: 'inconsistent',
    'decision-error': 'decisionError',
    'not-checkable': 'notCheckable',
    'reporting-issue': 'reportingIssue',
  };
  for (const f of findings) s[key[f.verdict]]++;
  return s;
}

export function formatReport(report: CheckReport, m: Messages): string {
  const lines: string[] = [m.header(report.file, report.alpha), ''];
  if (report.findings.length === 0) lines.push(m.nothingFound, '');
  for (const f of report.findings) {
    const head = `${m.where(f.line, f.page)} · ${m.checkName(f.check)} · ${m.verdict(f.verdict)}`;
    if (f.verdict === 'consistent') {
      lines.push(`${head}: ${f.reported}`);
      continue;
    }
    lines.push(head);
    lines.push(`  “${f.quote}”`);
    lines.push(`  ${m.reportedLabel}: ${f.reported}`);
    if (f.recomputed !== m.noneRecomputed) lines.push(`  ${m.recomputedLabel}: ${f.recomputed}`);
    lines.push(`  ${f.explanation}`);
    lines.push('');
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  lines.push(m.summary(report.summary));
  return `${lines.join('\n')}\n`;
}

/** Exit status of `naskah check`: 1 when anything is inconsistent or a decision error, else 0. */
export function exitCodeFor(report: CheckReport): 0 | 1 {
  return report.summary.inconsistent + report.summary.decisionError > 0 ? 1 : 0;
}
