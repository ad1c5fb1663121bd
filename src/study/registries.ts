/**
 * What the study loader needs to know of the analysis types and the instrument library.
 * Both live in later stages (src/analysis/, src/instruments/); the build stage passes
 * their registries in (src/build/registries.ts), so study/ imports neither.
 */
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { LocalizedText } from './schema.ts';
import type { AnalysisSpec } from './types.ts';
import type { FieldPath } from './yaml-locate.ts';

/** What a variable reference must point to. */
export type VariableRole = 'numeric' | 'categorical' | 'binary' | 'any';

export interface VariableRef {
  /** Path inside the analysis entry, e.g. ['before'] or ['predictors', 2]. */
  path: FieldPath;
  name: string;
  role: VariableRole;
}

/** An analysis type as the loader checks an entry of it (an analysis unit fits). */
export interface AnalysisTypeInfo {
  type: string;
  /** Schema for the entry's fields besides `id`, `type` and `title` (which every entry has). */
  schema: TSchema;
  /** Variables the entry names, for validation against the study's variables. */
  variables(spec: AnalysisSpec): VariableRef[];
}

/** An instrument of the library as the loader and the data reader check its use (an instrument fits). */
export interface InstrumentInfo {
  abbreviation: string;
  nItems: number;
  /** Allowed raw answers, inclusive. */
  itemRange: [number, number];
  /** Subscale keys; empty for a single-scale instrument. */
  scales: readonly { key: string }[];
}

export interface StudyRegistries {
  analyses: ReadonlyMap<string, AnalysisTypeInfo>;
  instruments: ReadonlyMap<string, InstrumentInfo>;
}

/**
 * The variables one scale of an instrument use creates: `pss_pre` and `pss_pre.category`,
 * or `<use>.<scale>` and `<use>.<scale>.category` for a subscale. The scoring stage names
 * its variables with this too.
 */
export function scaleVariables(useName: string, scaleKey: string): { name: string; categoryName: string } {
  const name = scaleKey ? `${useName}.${scaleKey}` : useName;
  return { name, categoryName: `${name}.category` };
}

/** The fields every analysis entry has besides its type's own. */
export const ANALYSIS_COMMON_FIELDS = {
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$', description: 'lowercase letters, digits, - and _' }),
  title: Type.Optional(LocalizedText),
  filter: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'run the analysis on the rows where this condition holds, e.g. `jenis_kelamin == P and usia >= 35`: comparisons ==, !=, <, <=, >, >= of a variable with a number or a level code, `variable in [a, b]`, joined with and, or, not and parentheses; a comparison with a missing value does not hold. The report names the subset in words with the labels of the study (e.g. "Sex: Female and Age ≥ 35") in the methods with its n, in every results, abstract and conclusion sentence of the analysis and in its captions',
    }),
  ),
};

const entrySchemas = new WeakMap<AnalysisTypeInfo, TObject>();

/** The full schema of an analysis entry: common fields plus the type's own (built once per type). */
export function analysisEntrySchema(unit: AnalysisTypeInfo): TObject {
  const cached = entrySchemas.get(unit);
  if (cached) return cached;
  const own = (unit.schema as TObject).properties ?? {};
  const schema = Type.Object(
    {
      id: ANALYSIS_COMMON_FIELDS.id,
      type: Type.Literal(unit.type),
      title: ANALYSIS_COMMON_FIELDS.title,
      filter: ANALYSIS_COMMON_FIELDS.filter,
      ...own,
    },
    { additionalProperties: false },
  );
  entrySchemas.set(unit, schema);
  return schema;
}
