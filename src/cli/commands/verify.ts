/**
 * `naskah verify <study-dir> --against <out/id | results.json>`: proof that a study folder
 * produced a manuscript. Rebuilds the study into a temporary folder (HTML and
 * results.json, the languages of the build verified) and compares byte for byte; when
 * they differ, names the reported numbers and conclusions that differ and the inputs that
 * are not the ones the manifest records. Exit code 0 when identical, 1 when not, 2 when
 * the study or the build cannot be read. With --shard K/N it verifies every study of that
 * share (the studies under studies/, or those given) against <against>/<id>, as a CI job of
 * a sharded build does after `naskah build --shard K/N`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeEffects } from '../../build/effects.ts';
import { NaskahError, formatDiagnostic } from '../../errors.ts';
import { loadBuild } from '../../rebuild/load.ts';
import { messages as M } from '../../rebuild/messages.ts';
import { parseShard, selectShard, studyIdOf } from '../../rebuild/shard.ts';
import { formatReport, verify } from '../../rebuild/verify.ts';
import { usageError, type CliIO, type Command } from '../command.ts';
import { findStudies } from './build.ts';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'rebuild a study and check that it reproduces a build byte for byte',
  usage:
    'naskah verify <STUDY_DIR> --against <out/ID | results.json> [--json]\n       naskah verify [STUDY_DIR…] --shard K/N --against <OUT_DIR> [--json]',
  details: `Rebuilds the study into a temporary folder and compares results.json and each
<lang>.html and <lang>.docx of the given build byte for byte (a .docx whose bytes differ
is compared by its text too). When they differ, lists the reported numbers
and conclusions that differ (old = the build verified, new = the rebuild) and the inputs
whose SHA-256 differs from its manifest.json.

With --shard K/N, every study of share K of N (the folders under studies/, or those
given; the share is the one \`naskah build --shard K/N\` builds) is verified against
<OUT_DIR>/<id>; the exit code is the worst of theirs.

Exit code 0 when identical, 1 when they differ, 2 when the study or build cannot be read.

Examples:
  naskah verify studies/asn-metro --against out/asn-metro
  naskah verify --shard 2/4 --against out`,
  options: [
    {
      name: 'against',
      type: 'string',
      value: 'PATH',
      description: 'the build to verify: a build folder (out/<id>) or a results.json',
    },
    { name: 'json', type: 'boolean', description: 'print the report as JSON' },
    {
      name: 'shard',
      type: 'string',
      value: 'K/N',
      description: 'verify every study of share K of N against <against>/<id>',
    },
  ],
  async run(args, io) {
    if (typeof args.options.shard === 'string') {
      if (typeof args.options.against !== 'string')
        throw usageError(this, '--against is required: the output folder the shard was built into (e.g. out)');
      const shard = parseShard(args.options.shard);
      const all = args.positionals.length
        ? args.positionals.map((d) => resolve(io.cwd, d))
        : findStudies(join(io.cwd, 'studies'));
      const dirs = selectShard(all, shard);
      if (!dirs.length) {
        io.stderr(`${M.shardEmpty(shard.index, shard.count)}\n`);
        return 0;
      }
      io.stderr(`${M.shardSummary(shard.index, shard.count, dirs.length, all.length)}\n`);
      const outDir = resolve(io.cwd, args.options.against);
      let worst = 0;
      for (const dir of dirs) {
        const code = await verifyOne(dir, join(outDir, studyIdOf(dir)), Boolean(args.options.json), io);
        worst = Math.max(worst, code);
      }
      return worst;
    }
    if (args.positionals.length !== 1)
      throw usageError(this, 'give one study folder: naskah verify <STUDY_DIR> --against <out/ID>');
    if (typeof args.options.against !== 'string')
      throw usageError(this, '--against is required: the build folder (out/<id>) or results.json to verify');
    return verifyOne(resolve(io.cwd, args.positionals[0]!), args.options.against, Boolean(args.options.json), io);
  },
};

/** Verifies one study against one build; 0 identical, 1 differs, 2 unreadable. */
async function verifyOne(studyDir: string, against: string, json: boolean, io: CliIO): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'naskah-verify-'));
  const effects = nodeEffects({ cwd: io.cwd, env: io.env });
  try {
    const build = loadBuild(against, io.cwd, '--against');
    const report = await verify(studyDir, build, tmp, effects);
    if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
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
}
