/**
 * The sources a methods sentence cites for a test it names by its id (`L.tests`), so a
 * planned test is cited as the automatic choice is. Keys are entries of
 * builtin-references.ts (copied from the project's references.bib).
 */
const SOURCES: Record<string, string[]> = {
  'paired-t': [],
  'independent-t': [],
  'wilcoxon-signed-rank': ['wilcoxon1945ranking'],
  'mann-whitney': ['mann1947test'],
  'shapiro-wilk': ['shapiro1965normality'],
  lilliefors: ['lilliefors1967ks'],
  levene: ['levene1960robust'],
  'chi-square': ['pearson1900criterion'],
  fisher: ['fisher1922contingency'],
  'anova-oneway': [],
  'anova-welch': ['welch1951comparison'],
  'kruskal-wallis': ['kruskal1952ranks'],
  pearson: ['pearson1896regression'],
  spearman: ['spearman1904proof'],
  'cronbach-alpha': ['cronbach1951alpha'],
  friedman: ['friedman1937ranks'],
  'logistic-regression': ['hosmer2013logistic'],
};

/** `name` followed by its citation (`name [@key]`), or `name` alone for a test with no source to cite. */
export function citedTest(name: string, test: string): string {
  const keys = SOURCES[test] ?? [];
  return keys.length ? `${name} [${keys.map((k) => `@${k}`).join('; ')}]` : name;
}
