/**
 * What a variable name means, from the study alone (no data needed): its label and, for
 * categorical variables, its levels in order. Covers declared variables, binned groups
 * (`usia.group`) and instrument scores and categories (`pss_pre`, `pss_pre.category`).
 * The scoring stage and the report use this one definition.
 */
import { mapLocalized, sameInEvery } from '../study/languages.ts';
import type { Level, Localized, Study } from '../study/types.ts';
import { INSTRUMENTS } from './library/index.ts';
import { scoredScales } from './scales.ts';

export interface VariableInfo {
  label: Localized;
  levels?: Level[];
  kind: 'numeric' | 'categorical' | 'text';
  /**
   * A variable of a library instrument, worded by the report from the locale
   * (src/report/locale/instruments.ts): `label` is the study's label of the instrument
   * use or the instrument's abbreviation; the report adds the scale's label for a
   * multi-scale instrument ("Role ambiguity (SDS)"), words a category variable
   * ("Category of …") and an item ("PSS-10 item 3"), and labels category levels by code.
   */
  instrument?: { id: string; scale: string; part: 'score' | 'category' | { item: number } };
}

/** The label of a score in data and messages: the use's label or the abbreviation, with the scale's key. */
export function scoreLabel(base: Localized | undefined, abbreviation: string, scaleKey: string): Localized {
  const b = base ?? sameInEvery(abbreviation);
  return scaleKey ? mapLocalized(b, (text) => `${scaleKey} (${text})`) : b;
}

/**
 * What each name of a study is, looked up once per study: a report asks for the same few
 * names hundreds of times (every label of every table cell and sentence, in each language).
 * The answers are shared between callers, which only read them.
 */
const known = new WeakMap<Study, Map<string, VariableInfo | undefined>>();

export function variableInfo(study: Study, name: string): VariableInfo | undefined {
  let names = known.get(study);
  if (!names) known.set(study, (names = new Map()));
  if (names.has(name)) return names.get(name);
  const info = findVariable(study, name);
  names.set(name, info);
  return info;
}

function findVariable(study: Study, name: string): VariableInfo | undefined {
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
    const label = use.label ?? sameInEvery(inst.abbreviation);
    for (const s of scoredScales(use, inst)) {
      const scale = s.scale.key;
      if (s.name === name) return { label, kind: 'numeric', instrument: { id: inst.id, scale, part: 'score' } };
      if (s.categoryName === name)
        return {
          label,
          kind: 'categorical',
          levels: s.scale.categories.map((c) => ({ code: c.code, label: sameInEvery(c.code) })),
          instrument: { id: inst.id, scale, part: 'category' },
        };
    }
    const k = use.items.indexOf(name);
    if (k >= 0)
      return {
        label: sameInEvery(inst.abbreviation),
        kind: 'numeric',
        instrument: { id: inst.id, scale: '', part: { item: k + 1 } },
      };
  }
  return undefined;
}
