/**
 * Every sentence naskah prints about rebuilds: the change summary after `naskah build`,
 * `naskah diff`, `naskah verify`, incremental skips, batch progress and watch mode (the
 * lines naming each changed conclusion are the build's own: src/build/messages.ts).
 * English CLI output, kept in one place so wording stays consistent and tests can quote it.
 */
import { formatBytes } from '../limits.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const messages = {
  // naskah build: the summary after a rebuild.
  buildSummary: (id: string, numbers: number, byAnalysis: [string, number][], conclusions: number) =>
    numbers === 0 && conclusions === 0
      ? `${id}: no reported number and no conclusion changed since the previous build`
      : `${id}: ${plural(numbers, 'reported number')} changed since the previous build` +
        (byAnalysis.length ? ` (${byAnalysis.map(([a, n]) => `${a} ${n}`).join(', ')})` : '') +
        (conclusions ? `; ${plural(conclusions, 'conclusion')} changed:` : '; no conclusion changed'),
  buildSummaryNumbersHead: 'numbers (old → new, as printed):',
  buildSummaryNumbers: (lines: string[], more: number) => [...lines, ...(more > 0 ? [`… and ${more} more`] : [])],
  buildSummaryDetails: (oldPath: string, newPath: string) => `details: naskah diff ${oldPath} ${newPath}`,
  skipped: (id: string, dest: string) =>
    `${id} is up to date in ${dest}/ (same inputs, template, options and naskah): skipped; --force rebuilds`,

  // naskah build / verify --shard K/N
  shardEmpty: (index: number, count: number) =>
    `shard ${index}/${count}: no study falls in this share (a study's share is picked by a hash of its id); nothing to do`,
  shardSummary: (index: number, count: number, chosen: number, total: number) =>
    `shard ${index}/${count}: ${plural(chosen, 'study', 'studies')} of ${total}`,

  // naskah diff
  diffNone: (what: string) => `${what}: no reported number and no conclusion changed`,
  diffHead: (what: string, numbers: number, conclusions: number) =>
    `${what}: ${plural(numbers, 'reported number')} changed, ${plural(conclusions, 'conclusion')} changed`,
  diffNumbersHead: 'Reported numbers (as the English manuscript prints them):',
  diffConclusionsHead: 'Conclusions:',
  diffColumns: ['analysis', 'quantity', 'old', 'new'] as const,
  diffPrecisionOnly: (n: number) =>
    `${plural(n, 'value')} differ only below the printed precision (results.json at full precision)`,

  // naskah diff and verify: a results.json that is not a regular file or is too large (src/rebuild/load.ts).
  /** `role`: which of the two builds, e.g. "the old build". */
  buildNotRegular: (role: string, path: string) => `${role} "${path}" is not a regular file (a device, pipe or socket)`,
  buildNotRegularHint: 'Give a results.json file or a build folder such as out/<study-id>.',
  resultsTooLarge: (role: string, path: string, size: number, limit: number) =>
    `${role} "${path}" is ${formatBytes(size)}, more than the ${formatBytes(limit)} naskah reads for a results.json`,
  resultsTooLargeHint: 'Give a results.json written by `naskah build`; the limits are listed in docs/limits.md.',

  // naskah verify
  verifyHead: (id: string, against: string) => `verifying ${id} against ${against}`,
  verifyIdentical: (file: string, text = false) => `${file}: identical${text ? ' text' : ''}`,
  verifyDiffers: (file: string, text = false) => `${file}: differs${text ? ' (text compared)' : ''}`,
  verifyGone: (file: string) => `${file}: missing from the build (the manifest lists it)`,
  verifyNotAsRecorded: (file: string) => `${file}: changed since it was built (its SHA-256 is not the manifest's)`,
  verifyBrowserDiffers: (recorded: string, current: string) =>
    `note: the PDFs were printed by ${recorded}, this rebuild by ${current}; their text was compared, not their bytes`,
  verifyMissing: (file: string) => `${file}: not in ${'the rebuild'}`,
  verifyInputsSame: (n: number) => `inputs: the same ${plural(n, 'file')} as recorded in the manifest`,
  verifyInputsDiffer: (paths: string[]) => `inputs that differ from the manifest: ${paths.join(', ')}`,
  verifyCodeDiffers: (recorded: string, current: string) =>
    `note: the manifest was written by naskah ${recorded}; this is naskah ${current}, so differences may come from the program rather than the data`,
  verifyNoManifest: 'note: no manifest.json beside it; inputs cannot be compared',
  verifyOk: (pdf: boolean) =>
    `verified: the study folder reproduces results.json${pdf ? ', the HTML and the PDFs' : ' and the HTML'} byte for byte`,
  // A .docx whose bytes differ (verify and diff).
  docxTextSame: 'the document text is the same (the Word package differs: another naskah or build date?)',
  docxTextDiffers: (d: { line: number; old: string; new: string }) => [
    `the document text differs from line ${d.line}:`,
    `  old: ${d.old}`,
    `  new: ${d.new}`,
  ],
  diffDocx: (file: string) => `${file}: the Word document differs`,
  diffDocxSame: (file: string) => `${file}: identical`,
  verifyFailed: 'NOT verified: the rebuild differs',

  // Batch builds and watch mode.
  batchDone: (built: number, skipped: number, total: number, seconds: number) =>
    `${built} of ${plural(total, 'study', 'studies')} built${skipped ? `, ${skipped} up to date` : ''} in ${seconds.toFixed(1)} s`,
  batchFailures: (n: number) => `${plural(n, 'study', 'studies')} failed:`,
  eta: (seconds: number) => (seconds >= 90 ? `${Math.round(seconds / 60)} min left` : `${Math.ceil(seconds)} s left`),
  watchServing: (url: string) => `serving ${url} (reloads on every rebuild); Ctrl+C stops`,
  watchRebuilt: (id: string, ms: number) => `rebuilt ${id}: HTML ready ${Math.round(ms)} ms after the save`,
  watchFailed: (id: string) => `${id}: the rebuild failed; the browser keeps the last good version`,
  watchWatching: (dir: string) => `watching ${dir} for changes`,
};
