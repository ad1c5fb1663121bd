/**
 * Why a study's reference document (`referenceDocx:`) cannot give its styles: each a
 * predicate after `referenceDocx "<file>"` (src/build/build.ts words the whole sentence).
 * English CLI output, as every error message of naskah (docs/ARCHITECTURE.md,
 * Conventions); named so tests can quote them.
 */
import { formatBytes } from '../../limits.ts';

export const referenceDocxMessages = {
  tooLarge: (size: number, limit: number) =>
    `would unpack to ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah unpacks from a .docx (a Word template is a few hundred KB)`,
  damaged: 'is damaged: a part of it does not unpack, or unpacks to more than its zip directory states',
  notZip: 'is not a Word document (.docx files are zip packages, and this is not one)',
  noStyles: 'is a zip file but not a Word document: it has no word/styles.xml',
};
