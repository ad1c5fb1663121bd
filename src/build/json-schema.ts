/**
 * The published JSON Schema of study.yaml (docs/study.schema.json) and its Markdown
 * reference (docs/study-yaml.md), both generated from the same TypeBox definitions the
 * validator uses, with each analysis type's own schema. A test keeps the files in docs/
 * equal to what this generates (regenerate with `UPDATE=1 npx vitest run test/build/schema-docs.test.ts`).
 */
import type { TObject } from '@sinclair/typebox';
import { ANALYSIS_UNITS } from '../analysis/registry.ts';
import { BY_LEVEL_DESCRIPTION } from '../analysis/spec.ts';
import { INSTRUMENTS } from '../instruments/library/index.ts';
import { languages } from '../study/languages.ts';
import { ANALYSIS_COMMON_FIELDS, analysisEntrySchema } from '../study/registries.ts';
import { StudySpecSchema } from '../study/schema.ts';

type Json = Record<string, unknown>;

const LANGUAGE_IDS = languages().map((l) => l.id);
/** How the reference writes a text in every language: `{ id, en }`. */
const LOCALIZED = `\`{ ${LANGUAGE_IDS.join(', ')} }\``;

/** A plain-JSON copy (TypeBox adds symbol keys). */
const plain = (x: unknown): Json => JSON.parse(JSON.stringify(x)) as Json;

export function studyJsonSchema(): Json {
  const root = plain(StudySpecSchema);
  const props = root.properties as Record<string, Json>;
  props.analyses = {
    type: 'array',
    description: 'the analysis plan, in the order the results section reports it',
    items: { anyOf: [...ANALYSIS_UNITS.values()].map((u) => plain(analysisEntrySchema(u))) },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://naskah.example/study.schema.json',
    title: 'naskah study.yaml',
    ...root,
  };
}

function typeText(s: Json): string {
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeText).join(' \\| ');
  if ('const' in s) return `\`${JSON.stringify(s.const)}\``;
  if (s.type === 'array') return `list of ${typeText((s.items as Json) ?? {})}`;
  if (s.type === 'object' && s.patternProperties) return 'mapping name → …';
  if (s.type === 'object' && s.properties) {
    const keys = Object.keys(s.properties as Json);
    if (keys.join(',') === LANGUAGE_IDS.join(',')) return LOCALIZED;
    return 'mapping';
  }
  return String(s.type ?? 'value');
}

function fieldRows(schema: Json, prefix: string, out: string[]): void {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required as string[]) ?? []);
  for (const [key, s] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(
      `| \`${path}\` | ${typeText(s)} | ${required.has(key) ? 'yes' : ''} | ${String(s.description ?? '').replace(/\|/g, '\\|')} |`,
    );
    if (s.type === 'object' && s.properties && !(Object.keys(s.properties as Json).join() === 'id,en'))
      fieldRows(s, path, out);
    if (s.type === 'object' && s.patternProperties) {
      const inner = Object.values(s.patternProperties as Record<string, Json>)[0]!;
      if (inner.properties) fieldRows(inner, `${path}.<name>`, out);
    }
    if (s.type === 'array' && (s.items as Json | undefined)?.properties) fieldRows(s.items as Json, `${path}[]`, out);
  }
}

/** One row per meaning of `by:`: the types with a `by:` of their own, then those that share the generic one. */
function byMeanings(): string[] {
  const meaning = (u: { schema: TObject }) => {
    const by: unknown = u.schema.properties['by'];
    return by !== null && typeof by === 'object' && 'description' in by ? String(by.description) : '';
  };
  const units = [...ANALYSIS_UNITS.values()];
  const generic = units.filter((u) => u.splitsBy).map((u) => `\`${u.type}\``);
  return [
    ...units.filter((u) => !u.splitsBy && meaning(u)).map((u) => `| \`${u.type}\` | ${meaning(u)} |`),
    `| ${generic.join(', ')} | ${BY_LEVEL_DESCRIPTION} |`,
  ];
}

export function studySchemaMarkdown(): string {
  const lines = [
    '# study.yaml reference',
    '',
    'Generated from the schema that naskah validates against (`src/study/schema.ts` and each',
    'analysis type in `src/analysis/units/`); the same definitions give `docs/study.schema.json`.',
    `Texts marked ${LOCALIZED} take a text in each language of \`languages:\`, or one string used for every language.`,
    '',
    '## Top level',
    '',
    '| field | type | required | meaning |',
    '|---|---|---|---|',
  ];
  const root = plain(StudySpecSchema);
  delete (root.properties as Json).analyses;
  fieldRows(root, '', lines);
  lines.push(
    '',
    '## Analyses',
    '',
    'Each entry of `analyses:` has `id` (used by directives such as `:stat[id]`), `type`, an optional `title` (caption), an optional `filter` and the fields of its type.',
    '',
    `\`filter\`: ${ANALYSIS_COMMON_FIELDS.filter.description ?? ''}.`,
    '',
    "`by`: its meaning depends on the type (each type's table below says it too):",
    '',
    '| type | `by:` means |',
    '|---|---|',
    ...byMeanings(),
    '',
  );
  for (const unit of ANALYSIS_UNITS.values()) {
    lines.push(`### \`type: ${unit.type}\``, '', '| field | type | required | meaning |', '|---|---|---|---|');
    fieldRows(plain(unit.schema), '', lines);
    lines.push('');
  }
  lines.push(
    '## Instruments in the library',
    '',
    '| `use:` | instrument | items | answers | scores |',
    '|---|---|---|---|---|',
  );
  for (const inst of INSTRUMENTS.values()) {
    const scales = inst.scales
      .map(
        (s) =>
          `${s.key || 'total'} ${s.range[0]}–${s.range[1]}: ${s.categories.map((c) => `${c.code} ${c.from}–${c.to}`).join(', ')}`,
      )
      .join('; ');
    lines.push(
      `| \`${inst.id}\` | ${inst.abbreviation} | ${inst.nItems}${inst.reverse.length ? ` (reversed: ${inst.reverse.join(', ')})` : ''} | ${inst.itemRange[0]}–${inst.itemRange[1]} | ${scales} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
