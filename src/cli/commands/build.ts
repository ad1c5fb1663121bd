/**
 * `naskah build [STUDY_DIR…]`: builds studies into out/<id>/. With no study given, every
 * folder under studies/ that holds a study.yaml. One browser serves the whole build; a
 * failing study does not stop the others, and the end lists the failures (exit code 1).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStudy, type OutputFormat } from '../../build.ts';
import { nodeEffects, isDirectory } from '../../effects.ts';
import { NaskahError, formatDiagnostic, type Diagnostic } from '../../errors.ts';
import { browserPath } from '../../render/pdf.ts';
import { LANGS, type Lang } from '../../study/schema.ts';
import { listOption, usageError, type Command } from '../command.ts';

const FORMATS: OutputFormat[] = ['html', 'pdf', 'json'];

export function findStudies(root: string): string[] {
  if (!isDirectory(root)) return [];
  return readdirSync(root)
    .sort()
    .map((d) => join(root, d))
    .filter((d) => isDirectory(d) && readdirSync(d).includes('study.yaml'));
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build study folders into manuscripts (HTML, PDF) and results.json',
  usage: 'naskah build [STUDY_DIR…] [--out DIR] [--lang id,en] [--format html,pdf,json]',
  details: `Each study is written to <out>/<id>/: results.json, manifest.json, <lang>.html and
<lang>.pdf. The files are written to a temporary folder first and swapped in whole, so a
failed build leaves the previous output untouched. With no STUDY_DIR, every folder under
studies/ is built. Exit code 0 when every study built, 1 when any failed.

Examples:
  naskah build studies/asn-metro
  naskah build --lang en --format html`,
  options: [
    { name: 'out', type: 'string', value: 'DIR', description: 'output folder (default: out)' },
    { name: 'lang', type: 'string', value: 'LIST', description: 'languages to build, comma-separated (default: the study\'s)' },
    { name: 'format', type: 'string', value: 'LIST', description: 'outputs: html, pdf, json (default: all three)' },
  ],
  async run(args, io) {
    const langs = listOption(args.options.lang) as Lang[] | undefined;
    for (const l of langs ?? []) if (!(LANGS as readonly string[]).includes(l)) throw usageError(this, `unknown language "${l}" in --lang (use ${LANGS.join(', ')})`);
    const formats = (listOption(args.options.format) ?? FORMATS) as OutputFormat[];
    for (const f of formats) if (!FORMATS.includes(f)) throw usageError(this, `unknown format "${f}" in --format (use ${FORMATS.join(', ')})`);
    const outDir = resolve(io.cwd, typeof args.options.out === 'string' ? args.options.out : 'out');

    let dirs = args.positionals;
    if (!dirs.length) {
      dirs = findStudies(join(io.cwd, 'studies'));
      if (!dirs.length) {
        throw new NaskahError('build/no-studies', 'no study given and no studies/ folder with studies here', {
          hint: 'Run `naskah build <study-folder>`, or run it where studies/<name>/study.yaml exist. `naskah new <dir>` creates a study.',
        });
      }
    }
    // Fail before building anything when PDFs are wanted but no browser exists.
    if (formats.includes('pdf')) browserPath(io.env);

    const effects = nodeEffects({ cwd: io.cwd, env: io.env });
    const failures: { dir: string; error: Diagnostic[] }[] = [];
    let built = 0;
    try {
      for (const dir of dirs) {
        const t0 = performance.now();
        try {
          const r = await buildStudy(dir, { outDir, langs, formats }, effects);
          for (const w of r.warnings) io.stderr(formatDiagnostic(w) + '\n');
          built++;
          io.stderr(`built ${r.id} → ${join(args.options.out ? String(args.options.out) : 'out', r.id)}/ (${r.outputs.join(', ')}) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
        } catch (err) {
          if (!(err instanceof NaskahError)) throw err;
          const diags = [err.toDiagnostic(), ...err.related];
          failures.push({ dir, error: diags });
          io.stderr(`failed ${dir}:\n`);
          for (const d of diags.slice(0, 20)) io.stderr('  ' + formatDiagnostic(d).replace(/\n/g, '\n  ') + '\n');
          if (diags.length > 20) io.stderr(`  … and ${diags.length - 20} more\n`);
        }
      }
    } finally {
      await effects.close();
    }
    if (dirs.length > 1 || failures.length) {
      io.stderr(`${built} of ${dirs.length} ${dirs.length === 1 ? 'study' : 'studies'} built${failures.length ? `; failed: ${failures.map((f) => f.dir).join(', ')}` : ''}\n`);
    }
    return failures.length ? 1 : 0;
  },
};
