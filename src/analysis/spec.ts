/**
 * Schema pieces shared by the analysis units: every entry has `id`, `type`, an optional
 * `title` (table and figure captions) and unit-specific fields. A unit's spec type is the
 * static type of its entry schema, so the schema and the type cannot drift apart.
 */
import { type Static, type TLiteral, type TObject, type TProperties, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ANALYSIS_COMMON_FIELDS } from '../study/registries.ts';
import type { AnalysisSpec } from '../study/types.ts';
import type { AnalysisResult, AnalysisUnit } from './unit.ts';

export const Hypothesis = Type.Object(
  {
    direction: Type.Union(
      [
        Type.Literal('decrease'),
        Type.Literal('increase'),
        Type.Literal('difference'),
        Type.Literal('positive'),
        Type.Literal('negative'),
      ],
      {
        description: 'expected direction; shapes the wording of conclusions only (p stays two-sided)',
      },
    ),
  },
  { additionalProperties: false },
);

export const VarName = Type.String({ description: 'a variable or instrument score name' });
export const VarList = Type.Array(VarName, { minItems: 1 });

/** The fields of one analysis type as an object schema (its static type is kept). */
export function unitSchema<P extends TProperties>(props: P): TObject<P> {
  return Type.Object(props, { additionalProperties: false });
}

const commonFields = ANALYSIS_COMMON_FIELDS;

export const BY_LEVEL_DESCRIPTION =
  'a categorical variable: the same analysis run separately for each of its levels (within `filter:`), reported with a block per level in one table; the text names each level';

/**
 * `by:` of every type that has none of its own (src/analysis/split.ts runs the unit once
 * per level). descriptives, frequencies, normality and paired-comparison define their own.
 */
export const BY_LEVEL = Type.Optional(Type.String({ description: BY_LEVEL_DESCRIPTION }));

type EntryProperties<T extends string, P extends TProperties> = {
  id: (typeof commonFields)['id'];
  type: TLiteral<T>;
  title: (typeof commonFields)['title'];
  filter: (typeof commonFields)['filter'];
  by: typeof BY_LEVEL;
} & P;

/**
 * The full schema of an entry of one analysis type: common fields (id, type, title) and
 * the type's own. `Static<typeof schema>` is the unit's spec type.
 */
export function entrySchema<T extends string, P extends TProperties>(
  type: T,
  props: P,
): TObject<EntryProperties<T, P>> {
  const common: EntryProperties<T, Record<never, never>> = {
    id: commonFields.id,
    type: Type.Literal(type),
    title: commonFields.title,
    filter: commonFields.filter,
    by: BY_LEVEL,
  };
  return unitSchema({ ...common, ...props });
}

/** The spec type of an entry schema. */
export type SpecOf<S extends TObject> = Static<S>;

/** The fields of an entry schema that are its type's own (without id, type and title), for the reference docs. */
export function ownFieldsSchema(entry: TObject): TObject {
  const common = new Set(['id', 'type', 'title', 'filter']);
  return unitSchema(Object.fromEntries(Object.entries(entry.properties).filter(([k]) => !common.has(k))));
}

/**
 * Whether a validated entry belongs to this unit: its schema decides, so the spec a unit
 * receives has the unit's type without a cast.
 */
export function isSpecOf<S extends AnalysisSpec, R extends AnalysisResult>(
  unit: AnalysisUnit<S, R>,
  spec: AnalysisSpec,
): spec is S {
  return spec.type === unit.type && Value.Check(unit.schema, spec);
}
