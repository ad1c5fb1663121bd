/**
 * Schema pieces shared by the analysis units: every entry has `id`, `type`, an optional
 * `title` (table and figure captions) and unit-specific fields.
 */
import { Type, type TObject, type TProperties } from '@sinclair/typebox';
import { LocalizedText } from '../study/schema.ts';
import type { AnalysisUnit } from './unit.ts';

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

/** The fields of one analysis type as an object schema (id, type and title are added). */
export function unitSchema(props: TProperties): TObject {
  return Type.Object(props, { additionalProperties: false });
}

const entrySchemas = new WeakMap<AnalysisUnit, TObject>();

/** The full schema of an entry of this unit: common fields plus the unit's own (built once per unit). */
export function analysisEntrySchema(unit: AnalysisUnit): TObject {
  const cached = entrySchemas.get(unit);
  if (cached) return cached;
  const own = (unit.schema as TObject).properties ?? {};
  const schema = Type.Object(
    {
      id: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$', description: 'lowercase letters, digits, - and _' }),
      type: Type.Literal(unit.type),
      title: Type.Optional(LocalizedText),
      ...own,
    },
    { additionalProperties: false },
  );
  entrySchemas.set(unit, schema);
  return schema;
}
