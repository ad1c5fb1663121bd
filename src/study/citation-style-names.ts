/**
 * The citation styles a study may name in `citationStyle:` (the report stage holds their
 * CSL files, src/report/citations/csl/). Here, so the study loader checks a name without
 * importing a later stage.
 */
export const NAMED_STYLES = {
  apa: { file: 'apa.csl', title: 'APA 7th edition' },
  vancouver: { file: 'vancouver.csl', title: 'Vancouver' },
  ieee: { file: 'ieee.csl', title: 'IEEE' },
  harvard: { file: 'harvard-cite-them-right.csl', title: 'Harvard (Cite Them Right)' },
  'chicago-author-date': { file: 'chicago-author-date.csl', title: 'Chicago Manual of Style, author-date' },
} as const satisfies Record<string, { file: string; title: string }>;

export type StyleName = keyof typeof NAMED_STYLES;

export function isStyleName(name: string): name is StyleName {
  return Object.hasOwn(NAMED_STYLES, name);
}

export const STYLE_NAMES: StyleName[] = Object.keys(NAMED_STYLES).filter(isStyleName);
