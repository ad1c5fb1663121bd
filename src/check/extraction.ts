/**
 * Runs the recognisers over the text: sentences and tables first, then the labelled
 * values, intervals and count–percentage pairs in them, assembled into the reported
 * results the checks read.
 */
import type { Extraction, Lang } from './types.ts';
import type { Source } from './source.ts';
import { segment } from './recognisers/segments.ts';
import { scanGenericLabels, scanLabelled } from './recognisers/labels.ts';
import { scanIntervals } from './recognisers/intervals.ts';
import { DOCUMENT_ONE_TAILED, readStatements } from './recognisers/statements.ts';
import { readPercentages, readShares } from './recognisers/percentages.ts';
import { readFlatFrequencyTables } from './recognisers/flat-tables.ts';
import { readBrokenTables } from './recognisers/broken-tables.ts';
import { readEnglishConclusions } from './recognisers/english-conclusions.ts';
import { readClauseConclusions } from './recognisers/clause-conclusions.ts';
import { readListConclusions } from './recognisers/list-conclusions.ts';
import { readTwoGroupTs } from './recognisers/two-group-t.ts';
import { readDfAfterValue } from './recognisers/df-after-value.ts';
import { readMarkedFCells } from './recognisers/marked-f-cells.ts';
import { readTwoGroupTLineCells } from './recognisers/two-group-t-line-cells.ts';
import { readRModelSummaries } from './recognisers/r-model-summary.ts';
import { detachSharedSentenceP } from './recognisers/shared-sentence-p.ts';
import { readCorrelationProse } from './recognisers/correlation-prose.ts';
import { readCorrelationProseId } from './recognisers/correlation-prose-id.ts';
import { readLikertScoreProducts } from './recognisers/likert-score-products.ts';
import { readSiblingTotalLostSigns } from './recognisers/sibling-total-lost-signs.ts';
import { readTwoGroupTRows } from './recognisers/two-group-t-rows.ts';
import { readMeanSdColumnTRows } from './recognisers/mean-sd-column-t-rows.ts';
import { readSummaryPRows } from './recognisers/summary-p-rows.ts';
import { readSummaryTestColumns } from './recognisers/summary-test-columns.ts';
import { readCountRowPs } from './recognisers/count-row-p.ts';
import { readChiSquareOverP } from './recognisers/chi-square-over-p.ts';
import { giveHeaderFDf } from './recognisers/header-f-df.ts';
import { readCriticalValueDfDecisions } from './recognisers/critical-value-df-decisions.ts';
import { readCrosstabLines } from './recognisers/crosstab-lines.ts';
import { readLineSections } from './recognisers/line-sections.ts';
import { readCountsThenShares } from './recognisers/counts-then-shares.ts';
import { readRowShareColumnBlocks } from './recognisers/row-share-column-blocks.ts';
import { readVariableRows } from './recognisers/variable-rows.ts';
import { readRangeLabelRows } from './recognisers/range-label-rows.ts';
import { readBoundedRangeRows } from './recognisers/bounded-range-rows.ts';
import { readNamedResults } from './recognisers/named-results.ts';
import { readTimesRatioIntervals } from './recognisers/times-ratio-intervals.ts';
import { readRatioColonBounds } from './recognisers/ratio-colon-bounds.ts';
import { readPercentIntervals } from './recognisers/percent-intervals.ts';
import { readFlatCrossTables } from './recognisers/flat-cross-tables.ts';
import { readColumnMajorCrossTables } from './recognisers/column-major-cross-tables.ts';
import { readCumulativeRows } from './recognisers/cumulative-rows.ts';
import { readSpssCaseSummaries } from './recognisers/spss-case-summary.ts';
import { readGrandShareCells } from './recognisers/grand-share-cells.ts';
import { readTotalRowRuns } from './recognisers/total-row-runs.ts';
import { readSpssChiSquareTests } from './recognisers/spss-chi-square-tests.ts';
import { readGrandTotalCrossTables } from './recognisers/grand-total-cross-tables.ts';
import { readRowSharesGrandTotalColumns } from './recognisers/row-shares-grand-total-column.ts';
import { readMisprintedCountRows } from './recognisers/misprinted-count-rows.ts';
import { readOptionTables } from './recognisers/option-tables.ts';
import { readRowSharePairs } from './recognisers/row-share-pairs.ts';
import { readLostPercentSigns } from './recognisers/lost-percent-signs.ts';
import { readCountBeforeGroupShares } from './recognisers/count-before-group-shares.ts';
import { readComparisons } from './recognisers/comparisons.ts';
import { readNamedComparisons } from './recognisers/named-p-comparisons.ts';
import { readCriticalDecisions } from './recognisers/critical-values.ts';
import { readCalculatedStatistics } from './recognisers/calculated-statistics.ts';
import { readConclusions } from './recognisers/conclusions.ts';
import { readConclusionLists } from './recognisers/conclusion-lists.ts';
import { readBoundConclusions } from './recognisers/bound-conclusions.ts';
import { readComparedConclusions } from './recognisers/compared-conclusions.ts';
import { readPInNextSentence } from './recognisers/p-in-next-sentence.ts';
import { readAnaphoricConclusions } from './recognisers/anaphoric-p-conclusions.ts';
import { readClosingDecisions } from './recognisers/closing-decisions.ts';
import { readAssumptionConclusions } from './recognisers/assumption-conclusions.ts';
import { isSignificanceLegendEntry } from './recognisers/significance-legends.ts';
import { readSignificanceLabels } from './recognisers/significance-labels.ts';
import { readMeanDifferenceCis, readMeanDifferenceRows } from './recognisers/mean-difference-ci.ts';
import { readTableStatistics } from './recognisers/table-statistics.ts';
import { readPairedTRows } from './recognisers/paired-rows.ts';
import { fillDfFromCriticalValues } from './recognisers/critical-df.ts';
import { readRankTestOutput } from './recognisers/rank-test-output.ts';
import { readSpssCorrelationMatrix } from './recognisers/spss-correlation-matrix.ts';
import { readAssumptionLabels } from './recognisers/assumption-labels.ts';
import { readSpssVarianceBlocks } from './recognisers/spss-variance-blocks.ts';
import { readSourceRowsWithoutError } from './recognisers/source-rows-without-error.ts';
import { giveTwoByTwoChiSquareDf } from './recognisers/two-by-two-chi-square-df.ts';
import { readZPCellLines } from './recognisers/z-p-cell-lines.ts';
import { readFlatTestRows } from './recognisers/flat-test-rows.ts';
import { readColumnMajorCoefficients } from './recognisers/column-major-coefficients.ts';
import { readEviewsOutput } from './recognisers/eviews-output.ts';
import { readReplicateRows } from './recognisers/replicate-rows.ts';
import { readScoreSheetRows } from './recognisers/score-sheet-rows.ts';
import { readColumnBlockTotals } from './recognisers/column-block-totals.ts';
import { readNumberedScoreLists } from './recognisers/numbered-score-lists.ts';
import { readSpssGroupStatisticsRows } from './recognisers/spss-group-statistics-rows.ts';
import { readRespectiveRangeStatements } from './recognisers/respective-range-statements.ts';
import { readCountOfTotalShares } from './recognisers/count-of-total-shares.ts';
import { readFlatDescriptives } from './recognisers/flat-descriptives.ts';
import { readSpssTTestLines } from './recognisers/spss-t-test-lines.ts';
import { readMinitabTOutput } from './recognisers/minitab-t-output.ts';
import { readSpssStatisticsColumns } from './recognisers/spss-statistics-columns.ts';
import { readValidityDecisions } from './recognisers/validity-tables.ts';
import { readValidityStatements } from './recognisers/validity-statements.ts';
import { withItemTotalValidity } from './recognisers/item-total-validity.ts';
import { readNamedComparisonDecisions } from './recognisers/named-comparison-decisions.ts';
import { readReliabilityStatements } from './recognisers/reliability-statements.ts';
import { readCollinearityStatements } from './recognisers/collinearity-statements.ts';
import { readRankCriticalDecisions } from './recognisers/rank-critical-values.ts';
import type { Layout } from './recognisers/tables.ts';
import { publishedRows } from './recognisers/published-rows.ts';
import { readRatioRows } from './recognisers/ratio-rows.ts';
import { readReferenceRowPs } from './recognisers/reference-row-p.ts';
import { readRowShares } from './recognisers/row-shares.ts';
import { rowSharesOfUnresolvedLists } from './recognisers/unresolved-sentence-shares.ts';
import { readRowTotalShareRows } from './recognisers/row-total-share-rows.ts';
import { readTotalFirstShareRows } from './recognisers/total-first-share-rows.ts';
import { readStatDfPRows } from './recognisers/stat-df-p-rows.ts';
import { withLabelSizeShares } from './recognisers/label-size-shares.ts';
import { readPrevalenceRows } from './recognisers/prevalence-rows.ts';
import { readStatisticCells } from './recognisers/statistic-cells.ts';
import { readTDfPColumns } from './recognisers/t-df-p-columns.ts';
import { readTDfParenCells } from './recognisers/t-df-paren-cells.ts';
import { markOneTailedTables } from './recognisers/table-tails.ts';
import { readChiSquareBlocks } from './recognisers/chi-square-blocks.ts';
import { readChiSquareCountBlocks } from './recognisers/chi-square-count-blocks.ts';
import { readFrequencyColumns } from './recognisers/frequency-columns.ts';
import { readDifferenceIntervalSentences } from './recognisers/difference-interval-sentences.ts';
import { readPipeShareBlocks } from './recognisers/pipe-share-blocks.ts';
import { readCategoryOutcomeShares } from './recognisers/category-outcome-shares.ts';
import { readShareCountRows } from './recognisers/share-count-rows.ts';
import { readLineCountsThenShares } from './recognisers/line-counts-then-shares.ts';
import { readCountShareBlocks } from './recognisers/count-share-blocks.ts';
import { readReferenceColumnRatios } from './recognisers/reference-column-ratios.ts';
import { readWorksheetDecisions } from './recognisers/worksheet-decisions.ts';
import { readGroupCountsThenShares } from './recognisers/group-counts-then-shares.ts';
import { readSharesBeforeRowTotal } from './recognisers/shares-before-row-total.ts';
import { readSpssDescriptivesRows } from './recognisers/spss-descriptives-rows.ts';
import { fillRegressionResidualDf } from './recognisers/regression-anova-df-fill.ts';
import { readGroupSizeLastTRows } from './recognisers/group-size-last-t-rows.ts';

export function extract(source: Source, lang: Lang, alpha = 0.05): { extraction: Extraction; layouts: Layout[] } {
  const text = source.text;
  const segments = segment(source);
  const extraction: Extraction = {
    tests: [],
    pValues: [],
    estimates: [],
    descriptives: [],
    tFromMeans: [],
    walds: [],
    percentGroups: [],
    conclusions: [],
    shares: [],
    comparisons: [],
    criticalDecisions: [],
  };
  const labelled = scanLabelled(text);
  const intervals = scanIntervals(text);
  readStatements(
    {
      text,
      spans: [...segments.sentences, ...segments.cells],
      labelled,
      generic: scanGenericLabels(text),
      intervals,
      lang,
      alpha,
      // As statcheck does, a one-tailed (or directional) statement anywhere in the text, as in
      // its methods, allows a one-tailed reading of every t, z and r; nothing else does.
      documentOneTailed: DOCUMENT_ONE_TAILED.test(text),
    },
    extraction,
  );
  // "F=7.34 [df](2, 102)": df in brackets after the value.
  readDfAfterValue(text, extraction);
  // "8.73(4, 12)***" under "F(ndf,ddf)P", the marks defined by the table's legend.
  readMarkedFCells(text, extraction, alpha);
  // R's "F-statistic: 12.5 on 2 and 97 DF,  p-value: 1.4e-05".
  readRModelSummaries(text, extraction);
  // "Smoking (OR …) and alcohol (OR …) were associated, p = 0.01": the p is no one ratio's.
  detachSharedSentenceP(text, extraction);
  extraction.namedResults = readNamedResults(text, segments.sentences, extraction);
  // "17,318 kali 95 CI: 14,411-15,778": a ratio said in words, where no other reader read one.
  for (const e of readTimesRatioIntervals(text))
    if (!extraction.estimates.some((o) => o.ci && o.ci.start < e.ci!.end && e.ci!.start < o.ci.end))
      extraction.estimates.push(e);
  // "(AOR 3.01: 1.46, 6.20)": a ratio with its bounds after a colon.
  for (const e of readRatioColonBounds(text))
    if (!extraction.estimates.some((o) => o.ci && o.ci.start < e.ci!.end && e.ci!.start < o.ci.end))
      extraction.estimates.push(e);
  // "1,00 3,44 1,69 Reference 1,37-8,66 0,742-3,35": a ratio column, then its interval column.
  for (const e of readReferenceColumnRatios(text))
    if (!extraction.estimates.some((o) => o.ci && o.ci.start < e.ci!.end && e.ci!.start < o.ci.end))
      extraction.estimates.push(e);
  // "26.3% (95% CI 25.4 to 27.1)": a share with its interval.
  for (const e of readPercentIntervals(text))
    if (!extraction.estimates.some((o) => o.ci && o.ci.start < e.ci!.end && e.ci!.start < o.ci.end))
      extraction.estimates.push(e);
  // An interval printed with two means and no difference is the difference's.
  readMeanDifferenceCis(text, segments.sentences, labelled, intervals, extraction);
  readMeanDifferenceRows(text, extraction);
  // …and one that names the difference between the means printed in the sentences before it.
  if (lang === 'en') readDifferenceIntervalSentences(text, segments.sentences, extraction);
  // A cross table of shares of the grand total; its total row, read alone as a row of row shares, is its.
  // …and one of row shares whose Total column holds each row's share of the grand total.
  const grandTotal = [
    ...readGrandTotalCrossTables(text, segments.tables),
    ...readRowSharesGrandTotalColumns(text, segments.tables),
  ];
  const inGrandTotal = new Set(grandTotal.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  const flat = [
    ...readFlatFrequencyTables(text, segments.tables, lang),
    ...readFlatCrossTables(text, segments.tables, lang).filter(
      (g) => !g.pairs.some((p) => inGrandTotal.has(p.pct.start)),
    ),
    ...grandTotal,
  ];
  // Questionnaire answer tables (lettered options, counts, then one percentage per option).
  const readFlat = new Set(flat.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  for (const g of readOptionTables(text)) if (!g.pairs.some((p) => readFlat.has(p.pct.start))) flat.push(g);
  // A percentage already read with its count in a table that lost its layout is not a bare share.
  const inFlatTables = new Set(flat.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  // (line-sections.ts: the sections after a captioned table's first total, which broken-tables.ts leaves.)
  for (const read of [
    readBrokenTables,
    readCrosstabLines,
    readLineSections,
    readCountsThenShares,
    readVariableRows,
    readRangeLabelRows,
    readColumnMajorCrossTables,
    readRowShareColumnBlocks,
    readCumulativeRows,
    readBoundedRangeRows,
    readSpssCaseSummaries,
    readGrandShareCells,
    readTotalRowRuns,
    readRowTotalShareRows,
    readPrevalenceRows,
    readMisprintedCountRows,
  ])
    for (const g of read(text, segments.tables, inFlatTables)) {
      flat.push(g);
      for (const p of g.pairs) inFlatTables.add(p.pct.start);
    }
  // Cross tables printed group by group, each group's counts then its shares, then the total row;
  // before the blocks closed by a Total column, which read the same cells but not the total row.
  const byGroup = readGroupCountsThenShares(text, segments.tables, inFlatTables);
  flat.push(...byGroup.groups);
  extraction.groupTotalRows = byGroup.totalRows;
  for (const read of [readCountShareBlocks, readRowTotalShareRows])
    for (const g of read(text, segments.tables, inFlatTables)) {
      flat.push(g);
      for (const p of g.pairs) inFlatTables.add(p.pct.start);
    }
  // Pipe tables of "n | %" pairs per group, a block of rows per variable; rows of shares over rows of counts;
  // rows of counts, then their shares, one cell per line.
  for (const read of [readPipeShareBlocks, readShareCountRows, readLineCountsThenShares])
    for (const g of read(text, lang, inFlatTables)) {
      flat.push(g);
      for (const p of g.pairs) inFlatTables.add(p.pct.start);
    }
  // A sentence's pairs that a table reader took with its total row are the table's.
  const sentenceGroups = readPercentages(text, segments.sentences, lang)
    .map((g) => ({ ...g, pairs: g.pairs.filter((p) => !inFlatTables.has(p.pct.start)) }))
    .filter((g) => g.pairs.length > 0);
  // Rows of row shares with no Total column, in a table of such rows (what no reader above took).
  const readSoFar = new Set([...inFlatTables, ...sentenceGroups.flatMap((g) => g.pairs.map((p) => p.pct.start))]);
  for (const g of readRowSharePairs(text, segments.tables, readSoFar)) {
    flat.push(g);
    for (const p of g.pairs) inFlatTables.add(p.pct.start);
  }
  // "2 dari 10 siswa … jika dipersentase 20": a count of its total, the share later in the clause.
  for (const p of inFlatTables) readSoFar.add(p);
  for (const g of readCountOfTotalShares(text, segments.sentences, lang, readSoFar)) flat.push(g);
  extraction.percentGroups = [...sentenceGroups, ...flat].sort((a, b) => a.place.start - b.place.start);
  const lostPercentSigns = readLostPercentSigns(text, segments.sentences, lang);
  // …and a list whose counts add up to the sample another list of its paragraph gives.
  lostPercentSigns.push(...readSiblingTotalLostSigns(text, segments.sentences, lang, lostPercentSigns));
  // …and a count with its group named after it: "37 orang dari 43 siswa 86.04", "… 78,13%".
  const lostAt = new Set(lostPercentSigns.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  for (const g of readCountBeforeGroupShares(text, segments.sentences, lang))
    if (!g.pairs.some((p) => lostAt.has(p.pct.start))) lostPercentSigns.push(g);
  extraction.shares = readShares(text, segments.sentences, lang, inFlatTables);
  if (lang === 'en') readCorrelationProse(text, segments.sentences, extraction);
  if (lang === 'id') readCorrelationProseId(text, segments.sentences, extraction);
  extraction.conclusions = readConclusions(text, segments.sentences);
  // A list of findings sharing one verb adds the items no clause reading took (same p, read once).
  const citedAt = new Set(extraction.conclusions.map((c) => c.p.start));
  for (const c of readConclusionLists(text, segments.sentences))
    if (!citedAt.has(c.p.start)) extraction.conclusions.push(c);
  // Normality and homogeneity decisions (and H0 decisions after "Sig > α") not read above.
  // …and a table's remarks column ("Sig. Keterangan … 0,003 Signifikan").
  // (A set of the p's places, not a search of all conclusions for each: that was quadratic.)
  const concludedAt = new Set(extraction.conclusions.map((c) => c.p.start));
  for (const c of [
    ...readAssumptionConclusions(text, segments.sentences),
    ...readSignificanceLabels(text),
    // …and a normality or homogeneity table's remarks column ("0,012 Tidak normal").
    ...readAssumptionLabels(text),
  ])
    if (!concludedAt.has(c.p.start)) {
      extraction.conclusions.push(c);
      concludedAt.add(c.p.start);
    }
  // Indonesian findings from a p given only as a bound ("… yang signifikan ( p value < 0,05 )").
  // …and from a p printed only as its comparison with the level ("0,164>0,05 hal ini berarti H0 diterima").
  if (lang === 'id')
    for (const c of [
      ...readBoundConclusions(text, segments.sentences),
      ...readComparedConclusions(text, segments.sentences),
      // …and from the p the next sentence gives as its evidence ("… ada hubungan …. Dengan nilai p = 0,014").
      ...readPInNextSentence(text, segments.sentences),
      ...readAnaphoricConclusions(text, segments.sentences),
    ])
      if (!concludedAt.has(c.p.start)) {
        extraction.conclusions.push(c);
        concludedAt.add(c.p.start);
      }
  // …and a closing "Dengan demikian … Ho diterima" from the one p before it (its p may have a finding already).
  if (lang === 'id') {
    const decidedAt = new Set(extraction.conclusions.map((c) => c.place.end));
    for (const c of readClosingDecisions(text, segments.sentences))
      if (!decidedAt.has(c.place.end)) extraction.conclusions.push(c);
  }
  if (lang === 'en')
    for (const c of readEnglishConclusions(text, segments.sentences, extraction)) extraction.conclusions.push(c);
  // …and, in a sentence reporting several results, each clause with its own p.
  if (lang === 'en')
    for (const c of readClauseConclusions(text, segments.sentences, extraction)) extraction.conclusions.push(c);
  // …and one decision written before a list of results, each with its p.
  if (lang === 'en')
    for (const c of readListConclusions(text, segments.sentences, extraction)) extraction.conclusions.push(c);
  // A legend of significance marks ("NS Not significant, *P < 0.05") states no finding.
  extraction.conclusions = extraction.conclusions.filter((c) => !isSignificanceLegendEntry(text, c.p.start));
  if (lang === 'en') extraction.twoGroupTs = readTwoGroupTs(text, segments.sentences, extraction);
  extraction.comparisons = readComparisons(text, segments.sentences);
  extraction.comparisons.push(...readNamedComparisons(text, segments.sentences));
  // A decision from an F or χ² against a critical value stated with its level and df.
  if (lang === 'en') extraction.dfCriticalDecisions = readCriticalValueDfDecisions(text, segments.sentences);
  extraction.criticalDecisions = [
    ...readCriticalDecisions(text, segments.sentences),
    // …and in English with the statistic named first: "calculated t = 1.68 is > 1.697".
    ...readCalculatedStatistics(text, segments.sentences),
    // An item validity table is a column of decisions from the critical r.
    ...readValidityDecisions(text),
    // …and a sentence deciding one item's validity from r hitung and r tabel.
    ...readValidityStatements(text, segments.sentences),
    // …and an instrument's reliability from its coefficient against the threshold the text names.
    ...readReliabilityStatements(text, segments.sentences),
    // …and the multicollinearity assumption from VIF or tolerance against its threshold.
    ...readCollinearityStatements(text, segments.sentences),
    // A Mann–Whitney U is significant at or below its table value.
    ...readRankCriticalDecisions(text, segments.sentences),
  ];
  // SPSS's Item-Total Statistics with a validity label per item, against the r tabel the text states.
  extraction.criticalDecisions = withItemTotalValidity(text, extraction.criticalDecisions);
  // "t hitung > t tabel atau (6,978 > 2,003)": the comparison named, its numbers after it.
  extraction.criticalDecisions.push(
    ...readNamedComparisonDecisions(text, segments.sentences, extraction.criticalDecisions),
  );
  // A worksheet's "Keputusan : Tolak H0" line after its "X2 Hitung" and "X2 Tabel" lines.
  extraction.criticalDecisions.push(...readWorksheetDecisions(text, extraction.criticalDecisions));
  const layouts = readTableStatistics(segments.tables, lang, extraction);
  // …one-tailed where the notes under the table say so.
  markOneTailedTables(text, segments.tables, extraction);
  readPairedTRows(text, extraction);
  // Published tables whose layout the readers above do not recognise (web pages, PDF text).
  const rows = publishedRows(text, lang);
  readRatioRows(text, rows, extraction);
  // …and a two-level factor's p printed on its reference row, above the other level's ratios.
  readReferenceRowPs(text, extraction);
  readStatisticCells(text, rows, labelled, lang, extraction);
  if (lang === 'en') for (const r of readTwoGroupTRows(text, extraction)) (extraction.twoGroupTs ??= []).push(r);
  // …and the same rows with each mean and SD in a cell of its own ("M | SD | M | SD | t | p"): t against p.
  if (lang === 'en') readMeanSdColumnTRows(text, extraction);
  // …and the same table stored one cell per line, its t and p in one cell: "−3.74(<.001)".
  if (lang === 'en') for (const r of readTwoGroupTLineCells(text, extraction)) (extraction.twoGroupTs ??= []).push(r);
  // …and the groups as rows, each ending in its size: "Perlakuan 16,71 ± 10,626 1,744 0.088 24 Kontrol 12,00 ± 7,880 24".
  for (const r of readGroupSizeLastTRows(text, extraction)) (extraction.twoGroupTs ??= []).push(r);
  // …and rows of means ± SD with only a p, under notes naming t tests.
  if (lang === 'en') extraction.summaryPs = readSummaryPRows(text);
  // …and rows of n and mean (SD) per column, closed by a row naming the test with one p per column.
  extraction.summaryTestColumns = readSummaryTestColumns(text);
  // Tables whose last columns are t, df and p.
  if (lang === 'en') readTDfPColumns(text, extraction);
  // …and tables whose cells print t with its df in brackets, the p beside it: "3.48 (33) .001".
  if (lang === 'en') readTDfParenCells(text, extraction);
  // Tables of categories by group with a χ² and p per variable, the df from the table.
  if (lang === 'en') readChiSquareBlocks(text, extraction);
  // …and such tables whose χ² the counts confirm, their cells perhaps run together ("1.1310.180").
  const chiSquareRowShares = lang === 'en' ? readChiSquareCountBlocks(text, extraction) : [];
  // …and such tables whose χ², df and p stand in rows of their own above each block, no header left.
  readStatDfPRows(text, rows, extraction);
  // SPSS's Chi-Square Tests table pasted as text: a χ², df and Asymp. Sig. per row.
  readSpssChiSquareTests(text, extraction);
  // …and a 2 × 2 block's χ² on its first row with the p below it on the second.
  if (lang === 'en') readChiSquareOverP(text, extraction);
  const read = new Set(extraction.percentGroups.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  // Cross tables whose rows print the category's total and its share first, then the groups' row shares.
  const totalFirst = readTotalFirstShareRows(rows, read);
  for (const g of totalFirst) for (const p of g.pairs) read.add(p.pct.start);
  // …and rows whose label states the row's size ("3 LTC N = 43,120 | 1155 (2.67%)").
  const labelSizes = withLabelSizeShares(text, rows, extraction.percentGroups);
  extraction.percentGroups = labelSizes.groups;
  const labelSized = labelSizes.read;
  for (const g of labelSized) for (const p of g.pairs) read.add(p.pct.start);
  const rowShares = readRowShares(text, rows, read);
  rowShares.push(...totalFirst, ...labelSized);
  // …and a table of row shares a sentence reading took as one list without a total.
  const unresolved = rowSharesOfUnresolvedLists(text, rows, extraction.percentGroups);
  extraction.percentGroups = unresolved.groups;
  rowShares.push(...unresolved.read);
  // A published table's n (%) cells are read by its rows (and their totals) before a sentence
  // reading of the same cells whose % signs look lost.
  for (const g of rowShares) for (const p of g.pairs) read.add(p.pct.start);
  // …and a category's outcome count with its share of that category (`8119 (31.50) | 24 (0.30)`).
  for (const g of readCategoryOutcomeShares(rows, read)) rowShares.push(g);
  // English frequency tables' "Frequency Percent" columns (no brackets, no % signs).
  const frequencies = lang === 'en' ? readFrequencyColumns(text, read) : [];
  const lostOnly = lostPercentSigns.filter((g) => !g.pairs.some((p) => read.has(p.pct.start)));
  extraction.percentGroups = [...extraction.percentGroups, ...lostOnly, ...rowShares, ...frequencies].sort(
    (a, b) => a.place.start - b.place.start,
  );
  // …whose row shares, read with the counts the χ² confirmed, replace any other reading of those cells.
  if (chiSquareRowShares.length) {
    const own = new Set(chiSquareRowShares.flatMap((g) => g.pairs.map((p) => p.pct.start)));
    extraction.percentGroups = [
      ...extraction.percentGroups
        .map((g) => ({ ...g, pairs: g.pairs.filter((p) => !own.has(p.pct.start)) }))
        .filter((g) => g.pairs.length > 0),
      ...chiSquareRowShares,
    ].sort((a, b) => a.place.start - b.place.start);
  }
  // Rows of "count (share)" cells ending in the row's total, which no reader above took.
  const takenShares = new Set(extraction.percentGroups.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  const beforeRowTotals = readSharesBeforeRowTotal(text, lang, takenShares);
  if (beforeRowTotals.length)
    extraction.percentGroups = [...extraction.percentGroups, ...beforeRowTotals].sort(
      (a, b) => a.place.start - b.place.start,
    );
  // A χ² without df between the rows of a 2 × 2 block of shares has 1 df.
  giveTwoByTwoChiSquareDf(extraction);
  // …and a two-group table's p beside a categorical row's counts, no statistic printed.
  if (lang === 'en') extraction.countRowPs = readCountRowPs(text, rows, extraction);
  // The Z and p rows of a Wilcoxon or Mann–Whitney output block.
  readRankTestOutput(text, extraction);
  // …and rank-test tables one cell per line whose header ends in "Z" and "p".
  readZPCellLines(text, extraction);
  // SPSS's Correlations table pasted as text: rows of r, Sig. and N.
  readSpssCorrelationMatrix(text, extraction);
  // Levene and one-way ANOVA blocks of SPSS output flattened into lines.
  readSpssVarianceBlocks(text, extraction);
  // …and source-table rows (SS, df, MS, F, p) whose error row is not printed: F(df, ?).
  readSourceRowsWithoutError(text, extraction);
  // t-test and regression coefficient tables pasted flat: header names, then rows of numbers.
  readFlatTestRows(text, extraction);
  // …and SPSS's Coefficients table printed column by column (every B, then every SE, …).
  readColumnMajorCoefficients(text, extraction);
  // EViews regression output pasted as text: coefficient rows, df from the observations.
  readEviewsOutput(text, extraction);
  // Replicates listed with their Total and mean (Ulangan 1 2 3, Total, Rata-rata).
  // …and score sheets: each row's scores with its total, the columns with the Jumlah row.
  extraction.listedSums = [...readReplicateRows(text), ...readScoreSheetRows(text)];
  // …and a run of scores printed column after column before its total row.
  // …and a numbered list of scores before its sum (with a mean restated in the prose after it).
  const summedAt = new Set(extraction.listedSums.map((r) => r.total?.start));
  // …and a questionnaire's score × respondents column before its Total.
  for (const r of [...readColumnBlockTotals(text), ...readNumberedScoreLists(text), ...readLikertScoreProducts(text)])
    if (!r.total || !summedAt.has(r.total.start)) {
      extraction.listedSums.push(r);
      if (r.total) summedAt.add(r.total.start);
    }
  // SPSS Descriptive Statistics pasted as lines: N, minimum, maximum, mean and SD per row.
  readFlatDescriptives(text, extraction);
  // SPSS Independent Samples Test pasted as text: Levene, t, df, Sig., difference, SE, interval.
  readSpssTTestLines(text, extraction);
  // Minitab's t-test output: N Mean StDev SE Mean rows, the interval and T-Value/P-Value.
  readMinitabTOutput(text, extraction);
  // SPSS Descriptives and Paired Samples Statistics pasted one row label after another.
  readSpssStatisticsColumns(text, extraction);
  // …and the same Descriptives pasted a row a group under its flattened header.
  readSpssDescriptivesRows(text, extraction);
  // SPSS Paired Samples / Group Statistics pasted a row a group: Mean, N, SD and SE.
  readSpssGroupStatisticsRows(text, extraction);
  // "rata-rata … sebesar 3,48 … masing-masing nilai maksimum dan minimum adalah sebesar 9,814 dan 0,976".
  readRespectiveRangeStatements(text, segments.sentences, extraction);
  // A regression's coefficient t's take the residual df of its ANOVA table beside them.
  fillRegressionResidualDf(text, extraction);
  // F's without df under a header naming each F column's df: "Group F(2, 16) … Time F(1, 16)".
  giveHeaderFDf(text, extraction);
  // A t or F printed without df takes those of the critical value its passage looks up.
  fillDfFromCriticalValues(text, extraction);
  return { extraction, layouts };
}
