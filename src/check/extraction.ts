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
import { readConclusions } from './recognisers/conclusions.ts';
import { readTableStatistics } from './recognisers/table-statistics.ts';
import { readPairedTRows } from './recognisers/paired-rows.ts';
import type { Layout } from './recognisers/tables.ts';
import { publishedRows } from './recognisers/published-rows.ts';
import { readRatioRows } from './recognisers/ratio-rows.ts';
import { readRowShares } from './recognisers/row-shares.ts';
import { readStatisticCells } from './recognisers/statistic-cells.ts';

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
  };
  const labelled = scanLabelled(text);
  readStatements(
    {
      text,
      spans: [...segments.sentences, ...segments.cells],
      labelled,
      generic: scanGenericLabels(text),
      intervals: scanIntervals(text),
      lang,
      alpha,
      // As statcheck does, a one-tailed (or directional) statement anywhere in the text, as in
      // its methods, allows a one-tailed reading of every t, z and r; nothing else does.
      documentOneTailed: DOCUMENT_ONE_TAILED.test(text),
    },
    extraction,
  );
  const flat = readFlatFrequencyTables(text, segments.tables, lang);
  extraction.percentGroups = [...readPercentages(text, segments.sentences, lang), ...flat].sort(
    (a, b) => a.place.start - b.place.start,
  );
  // A percentage already read with its count in a table that lost its layout is not a bare share.
  const inFlatTables = new Set(flat.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  extraction.shares = readShares(text, segments.sentences, lang, inFlatTables);
  extraction.conclusions = readConclusions(text, segments.sentences);
  const layouts = readTableStatistics(segments.tables, lang, extraction);
  readPairedTRows(text, extraction);
  // Published tables whose layout the readers above do not recognise (web pages, PDF text).
  const rows = publishedRows(text, lang);
  readRatioRows(text, rows, extraction);
  readStatisticCells(text, rows, labelled, lang, extraction);
  const read = new Set(extraction.percentGroups.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  extraction.percentGroups = [...extraction.percentGroups, ...readRowShares(text, rows, read)].sort(
    (a, b) => a.place.start - b.place.start,
  );
  return { extraction, layouts };
}
