/**
 * A study folder drafted from a data file (`naskah import`): every column typed and
 * labelled from what the file holds (SPSS/Stata variable labels and value labels, or the
 * values themselves), runs of item columns recognised as a library instrument when their
 * number and answer range match one, a descriptive analysis plan, the data file copied in,
 * and a README saying what to check. Texts taken from the file are copied into both
 * languages and marked `# translate` where the English is still the original. Pure: the
 * caller reads the file and writes the result.
 */
import { INSTRUMENTS } from '../instruments/library/index.ts';
import { scoredScales } from '../instruments/scales.ts';
import type { Instrument } from '../instruments/types.ts';
import type { RawColumn, RawTable } from '../data/formats/index.ts';

export interface ImportDraft {
  /** Study-relative path → content (the data file is the caller's bytes, listed as `dataFile`). */
  files: Map<string, string>;
  dataFile: string;
  variables: { name: string; type: string }[];
  instruments: { name: string; use: string; items: string[] }[];
  idColumn?: string;
}

export interface ImportOptions {
  id: string;
  /** File name of the data as it will sit in data/. */
  fileName: string;
  /** What the file is, for the README ("SPSS data file (.sav)"). */
  formatName: string;
}

/** Categorical when a text column has at most this many distinct values. */
const MAX_LEVELS = 12;
const ID_NAMES = /^(id|no|nomor|no_resp|responden|kode|kode_responden|id_responden|nim|nip)$/i;

type Cell = number | string | null;

function cellsOf(c: RawColumn, n: number): Cell[] {
  const v = c.values;
  const out: Cell[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const x = v.data[r];
    if (x === null || x === undefined) out[r] = null;
    else if (typeof x === 'number') out[r] = Number.isNaN(x) ? null : x;
    else {
      const s = x.trim();
      out[r] = s === '' ? null : s;
    }
  }
  return out;
}

/** Numbers of a column when every value is one (text that parses counts), else undefined. */
function numbersOf(cells: Cell[]): (number | null)[] | undefined {
  const out: (number | null)[] = [];
  for (const c of cells) {
    if (c === null) out.push(null);
    else if (typeof c === 'number') out.push(c);
    else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(c)) out.push(Number(c));
    else return undefined;
  }
  return out;
}

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function q(s: string): string {
  return /^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .,/()%–-]*$/.test(s) &&
    !/[:#]/.test(s) &&
    !/^(true|false|yes|no|null|on|off|y|n)$/i.test(s) &&
    s.trim() === s
    ? s
    : JSON.stringify(s);
}

function localized(text: string, translate: boolean): string {
  return `{ id: ${q(text)}, en: ${q(text)} }${translate ? ' # translate' : ''}`;
}

interface ItemRun {
  prefix: string;
  columns: string[];
  instrument: Instrument;
}

/**
 * Runs of columns `<prefix>1 … <prefix>k` whose k and answers fit an instrument. When
 * several fit (same length and range), the one whose abbreviation or id the prefix names.
 */
function findInstruments(table: RawTable, numeric: Map<string, (number | null)[]>): ItemRun[] {
  const byPrefix = new Map<string, Map<number, string>>();
  for (const c of table.columns) {
    const m = /^(.*?)(\d+)$/.exec(c.name);
    if (!m || !numeric.has(c.name)) continue;
    const prefix = m[1]!;
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, new Map());
    byPrefix.get(prefix)!.set(Number(m[2]), c.name);
  }
  const runs: ItemRun[] = [];
  for (const [prefix, items] of byPrefix) {
    const k = items.size;
    if (k < 2 || ![...Array(k).keys()].every((i) => items.has(i + 1))) continue;
    const columns = [...Array(k).keys()].map((i) => items.get(i + 1)!);
    const all = columns.flatMap((c) => numeric.get(c)!).filter((x): x is number => x !== null);
    if (all.length === 0 || !all.every(Number.isInteger)) continue;
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const fits = [...INSTRUMENTS.values()].filter(
      (i) => i.nItems === k && lo >= i.itemRange[0] && hi <= i.itemRange[1],
    );
    if (fits.length === 0) continue;
    const key = prefix.toLowerCase().replace(/[^a-z0-9]/g, '');
    const named = fits.find((i) => {
      const abbr = i.abbreviation.toLowerCase().replace(/[^a-z0-9]/g, '');
      return key.includes(abbr.replace(/\d+$/, '')) || key.includes(i.id.replace(/[^a-z0-9]/g, ''));
    });
    runs.push({ prefix, columns, instrument: named ?? fits[0]! });
  }
  return runs;
}

/**
 * The score's label from its items' variable labels: what they share before the item's own
 * words ("PSS sebelum butir 1: …", "PSS sebelum butir 2: …" → "PSS sebelum").
 */
function scoreLabel(table: RawTable, run: ItemRun): string | undefined {
  const labels = run.columns.map((c) => table.columns.find((x) => x.name === c)?.label);
  if (labels.some((l) => !l)) return undefined;
  let common = labels[0]!;
  for (const l of labels) {
    let k = 0;
    while (k < common.length && k < l!.length && common[k] === l![k]) k++;
    common = common.slice(0, k);
  }
  const trimmed = common
    .replace(/\d+\s*$/, '')
    .replace(/[\s:.,(–-]+$/, '')
    .replace(/\s+(butir|item|no|nomor|pertanyaan|soal|pernyataan)$/i, '')
    .trim();
  return trimmed.length >= 3 ? trimmed : undefined;
}

/** A score name from an item prefix: `pss_pre_` → `pss_pre`. */
function useName(prefix: string, taken: Set<string>): string {
  let base = prefix.replace(/[^A-Za-z0-9_.]+/g, '_').replace(/[_.]+$/, '') || 'skor';
  if (!/^[A-Za-z_]/.test(base)) base = `s_${base}`;
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
  taken.add(name);
  return name;
}

function sortLevels(codes: string[]): string[] {
  const numeric = codes.every((c) => c.trim() !== '' && !Number.isNaN(Number(c)));
  return numeric ? codes.sort((a, b) => Number(a) - Number(b)) : codes.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function draftStudy(table: RawTable, options: ImportOptions): ImportDraft {
  const n = table.nRows;
  const cells = new Map(table.columns.map((c) => [c.name, cellsOf(c, n)]));
  const numeric = new Map<string, (number | null)[]>();
  for (const c of table.columns) {
    const nums = numbersOf(cells.get(c.name)!);
    if (nums?.some((x) => x !== null)) numeric.set(c.name, nums);
  }

  const runs = findInstruments(table, numeric);
  const itemColumns = new Set(runs.flatMap((r) => r.columns));
  const idColumn = table.columns.find((c) => {
    if (!ID_NAMES.test(c.name)) return false;
    const vals = cells.get(c.name)!;
    return vals.every((v) => v !== null) && new Set(vals.map(String)).size === n;
  })?.name;

  const yaml: string[] = [];
  const variables: ImportDraft['variables'] = [];
  const categorical: string[] = [];
  const numericVars: string[] = [];
  for (const c of table.columns) {
    if (itemColumns.has(c.name) || c.name === idColumn) continue;
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(c.name)) continue;
    const vals = cells.get(c.name)!;
    const nums = numeric.get(c.name);
    const observed = [...new Set(vals.filter((v): v is number | string => v !== null).map(String))];
    if (observed.length === 0) continue;
    const label = c.label ? localized(c.label, true) : localized(c.name, false);
    const lines = [`  ${c.name}:`];
    let type: string;
    // Value labels on every value make a categorical variable; labels on a few values of a
    // scale (its end points) are answer labels, and the variable stays numeric.
    if (c.valueLabels?.size && observed.every((v) => c.valueLabels!.has(v))) {
      type = 'categorical';
      lines.push('    type: categorical', `    label: ${label}`, '    levels:');
      for (const code of sortLevels(observed)) {
        const text = c.valueLabels.get(code);
        lines.push(`      ${JSON.stringify(code)}: ${text ? localized(text, true) : localized(code, false)}`);
      }
    } else if (nums && !(observed.length <= 2 && observed.every((v) => v === '0' || v === '1'))) {
      const whole = nums.every((x) => x === null || Number.isInteger(x));
      type = whole ? 'integer' : 'number';
      lines.push(`    type: ${type}`, `    label: ${label}`);
    } else if (observed.length <= MAX_LEVELS && observed.length < Math.max(2, n / 2)) {
      type = 'categorical';
      lines.push('    type: categorical', `    label: ${label}`, '    levels:');
      for (const code of sortLevels(observed)) lines.push(`      ${JSON.stringify(code)}: ${q(code)}`);
    } else {
      type = 'text';
      lines.push('    type: text', `    label: ${label}`);
    }
    yaml.push(...lines);
    variables.push({ name: c.name, type });
    if (type === 'categorical') categorical.push(c.name);
    else if (type !== 'text') numericVars.push(c.name);
  }

  const taken = new Set(variables.map((v) => v.name));
  const instruments: ImportDraft['instruments'] = [];
  const instrumentYaml: string[] = [];
  const scores: string[] = [];
  for (const run of runs) {
    const name = useName(run.prefix, taken);
    const use = {
      name,
      use: run.instrument.id,
      items: run.columns,
      itemRange: run.instrument.itemRange,
      abbreviation: run.instrument.abbreviation,
    };
    instruments.push(use);
    const k = run.columns.length;
    const pattern = `${run.prefix}{1..${k}}`;
    instrumentYaml.push(
      `  ${name}:`,
      `    use: ${run.instrument.id}`,
      `    items: ${JSON.stringify(pattern)}`,
      `    label: ${localized(scoreLabel(table, run) ?? `${run.instrument.abbreviation} (${name})`, true)}`,
    );
    for (const s of scoredScales(use, run.instrument)) scores.push(s.name);
  }

  const analyses: string[] = [];
  if (categorical.length) {
    analyses.push(
      '  - id: karakteristik',
      '    type: frequencies',
      `    variables: [${categorical.join(', ')}]`,
      '    title: { id: Karakteristik responden, en: Characteristics of the respondents }',
    );
  }
  if (numericVars.length || scores.length) {
    analyses.push(
      '  - id: deskriptif',
      '    type: descriptives',
      `    variables: [${[...numericVars, ...scores].join(', ')}]`,
      '    columns: [n, mean, sd, min, max]',
    );
  }
  for (const use of instruments) {
    analyses.push(
      `  - id: reliabilitas_${use.name.replace(/[^a-z0-9_-]/gi, '_').toLowerCase()}`,
      '    type: reliability',
      `    instrument: ${use.name}`,
    );
  }

  const dataFile = `data/${options.fileName}`;
  const title = options.fileName.replace(/\.[^.]+$/, '');
  const study = [
    `# Drafted by \`naskah import\` from ${options.fileName} (${options.formatName}). Check every`,
    '# variable, replace the texts marked TODO, translate the lines marked `# translate`',
    '# (their English is still the text from the file), then build.',
    `id: ${options.id}`,
    `title: { id: ${q(`Analisis data ${title}`)}, en: ${q(`Analysis of the ${title} data`)} } # TODO the study's title`,
    'authors:',
    '  - name: Nama Penulis # TODO',
    'design: cross-sectional # TODO one-group-pretest-posttest, quasi-experiment, cross-sectional or case-series',
    'languages: [id, en]',
    '',
    'data:',
    `  file: ${dataFile}`,
    ...(idColumn ? [`  id: ${idColumn}`] : []),
    '',
    ...(yaml.length ? ['variables:', ...yaml, ''] : []),
    ...(instrumentYaml.length ? ['instruments:', ...instrumentYaml, ''] : []),
    ...(analyses.length ? ['analyses:', ...analyses] : []),
    '',
  ].join('\n');

  const readme = [
    `# ${options.id}`,
    '',
    `Drafted by \`naskah import\` from \`${options.fileName}\` (${options.formatName}): ${n} rows, ${table.columns.length} columns.`,
    `The data file is copied unchanged to \`${dataFile}\`.`,
    '',
    '## What the draft took from the file',
    '',
    `- ${variables.length} variable${variables.length === 1 ? '' : 's'}: ${variables.map((v) => `\`${v.name}\` (${v.type})`).join(', ') || 'none'}.`,
    idColumn
      ? `- \`${idColumn}\` as the participant id (checked for duplicates).`
      : '- No participant id column was recognised.',
    instruments.length
      ? `- Instruments recognised by their items: ${instruments.map((i) => `\`${i.name}\` = ${i.use} (${i.items[0]} … ${i.items.at(-1)})`).join(', ')}.`
      : '- No columns matched an instrument of the library.',
    '- Labels come from the file (variable and value labels) or the column names; the',
    '  English copies are marked `# translate` in study.yaml.',
    '',
    '## What to do next',
    '',
    '1. Fill in the title, authors and design in `study.yaml` (lines marked TODO).',
    '2. Translate the labels marked `# translate`; put the levels of each categorical variable',
    '   in table order (the first is the reference category).',
    "3. Replace the descriptive analysis plan with the study's own (`naskah schema --markdown`).",
    `4. Build: \`naskah build ${options.id}\`.`,
    '',
  ].join('\n');

  return {
    files: new Map([
      ['study.yaml', study],
      ['README.md', readme],
    ]),
    dataFile,
    variables,
    instruments,
    idColumn,
  };
}
