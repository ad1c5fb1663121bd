/**
 * `naskah verify <study-dir> --against <out/id | results.json>`: proof that a study folder
 * produced a manuscript. Rebuilds the study into a temporary folder (HTML and
 * results.json, the languages of the build verified) and compares byte for byte; when
 * they differ, names the reported numbers and conclusions that differ and the inputs that
 * are not the ones the manifest records. Exit code 0 when identical, 1 when not, 2 when
 * the study or the build cannot be read.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildStudy, type Manifest, type OutputFormat } from '../../build.ts';
import { nodeEffects } from '../../effects.ts';
import { NaskahError, formatDiagnostic } from '../../errors.ts';
import { diffResults, type ResultsDiff } from '../../regen/diff.ts';
import { formatDiff } from '../../regen/format.ts';
import { loadBuild, type BuildOnDisk } from '../../regen/load.ts';
import { messages as M } from '../../regen/messages.ts';
import type { ResultsDoc } from '../../regen/reported.ts';
import type { Lang } from '../../study/types.ts';
import { NASKAH_VERSION } from '../../version.ts';
import { usageError, type Command } from '../command.ts';

export interface VerifyReport {
  study: string;
  against: string;
  identical: boolean;
  files: { file: string; identical: boolean }[];
  /** Inputs whose SHA-256 differs from the manifest (changed, added or missing); undefined without a manifest. */
  inputsDiffer?: string[];
  inputsChecked?: number;
  /** Set when the manifest was written by other naskah code. */
  codeDiffers?: { recorded: string; current: string };
  changes?: ResultsDiff;
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'rebuild a study and check that it reproduces a build byte for byte',
  usage: 'naskah verify <STUDY_DIR> --against <out/ID | results.json> [--json]',
  details: `Rebuilds the study into a temporary folder and compares results.json and each
<lang>.html of the given build byte for byte. When they differ, lists the reported numbers
and conclusions that differ (old = the build verified, new = the rebuild) and the inputs
whose SHA-256 differs from its manifest.json.

Exit code 0 when identical, 1 when they differ, 2 when the study or build cannot be read.

Example:
  naskah verify studies/asn-metro --against out/asn-metro`,
  options: [
    {
      name: 'against',
      type: 'string',
      value: 'PATH',
      description: 'the build to verify: a build folder (out/<id>) or a results.json',
    },
    { name: 'json', type: 'boolean', description: 'print the report as JSON' },
  ],
  async run(args, io) {
    if (args.positionals.length !== 1)
      throw usageError(this, 'give one study folder: naskah verify <STUDY_DIR> --against <out/ID>');
    if (typeof args.options.against !== 'string')
      throw usageError(this, '--against is required: the build folder (out/<id>) or results.json to verify');
    const tmp = mkdtempSync(join(tmpdir(), 'naskah-verify-'));
    const effects = nodeEffects({ cwd: io.cwd, env: io.env });
    try {
      const against = loadBuild(args.options.against, io.cwd, '--against');
      const report = await verify(resolve(io.cwd, args.positionals[0]!), against, tmp, effects);
      if (args.options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else io.stdout(formatReport(report));
      return report.identical ? 0 : 1;
    } catch (err) {
      if (!(err instanceof NaskahError)) throw err;
      io.stderr(`${formatDiagnostic(err.toDiagnostic())}\n`);
      for (const r of err.related.slice(0, 20)) io.stderr(`${formatDiagnostic(r)}\n`);
      return 2;
    } finally {
      await effects.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

async function verify(
  studyDir: string,
  against: BuildOnDisk,
  tmp: string,
  effects: ReturnType<typeof nodeEffects>,
): Promise<VerifyReport> {
  const htmlLangs = [...against.html.keys()].map((f) => f.slice(0, 2) as Lang);
  const langs = (against.manifest?.options?.langs ?? (htmlLangs.length ? htmlLangs : undefined)) as Lang[] | undefined;
  const formats: OutputFormat[] = against.html.size ? ['html', 'json'] : ['json'];
  const r = await buildStudy(studyDir, { outDir: tmp, langs, formats, force: true }, effects);
  const rebuilt = (name: string) => readFileSync(join(tmp, r.id, name), 'utf8');

  const files = [{ file: 'results.json', identical: rebuilt('results.json') === against.resultsText }];
  for (const [name, content] of against.html) {
    let now: string | undefined;
    try {
      now = rebuilt(name);
    } catch {
      now = undefined;
    }
    files.push({ file: name, identical: now === content });
  }
  const report: VerifyReport = {
    study: r.id,
    against: against.shown,
    identical: files.every((f) => f.identical),
    files,
  };

  const m = against.manifest;
  if (m) {
    const current = JSON.parse(rebuilt('manifest.json')) as Manifest;
    const before = new Map((m.inputs ?? []).map((i) => [i.path, i.sha256]));
    const now = new Map(current.inputs.map((i) => [i.path, i.sha256]));
    report.inputsChecked = now.size;
    report.inputsDiffer = [...new Set([...before.keys(), ...now.keys()])].filter((p) => before.get(p) !== now.get(p));
    if (m.naskah !== NASKAH_VERSION || (m.code && m.code !== current.code)) {
      report.codeDiffers = {
        recorded: `${m.naskah}${m.code ? ` (code ${m.code.slice(0, 12)})` : ''}`,
        current: `${NASKAH_VERSION} (code ${current.code.slice(0, 12)})`,
      };
    }
  }
  if (!files[0]!.identical) report.changes = diffResults(against.results, JSON.parse(r.resultsJson) as ResultsDoc);
  return report;
}

function formatReport(r: VerifyReport): string {
  const lines = [M.verifyHead(r.study, r.against)];
  for (const f of r.files) lines.push(`  ${f.identical ? M.verifyIdentical(f.file) : M.verifyDiffers(f.file)}`);
  if (r.inputsDiffer === undefined) lines.push(`  ${M.verifyNoManifest}`);
  else if (r.inputsDiffer.length) lines.push(`  ${M.verifyInputsDiffer(r.inputsDiffer)}`);
  else lines.push(`  ${M.verifyInputsSame(r.inputsChecked ?? 0)}`);
  if (r.codeDiffers) lines.push(`  ${M.verifyCodeDiffers(r.codeDiffers.recorded, r.codeDiffers.current)}`);
  if (r.changes) lines.push('', formatDiff(r.changes, `${r.study} (old = ${r.against}, new = rebuilt)`).trimEnd());
  lines.push('', r.identical ? M.verifyOk : M.verifyFailed);
  return `${lines.join('\n')}\n`;
}
