/**
 * The study as used (`Study`): study.yaml after validation, with defaults filled, texts
 * in every language, levels in order, instrument item lists expanded, and the files it
 * names read. Later stages see only this, never the raw YAML.
 */
import type { Design } from './schema.ts';
import type { Lang, Localized } from './languages.ts';
import type { FieldPath } from './yaml-locate.ts';
import type { SourceLocation } from '../errors.ts';

/** `Localized`: text keyed by language (a single string in study.yaml is used for every language). */
export type { Lang, Design, Localized };

export interface Level {
  code: string;
  label: Localized;
  /** The value in the data file this level stands for, when study.yaml names it (`code:`). */
  fileCode?: string;
}

export interface BinDef {
  from?: number;
  below?: number;
  label: Localized;
}

export interface VariableDef {
  name: string;
  type: 'categorical' | 'integer' | 'number' | 'text';
  label: Localized;
  /** Categorical levels in table order; the first is the reference unless `reference` says otherwise. */
  levels?: Level[];
  reference?: string;
  range?: [number, number];
  bins?: BinDef[];
  missing: string[];
  unit?: Localized;
}

export interface InstrumentUseDef {
  /** Name of the score variable, e.g. `pss_pre` (its category is `pss_pre.category`). */
  name: string;
  /** Instrument id in the library, e.g. `pss-10`. */
  use: string;
  /** Item columns in the instrument's item order. */
  items: string[];
  label?: Localized;
  /** The instrument's answer scale and short name, from the library: the data reader checks the items against them. */
  itemRange: [number, number];
  abbreviation: string;
}

/** One analysis entry as validated by its unit's schema: `id`, `type` and the unit's own fields. */
export interface AnalysisSpec {
  id: string;
  type: string;
  [field: string]: unknown;
}

export interface TextFile {
  /** Path as given relative to the study folder, for messages and the manifest. */
  file: string;
  text: string;
}

export interface DataSource {
  /** Path relative to the study folder. */
  file: string;
  idColumn?: string;
  delimiter?: ',' | ';' | '\t';
  decimal?: '.' | ',';
  missing: string[];
  /** Excel: the sheet (name or 1-based number). */
  sheet?: string | number;
  /** Excel: the row holding the column names (1-based). */
  header?: number;
}

export interface Study {
  /** Study folder (absolute) and the study.yaml path relative to the working directory, for messages. */
  dir: string;
  file: string;
  id: string;
  title: Localized;
  shortTitle?: Localized;
  /** What was studied, plural, mid-sentence form (default: the locale's participants). */
  subjects?: Localized;
  /** Where the data came from, for the design paragraph. */
  dataSource?: 'survey' | 'records' | 'measurements';
  authors: { name: string; affiliation?: Localized; email?: string; orcid?: string; corresponding: boolean }[];
  design: Design;
  languages: Lang[];
  template: string;
  /** The journal's Word template (study-relative path) whose styles and page set-up a .docx takes. */
  referenceDocx?: string;
  /** `citationStyle:` a named style (checked against the known names), or the study's own .csl file and its text. */
  citationStyle?: { name: string } | { file: string; xml: string };
  alpha: number;
  year?: number;
  keywords: Record<Lang, string[]>;
  abstract: { background?: Localized; conclusion?: Localized };
  notice?: { kind: 'synthetic' | 'illustrative' | 'custom'; text?: Localized };
  declarations: {
    ethics?: Localized;
    consent?: Localized;
    funding?: Localized;
    conflicts?: Localized;
    dataAvailability?: Localized;
  };
  methods: { setting?: Localized; participants?: Localized; intervention?: Localized; procedure?: Localized };
  data?: DataSource;
  variables: Record<string, VariableDef>;
  instruments: Record<string, InstrumentUseDef>;
  analyses: AnalysisSpec[];
  /** Authored Markdown per language (manuscript/id.md, manuscript/en.md), when present. */
  manuscript: Partial<Record<Lang, TextFile>>;
  /** The study's bibliography (references.bib), when present. */
  bibliography?: TextFile;
  /** Position in study.yaml of a field path, for errors found by later stages. */
  locate(path: FieldPath): SourceLocation;
}
