/**
 * What a variable name means, from the study alone (no data needed): its label and, for
 * categorical variables, its levels in order. Covers declared variables, binned groups
 * (`usia.group`) and instrument scores and categories (`pss_pre`, `pss_pre.category`).
 * The scoring stage and the report use this one definition.
 */
import { mapLocalized, sameInEvery } from '../study/languages.ts';
import type { Level, Localized, Study } from '../study/types.ts';
import { INSTRUMENTS } from './library/index.ts';
import { scoredScales } from './score.ts';

export interface VariableInfo {
  label: Localized;
  levels?: Level[];
  kind: 'numeric' | 'categorical' | 'text';
  /**
   * A derived variable the report names with its locale's words ("Category of …",
   * "… item 3"): `label` is then the score's label, or the instrument's abbreviation.
   */
  derived?: { kind: 'category' } | { kind: 'item'; number: number };
}

export function scoreLabel(
  base: Localized | undefined,
  abbreviation: string,
  scaleLabel: Localized | undefined,
): Localized {
  const b = base ?? sameInEvery(abbreviation);
  if (!scaleLabel) return b;
  // "Role ambiguity (SDS)", "Stress (DASS-21)": the subscale reads first, its instrument after.
  return mapLocalized(scaleLabel, (scale, lang) => `${scale} (${b[lang]})`);
}

export function variableInfo(study: Study, name: string): VariableInfo | undefined {
  const v = study.variables[name];
  if (v)
    return {
      label: v.label,
      levels: v.levels,
      kind: v.type === 'categorical' ? 'categorical' : v.type === 'text' ? 'text' : 'numeric',
    };
  if (name.endsWith('.group')) {
    const base = study.variables[name.slice(0, -'.group'.length)];
    if (base?.bins)
      return {
        label: base.label,
        kind: 'categorical',
        levels: base.bins.map((b, i) => ({ code: String(i + 1), label: b.label })),
      };
  }
  for (const use of Object.values(study.instruments)) {
    const inst = INSTRUMENTS.get(use.use);
    if (!inst) continue;
    for (const s of scoredScales(use, inst)) {
      const label = scoreLabel(use.label, inst.abbreviation, s.scale.key ? s.scale.label : undefined);
      if (s.name === name) return { label, kind: 'numeric' };
      if (s.categoryName === name)
        return {
          label,
          derived: { kind: 'category' },
          kind: 'categorical',
          levels: s.scale.categories.map((c) => ({ code: c.code, label: c.label })),
        };
    }
    const k = use.items.indexOf(name);
    if (k >= 0)
      return {
        label: sameInEvery(inst.abbreviation),
        derived: { kind: 'item', number: k + 1 },
        kind: 'numeric',
      };
  }
  return undefined;
}
