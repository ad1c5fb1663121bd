/** `naskah check` through the CLI entry: formats, exit codes 0/1/2, --json, options. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/command.ts';
import type { CheckReport } from '../../src/check/types.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd: fixtures,
    env: {},
  };
  const code = await main(['check', ...args], io);
  return { code, out, err };
}

async function json(file: string, ...args: string[]): Promise<{ code: number; report: CheckReport }> {
  const r = await run(file, '--json', ...args);
  return { code: r.code, report: JSON.parse(r.out) as CheckReport };
}

describe('naskah check', () => {
  it('exits 0 on a consistent .txt manuscript and prints a readable report', async () => {
    const r = await run('clean-en.txt');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.startsWith('naskah check: clean-en.txt (English, α = 0.05)\n')).toBe(true);
    expect(r.out).toContain('line 3 · p-value · consistent: t(95) = 8.62, p < .001');
    expect(
      r.out
        .trimEnd()
        .endsWith('Summary: 10 consistent, 0 inconsistent, 0 decision errors, 0 not checkable, 0 reporting issues.'),
    ).toBe(true);
  });

  it('prints JSON for tools: file, lang, alpha, findings and summary', async () => {
    const { code, report } = await json('clean-en.txt');
    expect(code).toBe(0);
    expect(Object.keys(report)).toEqual(['file', 'lang', 'alpha', 'findings', 'summary']);
    expect(report).toMatchObject({ file: 'clean-en.txt', lang: 'en', alpha: 0.05 });
    expect(Object.keys(report.findings[0]!)).toEqual([
      'check',
      'verdict',
      'line',
      'quote',
      'start',
      'end',
      'reported',
      'recomputed',
      'explanation',
    ]);
    expect(report.summary).toEqual({
      consistent: 10,
      inconsistent: 0,
      decisionError: 0,
      notCheckable: 0,
      reportingIssue: 0,
    });
  });

  it('reads HTML: tags stripped, scripts and SVG skipped, entities decoded, source lines kept', async () => {
    const { code, report } = await json('article-en.html');
    expect(code).toBe(1);
    const flagged = report.findings.filter((f) => f.verdict !== 'consistent');
    expect(flagged.map((f) => [f.check, f.verdict, f.line])).toEqual([
      ['p-value', 'decision-error', 17],
      ['totals', 'inconsistent', 30],
    ]);
    expect(flagged[0]!.reported).toBe('χ2(2) = 3.84, p = .050');
    // the script's and the chart's numbers are not part of the text
    expect(report.findings.some((f) => f.quote.includes('9.99') || f.quote.includes('1.00'))).toBe(false);
    expect(report.findings.find((f) => f.reported.startsWith('Z'))).toMatchObject({
      verdict: 'consistent',
      line: 15,
      reported: 'Z = −2.81, p = .005',
    });
  });

  it('reads PDF with pages and lines on the page', async () => {
    const { code, report } = await json('article-en.pdf');
    expect(code).toBe(1);
    const flagged = report.findings.filter((f) => f.verdict !== 'consistent');
    expect(flagged.map((f) => [f.check, f.verdict, f.page, f.line])).toEqual([
      ['p-value', 'decision-error', 1, 4],
      ['totals', 'inconsistent', 2, 8],
    ]);
    expect(report.findings.filter((f) => f.check === 'confidence-interval').map((f) => [f.verdict, f.page])).toEqual([
      ['consistent', 2],
      ['consistent', 2],
    ]);
  });

  it('reads Word documents, tables included', async () => {
    const { code, report } = await json('skripsi-id.docx');
    expect(code).toBe(1);
    expect(report.lang).toBe('id');
    expect(report.summary).toEqual({
      consistent: 7,
      inconsistent: 1,
      decisionError: 0,
      notCheckable: 1,
      reportingIssue: 1,
    });
    expect(report.findings.filter((f) => f.check === 'totals').map((f) => f.verdict)).toEqual([
      'consistent',
      'consistent',
    ]);
  });

  it('reads Markdown: emphasis marks removed, pipe tables read, line numbers of the file', async () => {
    const { code, report } = await json('naskah-id.md');
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.check === 'p-value').map((f) => [f.verdict, f.line])).toEqual([
      ['consistent', 3],
      ['consistent', 4],
      ['inconsistent', 15],
    ]);
    expect(report.findings.filter((f) => f.check === 'totals').map((f) => [f.verdict, f.line])).toEqual([
      ['consistent', 13],
      ['consistent', 13],
    ]);
    expect(report.findings.find((f) => f.check === 'repeated-values')).toMatchObject({
      verdict: 'inconsistent',
      line: 3,
      recomputed: 'juga dilaporkan pada baris 15',
    });
  });

  it('exits 2 for a file it cannot read, saying why', async () => {
    const missing = await run('nowhere.txt');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read nowhere.txt: no such file');
    const unsupported = await run('data.xlsx');
    expect(unsupported.code).toBe(2);
    expect(unsupported.err).toContain('".xlsx" files are not supported');
    expect(unsupported.err).toContain(
      'naskah check reads .txt, .text, .md, .markdown, .html, .htm, .xhtml, .pdf, .docx',
    );
    const broken = await run('broken.pdf');
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('cannot read broken.pdf as PDF');
    const scanned = await run('no-text.pdf');
    expect(scanned.code).toBe(2);
    expect(scanned.err).toContain('cannot read no-text.pdf as PDF: it has no text layer (a scanned document?)');
  });

  it('exits 2 for usage mistakes, so that 1 always means inconsistencies found', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.err).toContain('which file should be checked?');
    const unknown = await run('clean-en.txt', '--jsn');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown option --jsn (did you mean --json?)');
    const lang = await run('clean-en.txt', '--lang', 'fr');
    expect(lang.code).toBe(2);
    expect(lang.err).toContain('--lang must be id, en or auto, got "fr"');
    const format = await run('clean-en.txt', '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format must be text, json or html, got "pdf"');
    const alpha = await run('clean-en.txt', '--alpha', '5');
    expect(alpha.code).toBe(2);
    expect(alpha.err).toContain('--alpha must be a number between 0 and 1, got "5"');
  });

  it('takes the language and alpha from the options', async () => {
    const { report } = await json('naskah-id.md', '--lang', 'en', '--alpha', '0,01');
    expect(report).toMatchObject({ lang: 'en', alpha: 0.01 });
    expect(report.findings[0]!.explanation).toBe(
      'The reported p matches the test statistic and its degrees of freedom.',
    );
    // t(95) = 8.62, p = .020 is wrong on the same side of .05, and of .01 it is not
    expect(report.findings.find((f) => f.line === 15 && f.check === 'p-value')!.verdict).toBe('decision-error');
  });

  it('documents itself in --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: naskah check <file> [--lang id|en|auto] [--alpha 0.05] [--format text|json|html]');
    expect(r.out).toContain('2 the file cannot be read');
  });
});
