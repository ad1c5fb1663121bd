/**
 * `naskah build [STUDY_DIR…]`: builds studies into out/<id>/. With no study given, every
 * folder under studies/ that holds a study.yaml.
 *
 * - A study whose inputs, template, options and naskah (version and code) are unchanged
 *   since its last build is skipped (`--force` rebuilds).
 * - After a rebuild it prints what changed against the previous build: how many reported
 *   numbers changed and every conclusion that changed (src/build/diff.ts).
 * - Many studies share one browser, several pages printing at once, while Node composes
 *   the next study (src/rebuild/batch.ts). A failing study does not stop the others; the
 *   end lists the failures with their errors (exit code 1).
 * - `--watch` rebuilds one study on every save and serves its HTML with live reload.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OutputFormat } from '../../build/build.ts';
import { isDirectory } from '../../build/effects.ts';
import { NaskahError } from '../../errors.ts';
import { buildMany } from '../../rebuild/batch.ts';
import { messages as M } from '../../rebuild/messages.ts';
import { parseShard, selectShard, studyIdOf } from '../../rebuild/shard.ts';
import { LANGS, type Lang } from '../../study/schema.ts';
import { listOption, usageError, type Command } from '../command.ts';

const FORMATS: OutputFormat[] = ['html', 'pdf', 'json', 'docx'];
/** docx is written only when asked for (it needs no browser, but most builds do not want it). */
const DEFAULT_FORMATS: OutputFormat[] = ['html', 'pdf', 'json'];

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
  usage:
    'naskah build [STUDY_DIR…] [--out DIR] [--lang id,en] [--format html,pdf,json] [--force] [--shard K/N] [--watch [--port N]]',
  details: `Each study is written to <out>/<id>/: results.json, manifest.json, <lang>.html and
<lang>.pdf, and with --format docx <lang>.docx (Word; styled by the study's referenceDocx). The files are written to a temporary folder first and swapped in whole, so a
failed build leaves the previous output untouched. With no STUDY_DIR, every folder under
studies/ is built.

A study is skipped when its inputs (study.yaml, data, manuscript, bibliography, template),
the options and naskah itself (version and code) are the same as in its manifest.json and
its outputs are intact; --force rebuilds it anyway. After a rebuild, naskah prints how many
reported numbers changed and every conclusion that changed (significance, direction, the
test chosen, a count crossing a category threshold); the replaced results.json is kept in
<out>/.previous/<id>/ for \`naskah diff\`.

Output is reproducible: the same inputs give byte-identical results.json and HTML on any
machine and in any time zone; PDF and DOCX dates come from SOURCE_DATE_EPOCH when it is set
and are 2000-01-01 otherwise.

--shard K/N builds only the studies of share K of N (1 ≤ K ≤ N): a study belongs to the
share picked by the SHA-256 of its id, so N machines given K = 1…N with the same N build
every study exactly once, whatever order their folders are listed in. Each study's
manifest.json is its own, so the shards' out/ folders merge by copying; \`naskah verify
--shard K/N --against out\` checks one share. See docs/rebuilds.md for CI matrix examples.

--watch builds one study, then rebuilds it (HTML and results.json; PDF too when --format
names it) on every save in its folder and serves <lang>.html on http://127.0.0.1 with a
reload in the browser; the files in <out> never contain the reload script.

Exit code 0 when every study built (or was up to date), 1 when any failed.

Examples:
  naskah build studies/asn-metro
  naskah build --lang en --format html
  naskah build --shard 2/4 --format html,json
  naskah build --watch studies/asn-metro`,
  options: [
    { name: 'out', type: 'string', value: 'DIR', description: 'output folder (default: out)' },
    {
      name: 'lang',
      type: 'string',
      value: 'LIST',
      description: "languages to build, comma-separated (default: the study's)",
    },
    {
      name: 'format',
      type: 'string',
      value: 'LIST',
      description: 'outputs: html, pdf, json, docx (default: html, pdf, json; with --watch: html, json)',
    },
    { name: 'force', short: 'f', type: 'boolean', description: 'rebuild studies that are up to date' },
    {
      name: 'shard',
      type: 'string',
      value: 'K/N',
      description: 'build only share K of N of the studies (by a hash of the study id), e.g. 2/4',
    },
    {
      name: 'watch',
      short: 'w',
      type: 'boolean',
      description: 'rebuild one study on every save and serve its HTML with live reload',
    },
    {
      name: 'port',
      type: 'string',
      value: 'N',
      description: 'port for --watch on 127.0.0.1 (default: 4173, or a free one)',
    },
    {
      name: 'pages',
      type: 'string',
      value: 'N',
      description: 'PDFs printed at once in the shared browser (default: 4)',
    },
    {
      name: 'jobs',
      short: 'j',
      type: 'string',
      value: 'N',
      description: 'threads building studies at once (default: one per core but one, for 6 or more studies)',
    },
  ],
  async run(args, io) {
    const langs = listOption(args.options.lang) as Lang[] | undefined;
    for (const l of langs ?? [])
      if (!(LANGS as readonly string[]).includes(l))
        throw usageError(this, `unknown language "${l}" in --lang (use ${LANGS.join(', ')})`);
    const formatsGiven = listOption(args.options.format) as OutputFormat[] | undefined;
    for (const f of formatsGiven ?? [])
      if (!FORMATS.includes(f)) throw usageError(this, `unknown format "${f}" in --format (use ${FORMATS.join(', ')})`);
    const outName = typeof args.options.out === 'string' ? args.options.out : 'out';
    const outDir = resolve(io.cwd, outName);
    const pages = positiveInt(this, 'pages', args.options.pages) ?? undefined;

    if (args.options.watch) {
      if (args.options.shard !== undefined) throw usageError(this, '--shard splits a batch; --watch builds one study');
      if (args.positionals.length !== 1) throw usageError(this, '--watch builds one study: give exactly one STUDY_DIR');
      const port = positiveInt(this, 'port', args.options.port, true);
      const formats = formatsGiven ?? ['html', 'json'];
      if (formats.includes('pdf')) await checkBrowser(io.env);
      const { watchStudy } = await import('../../rebuild/watch.ts');
      const session = await watchStudy({
        studyDir: resolve(io.cwd, args.positionals[0]!),
        outDir,
        langs,
        formats,
        port: port ?? undefined,
        pages,
        io,
      });
      await session.closed;
      return 0;
    }

    const formats = formatsGiven ?? DEFAULT_FORMATS;
    const shard = typeof args.options.shard === 'string' ? parseShard(args.options.shard) : undefined;
    let dirs = args.positionals;
    if (!dirs.length) {
      dirs = findStudies(join(io.cwd, 'studies'));
      if (!dirs.length) {
        throw new NaskahError('build/no-studies', 'no study given and no studies/ folder with studies here', {
          hint: 'Run `naskah build <study-folder>`, or run it where studies/<name>/study.yaml exist. `naskah new <dir>` creates a study.',
        });
      }
    }
    if (shard) {
      const total = dirs.length;
      dirs = selectShard(dirs, shard, (d) => studyIdOf(resolve(io.cwd, d)));
      if (!dirs.length) {
        io.stderr(`${M.shardEmpty(shard.index, shard.count)}\n`);
        return 0;
      }
      io.stderr(`${M.shardSummary(shard.index, shard.count, dirs.length, total)}\n`);
    }
    // Fail before building anything when PDFs are wanted but no browser exists.
    if (formats.includes('pdf')) await checkBrowser(io.env);

    const jobs = positiveInt(this, 'jobs', args.options.jobs);
    const report = await buildMany(
      dirs,
      {
        outDir,
        outName,
        langs,
        formats,
        force: Boolean(args.options.force),
        pages,
        jobs,
        debug: Boolean(args.options.debug),
      },
      io,
    );
    return report.internal ? 70 : report.failures.length ? 1 : 0;
  },
};

function positiveInt(
  command: Command,
  name: string,
  value: string | boolean | undefined,
  allowZero = false,
): number | undefined {
  if (value === undefined || value === false) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw usageError(command, `--${name} needs a whole number${allowZero ? '' : ' of at least 1'}`);
  return n;
}

/** Stops a build with PDFs before it starts when no browser is found (the PDF code is loaded only then). */
async function checkBrowser(env: Record<string, string | undefined>): Promise<void> {
  (await import('../../render/pdf.ts')).browserPath(env);
}
