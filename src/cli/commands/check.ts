/**
 * `naskah check <file>`: finds reported statistics that do not add up in a manuscript
 * (.txt, .md, .html, .pdf, .docx). Exit code 0 when nothing is inconsistent, 1 when
 * something is (or is a decision error), 2 when the file cannot be read or the command
 * is used wrongly (so that 1 always means "inconsistencies found").
 */
import type { Command } from '../command.ts';
import { usageError } from '../command.ts';
import { NaskahError, formatDiagnostic } from '../../errors.ts';
import {
  TOO_LARGE,
  checkFileWithText,
  exitCodeFor,
  formatHtmlReport,
  formatReport,
  messagesFor,
} from '../../check/index.ts';
import { UNREADABLE, supportedExtensions } from '../../check/extractors/index.ts';
import type { Lang } from '../../check/types.ts';

export const checkCommand: Command = {
  name: 'check',
  summary:
    'find reported statistics that do not add up in a manuscript (p-values, percentages, totals, SEs, CIs, GRIM, conclusions)',
  usage: 'naskah check <file> [--lang id|en|auto] [--alpha 0.05] [--format text|json|html]',
  usageExitCode: 2,
  details: `Reads ${supportedExtensions()
    .filter((e) => ['.txt', '.md', '.html', '.pdf', '.docx'].includes(e))
    .join(', ')} and checks, in Bahasa Indonesia or English text:
  p against the test statistic and df (t, F, χ², r, Z, Q; as statcheck decides), p = .000,
  percentages against counts and a total with evidence, table totals (also tables that
  arrive one cell per line), SE against SD/√n, t against the mean difference, estimates and
  p against their confidence intervals, GRIM, a mean against its min–max and an SD against
  its range, conclusions against the p they cite, and results reported twice with
  different values. See docs/check.md.

Formats: text (default) for the terminal; json for tools (--json is the same); html, one
self-contained page for reviewers with the text and every finding marked in place.

Exit codes: 0 nothing inconsistent (reporting issues and not-checkable items allowed),
            1 something inconsistent or a decision error,
            2 the file cannot be read or is too large (over 10 million characters of text),
              or a usage mistake (no file, unknown option, bad value).

Examples:
  naskah check skripsi.pdf
  naskah check article.docx --lang en --format json > findings.json
  naskah check skripsi.pdf --format html > skripsi-check.html`,
  options: [
    {
      name: 'lang',
      type: 'string',
      value: 'id|en|auto',
      description: 'language of the manuscript, and so of the report (default: auto)',
    },
    {
      name: 'alpha',
      type: 'string',
      value: 'ALPHA',
      description: 'significance level for decision errors (default: 0.05)',
    },
    {
      name: 'format',
      type: 'string',
      value: 'text|json|html',
      description: 'how to print the findings (default: text)',
    },
    { name: 'json', type: 'boolean', description: 'the same as --format json' },
  ],
  async run(args, io) {
    if (args.positionals.length !== 1) {
      throw usageError(
        checkCommand,
        args.positionals.length === 0
          ? 'which file should be checked?'
          : `one file at a time, got ${args.positionals.length}`,
      );
    }
    const langOpt = args.options.lang ?? 'auto';
    if (langOpt !== 'id' && langOpt !== 'en' && langOpt !== 'auto') {
      throw usageError(checkCommand, `--lang must be id, en or auto, got "${String(langOpt)}"`);
    }
    let alpha = 0.05;
    if (args.options.alpha !== undefined) {
      const raw = String(args.options.alpha);
      alpha = Number(raw.replace(',', '.'));
      if (!(alpha > 0 && alpha < 1))
        throw usageError(checkCommand, `--alpha must be a number between 0 and 1, got "${raw}"`);
    }
    const format = args.options.format ?? (args.options.json ? 'json' : 'text');
    if (format !== 'text' && format !== 'json' && format !== 'html') {
      throw usageError(checkCommand, `--format must be text, json or html, got "${String(format)}"`);
    }
    if (args.options.json && format !== 'json') {
      throw usageError(checkCommand, `--json asks for JSON, but --format asks for ${format}; give one of them`);
    }
    const file = args.positionals[0]!;
    const path = file.startsWith('/') ? file : `${io.cwd.replace(/\/$/, '')}/${file}`;
    let checked: Awaited<ReturnType<typeof checkFileWithText>>;
    try {
      checked = await checkFileWithText(path, { lang: langOpt as Lang | 'auto', alpha });
    } catch (err) {
      if (err instanceof NaskahError && (err.code === UNREADABLE || err.code === TOO_LARGE)) {
        io.stderr(
          formatDiagnostic({ ...err.toDiagnostic(), message: err.message.replace(path, file), location: { file } }) +
            '\n',
        );
        return 2;
      }
      throw err;
    }
    const { report, text } = checked;
    report.file = file;
    const m = messagesFor(report.lang);
    if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === 'html') io.stdout(formatHtmlReport(report, text, m));
    else io.stdout(formatReport(report, m));
    return exitCodeFor(report);
  },
};
