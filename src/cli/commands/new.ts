/**
 * `naskah new <dir> [--design DESIGN]`: creates a study folder to start from — a
 * commented study.yaml for the design, the data file with its header row, manuscript
 * stubs in both languages, references.bib with the instruments' sources and a README.
 * Never overwrites: an existing non-empty folder is refused.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { NaskahError, suggest } from '../../errors.ts';
import {
  DEFAULT_DESIGN,
  DESIGN_SUMMARIES,
  isDesign,
  scaffoldProblems,
  scaffoldStudy,
  studyIdFrom,
} from '../../scaffold/new-study.ts';
import { DESIGNS } from '../../study/schema.ts';
import { usageError, type Command } from '../command.ts';

const designList = DESIGNS.map((d) => `  ${d.padEnd(28)}${DESIGN_SUMMARIES[d]}`).join('\n');

export const newCommand: Command = {
  name: 'new',
  summary: 'create a study folder to start from (study.yaml, data header, manuscript stubs)',
  usage: 'naskah new <dir> [--design DESIGN]',
  details: `Writes <dir>/study.yaml (commented, valid as it is), data/<file>.csv with the header
row only, manuscript/id.md and manuscript/en.md with ::section[…] placeholders,
references.bib with the sources of the instruments, and README.md. The study id is the
folder name. Add one row per participant to the data file, then run \`naskah build <dir>\`.
A folder that exists and is not empty is never overwritten.

Designs (--design, default ${DEFAULT_DESIGN}):
${designList}

Examples:
  naskah new studies/pelatihan-asn
  naskah new studies/serial-kasus --design case-series`,
  options: [{ name: 'design', type: 'string', value: 'DESIGN', description: `study design: ${DESIGNS.join(', ')}` }],
  async run(args, io) {
    const [target, ...extra] = args.positionals;
    if (!target) throw usageError(this, 'give the folder to create, e.g. `naskah new studies/pelatihan-asn`');
    if (extra.length)
      throw usageError(this, `one folder at a time (got also ${extra.map((e) => `"${e}"`).join(', ')})`);
    const design = typeof args.options.design === 'string' ? args.options.design : DEFAULT_DESIGN;
    if (!isDesign(design)) {
      const close = suggest(design, DESIGNS);
      throw usageError(
        this,
        `unknown design "${design}"${close ? ` (did you mean "${close}"?)` : ''}; the designs are ${DESIGNS.join(', ')}`,
      );
    }

    const dir = resolve(io.cwd, target);
    const shown = relative(io.cwd, dir) || '.';
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) {
        throw new NaskahError('new/not-a-folder', `"${shown}" exists and is a file, not a folder`, {
          hint: 'Give the path of a new folder for the study.',
        });
      }
      if (readdirSync(dir).length) {
        throw new NaskahError(
          'new/folder-not-empty',
          `the folder "${shown}" already exists and is not empty; naskah new does not overwrite files`,
          {
            hint: 'Choose a new folder name, or empty the folder first.',
          },
        );
      }
    }
    const id = studyIdFrom(basename(dir));
    if (!id)
      throw usageError(
        this,
        `cannot make a study id from the folder name "${basename(dir)}"; use letters, digits, - or _`,
      );

    const scaffold = scaffoldStudy(id, design);
    const problems = scaffoldProblems(scaffold, dir);
    if (problems.length) throw new Error(`the ${design} scaffold does not load: ${problems.join('; ')}`);

    for (const [rel, content] of scaffold.files) {
      const path = join(dir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content, { flag: 'wx' });
    }

    const lines = [`created ${shown}/ (design: ${design}, id: ${id})`];
    for (const rel of scaffold.files.keys())
      lines.push(`  ${rel}${rel === scaffold.dataFile ? `  (header only: ${scaffold.columns.length} columns)` : ''}`);
    lines.push(
      '',
      scaffold.dataFile
        ? `Next: fill in study.yaml, add one row per participant to ${shown}/${scaffold.dataFile}, then run \`naskah build ${shown}\`.`
        : `Next: fill in study.yaml and write the article in ${shown}/manuscript/, then run \`naskah build ${shown}\`.`,
    );
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
