/**
 * What a variable name means, from the study alone (no data needed): its label and, for
 * categorical variables, its levels in order. Covers declared variables, binned groups
 * (`usia.group`) and instrument scores and categories (`pss_pre`, `pss_pre.category`).
 * The scoring stage and the report use this one definition.
 */
import type { Level, Localized, Study } from '../study/types.ts';
import { INSTRUMENTS } from './library/index.ts';
import { scoredScales } from './scales.ts';
import { midSentence } from '../text.ts';

export interface VariableInfo {
  label: Localized;
  levels?: Level[];
  kind: 'numeric' | 'categorical' | 'text';
}

export function scoreLabel(
  base: Localized | undefined,
  abbreviation: string,
  scaleLabel: Localized | undefined,
): Localized {
  const b = base ?? { id: abbreviation, en: abbreviation };
  if (!scaleLabel) return b;
  // "Role ambiguity (SDS)", "Stress (DASS-21)": the subscale reads first, its instrument after.
  return { id: `${scaleLabel.id} (${b.id})`, en: `${scaleLabel.en} (${b.en})` };
}

export function categoryLabel(score: Localized): Localized {
  return { id: `Kategori ${midSentence(score.id)}`, en: `Category of ${midSentence(score.en)}` };
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
          label: categoryLabel(label),
          kind: 'categorical',
          levels: s.scale.categories.map((c) => ({ code: c.code, label: c.label })),
        };
    }
    const k = use.items.indexOf(name);
    if (k >= 0)
      return {
        label: { id: `${inst.abbreviation} butir ${k + 1}`, en: `${inst.abbreviation} item ${k + 1}` },
        kind: 'numeric',
      };
  }
  return undefined;
}
