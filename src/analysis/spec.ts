/**
 * Schema pieces shared by the analysis units: every entry has `id`, `type`, an optional
 * `title` (table and figure captions) and unit-specific fields (the common ones are added
 * by src/study/registries.ts).
 */
import { Type, type TObject, type TProperties } from '@sinclair/typebox';

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
