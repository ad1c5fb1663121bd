/**
 * `naskah import <file> <study-dir>`: drafts a study folder from a data file (CSV, SPSS
 * .sav, Excel .xlsx, Stata .dta): study.yaml with every column typed and labelled from
 * the file, instruments recognised by their items, a descriptive analysis plan, a copy of
 * the data and a README. The draft is validated before anything is written; an existing
 * non-empty folder is never overwritten.
 */
import { STUDY_REGISTRIES } from '../../build/registries.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { detectFormat } from '../../data/formats/index.ts';
import { NaskahError } from '../../errors.ts';
import { dataKind, FILE_LIMITS } from '../../limits.ts';
import { draftStudy } from '../../scaffold/import.ts';
import { studyIdFrom } from '../../scaffold/new-study.ts';
import { validateStudy } from '../../study/load.ts';
import { usageError, type Command } from '../command.ts';
import { importMessages as M } from '../messages.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'draft a study folder from a data file (CSV, SPSS .sav, Excel .xlsx, Stata .dta)',
  usage: 'naskah import <file> <study-dir> [--sheet NAME|N] [--header ROW]',
  details: `Reads the data file (its format is recognised from its content) and writes
<study-dir>/study.yaml with every column typed and labelled (variable and value labels
from SPSS and Stata files; labels are copied to both languages and the English copies
marked "# translate"), instruments recognised when a run of item columns matches one in
the library (PSS-10, DASS, Stress Diagnostic Survey), a descriptive analysis plan,
data/<file> (a copy of the data) and README.md. The draft builds as it stands.
A folder that exists and is not empty is never overwritten.

Examples:
  naskah import data/pss.sav studies/pelatihan-asn
  naskah import survei.xlsx studies/survei --sheet "Data Responden" --header 3`,
  options: [
    {
      name: 'sheet',
      type: 'string',
      value: 'NAME|N',
      description: 'Excel: the sheet with the data (default the first)',
    },
    { name: 'header', type: 'string', value: 'ROW', description: 'Excel: the row with the column names (default 1)' },
  ],
  async run(args, io) {
    const [source, target, ...extra] = args.positionals;
    if (!source || !target) {
      throw usageError(this, 'give the data file and the folder to create, e.g. `naskah import pss.sav studies/pss`');
    }
    if (extra.length)
      throw usageError(this, `one file and one folder (got also ${extra.map((e) => `"${e}"`).join(', ')})`);
    const sheetArg = typeof args.options.sheet === 'string' ? args.options.sheet : undefined;
    const sheet = sheetArg !== undefined && /^\d+$/.test(sheetArg) ? Number(sheetArg) : sheetArg;
    const headerArg = typeof args.options.header === 'string' ? args.options.header : undefined;
    if (headerArg !== undefined && !/^[1-9]\d*$/.test(headerArg)) {
      throw usageError(this, `--header is a row number (1, 2, …), not "${headerArg}"`);
    }
    const header = headerArg === undefined ? undefined : Number(headerArg);

    const file = resolve(io.cwd, source);
    const shownFile = relative(io.cwd, file) || file;
    let bytes: Uint8Array;
    try {
      // A FIFO or device would never end, a huge file would exhaust memory: refuse both first.
      const facts = statSync(file);
      if (facts.isDirectory()) throw new NaskahError('import/not-a-file', M.folder(shownFile), { hint: M.folderHint });
      if (!facts.isFile())
        throw new NaskahError('import/not-a-file', M.notRegular(shownFile), { hint: M.notRegularHint });
      const limit = FILE_LIMITS[dataKind(file)];
      if (facts.size > limit)
        throw new NaskahError('import/file-too-large', M.tooLarge(shownFile, facts.size, limit), {
          hint: M.tooLargeHint,
        });
      bytes = readFileSync(file);
    } catch (err) {
      if (err instanceof NaskahError) throw err;
      throw new NaskahError('import/not-found', `the data file "${shownFile}" does not exist`, {
        hint: 'Give the path of a CSV, .sav, .xlsx or .dta file.',
      });
    }
    const dir = resolve(io.cwd, target);
    const shown = relative(io.cwd, dir) || '.';
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) {
        throw new NaskahError('import/not-a-folder', `"${shown}" exists and is a file, not a folder`, {
          hint: 'Give the path of a new folder for the study.',
        });
      }
      if (readdirSync(dir).length) {
        throw new NaskahError(
          'import/folder-not-empty',
          `the folder "${shown}" already exists and is not empty; naskah import does not overwrite files`,
          { hint: 'Choose a new folder name, or empty the folder first.' },
        );
      }
    }
    const id = studyIdFrom(basename(dir));
    if (!id)
      throw usageError(
        this,
        `cannot make a study id from the folder name "${basename(dir)}"; use letters, digits, - or _`,
      );

    const format = detectFormat(bytes, shownFile);
    const table = format.read(bytes, { file: shownFile, sheet, header });
    const fileName = basename(file).replace(/[^\w.-]+/g, '_');
    const draft = draftStudy(table, { id, fileName, formatName: format.name });
    let yaml = draft.files.get('study.yaml')!;
    if (sheet !== undefined || header !== undefined) {
      const extraLines = [
        ...(sheet !== undefined ? [`  sheet: ${typeof sheet === 'number' ? sheet : JSON.stringify(sheet)}`] : []),
        ...(header !== undefined ? [`  header: ${header}`] : []),
      ];
      yaml = yaml.replace(`  file: ${draft.dataFile}\n`, `  file: ${draft.dataFile}\n${extraLines.join('\n')}\n`);
      draft.files.set('study.yaml', yaml);
    }

    // The draft must load before anything is written.
    const memory = new Map<string, string | Uint8Array>([...draft.files, [draft.dataFile, bytes]]);
    const at = (path: string) => relative(dir, path).split('\\').join('/');
    const v = validateStudy(dir, {
      cwd: dir,
      registries: STUDY_REGISTRIES,
      files: {
        readText: (p) => {
          const c = memory.get(at(p));
          return c === undefined ? undefined : typeof c === 'string' ? c : '';
        },
        readBytes: (p) => {
          const c = memory.get(at(p));
          return c === undefined ? undefined : typeof c === 'string' ? new TextEncoder().encode(c) : c;
        },
        isDirectory: (p) => p === dir,
      },
    });
    if (!v.study) throw new Error(`the drafted study.yaml does not load: ${v.errors.map((e) => e.message).join('; ')}`);

    for (const [rel, content] of memory) {
      const path = join(dir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content, { flag: 'wx' });
    }
    const lines = [
      `created ${shown}/ from ${shownFile} (${format.name}, ${table.nRows} rows, ${table.columns.length} columns; id: ${id})`,
      '  study.yaml',
      `  ${draft.dataFile}`,
      '  README.md',
      '',
      `${draft.variables.length} variables${draft.idColumn ? `, id column ${draft.idColumn}` : ''}${
        draft.instruments.length
          ? `, instruments: ${draft.instruments.map((i) => `${i.name} (${i.use})`).join(', ')}`
          : ''
      }.`,
      `Next: check study.yaml (TODO and "# translate" lines), then run \`naskah build ${shown}\`.`,
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
