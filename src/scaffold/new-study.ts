/**
 * The files of a new study folder for one design (`naskah new`): the commented templates
 * in templates/new/ (common/ first, then the design's own files over them) with the study
 * id filled in, plus what is derived from the study.yaml so it cannot drift from it — the
 * CSV header (id, variables, instrument items, in that order) and a references.bib with
 * the sources of the instruments the study uses. The result is validated with the study
 * loader before anything is written, so a scaffold always loads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { INSTRUMENTS } from '../instruments/library/index.ts';
import { BUILTIN_BIBTEX } from '../report/builtin-references.ts';
import { STUDY_REGISTRIES } from '../build/registries.ts';
import { expandItems, validateStudy, type StudyFiles } from '../study/load.ts';
import { DESIGNS, type Design, type StudySpec } from '../study/schema.ts';
import { PACKAGE_ROOT } from '../version.ts';

const SCAFFOLD_DIR = join(PACKAGE_ROOT, 'templates', 'new');

/** One line per design for `naskah new --help`. */
export const DESIGN_SUMMARIES: Record<Design, string> = {
  'one-group-pretest-posttest': 'one group, PSS-10 before and after; paired t-test or Wilcoxon',
  'quasi-experiment': 'intervention and control group, DASS-42 stress before and after; change compared between groups',
  'cross-sectional': 'one survey, Stress Diagnostic Survey and characteristics; odds ratios for a binary outcome',
  'case-series': 'a few participants, PSS-10 before and after; reliable change index per participant, no test',
  narrative: 'practice article without data: sections, abstract, keywords, references',
  experimental: 'three randomly assigned conditions, one numeric outcome; one-way ANOVA or Kruskal–Wallis',
  'repeated-measures': 'one numeric outcome at three times (wide columns); repeated-measures ANOVA or Friedman',
  correlational: 'two numeric variables; Pearson or Spearman correlation',
  'secondary-data': 'an existing data set: a category and a value; t-test or Mann–Whitney',
};

export const DEFAULT_DESIGN: Design = 'one-group-pretest-posttest';

export function isDesign(x: string): x is Design {
  return (DESIGNS as readonly string[]).includes(x);
}

/** A folder name as a study id: lowercase letters, digits, - and _, starting with a letter or digit. */
export function studyIdFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/** The columns a study.yaml reads from its data file, in file order: id, variables, instrument items. */
function dataColumns(spec: StudySpec): string[] {
  const cols: string[] = [];
  const add = (c: string) => {
    if (!cols.includes(c)) cols.push(c);
  };
  if (spec.data?.id) add(spec.data.id);
  for (const name of Object.keys(spec.variables ?? {})) add(name);
  for (const use of Object.values(spec.instruments ?? {})) for (const item of expandItems(use.items)) add(item);
  return cols;
}

/** BibTeX keys of the sources the study's instruments (and the norms of a reliable change analysis) cite. */
function sourceKeys(spec: StudySpec): string[] {
  const keys: string[] = [];
  const add = (k: string) => {
    if (!keys.includes(k)) keys.push(k);
  };
  for (const use of Object.values(spec.instruments ?? {})) {
    const inst = INSTRUMENTS.get(use.use);
    for (const k of inst?.citations ?? []) add(k);
  }
  for (const a of spec.analyses ?? []) {
    if (a.type !== 'reliable-change') continue;
    add('jacobson1991rci');
    const use = spec.instruments?.[String((a as Record<string, unknown>).before)];
    const norms = use ? INSTRUMENTS.get(use.use)?.norms : undefined;
    if (norms) add(norms.source);
  }
  return keys;
}

function bibliography(keys: string[]): string {
  const lines = BUILTIN_BIBTEX.split('\n');
  const entries = keys
    .map((k) => lines.find((l) => l.startsWith('@') && l.slice(l.indexOf('{') + 1).startsWith(`${k},`)))
    .filter((l): l is string => Boolean(l));
  const head = [
    '% The works this study cites, in BibTeX. Cite them in the manuscript with [@key].',
    '% Copy further entries from the project reference list (shared/references.bib);',
    '% naskah checks every citation against this file when it builds.',
  ];
  return `${[...head, ...entries].join('\n')}\n`;
}

export interface Scaffold {
  id: string;
  design: Design;
  /** Study-relative path → content, in the order they are listed to the user. */
  files: Map<string, string>;
  /** The data file (header only), when the design has data. */
  dataFile?: string;
  columns: string[];
}

export function scaffoldStudy(id: string, design: Design, templatesDir = SCAFFOLD_DIR): Scaffold {
  const files = new Map<string, string>();
  for (const base of ['common', design]) {
    const root = join(templatesDir, base);
    for (const rel of filesUnder(root)) files.set(rel, readFileSync(join(root, rel), 'utf8').replaceAll('{{id}}', id));
  }
  const yamlText = files.get('study.yaml');
  if (yamlText === undefined) throw new Error(`templates/new/${design} has no study.yaml`);
  const spec = parse(yamlText) as StudySpec;
  const columns = dataColumns(spec);
  const dataFile = spec.data?.file;
  if (dataFile) files.set(dataFile, `${columns.join(',')}\n`);
  files.set('references.bib', bibliography(sourceKeys(spec)));
  // Order: study.yaml first, then data, manuscript, references, README.
  const rank = (p: string) =>
    p === 'study.yaml'
      ? 0
      : p.startsWith('data/')
        ? 1
        : p.startsWith('manuscript/')
          ? 2
          : p === 'references.bib'
            ? 3
            : 4;
  const ordered = new Map([...files.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0])));
  return { id, design, files: ordered, dataFile, columns };
}

/** Loader errors of a scaffold, read from memory (empty when it is valid). */
export function scaffoldProblems(s: Scaffold, dir: string): string[] {
  const files: StudyFiles = {
    readText: (path) => {
      const rel = relative(dir, path).split(sep).join('/');
      return s.files.get(rel);
    },
    isDirectory: (path) => path === dir,
  };
  return validateStudy(dir, { files, cwd: dir, registries: STUDY_REGISTRIES }).errors.map(
    (e) => `${e.code}: ${e.message}`,
  );
}
