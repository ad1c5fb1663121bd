/**
 * Refusals of the files a study names (src/study/files.ts): data, references, template
 * files, the citation style, the reference document and the manuscript files. English CLI
 * output, as every error message of naskah (docs/ARCHITECTURE.md, Conventions); named so
 * tests can quote them.
 */
import { type FileKind, formatBytes } from '../limits.ts';

/** A kind of file as a sentence names it: "a data file". */
const KINDS: Record<FileKind, string> = {
  'study.yaml': 'a study.yaml',
  data: 'a data file',
  spreadsheet: 'a spreadsheet',
  manuscript: 'a manuscript file',
  references: 'a references file',
  template: 'a template file',
  csl: 'a citation style',
  'reference-docx': 'a reference document',
};

export const fileMessages = {
  empty: (field: string) => `${field} is empty`,
  emptyHint: 'Give the path of a file inside the study folder, relative to study.yaml.',
  outside: (field: string, rel: string) => `${field} "${rel}" points outside the study folder`,
  outsideHint:
    'Keep every file the study uses inside its folder (e.g. data/pss.csv), so the folder is complete on its own.',
  linkOutside: (field: string, rel: string, real: string) =>
    `${field} "${rel}" is a link to ${real}, outside the study folder`,
  linkOutsideHint:
    'Copy the file into the study folder instead of linking to it, so the study is complete on its own and its manifest names what was read.',
  folder: (field: string, rel: string) => `${field} "${rel}" is a folder, not a file`,
  folderHint: (rel: string) => `Name the file inside it, e.g. ${rel.replace(/\/$/, '')}/<name>.`,
  notRegular: (field: string, rel: string) => `${field} "${rel}" is not a regular file (a device, pipe or socket)`,
  notRegularHint: 'Name an ordinary file saved in the study folder.',
  tooLarge: (field: string, rel: string, size: number, limit: number, kind: FileKind) =>
    `${field} "${rel}" is ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah reads for ${KINDS[kind]}`,
  tooLargeHint: 'Check that this is the right file; the limits are listed in docs/limits.md.',
};
