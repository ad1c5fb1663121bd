/** The composed English Document of studies/asn-metro, and a plain-text serialiser of resolved trees. */
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { analyze } from '../../../src/analysis/index.ts';
import { readDataset } from '../../../src/data/read.ts';
import { scoreInstruments } from '../../../src/instruments/score.ts';
import type { Document } from '../../../src/report/document.ts';
import { composeDocument } from '../../../src/report/index.ts';
import { loadStudy, nodeStudyFiles } from '../../../src/study/load.ts';
import { REPO } from '../../helpers/tmp.ts';
import { STUDY_REGISTRIES } from '../../../src/build/registries.ts';

export function asnMetroDocument(lang: 'en' | 'id' = 'en'): Document {
  const { study } = loadStudy(join(REPO, 'studies', 'asn-metro'), {
    files: nodeStudyFiles,
    registries: STUDY_REGISTRIES,
  });
  const results = analyze(study, scoreInstruments(study, readDataset(study, nodeStudyFiles)));
  return composeDocument(study, results, lang, { version: 'test' });
}

/** The reader's text of a resolved tree: blocks separated by blank lines, tables and figures by label and caption. */
export function plainText(node: Root | RootContent): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'naskahXref':
    case 'naskahCitation':
      return node.value;
    case 'naskahTable':
      return `${node.label} ${node.table.caption}`;
    case 'naskahFigure':
      return `${node.label} ${node.figure.caption}`;
    case 'break':
      return '\n';
  }
  if (!('children' in node)) return '';
  const inner = (node.children as (Root | RootContent)[]).map(plainText);
  return node.type === 'root' || node.type === 'list' ? inner.join('\n\n') : inner.join('');
}
