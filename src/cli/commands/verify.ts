/**
 * `naskah verify <study-dir> --against <out/id | results.json>`: proof that a study folder
 * produced a manuscript. Rebuilds the study into a temporary folder (HTML and
 * results.json, the languages of the build verified) and compares byte for byte; when
 * they differ, names the reported numbers and conclusions that differ and the inputs that
 * are not the ones the manifest records. Exit code 0 when identical, 1 when not, 2 when
 * the study or the build cannot be read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeEffects } from '../../build/effects.ts';
import { NaskahError, formatDiagnostic } from '../../errors.ts';
import { loadBuild } from '../../rebuild/load.ts';
import { formatReport, verify } from '../../rebuild/verify.ts';
import { usageError, type Command } from '../command.ts';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'rebuild a study and check that it reproduces a build byte for byte',
  usage: 'naskah verify <STUDY_DIR> --against <out/ID | results.json> [--json]',
  details: `Rebuilds the study into a temporary folder and compares results.json and each
<lang>.html and <lang>.docx of the given build byte for byte (a .docx whose bytes differ
is compared by its text too). When they differ, lists the reported numbers
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
