/**
 * `naskah diff <old> <new>`: what changed between two builds of a study, as the
 * manuscript shows it — every reported number whose printed form changed (analysis,
 * quantity, old → new) and every conclusion that changed. Exit code 0 when nothing
 * changed, 1 when something did, 2 when a build could not be read.
 */
import { diffResults } from '../../build/diff.ts';
import { formatDiff } from '../../rebuild/format.ts';
import { compareDocx } from '../../rebuild/docx.ts';
import { loadBuild } from '../../rebuild/load.ts';
import { messages as M } from '../../rebuild/messages.ts';
import { NaskahError, formatDiagnostic } from '../../errors.ts';
import { usageError, type Command } from '../command.ts';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'show which reported numbers and conclusions changed between two builds',
  usage: 'naskah diff <OLD> <NEW> [--json]',
  details: `OLD and NEW are results.json files or build folders (out/<id>). Word files (<lang>.docx)
in both build folders are compared too: byte for byte, then by their text. A rebuild keeps the
results.json it replaced in out/.previous/<id>/, so after fixing data:
  naskah diff out/.previous/asn-metro out/asn-metro

Numbers are compared as the manuscript prints them (means to 2 decimals, p to 3 decimals
or "< .001", percentages to 1, counts whole), so a change below the printed precision is
not a reported change. Conclusions: a significance decision or an effect's direction that
flipped, a different test chosen, an assumption check that now fails or holds, a count of
a threshold category (instrument categories, age bands) that changed, an analysis that
fails, recovers, appears or disappears.

Exit code 0 when nothing changed, 1 when something did, 2 when a build cannot be read.`,
  options: [{ name: 'json', type: 'boolean', description: 'print the changes as JSON' }],
  async run(args, io) {
    if (args.positionals.length !== 2) throw usageError(this, 'give two builds to compare: naskah diff <OLD> <NEW>');
    try {
      const [a, b] = [loadBuild(args.positionals[0]!, io.cwd, 'OLD'), loadBuild(args.positionals[1]!, io.cwd, 'NEW')];
      const [idA, idB] = [a.results.study, b.results.study];
      // Two different studies share no analyses worth comparing: say so before any list.
      if (idA && idB && idA !== idB)
        io.stderr(
          `note[diff/different-studies]: ${a.shown} is a build of "${idA}" and ${b.shown} of "${idB}": these are different studies, so every analysis differs\n  To see what a rebuild changed, compare two builds of one study, e.g. naskah diff out/.previous/${idB} out/${idB}.\n`,
        );
      const diff = diffResults(a.results, b.results);
      // Word files present in both builds: their text compared when the bytes differ.
      const documents = [...a.docx]
        .filter(([name]) => b.docx.has(name))
        .map(([name, old]) => compareDocx(name, old, b.docx.get(name)));
      if (args.options.json)
        io.stdout(`${JSON.stringify({ old: a.shown, new: b.shown, ...diff, documents }, null, 2)}\n`);
      else {
        io.stdout(formatDiff(diff, diff.study ?? b.shown));
        for (const d of documents) {
          io.stdout(`${d.identical ? M.diffDocxSame(d.file) : M.diffDocx(d.file)}\n`);
          if (d.textIdentical) io.stdout(`  ${M.docxTextSame}\n`);
          if (d.firstDifference)
            io.stdout(
              M.docxTextDiffers(d.firstDifference)
                .map((l) => `  ${l}\n`)
                .join(''),
            );
        }
      }
      return diff.changed ? 1 : 0;
    } catch (err) {
      if (!(err instanceof NaskahError)) throw err;
      io.stderr(`${formatDiagnostic(err.toDiagnostic())}\n`);
      return 2;
    }
  },
};
