/**
 * The study.yaml format as written (`StudySpec`), defined once as JSON Schema with
 * TypeBox: the validator, the TypeScript types and docs/study.schema.json all come from
 * these definitions, so they cannot drift. Analysis entries are validated per type by the
 * analysis units' own schemas (src/analysis/units/*), which keeps each error message about
 * the one analysis type the author meant.
 */
import { Type, type Static, type TOptional, type TSchema } from '@sinclair/typebox';
import { LANGS, languages, type Lang } from './languages.ts';

export { LANGS, type Lang };

const LANGUAGE_LIST = languages();
const names = LANGUAGE_LIST.map((l) => l.name);
const NAMES = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');

/**
 * An object with one field per language, e.g. `{ id: …, en: … }`. Each field is optional
 * here: the loader checks that a text has every language the study lists in `languages:`
 * (src/study/localized-texts.ts), so a language added to the list asks nothing of
 * studies not written in it.
 */
function perLanguage<T extends TSchema>(value: () => T, description?: string) {
  return Type.Object(
    Object.fromEntries(LANGUAGE_LIST.map((l) => [l.id, Type.Optional(value())])) as unknown as Record<
      Lang,
      TOptional<T>
    >,
    { additionalProperties: false, minProperties: 1, ...(description ? { description } : {}) },
  );
}

/** A text in every language, or one text used for all (names, codes). */
export const LocalizedText = Type.Union([Type.String(), perLanguage(() => Type.String())], {
  description: `Text in ${NAMES}: \`{ ${LANGUAGE_LIST.map((l) => `${l.id}: …`).join(', ')} }\`, or one string for ${names.length === 2 ? 'both' : 'all'}.`,
});
export type LocalizedTextSpec = Static<typeof LocalizedText>;

/** A LocalizedText field with its own description (for the generated reference). */
export function Text(description: string) {
  return Type.Union([Type.String(), perLanguage(() => Type.String())], { description });
}

const Slug = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$', description: 'lowercase letters, digits, - and _' });
const Name = Type.String({
  pattern: '^[A-Za-z_][A-Za-z0-9_.]*$',
  description: 'a variable name: letters, digits, _ and .',
});

export const Author = Type.Object(
  {
    name: Type.String({ description: 'full name as printed' }),
    affiliation: Type.Optional(
      Text(
        'institution, in both languages or one text; with several affiliations each is numbered once, in order of first use, and every author carries its number',
      ),
    ),
    email: Type.Optional(Type.String({ description: 'shown for the corresponding author' })),
    orcid: Type.Optional(
      Type.String({ pattern: '^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$', description: 'ORCID iD, 0000-0000-0000-0000' }),
    ),
    corresponding: Type.Optional(
      Type.Boolean({
        description: 'the corresponding author: marked * after the name; with `email`, the correspondence line',
      }),
    ),
  },
  { additionalProperties: false },
);

export const DESIGNS = [
  'one-group-pretest-posttest',
  'quasi-experiment',
  'cross-sectional',
  'case-series',
  'narrative',
  'experimental',
  'repeated-measures',
  'correlational',
  'secondary-data',
] as const;
export type Design = (typeof DESIGNS)[number];

/** Options of binary data files (Excel); kept apart so the CSV options read as before. */
function DataFileOptions() {
  return {
    sheet: Type.Optional(
      Type.Union([Type.String({ minLength: 1 }), Type.Integer({ minimum: 1 })], {
        description: 'Excel: the sheet with the data, by name or number (default the first sheet)',
      }),
    ),
    header: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Excel: the row with the column names (default 1)' }),
    ),
  };
}

/**
 * A categorical level: its label, or the data file's value it stands for (`code:`) with its
 * label, for SPSS/Stata files whose values are numeric codes.
 */
export const LevelSpec = Type.Union(
  [
    Type.String(),
    perLanguage(() => Type.String()),
    Type.Object(
      {
        code: Type.Union([Type.String(), Type.Number()], { description: "the level's value in the data file" }),
        ...perLanguage(() => Type.String()).properties,
      },
      { additionalProperties: false },
    ),
  ],
  {
    description: `label of the level (\`{ ${LANGUAGE_LIST.map((l) => `${l.id}: …`).join(', ')} }\` or one string), or \`{ code: <value in the file>, ${LANGUAGE_LIST.map((l) => `${l.id}: …`).join(', ')} }\``,
  },
);
export type LevelSpecT = Static<typeof LevelSpec>;

export const DataSpec = Type.Object(
  {
    file: Type.String({
      description:
        'data file, relative to the study folder: CSV, SPSS (.sav, .zsav), Excel (.xlsx) or Stata (.dta), recognised by its content (docs/data-files.md)',
    }),
    id: Type.Optional(Type.String({ description: 'column with the participant id (checked for duplicates)' })),
    delimiter: Type.Optional(
      Type.Union([Type.Literal(','), Type.Literal(';'), Type.Literal('tab')], {
        description: 'separator; detected from the header when absent',
      }),
    ),
    decimal: Type.Optional(
      Type.Union([Type.Literal('.'), Type.Literal(',')], {
        description: 'decimal mark; `,` when the separator is `;`',
      }),
    ),
    missing: Type.Optional(
      Type.Array(Type.Union([Type.String(), Type.Number()]), {
        description: 'codes that mean "missing" in every column (an empty cell always does)',
      }),
    ),
    ...DataFileOptions(),
  },
  { additionalProperties: false },
);

export const Bin = Type.Object(
  {
    below: Type.Optional(Type.Number()),
    from: Type.Optional(Type.Number()),
    label: Text('label of the group in tables'),
  },
  {
    additionalProperties: false,
    description: 'a range of a numeric variable: `from` (inclusive) and/or `below` (exclusive)',
  },
);

export const VariableSpec = Type.Object(
  {
    type: Type.Union([
      Type.Literal('categorical'),
      Type.Literal('integer'),
      Type.Literal('number'),
      Type.Literal('text'),
    ]),
    label: Type.Optional(Text('label in tables and text (default: the column name)')),
    levels: Type.Optional(
      Type.Record(Type.String(), LevelSpec, {
        description:
          'categorical levels in table order: code → label; a level is matched to a data file value by its code, its label or an explicit `code:`. A label prints exactly as written mid-sentence, so write ordinary words in lower case (laki-laki, male) and names with their capitals (Jawa Barat, Adelie); a label with no capital starts with one where it stands alone (a table cell, a chart label)',
      }),
    ),
    reference: Type.Optional(Type.String({ description: 'reference level (default: the first)' })),
    range: Type.Optional(Type.Tuple([Type.Number(), Type.Number()], { description: '[min, max] allowed values' })),
    bins: Type.Optional(Type.Array(Bin, { description: 'groups of a numeric variable, available as `<name>.group`' })),
    missing: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Number()]))),
    unit: Type.Optional(Text('unit of measurement, e.g. { id: tahun, en: years }')),
  },
  { additionalProperties: false },
);

export const InstrumentUse = Type.Object(
  {
    use: Type.String({ description: 'instrument id from the library (`naskah instruments` lists them)' }),
    items: Type.Union([Type.String(), Type.Array(Type.String())], {
      description: 'item columns: a list, or a pattern such as "pss_pre_{1..10}"',
    }),
    label: Type.Optional(Text('label of the score, e.g. { id: Stres sebelum pelatihan, en: Stress before training }')),
  },
  { additionalProperties: false },
);

export const Notice = Type.Union([Type.Literal('synthetic'), Type.Literal('illustrative'), LocalizedText], {
  description: '`synthetic` or `illustrative` data (a standard notice on the first page), or your own notice text',
});

export const MethodsText = Type.Object(
  {
    setting: Type.Optional(Text('where and when the study took place')),
    participants: Type.Optional(Text('who took part and how they were recruited')),
    intervention: Type.Optional(Text('what the intervention was')),
    procedure: Type.Optional(Text('how the data were collected')),
  },
  { additionalProperties: false, description: 'sentences the generated methods section includes' },
);

export const AnalysisEntry = Type.Object(
  { id: Slug, type: Type.String() },
  { additionalProperties: true, description: 'one analysis; its other fields depend on `type`' },
);

export const StudySpecSchema = Type.Object(
  {
    id: Type.String({
      pattern: '^[a-z0-9][a-z0-9_-]*$',
      description: 'study id: the output folder out/<id>/ (lowercase letters, digits, - and _)',
    }),
    title: Text('title of the manuscript'),
    shortTitle: Type.Optional(Text('running title in the PDF footer')),
    authors: Type.Array(Author, { minItems: 1, description: 'authors in order' }),
    design: Type.Union(
      DESIGNS.map((d) => Type.Literal(d)),
      { description: 'study design: decides the design paragraph of the methods' },
    ),
    subjects: Type.Optional(
      Text(
        'what was studied, in the plural as it reads mid-sentence (`{ id: responden, en: respondents }`, penguins, districts, car models); names them in the methods, the abstract and the captions (default participants / partisipan)',
      ),
    ),
    dataSource: Type.Optional(
      Type.Union([Type.Literal('survey'), Type.Literal('records'), Type.Literal('measurements')], {
        description:
          'where the data came from: `survey` (questionnaires or interviews), `records` (existing registers or files), `measurements` (instruments or observation); one sentence of the design paragraph says so',
      }),
    ),
    languages: Type.Optional(
      Type.Array(Type.Union(LANGUAGE_LIST.map((l) => Type.Literal(l.id))), {
        minItems: 1,
        uniqueItems: true,
        description: `manuscript languages (default [${LANGS.join(', ')}])`,
      }),
    ),
    template: Type.Optional(
      Type.String({
        description:
          'page template: a built-in one (`article`, `skripsi`) or a folder inside the study folder with layout.hbs and style.css (default article)',
      }),
    ),
    citationStyle: Type.Optional(
      Type.String({
        description:
          'citation and reference-list style: `apa` (APA 7, the default), `vancouver`, `ieee`, `harvard`, `chicago-author-date`, or a .csl file inside the study folder',
      }),
    ),
    alpha: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 0.5, description: 'significance level (default 0.05)' }),
    ),
    year: Type.Optional(Type.Integer({ description: 'year of the study' })),
    keywords: Type.Optional(perLanguage(() => Type.Array(Type.String()), 'keywords per language')),
    abstract: Type.Optional(
      Type.Object(
        {
          background: Type.Optional(Text('background sentences of the abstract')),
          conclusion: Type.Optional(Text('conclusion of the abstract (default: written from the results)')),
        },
        {
          additionalProperties: false,
          description: 'optional authored parts of the abstract; results are always written from the data',
        },
      ),
    ),
    notice: Type.Optional(Notice),
    ethics: Type.Optional(Text('ethics approval (declarations)')),
    consent: Type.Optional(Text('informed consent (declarations)')),
    funding: Type.Optional(Text('funding (declarations)')),
    conflicts: Type.Optional(Text('conflicts of interest (declarations)')),
    dataAvailability: Type.Optional(Text('data availability (declarations)')),
    methods: Type.Optional(MethodsText),
    data: Type.Optional({ ...DataSpec, description: 'the raw data file (omit for a narrative article)' }),
    variables: Type.Optional(
      Type.Record(Name, VariableSpec, {
        description: 'the data columns the study uses, with labels, types and checks',
      }),
    ),
    instruments: Type.Optional(
      Type.Record(Name, InstrumentUse, { description: 'questionnaires to score from item columns' }),
    ),
    analyses: Type.Optional(
      Type.Array(AnalysisEntry, { description: 'the analysis plan, in the order the results section reports it' }),
    ),
    references: Type.Optional(
      Type.String({ description: 'BibTeX file, relative to the study folder (default references.bib)' }),
    ),
    referenceDocx: Type.Optional(
      Type.String({
        description:
          "the journal's Word template (.docx) inside the study folder: --format docx takes its styles (fonts, sizes, spacing, headings, captions), page size and margins",
      }),
    ),
  },
  { additionalProperties: false },
);

export type StudySpec = Static<typeof StudySpecSchema>;
export type { TSchema };
